"""Quantities in text: digits, number words (en/uk/ru), scales, vague plurals and qualifiers.

Vague plurals count as "at least two of the unit" (qualifier ``at_least``): "dozens" = 24,
"hundreds" = 200, "thousands" = 2,000, "tens of thousands" = 20,000, "десятки" = 20,
"сотни"/"сотні" = 200; "a dozen" is about 12 (``approx``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.model import FigureQualifier

_EN_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Cyrillic number words by stem and the endings their case forms take (ru and uk together).
# Collective numerals by their first three letters (apostrophes dropped).
_COLLECTIVE = {"дво": 2, "дв": 2, "тро": 3, "чет": 4, "пят": 5, "пя": 5, "шес": 6, "сем": 7,
               "вос": 8, "дев": 9, "дес": 10}
_CY_TEEN = r"(?:ь|и|ью|ьох)"
_CY_UNITS: tuple[tuple[str, int], ...] = (
    (r"од(?:ин|на|но|ного|ной|ному|ним|ній|ну|нієї)", 1),
    # Collective numerals count people ("двоє людей", "пятеро раненых").
    (r"дво[єе]|двоих|тро[єе]|троих|четверо|четверых|п[’']?ятеро|пятеро|пятерых|шестеро|"
     r"семеро|восьмеро|дев[’']?ятеро|девятеро|десятеро", 0),
    (r"дв(?:а|е|ух|ум|умя|ох|ом|ома|і)", 2),
    (r"тр(?:и|ех|ёх|ем|ём|емя|ьох|ьом|ьома)", 3),
    (r"четыр(?:е|ех|ёх|ем|ьмя)|чотир(?:и|ьох|ьом|ьома)", 4),
    (rf"(?:одиннадцат|одинадцят){_CY_TEEN}", 11),
    (rf"(?:двенадцат|дванадцят){_CY_TEEN}", 12),
    (rf"(?:тринадцат|тринадцят){_CY_TEEN}", 13),
    (rf"(?:четырнадцат|чотирнадцят){_CY_TEEN}", 14),
    (rf"(?:пятнадцат|п[’']?ятнадцят){_CY_TEEN}", 15),
    (rf"(?:шестнадцат|шістнадцят){_CY_TEEN}", 16),
    (rf"(?:семнадцат|сімнадцят){_CY_TEEN}", 17),
    (rf"(?:восемнадцат|вісімнадцят){_CY_TEEN}", 18),
    (rf"(?:девятнадцат|дев[’']?ятнадцят){_CY_TEEN}", 19),
    (r"(?:пят|п[’']?ят)(?:ь|и|ью|ьох|ьом|ьма)", 5),
    (r"(?:шест|шіст)(?:ь|и|ью|ьох|ьом|ьма)", 6),
    (r"(?:сем|сім|семи)(?:ь|и|ью|ох|ом|ома)?", 7),
    (r"(?:восем|восьм|вісім|восьми)(?:ь|и|ью|ох|ом|ома)?", 8),
    (r"(?:девят|дев[’']?ят)(?:ь|и|ью|ьох|ьом|ьма)", 9),
    (r"(?:десят)(?:ь|и|ью|ьох|ьом|ьма)", 10),
    (rf"(?:двадцат|двадцят){_CY_TEEN}", 20), (rf"(?:тридцат|тридцят){_CY_TEEN}", 30),
    (r"сорок(?:а|ом)?", 40), (r"(?:пятьдесят|пятидесяти|п[’']?ятдесят\w*)", 50),
    (r"(?:шестьдесят|шестидесяти|шістдесят\w*)", 60),
    (r"(?:семьдесят|семидесяти|сімдесят\w*)", 70),
    (r"(?:восемьдесят|восьмидесяти|вісімдесят\w*)", 80),
    (r"(?:девяносто|дев[’']?яносто)", 90),
    (r"сто|ста|сотні", 100), (r"двести|двухсот|двісті|двохсот", 200),
    (r"триста|трехсот|трьохсот", 300), (r"четыреста|четырехсот|чотириста|чотирьохсот", 400),
    (r"пятьсот|пятисот|п[’']?ятсот", 500), (r"шестьсот|шестисот|шістсот", 600),
    (r"семьсот|семисот|сімсот", 700), (r"восемьсот|восьмисот|вісімсот", 800),
    (r"девятьсот|девятисот|дев[’']?ятсот", 900),
)
_SCALES: tuple[tuple[str, int], ...] = (
    (r"thousand|k|тыс\.?|тысяч[аиуей]?|тысячами|тис\.?|тисяч[аіуею]?", 1_000),
    (r"million|mln|m|млн\.?|миллион\w*|мільйон\w*", 1_000_000),
    (r"billion|bn|млрд\.?|миллиард\w*|мільярд\w*", 1_000_000_000),
)
_VAGUE: tuple[tuple[str, float, FigureQualifier], ...] = (
    (r"tens of thousands|десятки тысяч|десятков тысяч|десятки тисяч|десятків тисяч", 20_000,
     "at_least"),
    (r"hundreds of thousands|сотни тысяч|сотен тысяч|сотні тисяч|сотень тисяч", 200_000,
     "at_least"),
    (r"millions", 2_000_000, "at_least"),
    (r"dozens|scores", 24, "at_least"),
    (r"a dozen|дюжин[аы]|десяток|десятка", 12, "approx"),
    (r"hundreds|сотни|сотен|сотні|сотень", 200, "at_least"),
    (r"thousands|тысячи|тысяч|тисячі|тисяч", 2_000, "at_least"),
    (r"десятки|десятков|десятків", 20, "at_least"),
)

_DIGITS = r"\d{1,3}(?:(?:,|\u00a0|\u202f| )\d{3})+(?![\d,.]\d)|\d+(?:[.,]\d+)?"
_SCALE = "|".join(p for p, _ in _SCALES)
_EN_WORD = "|".join(sorted(_EN_UNITS, key=len, reverse=True))
_EN_NUMBER = (rf"(?:(?:a|one|{_EN_WORD})(?:[\s-]+(?:{_EN_WORD}|hundred|and))*"
              rf"(?:\s+(?:hundred|thousand|million|billion))*)")
_CY_WORD = "|".join(p for p, _ in _CY_UNITS)
_CY_NUMBER = rf"(?:(?:{_CY_WORD})(?:\s+(?:{_CY_WORD}|{_SCALE}))*)"
_NUMBER = re.compile(
    rf"(?<![\w.,])(?P<digits>{_DIGITS})(?:\s*(?P<scale>{_SCALE})(?![\w]))?"
    rf"|(?<![\w-])(?P<vague>{'|'.join(p for p, _, _ in _VAGUE)})(?![\w-])"
    rf"|(?<![\w-])(?P<words>{_EN_NUMBER}|{_CY_NUMBER})(?![\w-])",
    re.IGNORECASE)
_QUALIFIERS: tuple[tuple[str, FigureQualifier], ...] = (
    (r"more than|over|above|in excess of|upwards of|more then|более чем|более|больше|свыше|"
     r"понад|більш ніж|більше", "over"),
    (r"at least|no fewer than|no less than|a minimum of|не менее|не меньше|как минимум|"
     r"по меньшей мере|минимум|щонайменше|принаймні|не менше|мінімум", "at_least"),
    (r"up to|as many as|до", "up_to"),
    (r"fewer than|less than|under|below|менее|меньше|менше|менш ніж", "under"),
    (r"approximately|about|around|roughly|nearly|almost|some|an estimated|estimated|"
     r"close to|approx\.?|около|примерно|почти|порядка|приблизительно|близько|приблизно|"
     r"майже|орієнтовно", "approx"),
)
_QUALIFIER = re.compile(
    rf"(?<![\w-])(?P<q>{'|'.join(p for p, _ in _QUALIFIERS)})\s+(?:just\s+|only\s+|лишь\s+|"
    r"всего\s+|лише\s+)?$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|and|or|до|—|і|и|або|или)\s*$", re.IGNORECASE)
_ONE_OF = re.compile(r"\s+(?:of|из|з)\s", re.IGNORECASE)  # "one of the best": not a count
_OR_MORE = re.compile(r"^\s*(?:or more|\+|and more|и более|і більше|або більше)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number found in text; ``high`` set for ranges, ``vague`` for "dozens"-type words."""

    start: int
    end: int
    value: float
    qualifier: FigureQualifier = "exact"
    high: float | None = None
    vague: bool = False


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text`` with its qualifier; ranges merged into one quantity.

    Args:
        text: any text in English, Ukrainian or Russian.

    Returns:
        Quantities in text order. Ordinals ("59th", "425-й") and parts of dates or decimals
        are not quantities; whether a quantity counts anything is decided by the caller.
    """
    raw: list[Quantity] = []
    for match in _NUMBER.finditer(text):
        quantity = _read(match)
        if quantity is not None and not _ordinal(text, match.end()) \
                and not (quantity.value == 1 and _ONE_OF.match(text, match.end())):
            raw.append(quantity)
    merged: list[Quantity] = []
    for quantity in raw:
        low = merged[-1] if merged else None
        if low is not None and _RANGE_JOIN.match(text[low.end:quantity.start]) \
                and low.qualifier in ("exact", "approx") and quantity.value > low.value:
            merged.pop()
            merged.append(Quantity(low.start, quantity.end, low.value, "range", quantity.value))
            continue
        merged.append(quantity)
    return [_qualify(text, q) for q in merged]


def _read(match: re.Match[str]) -> Quantity | None:
    """The value of one number match, or None when it is not a number after all."""
    if match.group("digits"):
        value = _digits(match.group("digits"))
        scale = match.group("scale")
        if scale:
            if scale in ("m", "k") and not match.group(0)[len(match.group("digits")):].strip():
                return None
            value *= _scale(scale)
        return Quantity(match.start(), match.end(), value)
    if match.group("vague"):
        phrase = match.group("vague").casefold()
        for pattern, value, qualifier in _VAGUE:
            if re.fullmatch(pattern, phrase, re.IGNORECASE):
                return Quantity(match.start(), match.end(), value, qualifier, vague=True)
        return None
    value = _words(match.group("words"))
    if value is None:
        return None
    return Quantity(match.start(), match.end(), value)


def _digits(written: str) -> float:
    """"10,000" -> 10000, "25 000" -> 25000, "1.2" -> 1.2, "1,2" -> 1.2."""
    compact = re.sub(r"[\u00a0\u202f ]", "", written)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", compact):
        return float(compact.replace(",", ""))
    return float(compact.replace(",", "."))


def _scale(word: str) -> int:
    for pattern, factor in _SCALES:
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return factor
    return 1


def _words(phrase: str) -> float | None:
    """The value of a run of number words ("twenty-five thousand", "двадцать пять тысяч")."""
    total, current = 0.0, 0.0
    tokens = [t for t in re.split(r"[\s-]+", phrase.casefold()) if t and t != "and"]
    if tokens == ["a"]:
        return None
    for token in tokens:
        if token == "a":
            current = max(current, 1)
        elif token in _EN_UNITS:
            current += _EN_UNITS[token]
        elif token == "hundred":
            current = max(current, 1) * 100
        elif (factor := _scale(token)) > 1:
            total += max(current, 1) * factor
            current = 0
        else:
            value = _cyrillic(token)
            if value is None:
                return None
            current += value
    return total + current or None


def _cyrillic(token: str) -> int | None:
    for pattern, value in _CY_UNITS:
        if re.fullmatch(pattern, token, re.IGNORECASE):
            return value or _COLLECTIVE[re.sub("[’']", "", token)[:3]]
    return None


def _ordinal(text: str, end: int) -> bool:
    """True after "59th", "3rd", "425-й", "3-тя": an ordinal names, it does not count."""
    return bool(re.match(r"(?:st|nd|rd|th|-?(?:й|я|е|го|му|тя|та|те|ий|ої|ої|ого))\b",
                         text[end:end + 4], re.IGNORECASE))


def _qualify(text: str, quantity: Quantity) -> Quantity:
    """Attach the qualifier written before (or "or more" after) an exact quantity."""
    if quantity.qualifier != "exact":
        return quantity
    before = _QUALIFIER.search(text[max(0, quantity.start - 30):quantity.start])
    if before is not None:
        word = before.group("q").casefold()
        for pattern, qualifier in _QUALIFIERS:
            if re.fullmatch(pattern, word, re.IGNORECASE):
                return Quantity(quantity.start, quantity.end, quantity.value, qualifier,
                                quantity.high, quantity.vague)
    if _OR_MORE.match(text[quantity.end:quantity.end + 12]):
        return Quantity(quantity.start, quantity.end, quantity.value, "at_least",
                        quantity.high, quantity.vague)
    return quantity
