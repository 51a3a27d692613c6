"""Whether a text agrees with, denies, merely discusses or ignores a claim: overlap, then cues."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

from sitrep.analyze.stance.cues import (
    confirming_cues,
    denying_cues,
    hedging_cues,
    refuting_cues,
)
from sitrep.analyze.stance.overlap import (
    PreparedText,
    coverage,
    idf_from_stem_sets,
    prepare_text,
    stems,
    unseen_idf,
)

Relation = Literal["agree", "disagree", "discuss", "unrelated"]

# Relatedness is the mean of two coverages of the claim's IDF mass: by the whole text and by
# its best sentence. Over a batch their distribution is bimodal (most pairs near 0, related
# ones spread over 0.3-0.9); 0.25 sits in the trough between the modes. On FNC-1 (eval only)
# 0.20/0.25/0.30 were compared as a tuning check; 0.25 stayed.
RELATED_THRESHOLD = 0.25
# The sentences read for stance: the few most like the claim, and only those covering at
# least half as much as the best one (a weak match says nothing about the claim).
TOP_SENTENCES = 3
MIN_SHARE_OF_BEST = 0.5
# Texts open with their point; the lead sentences are read for stance too.
LEAD_SENTENCES = 2
# A sentence carrying this share of the claim's weight, unhedged, restates it: the text
# asserts the claim even if hedges surround it (0.8 vs 0.9 and none was a tuning check).
RESTATED = 0.8
# With fewer "documents" than this (a one-sentence text and the claim), IDF means nothing;
# every stem then weighs the same.
MIN_IDF_TEXTS = 3
_CUE_LIMIT = 6


@dataclass(frozen=True, slots=True)
class StanceResult:
    """How a text relates to a claim, how related it is, and the evidence for the label.

    ``score`` is the relatedness in [0, 1] (the claim's IDF mass found in the text and in its
    best sentence); ``reasons`` are readable notes, the cues found first.
    """

    relation: Relation
    score: float
    reasons: tuple[str, ...]


def compare(claim: str, text: str, *, idf: Mapping[str, float] | None = None) -> StanceResult:
    """Whether ``text`` agrees with, denies, discusses or ignores ``claim``.

    Without ``idf``, the text's own sentences serve as the collection, so words that recur
    through the text count less than the ones it names once.

    Args:
        claim: a one-sentence claim, e.g. a headline.
        text: the report to check against it.
        idf: stem weights from a collection (``idf_for_texts``); better over a batch.

    Returns:
        The relation, the relatedness score in [0, 1], and the cues behind the label.
    """
    prepared = prepare_text(text)
    if idf is None:
        sets = [*prepared.sentence_stems, frozenset(stems(claim))]
        idf = idf_from_stem_sets(sets) if len(sets) >= MIN_IDF_TEXTS else {}
    return compare_prepared(claim, prepared, idf)


def compare_many(pairs: Iterable[tuple[str, str]]) -> list[StanceResult]:
    """Compare many (claim, text) pairs, with IDF over the batch's distinct texts.

    Args:
        pairs: ``(claim, text)`` tuples.

    Returns:
        One result per pair, in order.
    """
    pairs = list(pairs)
    idf = idf_for_texts(text for _, text in pairs)
    return list(compare_stream(pairs, idf))


def idf_for_texts(texts: Iterable[str]) -> dict[str, float]:
    """IDF of stems over the distinct texts of a batch (a body repeated for ten claims is one).

    Args:
        texts: the texts, repeats allowed.

    Returns:
        Stem to IDF, for ``compare`` and ``compare_stream``.
    """
    seen: set[int] = set()  # hashes, not texts: a batch of long bodies stays small

    def distinct() -> Iterator[frozenset[str]]:
        for text in texts:
            key = hash(text)
            if key not in seen:
                seen.add(key)
                yield frozenset(stems(text))

    return idf_from_stem_sets(distinct())


def compare_stream(pairs: Iterable[tuple[str, str]], idf: Mapping[str, float], *,
                   cache_size: int = 2048) -> Iterator[StanceResult]:
    """Compare pairs one by one, preparing each distinct text once (a bounded cache).

    Args:
        pairs: ``(claim, text)`` tuples, read lazily.
        idf: stem weights, e.g. ``idf_for_texts`` over the same pairs' texts.
        cache_size: how many prepared texts to keep; the oldest goes first.

    Returns:
        An iterator of results, one per pair, in order.
    """
    cache: dict[str, PreparedText] = {}
    for claim, text in pairs:
        prepared = cache.get(text)
        if prepared is None:
            if len(cache) >= cache_size:
                del cache[next(iter(cache))]
            prepared = cache[text] = prepare_text(text)
        yield compare_prepared(claim, prepared, idf)


def compare_prepared(claim: str, prepared: PreparedText,
                     idf: Mapping[str, float]) -> StanceResult:
    """``compare`` on a text already cut into stems (see ``prepare_text``).

    Args:
        claim: the claim.
        prepared: the prepared text.
        idf: stem weights; empty weighs every stem alike.

    Returns:
        The relation, relatedness score and reasons.
    """
    claim_stems = frozenset(stems(claim))
    whole = coverage(claim_stems, prepared.stems, idf)
    ranked = _rank_sentences(claim_stems, prepared, idf)
    best = ranked[0][0] if ranked else 0.0
    score = round((whole + best) / 2, 4)
    related = f"relatedness {score:.2f}"
    if score < RELATED_THRESHOLD:
        return StanceResult("unrelated", score, (f"{related} < {RELATED_THRESHOLD}",))
    if not _shares_a_rare_stem(claim_stems, prepared, idf):
        # "Ukrainian forces" is in every war report: sharing only such words is no topic.
        return StanceResult("unrelated", score, (related, "shares only the claim's common "
                                                 "words"))
    relation, reasons = _stance(claim, prepared, ranked)
    return StanceResult(relation, score, (related, *reasons))


def _shares_a_rare_stem(claim: frozenset[str], prepared: PreparedText,
                        idf: Mapping[str, float]) -> bool:
    """True when the text has a stem from the claim's rarer half (IDF at least the median)."""
    rare = unseen_idf(idf)
    weights = sorted(idf.get(stem, rare) for stem in claim)
    if not weights:
        return False
    median = weights[(len(weights) - 1) // 2]
    return any(idf.get(stem, rare) >= median for stem in claim & prepared.stems)


def _rank_sentences(claim: frozenset[str], prepared: PreparedText,
                    idf: Mapping[str, float]) -> list[tuple[float, int]]:
    """(coverage, index) of the sentences sharing a stem with the claim, best first."""
    scored = [(coverage(claim, found, idf), index)
              for index, found in enumerate(prepared.sentence_stems) if claim & found]
    scored.sort(key=lambda item: (-item[0], item[1]))
    return scored


def _stance(claim: str, prepared: PreparedText,
            ranked: list[tuple[float, int]]) -> tuple[Relation, list[str]]:
    """Agree, disagree or discuss, from the cues of the sentences that matter for the claim."""
    best = ranked[0][0] if ranked else 0.0
    chosen = [index for cover, index in ranked[:TOP_SENTENCES]
              if cover >= best * MIN_SHARE_OF_BEST]
    lead = range(min(LEAD_SENTENCES, len(prepared.sentences)))
    passage = " ".join(prepared.sentences[index] for index in sorted({*chosen, *lead}))
    refuting = refuting_cues(passage)
    claim_refutes = bool(refuting_cues(claim) or denying_cues(claim))
    if refuting and not claim_refutes:
        return "disagree", [f"refuting: {_listed(refuting)}"]
    hedging = hedging_cues(passage) + denying_cues(passage)
    confirming = confirming_cues(passage)
    top = prepared.sentences[chosen[0]] if chosen else ""
    restated = best >= RESTATED and not hedging_cues(top)
    if hedging and len(hedging) > len(confirming) and not restated:
        return "discuss", [f"hedging: {_listed(hedging)}"]
    reasons = [f"confirming: {_listed(confirming)}"] if confirming else []
    if restated:
        reasons.append(f"restates the claim: {top[:80]}")
    if claim_refutes and refuting:
        reasons.append(f"refutes as the claim does: {_listed(refuting)}")
    return "agree", reasons or ["asserted without hedges"]


def _listed(cues: list[str]) -> str:
    return ", ".join(cues[:_CUE_LIMIT])
