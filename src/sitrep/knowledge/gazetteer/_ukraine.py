"""Ukraine's villages into the collection: the OSM extract first, then GeoNames postal places."""

# Both are merged into the places already collected when the same name lies within MERGE_KM in
# the same oblast, so a village reported under any of its names is one place and keeps its
# GeoNames id.

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

from sitrep.knowledge.gazetteer._collect import Collection, PlaceRow, distance_km
from sitrep.knowledge.gazetteer._forms import romanize_ru, romanize_uk, russify_uk
from sitrep.knowledge.gazetteer._schema import RANK_GENERATED, RANK_SOURCE
from sitrep.knowledge.gazetteer._sources import (
    OsmSettlement,
    PostalPlace,
    read_osm_settlements,
    read_postal_places,
)
from sitrep.knowledge.names import normalize_name
from sitrep.model import PlaceFeature

MERGE_KM = 3.0
"""Same name within this distance and oblast: one place (OSM maps a village as node and area)."""

LOW_PRECISION_KM = 25.0
"""Postal rows with GeoNames accuracy 1 sit at a raion centre: "somewhere within ~25 km"."""

_OSM_FEATURES: dict[str, PlaceFeature] = {
    "city": "city",
    "town": "town",
    "village": "village",
    "hamlet": "hamlet",
}
_OSM_TYPE_ORDER = {"node": 0, "way": 1, "relation": 2}
# A city's OSM point (a boundary's centre) can lie several km from GeoNames' point for it.
_MERGE_KM_BY_FEATURE: dict[str, float] = {"city": 15.0, "town": 6.0}


def _region_codes() -> tuple[dict[str, str], dict[str, str]]:
    """Oblast short name (Донецька) and postal name (Donetska) -> GeoNames admin1 code."""
    path = Path(str(resources.files("sitrep.knowledge") / "data" / "regions.csv"))
    by_uk: dict[str, str] = {}
    by_postal: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["country"] != "UA":
                continue
            by_uk[row["uk"].split(" ")[0]] = row["code"]
            if row["postal"]:
                by_postal[row["postal"]] = row["code"]
    return by_uk, by_postal


def _ukrainian_forms(coll: Collection, place_id: str, name_uk: str, name_en: str) -> None:
    """The official Ukrainian name, its romanisations and the Russian-style forms."""
    coll.add_name(place_id, name_uk, "official", "uk", RANK_SOURCE)
    if name_en:
        coll.add_name(place_id, name_en, "official", "en", RANK_SOURCE)
    coll.add_name(place_id, romanize_uk(name_uk), "official", "uk-Latn", RANK_GENERATED)
    for russian in russify_uk(name_uk):
        note = "generated Russian form"
        coll.add_name(place_id, russian, "ru", "ru", RANK_GENERATED, note=note)
        coll.add_name(place_id, romanize_ru(russian), "ru", "ru-Latn", RANK_GENERATED, note=note)


def _norms(*names: str) -> set[str]:
    return {normalize_name(n) for n in names if n}


def _dedupe_osm(rows: list[OsmSettlement]) -> list[OsmSettlement]:
    """One row per village: OSM maps many twice (boundary and node); the node wins."""
    groups: defaultdict[tuple[str, str], list[OsmSettlement]] = defaultdict(list)
    for row in rows:
        groups[(row.name_uk, row.oblast_uk)].append(row)
    kept: list[OsmSettlement] = []
    for group in groups.values():
        group.sort(key=lambda r: _OSM_TYPE_ORDER.get(r.osm_type, 3))
        chosen: list[OsmSettlement] = []
        for row in group:
            if all(distance_km(row.lat, row.lon, c.lat, c.lon) > MERGE_KM for c in chosen):
                chosen.append(row)
        kept += chosen
    return kept


def add_osm(coll: Collection, counts: Counter[str]) -> set[str]:
    """Add the OSM settlements of the 10 front-line oblasts, merging into GeoNames places.

    Returns:
        The admin1 codes of the oblasts the OSM file covers.
    """
    by_uk, _ = _region_codes()
    rows = list(read_osm_settlements())
    counts["osm_rows"] = len(rows)
    covered = {by_uk[r.oblast_uk] for r in rows if r.oblast_uk in by_uk}
    for row in _dedupe_osm(rows):
        code = by_uk.get(row.oblast_uk)
        latin = row.name_en or romanize_uk(row.name_uk)
        norms = _norms(row.name_uk, latin, romanize_uk(row.name_uk))
        feature = _OSM_FEATURES.get(row.place, "village")
        radius = _MERGE_KM_BY_FEATURE.get(feature, MERGE_KM)
        match = coll.near(norms, row.lat, row.lon, radius, code)
        if match is not None:
            counts["osm_merged"] += 1
            if match.source == "geonames" and match.feature in ("village", "town"):
                match.feature = feature
            place_id = match.place_id
        else:
            counts["osm_added"] += 1
            place_id = f"osm:{row.osm_type}/{row.osm_id}"
            coll.add_place(
                PlaceRow(place_id, latin, row.lat, row.lon, "UA", code, feature, source="osm")
            )
        _ukrainian_forms(coll, place_id, row.name_uk, row.name_en)
    return covered


def add_postal(coll: Collection, counts: Counter[str], osm_oblasts: set[str]) -> None:
    """Add GeoNames postal settlements not already known (all oblasts, Ukrainian names).

    Rows placed at a raion centre (accuracy 1), and any row in an oblast the OSM file covers
    (99.7 % complete there, so a postal point 3 km off is a misplaced duplicate), are added
    only when no place with the name exists in the oblast; raion-centre rows then carry
    ``precision_km``.
    """
    _, by_postal = _region_codes()
    for row in read_postal_places():
        code = by_postal.get(row.admin1_name)
        norms = _norms(row.name_uk, romanize_uk(row.name_uk))
        low = row.accuracy < 3
        if (low or code in osm_oblasts) and code is not None and coll.in_admin1(norms, code):
            counts["postal_skipped_in_oblast"] += 1
            continue
        if not low and coll.near(norms, row.lat, row.lon, MERGE_KM, code) is not None:
            counts["postal_merged"] += 1
            continue
        counts["postal_added_low" if low else "postal_added"] += 1
        _add_postal_place(coll, row, code, low)


def _add_postal_place(coll: Collection, row: PostalPlace, code: str | None, low: bool) -> None:
    place_id = f"postal:UA:{row.postal_code}"
    place = PlaceRow(
        place_id,
        romanize_uk(row.name_uk),
        row.lat,
        row.lon,
        "UA",
        code,
        "village",
        precision_km=LOW_PRECISION_KM if low else None,
        source="geonames-postal",
    )
    coll.add_place(place)
    _ukrainian_forms(coll, place_id, row.name_uk, "")
