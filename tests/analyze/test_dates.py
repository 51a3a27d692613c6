"""Dates: seed reports, Ukrainian and Russian forms, the three clocks and what is not a date."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from itertools import pairwise

import pytest

from sitrep.analyze.dates import extract_dates
from sitrep.model import DateMention

from support import SAMPLES

PUBLISHED = datetime(2025, 11, 23, 12, 0, tzinfo=UTC)
"""The Kyiv Independent seed's publication time; the other cases reuse it."""


def _sample(name: str) -> str:
    """A bundled sample report's text, without its front matter."""
    text = (SAMPLES / "reports" / name).read_text(encoding="utf-8")
    return text.split("---\n", 2)[2]


def _found(text: str, language: str | None = None,
           published: datetime | None = PUBLISHED) -> dict[str, DateMention]:
    """Mentions keyed by their text (tests use texts with each date written once)."""
    return {d.text: d for d in extract_dates(text, published=published, language=language)}


def test_kyiv_independent_seed() -> None:
    """The three clocks and the windows of the Kyiv Independent report."""
    text = _sample("report-kyiv-independent-pokrovsk.md")
    mentions = extract_dates(text, published=PUBLISHED, language="en")
    by_value = [(d.text, d.value, d.role) for d in mentions]
    assert ("Nov. 23", "2025-11-23", "said") in by_value
    # "over the past day" reaches back 24 hours from a report of the 23rd: the 22nd and 23rd.
    assert ("the past day", "2025-11-22/2025-11-23", "happened") in by_value
    assert ("since the beginning of November", "2025-11-01/2025-11-23", "happened") in by_value
    assert ("November 2025", "2025-11", "unknown") in by_value  # a map caption
    assert [d.start for d in mentions] == sorted(d.start for d in mentions)
    assert all(text[d.start:d.end] == d.text for d in mentions)


def test_dpr_seed_windows() -> None:
    """"in the past 48 hours" and "in the past week" end on the publication day."""
    text = _sample("report-dpr-krasnogorod.md")
    found = _found(text, "en")
    assert found["the past 48 hours"].value == "2025-11-21/2025-11-23"
    assert found["the past week"].value == "2025-11-16/2025-11-23"
    assert found["the past week"].precision == "interval"


def test_dpr_seed_without_publication_time_keeps_only_absolute_dates() -> None:
    """With no publication time, relative expressions are left out, not left unresolved."""
    text = _sample("report-dpr-krasnogorod.md")
    assert extract_dates(text, published=None, language="en") == []
    assert _found("The decree of 23 November 2025 took effect.", published=None)[
        "23 November 2025"].value == "2025-11-23"


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrainian forces held the line on Nov. 23.", {"Nov. 23": "2025-11-23"}),
    ("The offensive began on 23 November 2025.", {"23 November 2025": "2025-11-23"}),
    ("The report is dated 2025-11-20T08:00:00Z.", {"2025-11-20": "2025-11-20"}),
    ("Звіт від 20.11.2025 року.", {"20.11.2025": "2025-11-20"}),
    ("Heavy fighting in November 2025.", {"November 2025": "2025-11"}),
    ("The town fell in 1998.", {"1998": "1998"}),
    ("Fighting began in February.", {"February": "2025-02"}),
    ("Shelling continued yesterday.", {"yesterday": "2025-11-22"}),
    ("Shelling stopped on Friday.", {"Friday": "2025-11-21"}),
    ("Losses doubled last month.", {"last month": "2025-10"}),
    ("Losses doubled last year.", {"last year": "2024"}),
    ("This year the front barely moved.", {"This year": "2025"}),
    ("Drones struck Kyiv overnight.", {"overnight": "2025-11-22/2025-11-23"}),
    ("The village was taken two years ago.", {"two years ago": "2023"}),
    ("Elections are due on Dec. 14.", {"Dec. 14": "2025-12-14"}),
    ("The bridge was hit on Dec. 14.", {"Dec. 14": "2024-12-14"}),
])
def test_english_forms(text: str, expected: dict[str, str]) -> None:
    """Each English form resolves against a publication on Sunday 23 November 2025."""
    assert {k: d.value for k, d in _found(text, "en").items()} == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Минулої доби ворог 45 разів атакував наші позиції.", "uk",
     {"Минулої доби": "2025-11-22/2025-11-23"}),
    ("За сутки противник потерял до 1400 военнослужащих.", "ru",
     {"За сутки": "2025-11-22/2025-11-23"}),
    ("Бої тривають з 23 листопада.", "uk", {"23 листопада": "2025-11-23"}),
    ("Бои идут с 23 ноября 2024 года.", "ru", {"23 ноября 2024 года": "2024-11-23"}),
    ("С начала ноября противник потерял 300 танков.", "ru",
     {"С начала ноября": "2025-11-01/2025-11-23"}),
    ("З початку року окупанти втратили 12 000 осіб.", "uk",
     {"З початку року": "2025-01-01/2025-11-23"}),
    ("За минулий тиждень ворог здійснив 1200 атак.", "uk",
     {"За минулий тиждень": "2025-11-16/2025-11-23"}),
    ("У листопаді бої посилились, а вчора стихли.", "uk",
     {"листопаді": "2025-11", "вчора": "2025-11-22"}),
    ("Вчера в Донецке было тихо, сегодня обстрелы.", "ru",
     {"Вчера": "2025-11-22", "сегодня": "2025-11-23"}),
    ("В ночь на 22 ноября дроны атаковали Киев.", "ru",
     {"В ночь на 22 ноября": "2025-11-21/2025-11-22"}),
    ("У п'ятницю росіяни обстріляли Херсон.", "uk", {"п'ятницю": "2025-11-21"}),
    ("В прошлом году фронт почти не двигался.", "ru", {"В прошлом году": "2024"}),
    ("За останні 48 годин ворог втратив 900 осіб.", None,
     {"За останні 48 годин": "2025-11-21/2025-11-23"}),
    ("Поет народився 6 грудня 1855 року.", "uk", {"6 грудня 1855 року": "1855-12-06"}),
    ("На початку 2000-х фронту не було, а у 2014 році почалася війна.", "uk",
     {"2014 році": "2014"}),
    ("Росіяни атакували Херсон 14 грудня.", "uk", {"14 грудня": "2024-12-14"}),
    ("Переговори відбудуться 14 грудня.", "uk", {"14 грудня": "2025-12-14"}),
])
def test_ukrainian_and_russian_forms(text: str, language: str | None,
                                     expected: dict[str, str]) -> None:
    """Ukrainian and Russian forms, with and without a language hint."""
    assert {k: d.value for k, d in _found(text, language).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The army said on Nov. 23 that the city held.", "said"),
    ("On Friday, the General Staff reported 45 clashes.", "said"),
    ("Генштаб повідомив 23 листопада про 45 боєзіткнень.", "said"),
    ("The video was published on Nov. 22.", "published"),
    ("Russian troops entered the village on Nov. 22.", "happened"),
    ("The army said Russian troops entered the village on Nov. 22.", "happened"),
    ("The army said troops left on Nov. 22.", "happened"),
    ("— заявив Зеленський 22 листопада.", "said"),
    ("Звіт оприлюднено 22 листопада.", "published"),
    ("Pokrovsk front line as of Nov. 22", "unknown"),
])
def test_roles(text: str, expected: str) -> None:
    """A speech verb next to the date makes it the said clock; a caption does not tell."""
    [mention] = extract_dates(text, published=PUBLISHED, language=None)
    assert mention.role == expected


