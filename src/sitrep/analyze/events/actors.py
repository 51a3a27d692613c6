"""ACLED-style actor names for the actors an event involves."""

from __future__ import annotations

from sitrep.model import ActorMention

# ACLED names a state's forces "Military Forces of <country>" (ACLED Codebook, actors).
SIDE_FORCES = {"ua": "Military Forces of Ukraine", "ru": "Military Forces of Russia"}

# Actors that fight or act in events; outlets, mapping projects and officials who only
# speak about an event are claimants, not its actors.
EVENT_ACTOR_KINDS = frozenset({"military", "unit", "group", "government", "organisation"})


def acled_actor(mention: ActorMention) -> str | None:
    """The ACLED-style name of an actor mention, or ``None`` if it does not act in events.

    A side's armed forces or units become "Military Forces of Ukraine/Russia" (ACLED codes
    units under their state's forces); other actors keep their knowledge-base name.
    """
    if mention.kind not in EVENT_ACTOR_KINDS:
        return None
    if mention.kind in ("military", "unit") and mention.side in SIDE_FORCES:
        return SIDE_FORCES[mention.side]
    return mention.name or mention.text
