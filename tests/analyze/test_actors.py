"""Actor mentions: knowledge-base matches with sides, NER for unlisted names, Cyrillic people."""

from __future__ import annotations

from typing import Any

from sitrep.analyze.actors import find_actors
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
