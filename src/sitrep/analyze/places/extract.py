"""The place stage: find candidate spans, then resolve them together against the gazetteer."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, cast

from sitrep.analyze.language import detect_language
from sitrep.analyze.parses import SharedParses, batches
from sitrep.analyze.places.asserted import find_assertions, other_mentions
from sitrep.analyze.places.cyrillic import CyrillicFinder
from sitrep.analyze.places.english import EnglishFinder, load_spacy
from sitrep.analyze.places.landmarks import find_landmarks
from sitrep.analyze.places.resolve import (
    Group,
    Setting,
    confidence,
    gather,
    isolated,
    resolve_groups,
    score_group,
)
from sitrep.analyze.places.spans import Assertion, Lookup, ScoredCandidate, Span, drop_overlaps
from sitrep.knowledge.names import normalize_name
from sitrep.model import Alias, GazetteerPlace, PlaceFlag, PlaceMention

if TYPE_CHECKING:
    from spacy.language import Language

STAGE = "places.v1"
_CYRILLIC_LANGUAGES = frozenset({"uk", "ru", "be", "bg", "mk", "sr"})
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_SETTLEMENTS = frozenset({"city", "town", "village", "hamlet"})
# A span its finder was unsure of stays only if it names a country, a region or a place
# of at least this many people: "Hope" opening a sentence is rarely Hope, Arkansas.
_WEAK_STRENGTH = 0.6
_WEAK_MIN_POPULATION = 20_000
# Below this strength (an uncued capitalised word in Ukrainian or Russian, where the
# dictionary marks no first names) the place must be twice as big.
_UNCUED = 0.44
_COUNTRY_ONLY = 0.4
# Population a foreign place needs to be believed from an uncued Cyrillic word (see _mention).
_FOREIGN_UNCUED_POPULATION = 1_000_000
# Texts ``extract_many`` reads ahead: their English parses are made together (see
# pipeline.BATCH).
BATCH = 16
AREA = ("UA",)
"""The theatre sitrep watches by default: a tie-breaker for names with no other context."""


class _CachedLookup:
    """The gazetteer with a bounded memo of ``candidates``: names recur across texts, and
    each lookup is an SQL query."""

    def __init__(self, lookup: Lookup, limit: int = 200_000) -> None:
        self._lookup = lookup
        self._memo: dict[str, list[tuple[GazetteerPlace, Alias | None]]] = {}
        self._limit = limit
        self.max_name_words = lookup.max_name_words

    def candidates(self, name: str) -> list[tuple[GazetteerPlace, Alias | None]]:
        hit = self._memo.get(name)
        if hit is None:
            hit = self._lookup.candidates(name)
            if len(self._memo) < self._limit:
                self._memo[name] = hit
        return hit

    def is_name(self, normalized: str) -> bool:
        return self._lookup.is_name(normalized)

    def aliases(self, place_id: str) -> list[Alias]:
        return self._lookup.aliases(place_id)

    def country_place(self, iso2: str) -> GazetteerPlace | None:
        return self._lookup.country_place(iso2)


class PlaceExtractor:
    """Finds and resolves the places a text names; holds the loaded models and gazetteer.

    Build it once with ``PlaceExtractor.load``; ``extract`` is then a pure function of the
    text and its metadata (it only reads the gazetteer).
    """

    def __init__(
        self, lookup: Lookup, english: EnglishFinder, cyrillic: CyrillicFinder,
        area: tuple[str, ...] = AREA, parses: SharedParses | None = None,
    ) -> None:
        """Wrap loaded parts; use ``load`` unless a test brings its own.

        ``parses`` is the English finder's pipeline when this extractor owns it, so that
        ``extract_many`` can parse texts in batches.
        """
        self._area = area
        self._lookup: Lookup = _CachedLookup(lookup)
        self._english = english
        self._cyrillic = cyrillic
        self._parses = parses

    @classmethod
    def load(
        cls, gazetteer: Lookup, *, english: bool = True, demonyms: bool = True,
        area: tuple[str, ...] = AREA, nlp: Language | None = None,
    ) -> PlaceExtractor:
        """Load the language models once.

        Args:
            gazetteer: The opened gazetteer (``Gazetteer.open()``).
            english: Load spaCy's English entity recogniser; without it English runs on
                gazetteer rules alone, several times faster and less precise.
            demonyms: Count "Russian", "Palestinians" as mentions of their country, as
                English geoparsing gold standards do.
            area: ISO2 countries in focus when a text gives no other clue.
            nlp: An already loaded English pipeline with ``ner`` (``load_spacy()``), so
                stages share one copy; loaded here when ``None`` and ``english``.

        Returns:
            A ready extractor.
        """
        parses = None
        if english and nlp is None:
            parses = SharedParses(load_spacy())
            nlp = cast("Language", parses)
        elif not english:
            nlp = None
        return cls(gazetteer, EnglishFinder(nlp, with_demonyms=demonyms), CyrillicFinder.load(),
                   area, parses)

    def extract(
        self, text: str, *, language: str | None = None, source_country: str | None = None
    ) -> list[PlaceMention]:
        """Every place mention in a text, resolved where the gazetteer allows.

        Args:
            text: The text.
            language: ISO 639-1 code; detected when ``None``.
            source_country: ISO2 country of the outlet, a hint for ambiguous names.

        Returns:
            Mentions sorted by start, offsets into ``text``. Unresolved names stay, with
            ``place=None`` and an ``unresolved`` flag.
        """
        if self._parses is not None:
            self._parses.focus(text)
        return self._extract(text, language, source_country)

    def extract_many(
        self, items: Iterable[tuple[str, str | None]], batch: int = BATCH
    ) -> Iterator[list[PlaceMention]]:
        """``extract`` over many ``(text, language)`` pairs, in order, with the English
        texts parsed in batches; each result is the one ``extract`` gives."""
        for chunk in batches(items, batch):
            if self._parses is not None:
                self._parses.prepare([text for text, language in chunk
                                      if self.reads_english(text, language)])
            for text, language in chunk:
                if self._parses is not None:
                    self._parses.focus(text)
                yield self._extract(text, language, None)

    def _extract(
        self, text: str, language: str | None, source_country: str | None
    ) -> list[PlaceMention]:
        """``extract`` once the text's parse, if any, is in focus."""
        language = language or detect_language(text[:2000]) or "en"
        spans = self._find(text, language)
        assertions = self._effective(find_assertions(text))
        asserted = [a.alias for a in assertions] + [a.name for a in assertions]
        for a in assertions:
            taken = [(s.start, s.end) for s in asserted]
            asserted.extend(other_mentions(text, a.alias.text, taken))
        landmarks = find_landmarks(text)
        spans = drop_overlaps(landmarks + asserted + spans)
        return self._resolve(text, spans, assertions, Setting(language, source_country, self._area))

    def explain(self, name: str, *, source_country: str | None = None) -> list[ScoredCandidate]:
        """Every place a name could mean, scored without document context, with aliases.

        Args:
            name: A place name in any script or case, inflected Cyrillic included.
            source_country: ISO2 of an outlet, to see its effect.

        Returns:
            Candidates best first, each with its score parts and the place's aliases.
        """
        keys = [normalize_name(name)]
        if _CYRILLIC.search(name):
            language = detect_language(name) or "uk"
            keys.extend(self._cyrillic.forms(name, language if language == "ru" else "uk").forms)
        span = Span(0, len(name), name, tuple(dict.fromkeys(keys)), "gazetteer")
        group = Group((name,), [span], gather(self._lookup, span))
        return [dataclasses.replace(c, aliases=tuple(self._lookup.aliases(c.place.place_id)))
                for c in score_group(group, None, Setting(None, source_country, self._area))]

    def reads_english(self, text: str, language: str | None = None) -> bool:
        """Whether ``extract`` runs the English finder (and its spaCy parse) on the text,
        so a batch can parse exactly those texts ahead."""
        return not _cyrillic_script(text, language or detect_language(text[:2000]) or "en")

    def _find(self, text: str, language: str) -> list[Span]:
        """Candidate spans from the finder for the text's script."""
        if _cyrillic_script(text, language):
            return self._cyrillic.find(text, self._lookup, language if language == "ru" else "uk")
        return self._english.find(text, self._lookup)

    def _effective(self, assertions: list[Assertion]) -> list[Assertion]:
        """Assertions where exactly one name is known, oriented so ``name`` is the known one."""
        out = []
        for a in assertions:
            alias_known = bool(gather(self._lookup, a.alias))
            name_known = bool(gather(self._lookup, a.name))
            if name_known and not alias_known:
                out.append(a)
            elif alias_known and not name_known:
                out.append(Assertion(a.name, a.alias))
        return out

    def _resolve(
        self, text: str, spans: list[Span], assertions: list[Assertion], setting: Setting
    ) -> list[PlaceMention]:
        """Resolve the document's names together and turn them into mentions."""
        alias_of = {a.alias.keys[0]: a.name.keys for a in assertions}
        groups: dict[tuple[str, ...], Group] = {}
        for span in spans:
            if span.source == "landmark":
                continue
            keys = alias_of.get(span.keys[0], span.keys)
            group = groups.get(keys)
            if group is None:
                candidates = gather(self._lookup, dataclasses.replace(span, keys=keys))
                group = groups[keys] = Group(keys, [], candidates)
            group.spans.append(span)
        self._set_containers(text, spans, groups, alias_of)
        resolve_groups(list(groups.values()), setting)
        for group in groups.values():
            if isolated(group, list(groups.values())):
                group.scored = []
        mentions = []
        for span in spans:
            if span.source == "landmark":
                continue
            group = groups[alias_of.get(span.keys[0], span.keys)]
            mention = self._mention(span, group, span.keys[0] in alias_of)
            if mention is not None:
                mentions.append(mention)
        mentions.extend(self._landmarks(spans, mentions))
        return sorted(mentions, key=lambda m: m.start)

    def _set_containers(
        self, text: str, spans: list[Span], groups: dict[tuple[str, ...], Group],
        alias_of: dict[str, tuple[str, ...]],
    ) -> None:
        """Link "Town, Region" pairs: the region's candidates contain the town."""
        for left, right in itertools.pairwise(spans):
            if left.source == "landmark" or right.source == "landmark":
                continue
            if text[left.end : right.start] not in (", ", ","):
                continue
            inner = groups[alias_of.get(left.keys[0], left.keys)]
            outer = groups[alias_of.get(right.keys[0], right.keys)]
            inner.containers.extend(
                p for p, _a in outer.candidates if p.feature in ("country", "admin1")
            )

    def _mention(self, span: Span, group: Group, asserted: bool) -> PlaceMention | None:
        """The mention for one span, or ``None`` for a weak name with an insignificant match.

        A name is as strong as its strongest mention (one sense per text).
        """
        strength = max(s.strength for s in group.spans)
        if not group.scored:
            if strength < _WEAK_STRENGTH:
                return None
            flags: tuple[PlaceFlag, ...] = ("unresolved",)
            if not group.candidates:
                flags = ("unresolved", "not_in_gazetteer")
            return PlaceMention(span.start, span.end, span.text, None, 0.0, None, flags, STAGE)
        best = group.scored[0]
        if strength < _WEAK_STRENGTH and not _significant(best.place, strength) and not (
            _named_region(best.place, group)
        ):
            return None
        if strength < _WEAK_STRENGTH and all(s.source == "lemma" for s in group.spans) and \
                best.place.feature != "country" and best.place.country not in self._area and \
                best.place.population < _FOREIGN_UNCUED_POPULATION:
            # A bare capitalised Ukrainian or Russian word that only a foreign region or town
            # matches is far more often a common noun or a character's name ("Мета" is no
            # Meta in Colombia, "Зірка" no village): abroad, only big places are believed.
            return None
        score, ambiguous = confidence(group)
        alias = best.alias
        flags = ("ambiguous",) if ambiguous else ()
        if asserted:
            alias = Alias(span.text, best.place.place_id, "asserted",
                          note="asserted in the text as another name of this place")
            flags = ("asserted_alias", "not_in_gazetteer")
        return PlaceMention(span.start, span.end, span.text, best.place, score, alias, flags,
                            STAGE)

    def _landmarks(self, spans: list[Span], mentions: list[PlaceMention]) -> list[PlaceMention]:
        """Landmark mentions, each resolved to the town it names or the nearest town before."""
        towns = [m for m in mentions if m.place is not None and m.place.feature in _SETTLEMENTS]
        common = Counter(m.place.place_id for m in towns if m.place is not None).most_common(1)
        out = []
        for span in spans:
            if span.source != "landmark":
                continue
            place = _town_for(span, towns, common[0][0] if common else None)
            flags: tuple[PlaceFlag, ...] = ("landmark",) if place else ("landmark", "unresolved")
            out.append(PlaceMention(span.start, span.end, span.text, place, 0.5 if place else 0.0,
                                    None, flags, STAGE))
        return out


