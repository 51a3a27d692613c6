"""The main job: ingest the configured sources, then run every later stage that exists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import httpx

from sitrep.analyze.pipeline import Analyzer
from sitrep.jobs.analyze import AnalyzeReport, analyze_documents
from sitrep.jobs.evidence import EvidenceReport, build_evidence
from sitrep.jobs.ingest import IngestReport, ingest, inputs_from_specs
from sitrep.jobs.linking import LinkReport, link_new_documents
from sitrep.model import SourceSpec
from sitrep.settings import Settings
from sitrep.sources.inputs import Input
from sitrep.store import Store

STAGES = ("ingest", "link", "analyze", "evidence")
"""The stages ``run`` goes through, in order."""


@dataclass(frozen=True, slots=True)
class RunReport:
    """What one run did, stage by stage."""

    ingest: IngestReport
    link: LinkReport
    analyze: AnalyzeReport
    documents: int
    evidence: EvidenceReport = field(default_factory=EvidenceReport)


def run(
    specs: Sequence[SourceSpec],
    store: Store,
    *,
    settings: Settings,
    client: httpx.Client | None = None,
    analyzer: Analyzer | None = None,
    on_stage: Callable[[str, int], None] | None = None,
    on_input: Callable[[Input], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> RunReport:
    """Register the sources, ingest, link copies to their originals, analyse, grade.

    Args:
        specs: The sources to read (the user's sources file, or the bundled samples).
        store: An open store.
        settings: Limits and thresholds.
        client: HTTP client for URL sources; without one they are reported as problems.
        analyzer: Loaded analysis stages; without one the analysis and evidence stages are
            skipped.
        on_stage: Called with (stage name, number of steps) when a stage starts.
        on_input: Called before each input is read.
        on_progress: Called with (done, total) inside stages that count their steps.

    Returns:
        The report of every stage.
    """
    store.sync_sources(specs)
    if on_stage:
        on_stage("ingest", len(specs))
    ingested = ingest(inputs_from_specs(specs), store, settings=settings, client=client,
                      on_input=on_input)
    if on_stage:
        on_stage("link", 0)
    linked = link_new_documents(store, threshold=settings.near_duplicate_threshold,
                                on_progress=on_progress)
    analyzed = AnalyzeReport()
    if analyzer is not None:
        if on_stage:
            on_stage("analyze", 0)
        analyzed = analyze_documents(store, analyzer, on_progress=on_progress)
    evidence = EvidenceReport()
    if analyzer is not None:
        if on_stage:
            on_stage("evidence", 0)
        evidence = build_evidence(store)
    return RunReport(ingest=ingested, link=linked, analyze=analyzed,
                     documents=store.count_documents(), evidence=evidence)
