"""Small SQL helpers shared by the store's modules: dialect-aware upserts and key batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite

# Keys per IN (...) list: far below SQLite's 32766 host parameters and PostgreSQL's 65535.
KEY_BATCH = 500


def insert_for(connection: Connection, table: Table) -> postgresql.Insert | sqlite.Insert:
    """An INSERT that supports ``on_conflict_do_nothing``/``_do_update`` on this backend.

    Both dialects spell insert-or-ignore as ``ON CONFLICT``; only the construct differs.
    """
    if connection.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def batched(keys: Iterable[str], size: int = KEY_BATCH) -> Iterator[Sequence[str]]:
    """Split keys into lists short enough for one ``IN`` clause."""
    iterator = iter(keys)
    while chunk := list(islice(iterator, size)):
        yield chunk
