"""MinHash signatures of stored texts, read and written for the duplicate-linking stage."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from sqlalchemy import Connection, RowMapping, bindparam, select, update

from sitrep.model import Document, SignedDocument
from sitrep.store._sql import batched
from sitrep.store.documents import to_document
from sitrep.store.schema import documents


def set_signatures(connection: Connection, items: Mapping[str, bytes]) -> None:
    """Store each key's signature; keys that are not stored are ignored."""
    if not items:
        return
    statement = (
        update(documents)
        .where(documents.c.key == bindparam("b_key"))
        .values(signature=bindparam("b_signature"))
    )
    connection.execute(
        statement, [{"b_key": key, "b_signature": sig} for key, sig in items.items()]
    )


def signatures(
    connection: Connection,
    *,
    keys: Iterable[str] | None = None,
    exclude: Collection[str] = (),
) -> list[SignedDocument]:
    """Signed documents, in storage order: all of them, or only ``keys``; minus ``exclude``."""
    columns = select(
        documents.c.key,
        documents.c.content_hash,
        documents.c.published,
        documents.c.source,
        documents.c.external_id,
        documents.c.forwarded_from,
        documents.c.signature,
    ).where(documents.c.signature.is_not(None))
    if keys is None:
        statements = [columns]
    else:
        statements = [columns.where(documents.c.key.in_(chunk)) for chunk in batched(keys)]
    rows: list[tuple[int, SignedDocument]] = []
    for statement in statements:
        for row in connection.execute(statement.add_columns(documents.c.id)).mappings():
            if row["key"] not in exclude:
                rows.append((row["id"], _to_signature_row(row)))
    return [row for _, row in sorted(rows, key=lambda pair: pair[0])]


def documents_without_signature(connection: Connection, limit: int | None = None) -> list[Document]:
    """Documents the linking stage has not processed yet, in storage order.

    An ingest killed between storing documents and linking them leaves these behind; the
    next run picks them up, so linking resumes instead of skipping them.
    """
    statement = select(documents).where(documents.c.signature.is_(None)).order_by(documents.c.id)
    if limit is not None:
        statement = statement.limit(limit)
    return [to_document(row) for row in connection.execute(statement).mappings()]


def _to_signature_row(row: RowMapping) -> SignedDocument:
    return SignedDocument(
        key=row["key"],
        content_hash=row["content_hash"],
        published=row["published"],
        source=row["source"],
        external_id=row["external_id"],
        forwarded_from=row["forwarded_from"],
        signature=bytes(row["signature"]),
    )
