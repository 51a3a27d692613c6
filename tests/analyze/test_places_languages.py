"""Places in Ukrainian and Russian: inflected forms through lemmas, aliases kept."""

from __future__ import annotations

import pytest

from sitrep.analyze.places import PlaceExtractor

POKROVSK = "gn:704422"
MYRNOHRAD = "gn:710035"
DONETSK_OBLAST = "gn:709716"


def test_ukrainian_inflected_forms(places: PlaceExtractor) -> None:
    text = "Бої тривають у Покровську та під Мирноградом"
    mentions = places.extract(text, language="uk")
    assert [(m.text, m.place.place_id if m.place else None) for m in mentions] == [
        ("Покровську", POKROVSK), ("Мирноградом", MYRNOHRAD)]
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_russian_former_name_keeps_its_alias(places: PlaceExtractor) -> None:
    mentions = places.extract("Бои идут под Красноармейском", language="ru")
    assert len(mentions) == 1
    m = mentions[0]
    assert m.text == "Красноармейском"
    assert m.place is not None and m.place.place_id == POKROVSK
    assert m.alias is not None and m.alias.used_by in ("historical", "ru")
    assert m.alias.name == "Красноармейск"


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("Ворог обстріляв населені пункти Донецької області.", "uk", "Донецької області"),
        ("Обстановка в Донецкой области остается напряженной.", "ru", "Донецкой области"),
        ("Ситуація на Донеччині залишається складною.", "uk", "Донеччині"),
    ],
)
def test_region_names(places: PlaceExtractor, text: str, language: str, surface: str) -> None:
    mentions = places.extract(text, language=language)
    assert [(m.text, m.place.place_id if m.place else None) for m in mentions] == [
        (surface, DONETSK_OBLAST)]


def test_language_is_detected_when_not_given(places: PlaceExtractor) -> None:
    mentions = places.extract("В Запорожье сообщили об ударах по местам формирования")
    assert [m.text for m in mentions] == ["Запорожье"]
    assert mentions[0].place is not None and mentions[0].place.country == "UA"


@pytest.mark.parametrize("apostrophe", ["'", "’", "ʼ"])
def test_apostrophe_variants(places: PlaceExtractor, apostrophe: str) -> None:
    text = f"Вибухи пролунали в Кам{apostrophe}янському вночі."
    mentions = places.extract(text, language="uk")
    assert len(mentions) == 1
    assert mentions[0].text == f"Кам{apostrophe}янському"
    assert mentions[0].place is not None and mentions[0].place.admin1 == "Dnipropetrovsk Oblast"


@pytest.mark.parametrize("apostrophe", ["'", "’", "ʼ"])
def test_apostrophe_variants_latin(places: PlaceExtractor, apostrophe: str) -> None:
    text = f"Explosions were heard in Kam{apostrophe}ianske overnight."
    mentions = places.extract(text, language="en")
    assert [m.text for m in mentions] == [f"Kam{apostrophe}ianske"]
    assert mentions[0].place is not None and mentions[0].place.admin1 == "Dnipropetrovsk Oblast"
