"""Tests for sources/_encoding.py: BOM, header, declaration, detection, fallback."""

from __future__ import annotations

import codecs
import dataclasses
from pathlib import Path

import pytest

from sitrep.sources._encoding import (
    Decoded,
    canonical_encoding,
    charset_from_content_type,
    decode_bytes,
)

FEEDS = Path(__file__).parent.parent / "fixtures" / "feeds"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("text/xml; charset=windows-1251", "windows-1251"),
        ('application/rss+xml; charset="UTF-8"', "utf-8"),
        ("text/html;charset='koi8-r' ; q=1", "koi8-r"),
        ("text/html; Charset = ISO-8859-1", "iso-8859-1"),
        ("text/html", None),
        ("text/html; charset=", None),
        ("", None),
        (None, None),
    ],
)
def test_charset_from_content_type(header: str | None, expected: str | None) -> None:
    assert charset_from_content_type(header) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("cp1251", "windows-1251"),
        ("Windows-1251", "windows-1251"),
        ("latin1", "iso-8859-1"),
        ("UTF8", "utf-8"),
        ("koi8-r", "koi8-r"),
        ("no-such-charset", None),
        ("rot13", None),  # a str-to-str codec, not a text encoding
        ("unicode_escape", None),  # decodes, but no document is written in it
    ],
)
def test_canonical_encoding(label: str, expected: str | None) -> None:
    assert canonical_encoding(label) == expected


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + "Київ".encode(), "utf-8"),
        (codecs.BOM_UTF16_LE + "Київ".encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + "Київ".encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF32_LE + "Київ".encode("utf-32-le"), "utf-32"),
    ],
)
def test_bom_wins_and_is_removed(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data, declared="windows-1251")
    assert decoded == Decoded("Київ", encoding, "bom")


def test_header_outranks_a_wrong_declaration() -> None:
    data = '<?xml version="1.0" encoding="utf-8"?><t>Харків</t>'.encode("cp1251")
    decoded = decode_bytes(data, declared="windows-1251")
    assert decoded.how == "header"
    assert "Харків" in decoded.text


def test_a_lying_header_falls_through_to_the_declaration() -> None:
    data = '<?xml version="1.0" encoding="windows-1251"?><t>Харків</t>'.encode("cp1251")
    decoded = decode_bytes(data, declared="utf-8")
    assert (decoded.encoding, decoded.how) == ("windows-1251", "declaration")
    assert "Харків" in decoded.text


def test_a_single_byte_declaration_does_not_garble_utf8() -> None:
    # Servers often declare Latin-1 or windows-1251 for pages that are really UTF-8.
    data = '<meta charset="iso-8859-1"><p>Запоріжжя</p>'.encode()
    decoded = decode_bytes(data)
    assert (decoded.encoding, decoded.how) == ("utf-8", "detected")
    assert "Запоріжжя" in decoded.text


def test_real_windows_1251_feed_declaration() -> None:
    decoded = decode_bytes((FEEDS / "ibash_windows-1251_2018.rss.xml").read_bytes())
    assert (decoded.encoding, decoded.how) == ("windows-1251", "declaration")
    assert "<description>Новый цитатник Рунета</description>" in decoded.text


def test_real_latin1_feed_without_declaration_is_detected() -> None:
    decoded = decode_bytes((FEEDS / "uol_noticias_latin1_nodecl_2018.rss.xml").read_bytes())
    assert (decoded.encoding, decoded.how) == ("windows-1252", "detected")
    assert "<description>Últimas Notícias</description>" in decoded.text
    assert "simulações de 2º turno" in decoded.text


def test_real_feed_without_declaration_is_utf8() -> None:
    decoded = decode_bytes((FEEDS / "kyivindependent_plakhov_2024-08.rss.xml").read_bytes())
    assert (decoded.encoding, decoded.how) == ("utf-8", "detected")


@pytest.mark.parametrize(
    "head",
    [
        '<meta charset="windows-1251">',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
        "<?xml version='1.0' encoding='windows-1251'?>",
    ],
)
def test_html_and_xml_declarations(head: str) -> None:
    data = (head + "<p>Донецьк</p>").encode("cp1251")
    decoded = decode_bytes(data)
    assert (decoded.encoding, decoded.how) == ("windows-1251", "declaration")
    assert decoded.text.endswith("<p>Донецьк</p>")


def test_declared_utf16_without_bom_is_ignored() -> None:
    # A declaration readable as ASCII proves the bytes are not UTF-16.
    decoded = decode_bytes(b'<?xml version="1.0" encoding="utf-16"?><rss/>')
    assert (decoded.encoding, decoded.how) == ("utf-8", "detected")


def test_latin1_declaration_reads_windows_1252_quotes() -> None:
    data = b'<meta charset="iso-8859-1"><p>\x93Ol\xe1\x94</p>'
    decoded = decode_bytes(data)
    assert decoded.encoding == "windows-1252"
    assert "\u201cOlá\u201d" in decoded.text


def test_short_cyrillic_without_any_declaration() -> None:
    decoded = decode_bytes("Привет мир".encode("cp1251"))
    assert decoded == Decoded("Привет мир", "windows-1251", "detected")


def test_cut_off_last_character_does_not_disqualify_utf8() -> None:
    data = '<?xml version="1.0" encoding="utf-8"?><t>Маріуполь'.encode()[:-1]
    decoded = decode_bytes(data)
    assert (decoded.encoding, decoded.how) == ("utf-8", "declaration")
    assert decoded.text.endswith("Маріупол\ufffd")


@pytest.mark.parametrize("declared", ["unicode_escape", "rot13", "x-no-such", "idna"])
def test_hostile_header_charset_is_ignored(declared: str) -> None:
    decoded = decode_bytes(b"plain \\x41 text", declared=declared)
    assert decoded == Decoded("plain \\x41 text", "utf-8", "detected")


@pytest.mark.parametrize(
    "data",
    [b"", bytes(range(256)), codecs.BOM_UTF32_LE + b"odd", b"\x00\xff" * 1000],
)
def test_never_raises(data: bytes) -> None:
    decoded = decode_bytes(data, declared="utf-8")
    assert isinstance(decoded.text, str)
    assert decoded.how in {"header", "detected", "fallback"}


def test_undecodable_bytes_fall_back_to_utf8_with_replacement() -> None:
    decoded = decode_bytes(bytes(range(256)))
    assert (decoded.encoding, decoded.how) == ("utf-8", "fallback")
    assert "\ufffd" in decoded.text


def test_decoded_is_frozen() -> None:
    decoded = decode_bytes(b"x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        decoded.text = "y"  # type: ignore[misc]
