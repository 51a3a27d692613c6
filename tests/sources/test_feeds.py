"""Tests for sources/feeds.py on real feeds, hostile inputs and HTML-to-text."""

# The fixtures are Russian and curly-quoted: RUF001 would flag every Cyrillic letter.

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from sitrep.model import ReadResult
from sitrep.sources.feeds import html_to_text, looks_like_feed, parse_feed

FIXTURES = Path(__file__).parent.parent / "fixtures"
FEEDS = FIXTURES / "feeds"
HOSTILE = FIXTURES / "hostile"


def read(name: str, **kwargs: Any) -> ReadResult:
    """Parse a fixture feed with its file name as origin."""
    return parse_feed((FEEDS / name).read_bytes(), origin=name, **kwargs)


def hostile_cases(reader: str) -> list[tuple[Path, dict[str, Any]]]:
    """Every hostile fixture whose sidecar ``.expected.json`` names this reader."""
    cases = []
    for sidecar in sorted(HOSTILE.glob("*.expected.json")):
        expected = json.loads(sidecar.read_text(encoding="utf-8"))
        if expected.get("reader") == reader:
            cases.append((sidecar.with_name(sidecar.name.removesuffix(".expected.json")), expected))
    return cases


def test_lenta_russian_rss() -> None:
    result = read("lenta_ru_news_2022-12-03.rss.xml")
    assert (result.parser, result.problems) == ("strict", [])
    assert [doc.title for doc in result.documents][:2] == [
        "Стало известно о задержании бизнесмена Михаила Фридмана в Лондоне",
        "Опубликована карта боевых действий на Украине",
    ]
    first = result.documents[0]
    assert first.source == "Lenta.ru : Новости"
    assert first.author == "Варвара Кошечкина"
    assert first.published == datetime(2022, 12, 3, 16, 43, tzinfo=UTC)  # 19:43 +0300
    assert first.url == first.external_id == "https://lenta.ru/news/2022/12/03/freedman/"
    assert (first.language, first.encoding, first.kind) == ("ru", "utf-8", "feed")
    # The CDATA padding (newlines and indentation) is gone.
    assert first.text.startswith("Полиция задержала в Лондоне российского бизнесмена")
    assert first.text.endswith("Другие детали он не раскрыл.")
    assert len(result.documents) == 4


def test_kyiv_independent_escaped_html_without_guid() -> None:
    result = read("kyivindependent_plakhov_2024-08.rss.xml")
    assert (result.parser, len(result.documents), result.problems) == ("strict", 4, [])
    doc = result.documents[0]
    assert doc.title == "Romania denies downing Russian drones over Ukraine"
    assert doc.source == "PG's Kyiv Independent"
    assert doc.published == datetime(2024, 7, 26, 20, 22, 48, tzinfo=UTC)
    # No <guid>: the link is the identity.
    assert doc.external_id == doc.url
    assert doc.url == "https://kyivindependent.com/romania-denies-downing-russian-drones/"
    for document in result.documents:
        assert "<" not in document.text
        assert "&lt;" not in document.text and "&amp;" not in document.text
        assert "\n\n" in document.text  # paragraphs kept as blocks
    losses = result.documents[3]
    assert losses.text.startswith(
        "Russian personnel and materiel losses in Ukraine are so high the Kremlin is having "
        '"serious problems" recruiting new contract soldiers'
    )


def test_content_encoded_preferred_over_description() -> None:
    result = read("arstechnica_content_encoded_2019.rss.xml")
    (doc,) = result.documents
    assert doc.text == "Google co-founder Larry Page is now CEO of Alphabet."  # not the summary
    assert doc.title == (
        "Apple isn’t the most cash-rich company in the world anymore, but it doesn’t matter"
    )
    assert doc.author == "Samuel Axon"  # dc:creator
    assert doc.language == "en"  # from en-US
    assert doc.published == datetime(2019, 8, 5, 23, 11, 9, tzinfo=UTC)


