"""The evidence layer's input: one stored report with its analysis and its source's rating."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sitrep.model import Analysis, Document, GazetteerPlace, Reliability, Side

# Places too coarse to say two reports tell of the same happening (every report names them).
COARSE_FEATURES = frozenset({"continent", "country", "admin1"})
# The title and first sentence or two: where a report names what it is about.
LEAD_CHARS = 200


@dataclass(frozen=True, slots=True)
class Report:
    """A stored document, its analysis, its source's side and reliability, and its root.

    ``root_key`` is the original this report copies or forwards (its own key if none), and
    ``root_source``/``root_side`` its outlet and side, so copies count as one voice: the
    original's.
    """

    document: Document
    analysis: Analysis
    side: Side = "unknown"
    reliability: Reliability = "F"
    root_key: str = ""
    root_source: str = ""
    root_side: Side | None = None

    @property
    def key(self) -> str:
        """The document's key."""
        return self.document.key

    @property
    def root(self) -> str:
        """The key of the original this report copies, or its own."""
        return self.root_key or self.document.key

    @property
    def outlet(self) -> tuple[str, Side]:
        """The outlet that first published this text, and its side."""
        return self.root_source or self.document.source, self.root_side or self.side

    @property
    def published(self) -> date | None:
        """The day of publication, from the document or a ``published`` date mention."""
        if self.document.published is not None:
            return self.document.published.date()
        for mention in self.analysis.dates:
            if mention.role == "published" and len(mention.value) == 10:
                return date.fromisoformat(mention.value)
        return None


def specific_places(report: Report) -> list[GazetteerPlace]:
    """Resolved places finer than a region, in text order (one entry per mention).

    Names inside an outlet's name ("The Kyiv Independent") are not places it reports on.

    Args:
        report: One report.

    Returns:
        The gazetteer places, repeated as often as they are named.
    """
    outlets = [(a.start, a.end) for a in report.analysis.actors if a.kind == "outlet"]
    return [m.place for m in report.analysis.places
            if m.place is not None and m.place.feature not in COARSE_FEATURES
            and not any(s <= m.start < e for s, e in outlets)]


def focal_places(report: Report) -> dict[str, GazetteerPlace]:
    """The places a report is about: its most named ones, and those of its title or lead.

    A place named in passing ("talks in Kyiv") should not pull a report into a story.

    Args:
        report: One report.

    Returns:
        Places by id; empty when the report names no specific place.
    """
    places = specific_places(report)
    if not places:
        return {}
    counts = Counter(p.place_id for p in places)
    top = max(counts.values())
    lead = {m.place.place_id for m in report.analysis.places
            if m.place is not None and m.start < LEAD_CHARS}
    return {p.place_id: p for p in places if counts[p.place_id] == top or p.place_id in lead}


def main_place(report: Report) -> GazetteerPlace | None:
    """The most named specific place of a report, for statements that name none.

    Args:
        report: One report.

    Returns:
        The place, or ``None`` when the report names no specific place.
    """
    places = specific_places(report)
    if not places:
        return None
    top = Counter(p.place_id for p in places).most_common(1)[0][0]
    return next(p for p in places if p.place_id == top)
