"""Bring a database to the schema this version of sitrep expects, with the shipped Alembic."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine

from sitrep.errors import StoreError

# The Alembic environment ships inside the package, so an installed sitrep can migrate a
# database without an alembic.ini or a source checkout.
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration pointing at the shipped migrations.

    Args:
        connection: The connection env.py should migrate; without one env.py opens the
            ``sqlalchemy.url`` option or the default database.

    Returns:
        A config for ``alembic.command`` functions.
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest revision shipped with this sitrep."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def upgrade_to_head(engine: Engine) -> None:
    """Apply every pending migration in one transaction; a no-op when already at head.

    Args:
        engine: The database to migrate.

    Raises:
        StoreError: The database was written by a newer sitrep, or a migration failed.
    """
    with engine.begin() as connection:
        try:
            command.upgrade(alembic_config(connection), "head")
        except CommandError as exc:
            raise StoreError(
                f"Cannot migrate the database ({exc}); it may have been written by a newer "
                "sitrep: upgrade sitrep or point SITREP_DB at another database."
            ) from exc
