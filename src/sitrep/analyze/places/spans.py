"""What the finding half of the place stage hands to the resolving half: candidate spans."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

from sitrep.model import Alias, GazetteerPlace

SpanSource = Literal["ner", "gazetteer", "lemma", "asserted", "landmark", "demonym"]
"""Which finder proposed a span: spaCy's NER, a gazetteer n-gram, a Cyrillic lemma, ..."""

FeatureHint = Literal["country", "admin1", "admin2", "settlement", "village", "landmark"]
"""What the words around a name say it is ("Donetsk Oblast", "the village of Kachin")."""


class Lookup(Protocol):
    """The read-only gazetteer methods the place stage uses (``knowledge.gazetteer.Gazetteer``).

    A protocol rather than the class, so tests can hand in a small fake with the same methods.
    """

    max_name_words: int

    def candidates(self, name: str) -> list[tuple[GazetteerPlace, Alias | None]]:
        """Every place with this name, with the alias when it is not the main name."""
        ...

    def is_name(self, normalized: str) -> bool:
        """Whether any place has this (already normalised) name."""
        ...

    def aliases(self, place_id: str) -> list[Alias]:
        """Every other name of a place."""
        ...

    def country_place(self, iso2: str) -> GazetteerPlace | None:
        """The country's own entry."""
        ...


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text that may name a place, with the names to look it up under.

    ``keys`` are lookup names in order of preference (the surface form first, then lemmas);
    ``hint`` is the kind of place the context suggests; ``country`` pins a demonym or an
    asserted name to a country; ``strength`` is the finder's confidence that this is a place
    at all (spaCy's entity 1.0, a bare gazetteer n-gram less).
    """

    start: int
    end: int
    text: str
    keys: tuple[str, ...]
    source: SpanSource
    hint: FeatureHint | None = None
    strength: float = 1.0
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Assertion:
    """A text saying two names are one place: "Krasnogorod (Ukrainian name – Pokrovsk)".

    ``alias`` is the span of the name asserted for ``name``'s place; which of the two the
    gazetteer knows is decided when resolving.
    """

    alias: Span
    name: Span


@dataclass(frozen=True, slots=True)
class ScoredCandidate:
    """One gazetteer place a name could mean, with the score and its parts (for ``explain``).

    ``parts`` names each term of the score (population, feature, focus, ...) and its value, so
    a user can see why one Pokrovsk beat another.
    """

    place: GazetteerPlace
    alias: Alias | None
    score: float
    parts: dict[str, float] = field(default_factory=dict)
    aliases: tuple[Alias, ...] = ()


def drop_overlaps(spans: list[Span]) -> list[Span]:
    """Keep the best of overlapping spans: the stronger first, then the longer, then earlier.

    Returns:
        Non-overlapping spans sorted by start.
    """
    ranked = sorted(spans, key=lambda s: (-s.strength, -(s.end - s.start), s.start))
    kept: list[Span] = []
    for span in ranked:
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)
