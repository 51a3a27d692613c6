"""Batched analysis gives each text exactly the analysis it gets alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.analyze.parses import batches
from sitrep.analyze.pipeline import Analyzer
from sitrep.analyze.places import PlaceExtractor
from sitrep.knowledge.gazetteer import Gazetteer
from sitrep.model import TextInput
from sitrep.sources.textfiles import parse_text_file

SEEDS = Path(__file__).parents[2] / "src" / "sitrep" / "samples" / "reports"
_OWN = [
    ("kyiv", "Russian drones struck Kharkiv overnight, the governor Oleh Syniehubov said on "
             "Telegram. Two people were wounded in the city of Kharkiv.", "en"),
    ("springfield", "The mayor of Springfield, Illinois, said on Monday that the bridge over "
                    "the Sangamon River will reopen. John Paris was not available.", None),
    ("cyrillic", "Уночі російські війська обстріляли Херсон, повідомив голова ОВА.", "uk"),
    # The same text twice, and one that is a sentence of another: parses must not leak.
    ("kyiv-again", "Russian drones struck Kharkiv overnight, the governor Oleh Syniehubov "
                   "said on Telegram. Two people were wounded in the city of Kharkiv.", "en"),
    ("part", "Two people were wounded in the city of Kharkiv.", "en"),
    ("empty", "", "en"),
]


def _inputs() -> list[TextInput]:
    items = [TextInput(id=key, text=text, language=language) for key, text, language in _OWN]
    for path in sorted(SEEDS.glob("*.md")):
        (doc,) = parse_text_file(path.read_bytes(), origin=str(path)).documents
        items.append(TextInput(id=doc.key, text=doc.text, title=doc.title,
                               published=doc.published, source=doc.source,
                               language=doc.language))
    return items


@pytest.fixture(scope="module")
def analyzer(gazetteer: Gazetteer) -> Analyzer:
    return Analyzer.load(gazetteer)


def test_batches_keep_order_and_every_item() -> None:
    assert list(batches(range(5), 2)) == [[0, 1], [2, 3], [4]]
    assert list(batches([], 3)) == []


@pytest.mark.parametrize("batch", [1, 3, 64])
def test_analyze_many_equals_analyze_one_by_one(analyzer: Analyzer, batch: int) -> None:
    items = _inputs()
    alone = [analyzer.analyze(item) for item in items]
    assert list(analyzer.analyze_many(items, batch)) == alone
    # And a text analysed alone after a batch is not affected by it.
    assert analyzer.analyze(items[-1]) == alone[-1]


def test_extract_many_equals_extract(places: PlaceExtractor) -> None:
    pairs = [(item.text, item.language) for item in _inputs()]
    alone = [places.extract(text, language=language) for text, language in pairs]
    assert list(places.extract_many(pairs, 2)) == alone
    assert any(alone)
