"""Evidence layer speed: stories, comparison and grades over 10,000 stored reports.

Run from the repository root:
    .venv/bin/python bench/evidence.py [--reports 10000] [--db PATH]
Analyses the bundled samples once, stores copies of them under distinct outlets, days and
keys (a fifth linked as forwards of their first copy), then times the evidence job: load
from the store, group, compare, grade, save. Writes bench/results/evidence.json.
Not a test: numbers vary with the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from _machine import machine, peak_rss_mb, save_results

from sitrep.analyze.pipeline import Analyzer
from sitrep.jobs.evidence import build_evidence
from sitrep.jobs.run import run
from sitrep.knowledge.gazetteer import Gazetteer
from sitrep.model import Analysis, Document, DocumentLink, SourceSpec
from sitrep.settings import Settings
from sitrep.sources.catalog import bundled_catalog_path, load_catalog
from sitrep.store import Store, open_store

# Outlets per side the copies are spread over, and the days they are spread across.
OUTLETS = 40
DAYS = 60


def analysed_samples(store: Store) -> list[tuple[Document, Analysis]]:
    """Ingest and analyse the bundled samples into ``store``; return them with analyses."""
    specs = load_catalog(bundled_catalog_path())
    run(specs, store, settings=Settings(), analyzer=Analyzer.load(Gazetteer.open()))
    rows = store.find_documents()
    found = store.analyses_for(r.document.key for r in rows)
    return [(r.document, found[r.document.key]) for r in rows if r.document.key in found]


def replicate(store: Store, samples: list[tuple[Document, Analysis]], total: int) -> int:
    """Store copies of the samples under new outlets and days until ``total`` reports."""
    sides = {s.name: s for s in store.list_sources()}
    specs: dict[str, SourceSpec] = {}
    docs: list[Document] = []
    analyses: list[Analysis] = []
    links: list[DocumentLink] = []
    first_copy: dict[str, str] = {}
    base = datetime(2025, 10, 1, tzinfo=UTC)
    copy = 0
    while len(docs) + len(samples) < total:
        for doc, analysis in samples:
            if len(docs) + len(samples) >= total:
                break
            spec = sides.get(doc.source)
            outlet = f"{doc.source} copy {copy % OUTLETS}"
            specs[outlet] = SourceSpec(outlet, "text", f"bench:{outlet}",
                                       side=spec.side if spec else "unknown",
                                       reliability=spec.reliability if spec else "F")
            published = (doc.published or base) + timedelta(days=copy % DAYS)
            new = replace(doc, source=outlet, external_id=f"bench-{copy}-{doc.key[:12]}",
                          published=published)
            docs.append(new)
            analyses.append(replace(analysis, id=new.key))
            if doc.key in first_copy and copy % 5 == 0:
                links.append(DocumentLink(new.key, first_copy[doc.key], "forward", 1.0))
            first_copy.setdefault(doc.key, new.key)
        copy += 1
    store.sync_sources(specs.values())
    store.add_documents(docs)
    store.save_analyses(analyses)
    store.add_links(links)
    return store.count_documents()


def main() -> None:
    """Build the corpus, time the evidence job, write the results file."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--db", type=Path, help="SQLite file to build (default: temporary)")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        with open_store(f"sqlite:///{path}") as store:
            samples = analysed_samples(store)
            stored = replicate(store, samples, args.reports)
            started = time.perf_counter()
            report = build_evidence(store)
            seconds = time.perf_counter() - started
            again = time.perf_counter()
            build_evidence(store)
            rerun = time.perf_counter() - again
    results = {"machine": machine(), "evidence": {
        "reports": stored, "analysed": report.reports, "seconds": round(seconds, 2),
        "docs_per_s": round(report.reports / seconds, 1), "rerun_seconds": round(rerun, 2),
        "stories": report.stories, "assertions": report.assertions,
        "relations": report.relations, "contradictions": report.contradictions,
        "checks": report.checks, "grades": report.grades,
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }}
    save_results("evidence", results)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
