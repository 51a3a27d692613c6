"""sitrep: turn war reporting from both sides into a graded, attributed situation picture.

The library API is this short list; everything else is reached through its room
(``sitrep.sources``, ``sitrep.store``, ``sitrep.jobs`` ...).
"""

__version__ = "0.1.0"

from sitrep.errors import BlockedURLError, ConfigError, FetchError, SitrepError, StoreError
from sitrep.jobs.ingest import ingest
from sitrep.jobs.run import run
from sitrep.model import Document, DocumentLink, FeedState, Problem, ReadResult, SourceSpec
from sitrep.settings import Settings
from sitrep.sources.inputs import Input, read_bytes, read_input
from sitrep.store import Store, open_store

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
