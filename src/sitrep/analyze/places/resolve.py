"""Choosing the place a name means: gazetteer candidates scored on prior and document focus.

The score of a candidate is a sum of named parts (see ``ScoredCandidate.parts``):

- ``population``: log10(population + 1) / 7, so 10 million scores 1.0 and a village of
  1,000 about 0.43. Big places are mentioned more, all else equal (the classic baseline).
- ``feature``: a prior by kind; countries and regions are named far more often than
  namesake hamlets, and "other" entries (farms, stations) rarely. A region no more populous
  than a same-named city among the candidates gets only a city's prior.
- ``name``: how the text's name relates to the place: its main name beats an alias, an
  official or common alias beats a historical one.
- ``hint``: the words around the name agree with the kind ("Donetsk Oblast", "the
  village of Kachin").
- ``country_focus`` / ``region_focus``: the share of the document's other place names
  that sit in the candidate's country / first-level region. This is what makes a Pokrovsk
  in Donetsk Oblast beat one elsewhere when the text is about Donetsk; each name votes
  once with its own probability spread over its candidates, and never for itself.
- ``container``: "Alexandria, La.": the name right after a comma contains this one.
- ``source_country``: the outlet's country; local news is mostly about home.
- ``area``: the theatre the user watches (Ukraine by default); a small tie-breaker that
  makes a bare "Красноармейск" the Donetsk town, not a namesake in Saratov Oblast.

A small place chosen for a name is dropped (the mention stays, unresolved) when nothing else
in the text is near it: "the village of Kachin" in a Donetsk story is no Kachyn in Volyn.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from sitrep.analyze.places.spans import FeatureHint, Lookup, ScoredCandidate, Span
from sitrep.model import Alias, GazetteerPlace

# Prior by kind of place, in score units (one unit = a factor of 10 million in population).
FEATURE_PRIOR: dict[str, float] = {
    "continent": 0.6, "country": 0.6, "admin1": 0.5, "city": 0.2, "admin2": 0.1, "town": 0.1,
    "village": 0.0, "hamlet": -0.1, "landmark": -0.2, "other": -0.4,
}
# Prior by who uses the name the text used; ``None`` is the place's main name.
# A place's main name is strong evidence: GeoNames lists "Pokrovsk" as a former name of
# Engels (196k people), which must not beat the town whose name it is.
NAME_PRIOR: dict[str | None, float] = {
    None: 0.5, "official": 0.45, "user": 0.5, "ua": 0.35, "ru": 0.35, "common": 0.15,
    "historical": 0.05, "asserted": 0.0,
}
# Which kinds satisfy a context hint.
HINT_FEATURES: dict[FeatureHint, frozenset[str]] = {
    "country": frozenset({"country"}),
    "admin1": frozenset({"admin1"}),
    "admin2": frozenset({"admin2"}),
    "settlement": frozenset({"city", "town", "village", "hamlet"}),
    "village": frozenset({"village", "hamlet", "town", "other"}),
    "landmark": frozenset({"landmark"}),
}
# Kinds a hint rules out: "the village of Kachin" is no Kachin State.
HINT_EXCLUDES: dict[FeatureHint, frozenset[str]] = {
    "village": frozenset({"country", "admin1", "admin2", "city"}),
    "settlement": frozenset({"country", "admin1"}),
}
# In Russian text, Russian and former (Soviet) names are what sources use every day, and in
# Ukrainian text the Ukrainian ones: they count as much as the official name there.
LIVE_NAMES: dict[str, frozenset[str]] = {
    "ru": frozenset({"ru", "historical"}),
    "uk": frozenset({"ua"}),
}
W_HINT = 0.8
W_AREA = 0.25
# A place this small and this far from every other place the text names is not believed.
ISOLATED_POPULATION = 10_000
ISOLATED_KM = 300.0
W_COUNTRY = 1.5
W_REGION = 3.0
W_CONTAINER = 2.0
W_SOURCE = 0.4
# Softmax sharpness turning scores into the probabilities names vote with.
TEMPERATURE = 0.25
# Two candidates closer than this in probability, and farther apart than 161 km, are
# flagged ambiguous.
AMBIGUOUS_MARGIN = 0.1
_NEAR_KM = 161.0


@dataclass
class Group:
    """All mentions of one name in a document: they mean one place (one sense per text)."""

    key: tuple[str, ...]
    spans: list[Span]
    candidates: list[tuple[GazetteerPlace, Alias | None]]
    containers: list[GazetteerPlace] = field(default_factory=list)
    probs: list[float] = field(default_factory=list)
    scored: list[ScoredCandidate] = field(default_factory=list)


def gather(lookup: Lookup, span: Span) -> list[tuple[GazetteerPlace, Alias | None]]:
    """Gazetteer candidates under any of a span's keys, first key first, each place once.

    Returns:
        Candidates allowed by the span's country pin and hint.
    """
    seen: dict[str, tuple[GazetteerPlace, Alias | None]] = {}
    for key in span.keys:
        for place, alias in lookup.candidates(key):
            if place.place_id not in seen:
                seen[place.place_id] = (place, alias)
    out = list(seen.values())
    if span.country:
        out = [c for c in out if c[0].country == span.country]
    excluded = HINT_EXCLUDES.get(span.hint) if span.hint else None
    if excluded:
        out = [c for c in out if c[0].feature not in excluded]
    return out


@dataclass(frozen=True, slots=True)
class Setting:
    """What is known about a document before its names are read."""

    language: str | None = None
    source_country: str | None = None
    area: tuple[str, ...] = ()


def prior_parts(
    place: GazetteerPlace, alias: Alias | None, hint: FeatureHint | None, setting: Setting
) -> dict[str, float]:
    """The parts of a candidate's score that do not depend on the rest of the document."""
    used_by = alias.used_by if alias else None
    if used_by in LIVE_NAMES.get(setting.language or "", frozenset()):
        used_by = "official"
    parts = {
        "population": min(1.2, math.log10(place.population + 1) / 7),
        "feature": FEATURE_PRIOR.get(place.feature, 0.0),
        "name": NAME_PRIOR.get(used_by, 0.0),
    }
    if hint and place.feature in HINT_FEATURES[hint]:
        parts["hint"] = W_HINT
    if setting.source_country and place.country == setting.source_country:
        parts["source_country"] = W_SOURCE
    if place.country in setting.area:
        parts["area"] = W_AREA
    return parts


