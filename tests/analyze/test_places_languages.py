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


@pytest.mark.parametrize(
    "text",
    [
        "Того разу бої тривали в Ізюмі.",  # the pronoun "той", not Togo
        "Рішення ухвалив Окружний суд м. Ізюма.",  # a court's name, adjective and all
        "Він член Радикальної партії України.",  # a party's name: lemma of a lower word
        "Вчора Богдан Лисенко повернувся додому.",  # first name and surname
        "Тоді Стефаник відповів листом.",  # an uncued surname
    ],
)
def test_words_that_are_no_places(places: PlaceExtractor, text: str) -> None:
    mentions = places.extract(text, language="uk")
    assert [m.text for m in mentions if m.text != "Ізюмі"] == []


def test_place_after_a_preposition_is_not_part_of_an_organisation(
    places: PlaceExtractor,
) -> None:
    mentions = places.extract("Він очолював осередок Партії зелених в Ізюмі.", language="uk")
    assert [m.text for m in mentions] == ["Ізюмі"]


def test_region_adjectives_take_the_generic_noun_their_list_ends_in(
    places: PlaceExtractor,
) -> None:
    mentions = places.extract("Команди Конотопського і Шосткинського районів зіграли внічию.",
                              language="uk")
    assert mentions[0].text == "Конотопського"
    assert mentions[0].place is not None and mentions[0].place.feature == "admin2"


def test_a_place_listed_after_a_cued_one_is_cued_too(places: PlaceExtractor) -> None:
    mentions = places.extract("Бої йшли між Ізюмом та Балаклією.", language="uk")
    assert [m.text for m in mentions] == ["Ізюмом", "Балаклією"]


def test_a_person_in_the_instrumental_after_with_is_company(places: PlaceExtractor) -> None:
    mentions = places.extract("Вчора він говорив із Суворовим у Балаклії.", language="uk")
    assert [m.text for m in mentions] == ["Балаклії"]
