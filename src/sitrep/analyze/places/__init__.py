"""Place analysis: find place names in a text and resolve them against the gazetteer."""

from sitrep.analyze.places.extract import STAGE, PlaceExtractor
from sitrep.analyze.places.spans import ScoredCandidate

__all__ = ["STAGE", "PlaceExtractor", "ScoredCandidate"]
