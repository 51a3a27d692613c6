"""Names a text itself says are one place: "Krasnogorod (Ukrainian name – Pokrovsk)"."""

from __future__ import annotations

import re

from sitrep.analyze.places.spans import Assertion, Span
from sitrep.knowledge.names import normalize_name

# A capitalised name of up to four words, Latin or Cyrillic.
_NAME = r"[A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]*(?:\s[A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]*){0,3}"
_DASH = r"\s*[:–—-]?\s*"
# Cues inside brackets that say the bracketed name is another name of the same place.
_BRACKET_CUE = (
    r"(?:(?:the\s+)?(?:Ukrainian|Russian|official|local|former|new|old|Soviet|previous)"
    r"\s+names?(?:\s+(?:is|was))?" + _DASH + r"|formerly(?:\s+known\s+as)?\s+|now\s+|"
    r"previously\s+|(?:also\s+)?known\s+as\s+|renamed\s+(?:from\s+)?|"
    r"(?:in\s+)?(?:Ukrainian|Russian)" + _DASH + r"|"
    r"(?:рус|укр|рос|бывш|колишн[ія]|нині|ныне|бывш(?:ий|ая|ее)|колишн(?:ій|я|є))\.?" + _DASH
    + r"|(?:до\s+\d{4}(?:\s+(?:року|года))?)" + _DASH + ")"
)
_WITH_CUE = re.compile(rf"(?P<a>{_NAME})\s*\({_BRACKET_CUE}(?P<b>{_NAME})\)")
# "Krasnogorod (Pokrovsk)" after a preposition: the bracket glosses the name before it.
_BARE = re.compile(
    rf"\b(?:in|near|of|at|from|for|around|outside|в|у|під|под|біля|возле)\s+(?P<a>{_NAME})"
    rf"\s*\((?P<b>{_NAME})\)"
)
# "Pokrovsk, which Russia calls Krasnoarmeysk"; "Bakhmut, formerly Artemivsk".
_CALLS = re.compile(
    rf"(?P<b>{_NAME}),?\s+(?:which|what)\s+(?:the\s+)?(?:Russia|Russians|Moscow|Kremlin|"
    rf"Ukraine|Ukrainians|Kyiv|occupiers|occupation authorities)\s+(?:still\s+)?calls?\s+"
    rf"(?P<a>{_NAME})"
)
_FORMERLY = re.compile(
    rf"(?P<b>{_NAME}),\s+(?:formerly|previously|once)\s+(?:known\s+as\s+|called\s+)?(?P<a>{_NAME})"
)


def _span(match: re.Match[str], group: str) -> Span:
    """The span of one named group of a match, as an asserted-name candidate."""
    start, end = match.span(group)
    text = match.group(group)
    return Span(start, end, text, (normalize_name(text),), "asserted", strength=1.0)


def find_assertions(text: str) -> list[Assertion]:
    """Pairs of names the text equates, in text order.

    ``alias`` is the name given as the other one ("Krasnogorod (Ukrainian name – Pokrovsk)":
    alias Krasnogorod, name Pokrovsk); the resolver swaps them when only the alias is known.

    Args:
        text: The text.

    Returns:
        The assertions found, by position of the alias.
    """
    found: list[Assertion] = []
    for pattern in (_WITH_CUE, _BARE, _CALLS, _FORMERLY):
        for match in pattern.finditer(text):
            alias, name = _span(match, "a"), _span(match, "b")
            if alias.keys[0] != name.keys[0] and not alias.text.isupper():
                found.append(Assertion(alias, name))
    unique = {(a.alias.start, a.name.start): a for a in found}
    return sorted(unique.values(), key=lambda a: a.alias.start)


def other_mentions(text: str, name: str, taken: list[tuple[int, int]]) -> list[Span]:
    """Every other whole-word occurrence of an asserted name, outside spans already taken.

    Returns:
        Spans of the repeats, marked as asserted names.
    """
    spans = []
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        start, end = match.span()
        if all(end <= s or start >= e for s, e in taken):
            spans.append(Span(start, end, name, (normalize_name(name),), "asserted"))
    return spans
