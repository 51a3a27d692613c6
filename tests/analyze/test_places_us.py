"""US news forms: dotted state abbreviations, counties heading an organisation's name."""

from __future__ import annotations

from sitrep.analyze.places import PlaceExtractor
from sitrep.analyze.places.english import dotted_states


def test_dotted_state_abbreviations_anywhere() -> None:
    spans = dotted_states("Rep. Doe, D-N.H., spoke in Concord; Ga., W.Va. and W. Va. too.")
    assert [(s.text, s.keys[0], s.country) for s in spans] == [
        ("N.H.", "new hampshire", "US"), ("W.Va.", "west virginia", "US"),
        ("W. Va.", "west virginia", "US")]


def test_state_abbreviation_heading_an_agency(places: PlaceExtractor) -> None:
    mentions = places.extract("The N.H. Highway Patrol said the crash happened on Sunday.",
                              language="en")
    assert [(m.text, m.place.feature if m.place else None) for m in mentions] == [
        ("N.H.", "admin1")]


def test_county_named_with_its_generic_word_heads_an_organisation(
    places: PlaceExtractor,
) -> None:
    mentions = places.extract("The Ashtabula County Sheriff's Office said it would close.",
                              language="en")
    assert [(m.text, m.place.feature if m.place else None) for m in mentions] == [
        ("Ashtabula County", "admin2")]


def test_part_of_a_place_is_the_place(places: PlaceExtractor) -> None:
    mentions = places.extract("Storms hit North Texas and Western Massachusetts on Sunday.",
                              language="en")
    assert [(m.text, m.place.name if m.place else None) for m in mentions] == [
        ("North Texas", "Texas"), ("Western Massachusetts", "Massachusetts")]


def test_possessive_is_not_part_of_the_name(places: PlaceExtractor) -> None:
    mentions = places.extract("Moscow has called St. Petersburg’s governor back.",
                              language="en")
    assert "St. Petersburg" in [m.text for m in mentions]
