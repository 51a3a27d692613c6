"""Admiralty grades on the seed reports, each with its reason."""

from __future__ import annotations

import pytest

from sitrep.link.evidence import Evidence
from sitrep.link.grades import self_interest
from sitrep.model import Assertion, Grade


def _graded(found: Evidence, text: str, kind: str) -> tuple[Assertion, Grade]:
    item = next(a for a in found.assertions if text in a.text and a.kind == kind)
    return item, next(g for g in found.grades if g.ref == item.id)


def test_the_casualty_figure_is_one_sided_and_self_interested(seed_evidence: Evidence) -> None:
    item, grade = _graded(seed_evidence, "killed 388", "figure")
    assert grade.code == "B3"
    assert grade.self_interest
    assert "one voice (Air Assault Forces (ua))" in grade.reason
    assert "no other source gives this figure" in grade.reason
    assert "self-interested: a claim about the enemy's losses" in grade.reason
    assert self_interest(item) == "a claim about the enemy's losses"


def test_fighting_reported_by_both_sides_is_confirmed(seed_evidence: Evidence) -> None:
    _, grade = _graded(seed_evidence, "heavy fighting is taking place", "event")
    assert grade.credibility == 1
    assert grade.reason.startswith("1: confirmed: reported by 2 independent voices")


def test_a_contested_advance_is_doubtful_and_self_interested(seed_evidence: Evidence) -> None:
    _, grade = _graded(seed_evidence, "pushing forward", "advance")
    assert grade.code == "F4"
    assert grade.self_interest
    assert "contradicted by" in grade.reason and "Ukrainian military (ua)" in grade.reason
    assert "supported by" in grade.reason and "DeepState (ua)" in grade.reason


@pytest.mark.parametrize(("text", "number", "why"), [
    ("60,000", 2, "reference data"),
    ("25,000 residents", 5, "contradicted by reference data"),
])
def test_population_grades_follow_the_gazetteer(
    seed_evidence: Evidence, text: str, number: int, why: str
) -> None:
    _, grade = _graded(seed_evidence, text, "population")
    assert grade.credibility == number
    assert why in grade.reason


def test_a_statement_about_kachin_cannot_be_judged(seed_evidence: Evidence) -> None:
    _, grade = _graded(seed_evidence, "Kachin", "control")
    assert grade.credibility == 6
    assert "'Kachin' is in no gazetteer" in grade.reason


def test_every_claim_gets_a_grade_with_a_reason(seed_evidence: Evidence) -> None:
    claims = [g for g in seed_evidence.grades if g.ref.startswith("claim:")]
    assert len(claims) >= 20
    assert all(g.reason.startswith(f"{g.credibility}: ") for g in claims)
    assert {g.credibility for g in claims} >= {3, 6}