def _softmax(scores: list[float]) -> list[float]:
    """Probabilities from scores at the module's temperature."""
    if not scores:
        return []
    top = max(scores)
    weights = [math.exp((s - top) / TEMPERATURE) for s in scores]
    total = sum(weights)
    return [w / total for w in weights]


def _votes(groups: list[Group]) -> tuple[dict[str, float], dict[tuple[str, str], float], float]:
    """Country and region mass over all names, each name spreading one vote by probability."""
    countries: dict[str, float] = defaultdict(float)
    regions: dict[tuple[str, str], float] = defaultdict(float)
    total = 0.0
    for group in groups:
        if not group.candidates:
            continue
        total += 1.0
        for (place, _alias), p in zip(group.candidates, group.probs, strict=True):
            if place.country:
                countries[place.country] += p
                if place.admin1 and place.feature != "country":
                    regions[(place.country, place.admin1)] += p
    return countries, regions, total


def _own(group: Group) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
    """A name's own vote, to take out of the focus it is scored against."""
    countries: dict[str, float] = defaultdict(float)
    regions: dict[tuple[str, str], float] = defaultdict(float)
    for (place, _alias), p in zip(group.candidates, group.probs, strict=True):
        if place.country:
            countries[place.country] += p
            if place.admin1 and place.feature != "country":
                regions[(place.country, place.admin1)] += p
    return countries, regions


