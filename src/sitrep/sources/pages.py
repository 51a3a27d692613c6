"""Web articles from saved HTML: main text and metadata through trafilatura, offline."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import lxml.html
import trafilatura

from sitrep.model import Document, Problem, ReadResult
from sitrep.sources._encoding import charset_from_content_type, decode_bytes

LOGGER = logging.getLogger(__name__)

# Below this much main text a page is an index, a login wall or an error page, not a report.
MIN_TEXT_CHARS = 200
# How far from the end of a page its closing </html> is looked for (after scripts, comments).
_TAIL_BYTES = 4096
# htmldate's output format; %z keeps the page's offset when it gives one.
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
# BCP 47 / POSIX locale tags as pages write them: "en", "en-US", "de_DE", "uk-UA".
_LANG_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")
# Where pages declare their language, most specific first.
_LANG_XPATHS = (
    "/html/@lang",
    "/html/@xml:lang",
    "//meta[translate(@http-equiv, 'CONTENTLAGU', 'contentlagu')='content-language']/@content",
    "//meta[@name='language' or @name='Language']/@content",
    "//meta[@property='og:locale']/@content",
)


def parse_page(
    data: bytes,
    *,
    origin: str,
    url: str | None = None,
    source: str | None = None,
    fetched: datetime | None = None,
    content_type: str | None = None,
) -> ReadResult:
    """Read one saved web article into a document; never fetches anything.

    Args:
        data: the page's bytes.
        origin: the file path or URL it was read from, for provenance and problem reports.
        url: the page's address; defaults to its canonical or ``og:url`` link.
        source: the outlet name; defaults to the page's site name, else its host name.
        fetched: when the page was fetched; a publication date more than a day later
            is not believed.
        content_type: the HTTP Content-Type header, whose charset outranks the page's own.

    Returns:
        One ``page`` document with the main text, title, author, UTC publication time
        (a bare date is midnight UTC), language and encoding; or no document and a Problem
        when the page has no article text of at least ``MIN_TEXT_CHARS`` characters.
    """
    decoded = decode_bytes(data, declared=charset_from_content_type(content_type))
    if not decoded.text.strip():
        return ReadResult(problems=[Problem(origin, "empty page")], parser="trafilatura")
    tree = trafilatura.load_html(decoded.text)
    if tree is None:
        return ReadResult(problems=[Problem(origin, "cannot parse as HTML")], parser="trafilatura")
    # Read the language first: extraction prunes the tree it is given.
    language = _page_language(tree)
    extracted = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        date_extraction_params=_date_params(fetched),
    )
    text = (_field(extracted, "text") or "").strip()
    if len(text) < MIN_TEXT_CHARS:
        reason = (
            f"no article text found in the page ({len(text)} characters of main text, "
            f"at least {MIN_TEXT_CHARS} needed); is it an index, login or error page?"
        )
        return ReadResult(problems=[Problem(origin, reason)], parser="trafilatura")
    page_url = url or _field(extracted, "url")
    document = Document(
        source=source or _site_name(extracted, page_url, origin),
        kind="page",
        text=text,
        origin=origin,
        url=page_url,
        title=_field(extracted, "title"),
        author=_field(extracted, "author"),
        published=_parse_date(_field(extracted, "date")),
        fetched=fetched,
        language=language,
        encoding=decoded.encoding,
    )
    return ReadResult(
        documents=[document], problems=_truncation(decoded.text, origin), parser="trafilatura"
    )


def _truncation(html: str, origin: str) -> list[Problem]:
    """A Problem when the page ends without ``</html>``: likely a cut-off download.

    The document is still kept, since the text before the cut is real; the user learns it
    may be incomplete. (HTML lets authors omit ``</html>``, but news sites practically never do.)
    """
    if "</html" in html[-_TAIL_BYTES:].lower():
        return []
    return [Problem(origin, "page seems cut off (no closing </html>); its text may be incomplete")]


def _date_params(fetched: datetime | None) -> dict[str, Any]:
    """htmldate options: the original (not last-modified) date, found in markup only.

    Its free-text search picks any date printed on the page, such as a photo caption's,
    so it stays off. A page cannot be published after it was fetched, which bounds the date.
    """
    params: dict[str, Any] = {
        "original_date": True,
        "extensive_search": False,
        "outputformat": _DATE_FORMAT,
    }
    if fetched is not None:
        # htmldate compares against midnight of max_date; a page fetched the day it was
        # published would lose its own date, so allow the whole day and any offset.
        params["max_date"] = (_as_utc(fetched) + timedelta(days=1)).strftime("%Y-%m-%d")
    return params


def _field(extracted: Any, name: str) -> str | None:
    """A non-empty string attribute of trafilatura's result, or None."""
    value = getattr(extracted, name, None) if extracted is not None else None
    return (value.strip() or None) if isinstance(value, str) else None


def _parse_date(value: str | None) -> datetime | None:
    """htmldate's string as aware UTC; without an offset it is taken as UTC."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        LOGGER.debug("unreadable page date %r", value)
        return None
    return _as_utc(moment)


def _as_utc(moment: datetime) -> datetime:
    """Aware UTC; a naive time is taken to be UTC already (never the machine's zone)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _page_language(tree: lxml.html.HtmlElement) -> str | None:
    """The short language code the page declares (``en-US`` gives ``en``), if any."""
    for xpath in _LANG_XPATHS:
        for value in tree.xpath(xpath, namespaces={"xml": "http://www.w3.org/XML/1998/namespace"}):
            match = _LANG_TAG.match(str(value).strip())
            if match:
                return match.group(1).lower()
    return None


def _site_name(extracted: Any, url: str | None, origin: str) -> str:
    """The outlet's name as the page gives it, else the host name of its URL."""
    name = _field(extracted, "sitename") or _field(extracted, "hostname")
    if name:
        return name
    for candidate in (url, origin):
        host = urlsplit(candidate).hostname if candidate else None
        if host:
            return host.removeprefix("www.")
    return "web"
