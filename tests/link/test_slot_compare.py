"""Claim comparison on typed slots, on the seed reports: control, figures, populations."""

from __future__ import annotations

from dataclasses import replace

from sitrep.link.compare import compare_pair, compare_story
from sitrep.link.evidence import Evidence
from sitrep.link.reports import Report
from sitrep.link.slots import derive_assertions
from sitrep.link.voices import actor_index
from sitrep.model import Assertion


def _assertion(found: Evidence, text: str, kind: str) -> Assertion:
    return next(a for a in found.assertions if text in a.text and a.kind == kind)


def test_control_statements_of_each_side_are_derived(kyiv: Report, dpr: Report) -> None:
    index = actor_index([kyiv, dpr])
    ua = {(a.actor_side, a.kind, a.claimant) for a in derive_assertions(kyiv, index)
          if a.kind in ("advance", "control")}
    ru = {(a.actor_side, a.kind, a.claimant) for a in derive_assertions(dpr, index)
          if a.kind in ("advance", "control")}
    assert ("ua", "advance", "Ukrainian military") in ua  # "clearing out central Pokrovsk"
    assert ("ru", "advance", "DeepState") in ua  # "Russian forces have continued to advance"
    assert ("ru", "advance", "Denis Pushilin") in ru  # "Our forces are pushing forward"
    assert not any(side == "ua" and claimant == "Denis Pushilin" for side, _, claimant in ru)


def test_who_advances_is_set_side_against_side(seed_evidence: Evidence) -> None:
    pushilin = _assertion(seed_evidence, "pushing forward", "advance")
    clearing = _assertion(seed_evidence, "clearing out central Pokrovsk", "advance")
    deepstate = _assertion(seed_evidence, "continued to advance", "advance")
    pairs = {frozenset((r.first, r.second)): r for r in seed_evidence.relations}
    contested = pairs[frozenset((pushilin.id, clearing.id))]
    assert contested.relation == "contradicts"
    assert "who is advancing is contested" in contested.reason
    assert "Denis Pushilin" in contested.reason and "Ukrainian military" in contested.reason
    conceding = pairs[frozenset((pushilin.id, deepstate.id))]
    assert conceding.relation == "corroborates"


def test_fighting_in_the_city_is_reported_by_both_sides(seed_evidence: Evidence) -> None:
    events = [r for r in seed_evidence.relations if r.slot.startswith("event:Battles")]
    assert [r.relation for r in events] == ["corroborates"]
    assert "Armed clash in Pokrovsk" in events[0].reason


def test_populations_of_different_periods_are_not_a_contradiction(
    seed_evidence: Evidence,
) -> None:
    (relation,) = [r for r in seed_evidence.relations if r.slot == "population:gn:704422"]
    assert relation.relation == "unrelated"
    assert "25,000 (unstated" in relation.reason and "60,000 (pre-war" in relation.reason
    assert "not a contradiction of the same period" in relation.reason
    assert "the gazetteer has 60,127" in relation.reason


def test_the_casualty_figure_has_nothing_to_compare_with(seed_evidence: Evidence) -> None:
    killed = _assertion(seed_evidence, "killed 388", "figure")
    assert killed.slot == "figure:killed:ru"
    assert killed.period == "2025-11-01/2025-11-23"
    assert killed.claimant == "Airborne Assault Forces"
    assert not [r for r in seed_evidence.relations if killed.id in (r.first, r.second)]


def test_figures_of_the_same_period_agree_or_collide_by_value(seed_evidence: Evidence) -> None:
    killed = _assertion(seed_evidence, "killed 388", "figure")
    other = replace(killed, id="other", voice="Ministry of Defence of the Russian Federation",
                    claimant="Ministry of Defence of the Russian Federation",
                    claimant_side="ru", source="Lenta.ru", source_side="ru")
    close = compare_pair(killed, replace(other, value=380.0), {})
    assert close is not None and close[0] == "corroborates"
    far = compare_pair(killed, replace(other, value=40.0), {})
    assert far is not None and far[0] == "contradicts"
    assert "388" in far[1] and "40" in far[1] and "same period" in far[1]
    inner = compare_pair(killed, replace(other, period="2025-11-10/2025-11-20"), {})
    assert inner is not None and inner[0] == "refines"
    assert compare_pair(killed, replace(other, period="2024-01-01/2024-01-31"), {}) is None


def test_a_denial_of_an_advance_contradicts_the_claim_of_it(
    seed_evidence: Evidence,
) -> None:
    pushilin = _assertion(seed_evidence, "pushing forward", "advance")
    denial = replace(pushilin, id="denial", voice="Ukrainian military", claimant_side="ua",
                     polarity="negated", label="ru does not advance in Pokrovsk")
    found = compare_pair(pushilin, denial, {})
    assert found is not None and found[0] == "contradicts"
    assert "one affirms what the other denies" in found[1]


def test_repeated_statements_of_one_voice_are_compared_once(seed_evidence: Evidence) -> None:
    story = seed_evidence.stories[0]
    items = [a for a in seed_evidence.assertions if a.document_key in story.document_keys]
    copies = [replace(a, id=a.id + ":copy") for a in items]
    found = compare_story(story.id, items + copies)
    assert len(found.relations) == len(compare_story(story.id, items).relations)
    assert all(found.representative[c.id] != c.id for c in copies)
