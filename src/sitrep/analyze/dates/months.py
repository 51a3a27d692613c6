"""Months and years: "November 2025", "in November", "у листопаді", "in 1998", "2025 року"."""

from __future__ import annotations

import re

from sitrep.analyze.dates._calendar import (
    RELATIVE_YEARS,
    Resolved,
    month,
    month_occurrence,
    year,
)
from sitrep.analyze.dates._rules import Context, Rule, rule, tense
from sitrep.analyze.dates._words import (
    DATED_YEAR,
    MONTH_CYR,
    MONTH_EN_STRICT,
    YEAR,
    month_number,
)

# Where a month or year is narrowed but keeps its value ("early November", "the end of 1998").
_PART_EN = r"(?:(?i:early|late|mid-?|the\s+(?:beginning|start|end|middle)\s+of)\s*)"
_PART_CYR = (r"(?:(?:на\s+)?початку|наприкінці|в\s+кінці|у\s+кінці|в\s+середині|у\s+середині|"
             r"в\s+начале|в\s+конце|в\s+середине|до\s+конца|до\s+кінця)")

# Prepositions that make a capitalised "May" a month, not the modal verb.
_MONTH_CUE_EN = re.compile(
    r"(?:\b(?:in|of|since|by|until|till|through|from|to|during|before|after|early|late|mid|"
    r"last|this|next|and|or|between)[\s-]+)$", re.IGNORECASE)

# An article before a bare month makes it a name ("the March for Life", "an April fool").
_EVENT_NOUN_EN = re.compile(r"\b(?:the|a|an|annual)\s+$", re.IGNORECASE)

# Words after a four-digit number that make it a count, not a year ("2000 troops").
_COUNTED = re.compile(
    r"\s*(?:[a-z]+-)?(?:people|persons|troops|soldiers|servicemen|civilians|residents|men|"
    r"women|children|km|kilometers|kilometres|miles|meters|metres|feet|tons|tonnes|units|"
    r"shells|drones|missiles|rockets|rounds|dollars|euros|hryvnias|rubles|roubles|hectares|"
    r"homes|houses|buildings|families|points|votes|jobs|cars|vehicles|tanks|"
    r"осіб|людей|чоловік|військових|бійців|солдатів|одиниць|снарядів|дронів|гривень|"
    r"человек|военных|бойцов|солдат|единиц|снарядов|дронов|рублей|долларов|км|метрів|метров)\b",
    re.IGNORECASE)
_QUANTITY_BEFORE = re.compile(
    r"(?:\b(?:about|around|nearly|almost|some|over|approximately|roughly|than|least|up\s+to|"
    r"близько|понад|майже|около|более|почти|свыше)\s+|[$€£#№]\s*)$", re.IGNORECASE)


def _resolve_month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"November 2025", "листопад 2025 року": the month of that year."""
    return month(int(m["year"]), month_number(m["mon"]))


def _resolve_month_rel_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"June last year", "у листопаді минулого року": the month of a year named from publication."""
    if ctx.today is None:
        return None
    return month(ctx.today.year + RELATIVE_YEARS[m["ry"].lower()], month_number(m["mon"]))


def _resolve_month_en(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A bare English month: "last April", "in May", "early September"."""
    if ctx.today is None:
        return None
    words = (m["which"] or "").lower().split()
    which = words[-1] if words else ""
    before = ctx.text[max(0, m.start() - 12):m.start()]
    if not (which or m["part"]) and (_EVENT_NOUN_EN.search(before) or (
            m["mon"] == "May" and not _MONTH_CUE_EN.search(before))):
        return None
    return _bare_month(m, ctx, which)


def _resolve_month_cyr(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A bare Ukrainian or Russian month after a preposition: "у листопаді", "в ноябре"."""
    if ctx.today is None:
        return None
    which = (m["which"] or "").lower()
    which = ("last" if which.startswith(("минул", "прошл")) else
             "next" if which.startswith(("наступн", "следующ")) else "this" if which else "")
    return _bare_month(m, ctx, which)


def _bare_month(m: re.Match[str], ctx: Context, which: str) -> Resolved:
    """The month the modifier names, or the nearest past one unless the sentence is future."""
    assert ctx.today is not None
    number, today = month_number(m["mon"]), ctx.today
    if which == "last":
        y = today.year if number < today.month else today.year - 1
    elif which == "next":
        y = today.year if number > today.month else today.year + 1
    elif which == "this":
        y = today.year
    else:
        y, _ = month_occurrence(today, number, future=tense(m, ctx))
    return month(y, number)


def _resolve_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A year, unless the number counts something ("2000 troops", "about 1500")."""
    if m["word"] is None and m["part"] is None:
        if _COUNTED.match(ctx.text, m.end()):
            return None
        if _QUANTITY_BEFORE.search(ctx.text[max(0, m.start() - 16):m.start()]):
            return None
    return year(int(m["year"]))


RULES: tuple[Rule, ...] = (
    rule("en.month_year",
         rf"(?<![\w.]){_PART_EN}?{MONTH_EN_STRICT}\s+(?:of\s+)?{DATED_YEAR}(?![\d%]|[.,]\d)",
         _resolve_month_year, "en"),
    rule("cyr.month_year",
         rf"(?<![\w]){MONTH_CYR}\s+{DATED_YEAR}(?!\d)(?:\s*(?:року|році|рік|р\.|года|году|год|г\.))?",
         _resolve_month_year, "uk ru", re.IGNORECASE),
    rule("en.month_rel_year",
         rf"(?<![\w.]){_PART_EN}?{MONTH_EN_STRICT}\s+(?P<ry>(?i:last|this|next))\s+year(?![\w-])",
         _resolve_month_rel_year, "en", needs=(" year",)),
    rule("cyr.month_rel_year",
         rf"(?<![\w])(?:(?:в|у)\s+)?{MONTH_CYR}\s+(?P<ry>минулого|цього|наступного|прошлого|этого|"
         r"следующего)\s+(?:року|года)(?![\w])",
         _resolve_month_rel_year, "uk ru", re.IGNORECASE, needs=("року", "года")),
    rule("en.month",
         rf"(?<![\w.])(?:(?P<part>{_PART_EN})|(?P<which>(?i:last|this|next|earlier\s+this))\s+)?"
         rf"{MONTH_EN_STRICT}(?![\w-])(?!\s*\d)",
         _resolve_month_en, "en"),
    rule("cyr.month",
         rf"(?<![\w])(?:(?:в|у|з|із|с|до|від|от|по|на|к)\s+|{_PART_CYR}\s+)"
         rf"(?:(?P<which>минулому|минулого|цьому|цього|наступному|наступного|прошлом|прошлого|"
         rf"этом|этого|следующем|следующего)\s+)?(?P<d>{MONTH_CYR})(?![\w])",
         _resolve_month_cyr, "uk ru", re.IGNORECASE),
    rule("cyr.dated_year",
         rf"(?<![\w$€£.,/-]){DATED_YEAR}\s*(?:року|році|рік|р\.|года|году|г\.)(?!\w)",
         lambda m, ctx: year(int(m["year"])), "uk ru"),
    rule("year",
         rf"(?<![\w$€£.,/-])(?:(?P<part>(?i:early|late|mid)-?\s*|(?i:the\s+(?:beginning|start|end|"
         rf"middle)\s+of)\s+))?{YEAR}(?![\w%]|[.,]\d|-(?:х|ті|тих|е|ые|ых)(?!\w))"
         r"(?P<word>\s*(?:року|році|рік|р\.|года|году|год|г\.)(?!\w))?",
         _resolve_year),
)
