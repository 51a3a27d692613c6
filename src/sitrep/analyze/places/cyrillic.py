"""Candidate place spans in Ukrainian and Russian text, matched through lemmas of inflections."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.analyze.places.spans import FeatureHint, Lookup, Span
from sitrep.knowledge.names import normalize_name

if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_](?:[\w'’ʼ]|-(?=[^\W\d_]))*")
_SENTENCE_END = frozenset('.!?\n"“«:;…')
# Lower-case generic words after an adjective that make a region name: the lemma and the
# gender the adjective takes ("Донецької області" -> "донецька область").
_GENERIC: dict[str, tuple[str, str, FeatureHint]] = {
    "область": ("область", "femn", "admin1"),
    "обл": ("область", "femn", "admin1"),
    "район": ("район", "masc", "admin2"),
    "край": ("край", "masc", "admin1"),
    "республіка": ("республіка", "femn", "admin1"),
    "республика": ("республика", "femn", "admin1"),
    "громада": ("громада", "femn", "admin2"),
}
# Words before a name that say what it is ("село Комарів", "с. Волиця", "под Бахмутом").
_KIND_BEFORE: dict[str, FeatureHint] = {
    "село": "village", "села": "village", "селі": "village", "с": "village",
    "селище": "village", "селища": "village", "смт": "settlement", "місто": "settlement",
    "міста": "settlement", "місті": "settlement", "м": "settlement", "город": "settlement",
    "города": "settlement", "городе": "settlement", "поселок": "village", "деревня": "village",
}
# Case endings of place nouns and what the nominative ends with: a fallback where the
# morphological dictionary does not know the name ("Покровську" -> "Покровськ").
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ові", "ів"), ("ова", "ів"), ("овом", "ів"), ("єві", "їв"), ("єва", "їв"), ("євом", "їв"),
    ("ську", "ськ"), ("ська", "ськ"), ("ськом", "ськ"), ("ське", "ськ"),
    ("ске", "ск"), ("ска", "ск"), ("ском", "ск"), ("ску", "ск"),
    ("ці", "ка"), ("ки", "ка"), ("ку", "ка"), ("кою", "ка"), ("ке", "ка"),
    ("ії", "ія"), ("ію", "ія"), ("ією", "ія"), ("ии", "ия"), ("ию", "ия"), ("ией", "ия"),
    ("ому", "е"), ("ого", "е"), ("ім", "е"),
    ("і", ""), ("у", ""), ("ом", ""), ("а", ""), ("е", ""), ("и", "а"), ("і", "а"), ("у", "а"),
    ("ою", "а"), ("ой", "а"), ("ї", "я"), ("ю", "я"), ("ею", "я"), ("ей", "я"),
)
_MAX_WORDS = 4
# Parts of speech that are never place names, whatever the gazetteer lists under the same
# letters: conjunctions, prepositions, particles, pronouns, adverbs ("Але", "Вона", "До").
_FUNCTION_POS = frozenset({"CONJ", "PREP", "PRCL", "NPRO", "INTJ", "ADVB", "PRED", "COMP"})
# Prepositions and kind words after which a capitalised word is a place ("у Покровську").
_CUES = frozenset({
    "в", "у", "на", "під", "под", "біля", "возле", "поблизу", "вблизи", "до", "з", "із", "зі",
    "от", "від", "из", "за", "через", "між", "между", "над", "поруч", "около", "неподалік",
    "неподалеку", "районі", "районе", "напрямку", "направлении", "околицях", "окрестностях",
    "село", "села", "селі", "селище", "місто", "міста", "місті", "город", "города", "городе",
    "поселок", "поселке", "смт", "пгт", "м", "с",
    # Plurals that open a list of towns ("з міст Брест, Ліда та Мінськ").
    "міст", "містах", "сіл", "селах", "городов", "городах", "сел",
})
# How far back an organisation's head word may stand ("Асоціації міні-футболу України").
# Prepositions stop the scan (see ``_PREPOSITIONS``), so it can reach over the adjectives
# and genitives of long names ("службі спеціального зв'язку та захисту інформації України").
_ORG_REACH = 6
# Strength of a capitalised word with nothing to show it is a place: kept only for a
# country or a region (see extract.py).
_COUNTRY_ONLY = 0.35
# Strength of a capitalised word with no preposition or kind word before it: the place must
# be big (see extract.py), as Ukrainian dictionaries do not mark first names.
_UNCUED = 0.42
# Words that make a following country name in the genitive part of an organisation's name
# ("Президент України", "Верховна Рада України"): not a place mention.
_INSTITUTIONS = frozenset({
    "президент", "президента", "президентом", "прем'єр", "премьер", "уряд", "уряду",
    "рада", "ради", "раді", "радою", "міністерство", "міністерства", "министерство",
    "министерства", "міністр", "міністра", "министр", "министра", "банк", "банку", "сил",
    "сили", "силы", "служба", "служби", "службы", "університет", "університету",
    "академія", "академії", "кабмін", "кабміну", "парламент", "парламенту", "прокуратура",
    "прокуратури", "суд", "суду", "посольство", "посольства", "збірна", "збірної",
    "сборная", "сборной", "чемпіонат", "чемпіонату", "кубок", "кубка", "герой", "героя",
    "конституції", "конституция", "законодавства", "громадян", "громадянин", "гривні",
    "гимн", "гімн", "прапор", "флаг", "мзс", "мид", "сбу", "зсу", "всу", "нбу", "фсб",
    "асоціація", "федерація", "спілка", "партія", "компартія", "ліга",
    "конгрес", "комітет", "інститут", "управління", "організація", "товариство", "фонд",
    "агентство", "інспекція", "департамент", "кодекс", "закон", "конституція", "рух",
    "госпсуд", "адмінсуд", "головуправління", "день",
    "ассоциация", "федерация", "союз", "партия", "лига", "комитет",
    "институт", "управление", "организация", "общество", "движение", "университет",
})
# Prepositions that open a phrase of place: an organisation's name does not run across them.
_PREPOSITIONS = frozenset({
    "в", "у", "на", "під", "под", "біля", "возле", "поблизу", "вблизи", "до", "з", "із", "зі",
    "от", "від", "из", "через", "між", "между", "над", "около", "неподалік", "неподалеку",
})
# Capitalised forms the Ukrainian dictionary takes for a name though they are, at the head of
# a sentence, the demonstrative pronoun "той" ("Того ж дня", "Того вечора"): the uk
# dictionary tags "того" only as the country Togo (a fixed noun).
_PRONOUN_FORMS = frozenset({"того"})
# Words that may follow a region adjective standing alone in a list.
_LIST_WORDS = frozenset({
    "та", "і", "й", "и", "а", "або", "чи",
})
# Endings shared by the genitive of a masculine surname and of a town ("Львова", "Чугуєва",
# "Стаханова" are also surnames): such a word is not taken for a person on its form alone.
# Feminine surname forms are left out for the same reason ("Луцька", "Лозова").
_TOWN_LIKE_SURNAME = ("ова", "ева", "єва", "іна", "ина", "їна")
# "With": a person's name in the instrumental after it is company, not a place.
_WITH = frozenset({"з", "із", "зі", "с", "со"})
# How many words ahead a list of region adjectives is searched for its generic noun.
_LIST_REACH = 10
# Strength of a span a preposition or kind word cued (see ``_match_at``).
_CUED = 0.9
_CACHE_LIMIT = 50_000


@dataclass(frozen=True, slots=True)
class WordForms:
    """What the dictionary says of one word: its lookup forms and its kind."""

    forms: tuple[str, ...]
    guesses: tuple[str, ...]
    first_name: bool
    surname: bool
    person_with: bool
    function: bool
    adjective: bool
    noun: bool


class CyrillicFinder:
    """Finds place names in Ukrainian or Russian text by their lemmas and region patterns.

    Holds one pymorphy3 analyser per language and a cache of word forms (text is Zipfian:
    the same names recur), so repeated words cost a dictionary lookup.
    """

    def __init__(self, morph: dict[str, MorphAnalyzer]) -> None:
        """Wrap loaded analysers keyed by language ("uk", "ru")."""
        self._morph = morph
        self._cache: dict[tuple[str, str], WordForms] = {}

    @classmethod
    def load(cls) -> CyrillicFinder:
        """Load the Ukrainian and Russian dictionaries (a second or so, once per process).

        Returns:
            A finder for both languages.
        """
        import pymorphy3

        return cls({"uk": pymorphy3.MorphAnalyzer(lang="uk"), "ru": pymorphy3.MorphAnalyzer()})

    def forms(self, word: str, language: str) -> WordForms:
        """Normalised nominative candidates of one word and what kind of word it is.

        Returns:
            The word itself first, then lemmas and adjective forms of every gender; for
            words the dictionary does not know, ending-stripped guesses too.
        """
        key = (word, language)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        morph = self._morph.get(language) or self._morph["uk"]
        base = normalize_name(word)
        out = [base]
        parses = morph.parse(word)[:5]
        for parse in parses:
            out.append(normalize_name(parse.normal_form))
            if parse.tag.POS in ("ADJF", "ADJS"):
                for gender in ("femn", "masc", "neut"):
                    # Ukrainian adjective tags carry no number; Russian ones do.
                    form = parse.inflect({"nomn", gender}) or parse.inflect(
                        {"nomn", "sing", gender})
                    if form is not None:
                        out.append(normalize_name(form.word))
        guesses = tuple(base[: -len(ending)] + nominative for ending, nominative in _ENDINGS
                        if base.endswith(ending) and len(base) - len(ending) >= 3)
        if not morph.word_is_known(word.lower()):
            out.extend(guesses)
        top = parses[0].tag if parses else None
        result = WordForms(
            forms=tuple(dict.fromkeys(out)),
            guesses=guesses,
            first_name=any(("Name" in p.tag or "Patr" in p.tag) and p.score >= 0.3
                           for p in parses),
            surname=any("Surn" in p.tag and "masc" in p.tag and p.score >= 0.3 for p in parses)
            and not base.endswith(_TOWN_LIKE_SURNAME),
            # Only the first parse: "Дубовим гаєм", "Миколаєвом" have a surname reading too.
            person_with=top is not None and ("Name" in top or "Surn" in top) and "ablt" in top,
            function=any(p.tag.POS in _FUNCTION_POS for p in parses),
            adjective=top is not None and top.POS in ("ADJF", "ADJS"),
            noun=any(p.tag.POS == "NOUN" for p in parses[:2]),
        )
        if len(self._cache) < _CACHE_LIMIT:
            self._cache[key] = result
        return result

    def _in_organisation(
        self, text: str, words: list[tuple[int, int, str]], i: int, language: str
    ) -> bool:
        """Whether word ``i`` ends an organisation's name: "Міністерство охорони здоров'я
        України", "МОЗ України", "«Нафтогаз України»"."""
        if text[words[i][1] : words[i][1] + 1] in ("»", '"', "”"):
            return True
        regional = i + 1 < len(words) and self._generic(words[i + 1][2], language) is not None
        k = i - 1
        while k >= 0 and i - k <= _ORG_REACH and (
            _adjacent(text, words[k], words[k + 1]) or _abbreviated(text, words[k], words[k + 1])
        ):
            word = words[k][2]
            if normalize_name(word) in _PREPOSITIONS:
                # "Партії регіонів у Краматорську": a preposition starts a phrase of place;
                # the name is where, not part of the organisation's name. Not so for a
                # region: "Головне управління юстиції у Луганській області" is how regional
                # offices are named.
                if not regional:
                    return False
                k -= 1
                continue
            if word.isupper() and 2 <= len(word) <= 6:
                return True
            # The lemma of any word, not only a capitalised one: "соціалістичної партії
            # України", "Митного кодексу України" are names of organisations and laws.
            if normalize_name(word) in _INSTITUTIONS or (
                self.forms(word, language).forms[1:2]
                and self.forms(word, language).forms[1] in _INSTITUTIONS
            ):
                return True
            k -= 1
        return False

    def _generic(self, word: str, language: str) -> tuple[str, FeatureHint] | None:
        """The generic region noun a word is a form of ("області" -> область), if any."""
        if not word.islower():
            return None
        for form in self.forms(word, language).forms:
            if form in _GENERIC:
                noun, _gender, kind = _GENERIC[form]
                return noun, kind
        return None

    def _list_generic(
        self, text: str, words: list[tuple[int, int, str]], k: int, language: str
    ) -> tuple[str, FeatureHint]:
        """The generic noun and kind a list of region adjectives ends in ("Кременчуцького,
        Полтавського і Зіньківського районів" -> район); "область" when none follows.

        Only capitalised words and list words may stand between, joined by spaces or commas.
        """
        for j in range(k, min(k + _LIST_REACH, len(words))):
            gap = text[words[j - 1][1] : words[j][0]]
            if gap.strip(" ,") or "\n" in gap:
                break
            word = words[j][2]
            if word[:1].isupper() or word in _LIST_WORDS:
                continue
            return self._generic(word, language) or ("область", "admin1")
        return "область", "admin1"

    def find(self, text: str, lookup: Lookup, language: str) -> list[Span]:
        """Candidate place spans of one Ukrainian or Russian text.

        Args:
            text: The text.
            lookup: The gazetteer.
            language: "uk" or "ru"; picks the dictionary tried first.

        Returns:
            Non-overlapping spans in text order.
        """
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        spans: list[Span] = []
        i = 0
        last = -1  # index of the last word of the last cued span
        while i < len(words):
            span, used = self._match_at(text, words, i, lookup, language,
                                        listed=_listed(text, words, i, last))
            if span is not None:
                spans.append(span)
                i += used
                last = i - 1 if span.strength >= _CUED else -1
            else:
                i += 1
        return spans

    def _match_at(
        self, text: str, words: list[tuple[int, int, str]], i: int, lookup: Lookup, language: str,
        *, listed: bool = False,
    ) -> tuple[Span | None, int]:
        """The longest place name starting at word ``i``, and how many words it takes.

        ``listed``: the word follows a cued place in a list ("між Глевахою та Гнатівкою"),
        which cues it too.
        """
        start, end, word = words[i]
        if not word[:1].isupper():
            return None, 0
        run = 1
        while (run < _MAX_WORDS and i + run < len(words) and words[i + run][2][:1].isupper()
               and _adjacent(text, words[i + run - 1], words[i + run])):
            run += 1
        if not _CYRILLIC.search(word):
            return None, run  # Latin names inside Cyrillic text are left to English rules
        forms = [self.forms(w[2], language).forms for w in words[i : i + run]]
        info = self.forms(word, language)
        before = normalize_name(words[i - 1][2]) if i > 0 else ""
        hint = _KIND_BEFORE.get(before)
        cued = before in _CUES or hint is not None or listed
        if cued:
            # After a preposition a capitalised word is a place's inflected form: also try
            # plain ending rules, which catch what the dictionary takes for a surname
            # ("у Львові").
            forms[0] = tuple(dict.fromkeys(forms[0] + info.guesses))
        if self._in_organisation(text, words, i, language):
            return None, run
        after = words[i + run] if i + run < len(words) else None
        generic = None
        if after is not None and _adjacent(text, words[i + run - 1], after):
            generic = self._generic(after[2], language)
        if generic is not None:
            noun, kind = generic
            keys = _combine(forms, suffix=" " + noun)
            hits = tuple(k for k in keys if lookup.is_name(k))
            stop = after[1]
            return Span(start, stop, text[start:stop], hits or keys[:1], "lemma", hint=kind,
                        strength=0.95), run + 1
        if run == 1 and (after is None or after[2] in _LIST_WORDS or not after[2].islower()):
            # "в областях України – Волинській, Київській": a region adjective on its own.
            noun, kind = self._list_generic(text, words, i + 1, language)
            keys = tuple(k for k in _combine([forms[0]], suffix=" " + noun) if lookup.is_name(k))
            if keys and info.adjective and not lookup.is_name(forms[0][0]):
                return Span(start, end, word, keys, "lemma", hint=kind, strength=0.7), 1
        if run == 1 and not cued and normalize_name(word) in _PRONOUN_FORMS:
            return None, 1
        if run == 1 and before in _WITH and info.person_with:
            return None, 1  # "з Мариною", "зі Шевченком": with a person, not a place
        if run > 1 and info.first_name and not cued:
            return None, run  # "Теодор Петровський": a person's name, whatever it matches
        # An uncued surname ("Гоголь відповів", "поезія Шевченка") is a person: the uk
        # dictionary marks surnames, and place names are not among them.
        if run == 1 and (info.function or ((info.first_name or info.surname) and not cued)):
            return None, 1
        if run == 1 and info.adjective and after is not None and after[2].islower() and (
                self.forms(after[2], language).noun or self.forms(after[2], language).adjective):
            # "Український інститут", "Київський апеляційний суд": an adjective before a
            # common noun or the next adjective of a name, not a region standing alone.
            return None, 1
        for n in range(run, 0, -1):
            keys = _combine(forms[:n])
            hits = tuple(k for k in keys if lookup.is_name(k))
            if not hits:
                continue
            if run > 1 and info.first_name and not cued:
                return None, run  # "Денис Пушилін": a person's name, skip the whole run
            stop = words[i + n - 1][1]
            strength = 0.9 if cued or n > 1 else _UNCUED
            acronym = sum(c.isupper() for c in word) > 1  # "ОДА", "ПрАТ"
            if (_sentence_initial(text, start) and not cued) or acronym:
                strength = _COUNTRY_ONLY  # "Час гриму.", "ОДА": only a country or region

            return Span(start, stop, text[start:stop], hits, "lemma", hint=hint,
                        strength=strength), n
        return None, 0


