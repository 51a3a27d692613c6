"""Table definitions: the one description of the database that code and migrations share."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Column,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)

# Deterministic constraint and index names, so migrations can name what they create and
# later ones can drop it on any backend (SQLite and PostgreSQL pick different defaults).
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# A sha256 hex digest: Document.key and Document.content_hash.
HASH_LENGTH = 64


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored as UTC and always read back timezone-aware.

    SQLite has no timezone type and PostgreSQL's ``timestamptz`` returns the session's zone;
    converting on the way in and out makes both give the same aware UTC value. A naive value
    is taken to be UTC already, as sitrep's readers only produce naive times from UTC clocks.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Convert to UTC; drop the zone for SQLite, which would store it as text otherwise."""
        if value is None:
            return None
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Attach UTC to what SQLite returns naive; normalise PostgreSQL's zone to UTC."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


metadata = MetaData(naming_convention=NAMING_CONVENTION)

sources = Table(
    "sources",
    metadata,
    Column("name", String, primary_key=True),
    Column("kind", String, nullable=False),
    Column("url", String, nullable=False),
    Column("language", String),
    Column("country", String),
    Column("side", String, nullable=False, server_default="unknown"),
    Column("reliability", String(1), nullable=False, server_default="F"),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(HASH_LENGTH), nullable=False, unique=True),
    Column("content_hash", String(HASH_LENGTH), nullable=False, index=True),
    # Not a foreign key: text files and ad-hoc URLs come from outlets nobody configured.
    Column("source", String, nullable=False, index=True),
    Column("kind", String, nullable=False),
    Column("origin", String, nullable=False),
    Column("url", String),
    Column("title", Text),
    Column("author", String),
    Column("published", UTCDateTime, index=True),
    Column("fetched", UTCDateTime),
    Column("language", String),
    Column("external_id", String, index=True),
    Column("forwarded_from", String),
    Column("reply_to", String),
    Column("encoding", String),
    Column("text", Text, nullable=False),
    # MinHash of the text (see sitrep.link.duplicates); NULL until the linking stage ran.
    Column("signature", LargeBinary),
    Column("ingested_at", UTCDateTime, nullable=False),
)

document_links = Table(
    "document_links",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_key", String(HASH_LENGTH), ForeignKey("documents.key"), nullable=False),
    Column(
        "original_key", String(HASH_LENGTH), ForeignKey("documents.key"), nullable=False, index=True
    ),
    Column("kind", String, nullable=False),
    Column("similarity", Float, nullable=False),
    UniqueConstraint("document_key", "original_key", "kind"),
)

feed_state = Table(
    "feed_state",
    metadata,
    Column("url", String, primary_key=True),
    Column("etag", String),
    Column("last_modified", String),
    Column("failures", Integer, nullable=False, server_default="0"),
    Column("next_poll", UTCDateTime),
    Column("last_status", String),
    Column("last_polled", UTCDateTime),
)

analyses = Table(
    "analyses",
    metadata,
    Column("document_key", String(HASH_LENGTH), ForeignKey("documents.key"), primary_key=True),
    Column("language", String),
    # Stage names with versions, comma-separated: a document analysed by older stages is
    # analysed again after an upgrade.
    Column("stages", String, nullable=False),
    Column("problems", Text),
    Column("analyzed_at", UTCDateTime, nullable=False),
)

annotations = Table(
    "annotations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_key", String(HASH_LENGTH), ForeignKey("documents.key"), nullable=False,
           index=True),
    # places | dates | actors | figures | claims | events: the Analysis field it came from.
    Column("layer", String, nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    # The columns worth filtering on, copied out of the record: kind / stance / sub-event
    # type, a side, and an actor (the claimant) or place id.
    Column("label", String, index=True),
    Column("side", String),
    Column("actor", String, index=True),
    # The whole record as JSON, so adding a field to a record needs no migration.
    Column("record", Text, nullable=False),
)

# Evidence (issue 5): rebuilt whole by the evidence job, so rows carry their record as JSON
# and a few columns worth filtering on.

stories = Table(
    "stories",
    metadata,
    Column("id", String, primary_key=True),
    # Position in the job's order (most voices first), so listing needs no JSON parsing.
    Column("position", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("time_window", String),
    Column("record", Text, nullable=False),
)

story_documents = Table(
    "story_documents",
    metadata,
    Column("story_id", String, ForeignKey("stories.id"), primary_key=True),
    Column("document_key", String(HASH_LENGTH), ForeignKey("documents.key"), primary_key=True,
           index=True),
)

assertions = Table(
    "assertions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_key", String(HASH_LENGTH), ForeignKey("documents.key"), nullable=False,
           index=True),
    Column("slot", String, nullable=False, index=True),
    Column("record", Text, nullable=False),
)

relations = Table(
    "relations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("story_id", String, ForeignKey("stories.id"), nullable=False, index=True),
    Column("relation", String, nullable=False),
    Column("record", Text, nullable=False),
)

reference_checks = Table(
    "reference_checks",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_key", String(HASH_LENGTH), ForeignKey("documents.key"), nullable=False,
           index=True),
    Column("status", String, nullable=False),
    Column("record", Text, nullable=False),
)

grades = Table(
    "grades",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_key", String(HASH_LENGTH), ForeignKey("documents.key"), nullable=False,
           index=True),
    Column("ref", String, nullable=False),
    Column("credibility", Integer, nullable=False),
    Column("record", Text, nullable=False),
)
