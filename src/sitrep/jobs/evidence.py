"""The evidence job: group stored reports into stories, compare and grade their claims."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.link.evidence import build_evidence as link_evidence
from sitrep.link.reports import Report
from sitrep.store import Store

if TYPE_CHECKING:
    from sitrep.knowledge.gazetteer import Gazetteer


@dataclass(frozen=True, slots=True)
class EvidenceReport:
    """What one evidence run found: counts for the run summary."""

    reports: int = 0
    stories: int = 0
    assertions: int = 0
    relations: int = 0
    contradictions: int = 0
    checks: int = 0
    grades: int = 0

    def summary(self) -> str:
        """One line for the run and watch logs."""
        return (f"evidence: {self.stories} stories, {self.relations} relations "
                f"({self.contradictions} contradictions), {self.checks} reference checks, "
                f"{self.grades} grades")


def build_evidence(store: Store, gazetteer: Gazetteer | None = None) -> EvidenceReport:
    """Recompute all evidence from the stored analyses and save it in one transaction.

    Evidence depends on every report at once (a new report can corroborate an old claim),
    so it is rebuilt whole; running it twice gives the same stories with the same ids.

    Args:
        store: An open store with analysed documents.
        gazetteer: Lets reference checks say how many gazetteer places carry an
            unresolved name; optional.

    Returns:
        Counts of what was found and saved.
    """
    specs = {spec.name: spec for spec in store.list_sources()}
    stored = store.find_documents()
    found = store.analyses_for(row.document.key for row in stored)
    reports = []
    for row in stored:
        analysis = found.get(row.document.key)
        if analysis is None:
            continue
        spec = specs.get(row.document.source)
        reports.append(Report(row.document, analysis, spec.side if spec else "unknown",
                              spec.reliability if spec else "F"))
    lookup = (lambda name: len(gazetteer.candidates(name))) if gazetteer else None
    evidence = link_evidence(reports, store.all_links(), lookup)
    store.save_evidence(evidence.stories, evidence.assertions, evidence.relations,
                        evidence.checks, evidence.grades)
    return EvidenceReport(
        reports=len(reports), stories=len(evidence.stories),
        assertions=len(evidence.assertions), relations=len(evidence.relations),
        contradictions=sum(r.relation == "contradicts" for r in evidence.relations),
        checks=len(evidence.checks), grades=len(evidence.grades),
    )
