"""Typed statements (assertions) derived from a report's claims, figures and events.

Comparison runs on slots (who holds or advances where, which number of what, whether a
happening happened), never on text similarity; this module fills the slots.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sitrep.link.reports import COARSE_FEATURES, Report, main_place
from sitrep.link.voices import ActorIndex, voice_of
from sitrep.model import (
    ActorMention,
    Assertion,
    AssertionKind,
    Claim,
    GazetteerPlace,
    Polarity,
    Side,
)

# Cue words for territorial statements, English first, then Ukrainian and Russian stems.
# Captured equipment or prisoners is not ground taken.
_NOT_GROUND = (r"(?!\s+(?:\w+\s+){0,2}(?:equipment|weapons?|soldiers?|prisoners?|tanks?|"
               r"drones?|vehicles?|troops|servicem\w+))")
ADVANCE_CUES = re.compile(
    r"\b(clearing (?:out|operation)|advanc\w*|push(?:ing)? forward|offensive\b|gains\b|"
    r"(?<!were )(?<!was )(?<!been )(?:captur|seiz)\w+\b" + _NOT_GROUND + r"|"
    r"took control|liberat\w+|broke through|breakthrough|encircl\w+|"
    r"просун\w*|наступ\w*|звільн\w*|захопи\w*|продвин\w*|освобод\w*|занял\w*)",
    re.IGNORECASE)
CONTROL_CUES = re.compile(
    r"\b(holding(?: the line)?|hold the line|positions\b[^.]{0,40}\bmaintained|"
    r"under (?:\w+ ){0,2}control|in control of|containing the enemy|retain\w*|"
    r"контрол\w*|утрим\w*|удерж\w*)",
    re.IGNORECASE)
NEGATION = re.compile(r"\b(not|never|no longer|failed to|fail to|не|ні)\s+(\w+\s+){0,2}$",
                      re.IGNORECASE)
# Words that make the speaker's own side the actor ("our forces", "their forces" in reported
# speech) or the enemy the actor.
OWN_SIDE = re.compile(r"\b(our|we|us|their forces|their units|defen[cs]e forces|наш\w*|мы|ми)\b",
                      re.IGNORECASE)
ENEMY = re.compile(r"\b(the enemy|enemy forces|противник\w*|ворог\w*)\b", re.IGNORECASE)
ACTING_KINDS = frozenset({"military", "unit", "government", "official", "group"})
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'’”]?|\n|$)")
OPPOSITE: dict[str, Side] = {"ua": "ru", "ru": "ua"}


def derive_assertions(report: Report, names: ActorIndex) -> list[Assertion]:
    """Every typed statement of one report, each with its claimant and independent voice.

    Args:
        report: The report with its analysis.
        names: ``voices.actor_index`` of all reports.

    Returns:
        Territorial, figure, population and event assertions in text order.
    """
    found = list(_territorial(report, names))
    found += _figures(report, names)
    found += _events(report, names)
    unique = {a.id: a for a in found}  # one statement may be reached twice (two events)
    return sorted(unique.values(), key=lambda a: (a.start, a.kind))


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the sentences (and headline lines) of a text.

    Args:
        text: A report's text.

    Returns:
        ``(start, end)`` of each non-empty sentence, surrounding spaces trimmed.
    """
    for match in _SENTENCE.finditer(text):
        chunk = match.group()
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            yield match.start() + lead, match.start() + len(chunk.rstrip())


def _territorial(report: Report, names: ActorIndex) -> Iterator[Assertion]:
    text = report.document.text
    claims = report.analysis.claims
    spans: list[tuple[int, int, Claim | None]] = [(c.start, c.end, c) for c in claims]
    spans += [(s, e, None) for s, e in sentences(text)
              if not any(c.start < e and s < c.end for c in claims)]
    for start, end, claim in spans:
        segment = text[start:end]
        kind: AssertionKind = "advance"
        cue = ADVANCE_CUES.search(segment)
        control = CONTROL_CUES.search(segment)
        if control and (cue is None or control.start() < cue.start()):
            kind, cue = "control", control
        if cue is None:
            continue
        speaker = claim.claimant_side if claim else report.side
        actor = _actor_side(report, start, start + cue.start(), end, segment[:cue.start()],
                            claim, speaker)
        if actor is None:
            continue
        place, place_name = _place_in(report, start, end)
        polarity: Polarity = "negated" if NEGATION.search(segment[:cue.start()]) else \
            "affirmed"
        where = place.place_id if place else f"name:{(place_name or '?').casefold()}"
        verb = "holds" if kind == "control" else "advances"
        label = (f"{actor} {'does not ' + verb[:-1] if polarity == 'negated' else verb} "
                 f"in {place.name if place else place_name}")
        yield _assertion(report, names, claim, start, end, kind,
                         f"territory:{where}", segment, place=place, place_name=place_name,
                         actor_side=actor, polarity=polarity, period=_day(report),
                         label=label)


