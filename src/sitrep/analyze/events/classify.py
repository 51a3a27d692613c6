"""Classify the main event of a text into ACLED's sub-event types, with the cues as reason."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sitrep.analyze.events.context import CONTEXT_CUES
from sitrep.analyze.events.cues import Cue, Hit, scan_all
from sitrep.analyze.events.lexicon_en import EN_CUES, EN_NO_EVENT_CUES
from sitrep.analyze.events.lexicon_uk_ru import UK_RU_CUES, UK_RU_NO_EVENT_CUES
from sitrep.analyze.events.rules import Evidence, apply_rules
from sitrep.analyze.events.taxonomy import SUB_EVENT_TYPES

STAGE = "events.v2"

# A type needs at least this much cue weight to be an event: one ordinary cue word. Hints
# alone ("explosion", "damaged") do not make an event.
MIN_SCORE = 1.0
# Cues in the lead (the first sentence) weigh this much more: news puts the main event first.
LEAD_BONUS = 1.25

_CYRILLIC = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")
_LEAD_END = re.compile(r"[.!?](?:\s|$)|\n")


@dataclass(frozen=True, slots=True)
class EventGuess:
    """The main event a text narrates, in ACLED's terms, and why.

    ``cues`` are the words that fired for the chosen type (and for kin types the rules
    merged into it, e.g. "protest" behind a Violent demonstration) and ``spans`` where;
    ``reasons`` are the precedence rules that decided between overlapping types;
    ``confidence`` in 0..1 grows with the cue weight and its lead over the runner-up.
    """

    sub_event_type: str
    event_type: str
    confidence: float
    cues: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    reasons: tuple[str, ...] = ()


def event_tables(text: str, language: str | None) -> dict[str, tuple[Cue, ...]]:
    """The event cue tables (by sub-event type) that apply to the text's script."""
    return _tables(text, language)[0]


def _tables(text: str, language: str | None) -> tuple[dict[str, tuple[Cue, ...]], ...]:
    """The event and no-event cue tables for the text's script (both if it mixes them)."""
    latin = language not in ("uk", "ru")
    cyrillic = language in ("uk", "ru") or (language is None and bool(_CYRILLIC.search(text)))
    events: dict[str, tuple[Cue, ...]] = {}
    none: dict[str, tuple[Cue, ...]] = {}
    for use, ev_table, no_table in ((latin, EN_CUES, EN_NO_EVENT_CUES),
                                    (cyrillic, UK_RU_CUES, UK_RU_NO_EVENT_CUES)):
        if use:
            for name, table in ev_table.items():
                events[name] = events.get(name, ()) + table
            for name, table in no_table.items():
                none[name] = none.get(name, ()) + table
    return events, none


def _score(hits: Iterable[Hit], lead_end: int) -> float:
    """Sum of cue weights, the lead's counting ``LEAD_BONUS`` times."""
    return sum(h.weight * (LEAD_BONUS if h.start < lead_end else 1.0) for h in hits)


def weigh_evidence(text: str, *, language: str | None = None) -> tuple[Evidence, float]:
    """Find every cue in ``text``, score each type and apply the precedence rules.

    The finding half of the stage, exposed so benchmarks and tests can see all scores.

    Args:
        text: the report (a snippet, a sentence or a whole article).
        language: ISO 639-1 code if known; ``None`` picks tables by the script.

    Returns:
        The evidence after the rules, and the strongest no-event score (a disaster, crime,
        diplomacy or a claim of responsibility outweighing every event cue means no event).
    """
    lead = _LEAD_END.search(text)
    lead_end = lead.end() if lead else len(text)
    event_tables, none_tables = _tables(text, language)
    hits = scan_all(text, event_tables)
    context = scan_all(text, CONTEXT_CUES)
    scores = {name: _score(found, lead_end) for name, found in hits.items()}
    ev = apply_rules(Evidence(hits, context, scores))
    none = scan_all(text, none_tables)
    return ev, max((_score(found, lead_end) for found in none.values()), default=0.0)


def classify_event(text: str, *, language: str | None = None) -> EventGuess | None:
    """The main event of ``text`` as an ACLED sub-event type, with the cue words that fired.

    Rule- and lexicon-based (no training data is used): cue words per type in English,
    Ukrainian and Russian, then precedence rules between overlapping types (``rules.py``).

    Args:
        text: the report or snippet.
        language: ISO 639-1 code if known (``en``, ``uk``, ``ru``); ``None`` guesses by script.

    Returns:
        The guess, or ``None`` when the text narrates no event: no cue reaches
        ``MIN_SCORE``, or a non-event (disaster, crime, diplomacy, a claim of
        responsibility) outweighs every event cue.
    """
    ev, none_score = weigh_evidence(text, language=language)
    ranked = sorted(((s, -ev.first(n), n) for n, s in ev.scores.items() if s > 0), reverse=True)
    if not ranked or ranked[0][0] < MIN_SCORE or none_score > ranked[0][0]:
        return None
    best, _, name = ranked[0]
    runner_up = max(ranked[1][0] if len(ranked) > 1 else 0.0, none_score)
    confidence = best / (best + runner_up) * min(1.0, best / 4)
    own = ev.cues_of(name)
    return EventGuess(
        sub_event_type=name,
        event_type=SUB_EVENT_TYPES[name],
        confidence=round(confidence, 3),
        cues=tuple(h.words for h in own),
        spans=tuple((h.start, h.end) for h in own),
        reasons=tuple(ev.notes),
    )
