"""Jobs: the verbs that carry reports through the rooms (sources -> store -> link).

Each job takes an open store and explicit settings, so the CLI, a server or a test calls
the same function.
"""
