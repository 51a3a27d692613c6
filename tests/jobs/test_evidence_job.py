"""The evidence job on a store holding the two analysed seed reports: saved, read, rerun."""

from __future__ import annotations

import os

import pytest

from sitrep.analyze.pipeline import Analyzer
from sitrep.jobs.evidence import build_evidence
from sitrep.knowledge.gazetteer import Gazetteer
from sitrep.model import SourceSpec, TextInput
from sitrep.sources.textfiles import parse_text_file
from sitrep.store import Store

from support import SAMPLES

os.environ.setdefault("HF_HUB_OFFLINE", "1")

SOURCES = [SourceSpec("The Kyiv Independent", "text", "k", side="ua", reliability="B"),
           SourceSpec("DPR-aligned outlet", "text", "d", side="ru", reliability="F")]


@pytest.fixture
def seeded(store: Store) -> Store:
    """A store with the two seed reports, their analyses and their sources' ratings."""
    analyzer = Analyzer.load(Gazetteer.open(), english_ner=False)
    docs = [parse_text_file(path.read_bytes(), origin=str(path)).documents[0]
            for path in sorted((SAMPLES / "reports").glob("*.md"))]
    store.sync_sources(SOURCES)
    store.add_documents(docs)
    store.save_analyses(analyzer.analyze(TextInput(
        id=d.key, text=d.text, title=d.title, published=d.published, source=d.source,
        language=d.language)) for d in docs)
    return store


def test_the_job_saves_one_story_that_reads_back_whole(seeded: Store) -> None:
    report = build_evidence(seeded)
    assert report.reports == 2 and report.stories == 1
    (story,) = seeded.stories()
    found = seeded.story(story.id)
    assert found is not None and found.story == story
    assert len(found.assertions) == report.assertions
    assert len(found.relations) == report.relations
    assert len(found.checks) == report.checks
    assert len(found.grades) == report.grades
    assert {c.source for c in found.claims} == {"The Kyiv Independent", "DPR-aligned outlet"}
    assert {g.reliability for g in found.grades} == {"B", "F"}
    assert seeded.story("missing") is None


def test_running_the_job_again_changes_nothing(seeded: Store) -> None:
    first = build_evidence(seeded)
    stories = seeded.stories()
    page = seeded.story(stories[0].id)
    assert build_evidence(seeded) == first
    assert seeded.stories() == stories
    assert seeded.story(stories[0].id) == page
