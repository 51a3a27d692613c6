"""Windows ending at publication: "over the past day", "since the beginning of November", "за добу".

Every window is an interval of calendar days ending on the publication day: "over the past day"
published on 23 November is ``2025-11-22/2025-11-23``, because a day counted back from a report
written on the 23rd began on the 22nd. "overnight" is the night before publication, the same two
days.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sitrep.analyze.dates._calendar import (
    Resolved,
    back,
    interval,
    make_date,
    month_occurrence,
    week_start,
)
from sitrep.analyze.dates._rules import Context, Rule, rule
from sitrep.analyze.dates._words import (
    MONTH_CYR,
    MONTH_EN_STRICT,
    NUMBER,
    YEAR,
    month_number,
    number_value,
)

# Unit stems in three languages, longest first, mapped to back()'s units.
_UNITS = (
    ("hour", "hour"), ("годин", "hour"), ("час", "hour"),
    ("day", "day"), ("дн", "day"), ("діб", "day"), ("доб", "day"), ("сут", "day"),
    ("week", "week"), ("тиж", "week"), ("недел", "week"),
    ("month", "month"), ("місяц", "month"), ("месяц", "month"),
    ("year", "year"), ("рок", "year"), ("рік", "year"), ("год", "year"), ("лет", "year"),
)


def _unit(word: str) -> str:
    """back()'s unit for a unit word in any of the languages."""
    word = word.lower()
    return next(unit for stem, unit in _UNITS if word.startswith(stem))


