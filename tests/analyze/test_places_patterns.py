"""The pattern finders alone (no gazetteer): asserted names and landmarks."""

from __future__ import annotations

import pytest

from sitrep.analyze.places.asserted import find_assertions
from sitrep.analyze.places.landmarks import find_landmarks


@pytest.mark.parametrize(
    ("text", "alias", "name"),
    [
        ("the city of Krasnogorod (Ukrainian name – Pokrovsk), and", "Krasnogorod", "Pokrovsk"),
        ("Offensive in Krasnogorod (Pokrovsk) as", "Krasnogorod", "Pokrovsk"),
        ("fighting near Bakhmut, which Russia calls Artemovsk, went on", "Artemovsk", "Bakhmut"),
        ("in Pokrovsk (formerly Krasnoarmiisk) the", "Pokrovsk", "Krasnoarmiisk"),
        ("бои у Красногорода (укр. Покровськ) продолжаются", "Красногорода", "Покровськ"),
    ],
)
def test_assertions(text: str, alias: str, name: str) -> None:
    found = find_assertions(text)
    assert [(a.alias.text, a.name.text) for a in found] == [(alias, name)]
    for a in found:
        assert text[a.alias.start : a.alias.end] == a.alias.text


def test_bracketed_agency_is_no_assertion() -> None:
    assert find_assertions("KYIV (Reuters) - Ukraine said") == []


def test_landmarks_named_and_generic() -> None:
    text = ("in the area of the railway station, Pokrovsk Pedagogical College, and "
            "Sobornyi Square")
    assert [s.text for s in find_landmarks(text)] == [
        "railway station", "Pokrovsk Pedagogical College", "Sobornyi Square"]


def test_street_address_is_no_landmark() -> None:
    assert find_landmarks("of 1935 Orchard St., Alexandria") == []
