"""Cue words: a compiled pattern with a weight, and a scan that says which cues fired."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue for a category: a pattern any analyst would list, and how much it counts.

    Weight 3 marks an unambiguous name of the category ("airstrike"), 2 a strong cue,
    1 an ordinary one and below 1 a hint that only tips a balance ("explosion").
    """

    pattern: re.Pattern[str]
    weight: float
    anchors: tuple[str, ...] = ()

    def absent_from(self, lowered: str) -> bool:
        """Whether the lower-cased text lacks every anchor, so the pattern cannot match
        there: a substring test is far cheaper than a regex search that fails."""
        for anchor in self.anchors:  # a loop: cheaper than any() over a generator here
            if anchor in lowered:
                return False
        return bool(self.anchors)


@dataclass(frozen=True, slots=True)
class Hit:
    """A cue that fired in a text: where, the words it matched and its weight."""

    start: int
    end: int
    words: str
    weight: float


def cue(pattern: str, weight: float = 1.0) -> Cue:
    """Compile a case-insensitive cue; ``\\b`` works for Cyrillic too (Unicode ``re``)."""
    return Cue(re.compile(pattern, re.IGNORECASE), weight, literal_anchors(pattern))


def literal_anchors(pattern: str) -> tuple[str, ...]:
    """Lower-case letters one of which every match of ``pattern`` starts with; () if unsure.

    One anchor (``literal_anchor``), or one per alternative of a leading group
    ("(?:attack|armed|combat) drones?") when each alternative has one.
    """
    anchor = literal_anchor(pattern)
    if anchor:
        return (anchor,)
    anchors = tuple(literal_anchor(a) for a in _leading_alternatives(pattern))
    return anchors if anchors and all(anchors) else ()


def _leading_alternatives(pattern: str) -> list[str]:
    """The alternatives of a non-capturing group the pattern starts with (after ``\\b``),
    or [] when there is none or it may be skipped ("(?:a|b)?")."""
    body = pattern.removeprefix("\\b")
    if not body.startswith("(?:"):
        return []
    depth, escaped, in_class, parts, begin = 0, False, False, [], 3
    for i, char in enumerate(body):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                if body[i + 1 : i + 2] in ("?", "*", "{"):
                    return []
                return [*parts, body[begin:i]]
        elif char == "|" and depth == 1:
            parts.append(body[begin:i])
            begin = i + 1
    return []


def literal_anchor(pattern: str) -> str:
    """Lower-case letters every match of ``pattern`` starts with, or "" when unsure.

    A substring test on them is far cheaper than a regex search that fails, and most cues
    fail on most texts; only plain leading letters count (an optional last letter, a
    character class or a top-level alternative ends the anchor or voids it).
    """
    if _top_level_alternative(pattern):
        return ""
    body = pattern.removeprefix("\\b")
    taken = []
    for i, char in enumerate(body):
        if not (char.isalpha() or char in " -'"):
            if char in "?*{" and taken:
                taken.pop()
            break
        taken.append(char)
        if i + 1 == len(body):
            break
    anchor = "".join(taken).lower()
    return anchor if len(anchor) >= _MIN_ANCHOR else ""


_MIN_ANCHOR = 3


def _top_level_alternative(pattern: str) -> bool:
    depth, escaped = 0, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def cues(*patterns: str, weight: float = 1.0) -> tuple[Cue, ...]:
    """Several cues of one weight, to keep the lexicon tables short."""
    return tuple(cue(p, weight) for p in patterns)


def scan(text: str, table: Iterable[Cue], lowered: str | None = None) -> list[Hit]:
    """Every cue of ``table`` that fires in ``text``, each counted once at its first match.

    Counting a cue once stops a long report that repeats "shelling" from drowning the
    other categories; the position of the first match tells which happening comes first.
    A match inside a heavier one of the same table ("fighting" in "heavy fighting") is the
    same words and is not counted again.
    """
    found = []
    lowered = text.lower() if lowered is None else lowered
    for c in table:
        if c.absent_from(lowered):
            continue
        m = c.pattern.search(text)
        if m:
            found.append(Hit(m.start(), m.end(), m.group(0), c.weight))
    hits: list[Hit] = []
    for hit in sorted(found, key=lambda h: (-h.weight, h.start)):
        if not any(h.start <= hit.start and hit.end <= h.end for h in hits):
            hits.append(hit)
    return sorted(hits, key=lambda h: h.start)


def scan_all(text: str, tables: Mapping[str, Iterable[Cue]]) -> dict[str, list[Hit]]:
    """``scan`` for each named table, keeping only the names with at least one hit."""
    found = {}
    lowered = text.lower()  # once per text, not once per table
    for name, table in tables.items():
        hits = scan(text, table, lowered)
        if hits:
            found[name] = hits
    return found
