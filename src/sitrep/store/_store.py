"""The Store facade: one object whose verbs take and return sitrep records."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from sitrep.errors import StoreError
from sitrep.model import (
    Analysis,
    Assertion,
    Document,
    DocumentKind,
    DocumentLink,
    FeedState,
    Grade,
    ReferenceCheck,
    Relation,
    Side,
    SignedDocument,
    SourceSpec,
    Story,
    StoryEvidence,
)
from sitrep.store import analyses, documents, evidence, feeds, signatures, sources
from sitrep.store import links as stored_links
from sitrep.store.analyses import StoredClaim
from sitrep.store.engine import create_engine_for, resolve_database_url
from sitrep.store.migrate import upgrade_to_head
from sitrep.store.records import AddResult, StoredDocument


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Store:
    """sitrep's database, behind verbs that speak in records, never ORM rows.

    Each write is one transaction, so a batch is stored whole or not at all. Build it with
    ``open_store``, which also migrates; ``Store(engine)`` trusts the schema is current.
    """

    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] = _utc_now) -> None:
        """Wrap an engine.

        Args:
            engine: From ``create_engine_for``; the store disposes of it on ``close``.
            clock: Gives ``ingested_at`` for new documents; tests pass a fixed one.
        """
        self._engine = engine
        self._clock = clock

    @property
    def url(self) -> str:
        """The database URL, password hidden: for messages and ``sitrep info``."""
        return self._engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        """Release every pooled connection; the store cannot be used afterwards."""
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # Documents

    def add_documents(self, docs: Iterable[Document]) -> AddResult:
        """Store documents not stored yet, in one transaction; re-adding changes nothing.

        Identity is ``Document.key``: an unchanged item read again is skipped, an edited one
        (new text, new key) is stored beside the old version.

        Args:
            docs: Documents in any order, duplicates allowed.

        Returns:
            The keys newly stored (input order) and how many inputs were already there.
        """
        with self._engine.begin() as connection:
            return documents.add_documents(connection, docs, self._clock())

    def get_document(self, key: str) -> StoredDocument | None:
        """Look a document up by key.

        Args:
            key: A ``Document.key``.

        Returns:
            The stored document with its link and side, or ``None`` if not stored.
        """
        with self._engine.connect() as connection:
            return documents.get_document(connection, key)

    def find_documents(
        self,
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
        """List documents matching every given filter, newest published first.

        Undated documents come last; ties go by storage order.

        Args:
            source: Outlet or channel name, exactly.
            side: Side of the configured source; ``"unknown"`` includes unconfigured outlets.
            since: Published at or after this time (naive times are taken as UTC).
            until: Published before this time; undated documents match neither bound.
            text: Case-insensitive substring of the title or text, in any script.
            kind: Document kind (feed, page, telegram, text).
            limit: At most this many documents.
            offset: Skip this many first, for paging.

        Returns:
            Matching documents with their current link and their source's side.
        """
        with self._engine.connect() as connection:
            return documents.find_documents(
                connection,
                source=source,
                side=side,
                since=since,
                until=until,
                text=text,
                kind=kind,
                limit=limit,
                offset=offset,
            )

    def count_documents(self) -> int:
        """Count stored documents.

        Returns:
            The number of documents.
        """
        with self._engine.connect() as connection:
            return documents.count_documents(connection)

    # Sources

    def sync_sources(self, specs: Iterable[SourceSpec]) -> int:
        """Insert or update configured sources by name; sources not given are kept.

        Args:
            specs: Sources as the sources file names them.

        Returns:
            How many sources were written.
        """
        with self._engine.begin() as connection:
            return sources.sync_sources(connection, specs)

    def list_sources(self) -> list[SourceSpec]:
        """List configured sources.

        Returns:
            Every stored source, by name.
        """
        with self._engine.connect() as connection:
            return sources.list_sources(connection)

    # Signatures, for the linking stage

    def set_signatures(self, items: Mapping[str, bytes]) -> None:
        """Store MinHash signatures (``sitrep.link.duplicates.text_signature``) by key.

        Args:
            items: Signature bytes by ``Document.key``; unknown keys are ignored.
        """
        with self._engine.begin() as connection:
            signatures.set_signatures(connection, items)

    def signatures(
        self, *, keys: Iterable[str] | None = None, exclude: Collection[str] | None = None
    ) -> list[SignedDocument]:
        """Read what the duplicate finder compares, for signed documents only.

        Args:
            keys: Only these documents; all signed documents when ``None``.
            exclude: Leave these documents out (e.g. the batch being linked).

        Returns:
            One row per signed document, in storage order (what "stored first" means).
        """
        with self._engine.connect() as connection:
            return signatures.signatures(connection, keys=keys, exclude=exclude or ())

    def documents_without_signature(self, limit: int | None = None) -> list[Document]:
        """List documents the linking stage has not seen yet.

        Args:
            limit: At most this many, oldest first.

        Returns:
            Unsigned documents in storage order.
        """
        with self._engine.connect() as connection:
            return signatures.documents_without_signature(connection, limit)

    # Links

    def add_links(self, links: Iterable[DocumentLink]) -> int:
        """Store links, in one transaction; links already stored are ignored.

        Args:
            links: Links between stored documents.

        Returns:
            How many links were new.

        Raises:
            StoreError: A link names a document that is not stored.
        """
        with self._engine.begin() as connection:
            return stored_links.add_links(connection, links)

    def links_for(self, key: str) -> list[DocumentLink]:
        """List the links of one document, in both directions.

        Args:
            key: A ``Document.key``.

        Returns:
            Links from it to its original and from its copies to it, oldest first.
        """
        with self._engine.connect() as connection:
            return stored_links.links_for(connection, key)

    def all_links(self) -> list[DocumentLink]:
        """List every stored link.

        Returns:
            All links, oldest first.
        """
        with self._engine.connect() as connection:
            return stored_links.all_links(connection)

    # Analyses

    def save_analyses(self, items: Iterable[Analysis]) -> int:
        """Store analyses, each replacing its document's previous one, in one transaction.

        Args:
            items: Analyses whose ``id`` is a stored ``Document.key``.

        Returns:
            How many were saved.
        """
        with self._engine.begin() as connection:
            return analyses.save_analyses(connection, items, self._clock())

    def analysis_for(self, key: str) -> Analysis | None:
        """The saved analysis of a document, records rebuilt; ``None`` if never analysed."""
        with self._engine.connect() as connection:
            return analyses.analysis_for(connection, key)

    def analyses_for(self, keys: Iterable[str]) -> dict[str, Analysis]:
        """The saved analyses of many documents, read in batches.

        Args:
            keys: ``Document.key`` values.

        Returns:
            Analyses by key; documents never analysed are left out.
        """
        with self._engine.connect() as connection:
            return analyses.analyses_for(connection, keys)

    def documents_to_analyze(
        self, stages: Sequence[str], limit: int | None = None
    ) -> list[Document]:
        """Documents never analysed, or analysed by other stage versions (after an upgrade).

        Args:
            stages: The stage names and versions that would run now.
            limit: At most this many, in storage order.
        """
        with self._engine.connect() as connection:
            return analyses.documents_to_analyze(connection, stages, limit)

    def find_claims(
        self,
        *,
        claimant: str | None = None,
        side: Side | None = None,
        stance: str | None = None,
        source: str | None = None,
        keys: Iterable[str] | None = None,
        limit: int | None = None,
    ) -> list[StoredClaim]:
        """Claims with the report they came from, newest report first.

        Args:
            claimant: Substring of the claimant's name, any case.
            side: The claimant's side.
            stance: asserted, reported, claimed, denied or suggested.
            source: The outlet that published the report.
            keys: Only claims in these documents.
            limit: At most this many.
        """
        with self._engine.connect() as connection:
            return analyses.find_claims(connection, claimant=claimant, side=side,
                                        stance=stance, source=source, keys=keys, limit=limit)

    # Evidence: stories, assertions, relations, reference checks, grades

    def save_evidence(
        self,
        stories: Sequence[Story],
        assertions: Iterable[Assertion] = (),
        relations: Iterable[Relation] = (),
        checks: Iterable[ReferenceCheck] = (),
        grades: Iterable[Grade] = (),
    ) -> int:
        """Replace all stored evidence, in one transaction (the job recomputes it whole).

        Args:
            stories: Stories in display order; their documents must be stored.
            assertions: Typed statements of the stories' documents.
            relations: Relations between assertions, each naming its story.
            checks: Reference checks.
            grades: Grades of assertions and claims.

        Returns:
            How many stories were saved.
        """
        with self._engine.begin() as connection:
            return evidence.save_evidence(connection, stories, assertions, relations, checks,
                                          grades)

    def stories(self, limit: int | None = None) -> list[Story]:
        """List stored stories, those heard from most sides and voices first.

        Args:
            limit: At most this many.

        Returns:
            Stories as the evidence job saved them; empty before its first run.
        """
        with self._engine.connect() as connection:
            return evidence.list_stories(connection, limit)

    def story(self, story_id: str) -> StoryEvidence | None:
        """One story with everything the evidence layer found in it.

        Args:
            story_id: A ``Story.id``.

        Returns:
            The story's assertions, relations, reference checks, grades and claims, or
            ``None`` for an unknown id.
        """
        with self._engine.connect() as connection:
            return evidence.story_evidence(connection, story_id)

    # Feed state, for watch

    def feed_state(self, url: str) -> FeedState | None:
        """Read what watch saved about a feed.

        Args:
            url: The feed URL.

        Returns:
            The saved state, or ``None`` for a feed never polled.
        """
        with self._engine.connect() as connection:
            return feeds.feed_state(connection, url)

    def save_feed_state(self, state: FeedState) -> None:
        """Replace what watch saved about a feed.

        Args:
            state: The new state; its URL says which feed.
        """
        with self._engine.begin() as connection:
            feeds.save_feed_state(connection, state)


def open_store(url: str | None = None) -> Store:
    """Open a database and migrate it to this sitrep's schema (a no-op when current).

    Args:
        url: A SQLAlchemy URL; ``default_database_url()`` when ``None``.

    Returns:
        A ready store; close it, or use it as a context manager.

    Raises:
        StoreError: The database cannot be opened, created or migrated; the message says why.
    """
    engine = create_engine_for(resolve_database_url(url))
    try:
        upgrade_to_head(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        shown = engine.url.render_as_string(hide_password=True)
        # DBAPIError's own text appends the SQL and a help link; the driver's message is enough.
        reason = exc.orig if isinstance(exc, DBAPIError) else exc
        raise StoreError(
            f"Cannot open database {shown!r}: {reason}. Check that its directory exists and "
            "is writable, or set SITREP_DB to another database URL."
        ) from exc
    except StoreError:
        engine.dispose()
        raise
    return Store(engine)
