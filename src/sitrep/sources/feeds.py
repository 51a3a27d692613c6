"""Reading RSS and Atom feeds into documents, one per item."""

from __future__ import annotations

import html
import io
import logging
import re
import xml.sax
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser
import lxml.html
from feedparser import FeedParserDict
from lxml import etree

from sitrep.model import Document, Problem, ReadResult
from sitrep.sources._encoding import canonical_encoding, charset_from_content_type, decode_bytes

LOGGER = logging.getLogger(__name__)

# Feed roots per RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom; sniffed in the head like browsers do.
_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")
_SNIFF_WINDOW = 4096

# HTML elements that start a new block of text: paragraphs stay apart as blank-line blocks.
_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)
# HTML elements whose content is never report text.
_SKIPPED_TAGS = frozenset(
    {
        "iframe",
        "noscript",
        "object",
        "script",
        "style",
        "svg",
        "template",
    }
)
# Separators inside the walk, removed from the input first so they cannot be forged.
_BLOCK = "\x1e"
_LINE = "\x1f"
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
_TAG = re.compile(r"<[^>]*>")

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# No line break after it, so line numbers in XML errors match the original.
_UTF8_DECLARATION = b'<?xml version="1.0" encoding="utf-8"?>'
_DOCTYPE_SUBSET_END = re.compile(rb"\]\s*>")
_ELEMENT_START = re.compile(rb"<[A-Za-z_]")
_LANGUAGE = re.compile(r"[a-z]{2,3}")
# What feedparser 6.0.14 raises on some malformed input (see _run_feedparser).
_FEEDPARSER_CRASHES = (AttributeError, IndexError, KeyError, TypeError, ValueError)


class _FeedparserCrashError(Exception):
    """feedparser raised where it should have flagged the input as malformed."""


@dataclass(frozen=True, slots=True)
class _Attempt:
    """One feedparser run: its result, the strategy's name and the encoding it read."""

    parsed: FeedParserDict
    parser: str
    encoding: str | None


@dataclass(frozen=True, slots=True)
class _Context:
    """What every document of one feed shares."""

    source: str
    origin: str
    fetched: datetime | None
    encoding: str | None
    language: str | None


def looks_like_feed(data: bytes) -> bool:
    """Cheaply tell whether bytes are probably an RSS or Atom feed, from their head alone.

    Args:
        data: The document, or at least its first few KB.

    Returns:
        True if an ``<rss``, ``<feed`` or ``<rdf:RDF`` tag appears near the start.
    """
    head = data[:_SNIFF_WINDOW]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    head = head.lower()
    return any(root in head for root in _FEED_ROOTS)


def parse_feed(
    data: bytes,
    *,
    origin: str,
    source: str | None = None,
    fetched: datetime | None = None,
    content_type: str | None = None,
) -> ReadResult:
    """Parse an RSS 0.9x/1.0/2.0 or Atom feed into one ``Document`` per item.

    Strict parsing comes first; if the XML is rejected, the bytes are decoded by
    ``_encoding`` and parsed again; if that fails too, feedparser's lenient parser recovers
    what it can. ``ReadResult.parser`` says which won: ``strict``, ``redecoded`` or ``lenient``.

    Args:
        data: The feed's bytes, as fetched or read.
        origin: The URL or path it came from, kept on every document and problem.
        source: The outlet name to use; defaults to the feed's own title.
        fetched: When the bytes were fetched, copied onto every document.
        content_type: The HTTP Content-Type header, whose charset outranks the XML one.

    Returns:
        The documents and the problems. Never raises on bad data: a document that is not a
        feed gives no documents and one problem saying why.
    """
    problems: list[Problem] = []
    data, removed = _strip_entity_declarations(data)
    if removed:
        problems.append(
            Problem(
                origin,
                "the feed declares XML entities in its DOCTYPE; they were removed unexpanded, "
                "because expanding them can exhaust memory (an 'entity bomb')",
            )
        )
    attempt = _parse_with_fallbacks(data, content_type, origin)
    parsed = attempt.parsed
    if not parsed.entries and not parsed.get("version"):
        problems.append(Problem(origin, _not_a_feed_reason(data, parsed)))
        return ReadResult(problems=problems, parser=None)
    problems.extend(_bozo_problems(attempt, origin))
    context = _Context(
        source=source or _single_line(parsed.feed.get("title", "")) or origin,
        origin=origin,
        fetched=fetched,
        encoding=attempt.encoding,
        language=_short_language(parsed.feed.get("language")),
    )
    documents: list[Document] = []
    for index, entry in enumerate(parsed.entries, start=1):
        outcome = _read_entry(entry, index, context)
        if isinstance(outcome, Document):
            documents.append(outcome)
        else:
            problems.append(outcome)
    return ReadResult(documents=documents, problems=problems, parser=attempt.parser)


