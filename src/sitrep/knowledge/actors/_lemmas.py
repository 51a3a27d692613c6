"""Word forms for actor matching: casefolded surface plus pymorphy3 lemmas for Cyrillic."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer

# A word: letters or digits, with apostrophes inside (People's, Об'єднаних). Hyphens split
# words so that "Russian-backed" and "Десантно-штурмові" are matched part by part.
WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")
_APOSTROPHES = re.compile("['’ʼ]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UK_ONLY = re.compile("[іїєґІЇЄҐ]")
_RU_ONLY = re.compile("[ыэъёЫЭЪЁ]")
_POSSESSIVE = re.compile("['’ʼ]s$")
_CACHE_LIMIT = 50_000
_LEMMAS_PER_WORD = 3
_NAME_SCORE = 0.3


def fold(word: str) -> str:
    """The case-, ё- and apostrophe-blind key of one word."""
    return _APOSTROPHES.sub("", word.casefold()).replace("ё", "е")


class Lemmatizer:
    """Lemmas of Ukrainian and Russian words, cached (names recur, text is Zipfian).

    Latin-script words are only folded: English aliases are listed in their inflected forms.
    """

    def __init__(self, morph: dict[str, MorphAnalyzer]) -> None:
        """Wrap loaded analysers keyed by language ("uk", "ru")."""
        self._morph = morph
        self._cache: dict[tuple[str, str], tuple[str, ...]] = {}

    @classmethod
    def load(cls) -> Lemmatizer:
        """Load both pymorphy3 dictionaries (about a second, once per process)."""
        import pymorphy3

        return cls({"uk": pymorphy3.MorphAnalyzer(lang="uk"), "ru": pymorphy3.MorphAnalyzer()})

    def forms(self, word: str, language: str | None) -> tuple[str, ...]:
        """The folded word first, then its folded lemmas when it is Cyrillic.

        Args:
            word: one token as written.
            language: "uk" or "ru" picks the dictionary; anything else reads Cyrillic as Russian.

        Returns:
            Distinct keys, surface first.
        """
        surface = fold(word)
        if not _CYRILLIC.search(word):
            # "Ukraine's" also stands for "Ukraine": possessives are not listed as aliases.
            stem = _POSSESSIVE.sub("", word)
            return (surface,) if stem == word else (surface, fold(stem))
        lang = language if language in self._morph else "ru"
        if _UK_ONLY.search(word):
            lang = "uk"
        elif _RU_ONLY.search(word):
            lang = "ru"
        key = (word, lang)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        lemmas = [fold(p.normal_form) for p in self._morph[lang].parse(word)[:_LEMMAS_PER_WORD]]
        result = tuple(dict.fromkeys([surface, *lemmas]))
        if len(self._cache) < _CACHE_LIMIT:
            self._cache[key] = result
        return result

    def first_name(self, word: str, language: str | None) -> str | None:
        """The nominative of a Cyrillic first name ("Александром" -> "Александр"), else None."""
        if not _CYRILLIC.search(word) or not word[:1].isupper():
            return None
        lang = "uk" if _UK_ONLY.search(word) else "ru" if _RU_ONLY.search(word) else language
        morph = self._morph.get(lang or "ru", self._morph["ru"])
        for parse in morph.parse(word)[:_LEMMAS_PER_WORD]:
            if "Name" in parse.tag and parse.score >= _NAME_SCORE:
                return parse.normal_form.capitalize()
        return None

    def is_surname(self, word: str, language: str | None) -> bool:
        """True when the dictionary reads a Cyrillic word as a surname, among other readings."""
        lang = "uk" if _UK_ONLY.search(word) else "ru" if _RU_ONLY.search(word) else language
        morph = self._morph.get(lang or "ru", self._morph["ru"])
        return any("Surn" in p.tag for p in morph.parse(word)[:_LEMMAS_PER_WORD])

    def surname(self, word: str, language: str | None) -> str:
        """The nominative of a Cyrillic surname when the dictionary knows it, else the word."""
        lang = "uk" if _UK_ONLY.search(word) else "ru" if _RU_ONLY.search(word) else language
        morph = self._morph.get(lang or "ru", self._morph["ru"])
        parses = [p for p in morph.parse(word)[:_LEMMAS_PER_WORD] if "Surn" in p.tag]
        if not parses or any({"nomn", "sing"} in p.tag for p in parses):
            return word
        return parses[0].normal_form.capitalize()

    def lemma(self, word: str, language: str | None) -> str:
        """The most likely folded lemma of one word (the word itself if not Cyrillic)."""
        forms = self.forms(word, language)
        return forms[1] if len(forms) > 1 else forms[0]
