"""Which reader an input needs, from its name and its first bytes."""

from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import urlsplit

from sitrep.model import SourceKind
from sitrep.sources.feeds import looks_like_feed
from sitrep.sources.opml import looks_like_opml
from sitrep.sources.telegram import looks_like_telegram_json, looks_like_telegram_preview

# Suffixes that settle the question before sniffing; content wins where both could apply.
_TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_HTML_START = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<div", b"<p>")


def detect_kind(name: str, data: bytes, content_type: str | None = None) -> SourceKind:
    """Guess what ``data`` (read from file or URL ``name``) is.

    Content is sniffed first, because feeds hide behind ``.php`` URLs and Telegram exports are
    just ``.json``; the file suffix and the HTTP content type break the remaining ties.
    """
    if looks_like_opml(data):
        return "opml"
    if looks_like_feed(data):
        return "feed"
    if looks_like_telegram_json(data):
        return "telegram"
    if looks_like_telegram_preview(data):
        return "telegram"
    suffix = PurePosixPath(urlsplit(name).path if "://" in name else name).suffix.lower()
    if suffix in _TEXT_SUFFIXES:
        return "text"
    if suffix in _HTML_SUFFIXES or _looks_like_html(data, content_type):
        return "page"
    if "://" in name:
        return "page"
    return "text"


def _looks_like_html(data: bytes, content_type: str | None) -> bool:
    if content_type and "html" in content_type.lower():
        return True
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(_HTML_START)
