"""The eval contract's JSON shapes (shared/eval/CONTRACT.md): input lines in, results out."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sitrep.model import (
    Analysis,
    Claim,
    DateMention,
    Event,
    Figure,
    GazetteerPlace,
    PlaceMention,
    Side,
    TextInput,
)

# Six decimals is ~0.1 m: finer than any gazetteer point, and stable across platforms.
_COORD_DIGITS = 6


def contract_input(raw: dict[str, Any]) -> TextInput | str:
    """One input line (``id``, ``text``, optional ``title``, ``published``, ``source``,
    ``language``) as a ``TextInput``, or the reason it cannot be one."""
    if not isinstance(raw.get("id"), str) or not isinstance(raw.get("text"), str):
        return "needs a string 'id' and a string 'text'"
    published = None
    if isinstance(raw.get("published"), str):
        try:
            published = datetime.fromisoformat(raw["published"].replace("Z", "+00:00"))
        except ValueError:
            return f"'published' is not an ISO date: {raw['published']!r}"
    return TextInput(
        id=raw["id"], text=raw["text"], title=raw.get("title"), published=published,
        source=raw.get("source"), language=raw.get("language"),
    )


def contract_side(side: Side | None) -> str | None:
    """The contract's side vocabulary: ua, ru, other (neutral parties), or null (unknown)."""
    if side in ("ua", "ru"):
        return side
    return "other" if side == "neutral" else None


def _point(place: GazetteerPlace | None) -> dict[str, Any]:
    return {
        "geonameid": place.geonameid if place else None,
        "lat": round(place.lat, _COORD_DIGITS) if place else None,
        "lon": round(place.lon, _COORD_DIGITS) if place else None,
    }


def place_to_contract(mention: PlaceMention) -> dict[str, Any]:
    """One ``places`` item: span, text, the resolved point (nulls when unresolved), and
    sitrep's extras: place id and name, region, score, flags and the alias used."""
    place = mention.place
    item: dict[str, Any] = {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        **_point(place),
        "country": place.country if place else None,
        "place_id": place.place_id if place else None,
        "name": place.name if place else None,
        "admin1": place.admin1 if place else None,
        "score": round(mention.score, 3),
        "flags": list(mention.flags),
    }
    if mention.alias is not None:
        item["alias"] = {"name": mention.alias.name, "used_by": mention.alias.used_by,
                         "valid_from": mention.alias.valid_from,
                         "valid_until": mention.alias.valid_until}
    return item


def date_to_contract(date: DateMention) -> dict[str, Any]:
    """One ``dates`` item, with sitrep's clock (role) and precision."""
    return {"start": date.start, "end": date.end, "text": date.text, "value": date.value,
            "precision": date.precision, "role": date.role}


def figure_to_contract(figure: Figure) -> dict[str, Any]:
    """One ``figures`` item; ``value`` is an int when the figure is whole."""
    return {
        "start": figure.start, "end": figure.end, "text": figure.text,
        "kind": figure.kind, "value": _number(figure.value),
        "high": _number(figure.high) if figure.high is not None else None,
        "qualifier": figure.qualifier, "subject_side": contract_side(figure.subject_side),
        "claimant": figure.claimant, "period": figure.period, "cumulative": figure.cumulative,
    }


def claim_to_contract(claim: Claim) -> dict[str, Any]:
    """One ``claims`` item, with the attribution chain and anonymity flags."""
    return {
        "start": claim.start, "end": claim.end, "claimant": claim.claimant,
        "claimant_side": contract_side(claim.claimant_side), "cue": claim.cue,
        "stance": claim.stance, "chain": list(claim.chain), "anonymous": claim.anonymous,
        "quote": claim.quote,
    }


def event_to_contract(event: Event) -> dict[str, Any]:
    """One ``events`` item in ACLED's vocabulary."""
    return {
        "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "date": event.date, **_point(event.place), "actor1": event.actor1,
        "actor2": event.actor2, "fatalities": event.fatalities, "start": event.start,
        "end": event.end,
    }


def analysis_to_contract(analysis: Analysis) -> dict[str, Any]:
    """One output line of ``sitrep analyze --jsonl``."""
    line: dict[str, Any] = {
        "id": analysis.id,
        "language": analysis.language,
        "places": [place_to_contract(m) for m in analysis.places],
        "dates": [date_to_contract(d) for d in analysis.dates],
        "figures": [figure_to_contract(f) for f in analysis.figures],
        "claims": [claim_to_contract(c) for c in analysis.claims],
        "events": [event_to_contract(e) for e in analysis.events],
    }
    if analysis.problems:
        line["problems"] = [p.reason for p in analysis.problems]
    return line


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
