"""Reports saved as plain text or Markdown files, one per file, with optional front matter."""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from datetime import UTC, date, datetime, time
from pathlib import PurePath
from typing import Any

import frontmatter
import yaml

from sitrep.model import SIDES, Document, Problem, ReadResult
from sitrep.sources._encoding import decode_bytes

LOGGER = logging.getLogger(__name__)

# Longest first line still taken for a headline; longer ones are the report's first sentence.
HEADLINE_MAX_CHARS = 150
# Source name when the file's folder gives none (a bare file name).
DEFAULT_SOURCE = "files"
_FRONT_MATTER = frontmatter.YAMLHandler()
# Binary sniffing: share of control characters in the first few KB that marks non-text.
_BINARY_SAMPLE = 4096
_BINARY_SHARE = 0.01
_LANG_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")
# A headline does not end like a sentence or a lead-in; "?" and "!" are allowed.
_SENTENCE_END = (".", ",", ";", ":")


def parse_text_file(
    data: bytes, *, origin: str, source: str | None = None, fetched: datetime | None = None
) -> ReadResult:
    """Read one text or Markdown report into a document.

    A file may open with YAML front matter between ``---`` lines naming any of ``title``,
    ``source``, ``url``, ``author``, ``published``, ``language`` and ``side`` (other keys,
    such as tags, are ignored)::

        ---
        source: The Kyiv Independent
        published: 2025-11-23
        language: en
        ---
        Ukrainian forces are clearing out central Pokrovsk ...

    Without a front matter title, the first line is the title when it reads as a headline
    (short, no closing full stop, more text after it). That line also stays in ``text``: a
    headline carries places and claims too, and the text stays exactly what the file says.

    Args:
        data: the file's bytes, in any encoding ``decode_bytes`` can tell.
        origin: the file's path (or URL), for provenance; its folder names the default source.
        source: the outlet name; front matter's ``source`` wins over the folder name, and
            this argument wins over both.
        fetched: when the file was read or fetched.

    Returns:
        One ``text`` document. An empty file gives no document and a Problem; bad front
        matter, or a value in it that cannot be used, gives a Problem and the report is
        still read (with bad YAML, the whole file becomes the text).
    """
    decoded = decode_bytes(data)
    problems: list[Problem] = []
    if decoded.how == "fallback":
        problems.append(Problem(origin, "encoding unknown; read as UTF-8, some characters lost"))
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return ReadResult(problems=[Problem(origin, "empty file")], parser="text")
    if _looks_binary(data, text):
        reason = "not a text file (binary data); is it a PDF, image or archive?"
        return ReadResult(problems=[Problem(origin, reason)], parser="text")
    meta, body, reason = _split_front_matter(text)
    if reason:
        problems.append(Problem(origin, reason))
    if not body:
        problems.append(Problem(origin, "front matter but no report text after it"))
        return ReadResult(problems=problems, parser="front-matter")
    fields, wrong = _front_matter_fields(meta)
    problems += [Problem(origin, f"front matter {what}; ignored") for what in wrong]
    named_source, title = fields.pop("source", None), fields.pop("title", None)
    document = Document(
        source=source or named_source or _folder_source(origin),
        kind="text",
        text=body,
        origin=origin,
        title=title or _headline(body),
        fetched=fetched,
        encoding=decoded.encoding,
        **fields,
    )
    return ReadResult(
        documents=[document], problems=problems, parser="front-matter" if meta else "text"
    )


def _split_front_matter(text: str) -> tuple[dict[str, Any], str, str | None]:
    """(front matter, body, problem): a file without front matter is all body."""
    if not _FRONT_MATTER.detect(text):
        return {}, text, None
    try:
        raw, body = _FRONT_MATTER.split(text)
    except ValueError:  # an opening "---" but no closing one: a rule, not front matter
        return {}, text, None
    whole_file = "; read the whole file as the report text"
    try:
        meta = _FRONT_MATTER.load(raw)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" at line {where.line + 1}" if where is not None else ""
        return {}, text, f"front matter is not valid YAML{at} ({_yaml_problem(exc)}){whole_file}"
    if meta is None:
        return {}, body.strip(), None
    if not isinstance(meta, dict):
        return {}, text, f"front matter is not a mapping of keys to values{whole_file}"
    return meta, body.strip(), None


def _yaml_problem(exc: yaml.YAMLError) -> str:
    return str(getattr(exc, "problem", None) or exc).strip()


def _front_matter_fields(meta: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Document fields from front matter, and what was wrong with the values left out."""
    fields = {k: v for k in ("title", "source", "url", "author") if (v := _as_text(meta.get(k)))}
    wrong: list[str] = []
    if meta.get("published") is not None:
        published = _as_datetime(meta["published"])
        if published is None:
            wrong.append(f"'published' {meta['published']!r} is not a date or date-time")
        else:
            fields["published"] = published
    if meta.get("language") is not None:
        match = _LANG_TAG.match(str(meta["language"]).strip())
        if match is None:
            wrong.append(f"'language' {meta['language']!r} is not a code like 'uk' or 'en-GB'")
        else:
            fields["language"] = match.group(1).lower()
    side = meta.get("side")
    # A document carries no side (that belongs to the source's catalog entry): only checked.
    if side is not None and str(side).lower() not in SIDES:
        wrong.append(f"'side' {side!r} is not one of {', '.join(SIDES)}")
    return fields, wrong


def _as_text(value: Any) -> str | None:
    """A front matter value as one line of text; a list (several authors) joined by '; '."""
    if value is None:
        return None
    if isinstance(value, list):
        return "; ".join(str(v).strip() for v in value if v is not None) or None
    return str(value).strip() or None


def _as_datetime(value: Any) -> datetime | None:
    """A YAML date, date-time or ISO string as aware UTC; a bare date is midnight UTC."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    if isinstance(value, date):
        return datetime.combine(value, time(), tzinfo=UTC)
    return None


def _headline(body: str) -> str | None:
    """The first line, if it reads as a headline: short, not a sentence, more text after."""
    first, _, rest = body.partition("\n")
    title = first.strip().lstrip("#").strip()
    if not rest.strip() or not title or len(title) > HEADLINE_MAX_CHARS:
        return None
    if title.endswith(_SENTENCE_END) or not any(ch.isalpha() for ch in title):
        return None
    return title


def _looks_binary(data: bytes, text: str) -> bool:
    """NUL bytes (outside UTF-16/32 text) or many control characters: never was text."""
    head = data[:_BINARY_SAMPLE]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    sample = text[:_BINARY_SAMPLE]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\f\v")
    return controls > len(sample) * _BINARY_SHARE


def _folder_source(origin: str) -> str:
    """The name of the folder holding the file, the usual way reports are sorted by outlet."""
    return PurePath(origin).parent.name or DEFAULT_SOURCE
