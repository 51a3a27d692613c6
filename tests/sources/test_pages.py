"""Tests for sitrep.sources.pages against real saved news pages."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from sitrep.model import Document
from sitrep.sources.pages import MIN_TEXT_CHARS, parse_page

FIXTURES = Path(__file__).parent.parent / "fixtures" / "pages"
GLOBALNEWS = FIXTURES / "GlobalNews_2026_05_24.html"
KOMMERSANT = FIXTURES / "Kommersant_2025_05_14.html"
DW = FIXTURES / "DW_2023_04_28.html"
LOGIN = FIXTURES / "login_page.html"
SEED_TEXT = (
    Path(__file__).parent.parent / "fixtures" / "text" / "report-kyiv-independent-pokrovsk.txt"
)


def _one(path: Path, **kwargs: object) -> Document:
    result = parse_page(path.read_bytes(), origin=str(path), **kwargs)  # type: ignore[arg-type]
    assert result.problems == []
    assert len(result.documents) == 1
    return result.documents[0]


def test_globalnews_article() -> None:
    doc = _one(GLOBALNEWS)

    assert doc.kind == "page"
    assert doc.title == (
        "Russia hits Kyiv with ballistic missile, damages buildings and schools"
        " - National | Globalnews.ca"
    )
    assert doc.author == "Samya Kullab; Vasilisa Stepanenko"
    assert doc.source == "Global News"
    assert doc.url == "https://globalnews.ca/news/11862251/russia-missile-attack-kyiv-ukraine/"
    # datePublished "2026-05-24T10:05:10-04:00"
    assert doc.published == datetime(2026, 5, 24, 14, 5, 10, tzinfo=UTC)
    assert doc.language == "en"
    assert doc.encoding == "utf-8"
    assert doc.text.startswith(
        "Russia used the powerful hypersonic Oreshnik ballistic missile during a mass drone"
        " and missile attack on Kyiv on Sunday that killed at least two people"
    )


def test_kommersant_article_in_russian_with_crlf() -> None:
    doc = _one(KOMMERSANT)

    assert doc.title == "Легкий троннинг"
    assert doc.author == "Андрей Колесников"
    assert doc.source == "Газета «Коммерсантъ»"
    assert doc.url == "https://www.kommersant.ru/doc/7715044"
    # article:published_time "2025-05-14T20:28:12+03:00"
    assert doc.published == datetime(2025, 5, 14, 17, 28, 12, tzinfo=UTC)
    assert doc.language == "ru"
    assert (
        "14 мая президент России Владимир Путин встретился с премьер-министром Малайзии"
        " Анваром Ибрагимом" in doc.text
    )
    assert "\r" not in doc.text


def test_dw_article_in_german() -> None:
    doc = _one(DW)

    assert doc.title == "Ukrainische Gegenoffensive: Ziele, Chancen, Risiken | DW | 28.04.2023"
    assert doc.author == "Deutsche Welle"
    assert doc.source == "DW.COM"
    # The canonical link, without the RSS tracking query the crawler's URL had.
    assert (
        doc.url
        == "https://www.dw.com/de/ukrainische-gegenoffensive-ziele-chancen-risiken/a-65464327"
    )
    assert doc.language == "de"  # <html lang="de">, and <meta name="language" content="de_DE">
    assert "Eine Autobahn in Polen nahe der Grenze zur Ukraine." in doc.text


@pytest.mark.xfail(
    strict=True,
    reason="htmldate takes 24.04.2023 from a related-article teaser; the page's own date "
    "28.04.2023 is only in its title and a 'Datum' list",
)
def test_dw_publication_date() -> None:
    assert _one(DW).published == datetime(2023, 4, 28, tzinfo=UTC)


def test_given_url_and_source_win_over_the_page() -> None:
    doc = _one(DW, url="https://www.dw.com/de/a-65464327", source="Deutsche Welle")

    assert doc.url == "https://www.dw.com/de/a-65464327"
    assert doc.source == "Deutsche Welle"


def test_fetched_is_kept_and_bounds_the_date() -> None:
    same_day = datetime(2026, 5, 24, 15, 0, tzinfo=UTC)
    before = datetime(2026, 5, 1, tzinfo=UTC)

    assert _one(GLOBALNEWS, fetched=same_day).published == datetime(
        2026, 5, 24, 14, 5, 10, tzinfo=UTC
    )
    assert _one(GLOBALNEWS, fetched=same_day).fetched == same_day
    # A page fetched three weeks before its claimed date: the date is not believed.
    assert _one(GLOBALNEWS, fetched=before).published is None


def test_windows_1251_page_with_meta_charset() -> None:
    html = KOMMERSANT.read_bytes().decode("utf-8")
    html = html.replace('<meta charset="utf-8" />', '<meta charset="windows-1251" />')
    data = html.encode("cp1251", errors="xmlcharrefreplace")

    result = parse_page(data, origin="kommersant-1251.html")

    doc = result.documents[0]
    assert doc.encoding == "windows-1251"
    assert doc.title == "Легкий троннинг"
    assert "Владимир Путин встретился с премьер-министром Малайзии" in doc.text


def test_windows_1251_page_with_charset_only_in_the_header() -> None:
    html = KOMMERSANT.read_bytes().decode("utf-8").replace('<meta charset="utf-8" />', "")
    data = html.encode("cp1251", errors="xmlcharrefreplace")

    result = parse_page(
        data,
        origin="https://www.kommersant.ru/doc/7715044",
        content_type="text/html; charset=windows-1251",
    )

    assert result.documents[0].encoding == "windows-1251"
    assert result.documents[0].author == "Андрей Колесников"


def test_date_only_page_is_midnight_utc() -> None:
    """A page built around the Kyiv Independent seed text, dated by day only."""
    body = "".join(f"<p>{para}</p>\n" for para in SEED_TEXT.read_text().split("\n\n")[:5])
    page = (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        "<title>Pokrovsk report (test page)</title>"
        '<meta property="article:published_time" content="2025-11-23">'
        "</head><body><article><h1>Pokrovsk report (test page)</h1>"
        f"{body}</article></body></html>"
    )

    doc = parse_page(
        page.encode(), origin="ki.html", url="https://kyivindependent.com/x"
    ).documents[0]

    assert doc.published == datetime(2025, 11, 23, tzinfo=UTC)
    assert doc.language == "en"
    assert doc.source == "kyivindependent.com"
    assert "\nUkrainian forces are clearing out central Pokrovsk from Russian soldiers" in doc.text


def test_login_page_is_not_an_article() -> None:
    result = parse_page(LOGIN.read_bytes(), origin=str(LOGIN))

    assert result.documents == []
    assert len(result.problems) == 1
    assert result.problems[0].input == str(LOGIN)
    assert result.problems[0].reason.startswith("no article text found in the page")
    assert f"at least {MIN_TEXT_CHARS}" in result.problems[0].reason


def test_truncated_page_keeps_its_text_and_says_it_is_cut() -> None:
    data = KOMMERSANT.read_bytes()

    result = parse_page(data[: len(data) // 2], origin="half.html")

    assert len(result.documents) == 1
    assert result.documents[0].title == "Легкий троннинг"
    assert [p.reason for p in result.problems] == [
        "page seems cut off (no closing </html>); its text may be incomplete"
    ]


def test_page_cut_before_its_article_is_a_problem() -> None:
    data = GLOBALNEWS.read_bytes()

    result = parse_page(data[:60_000], origin="g.html")

    assert result.documents == []
    assert "no article text found" in result.problems[0].reason


@pytest.mark.parametrize("data", [b"", b"   \n", b"\x00\x01\x02\xff\xfe binary", b"<html></html>"])
def test_empty_or_garbage_input_is_a_problem(data: bytes) -> None:
    result = parse_page(data, origin="x.html")

    assert result.documents == []
    assert len(result.problems) == 1
    assert result.problems[0].input == "x.html"
