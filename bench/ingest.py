"""Ingest throughput: parsing per input kind, storing, re-ingesting and linking.

Run: .venv/bin/python bench/ingest.py [--copies N]
Writes bench/results/ingest.json. Not a test: numbers vary with the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from _machine import machine, peak_rss_mb, save_results

from sitrep.jobs.ingest import ingest, inputs_from_specs
from sitrep.jobs.linking import link_new_documents
from sitrep.settings import Settings
from sitrep.sources.catalog import bundled_catalog_path, load_catalog
from sitrep.sources.inputs import read_input
from sitrep.store import open_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=20,
                        help="store the samples this many times under distinct source names, "
                        "to measure storing and linking at scale (default 20)")
    args = parser.parse_args()
    settings = Settings()
    specs = load_catalog(bundled_catalog_path())
    results: dict[str, object] = {"machine": machine()}

    parsed: Counter[str] = Counter()
    seconds: Counter[str] = Counter()
    for spec in specs:
        start = time.perf_counter()
        for result in read_input(inputs_from_specs([spec])[0], settings=settings):
            parsed[spec.kind] += len(result.documents)
        seconds[spec.kind] += time.perf_counter() - start
    results["parse_docs_per_s"] = {k: round(parsed[k] / seconds[k], 1) for k in parsed}
    results["parse_docs"] = dict(parsed)

    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "bench.db")) as store:
        copies = [replace(s, name=f"{s.name} #{i}") for i in range(args.copies)
                  for s in specs]
        start = time.perf_counter()
        report = ingest(inputs_from_specs(copies), store, settings=settings)
        elapsed = time.perf_counter() - start
        results["ingest"] = {"docs": report.added, "seconds": round(elapsed, 2),
                             "docs_per_s": round(report.added / elapsed, 1)}
        start = time.perf_counter()
        again = ingest(inputs_from_specs(copies), store, settings=settings)
        elapsed = time.perf_counter() - start
        results["reingest"] = {"docs": again.unchanged, "new": again.added,
                               "docs_per_s": round(again.unchanged / elapsed, 1)}
        start = time.perf_counter()
        linked = link_new_documents(store, threshold=settings.near_duplicate_threshold)
        elapsed = time.perf_counter() - start
        results["link"] = {"docs": linked.signed, "links": linked.links_added,
                           "seconds": round(elapsed, 2),
                           "docs_per_s": round(linked.signed / elapsed, 1)}
    results["peak_rss_mb"] = round(peak_rss_mb(), 1)
    save_results("ingest", results)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
