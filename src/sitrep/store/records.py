"""Records the store returns besides model records: results and rows with their context."""

from __future__ import annotations

from dataclasses import dataclass, field

from sitrep.model import Document, LinkKind, Side


@dataclass(frozen=True, slots=True)
class AddResult:
    """What ``add_documents`` did: keys newly stored, and how many inputs were already there.

    ``unchanged`` also counts a document given twice in one batch, as its second copy
    changed nothing.
    """

    added: list[str] = field(default_factory=list)
    unchanged: int = 0


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A stored document with the context a reader wants beside it.

    ``id`` is the row number (stable, ascending in storage order); ``original_key`` and
    ``link_kind`` name the earlier document this one copies, if any; ``side`` is the side of
    the configured source of that name, ``None`` when the outlet is not configured.
    """

    id: int
    document: Document
    original_key: str | None = None
    link_kind: LinkKind | None = None
    side: Side | None = None

