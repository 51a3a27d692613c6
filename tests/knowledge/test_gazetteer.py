"""Looking real places up in the built gazetteer: names, aliases, villages, regions."""

from __future__ import annotations

import csv
import math
import pickle
from importlib import resources
from pathlib import Path

import pytest

from sitrep.knowledge.gazetteer import BuildReport, Gazetteer, GazetteerError
from sitrep.model import Alias, GazetteerPlace

POKROVSK = "gn:704422"
BAKHMUT = "gn:713174"


def _ids(gazetteer: Gazetteer, name: str) -> list[str]:
    return [place.place_id for place, _alias in gazetteer.candidates(name)]


def _find(gazetteer: Gazetteer, name: str, place_id: str) -> tuple[GazetteerPlace, Alias | None]:
    for place, alias in gazetteer.candidates(name):
        if place.place_id == place_id:
            return place, alias
    raise AssertionError(f"{name!r} does not give {place_id}: {_ids(gazetteer, name)}")


def _km(place: GazetteerPlace, lat: float, lon: float) -> float:
    dy = (place.lat - lat) * 111.0
    dx = (place.lon - lon) * 111.0 * math.cos(math.radians(lat))
    return math.hypot(dx, dy)


def test_build_report_counts(gazetteer_build: BuildReport) -> None:
    assert gazetteer_build.problems == []
    assert gazetteer_build.counts["geonames_places"] == 234_908
    assert gazetteer_build.counts["osm_added"] > 9_000
    assert gazetteer_build.places > 280_000
    assert gazetteer_build.seconds < 120


@pytest.mark.parametrize("name", ["Pokrovsk", "Pokrovs'k", "Pokrovs’k", "Покровськ", "Покровск"])
def test_pokrovsk_by_current_names(gazetteer: Gazetteer, name: str) -> None:
    place, _alias = _find(gazetteer, name, POKROVSK)
    assert place.geonameid == 704422
    assert place.country == "UA"
    assert place.admin1 == "Donetsk Oblast"
    assert abs(place.lat - 48.28) < 0.05 and abs(place.lon - 37.18) < 0.05


def test_main_name_has_no_alias(gazetteer: Gazetteer) -> None:
    _place, alias = _find(gazetteer, "Pokrovsk", POKROVSK)
    assert alias is None
    _place, alias = _find(gazetteer, "Покровськ", POKROVSK)
    assert alias is not None and alias.used_by == "official"


@pytest.mark.parametrize("name", ["Krasnoarmeysk", "Красноармейск", "Красноармійськ"])
def test_pokrovsk_by_soviet_name(gazetteer: Gazetteer, name: str) -> None:
    place, alias = _find(gazetteer, name, POKROVSK)
    assert place.name == "Pokrovsk"
    assert alias is not None
    assert alias.used_by == "historical"
    assert alias.valid_until == "2016-05-12"


def test_soviet_name_still_used_by_russian_side(gazetteer: Gazetteer) -> None:
    records = [a for a in gazetteer.aliases(POKROVSK) if a.name == "Krasnoarmeysk"]
    assert {(a.used_by, a.valid_from, a.valid_until) for a in records} == {
        ("historical", None, "2016-05-12"),
        ("ru", "2016-05-12", None),
    }


@pytest.mark.parametrize("name", ["Artemovsk", "Artyomovsk", "Артемовск", "Артемівськ"])
def test_bakhmut_by_former_name(gazetteer: Gazetteer, name: str) -> None:
    place, alias = _find(gazetteer, name, BAKHMUT)
    assert place.name == "Bakhmut"
    assert alias is not None and alias.used_by in ("historical", "ru")


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("Dimitrov", "gn:710035"),
        ("Dzerzhinsk", "gn:709354"),
        ("Krasny Liman", "gn:704204"),
        ("Dnipropetrovsk", "gn:709930"),
        ("Kirovograd", "gn:705812"),
        ("Kiev", "gn:703448"),
        ("Kharkov", "gn:706483"),
        ("Zaporozhye", "gn:687700"),
        ("Odessa", "gn:698740"),
        ("Lugansk", "gn:702658"),
    ],
)
def test_renamings_and_russian_forms(gazetteer: Gazetteer, name: str, place_id: str) -> None:
    _place, alias = _find(gazetteer, name, place_id)
    assert alias is not None and alias.used_by in ("historical", "ru")