def _parse_with_fallbacks(data: bytes, content_type: str | None, origin: str) -> _Attempt:
    """Strict, then re-decoded, then the better of the two lenient results."""
    base = {"content-location": origin} if origin.startswith(("http://", "https://")) else {}
    headers = {**base, "content-type": content_type} if content_type else base
    strict = _run_feedparser(data, headers)
    strict_encoding = canonical_encoding(strict.get("encoding") or "utf-8")
    if not strict.bozo:
        return _Attempt(strict, "strict", strict_encoding)
    decoded = decode_bytes(data, declared=charset_from_content_type(content_type))
    LOGGER.debug(
        "%s: strict parse failed (%r); re-decoded as %s",
        origin,
        strict.get("bozo_exception"),
        decoded.encoding,
    )
    redecoded = _run_feedparser(_as_utf8_xml(decoded.text), base)
    if not redecoded.bozo:
        return _Attempt(redecoded, "redecoded", decoded.encoding)
    if len(redecoded.entries) >= len(strict.entries):
        return _Attempt(redecoded, "lenient", decoded.encoding)
    return _Attempt(strict, "lenient", strict_encoding)


def _run_feedparser(data: bytes, headers: dict[str, str]) -> FeedParserDict:
    """Run feedparser on bytes only: given a bare string it would open files or URLs.

    feedparser is meant to flag bad input as ``bozo``, but some raises instead (found by
    fuzzing 6.0.14: ``int(None)`` on a stray ``</height>``, a UTF-8 decode of a mangled
    XML declaration). Those become a failed attempt, so the next strategy still runs.
    """
    try:
        return feedparser.parse(
            io.BytesIO(data),
            response_headers=headers,
            sanitize_html=True,
            resolve_relative_uris=True,
        )
    except _FEEDPARSER_CRASHES as exc:
        LOGGER.debug("feedparser raised on %d bytes", len(data), exc_info=True)
        crash = _FeedparserCrashError(f"{type(exc).__name__}: {exc}")
        return FeedParserDict(bozo=True, bozo_exception=crash, entries=[], feed=FeedParserDict())


def _as_utf8_xml(text: str) -> bytes:
    """Re-encode decoded text as UTF-8 with a declaration that says so."""
    body = _XML_DECLARATION.sub("", text, count=1)
    return _UTF8_DECLARATION + body.encode("utf-8", errors="replace")


def _strip_entity_declarations(data: bytes) -> tuple[bytes, bool]:
    """Remove a DOCTYPE whose internal subset declares entities (billion laughs and kin).

    feedparser and expat guard against entity bombs too; this makes the guarantee ours,
    whatever their versions do.
    """
    start = data.find(b"<!DOCTYPE")
    if start < 0 or _ELEMENT_START.search(data, 0, start):
        return data, False
    bracket, close = data.find(b"[", start), data.find(b">", start)
    if bracket < 0 or (0 <= close < bracket):
        return data, False
    subset_end = _DOCTYPE_SUBSET_END.search(data, bracket)
    end = subset_end.end() if subset_end else len(data)
    if b"<!ENTITY" not in data[bracket:end]:
        return data, False
    # Keep the line count, so that XML errors still point at the lines of the original.
    return data[:start] + b"\n" * data.count(b"\n", start, end) + data[end:], True


def _bozo_problems(attempt: _Attempt, origin: str) -> list[Problem]:
    """Report malformed XML only when items were, or may have been, lost."""
    if attempt.parser != "lenient":
        return []
    error = attempt.parsed.get("bozo_exception")
    count = len(attempt.parsed.entries)
    if count == 0:
        reason = f"the feed is malformed and no items could be recovered ({_describe_error(error)})"
        return [Problem(origin, reason)]
    if isinstance(error, xml.sax.SAXException):
        items = f"{count} item{'' if count == 1 else 's'}"
        reason = (
            f"the feed is not well-formed XML ({_describe_error(error)}); {items} recovered "
            "leniently, and the last may be incomplete"
        )
        return [Problem(origin, reason)]
    return []


def _describe_error(error: object) -> str:
    """A short description of a feedparser bozo exception, with its position if known."""
    if isinstance(error, xml.sax.SAXParseException):
        where = f"line {error.getLineNumber()}, column {error.getColumnNumber()}"
        return f"{error.getMessage()} at {where}"
    return str(error) or type(error).__name__


def _not_a_feed_reason(data: bytes, parsed: FeedParserDict) -> str:
    """Say in one sentence why bytes that gave no feed are not one."""
    head = data[:_SNIFF_WINDOW]
    error = parsed.get("bozo_exception")
    if not data.strip():
        why = "the input is empty"
    elif b"\x00" in head or sum(byte < 9 for byte in head) > len(head) // 20:
        why = f"the input is binary data ({len(data)} bytes), not text"
    elif b"<html" in head.lower() or b"<!doctype html" in head.lower():
        why = 'it is an HTML page (its <link rel="alternate"> may name the feed\'s URL)'
    elif isinstance(error, _FeedparserCrashError):
        return f"the feed could not be parsed: feedparser failed on it ({error})"
    elif parsed.bozo:
        why = f"it is not well-formed XML ({_describe_error(error)})"
    else:
        why = "it has no <rss>, <feed> or <rdf:RDF> root element"
    return f"not an RSS or Atom feed: {why}"


