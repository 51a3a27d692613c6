"""Disambiguation by the document: namesakes, containers, source country; and ``explain``."""

from __future__ import annotations

from sitrep.analyze.places import PlaceExtractor

POKROVSK = "gn:704422"
KRASNOARMEYSK_MOSCOW = "gn:542463"
DONETSK_UA = "gn:709717"
DONETSK_ROSTOV = "gn:565348"


def _ids(places: PlaceExtractor, text: str) -> dict[str, str | None]:
    return {m.text: (m.place.place_id if m.place else None)
            for m in places.extract(text, language="en")}


def test_donetsk_focus_beats_moscow_oblast_namesake(places: PlaceExtractor) -> None:
    # Krasnoarmeysk is a town's name in Moscow Oblast and Pokrovsk's former name.
    text = ("Russian troops shelled Krasnoarmeysk and Myrnohrad overnight, "
            "the Donetsk Oblast military administration said.")
    assert _ids(places, text)["Krasnoarmeysk"] == POKROVSK


def test_moscow_focus_keeps_the_moscow_oblast_town(places: PlaceExtractor) -> None:
    text = ("A warehouse burned in Krasnoarmeysk, a town near Sergiyev Posad "
            "in Moscow Oblast.")
    assert _ids(places, text)["Krasnoarmeysk"] == KRASNOARMEYSK_MOSCOW


def test_region_after_a_comma_contains_the_town(places: PlaceExtractor) -> None:
    assert _ids(places, "Flooding hit Donetsk, Rostov Oblast, on Monday.")["Donetsk"] == \
        DONETSK_ROSTOV
    assert _ids(places, "Shelling hit Donetsk on Monday.")["Donetsk"] == DONETSK_UA


def test_us_state_abbreviation_after_a_town(places: PlaceExtractor) -> None:
    mentions = places.extract("The fire at a home in Alexandria, La., was set on purpose.",
                              language="en")
    by_text = {m.text: m for m in mentions}
    assert by_text["Alexandria"].place is not None
    assert by_text["Alexandria"].place.admin1 == "Louisiana"
    assert by_text["La."].place is not None and by_text["La."].place.feature == "admin1"


def test_nothing_found_in_text_without_places(places: PlaceExtractor) -> None:
    assert places.extract("The meeting ended without any agreement.", language="en") == []
    assert places.extract("", language="en") == []


def test_explain_lists_scored_candidates_with_aliases(places: PlaceExtractor) -> None:
    scored = places.explain("Покровську")
    assert scored[0].place.place_id == POKROVSK
    assert scored == sorted(scored, key=lambda c: -c.score)
    assert {"population", "feature", "name"} <= set(scored[0].parts)
    assert abs(sum(scored[0].parts.values()) - scored[0].score) < 1e-3
    assert any(a.name == "Красноармейск" for a in scored[0].aliases)


def test_explain_source_country_adds_a_part(places: PlaceExtractor) -> None:
    scored = places.explain("Pokrovsk", source_country="UA")
    assert scored[0].place.place_id == POKROVSK
    assert "source_country" in scored[0].parts


def test_region_no_bigger_than_a_namesake_city_loses_its_prior() -> None:
    from sitrep.analyze.places.resolve import Group, Setting, score_group
    from sitrep.analyze.places.spans import Span
    from sitrep.model import GazetteerPlace

    region = GazetteerPlace("gn:1", "Testa", 0.0, 0.0, "AA", "01", "admin1", 300_000)
    city = GazetteerPlace("gn:2", "Testa", 10.0, 10.0, "BB", "02", "city", 320_000)
    group = Group(("testa",), [Span(0, 5, "Testa", ("testa",), "ner")],
                  [(region, None), (city, None)])
    assert score_group(group, None, Setting())[0].place is city