def test_svitle_is_ambiguous(gazetteer: Gazetteer) -> None:
    places = [p for p, _ in gazetteer.candidates("Svitle") if p.country == "UA"]
    assert len(places) >= 10
    assert len({(round(p.lat, 1), round(p.lon, 1)) for p in places}) >= 10


@pytest.mark.parametrize("name", ["Novoselydivka", "Новоселидівка", "Новоселидовка"])
def test_front_line_village_from_osm(gazetteer: Gazetteer, name: str) -> None:
    near = [
        p
        for p, _alias in gazetteer.candidates(name)
        if p.admin1 == "Donetsk Oblast" and _km(p, 48.0552, 37.2906) < 3
    ]
    assert len(near) == 1, gazetteer.candidates(name)
    assert near[0].feature == "village"


def test_kachin_is_not_near_pokrovsk(gazetteer: Gazetteer) -> None:
    assert all(p.admin1 != "Donetsk Oblast" for p, _ in gazetteer.candidates("Kachin"))


def test_is_name_and_max_words(gazetteer: Gazetteer) -> None:
    assert gazetteer.is_name("pokrovsk")
    assert gazetteer.is_name("красноармейск")
    assert gazetteer.is_name("velyka novosilka")
    assert not gazetteer.is_name("Pokrovsk")  # takes normalised names only
    assert not gazetteer.is_name("no such place anywhere")
    assert 3 <= gazetteer.max_name_words <= 6


def test_get_and_geonameid(gazetteer: Gazetteer) -> None:
    place = gazetteer.get(POKROVSK)
    assert place is not None and place == gazetteer.by_geonameid(704422)
    assert gazetteer.get("gn:0") is None


@pytest.mark.parametrize(
    "name",
    ["Donetsk Oblast", "Donetsk region", "Донецька область", "Донецкая область", "Донеччина"],
)
def test_oblast_names(gazetteer: Gazetteer, name: str) -> None:
    regions = [p for p, _ in gazetteer.candidates(name) if p.feature == "admin1"]
    assert [p.place_id for p in regions] == ["gn:709716"]


def test_region_and_country_places(gazetteer: Gazetteer) -> None:
    oblast = gazetteer.admin1_place("UA", "Donetsk Oblast")
    assert oblast is not None and oblast.place_id == "gn:709716"
    assert gazetteer.admin1_place("UA", "05") == oblast
    assert gazetteer.admin1_place("UA", "Донецька область") == oblast
    kursk = gazetteer.admin1_place("RU", "Kursk Oblast")
    assert kursk is not None and 50 < kursk.lat < 53
    ukraine = gazetteer.country_place("ua")
    assert ukraine is not None and ukraine.feature == "country" and 44 < ukraine.lat < 53
    assert {p.place_id for p, _ in gazetteer.candidates("Украина")} >= {ukraine.place_id}


def test_us_states_and_counties(gazetteer: Gazetteer) -> None:
    texas = gazetteer.admin1_place("US", "Texas")
    assert texas is not None and 25 < texas.lat < 37
    harris = [p for p, _ in gazetteer.candidates("Harris County") if p.admin1 == "Texas"]
    assert len(harris) == 1 and harris[0].feature == "admin2"
    assert abs(harris[0].lat - 29.8) < 0.6 and abs(harris[0].lon + 95.4) < 0.6


def test_kursk_border_town(gazetteer: Gazetteer) -> None:
    place, _ = _find(gazetteer, "Суджа", "gn:486816")
    assert place.admin1 == "Kursk Oblast"