def _read_entry(entry: FeedParserDict, index: int, context: _Context) -> Document | Problem:
    """One item as a document, or the problem that kept it out."""
    name = f"{context.origin} item {index}"
    ident = entry.get("id") or entry.get("link")
    if ident:
        name += f" ({ident})"
    try:
        title = _entry_title(entry)
        text = _entry_text(entry)
        if not text and not title:
            return Problem(name, "the item has neither a title nor any text, so it was skipped")
        return Document(
            source=context.source,
            kind="feed",
            text=text or title or "",
            origin=context.origin,
            url=entry.get("link") or None,
            title=title,
            author=_entry_author(entry),
            published=_entry_published(entry),
            fetched=context.fetched,
            language=context.language,
            external_id=ident or None,
            encoding=context.encoding,
        )
    except (ValueError, etree.LxmlError) as exc:
        LOGGER.debug("%s: %r", name, exc)
        return Problem(name, f"the item could not be read: {exc}")


def _entry_title(entry: FeedParserDict) -> str | None:
    """The item's title on one line, HTML removed."""
    detail = entry.get("title_detail") or {}
    value = entry.get("title", "")
    if "html" in detail.get("type", ""):
        value = html_to_text(value)
    return _single_line(value) or None


def _entry_text(entry: FeedParserDict) -> str:
    """The fullest text of an item: content:encoded / Atom content, else the summary."""
    contents = [_detail_text(detail) for detail in entry.get("content", [])]
    best = max(contents, key=len, default="")
    if best:
        return best
    summary = entry.get("summary_detail")
    return _detail_text(summary) if summary else ""


def _detail_text(detail: dict[str, Any]) -> str:
    """Plain text of a feedparser text construct, whatever its declared type."""
    value = detail.get("value") or ""
    if "html" in (detail.get("type") or ""):
        return html_to_text(value)
    return _plain_text(value)


def _entry_author(entry: FeedParserDict) -> str | None:
    """The author's name (``dc:creator``, ``<author>``, Atom ``<author><name>``)."""
    detail = entry.get("author_detail") or {}
    return _single_line(detail.get("name") or entry.get("author") or "") or None


def _entry_published(entry: FeedParserDict) -> datetime | None:
    """Publication time in UTC, falling back to the update time."""
    for key in ("published_parsed", "updated_parsed"):
        # A plain dict lookup: FeedParserDict answers a missing updated_parsed with
        # published_parsed and a DeprecationWarning (feedparser issue 310).
        parsed = dict.get(entry, key)
        if parsed:
            # feedparser normalises to UTC; a leap second (60) is not a valid datetime.
            return datetime(*parsed[:5], min(parsed[5], 59), tzinfo=UTC)
    return None


def _short_language(value: str | None) -> str | None:
    """``en-US`` -> ``en``; None for empty or nonsense values."""
    if not value:
        return None
    code = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return code if _LANGUAGE.fullmatch(code) else None


def _single_line(value: str) -> str:
    """Collapse all white space, line breaks included, to single spaces."""
    return " ".join(value.split())


def _plain_text(value: str) -> str:
    """Tidy plain text: trimmed lines, at most one blank line between paragraphs."""
    lines = [" ".join(line.split()) for line in value.replace("\r\n", "\n").split("\n")]
    return _MANY_BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def html_to_text(markup: str) -> str:
    """Turn an HTML fragment into plain text, keeping paragraphs as blank-line blocks.

    Args:
        markup: An HTML fragment, e.g. a feed item's description or content.

    Returns:
        The text, with ``<br>`` as line breaks and block elements (``p``, ``li``, ``h1``...)
        separated by blank lines; scripts, styles and images contribute nothing.
    """
    markup = markup.replace(_BLOCK, " ").replace(_LINE, " ")
    if not markup.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return _plain_text(html.unescape(_TAG.sub(" ", markup)))
    return _join_blocks(_walk(root))


def _walk(root: etree._Element) -> list[str]:
    """Text pieces of a tree in document order, with block and line separators."""
    pieces: list[str] = []
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""
        if event in ("comment", "pi"):
            pieces.append(element.tail or "")
        elif event == "start":
            if tag in _SKIPPED_TAGS:
                walker.skip_subtree()
            elif tag == "br":
                pieces.append(_LINE)
            if tag in _BLOCK_TAGS:
                pieces.append(_BLOCK)
            if tag not in _SKIPPED_TAGS:
                pieces.append(element.text or "")
        else:
            if tag in _BLOCK_TAGS:
                pieces.append(_BLOCK)
            if element is not root:
                pieces.append(element.tail or "")
    return pieces


def _join_blocks(pieces: list[str]) -> str:
    """Blocks separated by blank lines, lines inside a block by single breaks."""
    blocks = []
    for block in "".join(pieces).split(_BLOCK):
        lines = [" ".join(line.split()) for line in block.split(_LINE)]
        text = _MANY_BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
        if text:
            blocks.append(text)
    return "\n\n".join(blocks)
