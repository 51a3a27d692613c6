"""Admiralty grades: information credibility 1-6 computed from the evidence, explained.

The first rule, after DESIGN.md's table (counting independent voices, never reports):

- 6 cannot be judged: the statement's place is in no gazetteer, or its only voice is
  anonymous and nothing else speaks to it, or it carries no typed statement at all.
- 5 improbable: contradicted by two or more independent voices and supported by none, or
  contradicted by reference data (a population far from the gazetteer's).
- 4 doubtful: contradicted by another voice (also when others support it: contested).
- 1 confirmed: supported by independent voices from both sides, or a neutral one.
- 2 probably true: supported by another independent voice or by reference data.
  Unnamed sources ("witnesses", "military observers") never count as support: they are
  their outlet speaking; they do count as contradiction, which only lowers a grade.
- 3 possibly true: one voice, nothing contradicts.

A belligerent's claim about its enemy's losses or its own gains carries a self-interest
flag; the flag does not change the number, the reader weighs it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from sitrep.link.compare import LOSS_KINDS, Comparison
from sitrep.model import Assertion, Claim, Grade, ReferenceCheck, Reliability, Side

OPPOSITE: dict[str, str] = {"ua": "ru", "ru": "ua"}
_UNNAMED = ", unnamed, via "


def self_interest(a: Assertion) -> str | None:
    """Why a statement serves its claimant's side, or ``None``.

    Args:
        a: An assertion.

    Returns:
        "a claim about the enemy's losses" or "a claim of its own side's gains", or ``None``.
    """
    side = a.claimant_side
    if side not in OPPOSITE:
        return None
    if a.kind == "figure" and a.figure_kind in LOSS_KINDS and a.subject_side == OPPOSITE[side]:
        return "a claim about the enemy's losses"
    if a.kind in ("advance", "control") and a.actor_side == side and a.polarity == "affirmed":
        return "a claim of its own side's gains"
    return None


def grade_assertions(assertions: Sequence[Assertion], comparison: Comparison,
                     checks: Sequence[ReferenceCheck],
                     reliability: Mapping[str, Reliability]) -> list[Grade]:
    """Grade every assertion of a story.

    Args:
        assertions: The story's assertions.
        comparison: ``compare_story`` output for them.
        checks: Reference checks of the story's reports.
        reliability: Source reliability by document key (default F).

    Returns:
        One grade per assertion, in input order.
    """
    by_id = {a.id: a for a in assertions}
    support: dict[str, set[str]] = defaultdict(set)
    against: dict[str, set[str]] = defaultdict(set)
    for rel in comparison.relations:
        first, second = by_id.get(rel.first), by_id.get(rel.second)
        if first is None or second is None:
            continue
        bucket = support if rel.relation in ("corroborates", "refines") else \
            against if rel.relation == "contradicts" else None
        if bucket is not None:
            bucket[rel.first].add(_voice_tag(second))
            bucket[rel.second].add(_voice_tag(first))
    by_assertion = {c.assertion_id: c for c in checks if c.assertion_id}
    unlocatable = {(c.document_key, (c.value or "").casefold()) for c in checks
                   if c.status == "not_in_gazetteer"}
    grades = []
    for a in assertions:
        rep = comparison.representative.get(a.id, a.id)
        pros = sorted(support[rep] - {_voice_tag(a)})
        cons = sorted(against[rep] - {_voice_tag(a)})
        check = by_assertion.get(a.id)
        lost = a.place_id is None and (a.document_key, (a.place_name or "").casefold()) \
            in unlocatable
        number, reason = _credibility(a, pros, cons, check, lost)
        interest = self_interest(a)
        if interest:
            reason += f"; self-interested: {interest}"
        grades.append(Grade(a.id, a.document_key, reliability.get(a.document_key, "F"),
                            number, interest is not None, f"{number}: {reason}"))
    return grades


def grade_claims(claims: Sequence[tuple[str, Claim]], grades: Sequence[Grade],
                 assertions: Sequence[Assertion],
                 reliability: Mapping[str, Reliability]) -> list[Grade]:
    """Grade each claim by its most doubtful typed statement.

    Args:
        claims: ``(document_key, claim)`` pairs of a story.
        grades: The story's assertion grades.
        assertions: The story's assertions.
        reliability: Source reliability by document key.

    Returns:
        One grade per claim; ``ref`` is ``claim:<document_key>:<start>:<end>``.
    """
    graded = {g.ref: g for g in grades}
    inside: dict[tuple[str, int, int], list[Grade]] = defaultdict(list)
    for a in assertions:
        inside[(a.document_key, a.start, a.end)].append(graded[a.id])
    found = []
    for key, claim in claims:
        mine = [g for (doc, start, end), gs in inside.items() if doc == key
                and claim.start <= start and end <= claim.end for g in gs]
        ref = f"claim:{key}:{claim.start}:{claim.end}"
        if not mine:
            found.append(Grade(ref, key, reliability.get(key, "F"), 6, False,
                               "6: cannot be judged: no place, figure, control statement or "
                               "event in it to compare"))
            continue
        worst = max(mine, key=lambda g: g.credibility)
        found.append(Grade(ref, key, worst.reliability, worst.credibility,
                           any(g.self_interest for g in mine), worst.reason))
    return found


def _credibility(a: Assertion, pros: list[str], cons: list[str],
                 check: ReferenceCheck | None, lost: bool) -> tuple[int, str]:
    who = _voice_tag(a)
    if lost:
        return 6, f"cannot be judged: '{a.place_name}' is in no gazetteer"
    if check is not None and check.status == "inconsistent":
        return 5, f"improbable: contradicted by reference data ({check.reason})"
    if cons and not pros and len(cons) >= 2:
        return 5, f"improbable: contradicted by {len(cons)} independent voices ({_list(cons)})"
    if cons:
        backed = f"; supported by {_list(pros)}" if pros else ""
        return 4, f"doubtful: contradicted by {_list(cons)}{backed}"
    agreeing = check is not None and check.status == "consistent"
    unnamed = [t for t in pros if _UNNAMED in t]
    pros = [t for t in pros if _UNNAMED not in t]
    echo = f"; unnamed sources agree but do not count ({_list(unnamed)})" if unnamed else ""
    sides = {_side_of(t) for t in [*pros, who]}
    if pros and ({"ua", "ru"} <= sides or "neutral" in sides):
        return 1, (f"confirmed: reported by {len(pros) + 1} independent voices "
                   f"({_list([who, *pros])}), from both sides or a neutral one; "
                   f"no contradiction{echo}")
    if pros or agreeing:
        basis = f"{len(pros) + 1} independent voices ({_list([who, *pros])})" if pros \
            else f"one voice ({who}) and reference data ({check.reason})"  # type: ignore[union-attr]
        return 2, f"probably true: {basis} agree; no contradiction{echo}"
    if a.anonymous:
        return 6, f"cannot be judged: an unnamed source ({a.claimant}) alone{echo}"
    what = "no other source gives this figure" if a.kind in ("figure", "population") else \
        "no other voice speaks to it"
    return 3, f"possibly true: one voice ({who}); {what}; nothing contradicts{echo}"


def _voice_tag(a: Assertion) -> str:
    """A voice as reasons name it: who, and from which side; unnamed sources with their
    outlet, as they are no voice of their own (an outlet's "witnesses" do not confirm it)."""
    if a.anonymous:
        side = a.claimant_side if a.claimant_side not in (None, "unknown") else a.source_side
        return f"{a.claimant}{_UNNAMED}{a.source} ({side or 'unknown'})"
    named: Side | None = a.claimant_side if a.claimant_side not in (None, "unknown") else \
        a.source_side
    return f"{a.voice} ({named or 'unknown'})"


def _side_of(tag: str) -> str:
    return tag.rsplit("(", 1)[-1].rstrip(")")


def _list(tags: Sequence[str]) -> str:
    shown = ", ".join(tags[:4])
    return shown + (f" and {len(tags) - 4} more" if len(tags) > 4 else "")
