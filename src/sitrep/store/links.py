"""Links from a stored document to the earlier one it copies; append-only."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, RowMapping, or_, select
from sqlalchemy.exc import IntegrityError

from sitrep.errors import StoreError
from sitrep.model import DocumentLink
from sitrep.store._sql import insert_for
from sitrep.store.schema import document_links


def add_links(connection: Connection, links: Iterable[DocumentLink]) -> int:
    """Store links, ignoring ones already stored (same document, original and kind).

    Returns:
        How many links were new.

    Raises:
        StoreError: A link names a document that is not stored.
    """
    unique = {(link.document_key, link.original_key, link.kind): link for link in links}
    if not unique:
        return 0
    rows = [
        {
            "document_key": link.document_key,
            "original_key": link.original_key,
            "kind": link.kind,
            "similarity": link.similarity,
        }
        for link in unique.values()
    ]
    statement = (
        insert_for(connection, document_links)
        .on_conflict_do_nothing(
            index_elements=[
                document_links.c.document_key,
                document_links.c.original_key,
                document_links.c.kind,
            ]
        )
        .returning(document_links.c.id)
    )
    try:
        return len(connection.execute(statement, rows).all())
    except IntegrityError as exc:
        raise StoreError(
            "A link names a document that is not stored: add the documents before their links."
        ) from exc


def links_for(connection: Connection, key: str) -> list[DocumentLink]:
    """Links from or to one document: its original(s) and its copies, oldest first."""
    statement = (
        select(document_links)
        .where(or_(document_links.c.document_key == key, document_links.c.original_key == key))
        .order_by(document_links.c.id)
    )
    return [_to_link(row) for row in connection.execute(statement).mappings()]


def all_links(connection: Connection) -> list[DocumentLink]:
    """Every stored link, oldest first."""
    statement = select(document_links).order_by(document_links.c.id)
    return [_to_link(row) for row in connection.execute(statement).mappings()]


def _to_link(row: RowMapping) -> DocumentLink:
    return DocumentLink(
        document_key=row["document_key"],
        original_key=row["original_key"],
        kind=row["kind"],
        similarity=row["similarity"],
    )