@pytest.mark.parametrize("text", [
    "The siege lasted three years.",  # a duration
    "The strike came at 10:45 local time.",  # a time of day
    "Russia lost 1,500 soldiers and 2000 drones.",  # bare numbers
    "Some 2000 troops and about 1999 volunteers arrived.",  # counts that look like years
    "Troops may withdraw if the march continues.",  # "may" and "march" are not months
    "The last day of the siege was the hardest.",  # not a window ending at publication
    "Tallies rose by 23.5 and 11.2 per cent.",  # decimals, not dotted dates
])
def test_not_dates(text: str) -> None:
    """Durations, times of day, bare numbers and look-alike words yield nothing."""
    assert extract_dates(text, published=PUBLISHED, language="en") == []


def test_language_hint_limits_the_rules() -> None:
    """With a hint, only that language's rules (and the numeric ones) run."""
    assert extract_dates("Бої тривають з 23 листопада.", published=PUBLISHED, language="en") == []


def test_publication_time_zone_decides_the_day() -> None:
    """"yesterday" counts from the publication day in the publication's own time zone."""
    kyiv = timezone(timedelta(hours=2))
    late = datetime(2025, 11, 23, 0, 30, tzinfo=kyiv)
    assert _found("Shelling continued yesterday.", published=late)["yesterday"].value == (
        "2025-11-22")


def test_weekday_of_publication_day_and_future() -> None:
    """A bare weekday is the last one up to publication; "will" or "next" looks ahead."""
    assert _found("The talks took place on Sunday.")["Sunday"].value == "2025-11-23"
    assert _found("The talks will resume on Tuesday.")["Tuesday"].value == "2025-11-25"
    assert _found("The talks resume next Sunday.")["next Sunday"].value == "2025-11-30"


def test_spans_do_not_overlap_and_stay_in_text() -> None:
    """Longer forms win over the shorter ones inside them ("Friday, Nov. 21" is one date)."""
    text = "On Friday, Nov. 21, and again since the beginning of 2025, attacks grew."
    mentions = extract_dates(text, published=PUBLISHED, language="en")
    assert [(d.text, d.value) for d in mentions] == [
        ("Friday, Nov. 21", "2025-11-21"),
        ("since the beginning of 2025", "2025-01-01/2025-11-23"),
    ]
    for a, b in pairwise(mentions):
        assert a.end <= b.start
