"""The ingest job: read inputs, store every report once, keep going past bad ones."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

import httpx

from sitrep.analyze.language import detect_language
from sitrep.model import Document, Problem, ReadResult, SourceSpec
from sitrep.settings import Settings
from sitrep.sources.inputs import Input, read_input
from sitrep.store import Store

# Enough text to tell a language apart; detecting on whole long articles only costs time.
_LANGUAGE_SAMPLE = 2000


@dataclass(slots=True)
class IngestReport:
    """What an ingest did, summed over its inputs; ``problems`` name input and reason."""

    read: int = 0
    added: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """True when any input or item could not be read: the CLI's exit code says so."""
        return bool(self.problems)

    def merge(self, other: IngestReport) -> None:
        """Add another report's counts and problems to this one."""
        self.read += other.read
        self.added += other.added
        self.unchanged += other.unchanged
        self.problems.extend(other.problems)


def inputs_from_specs(specs: Iterable[SourceSpec]) -> list[Input]:
    """The inputs a sources file names, each read as its configured kind and name."""
    return [Input(spec.url, spec.kind, spec.name) for spec in specs]


def ingest(
    items: Sequence[Input],
    store: Store,
    *,
    settings: Settings,
    client: httpx.Client | None = None,
    on_input: Callable[[Input], None] | None = None,
) -> IngestReport:
    """Read each input and store its documents, one transaction per file or URL.

    A failure in one input becomes a ``Problem`` and the batch goes on; what was stored
    before, in this run or earlier, is never touched. OPML lists are expanded: each feed they
    name is read in turn.

    Args:
        items: Paths, folders and URLs, with an optional kind and source name each.
        store: An open store.
        settings: Size limits, timeouts and address rules.
        client: An HTTP client for URLs (``sources.fetch.make_client``); without one, URLs
            are reported as problems.
        on_input: Called before each input, for progress display.

    Returns:
        Counts and problems of the whole batch.
    """
    report = IngestReport()
    for item in items:
        if on_input:
            on_input(item)
        for result in read_input(item, settings=settings, client=client):
            report.merge(store_result(result, store))
            if result.feeds:
                feeds = [Input(feed.url, "feed", feed.name) for feed in result.feeds]
                report.merge(ingest(feeds, store, settings=settings, client=client,
                                    on_input=on_input))
    return report


def with_language(doc: Document) -> Document:
    """``doc`` with its language detected from its text when the source did not say."""
    if doc.language:
        return doc
    sample = f"{doc.title or ''}\n{doc.text[:_LANGUAGE_SAMPLE]}"
    language = detect_language(sample)
    return replace(doc, language=language) if language else doc


def store_result(result: ReadResult, store: Store) -> IngestReport:
    """Store what one input gave, languages filled in, in one transaction; count it."""
    docs = [with_language(doc) for doc in result.documents]
    added = store.add_documents(docs) if docs else None
    return IngestReport(
        read=len(docs),
        added=len(added.added) if added else 0,
        unchanged=added.unchanged if added else 0,
        problems=list(result.problems),
    )
