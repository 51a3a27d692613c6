"""Events in ACLED's taxonomy: classify a report's main event and build Event records."""

from __future__ import annotations

from sitrep.analyze.events.classify import STAGE, EventGuess, classify_event
from sitrep.analyze.events.extract import build_event, extract_events, split_sentences
from sitrep.analyze.events.taxonomy import SUB_EVENT_TYPES, event_type_of

__all__ = [
    "STAGE",
    "SUB_EVENT_TYPES",
    "EventGuess",
    "build_event",
    "classify_event",
    "event_type_of",
    "extract_events",
    "split_sentences",
]
