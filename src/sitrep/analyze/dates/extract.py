"""The dispatcher: run every date rule over a text, keep the longest matches, give each a role."""

from __future__ import annotations

import re
from datetime import datetime

from sitrep.analyze.dates import absolute, months, relative, weekdays, windows
from sitrep.analyze.dates._calendar import Resolved
from sitrep.analyze.dates._rules import Context, Rule
from sitrep.analyze.dates.roles import date_role
from sitrep.model import DateMention

STAGE = "dates.v1"

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

# Tried in this order; on overlapping matches the longest span wins and, between equally
# long ones, the earlier family (so "Friday, Nov. 21" is a day, not a weekday).
RULES: tuple[Rule, ...] = (
    *absolute.RULES, *windows.RULES, *relative.RULES, *months.RULES, *weekdays.RULES,
)


def extract_dates(text: str, *, published: datetime | None,
                  language: str | None = None,
                  rules: tuple[Rule, ...] = RULES) -> list[DateMention]:
    """Find the calendar dates and windows in a text and resolve them against publication.

    Relative expressions ("yesterday", "Friday", "last month", "минулої доби", "Nov. 23"
    without a year) need the publication time; when ``published`` is ``None`` they are left
    out rather than returned unresolved, so every mention has a usable value. Durations
    ("three years"), times of day and bare numbers are not dates.

    Args:
        text: The report text.
        published: When the report was published; its calendar date (in its own time zone)
            anchors relative expressions.
        language: ISO 639-1 code (``en``, ``uk``, ``ru``) to run only that language's rules;
            ``None`` runs all of them.
        rules: The rules to try, in order of precedence; the default covers en, uk and ru.

    Returns:
        Date mentions sorted by start, with non-overlapping spans; empty when none is found.
    """
    ctx = Context(text, published.date() if published else None, language)
    languages = {language} if language else _languages(text)
    lowered = text.lower()
    found: list[tuple[int, int, int, Resolved]] = []
    for order, rule in enumerate(rules):
        if rule.languages and not rule.languages & languages:
            continue
        if rule.needs and not any(word in lowered for word in rule.needs):
            continue
        for m in rule.pattern.finditer(text):
            resolved = rule.resolve(m, ctx)
            if resolved is None:
                continue
            start, end = m.span("d") if "d" in rule.pattern.groupindex else m.span()
            if start < end:
                found.append((start, end, order, resolved))
    return [_mention(text, start, end, resolved)
            for start, end, _, resolved in _longest_first(found)]


def _languages(text: str) -> set[str]:
    """Languages whose rules may match: Ukrainian and Russian only where Cyrillic occurs."""
    return {"en", "uk", "ru"} if _CYRILLIC.search(text) else {"en"}


def _longest_first(found: list[tuple[int, int, int, Resolved]]
                   ) -> list[tuple[int, int, int, Resolved]]:
    """Non-overlapping matches, longer spans first, then by rule order; sorted by start."""
    kept: list[tuple[int, int, int, Resolved]] = []
    for item in sorted(found, key=lambda x: (x[0] - x[1], x[2], x[0])):
        if all(item[1] <= k[0] or k[1] <= item[0] for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda x: x[0])


def _mention(text: str, start: int, end: int, resolved: Resolved) -> DateMention:
    """The record for one kept match."""
    role = date_role(text, start, end, window=resolved.window)
    return DateMention(start, end, text[start:end], resolved.value, resolved.precision,
                       role, STAGE)