def _listed(text: str, words: list[tuple[int, int, str]], i: int, last: int) -> bool:
    """Whether word ``i`` continues a list after the cued place ending at word ``last``:
    "у Франції, Німеччині", "між Глевахою та Гнатівкою"."""
    if last < 0:
        return False
    if last == i - 1:
        return text[words[last][1] : words[i][0]] == ", "
    return last == i - 2 and words[i - 1][2] in _LIST_WORDS and \
        text[words[last][1] : words[i - 1][0]] == " " and \
        text[words[i - 1][1] : words[i][0]] == " "


def _adjacent(text: str, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
    """Whether only one space separates two words."""
    gap = text[left[1] : right[0]]
    return 0 < len(gap) <= 2 and gap.isspace() and "\n" not in gap


def _abbreviated(text: str, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
    """Whether a one-letter abbreviation and its dot sit before a word ("суду м. Києва")."""
    return len(left[2]) == 1 and text[left[1] : right[0]] in (". ", ".")


def _combine(forms: list[tuple[str, ...]], suffix: str = "") -> tuple[str, ...]:
    """Every way of joining one form per word (few: names are short), plus a suffix."""
    limited = [f[:8] for f in forms]
    return tuple(dict.fromkeys(" ".join(p) + suffix for p in itertools.product(*limited)))


def _sentence_initial(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence."""
    i = start - 1
    while i >= 0 and text[i] in " \t'\"«(":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END
