"""Deciding the text encoding of fetched or read bytes, once, for every source kind."""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass
from typing import Literal

import charset_normalizer

LOGGER = logging.getLogger(__name__)

DecodeHow = Literal["bom", "header", "declaration", "detected", "fallback"]
"""Which rule decided the encoding, in the order they are tried."""

# Byte order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
# https://www.unicode.org/faq/utf_bom.html#bom4
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Python codecs that decode bytes to text but are not character encodings a document may
# declare; a hostile header naming one must not change how the bytes are read.
_REFUSED_CODECS = frozenset(
    {"idna", "punycode", "raw-unicode-escape", "unicode-escape", "undefined"}
)

# An XML declaration must open the document (XML 1.0 section 2.8); a meta charset must be in
# the head, which WHATWG prescans for 1024 bytes but real pages put after long scripts.
_XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*?\bencoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")
_META_CHARSET = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.I)
_DECLARATION_WINDOW = 16 * 1024
# The longest character in any supported encoding (UTF-8 and GB18030: 4 bytes).
_MAX_CHAR_BYTES = 4
# How Python's decoders word "the bytes stop inside a character" (UTF-8 and UTF-16/32).
_CUT_OFF = frozenset({"unexpected end of data", "truncated data"})

# Detection reads a sample: charset-normalizer itself samples, and the markup-stripping
# regexes below should not walk a 20 MB export.
_DETECTION_SAMPLE = 1024 * 1024
# Tags, CDATA markers and URLs are ASCII markup that charset-normalizer's language model reads
# as English text, which made it choose cp1257 for a Portuguese Latin-1 feed.
_MARKUP = re.compile(rb"<!\[CDATA\[|\]\]>|<[^>]*>|https?://\S+")
# Tie-break among equally plausible guesses: the legacy encodings Ukrainian, Russian and
# European news sites still serve (short Cyrillic text otherwise came out as DOS cp1125).
_PREFERRED = ("cp1251", "koi8_r", "koi8_u", "cp1252", "iso8859_5", "cp1250", "iso8859_2")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, with the encoding used and the rule that chose it."""

    text: str
    encoding: str
    how: DecodeHow


def charset_from_content_type(value: str | None) -> str | None:
    """Read the ``charset`` parameter of an HTTP Content-Type header.

    Args:
        value: The header value, e.g. ``text/xml; charset="windows-1251"``.

    Returns:
        The lower-cased charset label, or None when the header is absent or names none.
    """
    if not value:
        return None
    for param in value.split(";")[1:]:
        key, _, raw = param.partition("=")
        if key.strip().lower() == "charset":
            label = raw.strip().strip("\"'").strip().lower()
            return label or None
    return None


def canonical_encoding(label: str) -> str | None:
    """Map an encoding label to one stable name (``cp1251`` and ``windows-1251`` agree).

    Args:
        label: Any label Python's codecs know.

    Returns:
        The IANA-style name (``utf-8``, ``windows-1251``, ``iso-8859-5``), or None when the
        label names no usable text encoding.
    """
    try:
        info = codecs.lookup(label.strip())
    except (LookupError, ValueError):
        return None
    name = info.name
    if not getattr(info, "_is_text_encoding", True) or name in _REFUSED_CODECS:
        return None
    if name.startswith("cp125"):
        return "windows-" + name[2:]
    if name.startswith("iso8859-"):
        return "iso-8859-" + name[len("iso8859-") :]
    return name


def decode_bytes(data: bytes, *, declared: str | None = None) -> Decoded:
    """Decode bytes by the first rule that holds: BOM, header, declaration, detection.

    A declared encoding is only used if the bytes really decode with it, so a page that lies
    about its charset falls through to detection instead of coming out garbled.

    Args:
        data: The raw bytes of a document.
        declared: The charset an HTTP header gave, if any.

    Returns:
        The text, the canonical name of the encoding used and how it was chosen. Never raises:
        undecodable data comes back as UTF-8 with replacement characters, ``how="fallback"``.
    """
    decoded = _decode_bom(data)
    if decoded is None and declared:
        decoded = _decode_declared(data, declared, "header")
    if decoded is None:
        label = _find_declaration(data)
        if label:
            decoded = _decode_declared(data, label, "declaration")
    if decoded is None:
        decoded = _detect(data)
    if decoded is None:
        LOGGER.debug("no encoding fits %d bytes; decoding as UTF-8 with replacement", len(data))
        decoded = Decoded(data.decode("utf-8", errors="replace"), "utf-8", "fallback")
    return decoded


def _decode_bom(data: bytes) -> Decoded | None:
    """A byte order mark is the strongest evidence there is (WHATWG puts it before headers)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return Decoded(text, "utf-8" if codec == "utf-8-sig" else codec, "bom")
    return None


