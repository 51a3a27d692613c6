"""Dates stage: contract output for the scorer, and documents per second on the TBAQ texts.

Run from the repository root:
    .venv/bin/python bench/dates.py --jsonl IN.jsonl OUT.jsonl   # then score.py tbaq --output OUT
    .venv/bin/python bench/dates.py [--corpus TBAQ_INPUT] [--repeat N]
The second form writes bench/results/dates.json. Not a test: numbers vary with the machine.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from _machine import machine, read_jsonl, save_results

from sitrep.analyze.dates import STAGE, extract_dates
from sitrep.report.contract import date_to_contract

TBAQ = Path(__file__).resolve().parents[2] / "shared" / "eval" / "data" / "tbaq" / "input.jsonl"


def _published(value: str | None) -> datetime | None:
    """The input's ``published`` ISO string as a datetime (``Z`` accepted), or ``None``."""
    return datetime.fromisoformat(value) if value else None


def write_jsonl(source: Path, target: Path) -> int:
    """Write one ``{"id", "dates": [...]}`` line per input line; return the line count."""
    items = read_jsonl(source)
    with target.open("w", encoding="utf-8") as out:
        for item in items:
            mentions = extract_dates(item["text"], published=_published(item.get("published")),
                                     language=item.get("language"))
            dates = [date_to_contract(d) for d in mentions]
            out.write(json.dumps({"id": item["id"], "dates": dates}, ensure_ascii=False) + "\n")
    return len(items)


def throughput(source: Path, repeat: int) -> dict[str, Any]:
    """Documents per second of ``extract_dates`` over the corpus, best of ``repeat`` passes."""
    items = [(i["text"], _published(i.get("published"))) for i in read_jsonl(source)]
    best = float("inf")
    mentions = 0
    for _ in range(repeat):
        start = time.perf_counter()
        mentions = sum(len(extract_dates(text, published=pub, language=None))
                       for text, pub in items)
        best = min(best, time.perf_counter() - start)
    chars = sum(len(text) for text, _ in items)
    return {"stage": STAGE, "corpus": str(source.name), "docs": len(items), "chars": chars,
            "mentions": mentions, "seconds": round(best, 4),
            "docs_per_s": round(len(items) / best, 1),
            "ms_per_doc": round(1000 * best / len(items), 3)}


def main() -> None:
    """Parse arguments and run one of the two modes."""
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jsonl", nargs=2, type=Path, metavar=("IN", "OUT"),
                        help="write the dates of each input line to OUT for score.py")
    parser.add_argument("--corpus", type=Path, default=TBAQ,
                        help="input JSONL to time (default: the shared TBAQ inputs)")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes; best is kept")
    args = parser.parse_args()
    if args.jsonl:
        count = write_jsonl(*args.jsonl)
        print(f"wrote {count} lines to {args.jsonl[1]}")
        return
    results = {"machine": machine(), **throughput(args.corpus, args.repeat)}
    save_results("dates", results)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
