"""Calendar days: "23 November 2025", "Nov. 23", "2025-11-23", "23.11.2025", "23 листопада"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from sitrep.analyze.dates._calendar import (
    RELATIVE_YEARS,
    Resolved,
    day,
    day_occurrence,
    interval,
    make_date,
)
from sitrep.analyze.dates._rules import Context, Rule, rule, tense
from sitrep.analyze.dates._words import (
    DATED_YEAR,
    MONTH_CYR,
    MONTH_EN,
    WEEKDAY_EN,
    YEAR,
    month_number,
)

# A year after a day and month; never the start of a thousands group ("Nov. 3, 1,000 troops"),
# or a year named from publication ("Nov. 23 last year", "23 листопада минулого року").
_YEAR_TAIL = (rf"(?:,?\s+{DATED_YEAR}(?![\d%]|[.,]\d)"
              r"|\s+(?P<ry>(?i:last|this|next))\s+year)?")
_CYR_YEAR_TAIL = (rf"(?:\s+{DATED_YEAR}(?!\d)(?:\s*(?:року|році|рік|р\.|года|году|год|г\.))?"
                  r"|\s+(?P<ry>минулого|цього|наступного|прошлого|этого|следующего)\s+(?:року|года))?")
_LAST_EN = r"(?:(?P<which>(?i:last|next|this))\s+)?"
_DAY_NUM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"


def _resolve_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Day and month from the match; the year from the match, else from the publication.

    Without a year the day is the last such day up to publication, or the next one when the
    clause speaks of the future ("will vote on Nov. 3") or says "next"; see day_occurrence.
    """
    mon, dd, groups = month_number(m["mon"]), int(m["day"]), m.groupdict()
    if groups.get("year"):
        found = make_date(int(groups["year"]), mon, dd)
    elif ctx.today is None:
        return None
    elif groups.get("ry"):
        found = make_date(ctx.today.year + RELATIVE_YEARS[groups["ry"].lower()], mon, dd)
    else:
        which = (groups.get("which") or "").lower()
        future = {"next": True, "last": False}.get(which, tense(m, ctx))
        found = day_occurrence(ctx.today, mon, dd, future=future)
    return day(found) if found else None


def _resolve_iso(m: re.Match[str], ctx: Context) -> Resolved | None:
    """``2025-11-23``, also when a time follows (``2025-11-23T10:00``)."""
    found = make_date(int(m["year"]), int(m["m"]), int(m["day"]))
    return day(found) if found else None


def _resolve_numeric(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Dotted dates are day first; slashed ones month first in English, day first else."""
    a, b = int(m["a"]), int(m["b"])
    if m["sep"] == "/" and ctx.language in (None, "en"):
        a, b = b, a
    found = make_date(int(m["year"]), b, a)
    return day(found) if found else None


def _resolve_night(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"в ніч на 23 листопада": the night from the 22nd into the 23rd."""
    found = _resolve_day(m, ctx)
    if found is None:
        return None
    d = date.fromisoformat(found.value)
    return interval(d - timedelta(days=1), d)


RULES: tuple[Rule, ...] = (
    rule("en.month_day",
         rf"(?<![\w.]){_LAST_EN}(?:{WEEKDAY_EN},?\s+)?{MONTH_EN}\s+{_DAY_NUM}(?!\d|[.,:]\d)"
         rf"{_YEAR_TAIL}",
         _resolve_day, "en"),
    rule("en.day_month",
         rf"(?<![\w.,])(?:{WEEKDAY_EN},?\s+)?(?:the\s+)?{_DAY_NUM}\s+(?:of\s+)?{MONTH_EN}"
         rf"(?![\w]){_YEAR_TAIL}",
         _resolve_day, "en"),
    rule("cyr.night",
         rf"(?<![\w])(?:(?:в|у)\s+ніч\s+(?:на|проти)|в\s+ночь\s+на)\s+(?P<day>[0-3]?\d)\s+"
         rf"{MONTH_CYR}(?![\w])",
         _resolve_night, "uk ru", re.IGNORECASE, needs=("ніч", "ночь")),
    rule("cyr.day_month",
         rf"(?<![\w.,])(?P<day>[0-3]?\d)(?:-?(?:го|е|ого))?\s+{MONTH_CYR}"
         rf"(?![\w]){_CYR_YEAR_TAIL}",
         _resolve_day, "uk ru", re.IGNORECASE),
    rule("iso",
         rf"(?<![\w.,/-]){YEAR}-(?P<m>[01]\d)-(?P<day>[0-3]\d)(?![\d/]|[.,-]\d)",
         _resolve_iso, needs=("-",)),
    rule("numeric",
         rf"(?<![\w.,/-])(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[01]?\d)(?P=sep){YEAR}"
         r"(?![\w/]|[.,-]\d)",
         _resolve_numeric, needs=(".", "/")),
)