def test_atom_content_and_ids() -> None:
    result = read("heise_developer_2016.atom.xml")
    assert (result.parser, len(result.documents)) == ("strict", 3)
    doc = result.documents[0]
    assert doc.title == "Java-Anwendungsserver: Red Hat gibt WildFly 10 frei"
    assert doc.external_id == "http://heise.de/-3088438"
    assert doc.url is not None and doc.url.startswith("http://www.heise.de/developer/meldung/")
    assert doc.published == datetime(2016, 2, 1, 16, 22, tzinfo=UTC)  # 17:22 +01:00
    assert doc.text.startswith("Die nun verfügbare Version 10 des Enterprise-Java-Servers")
    assert doc.source == "heise developer neueste Meldungen"
    assert doc.language is None


def test_windows_1251_cyrillic() -> None:
    result = read("ibash_windows-1251_2018.rss.xml")
    assert (result.parser, len(result.documents)) == ("strict", 5)
    doc = result.documents[0]
    assert (doc.title, doc.encoding, doc.language) == ("Цитата #17703", "windows-1251", "ru")
    # <br /> inside CDATA becomes a line break.
    assert doc.text.splitlines()[:2] == [
        "xxx: есть у кого жаба программер",
        "xxx: кот немного пхп знает?",
    ]
    assert "бо'льшая свобода действий" in result.documents[1].text


def test_latin1_without_declaration_is_redecoded() -> None:
    result = read("uol_noticias_latin1_nodecl_2018.rss.xml")
    assert (result.parser, result.problems) == ("redecoded", [])
    assert len(result.documents) == 15
    doc = result.documents[0]
    assert doc.title == "Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno"
    assert doc.encoding == "windows-1252"
    assert doc.source == "UOL Noticias"
    assert doc.language is None  # <language></language>
    # Portuguese day and month names ("Seg, 24 Set 2018") are beyond feedparser's RFC 822.
    assert doc.published is None
    # An item with an empty <description> keeps its headline as its text.
    assert result.documents[1].text == result.documents[1].title


def test_source_name_and_fetch_time_are_passed_through() -> None:
    fetched = datetime(2024, 8, 1, 12, 0, tzinfo=UTC)
    result = read("lenta_ru_news_2022-12-03.rss.xml", source="lenta", fetched=fetched)
    assert {(doc.source, doc.fetched, doc.origin) for doc in result.documents} == {
        ("lenta", fetched, "lenta_ru_news_2022-12-03.rss.xml")
    }


def test_header_charset_is_honoured() -> None:
    result = read(
        "ibash_windows-1251_2018.rss.xml",
        content_type="application/rss+xml; charset=windows-1251",
    )
    assert result.parser == "strict"
    assert result.documents[0].title == "Цитата #17703"


def test_wrong_content_type_still_parses() -> None:
    # feedparser flags a feed served as text/html; the re-decoded parse recovers it cleanly.
    result = read("lenta_ru_news_2022-12-03.rss.xml", content_type="text/html")
    assert (result.parser, len(result.documents), result.problems) == ("redecoded", 4, [])


@pytest.mark.parametrize("path", sorted(FEEDS.iterdir()), ids=lambda path: path.name)
def test_every_fixture_document_is_complete(path: Path) -> None:
    """Corpus invariants: provenance, text, aware UTC datetimes, no markup left."""
    result = parse_feed(path.read_bytes(), origin=str(path))
    assert looks_like_feed(path.read_bytes())
    assert result.documents
    for doc in result.documents:
        assert doc.kind == "feed" and doc.origin == str(path) and doc.source and doc.encoding
        assert doc.text.strip() == doc.text and doc.text
        assert "<p>" not in doc.text and "<br" not in doc.text and "]]>" not in doc.text
        assert doc.published is None or doc.published.utcoffset() is not None
        assert doc.external_id


def test_item_with_neither_title_nor_text_is_skipped_with_a_problem() -> None:
    data = (
        b'<rss version="2.0"><channel><title>T</title>'
        b"<item><title>Kept</title><link>https://example.invalid/1</link></item>"
        b"<item><link>https://example.invalid/2</link><description>  </description></item>"
        b"</channel></rss>"
    )
    result = parse_feed(data, origin="inline.xml")
    assert [doc.title for doc in result.documents] == ["Kept"]
    (problem,) = result.problems
    assert problem.input == "inline.xml item 2 (https://example.invalid/2)"
    assert "neither a title nor any text" in problem.reason


