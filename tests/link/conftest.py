"""Fixtures for the evidence tests: the two seed reports, read and analysed for real, once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sitrep.analyze.pipeline import Analyzer
from sitrep.knowledge.gazetteer import Gazetteer
from sitrep.link.evidence import Evidence, build_evidence
from sitrep.link.reports import Report
from sitrep.model import Reliability, Side, TextInput
from sitrep.sources.textfiles import parse_text_file

os.environ.setdefault("HF_HUB_OFFLINE", "1")

SEEDS = Path(__file__).parents[2] / "src" / "sitrep" / "samples" / "reports"
# Side and reliability as the bundled sources file rates the two outlets.
RATINGS: dict[str, tuple[Side, Reliability]] = {
    "The Kyiv Independent": ("ua", "B"),
    "DPR-aligned outlet": ("ru", "F"),
}


@pytest.fixture(scope="session")
def seed_reports() -> list[Report]:
    """The Kyiv Independent and the DPR-aligned report, analysed by the real pipeline."""
    gazetteer = Gazetteer.open()
    analyzer = Analyzer.load(gazetteer)
    reports = []
    for path in sorted(SEEDS.glob("*.md")):
        (doc,) = parse_text_file(path.read_bytes(), origin=str(path)).documents
        analysis = analyzer.analyze(TextInput(id=doc.key, text=doc.text, title=doc.title,
                                              published=doc.published, source=doc.source,
                                              language=doc.language))
        side, reliability = RATINGS[doc.source]
        reports.append(Report(doc, analysis, side, reliability))
    return reports


@pytest.fixture(scope="session")
def seed_evidence(seed_reports: list[Report]) -> Evidence:
    """The evidence layer over the two seed reports alone."""
    return build_evidence(seed_reports)


@pytest.fixture(scope="session")
def kyiv(seed_reports: list[Report]) -> Report:
    """The Kyiv Independent's report (ua, B), dated 23 Nov 2025."""
    return next(r for r in seed_reports if r.document.source == "The Kyiv Independent")


@pytest.fixture(scope="session")
def dpr(seed_reports: list[Report]) -> Report:
    """The DPR-aligned outlet's undated report (ru, F)."""
    return next(r for r in seed_reports if r.document.source == "DPR-aligned outlet")
