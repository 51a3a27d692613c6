"""Sentence and quotation spans of a text, by punctuation (no model: fast and language-blind)."""

from __future__ import annotations

import itertools
import re

# Words that end with a period without ending a sentence ("Nov. 23", "Lt. Gen.", "U.S.").
_ABBREVIATIONS = frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr",
    "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "no", "vs", "etc",
    "approx", "est", "inc", "co", "ltd", "jr", "sr", "prof", "gov", "sen", "rep", "u.s", "u.k",
    "u.n", "e.g", "i.e", "г", "ул", "им", "т.е", "т.д", "т.к", "см", "тыс", "млн", "млрд", "руб",
    "грн", "обл", "р-н", "с", "пгт", "вул"})
_BOUNDARY = re.compile(r"([.!?…]+)([\"”’»)]*)(\s+)(?=[\"“‘«(\[]?[\w—–-])")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[-•*])")
_LAST_WORD = re.compile(r"([\w.]+)$")
# Quotation marks: (opening, closing). Curly single quotes double as apostrophes, so ‘…’
# closes only where no letter follows (Pushilin’s is not a closing quote).
_QUOTES = re.compile(r"“[^“”]{2,}?”|«[^«»]{2,}?»|„[^„“”]{2,}?[“”]|\"[^\"\n]{2,}?\"|"
                     r"‘[^‘]{2,}?’(?![^\W\d_])|``.{2,}?''")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text``, closing quotes kept with their sentence.

    Args:
        text: any text.

    Returns:
        ``(start, end)`` offsets covering the non-blank sentences, in order.
    """
    cuts = [0]
    for para in _PARAGRAPH.finditer(text):
        cuts.append(para.end())
    for match in _BOUNDARY.finditer(text):
        if match.group(1) == "." and _is_abbreviation(text, match.start()):
            continue
        if _inside_quote(text, match.start()):
            continue
        cuts.append(match.start(3))
    cuts = [*sorted(set(cuts)), len(text)]
    spans: list[tuple[int, int]] = []
    for start, end in itertools.pairwise(cuts):
        chunk = text[start:end]
        left = len(chunk) - len(chunk.lstrip())
        right = len(chunk.rstrip())
        if right > left:
            spans.append((start + left, start + right))
    return spans


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of quoted passages, quotation marks included."""
    return [(m.start(), m.end()) for m in _QUOTES.finditer(text)]


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial, not a sentence."""
    word = _LAST_WORD.search(text[max(0, dot - 12):dot])
    if word is None:
        return False
    token = word.group(1).casefold().rstrip(".")
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _inside_quote(text: str, index: int) -> bool:
    """True inside an open “…” or «…» on the same line: a quoted sentence does not end a claim."""
    line_start = text.rfind("\n", 0, index) + 1
    before = text[line_start:index]
    return (before.count("“") > before.count("”") or before.count("«") > before.count("»")
            or before.count("``") > before.count("''"))
