"""Reference checks on the seed reports: gazetteer population, unknown names, aliases."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from sitrep.link.evidence import Evidence
from sitrep.link.references import check_dates
from sitrep.link.reports import Report


def _checks(found: Evidence, status: str) -> list[str]:
    return [c.reason for c in found.checks if c.status == status]


def test_kachin_is_flagged_as_unknown_to_the_gazetteer(seed_evidence: Evidence) -> None:
    (kachin,) = [r for r in _checks(seed_evidence, "not_in_gazetteer") if "Kachin" in r]
    assert "no gazetteer place has this name" in kachin


def test_krasnogorod_is_an_alias_one_source_asserts(seed_evidence: Evidence) -> None:
    (alias,) = _checks(seed_evidence, "asserted_alias")
    assert "'Krasnogorod' is asserted by DPR-aligned outlet as a name of Pokrovsk" in alias
    assert "used by no other source" in alias


def test_populations_are_set_against_the_gazetteer(seed_evidence: Evidence) -> None:
    consistent = [r for r in _checks(seed_evidence, "consistent") if "population" in r]
    inconsistent = [r for r in _checks(seed_evidence, "inconsistent") if "population" in r]
    assert consistent == ["population 60,000 (pre-war) of Pokrovsk agrees with the "
                          "gazetteer's 60,127"]
    (low,) = inconsistent
    assert low.startswith("population 25,000 (unstated) of Pokrovsk is 58% below the "
                          "gazetteer's 60,127")


def test_a_date_after_publication_is_flagged(kyiv: Report) -> None:
    backdated = replace(kyiv, document=replace(
        kyiv.document, published=datetime(2025, 11, 10, tzinfo=UTC)))
    reasons = [c.reason for c in check_dates(backdated)]
    assert any("'Nov. 23' (2025-11-23) lies after" in r for r in reasons)
    assert check_dates(kyiv) == []