def _find_declaration(data: bytes) -> str | None:
    """The encoding an XML declaration or an HTML ``<meta>`` names, if any."""
    head = data[:_DECLARATION_WINDOW]
    match = _XML_DECLARATION.match(head) or _META_CHARSET.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii").lower()
    # A declaration readable as ASCII cannot be in UTF-16/32 without a BOM (WHATWG: use UTF-8).
    if label.startswith(("utf-16", "utf-32", "ucs-2", "ucs-4")):
        return None
    return label


def _decode_declared(data: bytes, label: str, how: DecodeHow) -> Decoded | None:
    """Decode with a declared encoding if the bytes bear it out, else None."""
    encoding = canonical_encoding(label)
    if encoding is None:
        return None
    # Browsers read ISO-8859-1 as windows-1252, whose extra letters (curly quotes, the euro)
    # sit where Latin-1 has control codes that never appear in real text.
    candidates = ["windows-1252", encoding] if encoding == "iso-8859-1" else [encoding]
    for candidate in candidates:
        text = _strict_decode(data, candidate)
        if text is not None and not _masks_utf8(data, candidate):
            return Decoded(text, candidate, how)
    return None


def _strict_decode(data: bytes, encoding: str) -> str | None:
    """``data`` decoded with no errors tolerated but a cut-off last character, or None.

    A download cut short can end inside a multi-byte character; that says nothing against
    the encoding, so the stub becomes U+FFFD instead of disqualifying it.
    """
    try:
        return data.decode(encoding)
    except LookupError:
        return None
    except UnicodeDecodeError as exc:
        if exc.reason not in _CUT_OFF or len(data) - exc.start > _MAX_CHAR_BYTES:
            return None
        try:
            return data[: exc.start].decode(encoding) + "\ufffd"
        except UnicodeDecodeError:
            return None


def _masks_utf8(data: bytes, encoding: str) -> bool:
    """True if a single-byte declaration would garble what is really valid, non-ASCII UTF-8.

    Real single-byte text is practically never valid UTF-8 as a whole, while servers that
    declare Latin-1 or windows-1251 for UTF-8 pages are common.
    """
    if encoding.startswith("utf-") or data.isascii():
        return False
    return _strict_decode(data, "utf-8") is not None


def _detect(data: bytes) -> Decoded | None:
    """Valid UTF-8 is taken as UTF-8; otherwise ask charset-normalizer."""
    text = _strict_decode(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8", "detected")
    for label in _guess_encodings(data[:_DETECTION_SAMPLE]):
        encoding = canonical_encoding(label)
        text = _strict_decode(data, encoding) if encoding else None
        if encoding and text is not None:
            return Decoded(text, encoding, "detected")
    return None


def _guess_encodings(sample: bytes) -> list[str]:
    """charset-normalizer's candidates, least garbled first, then most like a language.

    Detection runs on the text between tags when that still holds non-ASCII bytes, and among
    equally clean candidates the most coherent one wins (charset-normalizer's own order put
    cp1250 before cp1252 for Portuguese), then the one news sites use most.
    """
    stripped = _MARKUP.sub(b" ", sample)
    if not stripped.isascii():
        sample = stripped
    matches = list(charset_normalizer.from_bytes(sample))
    matches.sort(
        key=lambda match: (
            round(match.chaos, 2),
            -round(match.coherence, 2),
            _PREFERRED.index(match.encoding) if match.encoding in _PREFERRED else len(_PREFERRED),
        )
    )
    return [match.encoding for match in matches]
