"""ACLED's event taxonomy, spelled as ACLED spells it (ACLED Codebook 2023, section 3)."""

from __future__ import annotations

# Sub-event type -> event type. Names are ACLED's own, so exports and the eval scorer
# (shared/eval/score.py, table ACLED) read them without a mapping.
SUB_EVENT_TYPES: dict[str, str] = {
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Armed clash": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}

# Happenings that are news but not ACLED events: a text whose strongest cues are one of
# these yields no event (natural and man-made disasters, organised crime, diplomacy,
# claims of responsibility, which are statements about an event rather than an event, and
# displacement, which DESIGN.md counts as a figure).
NO_EVENT_KINDS: tuple[str, ...] = (
    "natural disaster", "man-made disaster", "organised crime", "diplomacy", "attribution",
    "displacement",
)


def event_type_of(sub_event_type: str) -> str:
    """The ACLED event type a sub-event type belongs to.

    Args:
        sub_event_type: one of the 25 ACLED sub-event types.

    Returns:
        Its event type, e.g. ``"Battles"`` for ``"Armed clash"``.

    Raises:
        KeyError: the name is not an ACLED sub-event type.
    """
    return SUB_EVENT_TYPES[sub_event_type]
