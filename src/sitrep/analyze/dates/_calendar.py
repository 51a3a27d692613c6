"""Calendar arithmetic and the value forms of the eval contract (``YYYY-MM-DD``, ``A/B``)."""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass
from datetime import date, timedelta

from sitrep.model import DatePrecision

# How far ahead a date without a year may lie and still be this year's rather than last
# year's: reports name coming deadlines and hearings, rarely anything further off.
NEAR_FUTURE_DAYS = 90
NEAR_FUTURE_MONTHS = 2

# Year offsets of the words that name a year from the publication ("last year").
RELATIVE_YEARS = {
    "last": -1, "this": 0, "next": 1,
    "минулого": -1, "цього": 0, "наступного": 1, "прошлого": -1, "этого": 0, "следующего": 1,
}


@dataclass(frozen=True, slots=True)
class Resolved:
    """What a rule made of its match: a contract value and its precision.

    ``window`` marks a period the text reports activity over ("over the past day"), which
    always sets the happened clock.
    """

    value: str
    precision: DatePrecision
    window: bool = False


def day(d: date) -> Resolved:
    """One calendar day."""
    return Resolved(d.isoformat(), "day")


def month(y: int, m: int) -> Resolved:
    """One calendar month."""
    return Resolved(f"{y:04d}-{m:02d}", "month")


def year(y: int) -> Resolved:
    """One calendar year."""
    return Resolved(f"{y:04d}", "year")


def interval(a: date, b: date, *, window: bool = True) -> Resolved:
    """Days ``a`` to ``b`` inclusive, as ``A/B``."""
    return Resolved(f"{a.isoformat()}/{b.isoformat()}", "interval", window)


def make_date(y: int, m: int, d: int) -> date | None:
    """A valid date, or ``None`` for "31 November" and other impossible days."""
    if not (1 <= m <= 12) or not (1 <= d <= calendar.monthrange(y, m)[1]):
        return None
    return date(y, m, d)


def shift_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` months, the day clamped to the target month's length."""
    index = d.year * 12 + d.month - 1 + n
    y, m = divmod(index, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def back(today: date, amount: int, unit: str) -> date:
    """The start of a window reaching ``amount`` units back from ``today``.

    Hours round up to whole days: "the past 48 hours" published at noon began two calendar
    days before.
    """
    if unit == "hour":
        return today - timedelta(days=max(1, math.ceil(amount / 24)))
    if unit == "day":
        return today - timedelta(days=amount)
    if unit == "week":
        return today - timedelta(days=7 * amount)
    if unit == "month":
        return shift_months(today, -amount)
    return shift_months(today, -12 * amount)


def day_occurrence(today: date, m: int, d: int, *, future: bool | None) -> date | None:
    """The day ``m``/``d`` nearest ``today`` in the direction the tense gives.

    ``future`` True: at or after ``today``; False (past tense): at or before it. ``None``
    (no tense cue): news mostly reports the past, but coming deadlines and hearings are
    common, so a day up to NEAR_FUTURE_DAYS ahead stays in this year: "Nov. 23" read on
    6 May is last November's; "Jan. 14" read on 5 January is this one.
    """
    this_year = make_date(today.year, m, d)
    if this_year is None:
        return make_date(today.year - 1, m, d)
    if future:
        return this_year if this_year >= today else make_date(today.year + 1, m, d)
    horizon = today + timedelta(days=0 if future is False else NEAR_FUTURE_DAYS)
    return this_year if this_year <= horizon else make_date(today.year - 1, m, d)


def month_occurrence(today: date, m: int, *, future: bool | None) -> tuple[int, int]:
    """The month ``m`` nearest ``today`` in the direction the tense gives (as day_occurrence).

    With no tense cue, a month up to NEAR_FUTURE_MONTHS ahead stays in the publication year.
    """
    if future:
        return (today.year if m >= today.month else today.year + 1, m)
    ahead = (m - today.month) % 12
    if future is None and ahead <= NEAR_FUTURE_MONTHS:
        return (today.year + (1 if m < today.month else 0), m)
    return (today.year if m <= today.month else today.year - 1, m)


def weekday_occurrence(today: date, weekday: int, *, future: bool, strict: bool) -> date:
    """The weekday (Monday 0) at or before ``today``, or at or after it when ``future``.

    TimeML annotators read a bare "Friday" in news as the last Friday up to the publication
    day; ``strict`` excludes ``today`` itself ("last Friday", "next Friday").
    """
    if future:
        ahead = (weekday - today.weekday()) % 7 or (7 if strict else 0)
        return today + timedelta(days=ahead)
    behind = (today.weekday() - weekday) % 7 or (7 if strict else 0)
    return today - timedelta(days=behind)


def week_start(d: date) -> date:
    """Monday of ``d``'s ISO week."""
    return d - timedelta(days=d.weekday())
