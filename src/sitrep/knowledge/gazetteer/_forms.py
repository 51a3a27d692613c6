"""Name forms a place is written in: script tests, romanisations and Russian-style spellings."""

from __future__ import annotations

import re

import translitua

# Letters only Ukrainian (і ї є ґ) or only Russian (ы э ъ ё) uses: enough to tell the two
# apart in place names, where the rest of the alphabet is shared.
_UK_ONLY = frozenset("іїєґІЇЄҐ")
_RU_ONLY = frozenset("ыэъёЫЭЪЁ")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# Latin letters incl. the diacritics of Latin-script European languages; anything outside
# Latin and Cyrillic (CJK, Arabic, Georgian ...) is dropped from the index to save space.
_KEEP_SCRIPT = re.compile(r"^[\s0-9A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0400-\u04ff'’ʼ`´.,()/&-]+$")
_DIGIT = re.compile(r"\d")

# Ukrainian -> Russian spellings of common place-name endings, longest first, each with the
# forms Russian sources use: Новоселидівка -> Новоселидовка, Удачне -> Удачное, Степове ->
# Степовое (and Зірове -> Зирово). These give forms for villages no source lists in Russian.
_RU_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("івка", ("овка", "евка")),
    ("ївка", ("евка",)),
    ("ське", ("ское",)),
    ("цьке", ("цкое",)),
    ("зьке", ("зское",)),
    ("ська", ("ская",)),
    ("цька", ("цкая",)),
    ("ський", ("ский",)),
    ("цький", ("цкий",)),
    ("ськ", ("ск",)),
    ("цьк", ("цк",)),
    ("іне", ("ино",)),
    ("ине", ("ино",)),
    ("не", ("ное",)),
    ("ове", ("ово", "овое")),
    ("еве", ("ево", "евое")),
    ("єве", ("ево", "евое")),
    ("ке", ("кое",)),
    ("ів", ("ов",)),
)
# Whole adjectives of multi-word names whose Russian form the ending rules would miss.
_RU_WORDS: dict[str, str] = {
    "Велика": "Великая",
    "Мала": "Малая",
    "Нова": "Новая",
    "Стара": "Старая",
    "Верхня": "Верхняя",
    "Нижня": "Нижняя",
    "Новий": "Новый",
    "Старий": "Старый",
    "Сухий": "Сухой",
    "Великі": "Большие",
}
# Ukrainian і in a closed syllable stands for Russian и, о or е (Рівне -> Ровное, Новосілка ->
# Новоселка, Піски -> Пески); the last і of a stem gets all three, the others и.
_I_VARIANTS = ("и", "о", "е")
_RU_LETTERS = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "'": "", "’": "", "ʼ": ""})
_RU_INITIAL = str.maketrans({"І": "И", "Ї": "Й", "Є": "Е", "Ґ": "Г"})
_SOFT_YA = re.compile("['’ʼ]я")
MAX_RUSSIAN_VARIANTS = 6
_WORD_SPLIT = re.compile(r"([ -])")
_RU_INITIAL = str.maketrans({"І": "И", "Ї": "Й", "Є": "Е", "Ґ": "Г"})


def keep_name(name: str) -> bool:
    """Whether a source name is worth indexing: Latin or Cyrillic, no digits, not a code.

    GeoNames alternate names include airport codes (KBP), postcodes, links and other scripts;
    none of them is how war reporting in en/uk/ru names a place.
    """
    if len(name) < 2 or len(name) > 80 or _DIGIT.search(name):
        return False
    if name.isascii() and name.isupper() and len(name) <= 4:
        return False
    return bool(_KEEP_SCRIPT.match(name))


def is_cyrillic(name: str) -> bool:
    """Whether the name is written in Cyrillic (any Cyrillic letter counts)."""
    return bool(_CYRILLIC.search(name))


def cyrillic_lang(name: str) -> str | None:
    """``uk`` or ``ru`` when a letter only one of the languages uses says so, else ``None``."""
    letters = set(name)
    if letters & _UK_ONLY:
        return "uk"
    if letters & _RU_ONLY:
        return "ru"
    return None


def romanize_uk(name: str) -> str:
    """Official Ukrainian romanisation (KMU 2010): Новоселидівка -> Novoselydivka."""
    return str(translitua.translit(name, translitua.UkrainianKMU))


def romanize_ru(name: str) -> str:
    """The common English romanisation of Russian: Красноармейск -> Krasnoarmeysk.

    The international-passport table (й -> y, я -> ya, ы -> y) is closest to what English
    newswires write; apostrophes for soft signs vanish in ``normalize_name``.
    """
    return str(translitua.translit(name, translitua.RussianInternationalPassport))


def romanize_ru_yo(name: str) -> str | None:
    """The ``yo`` romanisation of a Russian name with ё (Артёмовск -> Artyomovsk), if any."""
    if "ё" not in name and "Ё" not in name:
        return None
    return romanize_ru(name.replace("ё", "йо").replace("Ё", "Йо"))


def _russian_words(word: str) -> list[str]:
    """Russian-style spellings of one Ukrainian word, most likely first."""
    if word in _RU_WORDS:
        return [_RU_WORDS[word]]
    stem, endings = word, ("",)
    for uk, ru in _RU_ENDINGS:
        if word.endswith(uk) and len(word) > len(uk) + 1:
            stem, endings = word[: -len(uk)], ru
            break
    stems = [stem]
    if stem.startswith("Роз"):
        stems.append("Раз" + stem[3:])  # Роздольне -> Раздольное
    if _SOFT_YA.search(stem):
        stems.append(_SOFT_YA.sub("е", stem))  # Кам'янське -> Каменское
    last_i = stem.rfind("і")
    if last_i > 0:
        stems += [stem[:last_i] + v + stem[last_i + 1 :] for v in _I_VARIANTS[1:]]
    out: list[str] = []
    for variant in stems:
        fixed = variant[:1].translate(_RU_INITIAL) + variant[1:].translate(_RU_LETTERS)
        out += [fixed + ending for ending in endings if fixed + ending not in out]
    return out


def russify_uk(name: str) -> list[str]:
    """Russian-style spellings of a Ukrainian place name, most likely first; none if equal.

    Heuristic (ending and letter rules), so the index marks these forms as generated; the first
    is what Russian reports write for most villages (Новоселидівка -> Новоселидовка), the
    others cover і read as о or е (Рівне -> Ровное) and neuter endings (Степове -> Степовое).
    At most ``MAX_RUSSIAN_VARIANTS`` forms.
    """
    forms = [""]
    for part in _WORD_SPLIT.split(name):
        words = _russian_words(part) if part.strip(" -") else [part]
        forms = [f + w for f in forms for w in words][:MAX_RUSSIAN_VARIANTS]
    return [f for f in forms if f != name]
