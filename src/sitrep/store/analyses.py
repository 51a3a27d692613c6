"""Analysis results: saved per document (replacing older ones), read back as records."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, RowMapping, delete, insert, or_, select

from sitrep.model import (
    ActorMention,
    Analysis,
    Claim,
    DateMention,
    Document,
    Event,
    Figure,
    PlaceMention,
    Problem,
    Side,
)
from sitrep.store._codec import from_plain, to_plain
from sitrep.store._sql import batched
from sitrep.store.documents import to_document
from sitrep.store.schema import analyses, annotations, documents, sources

LAYERS: dict[str, type] = {
    "places": PlaceMention,
    "dates": DateMention,
    "actors": ActorMention,
    "figures": Figure,
    "claims": Claim,
    "events": Event,
}
"""Analysis fields stored as annotations, with the record type each holds."""


@dataclass(frozen=True, slots=True)
class StoredClaim:
    """A stored claim with the report it came from: outlet, its side, date and title."""

    claim: Claim
    document_key: str
    source: str
    source_side: Side | None
    published: datetime | None
    title: str | None


def save_analyses(connection: Connection, items: Iterable[Analysis], now: datetime) -> int:
    """Replace each document's analysis and annotations; returns how many were saved."""
    saved = 0
    for analysis in items:
        key = analysis.id
        connection.execute(delete(annotations).where(annotations.c.document_key == key))
        connection.execute(delete(analyses).where(analyses.c.document_key == key))
        connection.execute(insert(analyses).values(
            document_key=key, language=analysis.language, stages=",".join(analysis.stages),
            problems=json.dumps([p.reason for p in analysis.problems]) if analysis.problems
            else None, analyzed_at=now,
        ))
        rows = [_annotation_row(key, layer, record) for layer in LAYERS
                for record in getattr(analysis, layer)]
        if rows:
            connection.execute(insert(annotations), rows)
        saved += 1
    return saved


def analysis_for(connection: Connection, key: str) -> Analysis | None:
    """The saved analysis of one document, or None if it was never analysed."""
    head = connection.execute(select(analyses).where(analyses.c.document_key == key))
    row = head.mappings().first()
    if row is None:
        return None
    layers: dict[str, list[Any]] = {layer: [] for layer in LAYERS}
    statement = (select(annotations).where(annotations.c.document_key == key)
                 .order_by(annotations.c.id))
    for ann in connection.execute(statement).mappings():
        layers[ann["layer"]].append(from_plain(LAYERS[ann["layer"]], json.loads(ann["record"])))
    problems = tuple(Problem(key, reason) for reason in json.loads(row["problems"] or "[]"))
    return Analysis(id=key, language=row["language"], stages=tuple(row["stages"].split(",")),
                    problems=problems, **{k: tuple(v) for k, v in layers.items()})


def analyses_for(connection: Connection, keys: Iterable[str]) -> dict[str, Analysis]:
    """The saved analyses of many documents at once (documents never analysed are absent)."""
    found: dict[str, Analysis] = {}
    for chunk in batched(keys):
        heads = {row["document_key"]: row for row in connection.execute(
            select(analyses).where(analyses.c.document_key.in_(chunk))).mappings()}
        layers: dict[str, dict[str, list[Any]]] = {
            key: {layer: [] for layer in LAYERS} for key in heads}
        statement = (select(annotations.c.document_key, annotations.c.layer,
                            annotations.c.record)
                     .where(annotations.c.document_key.in_(list(heads)))
                     .order_by(annotations.c.id))
        for key, layer, record in connection.execute(statement):
            layers[key][layer].append(from_plain(LAYERS[layer], json.loads(record)))
        for key, row in heads.items():
            problems = tuple(Problem(key, r) for r in json.loads(row["problems"] or "[]"))
            found[key] = Analysis(id=key, language=row["language"],
                                  stages=tuple(row["stages"].split(",")), problems=problems,
                                  **{k: tuple(v) for k, v in layers[key].items()})
    return found


def documents_to_analyze(
    connection: Connection, stages: Sequence[str], limit: int | None = None
) -> list[Document]:
    """Documents never analysed, or analysed by other stage versions, in storage order."""
    joined = documents.outerjoin(analyses, documents.c.key == analyses.c.document_key)
    statement = (
        select(documents).select_from(joined)
        .where(or_(analyses.c.document_key.is_(None), analyses.c.stages != ",".join(stages)))
        .order_by(documents.c.id)
    )
    if limit is not None:
        statement = statement.limit(limit)
    return [to_document(row) for row in connection.execute(statement).mappings()]


def find_claims(
    connection: Connection,
    *,
    claimant: str | None = None,
    side: Side | None = None,
    stance: str | None = None,
    source: str | None = None,
    keys: Iterable[str] | None = None,
    limit: int | None = None,
) -> list[StoredClaim]:
    """Claims matching every given filter, newest report first, in text order within one."""
    joined = annotations.join(documents, annotations.c.document_key == documents.c.key)
    joined = joined.outerjoin(sources, documents.c.source == sources.c.name)
    statement = (
        select(annotations.c.record, annotations.c.document_key, documents.c.source,
               documents.c.published, documents.c.title, sources.c.side.label("source_side"))
        .select_from(joined).where(annotations.c.layer == "claims")
        .order_by(documents.c.published.desc().nulls_last(), documents.c.id,
                  annotations.c.start)
    )
    if claimant:
        statement = statement.where(annotations.c.actor.icontains(claimant, autoescape=True))
    if side:
        statement = statement.where(annotations.c.side == side)
    if stance:
        statement = statement.where(annotations.c.label == stance)
    if source:
        statement = statement.where(documents.c.source == source)
    found: list[StoredClaim] = []
    for chunk in batched(keys) if keys is not None else [None]:
        chunked = statement if chunk is None else statement.where(
            annotations.c.document_key.in_(chunk))
        if limit is not None:
            chunked = chunked.limit(limit - len(found))
        found += [_stored_claim(row) for row in connection.execute(chunked).mappings()]
        if limit is not None and len(found) >= limit:
            break
    return found


def _annotation_row(key: str, layer: str, record: Any) -> dict[str, Any]:
    label = side = actor = None
    if isinstance(record, Claim):
        label, side, actor = record.stance, record.claimant_side, record.claimant
    elif isinstance(record, Figure):
        label, side, actor = record.kind, record.subject_side, record.claimant
    elif isinstance(record, Event):
        label, actor = record.sub_event_type, record.actor1
    elif isinstance(record, ActorMention):
        label, side, actor = record.kind, record.side, record.name
    elif isinstance(record, PlaceMention):
        label = record.place.place_id if record.place else None
    elif isinstance(record, DateMention):
        label = record.role
    return {"document_key": key, "layer": layer, "start": record.start, "end": record.end,
            "label": label, "side": side, "actor": actor,
            "record": json.dumps(to_plain(record), ensure_ascii=False)}


def _stored_claim(row: RowMapping) -> StoredClaim:
    return StoredClaim(
        claim=from_plain(Claim, json.loads(row["record"])), document_key=row["document_key"],
        source=row["source"], source_side=row["source_side"], published=row["published"],
        title=row["title"],
    )
