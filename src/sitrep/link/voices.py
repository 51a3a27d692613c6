"""Independence: copies, forwards and outlets quoting one original count as one voice."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sitrep.link.reports import Report
from sitrep.model import Assertion, DocumentLink, Side, Voice

# Possessives and articles that differ between two outlets quoting the same original.
_NOISE = re.compile(r"^(the|ukraine[’']s|russia[’']s)\s+|[’']s$", re.IGNORECASE)


def root_keys(links: Iterable[DocumentLink]) -> dict[str, str]:
    """Map every copied or forwarded document to the first original of its chain.

    Args:
        links: Stored duplicate and forward links.

    Returns:
        ``{document_key: original_key}``, chains followed to their end (cycles cut).
    """
    parent = {link.document_key: link.original_key for link in links}
    roots: dict[str, str] = {}
    for key in parent:
        seen = {key}
        root = parent[key]
        while root in parent and parent[root] not in seen:
            seen.add(root)
            root = parent[root]
        roots[key] = root
    return roots


@dataclass(frozen=True, slots=True)
class ActorIndex:
    """Canonical actor names by surface form, and each actor's side, over all reports."""

    names: dict[str, str] = field(default_factory=dict)
    sides: dict[str, Side] = field(default_factory=dict)

    def side_of(self, name: str | None) -> Side | None:
        """The side the knowledge base gives an actor, or ``None``."""
        if not name:
            return None
        return self.sides.get(self.names.get(_fold(name), name.strip()))


def actor_index(reports: Iterable[Report]) -> ActorIndex:
    """Map each surface form of an actor (casefolded) to its knowledge-base name and side.

    "Airborne Assault Forces" in one outlet and the channel "Air Assault Forces" are one
    voice; the actor stage already knows they are one actor.

    Args:
        reports: All reports.

    Returns:
        The index; only knowledge-base actors (with an ``actor_id``) are in it.
    """
    index = ActorIndex()
    for report in reports:
        for actor in report.analysis.actors:
            if actor.actor_id is not None:
                index.names.setdefault(_fold(actor.text), actor.name)
                index.names.setdefault(_fold(actor.name), actor.name)
                if actor.side in ("ua", "ru", "neutral"):
                    index.sides.setdefault(actor.name, actor.side)
    return index


def voice_of(report: Report, claimant: str | None, anonymous: bool,
             index: ActorIndex) -> str:
    """The independent voice behind a statement.

    A named original claimant is the voice wherever it is quoted; an anonymous or absent
    claimant leaves the outlet of the original report as the voice (it vouches alone).

    Args:
        report: The report the statement is in.
        claimant: Who the statement is attributed to.
        anonymous: Whether the claimant is unnamed ("witnesses").
        index: ``actor_index`` of all reports.

    Returns:
        A voice name, the same string for every relay of one original.
    """
    if claimant and not anonymous:
        return index.names.get(_fold(claimant), claimant.strip())
    outlet, _ = report.outlet
    return index.names.get(_fold(outlet), outlet)


def story_voices(assertions: Sequence[Assertion]) -> tuple[Voice, ...]:
    """The independent voices of a story, each with its side and reports.

    Args:
        assertions: The story's assertions (their ``voice`` already set).

    Returns:
        Voices sorted by side then name.
    """
    sides: dict[str, Side] = {}
    docs: dict[str, set[str]] = defaultdict(set)
    for item in assertions:
        side = item.claimant_side if item.claimant_side not in (None, "unknown") else \
            item.source_side
        if item.anonymous:
            side = item.source_side
        if sides.get(item.voice) in (None, "unknown"):
            sides[item.voice] = side or "unknown"
        docs[item.voice].add(item.document_key)
    return tuple(sorted((Voice(name, sides[name], tuple(sorted(docs[name])))
                         for name in sides), key=lambda v: (v.side, v.name)))


def _fold(name: str) -> str:
    return _NOISE.sub("", name.strip()).casefold()
