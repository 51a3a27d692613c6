"""Language of a report: py3langid's guess, corrected by letters only Ukrainian or Russian use."""

from __future__ import annotations

import re

import py3langid

# Letters that occur in one of the two languages only (Ukrainian: і ї є ґ; Russian: ы э ъ ё).
# Short posts defeat statistical models between the two; these letters do not lie.
_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")
_MIN_LETTERS = 3


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or ``None`` when there are too few letters.

    Cyrillic text is decided between ``uk`` and ``ru`` by their exclusive letters first, since
    the statistical model confuses the two on short posts.
    """
    letters = len(_LETTER.findall(text))
    if letters < _MIN_LETTERS:
        return None
    cyrillic = len(_CYRILLIC.findall(text))
    if cyrillic * 2 > letters:
        uk, ru = len(_UK_ONLY.findall(text)), len(_RU_ONLY.findall(text))
        if uk != ru:
            return "uk" if uk > ru else "ru"
    code, _score = py3langid.classify(text)
    return str(code)
