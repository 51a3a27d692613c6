"""Building: a small build works, and a version bump makes ``open`` rebuild the file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from sitrep.knowledge.gazetteer import BuildReport, Gazetteer, _schema, build_gazetteer, index


def test_subset_build(tmp_path: Path) -> None:
    messages: list[str] = []
    report = build_gazetteer(tmp_path / "ua.sqlite", on_progress=messages.append, countries={"UA"})
    assert messages and report.path.exists()
    assert report.problems == []
    with sqlite3.connect(report.path) as conn:
        countries = {row[0] for row in conn.execute("SELECT DISTINCT country FROM places")}
    assert "UA" in countries and len(countries) > 200  # every country's own record stays


def test_open_rebuilds_an_old_version(
    gazetteer_build: BuildReport, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(gazetteer_build.path, path)
    monkeypatch.setattr(_schema, "GAZETTEER_VERSION", "test-next")
    monkeypatch.setenv("SITREP_ALIASES", str(tmp_path / "none.yaml"))
    built: list[Path] = []

    def small_build(target: Path) -> BuildReport:
        built.append(target)
        return build_gazetteer(target, countries={"UA"})

    monkeypatch.setattr(index, "build_gazetteer", small_build)
    with Gazetteer.open(path) as gazetteer:
        assert gazetteer.version == "test-next"
        assert gazetteer.get("gn:704422") is not None
    assert built == [path]
    with Gazetteer.open(path) as again:  # now current: no second build
        assert again.version == "test-next"
    assert built == [path]


def test_default_path_follows_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_GAZETTEER", str(tmp_path / "g.sqlite"))
    assert index.default_gazetteer_path() == tmp_path / "g.sqlite"
    monkeypatch.delenv("SITREP_GAZETTEER")
    assert index.default_gazetteer_path().name == f"gazetteer-{_schema.GAZETTEER_VERSION}.sqlite"
