"""sitrep: turn war reporting from both sides into a graded, attributed situation picture."""

__version__ = "0.1.0"
