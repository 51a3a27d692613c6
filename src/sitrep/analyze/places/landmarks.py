"""Places inside a town (squares, stations, colleges, streets), kept with their town."""

from __future__ import annotations

import re

from sitrep.analyze.places.spans import Span
from sitrep.knowledge.names import normalize_name

# Last words of a named landmark ("Sobornyi Square", "Pokrovsk Pedagogical College").
_LANDMARK_WORDS = (
    "Square|College|Street|St\\.|Avenue|Ave\\.|Road|Boulevard|Blvd\\.|Bridge|Hospital|"
    "Station|Airport|Airfield|Stadium|Cathedral|Church|Monastery|Market|Plant|Factory|Mine|"
    "Highway|Embankment|Prospekt|Avenue|District Hospital|Railway Station"
)
_CAP = r"[A-ZА-ЯІЇЄҐ][\w'’ʼ-]*"
_NAMED = re.compile(rf"(?<![\w.])(?:{_CAP}\s){{1,3}}(?:{_LANDMARK_WORDS})(?!\w)")
# Unnamed infrastructure that still has one place in a town: "the railway station".
_GENERIC = re.compile(
    r"(?<=\bthe )(?:railway|train|bus)\s+station\b|"
    r"\b(?:залізничн(?:ий|ого|ому)\s+вокзал\w*|автовокзал\w*|"
    r"железнодорожн(?:ый|ого|ом)\s+вокзал\w*)"
)
# Cyrillic: a square or street word followed by its capitalised name ("площа Соборна").
_CYRILLIC = re.compile(
    rf"\b(?:площ[аіу]|площад[ьи]|вулиц[яіею]|вул\.|улиц[аеуы]|ул\.|проспект[іеу]?|просп\.)\s+{_CAP}"
)
# Words that start a capitalised run but are not part of a landmark's name.
_LEADING_NOISE = frozenset({
    "The", "A", "An", "In", "At", "On", "Of", "From", "To", "By", "Near", "And", "Both",
})


def find_landmarks(text: str) -> list[Span]:
    """Named and generic landmarks, to be resolved to the town they stand in.

    Street addresses with a house number ("1935 Orchard St.") are left out: they locate a
    house, not a place a report is about.

    Args:
        text: The text.

    Returns:
        Landmark spans in text order.
    """
    spans = []
    for pattern in (_NAMED, _GENERIC, _CYRILLIC):
        for match in pattern.finditer(text):
            start, end = match.span()
            words = match.group().split()
            while len(words) > 1 and words[0] in _LEADING_NOISE:
                start += len(words[0]) + 1
                words = words[1:]
            if pattern is _NAMED and len(words) < 2:
                continue
            before = text[max(0, start - 8) : start].strip()
            if before[-1:].isdigit():
                continue
            surface = text[start:end]
            spans.append(Span(start, end, surface, (normalize_name(surface),), "landmark",
                              hint="landmark", strength=1.0))
    return sorted(spans, key=lambda s: s.start)
