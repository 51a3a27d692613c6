"""Tests for sources/opml.py on the two real Plenary exports and hostile lists."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from sitrep.model import SourceSpec
from sitrep.sources.opml import looks_like_opml, parse_opml

FIXTURES = Path(__file__).parent.parent / "fixtures"
OPML = FIXTURES / "opml"
HOSTILE = FIXTURES / "hostile"


def hostile_cases() -> list[tuple[Path, dict[str, Any]]]:
    """Hostile fixtures whose sidecar ``.expected.json`` says ``"reader": "opml"``."""
    cases = []
    for sidecar in sorted(HOSTILE.glob("*.expected.json")):
        expected = json.loads(sidecar.read_text(encoding="utf-8"))
        if expected.get("reader") == "opml":
            cases.append((sidecar.with_name(sidecar.name.removesuffix(".expected.json")), expected))
    return cases


def test_ukraine_list_is_well_formed() -> None:
    result = parse_opml((OPML / "plenary_Ukraine_with_category.opml").read_bytes(), origin="ua")
    assert (result.parser, result.problems, result.documents) == ("strict", [], [])
    assert len(result.feeds) == 12
    assert result.feeds[0] == SourceSpec(
        name="News Agency UNIAN", kind="feed", url="https://rss.unian.net/site/news_eng.rss"
    )
    assert SourceSpec("Українська правда", "feed", "https://www.pravda.com.ua/rss/") in result.feeds
    assert {spec.kind for spec in result.feeds} == {"feed"}
    assert {spec.language for spec in result.feeds} == {None}


def test_russia_list_is_malformed_but_fully_recovered() -> None:
    result = parse_opml((OPML / "plenary_Russia_with_category.opml").read_bytes(), origin="ru")
    assert (result.parser, result.documents) == ("lenient", [])
    assert len(result.feeds) == 13
    (problem,) = result.problems
    assert problem.input == "ru"
    assert problem.reason.startswith("the OPML file is malformed (attributes construct error")
    assert "line 20" in problem.reason and "13 feeds recovered" in problem.reason
    # Line 20: the unescaped quotes stay inside the name, and the URL after them is kept.
    assert (
        SourceSpec(
            'Газета "Коммерсантъ". Главное', "feed", "https://www.kommersant.ru/RSS/main.xml"
        )
        in result.feeds
    )
    assert result.feeds[0] == SourceSpec("Lenta.ru : Новости", "feed", "https://lenta.ru/rss")
    assert result.feeds[-1].url == "https://www.pravdareport.com/export.xml"


def test_lenient_reading_unescapes_and_skips_comments() -> None:
    data = (
        b'<opml version="1.0"><body>\n'
        b'<!-- <outline text="Old" xmlUrl="https://old.example.invalid/rss"/> -->\n'
        b'<outline text="A &amp; B" xmlurl="https://example.invalid/rss?a=1&amp;b=2">\n'
        b'  <outline title="Nested" text="ignored" xmlUrl=\'https://example.invalid/n\'/>\n'
        b'</outline>\n<outline text=\'broken "quote" here\' xmlUrl="https://example.invalid/q"/>'
    )
    result = parse_opml(data, origin="inline")
    assert result.parser == "lenient"
    assert [(spec.name, spec.url) for spec in result.feeds] == [
        ("A & B", "https://example.invalid/rss?a=1&b=2"),
        ("Nested", "https://example.invalid/n"),
        ('broken "quote" here', "https://example.invalid/q"),
    ]


def test_outline_without_a_name_is_named_by_its_url() -> None:
    data = (
        b'<opml version="2.0"><body><outline xmlUrl="https://example.invalid/rss"/></body></opml>'
    )
    (spec,) = parse_opml(data, origin="inline").feeds
    assert spec.name == spec.url == "https://example.invalid/rss"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "not an OPML file: the input is empty"),
        (b'<rss version="2.0"><channel/></rss>', "not an OPML file: its root element is <rss>"),
        (b"\x1f\x8b\x08\x00junk", "not an OPML file: it is not well-formed XML"),
    ],
)
def test_not_an_opml_file(data: bytes, reason: str) -> None:
    result = parse_opml(data, origin="x")
    assert result.feeds == []
    (problem,) = result.problems
    assert problem.reason.startswith(reason)


@pytest.mark.parametrize(
    ("path", "expected"), hostile_cases(), ids=lambda value: getattr(value, "name", "")
)
def test_hostile_opml(path: Path, expected: dict[str, Any]) -> None:
    started = time.monotonic()
    result = parse_opml(path.read_bytes(), origin=path.name)
    assert time.monotonic() - started < 2.0
    assert (len(result.feeds), result.parser) == (expected["feeds"], expected["parser"])
    reasons = " | ".join(problem.reason for problem in result.problems)
    for fragment in expected["problems"]:
        assert fragment in reasons


def test_private_urls_are_listed_only_if_http() -> None:
    result = parse_opml((HOSTILE / "private_urls.opml").read_bytes(), origin="p")
    # Address checks need DNS and belong to fetch.py, which refuses 169.254.169.254.
    assert [spec.url for spec in result.feeds] == [
        "http://169.254.169.254/latest/meta-data/",
        "https://lenta.ru/rss",
    ]
    assert result.problems[0].input == "p outline 'Local file'"


def test_looks_like_opml() -> None:
    assert looks_like_opml((OPML / "plenary_Russia_with_category.opml").read_bytes())
    assert not looks_like_opml(b'<rss version="2.0">')
    assert not looks_like_opml(b"")
