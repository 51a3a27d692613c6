"""Claimant candidates beyond the knowledge base: unnamed sources and back-references.

Unnamed sources ("military observers", "a Ukrainian officer", "источник", "очевидці") are
claimants too, marked anonymous, with the side their modifiers name ("Ukrainian defense
officials" -> ua, "Russian-backed media outlets" -> ru). Humanitarian and aid workers are
non-belligerent by mandate (side ``neutral``); other unnamed voices have no side.
Back-references ("he", "the post", "the military", "заявил он") point at an earlier claimant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from sitrep.model import ActorKind, ActorMention, Side

Reference = Literal["person", "organisation", "document", "military", "any"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible claimant at ``start:end``: an actor, an unnamed source or a back-reference."""

    start: int
    end: int
    name: str
    side: Side
    kind: ActorKind
    actor_id: str | None = None
    anonymous: bool = False
    refers: Reference | None = None


_EN_MODIFIER = (r"ukrainian|ukraine's|ukraine’s|russian|russia's|russia’s|russian-backed|"
                r"pro-russian|pro-kremlin|kremlin-backed|moscow-backed|pro-ukrainian|western|"
                r"local|military|defen[cs]e|humanitarian|senior|independent|anonymous|unnamed|"
                r"foreign|international|security|intelligence|government|u\.s\.|american|"
                r"european|frontline|front-line|regional|several|some|many|other|two|three")
_EN_HEAD = (r"witnesses|eyewitnesses|witness|locals|residents|observers|analysts|experts|"
            r"officials|official|officers|officer|sources|source|insiders|commanders|"
            r"commander|journalists|reporters|milbloggers|military bloggers|bloggers|"
            r"volunteers|medics|authorities|police|prosecutors|investigators|rescuers|"
            r"spokesperson|spokesman|spokeswoman|diplomats|"
            r"soldiers|soldier|servicemen|serviceman|aid workers|humanitarian workers|"
            r"humanitarian groups|humanitarian organi[sz]ations|aid groups|aid agencies|"
            r"rights groups|human rights groups|media outlets|media|news outlets|people")
_EN_GENERIC = re.compile(
    rf"(?<![\w-])(?:(?:{_EN_MODIFIER})[\s-]+){{0,3}}(?:{_EN_HEAD})(?![\w-])", re.IGNORECASE)
# Heads too vague alone: they need a modifier ("media outlets" yes, "people" no).
_NEEDS_MODIFIER = frozenset({"people", "media", "soldiers", "soldier", "servicemen",
                             "serviceman", "official", "source", "sources"})
_ADJ = r"[а-яёіїєґ'’-]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ым|им|ую|юю|ій|ої|ою|і)"
_CY_HEAD = (r"источник\w*|собеседник\w*|очевид\w+|свидетел\w+|жител\w+|эксперт\w*|аналитик\w*|"
            r"наблюдател\w+|военкор\w*|блогер\w*|чиновник\w*|волонт[её]р\w*|"
            r"джерел\w+|джерело|співрозмовник\w*|свідк\w*|свідок|мешкан\w+|експерт\w*|"
            r"аналітик\w*|спостерігач\w*|військкор\w*|посадовц\w+|посадовець")
_CY_GENERIC = re.compile(rf"(?<![\w-])(?:{_ADJ}\s+){{0,2}}(?:{_CY_HEAD})(?![\w-])",
                         re.IGNORECASE)
_SIDE_WORDS: tuple[tuple[re.Pattern[str], Side], ...] = (
    (re.compile(r"pro-ukrainian|ukrain|україн|украин|киевск|київськ", re.IGNORECASE), "ua"),
    (re.compile(r"russia|pro-kremlin|kremlin|moscow|российск|пророссийск|російськ|"
                r"проросійськ", re.IGNORECASE), "ru"),
    (re.compile(r"humanitarian|aid |aid-|гуманитарн|гуманітарн", re.IGNORECASE), "neutral"),
)
# What makes a vague head a source after all: whom it is close to or what it knows about
# ("sources familiar with the matter", "people close to the Kremlin").
_EN_POSTMODIFIER = re.compile(
    r"\s+(?:familiar with|close to|with (?:direct )?knowledge of|briefed on|inside)"
    r"(?:\s+(?:the|a|an|these|this))?(?:\s+(?!(?:said|say|says|told|that|and)\b)[\w’'-]+){1,4}",
    re.IGNORECASE)
