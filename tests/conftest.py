"""Fixtures every test folder may use: a fresh store, a loopback server, local settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sitrep.settings import Settings
from sitrep.store import Store, open_store

from support import LocalServer, serve


@pytest.fixture
def store() -> Iterator[Store]:
    """A migrated in-memory SQLite store, new for each test."""
    with open_store("sqlite://") as fresh:
        yield fresh


@pytest.fixture
def local_settings() -> Settings:
    """Settings that let sitrep fetch from the loopback test server, with short timeouts."""
    return Settings(allow_private_addresses=True, timeout=5.0, poll_interval=60.0)


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    """A real HTTP server on 127.0.0.1 whose routes a test fills in."""
    with serve() as server:
        yield server
