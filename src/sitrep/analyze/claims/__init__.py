"""Attributed claims: who says what, through which medium, with which cue and stance."""

from __future__ import annotations

import re

from sitrep.analyze.claims.attribute import Attribution, cue_sentences, find_attributions
from sitrep.analyze.claims.sources import Candidate, find_candidates
from sitrep.model import ActorMention, Claim

__all__ = ["claimant_name", "cue_sentences", "extract_claims"]

STAGE = "claims.v2"
_LATIN_NAME = re.compile(r"^[A-Za-z][\w .’'-]*$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")


def extract_claims(text: str, *, actors: list[ActorMention], language: str | None,
                   outlet: str | None = None) -> list[Claim]:
    """Attributed claims of one text, one per attribution cue that has a claimant.

    Quotations right after a quoted claim continue it (``cue`` None). The chain runs from
    the outlet through the media named in the attribution and the speakers who relay the
    claimant ("X, citing Y, said") to the claimant.

    Args:
        text: the document text.
        actors: the actor mentions of ``text`` (``find_actors``).
        language: ISO 639-1 code ("en", "uk", "ru") for the cue lexicons.
        outlet: the publishing outlet, first in each chain when given.

    Returns:
        Claims in text order; an empty list when nothing is attributed.
    """
    candidates = find_candidates(text, actors, language)
    return [_claim(text, found, outlet) for found in find_attributions(text, candidates,
                                                                       language)]


def claimant_name(text: str, candidate: Candidate) -> str:
    """How a claim names its claimant.

    A knowledge-base actor that an English text names by a full alias keeps the text's form
    ("Airborne Assault Forces"), so a reader finds it in the report; abbreviations, surnames
    and Cyrillic forms give the canonical English name. ``ActorKB.lookup`` maps either back.
    """
    surface = _LEADING_THE.sub("", text[candidate.start:candidate.end])
    if candidate.actor_id and _LATIN_NAME.match(surface) and len(surface.split()) >= 2 \
            and not surface.isupper():
        return surface
    return candidate.name


def _claim(text: str, found: Attribution, outlet: str | None) -> Claim:
    """The Claim record of one attribution."""
    name = claimant_name(text, found.claimant)
    relays = (claimant_name(text, relay) for relay in found.relays)
    chain = tuple(part for part in (outlet, *found.media, *relays, name) if part)
    return Claim(
        start=found.start, end=found.end, text=text[found.start:found.end], claimant=name,
        claimant_side=found.claimant.side, cue=found.cue.text if found.cue else None,
        stance=found.stance, chain=chain, anonymous=found.claimant.anonymous,
        quote=found.quote, stage=STAGE)