def _cyrillic_script(text: str, language: str) -> bool:
    """Whether a text goes to the Cyrillic finder: its language, or mostly Cyrillic letters."""
    return language in _CYRILLIC_LANGUAGES or (
        len(_CYRILLIC.findall(text[:2000])) * 2 > len(text[:2000]))


def _significant(place: GazetteerPlace, strength: float) -> bool:
    """Whether a place is big enough to trust an unsure match of its name; below
    ``_COUNTRY_ONLY`` only a country or a region is."""
    if place.feature in ("country", "admin1"):
        return True
    if strength < _UNCUED:
        return strength >= _COUNTRY_ONLY and place.population >= 2 * _WEAK_MIN_POPULATION
    return place.population >= _WEAK_MIN_POPULATION


def _named_region(place: GazetteerPlace, group: Group) -> bool:
    """Whether a county or parish was named with its generic word ("Madison County Health
    Department"): "X County" is a place whatever organisation it heads, and GeoNames gives
    most second-level regions no population for ``_significant`` to go by."""
    return place.feature == "admin2" and any(s.hint == "admin2" for s in group.spans)


def _town_for(
    span: Span, towns: list[PlaceMention], most_common: str | None
) -> GazetteerPlace | None:
    """The town a landmark stands in: one it names, else the text's most mentioned town,
    else the last one before it."""
    key = span.keys[0]
    for town in towns:
        if town.place is not None and normalize_name(town.place.name) in key:
            return town.place
    for town in towns:
        if town.place is not None and town.place.place_id == most_common:
            return town.place
    before = [t for t in towns if t.end <= span.start]
    return before[-1].place if before else None
