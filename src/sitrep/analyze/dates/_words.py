"""Month, weekday and number words in English, Ukrainian and Russian, with regex fragments."""

from __future__ import annotations

# English months: full names, and abbreviations as AP style writes them ("Nov.", "Sept.").
MONTHS_EN = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

# Ukrainian months in the cases dates use: genitive ("23 листопада"), nominative
# ("листопад 2025") and locative ("у листопаді").
MONTHS_UK = {
    **dict.fromkeys(("січня", "січень", "січні"), 1),
    **dict.fromkeys(("лютого", "лютий", "лютому"), 2),
    **dict.fromkeys(("березня", "березень", "березні"), 3),
    **dict.fromkeys(("квітня", "квітень", "квітні"), 4),
    **dict.fromkeys(("травня", "травень", "травні"), 5),
    **dict.fromkeys(("червня", "червень", "червні"), 6),
    **dict.fromkeys(("липня", "липень", "липні"), 7),
    **dict.fromkeys(("серпня", "серпень", "серпні"), 8),
    **dict.fromkeys(("вересня", "вересень", "вересні"), 9),
    **dict.fromkeys(("жовтня", "жовтень", "жовтні"), 10),
    **dict.fromkeys(("листопада", "листопад", "листопаді"), 11),
    **dict.fromkeys(("грудня", "грудень", "грудні"), 12),
}

# Russian months: genitive ("23 ноября"), nominative ("ноябрь 2025"), prepositional ("в ноябре").
MONTHS_RU = {
    **dict.fromkeys(("января", "январь", "январе"), 1),
    **dict.fromkeys(("февраля", "февраль", "феврале"), 2),
    **dict.fromkeys(("марта", "март", "марте"), 3),
    **dict.fromkeys(("апреля", "апрель", "апреле"), 4),
    **dict.fromkeys(("мая", "май", "мае"), 5),
    **dict.fromkeys(("июня", "июнь", "июне"), 6),
    **dict.fromkeys(("июля", "июль", "июле"), 7),
    **dict.fromkeys(("августа", "август", "августе"), 8),
    **dict.fromkeys(("сентября", "сентябрь", "сентябре"), 9),
    **dict.fromkeys(("октября", "октябрь", "октябре"), 10),
    **dict.fromkeys(("ноября", "ноябрь", "ноябре"), 11),
    **dict.fromkeys(("декабря", "декабрь", "декабре"), 12),
}

MONTHS_CYR = {**MONTHS_UK, **MONTHS_RU}

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
    # Ukrainian and Russian in the accusative that follows "у"/"в" ("у п'ятницю", "в пятницу").
    "понеділок": 0, "вівторок": 1, "середу": 2, "четвер": 3, "п'ятницю": 4, "суботу": 5,
    "неділю": 6,
    "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5,
    "воскресенье": 6,
}

# Small counts as words: windows and "ago" phrases rarely use more.
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "twenty-four": 24, "thirty": 30, "forty-eight": 48,
    "seventy-two": 72,
    "одну": 1, "один": 1, "одна": 1, "дві": 2, "два": 2, "две": 2, "двоє": 2, "двое": 2,
    "три": 3, "троє": 3, "трое": 3, "чотири": 4, "четыре": 4, "п'ять": 5, "пять": 5,
    "шість": 6, "шесть": 6, "сім": 7, "семь": 7, "десять": 10,
}

_EN_FULL = "|".join(m.capitalize() for m in MONTHS_EN if len(m) > 4 or m in ("may", "june", "july"))
_EN_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"

MONTH_EN = rf"(?P<mon>{_EN_FULL}|(?:{_EN_ABBR})\.?)"
"""An English month before a day number, where an undotted abbreviation is safe ("Nov 23")."""

MONTH_EN_STRICT = rf"(?P<mon>{_EN_FULL}|(?:{_EN_ABBR})\.)"
"""An English month standing alone: full name or dotted abbreviation ("Jan" may be a name)."""

MONTH_CYR = "(?P<mon>" + "|".join(sorted(MONTHS_CYR, key=len, reverse=True)) + ")"

WEEKDAY_EN = "(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_CYR = ("(?P<wd>понеділок|вівторок|середу|четвер|п['’ʼ]ятницю|суботу|неділю|"
               "понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)")

NUMBER = ("(?P<n>\\d{1,3}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")")

YEAR = r"(?P<year>(?:19|20)\d\d)"
"""A year standing alone: only 1900-2099, where a four-digit number is rarely a count."""

DATED_YEAR = r"(?P<year>1\d\d\d|20\d\d)"
"""A year after a day or month ("6 грудня 1855 року", "June 1812"): any from 1000 to 2099."""


def month_number(word: str) -> int:
    """Month 1-12 of an English, Ukrainian or Russian month word matched by the fragments."""
    key = word.lower().rstrip(".")
    return MONTHS_EN.get(key) or MONTHS_CYR[key]


def weekday_number(word: str) -> int:
    """Weekday (Monday 0) of a weekday word matched by the fragments."""
    return WEEKDAYS[word.lower().replace("’", "'").replace("ʼ", "'")]


def number_value(word: str) -> int:
    """The count a NUMBER fragment matched ("48", "two", "дві")."""
    return int(word) if word.isdigit() else NUMBERS[word.lower().replace("’", "'")]