def test_relative_links_resolve_against_an_http_origin() -> None:
    data = (
        b'<rss version="2.0"><channel><title>T</title>'
        b"<item><title>A</title><link>/news/1</link></item></channel></rss>"
    )
    result = parse_feed(data, origin="https://example.invalid/rss")
    assert result.documents[0].url == "https://example.invalid/news/1"


@pytest.mark.parametrize(
    "data", [b"/etc/passwd", b"http://127.0.0.1:1/feed", b"file:///etc/passwd"]
)
def test_bytes_that_look_like_a_path_or_url_are_never_opened(data: bytes) -> None:
    # feedparser.parse() opens a path or fetches a URL given as a string; we pass a stream.
    result = parse_feed(data, origin="inline")
    assert result.documents == []
    assert result.problems[0].reason.startswith("not an RSS or Atom feed")


@pytest.mark.parametrize(
    ("path", "expected"), hostile_cases("feed"), ids=lambda value: getattr(value, "name", "")
)
def test_hostile_feed(path: Path, expected: dict[str, Any]) -> None:
    started = time.monotonic()
    result = parse_feed(path.read_bytes(), origin=path.name)
    assert time.monotonic() - started < 2.0
    assert len(result.documents) == expected["documents"]
    assert result.parser == expected["parser"]
    reasons = " | ".join(problem.reason for problem in result.problems)
    for fragment in expected["problems"]:
        assert fragment in reasons
    if not expected["problems"]:
        assert result.problems == []
    assert all(problem.input == path.name for problem in result.problems)


def test_entity_bomb_is_not_expanded() -> None:
    result = parse_feed((HOSTILE / "entity_bomb.rss.xml").read_bytes(), origin="bomb")
    (doc,) = result.documents
    assert doc.title == "Boom"
    assert "lollol" not in doc.text and len(doc.text) < 100


def test_truncated_feed_keeps_the_complete_items() -> None:
    result = parse_feed((HOSTILE / "lenta_ru_truncated.rss.xml").read_bytes(), origin="cut")
    assert result.documents[1].title == "Опубликована карта боевых действий на Украине"
    assert result.documents[1].text.startswith("Минобороны России в ходе брифинга показало карту")


def test_script_injection_leaves_only_text() -> None:
    result = parse_feed((HOSTILE / "script_injection.rss.xml").read_bytes(), origin="inj")
    (doc,) = result.documents
    assert doc.text == "Shelling reported overnight.\n\nSecond paragraph.\n\nlink text"
    # A plain-text title keeps its literal characters; renderers escape it.
    assert doc.title == "Report <script>alert(1)</script>with markup"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"<?xml version='1.0'?><rss version='2.0'>", True),
        (b'<feed xmlns="http://www.w3.org/2005/Atom">', True),
        (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', True),
        ("<rss>".encode("utf-16"), True),
        (b"<!DOCTYPE html><html><body>rss</body></html>", False),
        (b'<opml version="1.0">', False),
        (b"", False),
    ],
)
def test_looks_like_feed(data: bytes, expected: bool) -> None:
    assert looks_like_feed(data) is expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
        ("Line one<br>line two<br/><br/>next paragraph", "Line one\nline two\n\nnext paragraph"),
        ("<ul><li>first</li><li>second</li></ul>", "first\n\nsecond"),
        ("<p>Kyiv&nbsp;&mdash; <b>bold</b>  and\n  <i>spaced</i></p>", "Kyiv — bold and spaced"),
        ("<div>a<script>x()</script>b<style>p{}</style>c<!-- note -->d</div>", "abcd"),
        ("<h2>Head</h2>text after", "Head\n\ntext after"),
        ("", ""),
        ("   ", ""),
        ("just text", "just text"),
    ],
)
def test_html_to_text(markup: str, expected: str) -> None:
    assert html_to_text(markup) == expected
