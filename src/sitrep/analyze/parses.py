"""spaCy parses shared by the stages of one text, made for a whole batch of texts at once.

The entity recogniser is most of the cost of the analysis. The places stage parses a whole
English text; the actors stage then asks for some of its sentences, which are cut from that
parse instead of running the recogniser again. ``prepare`` parses the texts of a batch
together with ``nlp.pipe``; ``focus`` says which text's stages run next. Each parse depends
on its text alone, so a text gets the same entities batched or one at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Texts per ``nlp.pipe`` call: larger batches gain nothing for the small model on a CPU.
PIPE_BATCH = 8

T = TypeVar("T")


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last may be shorter), read lazily."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class SharedParses:
    """A spaCy pipeline, called like one, that parses each text once for all its stages."""

    def __init__(self, nlp: Language, pipe_batch: int = PIPE_BATCH) -> None:
        """Wrap a loaded pipeline (``places.english.load_spacy()``)."""
        self._nlp = nlp
        self._pipe_batch = pipe_batch
        self._ready: dict[str, Doc] = {}
        self._text: str | None = None
        self._doc: Doc | None = None

    def prepare(self, texts: Sequence[str]) -> None:
        """Parse the texts of the next batch together; the previous batch's are dropped."""
        unique = list(dict.fromkeys(texts))
        docs = self._nlp.pipe(unique, batch_size=self._pipe_batch)
        self._ready = dict(zip(unique, docs, strict=True))

    def focus(self, text: str) -> None:
        """Start on a new text: its prepared parse if any, and nothing of the previous one's."""
        self._doc = self._ready.pop(text, None)
        self._text = text if self._doc is not None else None

    def __call__(self, text: str) -> Doc:
        """The parse of ``text``: the current one, a part of it, or a new one."""
        if self._doc is not None and self._text is not None:
            if text == self._text:
                return self._doc
            at = self._text.find(text)
            part = self._doc.char_span(at, at + len(text)) if at >= 0 else None
            if part is not None:
                return part.as_doc()
        self._doc, self._text = self._nlp(text), text
        return self._doc

    def pipe(self, texts: Iterable[str]) -> Iterator[Doc]:
        """Parses of several texts (parts of the current one are cut from its parse)."""
        for text in texts:
            yield self(text)
