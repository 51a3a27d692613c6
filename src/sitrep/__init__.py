"""sitrep: turn war reporting from both sides into a graded, attributed situation picture.

The library API is this short list; everything else is reached through its room
(``sitrep.sources``, ``sitrep.store``, ``sitrep.jobs`` ...).
"""

__version__ = "0.1.0"

import typing as _typing
from importlib import import_module as _import_module

from sitrep.errors import BlockedURLError, ConfigError, FetchError, SitrepError, StoreError
from sitrep.model import Document, DocumentLink, FeedState, Problem, ReadResult, SourceSpec
from sitrep.settings import Settings

if _typing.TYPE_CHECKING:
    from sitrep.jobs.ingest import ingest
    from sitrep.jobs.run import run
    from sitrep.sources.inputs import Input, read_bytes, read_input
    from sitrep.store import Store, open_store

# Imported on first use: the jobs pull in the fetchers, the store and the near-duplicate
# index (scipy), about 100 MB that a process only analysing texts never needs.
_LAZY = {
    "ingest": "sitrep.jobs.ingest",
    "run": "sitrep.jobs.run",
    "Input": "sitrep.sources.inputs",
    "read_bytes": "sitrep.sources.inputs",
    "read_input": "sitrep.sources.inputs",
    "Store": "sitrep.store",
    "open_store": "sitrep.store",
}


def __getattr__(name: str) -> _typing.Any:
    """The lazily imported part of the API (PEP 562)."""
    if name in _LAZY:
        value = getattr(_import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'sitrep' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "BlockedURLError",
    "ConfigError",
    "Document",
    "DocumentLink",
    "FeedState",
    "FetchError",
    "Input",
    "Problem",
    "ReadResult",
    "Settings",
    "SitrepError",
    "SourceSpec",
    "Store",
    "StoreError",
    "__version__",
    "ingest",
    "open_store",
    "read_bytes",
    "read_input",
    "run",
]
