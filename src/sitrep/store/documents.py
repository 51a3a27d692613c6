"""Stored reports: idempotent adding, lookup by key, and filtered listing."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    FromClause,
    RowMapping,
    Select,
    Text,
    func,
    or_,
    select,
)

from sitrep.model import Document, DocumentKind, Side
from sitrep.store._sql import insert_for
from sitrep.store.engine import CASEFOLD_FUNCTION
from sitrep.store.records import AddResult, StoredDocument
from sitrep.store.schema import document_links, documents, sources

# Document fields stored in a column of the same name (content_hash is derived from text).
DOCUMENT_FIELDS = (
    "source",
    "kind",
    "text",
    "origin",
    "url",
    "title",
    "author",
    "published",
    "fetched",
    "language",
    "external_id",
    "forwarded_from",
    "reply_to",
    "encoding",
)


def add_documents(connection: Connection, docs: Iterable[Document], now: datetime) -> AddResult:
    """Insert documents whose key is not stored yet; leave stored ones untouched.

    ``INSERT ... ON CONFLICT DO NOTHING RETURNING key`` reports exactly what this statement
    inserted, even when another writer races us, which a look-before-insert could not.

    Returns:
        The keys inserted, in input order, and how many inputs changed nothing.
    """
    given = list(docs)
    unique: dict[str, Document] = {}
    for doc in given:  # first occurrence wins; rows go in input order (ids = storage order)
        unique.setdefault(doc.key, doc)
    if not unique:
        return AddResult(added=[], unchanged=len(given))
    rows = [document_row(doc, now) for doc in unique.values()]
    statement = (
        insert_for(connection, documents)
        .on_conflict_do_nothing(index_elements=[documents.c.key])
        .returning(documents.c.key)
    )
    inserted = set(connection.execute(statement, rows).scalars())
    added = [key for key in unique if key in inserted]
    return AddResult(added=added, unchanged=len(given) - len(added))


def get_document(connection: Connection, key: str) -> StoredDocument | None:
    """The stored document with this key, or ``None``."""
    row = connection.execute(_listing().where(documents.c.key == key)).mappings().first()
    return None if row is None else _to_stored(row)


def find_documents(
    connection: Connection,
    *,
    source: str | None = None,
    side: Side | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    text: str | None = None,
    kind: DocumentKind | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[StoredDocument]:
    """Documents matching every given filter, newest published first (see ``Store``)."""
    statement = _listing()
    if source is not None:
        statement = statement.where(documents.c.source == source)
    if side is not None:
        statement = statement.where(_side_is(side))
    if since is not None:
        statement = statement.where(documents.c.published >= since)
    if until is not None:
        statement = statement.where(documents.c.published < until)
    if text:
        statement = statement.where(_mentions(connection, text))
    if kind is not None:
        statement = statement.where(documents.c.kind == kind)
    statement = statement.order_by(
        documents.c.published.desc().nulls_last(), documents.c.id
    ).offset(offset)
    if limit is not None:
        statement = statement.limit(limit)
    return [_to_stored(row) for row in connection.execute(statement).mappings()]


def count_documents(connection: Connection) -> int:
    """How many documents are stored."""
    return connection.execute(select(func.count()).select_from(documents)).scalar_one()


def document_row(doc: Document, now: datetime) -> dict[str, Any]:
    """The column values of a document; ``now`` becomes its ``ingested_at``."""
    row: dict[str, Any] = {name: getattr(doc, name) for name in DOCUMENT_FIELDS}
    row.update(key=doc.key, content_hash=doc.content_hash, ingested_at=now)
    return row


def to_document(row: RowMapping) -> Document:
    """Rebuild a Document from a row holding its columns (content_hash is recomputed)."""
    return Document(**{name: row[name] for name in DOCUMENT_FIELDS})


def _latest_links() -> FromClause:
    """Each document's most recent link: a later linking run knew more documents.

    A document normally has one link, but a newly found earlier original adds a second;
    the newest is the current verdict and the older one stays as history.
    """
    ranked = select(
        document_links.c.document_key,
        document_links.c.original_key,
        document_links.c.kind.label("link_kind"),
        func.row_number()
        .over(partition_by=document_links.c.document_key, order_by=document_links.c.id.desc())
        .label("rank"),
    ).subquery("ranked_links")
    return (
        select(ranked.c.document_key, ranked.c.original_key, ranked.c.link_kind)
        .where(ranked.c.rank == 1)
        .subquery("latest_link")
    )


def _listing() -> Select[Any]:
    """Documents with their source's side and their current link, before any filter."""
    link = _latest_links()
    joined = documents.outerjoin(sources, documents.c.source == sources.c.name).outerjoin(
        link, documents.c.key == link.c.document_key
    )
    return select(
        documents,
        sources.c.side.label("source_side"),
        link.c.original_key,
        link.c.link_kind,
    ).select_from(joined)


def _side_is(side: Side) -> ColumnElement[bool]:
    """A source-side filter; an unconfigured outlet counts as side ``unknown``."""
    if side == "unknown":
        return or_(sources.c.side == "unknown", sources.c.name.is_(None))
    return sources.c.side == side


def _mentions(connection: Connection, needle: str) -> ColumnElement[bool]:
    """Case-insensitive substring match on title or text, for every script.

    SQLite's LIKE folds ASCII only, so on SQLite both sides go through the Python casefold
    registered by ``create_engine_for`` (a full scan, acceptable at SQLite's scale);
    PostgreSQL's ``lower()`` already folds Cyrillic in a UTF-8 database.
    """
    columns = (documents.c.title, documents.c.text)
    if connection.dialect.name == "sqlite":
        folded = unicodedata.normalize("NFC", needle).casefold()
        return or_(
            *(
                getattr(func, CASEFOLD_FUNCTION)(column, type_=Text).contains(
                    folded, autoescape=True
                )
                for column in columns
            )
        )
    return or_(*(column.icontains(needle, autoescape=True) for column in columns))


def _to_stored(row: RowMapping) -> StoredDocument:
    return StoredDocument(
        id=row["id"],
        document=to_document(row),
        original_key=row["original_key"],
        link_kind=row["link_kind"],
        side=row["source_side"],
    )
