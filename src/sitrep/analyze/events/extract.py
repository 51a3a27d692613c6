"""Build Event records: the main event and others a report narrates, with their facts."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Protocol, TypeVar

from sitrep.analyze.events.actors import acled_actor
from sitrep.analyze.events.classify import STAGE, EventGuess, classify_event, event_tables
from sitrep.analyze.events.taxonomy import SUB_EVENT_TYPES
from sitrep.model import (
    ActorMention,
    Claim,
    DateMention,
    Event,
    Figure,
    GazetteerPlace,
    PlaceMention,
)

# A sentence ends at . ! ? … followed by space and a capital, quote or bracket, or at a line
# break. Good enough for news prose; abbreviations like "Nov. 23" stay inside a sentence.
_SENTENCE_END = re.compile(
    r"(?<=[.!?…])[\"”»’']?\s+(?=[A-ZА-ЯІЇЄҐЁ\"“«‘(])|\s*\n+\s*"
)
# Another event besides the main one needs a sentence of its own that names it clearly,
# and says it happened: analysts' guesses ("may be linked to") and calls are not events.
SECONDARY_MIN_CONFIDENCE = 0.6
_HEDGED = re.compile(r"\b(?:may|might|could|would|suggest\w*|possibl\w*|likely|if|"
                     r"expected|feared|can|should|will|not|never|call(?:s|ed)? for|urg\w*|warn\w*|"
                     r"може|можуть|могут|может|ймовірно|вероятно|можливо|возможно)\b",
                     re.IGNORECASE)


class _Span(Protocol):
    """Anything with a character span (every analysis record has one)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_T = TypeVar("_T", bound=_Span)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (end exclusive), skipping empty ones."""
    spans, begin = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[begin:m.start()].strip():
            spans.append((begin, m.start()))
        begin = m.end()
    if text[begin:].strip():
        spans.append((begin, len(text.rstrip())))
    return spans


def _inside(item: _Span, span: tuple[int, int]) -> bool:
    return span[0] <= item.start and item.end <= span[1]


def _overlaps(item: _Span, span: tuple[int, int]) -> bool:
    return item.start < span[1] and span[0] < item.end


def _in_span_first(items: Sequence[_T], span: tuple[int, int]) -> list[_T]:
    """``items`` inside ``span`` first (in text order), then the rest of the document's."""
    ordered = sorted(items, key=lambda i: i.start)
    return [i for i in ordered if _inside(i, span)] + [i for i in ordered if not _inside(i, span)]


def _sentence_guesses(text: str, language: str | None,
                      sentences: list[tuple[int, int]]) -> list[EventGuess | None]:
    """Each sentence's own main event, to find where an event is told and what else is.

    Only sentences holding an event cue are classified: without one a sentence cannot
    reach ``MIN_SCORE``, and long reports are mostly such sentences. Finding every cue once
    over the whole text costs about one classification, instead of one per sentence; a cue
    whose leading letters the text lacks cannot match and is not searched (as in ``scan``).
    """
    lowered = text.lower()
    starts = sorted(m.start() for table in event_tables(text, language).values()
                    for c in table if not c.absent_from(lowered)
                    for m in c.pattern.finditer(text))
    cued = {bisect_right(sentences, (start, len(text))) - 1 for start in starts}
    return [classify_event(text[s:e], language=language) if i in cued else None
            for i, (s, e) in enumerate(sentences)]


def _event_spans(text: str, main: EventGuess, language: str | None) -> list[tuple[str, int, int]]:
    """(sub-event type, start, end) per event: the main one first, then clear others.

    The main event's span runs from the sentence of its first cue through the following
    sentences that tell of the same type; another type gets an event when a sentence of
    its own names it with confidence of at least ``SECONDARY_MIN_CONFIDENCE``.
    """
    sentences = split_sentences(text) or [(0, len(text))]
    guesses = _sentence_guesses(text, language, sentences)
    first_cue = main.spans[0][0] if main.spans else 0
    at = next((i for i, (s, e) in enumerate(sentences) if s <= first_cue < e), 0)
    end = at
    while end + 1 < len(guesses) and (g := guesses[end + 1]) is not None \
            and g.sub_event_type == main.sub_event_type:
        end += 1
    found = [(main.sub_event_type, sentences[at][0], sentences[end][1])]
    seen = {main.sub_event_type}
    for (s, e), g in zip(sentences, guesses, strict=True):
        if g is not None and g.sub_event_type not in seen \
                and g.confidence >= SECONDARY_MIN_CONFIDENCE and not _HEDGED.search(text[s:e]):
            seen.add(g.sub_event_type)
            found.append((g.sub_event_type, s, e))
    return found


