"""The linking job: sign newly stored documents and link copies to their originals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sitrep.link.duplicates import (
    candidate_for,
    find_duplicate_links,
    text_signature,
)
from sitrep.model import SignedDocument
from sitrep.store import Store


@dataclass(frozen=True, slots=True)
class LinkReport:
    """How many documents were signed and how many copy links were new."""

    signed: int
    links_added: int


def link_new_documents(
    store: Store,
    *,
    threshold: float,
    on_progress: Callable[[int, int], None] | None = None,
) -> LinkReport:
    """Compare every document not yet signed with everything stored, and store the links.

    Links go in before signatures, so a run killed in between simply redoes this batch next
    time (links are idempotent); nothing is ever deleted.

    Args:
        store: An open store.
        threshold: Jaccard similarity above which a text counts as a near copy.
        on_progress: Called with (done, total) while signing, for a progress bar.

    Returns:
        Counts of signed documents and new links.
    """
    pending = store.documents_without_signature()
    if not pending:
        return LinkReport(0, 0)
    signatures: dict[str, bytes] = {}
    candidates: list[SignedDocument] = []
    for done, doc in enumerate(pending, start=1):
        signature = text_signature(doc.text)
        signatures[doc.key] = signature
        candidates.append(candidate_for(doc, signature))
        if on_progress:
            on_progress(done, len(pending))
    existing = store.signatures(exclude=set(signatures))
    links = find_duplicate_links(candidates, existing, threshold=threshold,
                                 existing_links=store.all_links())
    added = store.add_links(links)
    store.set_signatures(signatures)
    return LinkReport(signed=len(signatures), links_added=added)
