"""Place-stage benchmark: docs/s on one core and peak memory, or an eval-contract JSONL run.

    python bench/places.py                       # time extraction over the LGL texts
    python bench/places.py --no-spacy            # the same with gazetteer rules only
    python bench/places.py --jsonl IN OUT        # write {"id","language","places"} lines
    python ../shared/eval/score.py lgl --output OUT

Results of the timing run go to bench/results/places.json (machine, commit, settings).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from _machine import machine, read_jsonl, results_path, save_results

from sitrep.analyze.language import detect_language
from sitrep.analyze.places import PlaceExtractor
from sitrep.knowledge.gazetteer import Gazetteer
from sitrep.report.contract import place_to_contract

HERE = Path(__file__).resolve().parent
DEFAULT_INPUT = HERE.parent.parent / "shared" / "eval" / "data" / "lgl" / "input.jsonl"


def _rss_mb() -> float:
    """Peak resident memory of this process in MB (Linux reports KB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run_jsonl(extractor: PlaceExtractor, src: Path, out: Path) -> None:
    """Write one contract line per input line."""
    docs = read_jsonl(src)
    languages = [doc.get("language") or detect_language(doc["text"][:2000]) or "en"
                 for doc in docs]
    found = extractor.extract_many((doc["text"], language)
                                   for doc, language in zip(docs, languages, strict=True))
    with out.open("w", encoding="utf-8") as sink:
        for doc, language, mentions in zip(docs, languages, found, strict=True):
            places = [place_to_contract(m) for m in mentions]
            sink.write(json.dumps({"id": doc["id"], "language": language, "places": places},
                                  ensure_ascii=False) + "\n")


def run_bench(extractor: PlaceExtractor, src: Path, limit: int | None, spacy: bool,
              load_s: float) -> dict[str, object]:
    """Time extraction over the texts on one core, after one warm-up text."""
    docs = read_jsonl(src, limit)
    extractor.extract(docs[0]["text"], language="en")
    started, cpu = time.perf_counter(), time.process_time()
    mentions = 0
    for found in extractor.extract_many((doc["text"], doc.get("language")) for doc in docs):
        mentions += len(found)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"input": str(src), "docs": len(docs), "mentions": mentions,
            "seconds": round(seconds, 2), "docs_per_s": round(len(docs) / seconds, 1),
            "cpu_docs_per_s": round(len(docs) / cpu, 1),
            "load_seconds": round(load_s, 2), "peak_rss_mb": _rss_mb(), "spacy": spacy,
            "language": "detected per text", "machine": machine()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jsonl", nargs=2, metavar=("IN", "OUT"), type=Path)
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--no-spacy", action="store_true", help="gazetteer rules only")
    parser.add_argument("--all-cores", action="store_true", help="do not pin to one core")
    args = parser.parse_args()
    if not args.all_cores and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    started = time.perf_counter()
    extractor = PlaceExtractor.load(Gazetteer.open(), english=not args.no_spacy)
    load_s = time.perf_counter() - started
    if args.jsonl:
        run_jsonl(extractor, *args.jsonl)
        return 0
    result = run_bench(extractor, args.input, args.limit, not args.no_spacy, load_s)
    key = "spacy" if result["spacy"] else "rules"
    path = results_path("places")
    previous = json.loads(path.read_text()) if path.exists() else {}
    previous[key] = result
    save_results("places", previous)
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
