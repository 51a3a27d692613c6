"""Pairwise comparison of assertions on the same slot, with the reason in words."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sitrep.model import Assertion, Relation, RelationKind

# Two figures this close (relative) count as the same number: outlets round.
VALUE_TOLERANCE = 0.1
# Territorial statements this many days apart are about different days of a fight.
DAY_TOLERANCE = 2
# At most this many distinct statements per slot are compared pairwise; the rest share
# the relations of the statement they repeat (same voice, same content).
MAX_PER_SLOT = 60
LOSS_KINDS = frozenset({"killed", "wounded", "casualties", "captured", "missing",
                        "equipment"})


@dataclass(frozen=True, slots=True)
class Comparison:
    """Relations found in one story, and which statement stands for each repeated one."""

    relations: list[Relation] = field(default_factory=list)
    representative: dict[str, str] = field(default_factory=dict)


def compare_story(story_id: str, assertions: Sequence[Assertion],
                  populations: Mapping[str, int] | None = None) -> Comparison:
    """Compare every two voices' statements on each slot of a story.

    A voice repeating itself (a relay, a re-post) is compared once: its copies map to one
    representative.

    Args:
        story_id: The story the assertions belong to.
        assertions: The story's assertions.
        populations: Gazetteer population by place id, quoted in population reasons.

    Returns:
        The relations (unrelated pairs included when the reason matters, e.g. populations of
        different periods) and the representative of each assertion.
    """
    by_slot: dict[str, dict[tuple[object, ...], Assertion]] = defaultdict(dict)
    representative: dict[str, str] = {}
    for item in assertions:
        group = by_slot[item.slot].setdefault(_signature(item), item)
        representative[item.id] = group.id
    relations: list[Relation] = []
    for slot, groups in by_slot.items():
        reps = list(groups.values())[:MAX_PER_SLOT]
        for i, first in enumerate(reps):
            for second in reps[i + 1:]:
                if first.voice == second.voice:
                    continue
                found = compare_pair(first, second, populations or {})
                if found is not None:
                    relations.append(Relation(story_id, first.id, second.id, slot, *found))
    return Comparison(relations, representative)


def compare_pair(a: Assertion, b: Assertion,
                 populations: Mapping[str, int]) -> tuple[RelationKind, str] | None:
    """How two statements on one slot stand to each other, and why.

    Args:
        a: One assertion.
        b: Another assertion on the same slot, from another voice.
        populations: Gazetteer population by place id.

    Returns:
        ``(relation, reason)``, or ``None`` when there is nothing worth saying (e.g. two
        territorial statements about days far apart).
    """
    if a.kind in ("control", "advance"):
        return _territory(a, b)
    if a.kind == "population":
        return _population(a, b, populations)
    if a.kind == "figure":
        return _figure(a, b)
    return _event(a, b)


def _territory(a: Assertion, b: Assertion) -> tuple[RelationKind, str] | None:
    if not _days_overlap(a.period, b.period):
        return None
    said = f"{_who(a)} says {a.label}; {_who(b)} says {b.label}"
    if a.actor_side == b.actor_side:
        if a.polarity == b.polarity:
            return "corroborates", f"{said}: the same side holds the initiative"
        return "contradicts", f"{said}: one affirms what the other denies"
    if a.polarity != b.polarity:
        return "corroborates", f"{said}: consistent (one side's gain, the other's denial)"
    if a.kind == b.kind == "advance":
        return "contradicts", f"{said}: who is advancing is contested"
    return "contradicts", f"{said}: who holds the ground is contested"


def _population(a: Assertion, b: Assertion,
                populations: Mapping[str, int]) -> tuple[RelationKind, str]:
    known = populations.get(a.place_id or "")
    gazetteer = f"; the gazetteer has {known:,}" if known else ""
    pair = (f"population {_num(a.value)} ({a.period}, {a.source}) vs {_num(b.value)} "
            f"({b.period}, {b.source})")
    if a.period != b.period or a.period == "unstated":
        return "unrelated", (f"{pair}: different or unstated periods, not a contradiction "
                             f"of the same period{gazetteer}")
    if _close(a.value, b.value):
        return "corroborates", f"{pair}: the same count for the same period{gazetteer}"
    return "contradicts", f"{pair}: different counts for the same period{gazetteer}"


def _figure(a: Assertion, b: Assertion) -> tuple[RelationKind, str] | None:
    pair = (f"{a.figure_kind} {_num(a.value)} ({a.period or 'no period'}, {_who(a)}) vs "
            f"{_num(b.value)} ({b.period or 'no period'}, {_who(b)})")
    if a.period != b.period:
        if _contains(a.period, b.period) or _contains(b.period, a.period):
            return "refines", f"{pair}: one period contains the other"
        if _days_overlap(a.period, b.period, slack=0):
            return "unrelated", f"{pair}: overlapping but different periods"
        return None
    if _close(a.value, b.value):
        return "corroborates", f"{pair}: the same number for the same period"
    if {a.qualifier, b.qualifier} & {"over", "at_least"} and _at_least_holds(a, b):
        return "refines", f"{pair}: a lower bound and a count that satisfies it"
    return "contradicts", f"{pair}: different numbers for the same period"


def _event(a: Assertion, b: Assertion) -> tuple[RelationKind, str] | None:
    if not _days_overlap(a.period, b.period):
        return None
    said = f"{_who(a)} reports {a.label}; {_who(b)} reports {b.label}"
    if a.figure_kind == b.figure_kind:
        return "corroborates", f"{said}: the same happening"
    return "refines", f"{said}: the same kind of happening, told differently"


def _signature(a: Assertion) -> tuple[object, ...]:
    return (a.voice, a.kind, a.actor_side, a.polarity, a.value, a.period, a.figure_kind)


def _who(a: Assertion) -> str:
    side = a.claimant_side if a.claimant_side not in (None, "unknown") else a.source_side
    via = f", via {a.source}" if a.claimant and a.claimant != a.source else ""
    anon = " (unnamed)" if a.anonymous else ""
    return f"{a.claimant or a.source}{anon} ({side}{via})"


def _close(x: float | None, y: float | None) -> bool:
    if x is None or y is None:
        return False
    return abs(x - y) <= VALUE_TOLERANCE * max(abs(x), abs(y), 1)


def _at_least_holds(a: Assertion, b: Assertion) -> bool:
    low, other = (a, b) if a.qualifier in ("over", "at_least") else (b, a)
    return other.value is not None and low.value is not None and other.value >= low.value


def _bounds(period: str | None) -> tuple[date, date] | None:
    if not period or period[:4].isdigit() is False:
        return None
    start, _, end = period.partition("/")
    end = end or start
    try:
        first = date.fromisoformat(start if len(start) == 10 else (start + "-01-01")[:10])
        last = date.fromisoformat(end if len(end) == 10 else (end + "-12-28")[:10])
    except ValueError:
        return None
    return first, last


def _days_overlap(p: str | None, q: str | None, slack: int = DAY_TOLERANCE) -> bool:
    """True when either is undated (nothing says otherwise) or the windows meet."""
    a, b = _bounds(p), _bounds(q)
    if a is None or b is None:
        return True
    gap = timedelta(days=slack)
    return a[0] <= b[1] + gap and b[0] <= a[1] + gap


def _contains(outer: str | None, inner: str | None) -> bool:
    a, b = _bounds(outer), _bounds(inner)
    return a is not None and b is not None and a[0] <= b[0] and b[1] <= a[1]


def _num(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{int(value):,}" if value == int(value) else f"{value:,}"
