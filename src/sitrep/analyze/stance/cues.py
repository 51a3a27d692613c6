"""Words that mark a text's stance towards a claim: refuting, denying, hedging, confirming.

The lexicons are written by hand, in English, Ukrainian and Russian, from the wording of
fact-checks and war reporting; the English refuting core follows the refuting words of the
FNC-1 baseline (github.com/FakeNewsChallenge/fnc-1-baseline, feature_engineering.py). Each
entry is a regular expression matched case-insensitively at a word start; Cyrillic stems end
open (``спростува`` covers спростував, спростували).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The text's own verdict that the claim is wrong ("a hoax", "фейк", "ложь").
REFUTING = (
    # English
    r"false(?:ly|hood)?\b", r"fake[sd]?\b", r"hoax(?:es)?\b", r"debunk", r"not\s+true\b",
    r"untrue\b", r"no\s+evidence\b", r"contrary\s+to\b", r"bogus\b", r"fabricat", r"myth\b",
    r"baseless\b", r"unfounded\b", r"nonsense\b", r"prank", r"doctored\b", r"photoshop",
    r"misleading\b", r"no\s+truth\b", r"did\s*n[o']t\s+happen\b", r"never\s+happened\b",
    r"not\s+real\b", r"scam\b", r"disinformation\b", r"misinformation\b",
    # Ukrainian
    r"фейк", r"неправд", r"не\s+відповіда\w*\s+дійсності", r"вигад", r"брехн", r"дезінформ",
    r"вкид",
    # Russian
    r"ложн", r"ложь", r"не\s+соответству\w*\s+действительности", r"выдум", r"дезинформ",
    r"вброс",
)

# Someone in the text rejects the claim ("denied", "спростував", "опроверг"). Weaker than a
# verdict: reports often relay a denial beside the claim without taking sides.
DENYING = (
    r"den(?:y|ies|ied|ial)\b", r"reject(?:s|ed)?\b", r"refut", r"dismiss(?:es|ed)?\b",
    r"retract",
    r"спростов", r"спростува", r"запереч",
    r"опровер", r"отрица",
)

# The text reports the claim without vouching for it.
HEDGING = (
    # English
    r"reported(?:ly)?\b", r"alleged(?:ly)?\b", r"claim(?:s|ed|ing)?\b", r"according\s+to\b",
    r"unconfirmed\b", r"unverified\b", r"may\b", r"might\b", r"could\b", r"said\s+to\b",
    r"purported(?:ly)?\b", r"rumou?r", r"apparent(?:ly)?\b", r"supposed(?:ly)?\b",
    r"suggest", r"believed\s+to\b", r"appears?\s+to\b", r"seem(?:s|ed)?\s+to\b",
    r"if\s+true\b", r"unclear\b", r"not\s+clear\b", r"possibl[ey]\b", r"likely\b",
    r"speculat", r"report(?:s)?\b", r"sources?\s+(?:say|said|told)\b",
    # Ukrainian
    r"нібито", r"імовірно", r"ймовірно", r"можливо", r"за\s+даними", r"за\s+інформацією",
    r"за\s+словами", r"повідомля", r"стверджу", r"не\s*підтвердж", r"чутк",
    # Russian
    r"якобы", r"предположительно", r"вероятно", r"возможно", r"по\s+данным",
    r"по\s+информации", r"по\s+словам", r"сообща", r"утвержда", r"не\s*подтвержд", r"слух",
)

# The text vouches for the claim.
CONFIRMING = (
    r"confirm(?:s|ed)?\b", r"official(?:ly)?\b", r"verified\b", r"indeed\b", r"it\s+is\s+true\b",
    r"proved?\b", r"proven\b", r"footage\b", r"announced\b",
    r"підтверд", r"офіційно",
    r"подтвер", r"официально",
)

def _compile(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(patterns) + ")", re.IGNORECASE)


_REFUTING = _compile(REFUTING)
_DENYING = _compile(DENYING)
_HEDGING = _compile(HEDGING)
_CONFIRMING = _compile(CONFIRMING)


def refuting_cues(text: str) -> list[str]:
    """The text's own verdicts against a claim in ``text`` ("hoax", "фейк", "ложь"), as found."""
    return [m.group() for m in _REFUTING.finditer(text)]


def denying_cues(text: str) -> list[str]:
    """Words reporting a denial in ``text`` ("denied", "спростував"), as found."""
    return [m.group() for m in _DENYING.finditer(text)]


def hedging_cues(text: str) -> list[str]:
    """Hedging and reporting words in ``text`` ("reportedly", "нібито"), as found."""
    return [m.group() for m in _HEDGING.finditer(text)]


def confirming_cues(text: str) -> list[str]:
    """Confirming words in ``text`` ("confirmed", "офіційно"), as found."""
    return [m.group() for m in _CONFIRMING.finditer(text)]
