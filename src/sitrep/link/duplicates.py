"""Finding copies: exact duplicates, near-duplicates (MinHash) and Telegram forwards.

Pure functions over records: signatures are computed from text, links from candidates the
caller loads. Nothing is deleted or merged; a copy gets a ``DocumentLink`` to its original,
so report/ can say "also published by" and count a story once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from functools import cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from sitrep.model import (
    Document,
    DocumentLink,
    LinkKind,
    SignedDocument,
    content_hash,
    normalize_text,
)

# Permutations are drawn from this seed: signatures stored in the database stay comparable
# only while seed, scheme and byte layout stay the same.
SEED = 1
# datasketch >= 2.0 default; 32-bit values, so each permutation takes four bytes when stored.
SCHEME = "affine32"
SIGNATURE_DTYPE = np.dtype("<u4")
NUM_PERM = 128
# Word 3-shingles: long enough that two unrelated reports about the same town share few,
# short enough that an edited sentence leaves most of a report's shingles intact.
SHINGLE_WORDS = 3
# Below this many words there are too few 3-shingles (one changed word would change them
# all), so single words are compared instead.
SHORT_TEXT_WORDS = 5
# Apostrophes sit inside words (Ukrainian п'ять, English outlet's): dropped, not split on.
_APOSTROPHES = re.compile("['\u2019\u02bc]")  # ASCII, right single quote, modifier letter
_WORD = re.compile(r"\w+")
# A text with no words (a captionless photo post) is a copy of nothing.
_EMPTY_HASH = content_hash("")


def candidate_for(doc: Document, signature: bytes) -> SignedDocument:
    """The duplicate finder's view of a document, given its ``text_signature``."""
    return SignedDocument(
        key=doc.key,
        content_hash=doc.content_hash,
        published=doc.published,
        source=doc.source,
        external_id=doc.external_id,
        forwarded_from=doc.forwarded_from,
        signature=signature,
    )


def shingles(text: str) -> set[str]:
    """The word shingles a text is compared by.

    Text is casefolded and NFC-normalised, apostrophes removed and other punctuation
    dropped, so re-typeset copies (quotes, dashes, capitals) shingle the same.

    Args:
        text: Any report text.

    Returns:
        Word 3-shingles, or single words for texts under ``SHORT_TEXT_WORDS`` words; empty
        for a text without words.
    """
    words = _WORD.findall(_APOSTROPHES.sub("", normalize_text(text)))
    if len(words) < SHORT_TEXT_WORDS:
        return set(words)
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def text_signature(text: str, *, num_perm: int = NUM_PERM) -> bytes:
    """A MinHash of a text's shingles, as compact bytes for the database.

    Args:
        text: Any report text.
        num_perm: Number of permutations; more is more precise and larger (4 bytes each).
            Signatures compare only with signatures of the same ``num_perm``.

    Returns:
        ``num_perm`` little-endian uint32 values.
    """
    minhash = MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME)
    minhash.update_batch([shingle.encode("utf-8") for shingle in sorted(shingles(text))])
    return minhash.hashvalues.astype(SIGNATURE_DTYPE).tobytes()


