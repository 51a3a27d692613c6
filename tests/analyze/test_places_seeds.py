"""The place stage on the two seed reports: the same battle told by each side."""

from __future__ import annotations

import pytest

from sitrep.analyze.places import PlaceExtractor
from sitrep.model import PlaceMention

from support import FIXTURES

POKROVSK = "gn:704422"
DONETSK_OBLAST = "gn:709716"
DPR_REPORT = FIXTURES / "text" / "report-dpr-krasnogorod.txt"
KI_REPORT = FIXTURES / "text" / "report-kyiv-independent-pokrovsk.txt"


def _extract(places: PlaceExtractor, path: str) -> tuple[str, list[PlaceMention]]:
    text = DPR_REPORT.read_text() if path == "dpr" else KI_REPORT.read_text()
    return text, places.extract(text, language="en")


def _named(mentions: list[PlaceMention], text: str) -> list[PlaceMention]:
    return [m for m in mentions if m.text == text]


@pytest.mark.parametrize("report", ["dpr", "ki"])
def test_pokrovsk_resolves_in_both_reports(places: PlaceExtractor, report: str) -> None:
    _text, mentions = _extract(places, report)
    pokrovsk = _named(mentions, "Pokrovsk")
    assert len(pokrovsk) >= 4
    assert {m.place.place_id for m in pokrovsk if m.place} == {POKROVSK}
    assert all(m.place and m.place.geonameid == 704422 for m in pokrovsk)


@pytest.mark.parametrize("report", ["dpr", "ki"])
def test_spans_are_offsets_into_the_text_sorted(places: PlaceExtractor, report: str) -> None:
    text, mentions = _extract(places, report)
    assert mentions == sorted(mentions, key=lambda m: m.start)
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.stage == "places.v1"


def test_krasnogorod_is_an_asserted_alias_of_pokrovsk(places: PlaceExtractor) -> None:
    _text, mentions = _extract(places, "dpr")
    krasnogorod = _named(mentions, "Krasnogorod")
    assert len(krasnogorod) == 2  # the headline and "the city of Krasnogorod (Ukrainian name …)"
    for m in krasnogorod:
        assert m.place is not None and m.place.place_id == POKROVSK
        assert m.flags == ("asserted_alias", "not_in_gazetteer")
        assert m.alias is not None
        assert (m.alias.name, m.alias.used_by, m.alias.place_id) == (
            "Krasnogorod", "asserted", POKROVSK)


def test_kachin_stays_unresolved_and_the_rest_still_resolves(places: PlaceExtractor) -> None:
    _text, mentions = _extract(places, "dpr")
    kachin = _named(mentions, "Kachin")
    assert len(kachin) == 1
    assert kachin[0].place is None
    assert kachin[0].flags[0] == "unresolved"
    resolved = [m for m in mentions if m.place is not None]
    assert {m.place.place_id for m in resolved if m.place} >= {POKROVSK, "gn:690791"}


def test_landmarks_are_kept_with_pokrovsk(places: PlaceExtractor) -> None:
    _text, mentions = _extract(places, "ki")
    landmarks = {m.text: m for m in mentions if "landmark" in m.flags}
    assert {"railway station", "Pokrovsk Pedagogical College", "Sobornyi Square"} <= set(landmarks)
    for m in landmarks.values():
        assert m.place is not None and m.place.place_id == POKROVSK
        assert m.flags == ("landmark",)


def test_donetsk_oblast_resolves_to_the_region(places: PlaceExtractor) -> None:
    _text, mentions = _extract(places, "ki")
    oblast = _named(mentions, "Donetsk Oblast")
    assert len(oblast) == 2
    for m in oblast:
        assert m.place is not None and m.place.place_id == DONETSK_OBLAST
        assert m.place.feature == "admin1"


def test_countries_resolve(places: PlaceExtractor) -> None:
    _text, mentions = _extract(places, "ki")
    ids = {m.text: m.place.place_id for m in mentions if m.place}
    assert ids["Ukraine"] == "gn:690791"
    assert ids["Russia"] == "gn:2017370"


def test_rules_only_mode_finds_the_same_core(places_rules: PlaceExtractor) -> None:
    text = KI_REPORT.read_text()
    mentions = places_rules.extract(text, language="en")
    found = {m.text: m.place.place_id for m in mentions if m.place}
    assert found["Pokrovsk"] == POKROVSK
    assert found["Donetsk Oblast"] == DONETSK_OBLAST
