"""Actors named in a text: knowledge-base aliases first, then names the base does not list."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from sitrep.knowledge.actors import ActorKB
from sitrep.model import ActorKind, ActorMention, Side

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.language import Language
    from spacy.tokens import Doc

    from sitrep.analyze.russian_ner import RussianNER

STAGE = "actors.v2"
# spaCy labels kept, and the kind each becomes.
_NER_KINDS: dict[str, ActorKind] = {"PERSON": "person", "ORG": "organisation", "NORP": "group"}
# NORP mentions are kept only when they name a side ("the Russians", "Ukrainians").
# Singular adjectives ("a Russian drone") are not actors and are dropped.
_NORP_SIDES: dict[str, Side] = {"ukrainians": "ua", "russians": "ru"}
# Platforms carry statements; they are media in a claim's chain, not actors.
_PLATFORMS = frozenset({"telegram", "rss", "facebook", "twitter", "x", "youtube", "instagram",
                        "tiktok", "whatsapp", "vkontakte", "vk", "viber", "signal"})
# natasha tags "Telegram-канал" an organisation: a platform in any form is a medium.
_PLATFORM_WORD = re.compile(rf"(?<!\w)(?:{'|'.join(sorted(_PLATFORMS))})(?!\w)|телеграм|твиттер",
                            re.IGNORECASE)
# Trailing words that make an NER "organisation" a place (spaCy tags "Donetsk Oblast" ORG).
_PLACE_WORDS = re.compile(
    r"\b(?:Oblast|Region|Raion|District|Krai|Square|Street|Avenue|Bridge)$")
_CYRILLIC_WORD = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ-]+")
_LEADING_ARTICLE = re.compile(r"^(?:the|The)\s+")
_TRAILING_POSSESSIVE = re.compile("['’ʼ]s?$")


def find_actors(text: str, kb: ActorKB, nlp: Language | None = None,
                language: str | None = None,
                ner_spans: Sequence[tuple[int, int]] | None = None,
                russian_ner: RussianNER | None = None) -> list[ActorMention]:
    """Actors in ``text``: every knowledge-base alias, then NER finds not in it.

    The knowledge base decides side and kind; NER finds (people and organisations the base
    does not list) keep side "unknown", since a name alone does not tell whose it is.

    Args:
        text: the document text.
        kb: the loaded actor knowledge base.
        nlp: a spaCy English pipeline with NER; None skips NER (knowledge base only). Only
            its ``ner`` component is needed: load it with the others excluded, at twice the
            speed.
        language: ISO 639-1 code; NER runs only for "en", lemmas serve "uk" and "ru".
        ner_spans: run NER on these parts of the text only (e.g. the sentences with an
            attribution cue, ``claims.cue_sentences``); None runs it on the whole text.
        russian_ner: natasha's NER for Russian text (people and organisations); None
            leaves Russian to the knowledge base and the first-name rule.

    Returns:
        Mentions sorted by start offset, not overlapping.
    """
    mentions = [
        ActorMention(m.start, m.end, text[m.start:m.end], m.actor.name, m.actor.side,
                     m.actor.kind, m.actor.actor_id, STAGE)
        for m in kb.match(text, language)
    ]
    if nlp is not None and language == "en":
        mentions += _ner_mentions(text, nlp, mentions, ner_spans)
    elif language in ("uk", "ru") or (language is None and _CYRILLIC_WORD.search(text)):
        if russian_ner is not None and language == "ru":
            mentions += _russian_mentions(text, russian_ner, mentions, ner_spans)
        mentions += _cyrillic_people(text, kb, language, mentions)
    return sorted(mentions, key=lambda m: m.start)


def _russian_mentions(text: str, ner: RussianNER, known: list[ActorMention],
                      spans: Sequence[tuple[int, int]] | None) -> list[ActorMention]:
    """natasha's people and organisations that overlap no knowledge-base mention.

    Each is named in the nominative ("Алексея Иванова" -> "Алексей Иванов") so that
    mentions in other cases are the same claimant.
    """
    taken = [(m.start, m.end) for m in known]
    found: list[ActorMention] = []
    for offset, end in [(0, len(text))] if spans is None else spans:
        for span in ner.entities(text[offset:end]):
            start, stop = span.start + offset, span.end + offset
            if span.label == "LOC" or any(start < e and s < stop for s, e in taken):
                continue
            surface = text[start:stop].split("(")[0].split("\n")[0].rstrip(" )»\"'.,;:")
            if not surface or _PLATFORM_WORD.search(surface):
                continue
            kind: ActorKind = "person" if span.label == "PER" else "organisation"
            name = span.normal if len(surface) == stop - start else surface
            found.append(ActorMention(start, start + len(surface), surface, name, "unknown",
                                      kind, None, STAGE))
    return found


def _cyrillic_people(text: str, kb: ActorKB, language: str | None,
                     known: list[ActorMention]) -> list[ActorMention]:
    """People the base does not list, in Ukrainian or Russian: a first name and a surname.

    pymorphy3 knows first names ("Александр Лукашенко", "Майя Санду"); later mentions of
    the surname alone ("Лукашенко добавил") are the same person.
    """
    taken = [(m.start, m.end) for m in known]
    words = list(_CYRILLIC_WORD.finditer(text))
    found: list[ActorMention] = []
    surnames: dict[str, str] = {}
    for first, second in itertools.pairwise(words):
        if text[first.end():second.start()] != " ":
            continue
        if any(first.start() < e and s < second.end() for s, e in taken):
            continue
        given = kb.lemmatizer.first_name(first.group(), language)
        if given is None or (kb.lemmatizer.first_name(second.group(), language)
                             and not kb.lemmatizer.is_surname(second.group(), language)):
            continue
        surname = kb.lemmatizer.surname(second.group(), language)
        name = f"{given} {surname}"
        surnames[kb.lemmatizer.lemma(surname, language)] = name
        found.append(ActorMention(first.start(), second.end(), text[first.start():second.end()],
                                  name, "unknown", "person", None, STAGE))
    taken += [(m.start, m.end) for m in found]
    for word in words:
        name = surnames.get(kb.lemmatizer.lemma(word.group(), language))
        if name is None or any(word.start() < e and s < word.end() for s, e in taken):
            continue
        found.append(ActorMention(word.start(), word.end(), word.group(), name, "unknown",
                                  "person", None, STAGE))
    return found


def _ner_mentions(text: str, nlp: Language, known: list[ActorMention],
                  spans: Sequence[tuple[int, int]] | None) -> list[ActorMention]:
    """PERSON, ORG and side-naming NORP entities that overlap no knowledge-base mention."""
    taken = [(m.start, m.end) for m in known]
    parts = [(0, len(text))] if spans is None else list(spans)
    found: list[ActorMention] = []
    for (offset, _), doc in zip(parts, nlp.pipe(text[s:e] for s, e in parts), strict=True):
        found += _entities(text, doc, offset, taken)
    return found


def _entities(text: str, doc: Doc, offset: int,
              taken: list[tuple[int, int]]) -> list[ActorMention]:
    """The actor mentions among one spaCy doc's entities, at ``offset`` in ``text``."""
    found: list[ActorMention] = []
    for ent in doc.ents:
        kind = _NER_KINDS.get(ent.label_)
        if kind is None:
            continue
        start, end = ent.start_char + offset, ent.end_char + offset
        if any(start < e and s < end for s, e in taken):
            continue
        surface = _TRAILING_POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", ent.text))
        start += len(ent.text) - len(ent.text.lstrip()) + ent.text.find(surface)
        if (not surface.strip() or any(c in surface for c in "()\n")
                or surface.casefold() in _PLATFORMS or _PLACE_WORDS.search(surface)):
            continue
        side: Side = "unknown"
        if kind == "group":
            norp = _NORP_SIDES.get(surface.casefold())
            if norp is None:
                continue
            side = norp
        found.append(ActorMention(start, start + len(surface), surface, surface, side, kind,
                                  None, STAGE))
    return found
