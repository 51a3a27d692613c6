"""The in-memory collection a build fills: places, name records and a by-name lookup."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from sitrep.knowledge.gazetteer._schema import (
    MAX_NAME_WORDS,
    RANK_CURATED,
    RANK_MAIN,
)
from sitrep.knowledge.names import normalize_name
from sitrep.model import AliasUser, PlaceFeature

_EARTH_KM = 6371.0
# Which record of one name for one place to keep when sources disagree: the most specific.
_USER_ORDER: dict[str, int] = {
    "official": 0,
    "historical": 1,
    "ru": 2,
    "ua": 3,
    "asserted": 4,
    "user": 5,
    "common": 6,
}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance; villages 3 km apart with one name are one village."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass(slots=True)
class PlaceRow:
    """A place while the build runs (mutable: a merged OSM village sets its feature)."""

    place_id: str
    name: str
    lat: float
    lon: float
    country: str | None
    admin1_code: str | None
    feature: PlaceFeature
    population: int = 0
    geonameid: int | None = None
    precision_km: float | None = None
    source: str = "geonames"


@dataclass(frozen=True, slots=True)
class NameRow:
    """One name record: who uses the name for the place, since/until when, how sure."""

    norm: str
    place_id: str
    name: str
    used_by: AliasUser
    lang: str | None
    rank: int
    valid_from: str | None = None
    valid_until: str | None = None
    note: str | None = None


@dataclass(slots=True)
class Collection:
    """Everything the build has gathered before it is written out."""

    places: dict[str, PlaceRow] = field(default_factory=dict)
    # The best non-curated record per (norm, place id), and every curated one.
    best: dict[tuple[str, str], NameRow] = field(default_factory=dict)
    curated: defaultdict[tuple[str, str], list[NameRow]] = field(
        default_factory=lambda: defaultdict(list)
    )
    # norm -> place ids, kept only for places that later sources may merge into (Ukraine).
    by_norm: defaultdict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    tracked_countries: frozenset[str] = frozenset({"UA"})

    def add_place(self, place: PlaceRow, *, index_name: bool = True) -> None:
        """Add a place and, unless told not to, its main name (rank 0)."""
        self.places[place.place_id] = place
        if index_name:
            self.add_name(place.place_id, place.name, "official", None, RANK_MAIN)

    def add_name(
        self,
        place_id: str,
        name: str,
        used_by: AliasUser,
        lang: str | None,
        rank: int,
        *,
        valid_from: str | None = None,
        valid_until: str | None = None,
        note: str | None = None,
    ) -> None:
        """Add one name record; empty names and names of too many words are skipped."""
        norm = fast_normalize(name.replace("_", " "))
        if not norm or norm.count(" ") >= MAX_NAME_WORDS:
            return
        row = NameRow(norm, place_id, name, used_by, lang, rank, valid_from, valid_until, note)
        key = (norm, place_id)
        if rank == RANK_CURATED:
            same = [(r.used_by, r.valid_from, r.valid_until) for r in self.curated[key]]
            if (used_by, valid_from, valid_until) not in same:
                self.curated[key].append(row)
        else:
            current = self.best.get(key)
            if current is None or _order(row) < _order(current):
                self.best[key] = row
        place = self.places.get(place_id)
        if place is not None and place.country in self.tracked_countries:
            ids = self.by_norm[norm]
            if place_id not in ids:
                ids.append(place_id)

    def near(
        self, norms: set[str], lat: float, lon: float, km: float, admin1: str | None = None
    ) -> PlaceRow | None:
        """The nearest tracked place within ``km`` that has one of these names, if any."""
        best: tuple[float, PlaceRow] | None = None
        for norm in norms:
            for place_id in self.by_norm.get(norm, ()):
                place = self.places[place_id]
                if admin1 is not None and place.admin1_code != admin1:
                    continue
                dist = distance_km(lat, lon, place.lat, place.lon)
                if dist <= km and (best is None or dist < best[0]):
                    best = (dist, place)
        return best[1] if best else None

    def in_admin1(self, norms: set[str], admin1: str) -> bool:
        """Whether a tracked place with one of these names lies in this admin1 region."""
        return any(
            self.places[pid].admin1_code == admin1
            for norm in norms
            for pid in self.by_norm.get(norm, ())
        )

    def final_names(self) -> list[NameRow]:
        """The name records to write, one decision per (name, place).

        A main name beats every other record of the same name; curated records (several may
        stand: historical until 2016 and ru since) beat source and generated ones; otherwise
        the lowest rank and most specific user wins.
        """
        out: list[NameRow] = []
        for key, row in self.best.items():
            if row.place_id in self.places and (row.rank == RANK_MAIN or key not in self.curated):
                out.append(row)
        for key, rows in self.curated.items():
            main = self.best.get(key)
            if rows[0].place_id in self.places and (main is None or main.rank != RANK_MAIN):
                out += rows
        return out


def _order(row: NameRow) -> tuple[int, int]:
    return (row.rank, _USER_ORDER.get(row.used_by, 9))


def fast_normalize(name: str) -> str:
    """``normalize_name`` with a fast path for plain ASCII names (most of cities500).

    For ASCII, NFC and casefolding are ``lower()``; only apostrophes, dashes and spacing are
    left to fix. Anything else goes through ``normalize_name`` itself; a test checks that both
    agree on every name of a sample.
    """
    if not name.isascii():
        return normalize_name(name)
    text = name.lower()
    if "'" in text or "`" in text:
        text = text.replace("'", "").replace("`", "")
    if "-" in text:
        text = text.replace("-", " ")
    return " ".join(text.split())
