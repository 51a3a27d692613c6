"""Reading OPML feed lists into the feed sources they name."""

from __future__ import annotations

import html
import logging
import re

from lxml import etree

from sitrep.model import Problem, ReadResult, SourceSpec
from sitrep.sources._encoding import decode_bytes

LOGGER = logging.getLogger(__name__)

_SNIFF_WINDOW = 4096
# Only web feeds are worth listing; fetch.py refuses other schemes anyway, but saying so here
# names the outline that asked for ``file:`` or ``javascript:``.
_FEED_SCHEMES = ("http://", "https://")

# The lenient reading: one ``<outline ...>`` tag at a time, then its attributes. A value ends
# at a quote followed by the next ``name=`` or the tag's end, so unescaped quotes inside it
# (``text="Газета "Коммерсантъ". Главное"`` in the real Russia list) stay in the value.
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_OUTLINE_TAG = re.compile(r"<outline\b([^>]*)>", re.I)
_ATTRIBUTE = re.compile(
    r"""([A-Za-z_][\w:.-]*)\s*=\s*(["'])(.*?)\2(?=\s+[A-Za-z_][\w:.-]*\s*=|\s*/?\s*$)""", re.S
)


class _NotOpmlError(ValueError):
    """Well-formed XML whose root is not ``<opml>``."""


def looks_like_opml(data: bytes) -> bool:
    """Cheaply tell whether bytes are probably an OPML file, from their head alone.

    Args:
        data: The document, or at least its first few KB.

    Returns:
        True if an ``<opml`` tag appears near the start.
    """
    return b"<opml" in data[:_SNIFF_WINDOW].lower()


def parse_opml(data: bytes, *, origin: str) -> ReadResult:
    """List the feeds an OPML file names, in document order, nested outlines included.

    Strict XML comes first; a file that is not well-formed (as real exports often are) is
    read leniently, tag by tag, and a problem says so. ``ReadResult.parser`` records which.

    Args:
        data: The OPML file's bytes.
        origin: The path or URL it came from, named in problems.

    Returns:
        ``feeds`` holds one ``SourceSpec(kind="feed")`` per outline with an http(s)
        ``xmlUrl``; there are never documents. Bad data gives problems, never an exception.
    """
    try:
        outlines = _strict_outlines(data)
    except _NotOpmlError as exc:
        return ReadResult(problems=[Problem(origin, f"not an OPML file: {exc}")], parser="strict")
    except etree.XMLSyntaxError as exc:
        LOGGER.debug("%s: strict OPML parse failed: %s", origin, exc)
        return _parse_lenient(data, origin, exc.msg)
    feeds, problems = _to_specs(outlines, origin)
    return ReadResult(problems=problems, parser="strict", feeds=feeds)


def _strict_outlines(data: bytes) -> list[dict[str, str]]:
    """Attributes of every outline, by a parser that fetches and expands nothing external."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True
    )
    root = etree.fromstring(data, parser)
    if etree.QName(root).localname.lower() != "opml":
        raise _NotOpmlError(f"its root element is <{etree.QName(root).localname}>")
    return [
        {str(key).lower(): str(value) for key, value in outline.attrib.items()}
        for outline in root.iter("{*}outline")
    ]


def _parse_lenient(data: bytes, origin: str, error: str) -> ReadResult:
    """Recover outlines from malformed OPML with a tag-by-tag reading."""
    text = decode_bytes(data).text
    if "<opml" not in text[:_SNIFF_WINDOW].lower():
        if not text.strip():
            reason = "not an OPML file: the input is empty"
        else:
            reason = f"not an OPML file: it is not well-formed XML ({error}) and has no <opml>"
        return ReadResult(problems=[Problem(origin, reason)], parser=None)
    outlines = [
        {name.lower(): html.unescape(value) for name, _, value in _ATTRIBUTE.findall(attrs)}
        for attrs in _OUTLINE_TAG.findall(_COMMENT.sub("", text))
    ]
    feeds, problems = _to_specs(outlines, origin)
    problems.insert(
        0,
        Problem(
            origin,
            f"the OPML file is malformed ({error}); {len(feeds)} feed"
            f"{'' if len(feeds) == 1 else 's'} recovered by reading its <outline> tags leniently",
        ),
    )
    return ReadResult(problems=problems, parser="lenient", feeds=feeds)


def _to_specs(
    outlines: list[dict[str, str]], origin: str
) -> tuple[list[SourceSpec], list[Problem]]:
    """Feed specs for outlines with an http(s) ``xmlUrl``; a problem for any other scheme."""
    feeds: list[SourceSpec] = []
    problems: list[Problem] = []
    for attrs in outlines:
        url = attrs.get("xmlurl", "").strip()
        if not url:
            continue  # a category or a plain link, not a feed
        name = " ".join((attrs.get("title") or attrs.get("text") or "").split()) or url
        if not url.lower().startswith(_FEED_SCHEMES):
            problems.append(
                Problem(
                    f"{origin} outline {name!r}",
                    f"the feed URL {url!r} is not http or https, so it was skipped",
                )
            )
            continue
        feeds.append(SourceSpec(name=name, kind="feed", url=url, language=None))
    return feeds, problems