def _actors(actors: Sequence[ActorMention], span: tuple[int, int]) -> list[str]:
    """Distinct ACLED actor names, those inside the event's span first."""
    names: list[str] = []
    for mention in _in_span_first(actors, span):
        name = acled_actor(mention)
        if name and name not in names:
            names.append(name)
    return names


def _fatalities(figures: Sequence[Figure], span: tuple[int, int]) -> int | None:
    """The killed count told in the event's span, else the document's first one; never a
    tally over a period (388 killed "since the beginning of November" is not one event's
    dead)."""
    killed = [f for f in _in_span_first(figures, span) if f.kind == "killed"
              and f.cumulative is not True and "/" not in (f.period or "")]
    return int(killed[0].value) if killed else None


# How precisely a gazetteer feature locates an event: ACLED codes the most precise location
# a report gives, so a town named in the event's sentences beats the country of a demonym
# ("Ukrainian forces are clearing central Pokrovsk").
_PRECISION = {"continent": 0, "country": 1, "admin1": 2, "admin2": 3}
_MOST_PRECISE = 4


def _event_place(places: Sequence[PlaceMention], span: tuple[int, int]) -> GazetteerPlace | None:
    """The most precise resolved place in the event's span, else in the whole document."""
    for pool in ([p for p in places if _inside(p, span)], list(places)):
        resolved = sorted((p for p in pool if p.place is not None), key=lambda p: p.start)
        if resolved:
            best = max(resolved, key=lambda p: _PRECISION.get(p.place.feature, _MOST_PRECISE))
            return best.place
    return None


def _event_date(dates: Sequence[DateMention], span: tuple[int, int]) -> str | None:
    """When the event happened: a happened-date in its span; else the date its sentences
    were said on (fighting "ongoing, the military said on Nov. 23" is dated Nov. 23); else
    a happened-date elsewhere in the report."""
    inside = sorted((d for d in dates if _inside(d, span)), key=lambda d: d.start)
    outside = sorted((d for d in dates if not _inside(d, span)), key=lambda d: d.start)
    for pool, role in ((inside, "happened"), (inside, "said"), (outside, "happened")):
        found = [d for d in pool if d.role == role]
        if found:
            return found[0].value
    return None


def build_event(sub_event_type: str, span: tuple[int, int], *, event_type: str,
                places: Sequence[PlaceMention] = (), dates: Sequence[DateMention] = (),
                actors: Sequence[ActorMention] = (), figures: Sequence[Figure] = (),
                claims: Sequence[Claim] = ()) -> Event:
    """One Event record over ``span``, its facts taken from the other stages' records.

    Args:
        sub_event_type: ACLED sub-event type.
        span: the event's sentences, ``(start, end)``.
        event_type: ACLED event type of ``sub_event_type``.
        places, dates, actors, figures, claims: the document's records from other stages.

    Returns:
        The Event: its date (``_event_date``), its most precise place (``_event_place``),
        actors in ACLED style, fatalities the killed count, and the spans of the claims that
        overlap it.
    """
    names = _actors(actors, span)
    return Event(
        event_type=event_type,
        sub_event_type=sub_event_type,
        start=span[0],
        end=span[1],
        date=_event_date(dates, span),
        place=_event_place(places, span),
        actor1=names[0] if names else None,
        actor2=names[1] if len(names) > 1 else None,
        fatalities=_fatalities(figures, span),
        claim_spans=tuple((c.start, c.end) for c in sorted(claims, key=lambda c: c.start)
                          if _overlaps(c, span)),
        stage=STAGE,
    )


def extract_events(text: str, *, language: str | None = None,
                   places: Sequence[PlaceMention] = (), dates: Sequence[DateMention] = (),
                   actors: Sequence[ActorMention] = (), figures: Sequence[Figure] = (),
                   claims: Sequence[Claim] = ()) -> list[Event]:
    """The events ``text`` narrates, in ACLED's taxonomy, the main event first.

    Pure: reads only its arguments. The other stages' records may be empty; the events are
    then found all the same, with their date, place, actors and fatalities left ``None``.

    Args:
        text: the report.
        language: ISO 639-1 code if known; ``None`` guesses by script.
        places: place mentions (``PlaceMention``) from the places stage.
        dates: date mentions; only ``role == "happened"`` ones date an event.
        actors: actor mentions, named in ACLED style on the event.
        figures: figures; a ``killed`` one gives the fatalities.
        claims: claims; those overlapping an event's span are the claims it rests on.

    Returns:
        Events, the main one first; an empty list when the text narrates no event.
    """
    main = classify_event(text, language=language)
    if main is None:
        return []
    return [build_event(sub, (s, e), event_type=SUB_EVENT_TYPES[sub], places=places,
                        dates=dates, actors=actors, figures=figures, claims=claims)
            for sub, s, e in _event_spans(text, main, language)]
