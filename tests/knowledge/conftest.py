"""The gazetteer, built once per test session into a temporary folder (about 25 s)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep.knowledge.gazetteer import BuildReport, Gazetteer, build_gazetteer


@pytest.fixture(scope="session")
def gazetteer_build(tmp_path_factory: pytest.TempPathFactory) -> BuildReport:
    """The full gazetteer build, as the first run on a user's machine makes it."""
    path = tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite"
    return build_gazetteer(path)


@pytest.fixture(scope="session")
def gazetteer_path(gazetteer_build: BuildReport) -> Path:
    """Path of the session's built gazetteer file."""
    return gazetteer_build.path


@pytest.fixture
def gazetteer(
    gazetteer_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Gazetteer]:
    """The session's gazetteer opened fresh, with no user alias file in the way."""
    monkeypatch.setenv("SITREP_ALIASES", str(tmp_path / "no-aliases.yaml"))
    with Gazetteer.open(gazetteer_path, build_if_missing=False) as opened:
        yield opened
