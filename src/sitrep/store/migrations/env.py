"""Alembic entry point: migrate the connection open_store hands over, or a URL's database."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from sitrep.store.engine import create_engine_for, default_database_url
from sitrep.store.schema import metadata

config = context.config


def _run(connection: Connection) -> None:
    """Apply pending revisions on one connection, in one transaction."""
    # Batch mode lets later revisions alter SQLite tables (copy-and-move); no-op on PostgreSQL.
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    """Emit the SQL for a URL without connecting (``alembic upgrade --sql``)."""
    url = config.get_main_option("sqlalchemy.url") or default_database_url()
    context.configure(url=url, target_metadata=metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Migrate the connection in ``config.attributes``, or open one from the URL option."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine_for(config.get_main_option("sqlalchemy.url") or default_database_url())
    try:
        with engine.connect() as opened:
            _run(opened)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
