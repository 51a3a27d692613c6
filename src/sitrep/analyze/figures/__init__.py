"""Figures: counts of killed, wounded, displaced, equipment… with qualifier, side and claimant."""

from __future__ import annotations

import re
from datetime import datetime

from sitrep.analyze.claims import extract_claims
from sitrep.analyze.claims.sentences import split_sentences
from sitrep.analyze.dates import extract_dates
from sitrep.analyze.figures.context import (
    claim_for,
    cumulative_for,
    loser_side,
    losses_side,
    period_for,
    subject_side,
)
from sitrep.analyze.figures.kinds import classify, counted_noun, is_measure, list_kind
from sitrep.analyze.figures.numbers import Quantity, find_quantities
from sitrep.model import ActorMention, Claim, DateMention, Figure, FigureQualifier, Side

__all__ = ["extract_figures"]

STAGE = "figures.v2"
# "(+1 030)": the day's increment printed after a running total, not a figure of its own.
_DELTA = re.compile(r"\+\s*$")
# "1 300 военнослужащих и 12 танков": coordinated figures share their owner.
_COORDINATED = re.compile(r"\s*(?:,|and|и|і|та|й)?\s*")
_CLAUSE_BREAK = re.compile(r"[;:]|\s[—–]\s")
# A round population ("a city of 60,000") is an estimate, not a census count.
_ROUND_POPULATION = 1_000


def extract_figures(text: str, *, actors: list[ActorMention], language: str | None,
                    published: datetime | None = None,
                    claims: list[Claim] | None = None,
                    dates: list[DateMention] | None = None) -> list[Figure]:
    """Figures of one text: what each number counts, how sure, whose, per whom, over when.

    Args:
        text: the document text.
        actors: its actor mentions (``find_actors``), for sides and claimants.
        language: ISO 639-1 code ("en", "uk", "ru").
        published: publication time, to resolve periods ("since the beginning of November").
        claims: the text's claims if already extracted; found here when None.
        dates: the text's dates (``extract_dates`` with the same ``published`` and
            ``language``) if already extracted; found here when None.

    Returns:
        Figures in text order; numbers that count nothing known (dates, durations, prices,
        unit names) are left out.
    """
    if claims is None:
        claims = extract_claims(text, actors=actors, language=language)
    if dates is None:
        dates = extract_dates(text, published=published, language=language)
    figures: list[Figure] = []
    for sentence in split_sentences(text):
        previous: Figure | None = None
        for quantity in find_quantities(text[sentence[0]:sentence[1]]):
            found = _figure(text, _shift(quantity, sentence[0]), sentence, actors, claims,
                            dates, previous)
            if found is not None:
                figures.append(found)
                previous = found
    return figures


def _shift(quantity: Quantity, offset: int) -> Quantity:
    return Quantity(quantity.start + offset, quantity.end + offset, quantity.value,
                    quantity.qualifier, quantity.high, quantity.vague)


def _year_like(quantity: Quantity) -> bool:
    """A bare 1900-2100 is a year ("in 2014, he was forced to leave"), not a count."""
    return (quantity.qualifier == "exact" and not quantity.vague
            and quantity.value == int(quantity.value) and 1900 <= quantity.value <= 2100)


def _clause(text: str, sentence: tuple[int, int], offset: int) -> tuple[int, int]:
    """The part of the sentence between semicolons, colons or dashes that holds ``offset``."""
    start, end = sentence
    for match in _CLAUSE_BREAK.finditer(text, sentence[0], sentence[1]):
        if match.end() <= offset:
            start = match.end()
        elif match.start() >= offset:
            end = match.start()
            break
    return start, end


def _figure(text: str, quantity: Quantity, sentence: tuple[int, int],
            actors: list[ActorMention], claims: list[Claim], dates: list,
            previous: Figure | None) -> Figure | None:
    """The figure a quantity makes in its sentence, or None if it counts nothing known."""
    if is_measure(text, quantity.start, quantity.end) or _DELTA.search(
            text, max(0, quantity.start - 2), quantity.start):
        return None
    clause = _clause(text, sentence, quantity.start)
    counted = counted_noun(text, quantity.end, clause[1])
    if counted is None and _year_like(quantity):
        return None
    listed = list_kind(text, sentence[0], quantity.start)
    found = (listed, quantity.start, quantity.end) if listed else classify(
        text, quantity.start, quantity.end, clause, counted)
    if found is None:
        return None
    kind, cue_start, cue_end = found
    noun_end = counted.end if counted else quantity.end
    start = min(quantity.start, cue_start) if cue_end <= quantity.start else quantity.start
    end = max(noun_end, cue_end) if cue_start >= quantity.end else noun_end
    claim = claim_for(claims, quantity.start)
    claimant_side = claim.claimant_side if claim else None
    side: Side | None = None
    if kind not in ("population", "displaced", "evacuated"):
        side = subject_side(text, quantity.start, noun_end, actors, claimant_side)
        if side is None and kind == "casualties":
            side = losses_side(text, cue_end, clause[1], actors)
        if side is None and kind in ("casualties", "equipment"):
            side = loser_side(text, sentence[0], cue_start if cue_end <= quantity.start
                              else quantity.start, actors, claimant_side)
        if side is None and previous is not None and (
                counted is None or _COORDINATED.fullmatch(text, previous.end, start)):
            side = previous.subject_side
    qualifier: FigureQualifier = quantity.qualifier
    if kind == "population" and qualifier == "exact" and quantity.value >= _ROUND_POPULATION \
            and quantity.value % _ROUND_POPULATION == 0:
        qualifier = "approx"
    return Figure(
        start=start, end=end, text=text[start:end], kind=kind, value=quantity.value,
        qualifier=qualifier, high=quantity.high, subject_side=side,
        claimant=claim.claimant if claim else None,
        period=period_for(text, dates, sentence, quantity.start, kind),
        cumulative=cumulative_for(text, sentence, quantity.start), stage=STAGE)
