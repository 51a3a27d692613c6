"""The analysis job: run the analysis stages over stored documents and save the results."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sitrep.analyze.pipeline import Analyzer
from sitrep.model import Document, Problem, TextInput
from sitrep.store import Store

# Documents per transaction: small enough that a stop loses little, large enough that
# commits do not dominate.
BATCH = 50


@dataclass(slots=True)
class AnalyzeReport:
    """How many documents were analysed, and which stages failed on which."""

    analyzed: int = 0
    problems: list[Problem] = field(default_factory=list)


def text_input(doc: Document, source_country: str | None = None) -> TextInput:
    """What the analysis sees of a stored document."""
    return TextInput(id=doc.key, text=doc.text, title=doc.title, published=doc.published,
                     source=doc.source, language=doc.language, source_country=source_country)


def analyze_documents(
    store: Store,
    analyzer: Analyzer,
    *,
    documents: Sequence[Document] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> AnalyzeReport:
    """Analyse documents and save each batch in one transaction.

    Args:
        store: An open store.
        analyzer: Loaded stages (``Analyzer.load``).
        documents: What to analyse; by default every document not yet analysed by these
            stage versions, so an upgrade re-analyses exactly what is stale.
        on_progress: Called with (done, total).

    Returns:
        Counts and the per-document stage failures.
    """
    pending = list(documents) if documents is not None else store.documents_to_analyze(
        analyzer.stages)
    countries = {spec.name: spec.country for spec in store.list_sources()}
    report = AnalyzeReport()
    for first in range(0, len(pending), BATCH):
        chunk = pending[first:first + BATCH]
        results = list(analyzer.analyze_many(
            [text_input(doc, countries.get(doc.source)) for doc in chunk], BATCH))
        store.save_analyses(results)
        report.analyzed += len(results)
        report.problems += [p for r in results for p in r.problems]
        if on_progress:
            on_progress(report.analyzed, len(pending))
    return report
