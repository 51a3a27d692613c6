"""Turn what a user names (files, folders, URLs) into read results, one input at a time."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx

from sitrep.errors import FetchError
from sitrep.model import Problem, ReadResult, SourceKind
from sitrep.settings import Settings
from sitrep.sources.detect import detect_kind
from sitrep.sources.feeds import parse_feed
from sitrep.sources.fetch import fetch_url
from sitrep.sources.opml import parse_opml
from sitrep.sources.pages import parse_page
from sitrep.sources.telegram import parse_telegram_json, parse_telegram_preview
from sitrep.sources.textfiles import parse_text_file

_MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Input:
    """One thing to read: a path or URL, with what the caller knows about it."""

    target: str
    kind: SourceKind | None = None
    source: str | None = None


def is_url(target: str) -> bool:
    """True for targets with a URL scheme (``http:``, ``https:``, ``file:`` ...)."""
    return "://" in target


def read_bytes(
    data: bytes,
    *,
    origin: str,
    kind: SourceKind | None = None,
    source: str | None = None,
    url: str | None = None,
    content_type: str | None = None,
    fetched: datetime | None = None,
) -> ReadResult:
    """Parse ``data`` with the reader its kind needs (detected unless ``kind`` is given)."""
    kind = kind or detect_kind(url or origin, data, content_type)
    if kind == "opml":
        return parse_opml(data, origin=origin)
    if kind == "feed":
        return parse_feed(data, origin=origin, source=source, fetched=fetched,
                          content_type=content_type)
    if kind == "telegram":
        if data.lstrip()[:1] in (b"{", b"["):
            return parse_telegram_json(data, origin=origin, source=source, fetched=fetched)
        return parse_telegram_preview(data, origin=origin, fetched=fetched)
    if kind == "page":
        return parse_page(data, origin=origin, url=url, source=source, fetched=fetched,
                          content_type=content_type)
    return parse_text_file(data, origin=origin, source=source, fetched=fetched)


def read_input(
    item: Input, *, settings: Settings, client: httpx.Client | None = None
) -> Iterator[ReadResult]:
    """Read one input: a URL, a file, or every file below a folder (one result per file).

    Failures come back as results holding a ``Problem``, so one bad input never stops a batch.
    OPML lists come back with their ``feeds`` filled and no documents; the caller decides
    whether to fetch them.
    """
    if is_url(item.target):
        yield _read_url(item, settings=settings, client=client)
        return
    path = Path(item.target).expanduser()
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not _is_hidden(p, path))
        if not files:
            yield _failed(item.target, "folder holds no files")
        for file in files:
            yield _read_file(Input(str(file), item.kind, item.source), settings=settings)
        return
    yield _read_file(item, settings=settings)


def _read_url(item: Input, *, settings: Settings, client: httpx.Client | None) -> ReadResult:
    if client is None:
        return _failed(item.target, "URLs need a network client; none was given")
    try:
        fetched = fetch_url(item.target, client, settings)
    except FetchError as exc:
        return _failed(item.target, str(exc))
    return read_bytes(
        fetched.content,
        origin=item.target,
        kind=item.kind,
        source=item.source,
        url=fetched.final_url,
        content_type=fetched.content_type,
        fetched=datetime.now(UTC),
    )


def _read_file(item: Input, *, settings: Settings) -> ReadResult:
    path = Path(item.target).expanduser()
    try:
        size = path.stat().st_size
        if not path.is_file():
            return _failed(item.target, "not a regular file")
        if size > settings.max_bytes:
            return _failed(
                item.target,
                f"file is {size / _MB:.1f} MB, over the {settings.max_bytes / _MB:.0f} MB limit"
                " (raise SITREP_MAX_BYTES to read it)",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        return _failed(item.target, "no such file or folder")
    except OSError as exc:
        return _failed(item.target, f"cannot read: {exc.strerror or exc}")
    if not data.strip():
        return _failed(item.target, "empty file")
    return read_bytes(data, origin=str(path), kind=item.kind, source=item.source,
                      fetched=datetime.now(UTC))


def _failed(origin: str, reason: str) -> ReadResult:
    return ReadResult(problems=[Problem(origin, reason)])


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)
