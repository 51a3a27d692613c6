"""Storage of documents, sources, links and feed state; the only room that speaks SQL.

Open with ``open_store()`` (migrates on open) and use the ``Store`` verbs; everything goes in
and comes out as sitrep records.
"""

from sitrep.store._store import Store, open_store
from sitrep.store.analyses import StoredClaim
from sitrep.store.engine import create_engine_for, default_database_url
from sitrep.store.records import AddResult, StoredDocument

__all__ = [
    "AddResult",
    "Store",
    "StoredClaim",
    "StoredDocument",
    "create_engine_for",
    "default_database_url",
    "open_store",
]
