"""Engine factory: where the database lives and how a connection to it is set up."""

from __future__ import annotations

import os
import sqlite3
import unicodedata
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import StaticPool

from sitrep.errors import StoreError

# Environment variable naming the database: a SQLAlchemy URL or a path to a SQLite file.
DB_ENV = "SITREP_DB"
DB_FILENAME = "sitrep.db"
SUPPORTED_BACKENDS = ("sqlite", "postgresql")

# SQLite's LIKE and lower() fold ASCII only, so "Покровськ" would not find "покровськ". SQLite
# connections get this Python function instead (see sitrep.store.documents).
CASEFOLD_FUNCTION = "sitrep_casefold"


def default_database_url() -> str:
    """The database sitrep uses when none is given.

    ``SITREP_DB`` wins when set: a value with ``://`` is taken as a SQLAlchemy URL, anything
    else as the path of a SQLite file. Otherwise ``sitrep.db`` in the user data directory
    (``~/.local/share/sitrep`` on Linux), which is created if missing.

    Returns:
        A SQLAlchemy database URL.
    """
    configured = os.environ.get(DB_ENV, "").strip()
    if configured:
        return resolve_database_url(configured)
    directory = Path(platformdirs.user_data_dir("sitrep"))
    directory.mkdir(parents=True, exist_ok=True)
    return _sqlite_url(directory / DB_FILENAME)


def resolve_database_url(value: str | None) -> str:
    """A SQLAlchemy URL from what a user typed: a URL, a SQLite file path, or nothing.

    Args:
        value: ``sqlite:///x.db``, ``postgresql+psycopg://...``, a plain path such as
            ``reports.db``, or ``None``/empty for ``default_database_url()``.

    Returns:
        A SQLAlchemy database URL.
    """
    value = (value or "").strip()
    if not value:
        return default_database_url()
    if "://" in value:
        return value
    return _sqlite_url(Path(value).expanduser())


def create_engine_for(url: str) -> Engine:
    """Build an engine for a SQLite or PostgreSQL URL, without connecting.

    SQLite connections get ``foreign_keys=ON`` (off by default in SQLite), WAL journalling for
    files (readers do not block the writer, so ``web`` can serve while ``watch`` ingests) and
    a Unicode-aware casefold function for text search. In-memory databases share one
    connection, so every thread sees the same data.

    Args:
        url: A SQLAlchemy URL such as ``sqlite:///path/to/sitrep.db`` or
            ``postgresql+psycopg://user@host/sitrep``.

    Returns:
        An engine; nothing has been opened yet.

    Raises:
        StoreError: The URL cannot be parsed, names another backend, or needs a driver that is
            not installed.
    """
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(
            f"Cannot parse database URL {url!r}: use e.g. sqlite:///path/to/sitrep.db "
            "or postgresql+psycopg://user@host/sitrep."
        ) from exc
    shown = parsed.render_as_string(hide_password=True)
    if parsed.get_backend_name() not in SUPPORTED_BACKENDS:
        raise StoreError(
            f"Unsupported database {shown!r}: sitrep stores into SQLite or PostgreSQL only."
        )
    options: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite" and _is_memory(parsed):
        options = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    try:
        engine = create_engine(parsed, **options)
    except ImportError as exc:
        raise StoreError(
            f"No driver for {shown!r} ({exc}): install it, e.g. pip install 'psycopg[binary]' "
            "for PostgreSQL, or use a sqlite:/// URL."
        ) from exc
    except ArgumentError as exc:
        raise StoreError(f"Cannot use database URL {shown!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_on_connect(wal=not _is_memory(parsed)))
    return engine


def _sqlite_url(path: Path) -> str:
    """A SQLAlchemy URL for a SQLite file (absolute, so the working directory does not matter)."""
    return URL.create("sqlite", database=str(path.absolute())).render_as_string()


def _is_memory(url: URL) -> bool:
    """Whether a SQLite URL names an in-memory database rather than a file."""
    return url.database in (None, "", ":memory:") or url.query.get("mode") == "memory"


def _casefold(value: str | None) -> str | None:
    """NFC plus casefold, the folding Python's ``str.casefold`` gives for every script."""
    return None if value is None else unicodedata.normalize("NFC", value).casefold()


def _sqlite_on_connect(*, wal: bool) -> Any:
    """A connect hook applying sitrep's pragmas and functions to each new SQLite connection."""

    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.create_function(CASEFOLD_FUNCTION, 1, _casefold, deterministic=True)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            if wal:
                cursor.execute("PRAGMA journal_mode=WAL")
        finally:
            cursor.close()

    return on_connect
