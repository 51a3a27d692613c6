"""Russian names the knowledge base does not list, found by natasha's news NER (slovnet).

natasha ships its embeddings and tagger inside the package, so this runs offline. Loading
takes about a second and some 100 MB, so it happens at the first Russian text, never for
a batch without one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from natasha import MorphVocab, NewsMorphTagger, NewsNERTagger, Segmenter

    _Parts = tuple[Segmenter, NewsNERTagger, NewsMorphTagger, MorphVocab]

NamedLabel = Literal["PER", "ORG", "LOC"]


@dataclass(frozen=True, slots=True)
class NamedSpan:
    """One name natasha found: character offsets in the text it was given, its label, and
    its nominative form ("Алексея Иванова" -> "Алексей Иванов")."""

    start: int
    end: int
    label: NamedLabel
    normal: str


class RussianNER:
    """natasha's segmenter, news NER and morphology taggers, loaded when first used."""

    def __init__(self) -> None:
        self._parts: _Parts | None = None

    def _load(self) -> _Parts:
        if self._parts is None:
            from natasha import (
                MorphVocab,
                NewsEmbedding,
                NewsMorphTagger,
                NewsNERTagger,
                Segmenter,
            )

            embedding = NewsEmbedding()
            self._parts = (Segmenter(), NewsNERTagger(embedding), NewsMorphTagger(embedding),
                           MorphVocab())
        return self._parts

    def entities(self, text: str) -> list[NamedSpan]:
        """People, organisations and places named in ``text``, in text order."""
        if not text.strip():
            return []
        from natasha import Doc

        segmenter, tagger, morph, vocab = self._load()
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        if not doc.spans:
            return []
        doc.tag_morph(morph)  # the cases that name normalisation reads
        for span in doc.spans:
            span.normalize(vocab)
        return [NamedSpan(span.start, span.stop, span.type, span.normal or span.text)
                for span in doc.spans]
