"""Stance of a text towards a claim: agree, disagree, discuss or unrelated."""

from __future__ import annotations

from sitrep.analyze.stance.classify import (
    Relation,
    StanceResult,
    compare,
    compare_many,
    compare_prepared,
    compare_stream,
    idf_for_texts,
)

__all__ = ["Relation", "StanceResult", "compare", "compare_many", "compare_prepared",
           "compare_stream", "idf_for_texts"]
