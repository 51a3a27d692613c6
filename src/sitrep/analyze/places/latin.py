"""Place names in Latin-script text found by looking capitalised word runs up in the gazetteer."""

from __future__ import annotations

import re
from typing import NamedTuple

from sitrep.analyze.places.context import (
    GENERIC_SUFFIX,
    KIND_BEFORE_OF,
    LOCATIVE,
    NOT_PLACES,
    PERSON_TITLES,
    state_name,
)
from sitrep.analyze.places.spans import FeatureHint, Lookup, Span
from sitrep.knowledge.names import normalize_name

# A word: letters and digits, with inner apostrophes, hyphens and dots ("Kam'ianske",
# "Ivano-Frankivsk", "U.S"); a dot that ends an abbreviation is looked at separately.
_WORD = re.compile(r"[^\W_](?:[\w'’ʼ]|[.\-](?=[^\W_]))*")
# "I've", "It'll", "We're": contractions, never names.
_CONTRACTION = re.compile(r"['’](?:ve|ll|re|d|m|t)$", re.IGNORECASE)
# Lower-case words allowed inside a multi-word name ("Stratford upon Avon", "Bosnia and
# Herzegovina", "Rio de Janeiro"); a name never starts or ends with one.
_CONNECTORS = frozenset({
    "of", "de", "la", "del", "du", "le", "upon", "on", "and", "da", "do", "dos", "das", "el",
    "al", "sur", "am", "an", "der", "den",
})
_SENTENCE_END = frozenset('.!?\n"“”:;')
# How many words a name may have at most, whatever the gazetteer says (speed bound).
_MAX_WORDS = 6


class Token(NamedTuple):
    """One word of a text with its offsets; ``capitalised`` as names are in English.

    A named tuple: texts have thousands of words, and tuples are the cheapest to build.
    """

    start: int
    end: int
    text: str
    capitalised: bool


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into words with their offsets; punctuation is left out.

    Returns:
        The words in order, a trailing possessive ("Henry's") cut off.
    """
    tokens = []
    for match in _WORD.finditer(text):
        word = match.group()
        start, end = match.span()
        if word.endswith(("'s", "’s")):
            end -= 2
            word = word[:-2]
        capitalised = word[:1].isupper() and not _CONTRACTION.search(word)
        tokens.append(Token(start, end, word, capitalised))
    return tokens


def _joined(text: str, left: Token, right: Token) -> bool:
    """Whether two words are adjacent parts of one name: only spaces between them."""
    gap = text[left.end : right.start]
    return 0 < len(gap) <= 2 and gap.isspace() and "\n" not in gap


def capitalised_runs(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of runs of capitalised words (connectors allowed inside)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not tokens[i].capitalised:
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and _joined(text, tokens[j - 1], tokens[j]):
            word = tokens[j].text
            connector = word in _CONNECTORS and j + 1 < len(tokens) and tokens[j + 1].capitalised
            if not (tokens[j].capitalised or connector):
                break
            j += 1
        while j > i + 1 and not tokens[j - 1].capitalised:
            j -= 1
        runs.append((i, j))
        i = j
    return runs


def _keys(words: list[Token]) -> tuple[str, ...]:
    """Lookup keys of a word sequence: as written, and without the dots of "U.S."."""
    key = normalize_name(" ".join(w.text for w in words))
    undotted = key.replace(".", "")
    return (key, undotted) if undotted != key else (key,)


def gazetteer_matches(
    text: str, tokens: list[Token], lookup: Lookup,
    runs: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int, tuple[str, ...]]]:
    """Longest gazetteer names inside each capitalised run, left to right.

    Returns:
        ``(first token, end token, keys)`` for every match.
    """
    limit = min(_MAX_WORDS, max(1, lookup.max_name_words))
    found = []
    for i, j in runs if runs is not None else capitalised_runs(text, tokens):
        k = i
        while k < j:
            for n in range(min(limit, j - k), 0, -1):
                words = tokens[k : k + n]
                if not words[-1].capitalised:
                    continue
                keys = _keys(words)
                if any(lookup.is_name(key) for key in keys):
                    found.append((k, k + n, keys))
                    k += n
                    break
            else:
                k += 1
    return found


def sentence_initial(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence (so its capital says nothing)."""
    i = start - 1
    while i >= 0 and text[i] in " \t‘'\"“(":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def hint_before(tokens: list[Token], i: int) -> FeatureHint | None:
    """The kind a "village of"/"city of" before token ``i`` announces."""
    if i >= 2 and tokens[i - 1].text == "of":
        return KIND_BEFORE_OF.get(tokens[i - 2].text.lower())
    return None


def hint_after(words: list[Token]) -> FeatureHint | None:
    """The kind a trailing generic word gives a name ("Laurel County" -> admin2)."""
    if len(words) > 1:
        return GENERIC_SUFFIX.get(words[-1].text.lower())
    return None


def after_locative(tokens: list[Token], i: int) -> bool:
    """Whether a locative preposition ("in", "near") comes right before token ``i``."""
    return i > 0 and tokens[i - 1].text.lower() in LOCATIVE


def _run_start(tokens: list[Token], run: tuple[int, int], i: int) -> int:
    """Where the name part of a run starts, past calendar and compass words ("Sunday")."""
    k = run[0]
    while k < i and tokens[k].text.lower().rstrip(".") in NOT_PLACES:
        k += 1
    return k


def rule_strength(text: str, tokens: list[Token], i: int, j: int, run: tuple[int, int]) -> float:
    """How sure the context alone makes us that tokens[i:j] name a place, in 0..1.

    Used where no NER model speaks: a locative preposition before, a comma after (a state
    or country follows), a generic word ("County") raise it; a title before ("Mr."), a
    capitalised word glued before (a person's first name) or a sentence start lower it.
    """
    prev = tokens[i - 1].text.lower().rstrip(".") if i > 0 else ""
    gap = text[tokens[i - 1].end : tokens[i].start] if i > 0 else ""
    strength = 0.5
    if i > _run_start(tokens, run, i):
        # "Chiquita Raquel Henry": the name is the tail of a longer capitalised run.
        return 0.0
    if prev in PERSON_TITLES and tokens[i - 1].capitalised and "," not in gap:
        return 0.0
    if prev in LOCATIVE and not tokens[i - 1].capitalised:
        strength += 0.3
    if hint_before(tokens, i) or hint_after(tokens[i:j]):
        strength += 0.3
    if j < len(tokens) and text[tokens[j - 1].end : tokens[j].start].strip() == ",":
        strength += 0.2
    if j < run[1]:
        # "Alexandria Police Department": the name opens a longer run; often still a place.
        strength -= 0.1
    if sentence_initial(text, tokens[i].start):
        strength -= 0.1
    return max(0.0, min(1.0, strength))


def state_after(text: str, tokens: list[Token], j: int) -> Span | None:
    """A US state abbreviation right after "Town, " ("Alexandria, La."), as a span."""
    if j >= len(tokens) or text[tokens[j - 1].end : tokens[j].start] != ", ":
        return None
    word = tokens[j]
    end = word.end + 1 if text[word.end : word.end + 1] == "." else word.end
    name = state_name(text[word.start : end])
    if name is None or (len(word.text) == 2 and end == word.end and word.text in ("IN", "OR")):
        return None
    return Span(word.start, end, text[word.start : end], (normalize_name(name),), "gazetteer",
                hint="admin1", strength=0.9, country="US")
