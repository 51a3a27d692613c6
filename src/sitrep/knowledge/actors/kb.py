"""The actor knowledge base: shipped YAML loaded into an immutable token-trie lookup."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, get_args

import yaml

from sitrep.errors import SitrepError
from sitrep.knowledge.actors._lemmas import WORD, Lemmatizer, fold
from sitrep.model import SIDES, ActorKind, Side

_LANGUAGES = ("en", "uk", "ru")
_KINDS = frozenset(get_args(ActorKind))
_POSSESSIVE = re.compile("['’ʼ]s$")
_END = ""  # trie key holding the aliases that end at a node (never a word form)


@dataclass(frozen=True, slots=True)
class Actor:
    """One knowledge-base entry: a stable id, its English name, side, kind and aliases."""

    actor_id: str
    name: str
    side: Side
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, slots=True)
class KBMatch:
    """An alias of ``actor`` found at ``start:end``; ``alias`` is the listed form it matched."""

    start: int
    end: int
    actor: Actor
    alias: str
    language: str


@dataclass(frozen=True, slots=True)
class _Entry:
    """What a trie path ends in: the actor, the alias and how strictly case must match."""

    actor: Actor
    alias: str
    language: str
    words: tuple[str, ...]
    exact_case: bool


class ActorKB:
    """Actors by id and by every alias; ``match`` finds them in a text, longest alias first.

    Build with ``ActorKB.load()``; the object is not changed after loading, so one instance
    serves every document and thread.
    """

    def __init__(self, actors: tuple[Actor, ...], lemmatizer: Lemmatizer,
                 trie: dict[str, Any], by_key: dict[str, Actor]) -> None:
        """Wrap built tables; use ``ActorKB.load`` or ``ActorKB.from_records``."""
        self.actors = actors
        self.lemmatizer = lemmatizer
        self._trie = trie
        self._by_key = by_key
        self._by_id = {actor.actor_id: actor for actor in actors}

    @classmethod
    def load(cls, path: Path | None = None, lemmatizer: Lemmatizer | None = None) -> ActorKB:
        """Read the shipped ``actors.yaml`` (or ``path``) and build the lookup.

        Args:
            path: another file in the same format, for tests or local additions.
            lemmatizer: a loaded lemmatizer to share; loaded here when None.

        Returns:
            The knowledge base.

        Raises:
            SitrepError: the file is not a list of valid entries (names the bad entry).
        """
        if path is None:
            text = resources.files("sitrep.knowledge.actors").joinpath(
                "data/actors.yaml").read_text(encoding="utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        records = yaml.safe_load(text)
        if not isinstance(records, list):
            raise SitrepError(f"actors file {path or 'actors.yaml'} must hold a list of entries")
        return cls.from_records(records, lemmatizer or Lemmatizer.load())

    @classmethod
    def from_records(cls, records: list[dict[str, Any]], lemmatizer: Lemmatizer) -> ActorKB:
        """Build the lookup from parsed entries (the YAML's shape)."""
        actors: list[Actor] = []
        entries: list[_Entry] = []
        seen: set[str] = set()
        for record in records:
            actor, forms = _parse(record)
            if actor.actor_id in seen:
                raise SitrepError(f"actor id {actor.actor_id!r} is listed twice")
            seen.add(actor.actor_id)
            actors.append(actor)
            for alias, language, exact in forms:
                entries.append(_Entry(actor, alias, language,
                                      tuple(m.group() for m in WORD.finditer(alias)), exact))
        trie: dict[str, Any] = {}
        by_key: dict[str, Actor] = {}
        for entry in entries:
            if not entry.words:
                continue
            # Indexed under its lemmas and as written: the dictionary's lemma of a name can
            # be wrong ("Алаудинов" -> "алаудин"), while a text form's lemmas include it.
            lemmas = tuple(lemmatizer.lemma(word, entry.language) for word in entry.words)
            for keys in {lemmas, tuple(fold(word) for word in entry.words)}:
                node = trie
                for key in keys:
                    node = node.setdefault(key, {})
                if entry not in node.get(_END, ()):
                    node.setdefault(_END, []).append(entry)
            by_key.setdefault(" ".join(fold(w) for w in entry.words), entry.actor)
        return cls(tuple(actors), lemmatizer, trie, by_key)

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id, or None."""
        return self._by_id.get(actor_id)

    def lookup(self, name: str) -> Actor | None:
        """The actor one of whose listed names is ``name`` (case- and apostrophe-blind), or None.

        Claims carry a claimant as a string; this turns any alias back into its entry.
        """
        key = " ".join(fold(m.group()) for m in WORD.finditer(name))
        return self._by_key.get(key)

    def match(self, text: str, language: str | None = None) -> list[KBMatch]:
        """Every alias occurrence in ``text``, left to right, longest first, not overlapping.

        Args:
            text: the document text.
            language: "uk"/"ru" choose the lemma dictionary for Cyrillic words.

        Returns:
            Matches with character offsets into ``text``.
        """
        words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
        forms = [self.lemmatizer.forms(w, language) for _, _, w in words]
        found: list[KBMatch] = []
        i = 0
        while i < len(words):
            best = self._longest(words, forms, i)
            if best is None:
                i += 1
                continue
            length, entry = best
            found.append(KBMatch(words[i][0], words[i + length - 1][1], entry.actor,
                                 entry.alias, entry.language))
            i += length
        return found

    def _longest(self, words: list[tuple[int, int, str]], forms: list[tuple[str, ...]],
                 i: int) -> tuple[int, _Entry] | None:
        """The longest alias starting at word ``i`` whose case rules the text obeys."""
        best: tuple[int, _Entry] | None = None
        frontier: list[tuple[dict[str, Any], int]] = [(self._trie, i)]
        while frontier:
            node, j = frontier.pop()
            for entry in node.get(_END, ()):
                length = j - i
                if (best is None or length > best[0]) and _case_ok(entry, words[i:j]):
                    best = (length, entry)
            if j >= len(words) or (j > i and _gap(words[j - 1], words[j])):
                continue
            for form in forms[j]:
                child = node.get(form)
                if child is not None:
                    frontier.append((child, j + 1))
        return best


def _gap(left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
    """True when two words are too far apart to belong to one name (a clause break)."""
    return right[0] - left[1] > 3


def _case_ok(entry: _Entry, words: list[tuple[int, int, str]]) -> bool:
    """Abbreviations need their exact case; capitalised alias words need a capital in the text."""
    for listed, (_, _, written) in zip(entry.words, words, strict=False):
        seen = _POSSESSIVE.sub("", written)
        if entry.exact_case and listed != seen:
            return False
        if listed[:1].isupper() and not seen[:1].isupper():
            return False
    return True


def _parse(record: dict[str, Any]) -> tuple[Actor, list[tuple[str, str, bool]]]:
    """One YAML entry as an Actor and its (alias, language, exact case) forms."""
    try:
        actor_id, name, side, kind = (str(record[k]) for k in ("id", "name", "side", "kind"))
    except (KeyError, TypeError) as exc:
        raise SitrepError(f"actor entry {record!r} lacks id, name, side or kind") from exc
    if side not in SIDES or kind not in _KINDS:
        raise SitrepError(f"actor {actor_id!r}: side {side!r} or kind {kind!r} is not known")
    forms: list[tuple[str, str, bool]] = [(name, "en", False)]
    for language in _LANGUAGES:
        forms += [(str(alias), language, False) for alias in record.get(language) or ()]
    abbreviations = tuple(str(a) for a in record.get("abbr") or ())
    forms += [(abbr, "ru" if WORD.search(abbr) and not abbr.isascii() else "en", True)
              for abbr in abbreviations]
    aliases = tuple(dict.fromkeys(alias for alias, _, exact in forms if not exact))
    actor = Actor(actor_id, name, side, kind, aliases, abbreviations,  # type: ignore[arg-type]
                  record.get("note"))
    return actor, forms