def _figures(report: Report, names: ActorIndex) -> Iterator[Assertion]:
    text = report.document.text
    for figure in report.analysis.figures:
        claim = _covering_claim(report, figure.start, figure.end)
        sentence = _sentence_around(text, figure.start)
        if figure.kind == "population":
            place, _ = _place_in(report, *sentence)
            if place is None:
                continue
            period = figure.period or "unstated"
            label = f"population of {place.name}: {_number(figure.value)} ({period})"
            yield _assertion(report, names, claim, figure.start, figure.end,
                             "population", f"population:{place.place_id}", figure.text,
                             place=place, place_name=place.name, value=figure.value,
                             qualifier=figure.qualifier, period=period, label=label,
                             figure_kind="population", claimant=figure.claimant)
            continue
        subject = figure.subject_side or "unknown"
        period = figure.period or _day(report)
        label = (f"{figure.kind} {_number(figure.value)} ({subject} side, "
                 f"{figure.period or 'period not stated'})")
        yield _assertion(report, names, claim, figure.start, figure.end, "figure",
                         f"figure:{figure.kind}:{subject}", figure.text, value=figure.value,
                         qualifier=figure.qualifier, period=period, subject_side=subject,
                         figure_kind=figure.kind, label=label, claimant=figure.claimant)


def _events(report: Report, names: ActorIndex) -> Iterator[Assertion]:
    fallback = main_place(report)
    text = report.document.text
    for event in report.analysis.events:
        place = event.place if event.place and event.place.feature not in COARSE_FEATURES \
            else fallback
        if place is None:
            continue
        claim = None
        for start, end in event.claim_spans:
            claim = _covering_claim(report, start, end)
            if claim:
                break
        span = event.claim_spans[0] if event.claim_spans else (event.start, event.end)
        label = f"{event.sub_event_type} in {place.name}"
        yield _assertion(report, names, claim, span[0], span[1], "event",
                         f"event:{event.event_type}:{place.place_id}", text[span[0]:span[1]],
                         place=place, place_name=place.name, period=event.date or _day(report),
                         label=label, figure_kind=event.sub_event_type)


def _assertion(report: Report, names: ActorIndex, claim: Claim | None, start: int, end: int,
               kind: AssertionKind, slot: str, text: str, *,
               place: GazetteerPlace | None = None, claimant: str | None = None,
               **fields: object) -> Assertion:
    outlet, outlet_side = report.outlet
    who = claim.claimant if claim and claim.claimant else claimant
    anonymous = claim.anonymous if claim else False
    side = claim.claimant_side if claim else (outlet_side if who is None else None)
    if side in (None, "unknown") and who and not anonymous:
        side = names.side_of(who) or side
    voice = voice_of(report, who, anonymous, names)
    place_name = fields.pop("place_name", None)
    return Assertion(
        id=f"{report.key[:16]}:{start}:{end}:{slot}", document_key=report.key, start=start,
        end=end, kind=kind, slot=slot, text=" ".join(text.split()),
        source=report.document.source, source_side=report.side, voice=voice,
        claimant=who or outlet, claimant_side=side,
        stance=claim.stance if claim else "asserted", anonymous=anonymous,
        place_id=place.place_id if place else None,
        place_name=place.name if place else place_name,  # type: ignore[arg-type]
        **fields,  # type: ignore[arg-type]
    )


def _actor_side(report: Report, start: int, cue_at: int, end: int, before: str,
                claim: Claim | None, speaker: Side | None) -> Side | None:
    """Who controls or advances: the acting actor nearest before the cue, else "our"."""
    acting: list[ActorMention] = [
        a for a in report.analysis.actors
        if start <= a.start < end and a.kind in ACTING_KINDS and a.side in ("ua", "ru")
        and not (claim and claim.claimant and a.text in claim.claimant)]
    earlier = [a for a in acting if a.start < cue_at]
    if earlier:
        return max(earlier, key=lambda a: a.start).side
    if speaker in OPPOSITE and ENEMY.search(before):
        return OPPOSITE[speaker]
    if speaker in OPPOSITE and OWN_SIDE.search(before):
        return speaker
    return acting[0].side if acting else None


def _place_in(report: Report, start: int, end: int) -> tuple[GazetteerPlace | None, str | None]:
    """The first specific place named in a span, an unresolved name, or the main place."""
    unresolved = None
    for mention in report.analysis.places:
        if not start <= mention.start < end:
            continue
        if mention.place is None:
            unresolved = unresolved or mention.text
        elif mention.place.feature not in COARSE_FEATURES and "landmark" not in mention.flags:
            return mention.place, mention.text
    if unresolved:
        return None, unresolved
    place = main_place(report)
    return place, place.name if place else None


def _covering_claim(report: Report, start: int, end: int) -> Claim | None:
    for claim in report.analysis.claims:
        if claim.start <= start and end <= claim.end:
            return claim
    return None


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    left = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    right = min((i for i in (text.find(".", at), text.find("\n", at)) if i >= 0),
                default=len(text))
    return left, right


def _day(report: Report) -> str | None:
    published = report.published
    return published.isoformat() if published else None


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{int(value):,}" if value == int(value) else f"{value:,}"
