"""Events stage: ACLED sub-event types per report, throughput, and output for the scorer.

Run: .venv/bin/python bench/events.py --jsonl IN OUT   (one output line per input line)
     .venv/bin/python bench/events.py                  (times and scores case2021t2, seeds)
Score an output: python /work/shared/eval/score.py case2021t2 --output OUT
The second form writes bench/results/events.json: docs/s, the scorer's summary line per
corpus, machine and commit. Not a test.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _machine import machine, peak_rss_mb, read_jsonl, save_results, write_jsonl

from sitrep.analyze.events import extract_events
from sitrep.report.contract import event_to_contract

EVAL = Path("/work/shared/eval/data")
SCORER = EVAL.parent / "score.py"


def run(lines: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], float]:
    """Extract events from each input line; return output lines and seconds spent."""
    out = []
    start = time.perf_counter()
    for line in lines:
        events = extract_events(line["text"], language=line.get("language"))
        out.append({"id": line["id"], "events": [event_to_contract(e) for e in events]})
    return out, time.perf_counter() - start


def score(corpus: str, out: list[dict[str, Any]]) -> dict[str, Any]:
    """The shared scorer's one-line JSON summary for ``out`` (its last line of output)."""
    with tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp) / "out.jsonl"
        write_jsonl(output, out)
        done = subprocess.run([sys.executable, str(SCORER), corpus, "--output", str(output)],
                              capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jsonl", nargs=2, metavar=("IN", "OUT"), type=Path,
                        help="write one {id, events} line per input line")
    args = parser.parse_args()
    corpora = {"cli": args.jsonl[0]} if args.jsonl else {
        name: EVAL / name / "input.jsonl" for name in ("case2021t2", "seeds")}
    results: dict[str, Any] = {"machine": machine()}
    for name, path in corpora.items():
        lines = read_jsonl(path)
        out, seconds = run(lines)
        chars = sum(len(line["text"]) for line in lines)
        results[name] = {"input": str(path), "docs": len(lines), "seconds": round(seconds, 3),
                         "docs_per_s": round(len(lines) / seconds, 1),
                         "chars_per_s": round(chars / seconds)}
        if args.jsonl:
            write_jsonl(args.jsonl[1], out)
        elif SCORER.exists():
            results[name]["score"] = score(name, out)
    results["peak_rss_mb"] = round(peak_rss_mb(), 1)
    if not args.jsonl:
        save_results("events", results)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