def signature_similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the shingles behind two signatures.

    Args:
        a: A ``text_signature``.
        b: Another, made with the same ``num_perm``.

    Returns:
        A value in [0, 1]; 1.0 for identical shingle sets.

    Raises:
        ValueError: The signatures are malformed or of different sizes.
    """
    if len(a) != len(b):
        raise ValueError(
            f"signatures of different sizes ({len(a)} and {len(b)} bytes): "
            "make both with the same num_perm"
        )
    return float(_minhash(a).jaccard(_minhash(b)))


def find_duplicate_links(
    new: Sequence[SignedDocument],
    existing: Sequence[SignedDocument],
    *,
    threshold: float = 0.8,
    existing_links: Iterable[DocumentLink] = (),
) -> list[DocumentLink]:
    """Link each copy among ``new`` and ``existing`` to its group's original.

    Documents are grouped when they share a content hash (exact copy), when MinHash
    estimates their shingle Jaccard at ``threshold`` or more (near copy, e.g. another outlet
    rewording the lede and adding its footer), or when one's ``forwarded_from`` is another's
    ``external_id`` (a Telegram forward, whatever its text). Groups are transitive, and
    ``existing_links`` join the groups earlier runs found, so a copy of a copy points at the
    first original rather than forming a chain.

    The original is the earliest published member: whoever published first is the likelier
    author. Undated members come after dated ones (an undated copy cannot show it came first);
    ties go to storage order, ``existing`` before ``new``, then input order.

    A link's kind says how the copy relates to the group: ``forward`` (similarity 1.0) if it
    was forwarded from a member or from the original's channel, else ``exact_duplicate``
    (1.0) if its text equals the original's, else ``near_duplicate`` with the estimated
    Jaccard to the original, which can fall below ``threshold`` when the copy joined through
    a third document. An edited post
    (same source and external id, new text) thus links to its earlier version.

    Only links touching a new document are returned: links among existing documents were
    returned by the runs that added them.

    Args:
        new: Documents being linked now, in storage order.
        existing: Documents linked before, in storage order; a key also in ``new`` counts
            as existing.
        threshold: Estimated Jaccard similarity from which texts count as near copies.
        existing_links: Stored links, so new documents join the groups they extend.

    Returns:
        Links from copy to original, ordered by the copy's storage position.

    Raises:
        ValueError: ``threshold`` is outside (0, 1], or signatures differ in size.
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    pool = _Pool(existing, new)
    pool.join_exact()
    pool.join_forwards()
    pool.join_near(threshold)
    pool.join_links(existing_links)
    return pool.links()


@cache
def _permutations(num_perm: int) -> np.ndarray:
    """The permutations for ``num_perm``, drawn once instead of per loaded signature."""
    return MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME).permutations


def _minhash(signature: bytes) -> MinHash:
    """Rebuild a MinHash from ``text_signature`` bytes."""
    if not signature or len(signature) % SIGNATURE_DTYPE.itemsize:
        raise ValueError(f"not a text_signature: {len(signature)} bytes")
    values = np.frombuffer(signature, dtype=SIGNATURE_DTYPE)
    return MinHash(
        num_perm=len(values),
        seed=SEED,
        scheme=SCHEME,
        hashvalues=values,
        permutations=_permutations(len(values)),
    )