def test_user_aliases_need_no_rebuild(
    gazetteer_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text(
        "aliases:\n  - place: gn:704422\n    names: [Krasnogorod, {name: Pokr, used_by: ua}]\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("SITREP_ALIASES", str(aliases))
    with Gazetteer.open(gazetteer_path, build_if_missing=False) as gazetteer:
        assert gazetteer.is_name("krasnogorod")
        place, alias = _find(gazetteer, "Krasnogorod", POKROVSK)
        assert alias is not None and alias.used_by == "user" and place.name == "Pokrovsk"
        assert _find(gazetteer, "pokr", POKROVSK)[1] == Alias("Pokr", POKROVSK, "ua")
        assert any(a.name == "Krasnogorod" for a in gazetteer.aliases(POKROVSK))


def test_missing_file_without_build_raises(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="sitrep gazetteer build"):
        Gazetteer.open(tmp_path / "none.sqlite", build_if_missing=False)


def test_pickles_as_reopen(gazetteer: Gazetteer) -> None:
    copy = pickle.loads(pickle.dumps(gazetteer))
    try:
        assert copy.get(POKROVSK) == gazetteer.get(POKROVSK)
    finally:
        copy.close()


@pytest.mark.parametrize("name", ["Kyiv", "Киев", "Київ"])
def test_city_regions_do_not_shadow_their_city(gazetteer: Gazetteer, name: str) -> None:
    places = gazetteer.candidates(name)
    assert places[0][0].place_id == "gn:703448"
    assert all(p.feature != "admin1" for p, _ in places)


def test_osm_city_merges_into_geonames(gazetteer: Gazetteer) -> None:
    cities = [p for p, _ in gazetteer.candidates("Донецьк") if p.admin1 == "Donetsk Oblast"]
    assert [p.place_id for p in cities if p.feature == "city"] == ["gn:709717"]


def test_occupation_entity_names_point_at_the_oblast(gazetteer: Gazetteer) -> None:
    _place, alias = _find(gazetteer, "ДНР", "gn:709716")
    assert alias is not None and alias.used_by == "ru"


def test_region_point_is_its_area_centre(gazetteer: Gazetteer) -> None:
    # Queensland's places crowd its south-east coast; the region's point is its area centre,
    # north of the Tropic of Capricorn and inland, not near Brisbane (about -27.5, 153).
    queensland = gazetteer.admin1_place("AU", "Queensland")
    assert queensland is not None
    assert -23.4 < queensland.lat < -17 and 141 < queensland.lon < 148


@pytest.mark.parametrize(("name", "place_id"), [
    ("Dagestan", "gn:567293"), ("Tatarstan", "gn:484048"), ("Karelia", "gn:552548"),
    ("Udmurtia", "gn:479613"),
])
def test_russian_republics_by_bare_name(gazetteer: Gazetteer, name: str, place_id: str) -> None:
    regions = [p.place_id for p, _ in gazetteer.candidates(name) if p.feature == "admin1"]
    assert regions == [place_id]


def test_countries_sit_at_the_shipped_geonames_points(gazetteer: Gazetteer) -> None:
    """A country's point is the one its GeoNames entry has (data/country_points.csv, source
    ``geonames``), so the point and the geonameid the contract reports agree."""
    path = Path(str(resources.files("sitrep.knowledge") / "data" / "country_points.csv"))
    with path.open(encoding="utf-8", newline="") as handle:
        shipped = {r["iso2"]: r for r in csv.DictReader(handle)}
    assert sum(r["source"] == "geonames" for r in shipped.values()) >= 190
    for iso2 in ("US", "CA", "UA", "RU", "AU", "IN"):
        place = gazetteer.country_place(iso2.lower())
        assert place is not None and shipped[iso2]["source"] == "geonames"
        assert (place.lat, place.lon) == (float(shipped[iso2]["lat"]), float(shipped[iso2]["lon"]))
