"""Whole-analysis throughput: every stage of ``Analyzer`` on English news texts, one core.

Run: .venv/bin/python bench/analysis.py [--corpus PATH] [--limit N] [--no-ner]
Texts are read from the eval corpora beside the project (../shared/eval/data) when present;
only timing is measured here, accuracy is score.py's job. Writes bench/results/analysis.json.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import Counter
from pathlib import Path

from _machine import machine, peak_rss_mb, read_jsonl, save_results

from sitrep.analyze.pipeline import Analyzer
from sitrep.knowledge.gazetteer import Gazetteer
from sitrep.model import TextInput
from sitrep.report.contract import contract_input

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "data"


def _inputs(path: Path, limit: int | None) -> list[TextInput]:
    items = [contract_input(raw) for raw in read_jsonl(path, limit)]
    return [item for item in items if isinstance(item, TextInput)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", action="append", type=Path,
                        help="JSONL inputs (default: the tbaq and lgl eval inputs)")
    parser.add_argument("--limit", type=int, default=None, help="first N texts of each")
    parser.add_argument("--no-ner", action="store_true", help="without spaCy's recogniser")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    corpora = args.corpus or [EVAL / "tbaq" / "input.jsonl", EVAL / "lgl" / "input.jsonl"]
    start = time.perf_counter()
    gazetteer = Gazetteer.open()
    analyzer = Analyzer.load(gazetteer, english_ner=not args.no_ner)
    results: dict[str, object] = {"machine": machine(),
                                  "load_seconds": round(time.perf_counter() - start, 2),
                                  "ner": not args.no_ner}
    for corpus in corpora:
        items = _inputs(corpus, args.limit)
        analyzer.analyze(items[0])  # warm caches outside the timing
        counts: Counter[str] = Counter()
        start, cpu = time.perf_counter(), time.process_time()
        for analysis in analyzer.analyze_many(items):
            for layer in ("places", "dates", "actors", "claims", "figures", "events"):
                counts[layer] += len(getattr(analysis, layer))
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        words = sum(len(item.text.split()) for item in items)
        results[corpus.parent.name] = {
            "docs": len(items), "seconds": round(elapsed, 2),
            "docs_per_s": round(len(items) / elapsed, 1),
            "cpu_docs_per_s": round(len(items) / cpu, 1),
            "words_per_s": round(words / elapsed), "found": dict(counts)}
    results["peak_rss_mb"] = round(peak_rss_mb(), 1)
    save_results("analysis", results)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
