"""`sitrep stories` and `sitrep story` after `sitrep run`, checked as a user reads them."""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from sitrep.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A database after `sitrep run` on the bundled samples (once for this module)."""
    folder = tmp_path_factory.mktemp("stories")
    env = {"SITREP_DB": str(folder / "sitrep.db"), "SITREP_SOURCES": str(folder / "s.yaml")}
    result = runner.invoke(app, ["run"], env=env)
    assert result.exit_code == 0, result.output
    assert "evidence:" in result.output and "stories" in result.output
    return env


def _pokrovsk(env: dict[str, str]) -> dict[str, Any]:
    result = runner.invoke(app, ["stories", "--json", "--limit", "0"], env=env)
    assert result.exit_code == 0, result.output
    stories = json.loads(result.output)
    return next(s for s in stories if "Pokrovsk" in s["places"] and s["window"]
                and s["window"].endswith("2025-11-23"))


def test_stories_lists_the_battle_of_pokrovsk_with_both_sides(ran: dict[str, str]) -> None:
    story = _pokrovsk(ran)
    assert story["documents"] >= 2
    assert story["voices"]["ua"] >= 2 and story["voices"]["ru"] >= 1
    assert story["contradictions"] >= 1


def test_story_shows_the_seed_outcomes_with_reasons(ran: dict[str, str]) -> None:
    story_id = _pokrovsk(ran)["id"]
    result = runner.invoke(app, ["story", story_id, "--json"], env=ran)
    assert result.exit_code == 0, result.output
    page = json.loads(result.output)
    checks = [c["reason"] for c in page["checks"]]
    assert any("'Krasnogorod' is asserted by DPR-aligned outlet" in c and
               "used by no other source" in c for c in checks)
    assert any("'Kachin' is unresolved" in c for c in checks)
    assert any("25,000 (unstated) of Pokrovsk is 58% below the gazetteer's 60,127" in c
               for c in checks)
    relations = page["relations"]
    assert any(r["relation"] == "unrelated" and "not a contradiction of the same period" in
               r["reason"] for r in relations)
    assert any(r["relation"] == "contradicts" and "Denis Pushilin" in r["reason"]
               for r in relations)
    killed = next(s for s in page["sides"]["ua"]["statements"] if s["label"].startswith(
        "killed 388"))
    assert killed["grade"]["self_interest"]
    assert "no other source gives this figure" in killed["grade"]["reason"]
    assert page["sides"]["ru"]["claims"] and page["sides"]["ua"]["claims"]


def test_story_prints_a_page_and_rejects_unknown_ids(ran: dict[str, str]) -> None:
    story_id = _pokrovsk(ran)["id"]
    shown = runner.invoke(app, ["story", story_id], env=ran)
    assert shown.exit_code == 0, shown.output
    assert "Relations" in shown.output and "Reference checks" in shown.output
    missing = runner.invoke(app, ["story", "nope"], env=ran)
    assert missing.exit_code == 1
    assert "sitrep stories" in missing.output


def test_run_twice_keeps_the_same_stories(ran: dict[str, str]) -> None:
    before = runner.invoke(app, ["stories", "--json", "--limit", "0"], env=ran).output
    again = runner.invoke(app, ["run"], env=ran)
    assert again.exit_code == 0, again.output
    after = runner.invoke(app, ["stories", "--json", "--limit", "0"], env=ran).output
    assert json.loads(after) == json.loads(before)
