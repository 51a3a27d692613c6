"""How much of a claim's vocabulary a text shares, weighted by how rare each word is."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sitrep.analyze.claims.sentences import split_sentences

# Function words of English, Ukrainian and Russian: they say nothing about topic. Short on
# purpose; IDF already pushes the remaining frequent words towards zero weight.
_STOPWORD_LIST = """
a an the and or but if of to in on at by for from with about as into onto over under after
before than then this that these those there here it its is are was were be been being has
have had do does did will would can could may might must shall should not no nor so such
very just also only more most some any all each both few other own same too up down out off
again further once he she they them his her their him we us our you your i me my who whom
which what when where why how while said says say new one two per via
і й та а але або чи що як у в на до з із зі за від по про для при через над під не ні це
цей ця ці той та ті його її їх він вона вони ми ви я був була було були є бути також вже
ще лише тільки так де коли який яка яке які
и а но или что как в во на до с со за от по о об про для при через над под не ни это этот
эта эти тот та те его ее её их он она они мы вы я был была было были есть быть также уже
еще ещё лишь только так где когда который которая которое которые
"""
STOPWORDS = frozenset(_STOPWORD_LIST.split())

_WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?")
_POSSESSIVE = re.compile(r"['’].*$")
_LATIN = re.compile(r"^[a-z0-9'’]+$")
# Prefix stemming: a shared 6-letter prefix stands for a shared stem ("Ukraine"/"Ukrainian",
# "Покровськ"/"Покровську"/"Покровске"). Crude, language-blind and fast; no dictionaries.
_STEM_LENGTH = 6


@dataclass(frozen=True, slots=True)
class PreparedText:
    """A text cut into stems once, for comparing it with many claims."""

    stems: frozenset[str]
    sentences: tuple[str, ...]
    sentence_stems: tuple[frozenset[str], ...]


def stems(text: str) -> list[str]:
    """Content-word stems of ``text``, in order, stopwords and one-letter words left out.

    Args:
        text: any text, English, Ukrainian or Russian.

    Returns:
        Lower-cased prefix stems; possessive endings ("Pushilin’s") dropped.
    """
    found: list[str] = []
    for match in _WORD.finditer(text.casefold()):
        word = _POSSESSIVE.sub("", match.group())
        if len(word) < 2 or word in STOPWORDS:
            continue
        found.append(_stem(word))
    return found


def _stem(word: str) -> str:
    if _LATIN.match(word) and len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:_STEM_LENGTH]


def prepare_text(text: str) -> PreparedText:
    """Stems of the whole text and of each sentence, computed once per distinct text.

    Args:
        text: the text claims are compared with.

    Returns:
        The prepared text.
    """
    sentences = tuple(text[start:end] for start, end in split_sentences(text))
    sentence_stems = tuple(frozenset(stems(sentence)) for sentence in sentences)
    whole = frozenset().union(*sentence_stems) if sentence_stems else frozenset()
    return PreparedText(stems=whole, sentences=sentences, sentence_stems=sentence_stems)


def idf_from_stem_sets(stem_sets: Iterable[frozenset[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency of every stem over a collection of texts.

    ``log((1 + n) / (1 + df)) + 1`` (scikit-learn's smooth IDF): a stem in every text still
    weighs 1, an unseen stem weighs most.

    Args:
        stem_sets: the distinct stems of each text of the collection.

    Returns:
        Stem to IDF; unseen stems are looked up with ``unseen_idf``.
    """
    counts: dict[str, int] = {}
    total = 0
    for stem_set in stem_sets:
        total += 1
        for stem in stem_set:
            counts[stem] = counts.get(stem, 0) + 1
    return {stem: math.log((1 + total) / (1 + df)) + 1 for stem, df in counts.items()} | {
        "": math.log(1 + total) + 1}


def unseen_idf(idf: Mapping[str, float]) -> float:
    """The weight of a stem no text of the collection had (stored under the key ``""``)."""
    if "" in idf:
        return idf[""]
    return max(idf.values(), default=1.0)


def coverage(claim: Iterable[str], found: frozenset[str], idf: Mapping[str, float]) -> float:
    """Share of the claim's IDF mass whose stems occur in ``found``.

    A short claim against a long text: cosine would punish the text's length, coverage asks
    only whether the claim's rare words are there.

    Args:
        claim: the claim's distinct stems.
        found: the stems of a text or sentence.
        idf: stem weights; unseen stems get ``unseen_idf``.

    Returns:
        A number in [0, 1]; 0 for a claim without content words.
    """
    rare = unseen_idf(idf)
    total = shared = 0.0
    for stem in claim:
        weight = idf.get(stem, rare)
        total += weight
        if stem in found:
            shared += weight
    return shared / total if total else 0.0
