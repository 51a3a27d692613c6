"""Tests for sitrep.sources.textfiles against the real seed reports."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from sitrep.model import Document
from sitrep.sources.textfiles import HEADLINE_MAX_CHARS, parse_text_file

FIXTURES = Path(__file__).parent.parent / "fixtures" / "text"
KYIV = FIXTURES / "report-kyiv-independent-pokrovsk.txt"
DPR = FIXTURES / "report-dpr-krasnogorod.txt"
KYIV_MD = FIXTURES / "kyiv-independent-pokrovsk.md"


def _one(data: bytes, origin: str = "reports/x.txt", **kwargs: object) -> Document:
    result = parse_text_file(data, origin=origin, **kwargs)  # type: ignore[arg-type]
    assert len(result.documents) == 1, result.problems
    return result.documents[0]


def test_kyiv_independent_plain_text() -> None:
    result = parse_text_file(KYIV.read_bytes(), origin=str(KYIV))
    doc = result.documents[0]

    assert result.problems == []
    assert result.parser == "text"
    assert doc.kind == "text"
    assert doc.source == "text"  # the folder the file sits in
    # The first line ends with a full stop: a sentence, not a headline.
    assert doc.title is None
    assert doc.text.startswith(
        "Ukrainian forces are clearing out central Pokrovsk from Russian soldiers,"
    )
    assert "Ukraine has killed 388 Russian soldiers in the city and wounded another 87" in doc.text
    assert doc.published is None
    assert doc.encoding == "utf-8"


def test_dpr_report_headline_is_title_and_stays_in_text() -> None:
    doc = _one(DPR.read_bytes(), origin=str(DPR))

    headline = "DPR Intensifies Offensive in Krasnogorod (Pokrovsk) as Artillery Barrage Escalates"
    assert doc.title == headline
    assert doc.text.startswith(headline + "\n\nIn the very south of the city of Krasnogorod")
    assert "Denis Pushilin, head of the Donetsk People’s Republic (DPR)" in doc.text


def test_markdown_front_matter() -> None:
    result = parse_text_file(KYIV_MD.read_bytes(), origin=str(KYIV_MD))
    doc = result.documents[0]

    assert result.problems == []
    assert result.parser == "front-matter"
    assert doc.source == "The Kyiv Independent"
    assert doc.url == "https://kyivindependent.com/"
    assert doc.published == datetime(2025, 11, 23, tzinfo=UTC)
    assert doc.language == "en"
    assert doc.title is None
    # The body is the seed report exactly; the front matter is not part of it.
    assert doc.text == KYIV.read_text(encoding="utf-8").strip()


def test_same_report_with_or_without_front_matter_has_same_text_hash() -> None:
    plain = _one(KYIV.read_bytes())
    wrapped = _one(KYIV_MD.read_bytes())

    assert plain.content_hash == wrapped.content_hash


def test_source_argument_wins_over_front_matter_and_folder() -> None:
    assert _one(KYIV_MD.read_bytes(), source="KI").source == "KI"
    assert _one(KYIV.read_bytes(), origin="kyiv-independent/2025-11-23.txt").source == (
        "kyiv-independent"
    )
    assert _one(KYIV.read_bytes(), origin="report.txt").source == "files"


def test_front_matter_values_of_every_kind() -> None:
    data = (
        b"---\n"
        b"title: Pokrovsk update\n"
        b"author: [First Author, Second Author]\n"
        b"published: 2025-11-23 12:15:00+02:00\n"
        b"language: uk-UA\n"
        b"side: ua\n"
        b"tags: [pokrovsk]\n"
        b"---\n"
        b"# Pokrovsk update\n\n"
        b"Ukrainian forces are clearing out central Pokrovsk.\n"
    )

    result = parse_text_file(data, origin="notes/a.md")
    doc = result.documents[0]

    assert result.problems == []
    assert doc.title == "Pokrovsk update"
    assert doc.author == "First Author; Second Author"
    assert doc.published == datetime(2025, 11, 23, 10, 15, tzinfo=UTC)
    assert doc.language == "uk"
    assert doc.source == "notes"


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("'2025-11-23'", datetime(2025, 11, 23, tzinfo=UTC)),
        ("'2025-11-23T10:15:00+02:00'", datetime(2025, 11, 23, 8, 15, tzinfo=UTC)),
        ("2025-11-23T10:15:00Z", datetime(2025, 11, 23, 10, 15, tzinfo=UTC)),
        ("'2025-11-23 10:15'", datetime(2025, 11, 23, 10, 15, tzinfo=UTC)),
    ],
)
def test_published_as_string_or_yaml_timestamp(published: str, expected: datetime) -> None:
    data = f"---\npublished: {published}\n---\nReport text.\n".encode()

    assert _one(data).published == expected


def test_unusable_front_matter_values_are_problems_report_still_read() -> None:
    data = b"---\npublished: last Sunday\nlanguage: Ukrainian language\nside: blue\n---\nText.\n"

    result = parse_text_file(data, origin="x.md")

    assert result.documents[0].text == "Text."
    assert result.documents[0].published is None
    assert result.documents[0].language is None
    assert [p.reason for p in result.problems] == [
        "front matter 'published' 'last Sunday' is not a date or date-time; ignored",
        "front matter 'language' 'Ukrainian language' is not a code like 'uk' or 'en-GB'; ignored",
        "front matter 'side' 'blue' is not one of ua, ru, neutral, unknown; ignored",
    ]


def test_bad_yaml_front_matter_reads_whole_file_and_says_so() -> None:
    data = b"---\ntitle: [Pokrovsk\nsource: KI\n---\nUkrainian forces are clearing out Pokrovsk.\n"

    result = parse_text_file(data, origin="x.md")

    assert result.documents[0].text == data.decode().strip()
    assert result.documents[0].source == "files"
    assert len(result.problems) == 1
    assert result.problems[0].reason.startswith("front matter is not valid YAML at line ")
    assert result.problems[0].reason.endswith("read the whole file as the report text")


def test_front_matter_that_is_a_list_is_a_problem() -> None:
    result = parse_text_file(b"---\n- a\n- b\n---\nReport.\n", origin="x.md")

    assert result.documents[0].text == "---\n- a\n- b\n---\nReport."
    assert "not a mapping" in result.problems[0].reason


def test_dashes_without_closing_line_are_not_front_matter() -> None:
    doc = _one(b"---\nReport after a rule.\nMore text.\n")

    assert doc.text == "---\nReport after a rule.\nMore text."


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n", b"\xef\xbb\xbf\n"])
def test_empty_file_is_a_problem(data: bytes) -> None:
    result = parse_text_file(data, origin="x.txt")

    assert result.documents == []
    assert [p.reason for p in result.problems] == ["empty file"]


def test_front_matter_without_body_is_a_problem() -> None:
    result = parse_text_file(b"---\ntitle: Nothing here\n---\n\n", origin="x.md")

    assert result.documents == []
    assert result.problems[0].reason == "front matter but no report text after it"


def test_binary_file_is_a_problem() -> None:
    result = parse_text_file(b"%PDF-1.7\n\x00\x01\x02\x03\xff\xfe\x00binary", origin="x.txt")

    assert result.documents == []
    assert result.problems[0].reason.startswith("not a text file")


def test_windows_1251_and_crlf_are_decoded() -> None:
    # Opening lines of a real post in the uk_refugee_help Telethon sample.
    text = "Дорогі друзі!\r\n\r\nДеякий час від нас не було новин.\r\n"

    doc = _one(text.encode("cp1251"))

    assert doc.encoding == "windows-1251"
    assert doc.title == "Дорогі друзі!"
    assert doc.text == "Дорогі друзі!\n\nДеякий час від нас не було новин."


@pytest.mark.parametrize(
    ("first_line", "is_title"),
    [
        ("Situation report: Pokrovsk direction", True),
        ("What happened in Pokrovsk?", True),
        ("## Pokrovsk update", True),
        ("Ukrainian forces are clearing out central Pokrovsk, the military said.", False),
        ("Update:", False),
        ("2025-11-23", False),
        ("x" * (HEADLINE_MAX_CHARS + 1), False),
    ],
)
def test_headline_rule(first_line: str, is_title: bool) -> None:
    doc = _one(f"{first_line}\nThe report follows.\n".encode())

    assert (doc.title is not None) is is_title


def test_single_line_file_has_no_title() -> None:
    assert _one(b"Situation report: Pokrovsk direction\n").title is None
