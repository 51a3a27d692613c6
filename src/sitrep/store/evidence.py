"""Evidence: stories, assertions, relations, checks and grades, replaced whole per run."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from sitrep.model import (
    Assertion,
    Grade,
    ReferenceCheck,
    Relation,
    Story,
    StoryClaim,
    StoryEvidence,
)
from sitrep.store._codec import from_plain, to_plain
from sitrep.store._sql import batched
from sitrep.store.analyses import find_claims
from sitrep.store.schema import (
    assertions,
    grades,
    reference_checks,
    relations,
    stories,
    story_documents,
)

# Rows per INSERT statement: keeps parameter lists small on every backend.
_CHUNK = 2000


def save_evidence(
    connection: Connection,
    found_stories: Sequence[Story],
    found_assertions: Iterable[Assertion],
    found_relations: Iterable[Relation],
    found_checks: Iterable[ReferenceCheck],
    found_grades: Iterable[Grade],
) -> int:
    """Replace all stored evidence with this; returns how many stories were saved."""
    for table in (grades, reference_checks, relations, assertions, story_documents, stories):
        connection.execute(delete(table))
    _insert(connection, stories, [
        {"id": s.id, "position": i, "title": s.title, "time_window": s.window,
         "record": _json(s)} for i, s in enumerate(found_stories)])
    _insert(connection, story_documents, [
        {"story_id": s.id, "document_key": key} for s in found_stories
        for key in dict.fromkeys(s.document_keys)])
    _insert(connection, assertions, [
        {"document_key": a.document_key, "slot": a.slot, "record": _json(a)}
        for a in found_assertions])
    _insert(connection, relations, [
        {"story_id": r.story_id, "relation": r.relation, "record": _json(r)}
        for r in found_relations])
    _insert(connection, reference_checks, [
        {"document_key": c.document_key, "status": c.status, "record": _json(c)}
        for c in found_checks])
    _insert(connection, grades, [
        {"document_key": g.document_key, "ref": g.ref, "credibility": g.credibility,
         "record": _json(g)} for g in found_grades])
    return len(found_stories)


def list_stories(connection: Connection, limit: int | None = None) -> list[Story]:
    """Stored stories in the job's order (most sides, then most voices first)."""
    statement = select(stories.c.record).order_by(stories.c.position)
    if limit is not None:
        statement = statement.limit(limit)
    return [from_plain(Story, json.loads(row)) for row in connection.scalars(statement)]


def story_evidence(connection: Connection, story_id: str) -> StoryEvidence | None:
    """One story with its assertions, relations, checks, grades and claims, or None."""
    row = connection.scalar(select(stories.c.record).where(stories.c.id == story_id))
    if row is None:
        return None
    story = from_plain(Story, json.loads(row))
    keys = list(story.document_keys)
    related = connection.scalars(select(relations.c.record)
                                 .where(relations.c.story_id == story_id)
                                 .order_by(relations.c.id))
    claims = [StoryClaim(c.document_key, c.source, c.source_side or "unknown", c.claim)
              for c in find_claims(connection, keys=keys)]
    return StoryEvidence(
        story=story,
        assertions=tuple(_by_documents(connection, assertions, Assertion, keys)),
        relations=tuple(from_plain(Relation, json.loads(r)) for r in related),
        checks=tuple(_by_documents(connection, reference_checks, ReferenceCheck, keys)),
        grades=tuple(_by_documents(connection, grades, Grade, keys)),
        claims=tuple(claims),
    )


def _by_documents(connection: Connection, table: Any, cls: type, keys: Sequence[str]) -> list[Any]:
    found: list[Any] = []
    for chunk in batched(keys):
        statement = (select(table.c.record).where(table.c.document_key.in_(chunk))
                     .order_by(table.c.id))
        found += [from_plain(cls, json.loads(r)) for r in connection.scalars(statement)]
    return found


def _insert(connection: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), _CHUNK):
        connection.execute(insert(table), rows[start:start + _CHUNK])


def _json(record: Any) -> str:
    return json.dumps(to_plain(record), ensure_ascii=False)
