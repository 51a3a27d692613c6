"""Invariants every reader keeps on every fixture, hostile ones included (feedparser-style).

Whatever the input, reading returns records, never raises; documents carry text and
provenance, times are timezone-aware, and nothing undecoded (bytes) leaks out of sources/.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

import pytest

from sitrep.sources.inputs import read_bytes

from support import FIXTURES

KINDS = ("feeds", "opml", "pages", "telegram", "text", "hostile")
FILES = sorted(
    path for kind in KINDS for path in (FIXTURES / kind).iterdir()
    if path.is_file() and not path.name.endswith((".json.expected", ".expected.json"))
)


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_reading_any_fixture_keeps_the_invariants(path: Path) -> None:
    result = read_bytes(path.read_bytes(), origin=str(path))
    assert result.documents or result.problems or result.feeds
    for doc in result.documents:
        assert doc.text.strip() and doc.source.strip() and doc.origin == str(path)
        assert len(doc.content_hash) == 64
        for field in dataclasses.fields(doc):
            value = getattr(doc, field.name)
            assert not isinstance(value, bytes | bytearray), field.name
            if isinstance(value, datetime):
                assert value.tzinfo is not None, field.name
    for problem in result.problems:
        assert problem.input.strip() and problem.reason.strip()


@pytest.mark.parametrize("path", [p for p in FILES if p.parent.name == "hostile"],
                         ids=lambda p: p.name)
def test_hostile_inputs_are_reported_or_defused(path: Path) -> None:
    result = read_bytes(path.read_bytes(), origin=str(path))
    # Bodies are HTML turned into text; a plain-text title may quote markup literally.
    texts = [d.text.lower() for d in result.documents]
    assert result.problems or texts
    for text in texts:
        assert "<script" not in text and "javascript:" not in text and "onerror=" not in text