def _utc(moment: datetime) -> datetime:
    """Naive times are taken as UTC so they order against aware ones."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


class _Pool:
    """Candidates in storage order, grouped by union-find as evidence of copying is found."""

    def __init__(self, existing: Sequence[SignedDocument], new: Sequence[SignedDocument]) -> None:
        self.members: dict[str, SignedDocument] = {}
        self.new: set[str] = set()
        for candidate in existing:
            self.members.setdefault(candidate.key, candidate)
        for candidate in new:
            if candidate.key not in self.members:
                self.members[candidate.key] = candidate
                self.new.add(candidate.key)
        self.position = {key: index for index, key in enumerate(self.members)}
        self.parent = {key: key for key in self.members}
        self._minhashes: dict[str, MinHash] = {}

    def find(self, key: str) -> str:
        """The representative of a key's group (path-halving union-find)."""
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        """Put two keys in one group."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b, key=self.position.__getitem__)] = min(
                root_a, root_b, key=self.position.__getitem__
            )

    def join_exact(self) -> None:
        """Group documents with the same normalised text."""
        first: dict[str, str] = {}
        for key, candidate in self.members.items():
            if candidate.content_hash != _EMPTY_HASH:
                self.union(first.setdefault(candidate.content_hash, key), key)

    def join_forwards(self) -> None:
        """Group each Telegram forward with the post it was forwarded from."""
        by_external_id: dict[str, list[str]] = defaultdict(list)
        for key, candidate in self.members.items():
            if candidate.external_id:
                by_external_id[candidate.external_id].append(key)
        for key, candidate in self.members.items():
            for original in by_external_id.get(candidate.forwarded_from or "", ()):
                self.union(original, key)

    def join_near(self, threshold: float) -> None:
        """Group new documents with any document whose estimated Jaccard reaches threshold.

        LSH only proposes candidates (with false positives); each pair is then checked on the
        full signatures.
        """
        signed = {key: self.minhash(key) for key in self.members}
        signed = {key: minhash for key, minhash in signed.items() if not minhash.is_empty()}
        if not signed or not self.new:
            return
        sizes = {len(minhash) for minhash in signed.values()}
        if len(sizes) > 1:
            raise ValueError(
                f"signatures of different sizes {sorted(sizes)}: recompute them with one num_perm"
            )
        index = MinHashLSH(threshold=threshold, num_perm=sizes.pop())
        for key, minhash in signed.items():
            index.insert(key, minhash)
        for key in self.new & signed.keys():
            for other in index.query(signed[key]):
                if other != key and signed[key].jaccard(signed[other]) >= threshold:
                    self.union(key, other)

    def join_links(self, links: Iterable[DocumentLink]) -> None:
        """Group documents earlier runs linked, when both are in the pool."""
        for link in links:
            if link.document_key in self.members and link.original_key in self.members:
                self.union(link.document_key, link.original_key)

    def minhash(self, key: str) -> MinHash:
        """A candidate's MinHash, rebuilt once."""
        if key not in self._minhashes:
            self._minhashes[key] = _minhash(self.members[key].signature)
        return self._minhashes[key]

    def order(self, key: str) -> tuple[bool, datetime, int]:
        """Sort key for "who came first": dated before undated, then date, then storage."""
        published = self.members[key].published
        moment = _utc(published) if published is not None else datetime.max.replace(tzinfo=UTC)
        return (published is None, moment, self.position[key])

    def links(self) -> list[DocumentLink]:
        """Copy-to-original links for every group that has a new member."""
        groups: dict[str, list[str]] = defaultdict(list)
        for key in self.members:
            groups[self.find(key)].append(key)
        found: list[tuple[int, DocumentLink]] = []
        for keys in groups.values():
            if len(keys) < 2 or not self.new.intersection(keys):
                continue
            original = min(keys, key=self.order)
            external_ids = {self.members[key].external_id for key in keys} - {None}
            for key in keys:
                if key != original and (key in self.new or original in self.new):
                    link = self.link(key, original, external_ids)
                    found.append((self.position[key], link))
        return [link for _, link in sorted(found, key=lambda pair: pair[0])]

    def link(self, key: str, original: str, external_ids: set[str | None]) -> DocumentLink:
        """The link from one copy to its group's original, with the strongest kind that fits."""
        copy, source = self.members[key], self.members[original]
        kind: LinkKind
        # Telethon names the forwarded post (channel/id); Desktop exports only the channel's
        # name, which counts when it is the original's source.
        if copy.forwarded_from is not None and (
            copy.forwarded_from in external_ids or copy.forwarded_from == source.source
        ):
            kind, similarity = "forward", 1.0
        elif copy.content_hash == source.content_hash:
            kind, similarity = "exact_duplicate", 1.0
        else:
            kind, similarity = "near_duplicate", self.similarity(key, original)
        return DocumentLink(
            document_key=key, original_key=original, kind=kind, similarity=similarity
        )

    def similarity(self, a: str, b: str) -> float:
        """Estimated Jaccard of two members; 0.0 when either has no words to compare."""
        first, second = self.minhash(a), self.minhash(b)
        if first.is_empty() or second.is_empty() or len(first) != len(second):
            return 0.0
        return float(first.jaccard(second))