def _resolve_past(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the past 48 hours", "за останні три дні": N units back to publication."""
    if ctx.today is None:
        return None
    amount = number_value(m["n"]) if m["n"] else 1
    return interval(back(ctx.today, amount, _unit(m["unit"])), ctx.today)


def _resolve_past_en(m: re.Match[str], ctx: Context) -> Resolved | None:
    """English windows need "past", or "the" after a preposition: "the past day", "over the
    last year" are windows; "last year" is the calendar year before, and "on the previous
    day" or "the last day" count from some other day."""
    words = m["d"].lower().split()
    lead = m.start("d") > m.start()
    if "past" not in words[:2] and not (lead and words[0] == "the"):
        return None
    return _resolve_past(m, ctx)


def _resolve_day_window(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"минулої доби", "за сутки", "overnight": the day before publication and that day."""
    if ctx.today is None:
        return None
    return interval(ctx.today - timedelta(days=1), ctx.today)


def _resolve_week_window(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"за минулий тиждень", "за неделю": the seven days back to publication."""
    if ctx.today is None:
        return None
    return interval(ctx.today - timedelta(days=7), ctx.today)


def _resolve_calendar_week(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"this week" (Monday to publication), "last week" (the Monday-Sunday week before)."""
    if ctx.today is None:
        return None
    monday = week_start(ctx.today)
    if m["which"].lower().startswith(("last", "минул", "прошл")):
        return interval(monday - timedelta(days=7), monday - timedelta(days=1))
    return interval(monday, ctx.today)


def _start_of(m: re.Match[str], ctx: Context) -> date | None:
    """The first day of the month, year or week a "since the beginning of" names."""
    assert ctx.today is not None
    today = ctx.today
    if m["mon"]:
        y, mon = month_occurrence(today, month_number(m["mon"]), future=False)
        return date(y, mon, 1)
    if m["year"]:
        return make_date(int(m["year"]), 1, 1)
    unit = _unit(m["unit"])
    if unit == "month":
        return today.replace(day=1)
    if unit == "week":
        return week_start(today)
    return today.replace(month=1, day=1)


def _resolve_since_start(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"since the beginning of November": the first of November to publication."""
    if ctx.today is None:
        return None
    first = _start_of(m, ctx)
    return interval(first, ctx.today) if first and first <= ctx.today else None


RULES: tuple[Rule, ...] = (
    rule("en.past",
         r"(?<![\w-])(?:(?i:over|in|during|within|for|throughout|across)\s+)?"
         rf"(?P<d>(?i:the\s+)?(?i:past|last|previous|preceding)\s+(?:{NUMBER}\s+)?"
         r"(?P<unit>(?i:day|hour|week|month|year))s?)(?![\w-])(?!\s+(?i:of|before|after))",
         _resolve_past_en, "en",
         needs=("past", "last", "previous", "preceding")),
    rule("en.since_start",
         rf"(?<![\w-])(?P<d>(?i:since|from)\s+the\s+(?i:beginning|start)\s+of\s+"
         rf"(?:{MONTH_EN_STRICT}|(?i:the|this)\s+(?P<unit>(?i:year|month|week))|{YEAR}))(?![\w-])",
         _resolve_since_start, "en", needs=("beginning of", "start of")),
    rule("en.overnight",
         r"(?<![\w-])(?P<d>(?i:overnight|last\s+night|the\s+previous\s+night))(?![\w-])",
         _resolve_day_window, "en", needs=("night",)),
    rule("en.week",
         r"(?<![\w-])(?P<d>(?:(?i:earlier|later)\s+)?(?P<which>(?i:this|last))\s+week)(?![\w-])",
         _resolve_calendar_week, "en", needs=("week",)),
    rule("cyr.day",
         r"(?<![\w])(?:(?:за|протягом|впродовж|упродовж)\s+(?:минулу|останню|попередню)\s+добу|"
         r"(?:протягом|впродовж|упродовж)\s+(?:минулої\s+|останньої\s+)?доби|"
         r"минулої\s+доби|за\s+добу|(?:у|в)ночі|цієї\s+ночі|минулої\s+ночі|"
         r"за\s+(?:прошедшие|минувшие|последние|прошлые)\s+сутки|за\s+сутки|"
         r"в\s+течение\s+(?:прошедших\s+|минувших\s+|последних\s+)?суток|"
         r"(?:прошедшие|минувшие)\s+сутки|ночью|этой\s+ночью|минувшей\s+ночью|прошлой\s+ночью)"
         r"(?![\w])",
         _resolve_day_window, "uk ru", re.IGNORECASE),
    rule("cyr.past",
         rf"(?<![\w])(?:за|протягом|впродовж|в\s+течение)\s+(?:останні|минулі|последние|"
         rf"прошедшие|минувшие|останніх|последних)\s+(?:{NUMBER}\s+)"
         r"(?P<unit>годин[иу]?|дн(?:і|ів|я|ей)|діб|доби|тижн(?:і|ів)|місяц(?:і|ів)|рок(?:и|ів)|"
         r"час(?:а|ов)?|сут(?:ок|ки)|недел[иь]|месяц(?:а|ев)|год(?:а)?|лет)(?![\w])",
         _resolve_past, "uk ru", re.IGNORECASE),
    rule("cyr.week",
         r"(?<![\w])(?:за|протягом|впродовж)\s+(?:(?:минулий|останній|прошедшую|прошлую|минувшую|"
         r"последнюю)\s+)?(?:тиждень|неделю)(?![\w])(?!\s+(?:до|перед))",
         _resolve_week_window, "uk ru", re.IGNORECASE),
    rule("cyr.calendar_week",
         r"(?<![\w])(?:(?:на\s+|у\s+|в\s+)?(?P<which>минулому|минулого|цьому|цього|прошлой|этой)\s+"
         r"(?:тижні|тижня|неделе|недели))(?![\w])",
         _resolve_calendar_week, "uk ru", re.IGNORECASE),
    rule("cyr.since_start",
         rf"(?<![\w])(?:з|із|від|с)\s+(?:початку|начала)\s+(?:{MONTH_CYR}|(?:цього\s+|поточного\s+|"
         r"этого\s+|текущего\s+)?(?P<unit>року|місяця|тижня|года|месяца|недели)|"
         rf"{YEAR}\s*(?:року|р\.|года|г\.)?)(?![\w])",
         _resolve_since_start, "uk ru", re.IGNORECASE),
)
