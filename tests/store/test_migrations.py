"""Tests for the shipped Alembic migrations and the engine factory, on real SQLite files."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect

from sitrep.errors import StoreError
from sitrep.model import FeedState
from sitrep.store import create_engine_for, default_database_url, open_store
from sitrep.store import engine as engine_module
from sitrep.store.migrate import MIGRATIONS_DIR, alembic_config, head_revision
from sitrep.store.schema import metadata

FEED = FeedState(url="https://example.org/rss", etag='"abc"', failures=1)
TABLES = {"alembic_version", "analyses", "annotations", "assertions", "document_links",
          "documents", "feed_state", "grades", "reference_checks", "relations", "sources",
          "stories", "story_documents"}


def sqlite_url(path: Path) -> str:
    """A SQLAlchemy URL for a SQLite file."""
    return f"sqlite:///{path}"


def revision_in(path: Path) -> list[tuple[str]]:
    """The revision Alembic recorded in a database file."""
    with sqlite3.connect(path) as raw:
        return raw.execute("SELECT version_num FROM alembic_version").fetchall()


def test_open_creates_the_schema_in_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "new.db"

    with open_store(sqlite_url(path)):
        pass

    engine = create_engine_for(sqlite_url(path))
    try:
        assert set(inspect(engine).get_table_names()) == TABLES
        assert {index["name"] for index in inspect(engine).get_indexes("documents")} >= {
            "ix_documents_content_hash",
            "ix_documents_published",
        }
    finally:
        engine.dispose()
    assert revision_in(path) == [(head_revision(),)]


def test_a_second_open_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "again.db"
    with open_store(sqlite_url(path)) as first:
        first.save_feed_state(FEED)

    with open_store(sqlite_url(path)) as second:
        assert second.feed_state(FEED.url) == FEED

    assert revision_in(path) == [(head_revision(),)]


def test_migrations_match_schema_py(tmp_path: Path) -> None:
    """schema.py and the revisions must describe the same database, or autogenerate drifts."""
    path = tmp_path / "compare.db"
    with open_store(sqlite_url(path)):
        pass
    engine = create_engine_for(sqlite_url(path))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, metadata) == []
    finally:
        engine.dispose()


def test_downgrade_to_base_drops_everything(tmp_path: Path) -> None:
    path = tmp_path / "down.db"
    with open_store(sqlite_url(path)):
        pass
    engine = create_engine_for(sqlite_url(path))
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "base")
        assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    finally:
        engine.dispose()


def test_the_migrations_ship_inside_the_package() -> None:
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert (MIGRATIONS_DIR / "script.py.mako").is_file()
    assert sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("*.py"))[0] == (
        "0001_initial.py"
    )


def test_a_database_from_a_newer_sitrep_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with open_store(sqlite_url(path)):
        pass
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")

    with pytest.raises(StoreError, match="newer sitrep"):
        open_store(sqlite_url(path))


def test_an_unopenable_path_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="directory exists"):
        open_store(sqlite_url(tmp_path / "missing" / "dir" / "sitrep.db"))


def test_sitrep_db_names_a_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_DB", "postgresql+psycopg://sitrep@db.example/sitrep")

    assert default_database_url() == "postgresql+psycopg://sitrep@db.example/sitrep"


def test_sitrep_db_names_a_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SITREP_DB", str(tmp_path / "mine.db"))

    url = default_database_url()

    assert url == f"sqlite:///{tmp_path / 'mine.db'}"
    with open_store() as opened:
        assert opened.count_documents() == 0
    assert (tmp_path / "mine.db").is_file()


def test_default_is_in_the_user_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SITREP_DB", raising=False)
    data_dir = tmp_path / "data" / "sitrep"
    monkeypatch.setattr(engine_module.platformdirs, "user_data_dir", lambda name: str(data_dir))

    url = default_database_url()

    assert url == f"sqlite:///{data_dir / 'sitrep.db'}"
    assert data_dir.is_dir()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "Cannot parse"),
        ("mysql://user@host/sitrep", "SQLite or PostgreSQL"),
        ("postgresql+nosuchdriver://user@host/sitrep", "Cannot use"),
    ],
)
def test_unusable_urls_are_store_errors(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        create_engine_for(url)


@pytest.mark.skipif(importlib.util.find_spec("psycopg") is not None, reason="psycopg is installed")
def test_postgresql_without_a_driver_says_what_to_install() -> None:
    with pytest.raises(StoreError, match="psycopg"):
        create_engine_for("postgresql+psycopg://sitrep:secret@localhost/sitrep")


def test_postgresql_is_accepted_with_a_driver() -> None:
    pytest.importorskip("psycopg")

    engine = create_engine_for("postgresql+psycopg://sitrep:secret@localhost/sitrep")

    assert isinstance(engine, Engine)
    assert engine.dialect.name == "postgresql"
    engine.dispose()


def test_the_password_never_reaches_the_message() -> None:
    with pytest.raises(StoreError) as caught:
        create_engine_for("mysql://user:hunter2@host/sitrep")
    assert "hunter2" not in str(caught.value)
