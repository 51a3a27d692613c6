"""Weekdays ("on Friday", "last Tuesday", "у п'ятницю", "в пятницу") from the publication day."""

from __future__ import annotations

import re

from sitrep.analyze.dates._calendar import Resolved, day, weekday_occurrence
from sitrep.analyze.dates._rules import Context, Rule, future_cue, rule
from sitrep.analyze.dates._words import WEEKDAY_CYR, WEEKDAY_EN, weekday_number


def _resolve(m: re.Match[str], ctx: Context) -> Resolved | None:
    """The last such day up to publication, the next one when modifier or tense says future."""
    if ctx.today is None:
        return None
    which = (m.groupdict().get("which") or "").lower()
    wd = weekday_number(m["wd"])
    if which in ("next", "coming", "наступного", "следующий", "следующую"):
        return day(weekday_occurrence(ctx.today, wd, future=True, strict=True))
    if which in ("last", "минулого", "прошлый", "прошлую", "минулу", "минулий"):
        return day(weekday_occurrence(ctx.today, wd, future=False, strict=True))
    return day(weekday_occurrence(ctx.today, wd, future=future_cue(m, ctx), strict=False))


RULES: tuple[Rule, ...] = (
    rule("en.weekday",
         rf"(?<![\w-])(?:(?P<which>(?i:last|next|this|coming|early|late|earlier))\s+)?{WEEKDAY_EN}"
         r"(?:\s+(?i:morning|afternoon|evening|night))?(?![\w-])",
         _resolve, "en", needs=("day",)),
    rule("cyr.weekday",
         rf"(?<![\w])(?:у|в|во)\s+(?:(?P<which>минулу|минулий|наступну|наступний|прошлый|прошлую|"
         rf"следующий|следующую|эту|этот|цю|цей)\s+)?(?P<d>{WEEKDAY_CYR})(?![\w])",
         _resolve, "uk ru", re.IGNORECASE),
)
