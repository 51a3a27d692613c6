"""Configured outlets and channels: the sources table, synced from the sources file."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, RowMapping, select

from sitrep.model import SourceSpec
from sitrep.store._sql import insert_for
from sitrep.store.schema import sources

_FIELDS = ("kind", "url", "language", "country", "side", "reliability")


def sync_sources(connection: Connection, specs: Iterable[SourceSpec]) -> int:
    """Insert or update sources by name; sources missing from ``specs`` are kept.

    Returns:
        How many specs were written.
    """
    rows = {spec.name: _to_row(spec) for spec in specs}
    if not rows:
        return 0
    statement = insert_for(connection, sources)
    statement = statement.on_conflict_do_update(
        index_elements=[sources.c.name],
        set_={name: statement.excluded[name] for name in _FIELDS},
    )
    connection.execute(statement, list(rows.values()))
    return len(rows)


def list_sources(connection: Connection) -> list[SourceSpec]:
    """Every configured source, by name."""
    rows = connection.execute(select(sources).order_by(sources.c.name)).mappings()
    return [_to_spec(row) for row in rows]


def _to_row(spec: SourceSpec) -> dict[str, Any]:
    return {
        "name": spec.name,
        "kind": spec.kind,
        "url": spec.url,
        "language": spec.language,
        "country": spec.country,
        "side": spec.side,
        "reliability": spec.reliability,
    }


def _to_spec(row: RowMapping) -> SourceSpec:
    return SourceSpec(
        name=row["name"],
        kind=row["kind"],
        url=row["url"],
        language=row["language"],
        country=row["country"],
        side=row["side"],
        reliability=row["reliability"],
    )
