"""Actor mentions: knowledge-base matches with sides, NER for unlisted names, Cyrillic people."""

from __future__ import annotations

from typing import Any

from sitrep.analyze.actors import find_actors
from sitrep.analyze.claims import extract_claims
from sitrep.analyze.russian_ner import RussianNER
from sitrep.knowledge.actors import ActorKB

from support import FIXTURES

SEEDS = FIXTURES / "text"


def test_seed_actors_with_sides(kb: ActorKB) -> None:
    text = (SEEDS / "report-kyiv-independent-pokrovsk.txt").read_text(encoding="utf-8")
    found = {(m.actor_id, m.side) for m in find_actors(text, kb, language="en")}
    assert {("ua-air-assault-forces", "ua"), ("ua-deepstate", "ua"),
            ("ua-skala-assault-battalion", "ua"), ("ua-special-operations-forces", "ua"),
            ("ua-military", "ua"), ("ru-military", "ru")} <= found


def test_spans_are_the_text_and_sorted(kb: ActorKB, nlp: Any) -> None:
    for name in ("report-dpr-krasnogorod.txt", "report-kyiv-independent-pokrovsk.txt"):
        text = (SEEDS / name).read_text(encoding="utf-8")
        mentions = find_actors(text, kb, nlp, "en")
        assert all(text[m.start:m.end] == m.text for m in mentions)
        assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_ner_adds_unlisted_people_with_unknown_side(kb: ActorKB, nlp: Any) -> None:
    # Real Kyiv Independent sentence (26 July 2024).
    text = ("Ukraine will receive $7.9 billion in direct support to the state budget by "
            "November this year, Ukrainian ambassador to the U.S., Oksana Markarova, said.")
    people = [m for m in find_actors(text, kb, nlp, "en") if m.kind == "person"]
    assert [(m.text, m.side, m.actor_id) for m in people] == [("Oksana Markarova", "unknown",
                                                               None)]


def test_without_nlp_only_the_knowledge_base(kb: ActorKB) -> None:
    text = "Oksana Markarova said Zelensky would travel."
    assert [m.actor_id for m in find_actors(text, kb, language="en")] == ["ua-zelensky"]


def test_cyrillic_first_name_and_surname_make_a_person(kb: ActorKB) -> None:
    # Real Lenta.ru item (3 Dec 2022).
    text = ("Президент Белоруссии Александр Лукашенко заявил, что власти Украины не готовы к "
            "переговорам с Россией. Лукашенко добавил, что спецслужбы Белоруссии не видят "
            "готовности Запада.")
    people = [m for m in find_actors(text, kb, language="ru") if m.kind == "person"]
    assert [(m.text, m.name) for m in people] == [("Александр Лукашенко", "Александр Лукашенко"),
                                                  ("Лукашенко", "Александр Лукашенко")]


# Real Lenta.ru items (3 Dec 2022, bundled sample feed).
LENTA_CIA = ("К тому моменту, когда закончится конфликт на территории Украины, страна потеряет "
             "весь юг и левобережье Днепра. Такое развитие событий предрек бывший советник ЦРУ "
             "Джеймс Рикардс. Он отметил, что Украина станет раздробленной страной, которая "
             "займет территорию лишь от Киева до Львова.")
LENTA_UFC = ("Олимпийский чемпион по спортивной гимнастике Никита Нагорный раскрутил на "
             "перекладине чемпиона UFC Ислама Махачева. Махачев стал гостем шоу Нагорного.")


def test_russian_ner_finds_people_and_bodies_the_base_does_not_list(
        kb: ActorKB, russian_ner: RussianNER) -> None:
    """A foreign first name ("Джеймс") is beyond the first-name rule; natasha finds it."""
    without = {m.text for m in find_actors(LENTA_CIA, kb, language="ru")}
    found = find_actors(LENTA_CIA, kb, language="ru", russian_ner=russian_ner)
    assert "Джеймс Рикардс" not in without
    assert {(m.text, m.kind) for m in found} >= {("Джеймс Рикардс", "person"),
                                                  ("ЦРУ", "organisation")}
    assert all(LENTA_CIA[m.start:m.end] == m.text for m in found)
    (claim,) = extract_claims(LENTA_CIA, actors=found, language="ru")
    assert (claim.claimant, claim.cue) == ("Джеймс Рикардс", "отметил")


def test_russian_ner_names_people_in_the_nominative(kb: ActorKB,
                                                    russian_ner: RussianNER) -> None:
    people = [m for m in find_actors(LENTA_UFC, kb, language="ru", russian_ner=russian_ner)
              if m.kind == "person"]
    assert ("Ислама Махачева", "Ислам Махачев") in {(m.text, m.name) for m in people}
    assert all(m.side == "unknown" for m in people)
