"""Days, months and years named from the publication day: "yesterday", "last month", "вчора"."""

from __future__ import annotations

import re
from datetime import timedelta

from sitrep.analyze.dates._calendar import Resolved, day, month, shift_months, year
from sitrep.analyze.dates._rules import Context, Rule, rule
from sitrep.analyze.dates._words import NUMBER, number_value

# Day words and their offset from the publication day.
_DAY_WORDS = {
    "the day before yesterday": -2, "yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1,
    "the day after tomorrow": 2,
    "позавчора": -2, "вчора": -1, "учора": -1, "сьогодні": 0, "завтра": 1, "післязавтра": 2,
    "позавчера": -2, "вчера": -1, "сегодня": 0, "послезавтра": 2,
}

# Modifier stems and the offset they give a month or year ("last year", "минулого року").
_WHICH = {
    "last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1,
    "минул": -1, "попередн": -1, "ць": 0, "поточн": 0, "наступн": 1,
    "прошл": -1, "минувш": -1, "эт": 0, "текущ": 0, "следующ": 1,
}


def _offset(word: str) -> int:
    """Offset of a modifier word by its stem."""
    word = word.lower()
    for stem, offset in _WHICH.items():
        if word.startswith(stem):
            return offset
    raise KeyError(word)


def _resolve_day_word(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"yesterday", "вчора": one day, counted from publication."""
    if ctx.today is None:
        return None
    key = " ".join(m["word"].lower().split())
    return day(ctx.today + timedelta(days=_DAY_WORDS[key]))


def _resolve_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"last month", "this year", "наступного року": a whole month or year."""
    if ctx.today is None:
        return None
    offset, unit = _offset(m["which"]), m["unit"].lower()
    if unit.startswith(("month", "місяц", "месяц")):
        shifted = shift_months(ctx.today, offset)
        return month(shifted.year, shifted.month)
    return year(ctx.today.year + offset)


def _resolve_last_year_uk(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"торік": last year."""
    return year(ctx.today.year - 1) if ctx.today else None


def _resolve_ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"two years ago", "три дні тому": the day, month or year that far back."""
    if ctx.today is None:
        return None
    n, unit = number_value(m["n"]), m["unit"].lower()
    if unit.startswith(("day", "д")):
        return day(ctx.today - timedelta(days=n))
    if unit.startswith(("week", "тиж", "нед")):
        return day(ctx.today - timedelta(days=7 * n))
    if unit.startswith(("month", "міся", "меся")):
        shifted = shift_months(ctx.today, -n)
        return month(shifted.year, shifted.month)
    return year(ctx.today.year - n)


RULES: tuple[Rule, ...] = (
    rule("en.day_word",
         r"(?<![\w-])(?P<word>(?:the\s+day\s+before\s+)?yesterday|today|tonight|"
         r"(?:the\s+day\s+after\s+)?tomorrow)(?![\w-])",
         _resolve_day_word, "en", re.IGNORECASE,
         needs=("yesterday", "today", "tonight", "tomorrow")),
    rule("cyr.day_word",
         r"(?<![\w])(?P<word>позавчора|вчора|учора|сьогодні|завтра|післязавтра|позавчера|вчера|"
         r"сегодня|послезавтра)(?![\w])",
         _resolve_day_word, "uk ru", re.IGNORECASE),
    rule("en.unit",
         r"(?<![\w-])(?P<d>(?:(?i:earlier|later)\s+)?(?P<which>(?i:last|this|next|coming))\s+"
         r"(?P<unit>year|month))(?![\w-])",
         _resolve_unit, "en", needs=("year", "month")),
    rule("en.ago",
         rf"(?<![\w-])(?P<d>{NUMBER}\s+(?P<unit>day|week|month|year)s?\s+(?:ago|earlier))(?![\w-])",
         _resolve_ago, "en", re.IGNORECASE, needs=(" ago", " earlier")),
    rule("uk.unit",
         r"(?<![\w])(?:(?:в|у)\s+)?(?P<which>минулого|цього|поточного|наступного|минулому|цьому|"
         r"поточному|наступному)\s+(?P<unit>року|році|місяця|місяці)(?![\w])",
         _resolve_unit, "uk", re.IGNORECASE),
    rule("uk.last_year", r"(?<![\w])торік(?![\w])", _resolve_last_year_uk, "uk", re.IGNORECASE),
    rule("ru.unit",
         r"(?<![\w])(?:в\s+)?(?P<which>прошлом|прошлого|минувшем|минувшего|этом|этого|текущем|"
         r"текущего|следующем|следующего)\s+(?P<unit>году|года|месяце|месяца)(?![\w])",
         _resolve_unit, "ru", re.IGNORECASE),
    rule("cyr.ago",
         rf"(?<![\w])(?P<d>{NUMBER}\s+(?P<unit>дн(?:і|ів|я|ей)|день|тижн(?:і|ів)|тиждень|"
         r"недел[иьюя]|месяц(?:а|ев)?|місяц(?:і|ів)|місяць|рок(?:и|ів)|рік|года?|лет)\s+"
         r"(?:тому|назад))(?![\w])",
         _resolve_ago, "uk ru", re.IGNORECASE, needs=("тому", "назад")),
)
