"""Figures: the seed reports' numbers, qualifiers, number words, sides and periods."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from sitrep.analyze.actors import find_actors
from sitrep.analyze.figures import extract_figures
from sitrep.analyze.figures.numbers import find_quantities
from sitrep.knowledge.actors import ActorKB
from sitrep.model import Figure

from support import FIXTURES

SEEDS = FIXTURES / "text"
PUBLISHED = datetime(2025, 11, 23, 12, tzinfo=UTC)


def figures_of(text: str, kb: ActorKB, language: str = "en",
               published: datetime | None = None) -> list[Figure]:
    actors = find_actors(text, kb, language=language)
    return extract_figures(text, actors=actors, language=language, published=published)


def row(f: Figure) -> tuple[object, ...]:
    return (f.kind, f.value, f.qualifier, f.subject_side, f.claimant)


def test_kyiv_independent_seed(kb: ActorKB) -> None:
    text = (SEEDS / "report-kyiv-independent-pokrovsk.txt").read_text(encoding="utf-8")
    figures = figures_of(text, kb, published=PUBLISHED)
    assert [row(f) for f in figures] == [
        ("killed", 388, "exact", "ru", "Airborne Assault Forces"),
        ("wounded", 87, "exact", "ru", "Airborne Assault Forces"),
        ("population", 60000, "approx", None, None),
    ]
    killed = figures[0]
    assert killed.text == "killed 388 Russian soldiers"
    assert (killed.period, killed.cumulative) == ("2025-11-01/2025-11-23", True)
    assert figures[-1].period == "pre-war"
    assert all(text[f.start:f.end] == f.text for f in figures)


def test_dpr_seed(kb: ActorKB) -> None:
    text = (SEEDS / "report-dpr-krasnogorod.txt").read_text(encoding="utf-8")
    assert [row(f) for f in figures_of(text, kb)] == [
        ("population", 25000, "approx", None, None),
        ("displaced", 10000, "over", None, "Aid workers"),
    ]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # Real Lenta.ru item, 3 Dec 2022: the Russian MoD on Ukrainian losses over a day.
    ("Российские Вооруженные силы уничтожили за сутки около 190 военных Украины. О потерях "
     "украинской стороны сообщило журналистам Министерство обороны России.", "ru",
     ("killed", 190, "approx", "ua", "Ministry of Defence of the Russian Federation")),
    # Real Kyiv Independent item, 26 July 2024.
    ("Zelensky said in an interview that 20,000 Russian troops were killed in Bakhmut.", "en",
     ("killed", 20000, "exact", "ru", "Volodymyr Zelensky")),
    ("Among the tens of thousands of Ukrainians killed by Russia's full-scale invasion are "
     "athletes.", "en", ("killed", 20000, "at_least", "ua", None)),
    ("За минулу добу ліквідовано понад 1 200 окупантів, повідомив Генштаб ЗСУ.", "uk",
     ("killed", 1200, "over", "ru", "General Staff of the Armed Forces of Ukraine")),
    ("Dozens of civilians were evacuated from the town.", "en",
     ("evacuated", 24, "at_least", None, None)),
    ("Between 200 and 300 soldiers are missing.", "en", ("missing", 200, "range", None, None)),
    ("Up to 1.2 million people have fled the region.", "en",
     ("displaced", 1_200_000, "up_to", None, None)),
    ("Погибли двадцать пять мирных жителей.", "ru", ("killed", 25, "exact", None, None)),
    ("The enemy lost 12 tanks near Avdiivka, the Ukrainian military said.", "en",
     ("equipment", 12, "exact", None, "Ukrainian military")),
    ("Ukraine's General Staff said Russia had lost 1,030 troops over the past day.", "en",
     ("casualties", 1030, "exact", "ru", "Ukraine's General Staff")),
    ("Унаслідок обстрілу Херсона загинули двоє людей, повідомив начальник ОВА Олександр "
     "Прокудін у Telegram.", "uk", ("killed", 2, "exact", None, "Олександр Прокудін")),
    ("Пушилин заявил, что в городе идут бои. По его словам, из города эвакуированы более 500 "
     "жителей.", "ru", ("evacuated", 500, "over", None, "Denis Pushilin")),
])
def test_figures_in_sentences(kb: ActorKB, text: str, language: str,
                              expected: tuple[object, ...]) -> None:
    figures = figures_of(text, kb, language)
    assert [row(f) for f in figures] == [expected]


@pytest.mark.parametrize(("text", "period"), [
    ("Before the full-scale invasion the town had about 12,000 residents.", "pre-war"),
    ("Only about 3,000 residents remain in the town.", "current"),
    ("The town had about 12,000 residents.", None),
])
def test_a_population_says_when_it_was_counted(kb: ActorKB, text: str,
                                               period: str | None) -> None:
    (figure,) = figures_of(text, kb)
    assert (figure.kind, figure.period) == ("population", period)


def test_range_keeps_its_top(kb: ActorKB) -> None:
    (figure,) = figures_of("Between 200 and 300 soldiers are missing.", kb)
    assert figure.high == 300


def test_daily_count(kb: ActorKB) -> None:
    text = "Over the past day, Russian forces carried out 52 attacks on the front line."
    (figure,) = figures_of(text, kb, published=PUBLISHED)
    assert (figure.kind, figure.value, figure.cumulative) == ("attacks", 52, False)


@pytest.mark.parametrize("text", [
    "Also on Nov. 23, Ukraine’s Special Operations Forces published footage.",
    "Explosions went on in the past 48 hours.",
    "In 2014, he was forced to leave Donetsk.",
    "The 59th Brigade was inspected.",
    "The interest rate rose from 16% to 18%.",
    "It is one of the best-fortified cities in Ukraine.",
])
def test_numbers_that_count_nothing(kb: ActorKB, text: str) -> None:
    assert figures_of(text, kb) == []


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("approximately 25,000", 25000, "approx"),
    ("at least five", 5, "at_least"),
    ("more than 1,2 млн", 1_200_000, "over"),
    ("около 300", 300, "approx"),
    ("понад 10 тисяч", 10000, "over"),
    ("hundreds", 200, "at_least"),
    ("десятки", 20, "at_least"),
    ("twenty-five thousand", 25000, "exact"),
    ("fewer than 40", 40, "under"),
    ("100 or more", 100, "at_least"),
])
def test_quantities(text: str, value: float, qualifier: str) -> None:
    (quantity,) = find_quantities(text)
    assert (quantity.value, quantity.qualifier) == (value, qualifier)


def test_general_staff_loss_list(kb: ActorKB) -> None:
    # The daily format of Ukraine's General Staff: "label ‒ total (+increment)".
    text = ("Загальні бойові втрати противника з 24.02.22 по 23.11.25 орієнтовно склали: "
            "особового складу ‒ близько 1 160 000 (+1 030) осіб, танків ‒ 11 380 (+3). Про це "
            "повідомляє Генштаб ЗСУ.")
    figures = figures_of(text, kb, "uk", PUBLISHED)
    assert [(f.kind, f.value, f.qualifier, f.subject_side, f.cumulative) for f in figures] == [
        ("casualties", 1_160_000, "approx", "ru", True),
        ("equipment", 11_380, "exact", "ru", True),
    ]
    assert {f.claimant for f in figures} == {"General Staff of the Armed Forces of Ukraine"}


def test_coordinated_figures_share_the_loser(kb: ActorKB) -> None:
    text = "По данным Минобороны России, за сутки ВСУ потеряли до 1 300 военнослужащих и 12 танков."
    figures = figures_of(text, kb, "ru", PUBLISHED)
    assert [(f.kind, f.value, f.qualifier, f.subject_side, f.cumulative) for f in figures] == [
        ("casualties", 1300, "up_to", "ua", False), ("equipment", 12, "exact", "ua", False)]


@pytest.mark.parametrize("text", ["", "1,,2 ‒ : (+", "between and 5 to", "десятки тысяч"])
def test_odd_text_never_fails(kb: ActorKB, text: str) -> None:
    for language in ("en", "uk", "ru", None):
        figures = figures_of(text, kb, language or "en")
        assert all(0 <= f.start < f.end <= len(text) for f in figures)
