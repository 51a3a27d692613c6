"""Per-feed polling state for watch: conditional-GET validators and back-off."""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import Connection, select

from sitrep.model import FeedState
from sitrep.store._sql import insert_for
from sitrep.store.schema import feed_state as feed_state_table


def feed_state(connection: Connection, url: str) -> FeedState | None:
    """The saved state of a feed, or ``None`` for a feed never polled."""
    row = (
        connection.execute(select(feed_state_table).where(feed_state_table.c.url == url))
        .mappings()
        .first()
    )
    return None if row is None else FeedState(**row)


def save_feed_state(connection: Connection, state: FeedState) -> None:
    """Replace a feed's saved state with ``state`` (insert or update by URL)."""
    values = asdict(state)
    statement = insert_for(connection, feed_state_table)
    statement = statement.on_conflict_do_update(
        index_elements=[feed_state_table.c.url],
        set_={name: statement.excluded[name] for name in values if name != "url"},
    )
    connection.execute(statement, values)