_LEADING_DETERMINER = re.compile(r"^(?:the|a|an|some|several|many|other|two|three)\s+",
                                 re.IGNORECASE)

# Back-references: pronouns and definite nouns that name an earlier claimant.
_REFERENCES: tuple[tuple[re.Pattern[str], Reference], ...] = tuple(
    (re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE), refers)
    for pattern, refers in (
        (r"he|she|он|она|він|вона", "person"),
        (r"it|they|они|вони", "any"),
        (r"the (?:post|statement|message|video|report|publication|channel|update)|"
         r"в сообщении|в заявлении|у повідомленні|у заяві", "document"),
        (r"the (?:ministry|agency|office|department|command|unit|brigade|battalion)|"
         r"ведомств\w+|відомств\w+", "organisation"),
        (r"the (?:military|army|armed forces)", "military"),
    ))


def find_candidates(text: str, actors: list[ActorMention], language: str | None,
                    ) -> list[Candidate]:
    """Every possible claimant in ``text``: actors, unnamed sources and back-references.

    Args:
        text: the document text.
        actors: the actor mentions found in it (``find_actors``).
        language: ISO 639-1 code; picks the unnamed-source patterns.

    Returns:
        Candidates sorted by start; unnamed sources that overlap an actor are dropped.
    """
    unnamed: list[Candidate] = []
    pattern = _CY_GENERIC if language in ("uk", "ru") else _EN_GENERIC
    for match in pattern.finditer(text):
        start, end, phrase = match.start(), match.end(), match.group()
        if any(start < m.end and m.start < end for m in actors):
            continue
        if language not in ("uk", "ru"):
            post = _EN_POSTMODIFIER.match(text, end)
            if post is not None:  # the body it is close to is part of its name, not a voice
                end, phrase = post.end(), phrase + post.group()
            elif _too_vague(phrase):
                continue
        if _role_of(text, start, phrase, actors):
            continue
        stripped = _LEADING_DETERMINER.sub("", phrase)
        start += len(phrase) - len(stripped)
        unnamed.append(Candidate(start, end, stripped, _side_of(stripped),
                                 _kind_of(stripped), anonymous=True))
    found = [Candidate(m.start, m.end, m.name, m.side, m.kind, m.actor_id, refers=None)
             for m in actors if not _repeated(text, m, actors)
             and not any(u.start <= m.start and m.end <= u.end for u in unnamed)]
    found += unnamed
    for pattern_ref, refers in _REFERENCES:
        for match in pattern_ref.finditer(text):
            if any(match.start() < c.end and c.start < match.end() for c in found):
                continue
            found.append(Candidate(match.start(), match.end(), match.group(), "unknown",
                                   "other", refers=refers))
    return sorted(found, key=lambda c: c.start)


def _repeated(text: str, mention: ActorMention, actors: list[ActorMention]) -> bool:
    """True for "(HUR)" right after "Ukraine's military intelligence": one actor, one name."""
    return any(m.actor_id == mention.actor_id and m.actor_id is not None and m.end < mention.start
               and text[m.end:mention.start].strip() == "(" for m in actors)


def _role_of(text: str, start: int, phrase: str, actors: list[ActorMention]) -> bool:
    """True for a bare role right after a named body ("HUR spokesperson"): the body speaks."""
    if len(phrase.split()) > 1:
        return False
    return any(0 <= start - m.end <= 3 and not text[m.end:start].strip(" )’'s")
               for m in actors)


def _too_vague(phrase: str) -> bool:
    """True for a bare head that needs a modifier to name a source ("people", "media")."""
    words = _LEADING_DETERMINER.sub("", phrase).split()
    return len(words) == 1 and words[0].casefold() in _NEEDS_MODIFIER


def _side_of(phrase: str) -> Side:
    """The side an unnamed source's modifiers name, else unknown."""
    for pattern, side in _SIDE_WORDS:
        if pattern.search(phrase + " "):
            return side
    return "unknown"


def _kind_of(phrase: str) -> ActorKind:
    """Person for one named role ("a Ukrainian officer"), group for plurals."""
    last = phrase.split()[-1].casefold()
    singular = ("officer", "official", "commander", "source", "spokesperson", "spokesman",
                "spokeswoman", "soldier", "serviceman", "witness")
    return "person" if last in singular else "group"