def _contained(place: GazetteerPlace, container: GazetteerPlace) -> bool:
    """Whether ``container`` (a region or country) holds ``place``."""
    if container.feature == "country":
        return place.country == container.country and place.place_id != container.place_id
    if container.feature == "admin1":
        return place.country == container.country and place.admin1 == container.admin1 \
            and place.place_id != container.place_id
    return False


def score_group(group: Group, focus: tuple[dict[str, float], dict[tuple[str, str], float],
                float] | None, setting: Setting) -> list[ScoredCandidate]:
    """Score every candidate of a name, in the document's focus when one is given.

    Returns:
        Scored candidates, best first.
    """
    hint = next((s.hint for s in group.spans if s.hint), None)
    own = _own(group) if focus and group.probs else ({}, {})
    biggest_city = max((p.population for p, _a in group.candidates if p.feature == "city"),
                       default=0)
    scored = []
    for place, alias in group.candidates:
        parts = prior_parts(place, alias, hint, setting)
        if place.feature == "admin1" and 0 < place.population <= biggest_city and hint != "admin1":
            # A region no bigger than a city of the same name is not the one a bare name
            # means more often: "Gaza" is the city of 410,000, not the Mozambican province
            # of 385,000. The region keeps only a city's prior.
            parts["feature"] = FEATURE_PRIOR["city"]
        if focus is not None:
            countries, regions, total = focus
            others = total - (1.0 if group.probs else 0.0)
            if others > 0 and place.country:
                share = (countries.get(place.country, 0.0) - own[0].get(place.country, 0.0))
                parts["country_focus"] = W_COUNTRY * share / others
                if place.admin1 and place.feature != "country":
                    region = (place.country, place.admin1)
                    share = regions.get(region, 0.0) - own[1].get(region, 0.0)
                    parts["region_focus"] = W_REGION * share / others
        if any(_contained(place, c) for c in group.containers):
            parts["container"] = W_CONTAINER
        scored.append(ScoredCandidate(place, alias, round(sum(parts.values()), 4), parts))
    scored.sort(key=lambda c: (-c.score, -c.place.population, c.place.place_id))
    return scored


def resolve_groups(groups: list[Group], setting: Setting, rounds: int = 2) -> None:
    """Score all names of a document together, letting each round's choices set the focus.

    Args:
        groups: The document's names with their candidates; filled in place.
        setting: Language, outlet country and area of the document.
        rounds: How many times to re-score against the focus of the previous round.
    """
    focus = None
    for _ in range(rounds + 1):
        for group in groups:
            group.scored = score_group(group, focus, setting)
            by_id = {c.place.place_id: c.score for c in group.scored}
            group.probs = _softmax([by_id[p.place_id] for p, _a in group.candidates])
        focus = _votes(groups)


def distance_km(a: GazetteerPlace, b: GazetteerPlace) -> float:
    """Great-circle distance between two places."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(
        (lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def confidence(group: Group) -> tuple[float, bool]:
    """The chosen candidate's probability, and whether a far-away rival is nearly as likely."""
    if not group.scored:
        return 0.0, False
    probs = _softmax([c.score for c in group.scored])
    best = group.scored[0].place
    ambiguous = len(probs) > 1 and probs[0] - probs[1] < AMBIGUOUS_MARGIN and distance_km(
        best, group.scored[1].place) > _NEAR_KM
    return round(probs[0], 4), ambiguous


def isolated(group: Group, groups: list[Group]) -> bool:
    """Whether a name's chosen place is small and far from every other place in the text.

    Only judged when other names resolved to places with a location finer than a region;
    a small place in a region another name supports is never isolated.
    """
    if not group.scored:
        return False
    best = group.scored[0]
    if best.place.population >= ISOLATED_POPULATION or best.parts.get("region_focus", 0) > 0.05:
        return False
    if best.place.feature in ("country", "admin1", "admin2"):
        return False
    others = [g.scored[0].place for g in groups if g is not group and g.scored
              and g.scored[0].place.feature not in ("country", "admin1")]
    return bool(others) and min(distance_km(best.place, o) for o in others) > ISOLATED_KM
