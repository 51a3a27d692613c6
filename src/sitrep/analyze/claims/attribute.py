"""The finding half of claims: which cue in which sentence attributes what to whom."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.analyze.claims.cues import Cue, find_cues, find_media
from sitrep.analyze.claims.sentences import find_quotes, split_sentences
from sitrep.analyze.claims.sources import Candidate, Reference
from sitrep.model import ClaimStance

# What may stand between a claimant and its verb: a bracketed abbreviation, an appositive
# between commas ("Denis Pushilin, head of the DPR, reported"), a role noun ("HUR
# spokesperson said"), auxiliaries and adverbs ("has previously reported").
_EN_PRE = re.compile(
    r"^\)?(?:\s*\([^()]{1,40}\))?(?:\s*,[^,;:\x00]{1,140},)?\s*"
    r"(?:(?:spokesperson|spokesman|spokeswoman|press service|press office|head|chief)\s+)?"
    r"(?:(?:has|have|had|also|however|previously|reportedly|then|later|again|further|"
    r"separately|already|is|are|was|were|now|once|repeatedly|publicly|earlier|recently|"
    r"would|will|could|may|might|did|does|do|not|officially|itself|themselves)\s*,?\s*)*$",
    re.IGNORECASE)
_CY_PRE = re.compile(r"^(?:\s*\([^()]{1,40}\))?(?:\s*,[^,;:\x00]{1,140},)?"
                     r"(?:\s+[а-яёіїєґ’'-]+){0,2}\s*$")
# What may stand between a verb and a claimant after it ("said a Ukrainian officer",
# "сообщил глава Чечни Рамзан Кадыров").
_EN_POST = re.compile(r"^\s+(?:(?:a|an|the|one|another|its|his|her|their)\s+)?"
                      r"(?:[A-Z][\w.’'-]*\s+){0,3}$")
_CY_POST = re.compile(r"^(?:\s+(?!что\b|що\b|чтобы\b|щоб\b|якобы\b|нібито\b)[\w’'-]+){0,3}\s+$",
                      re.IGNORECASE)
# At most four words between "according to" and its source ("the highly reputable").
# English puts the speaker after the verb only after a quotation or a clause ("…,” said X";
# "…, said X"), never in "The board said Mr. X …".
_INVERSION = re.compile(r"(?:[,\x00]|^)\s*$")
_POSSESSIVE_CUE = re.compile(r"(?<!\w)(?:его|её|ее|их|його|її|їхніми)(?!\w)", re.IGNORECASE)
_PREP_GAP = re.compile(r"^\s*(?:[\w’'-]+\s+){0,4}$")
_QUOTE_LINK = re.compile(r"^[\s,:—–-]*(?:(?:the|a|an)\s+)?$", re.IGNORECASE)
# A participle after a comma ("…, claiming that …") takes the subject of its clause.
_PARTICIPLE = re.compile(r"ing$|ючи$|учи$|яя$|ая$", re.IGNORECASE)
_CLAUSE_OPENER = re.compile(r"^(?:[\w’'-]+,\s*)?(?:(?:the|a|an)\s+)?$", re.IGNORECASE)
_MEDIA_AFTER = 80
_LOOKBACK = 200
# A Russian or Ukrainian sentence that opens "Об этом сообщил …", "Про це повідомив …",
# "О потерях … сообщило …" attributes the sentence before it.
_ABOUT_THIS = re.compile(r"^(?:Об?|Про|Такое|Такую|Таку|Такий)\s")
# A cue that names whom the speaker relays ("Kadyrov, citing Alaudinov, said ..."): the cited
# one is the original claimant and the speaker a link of the chain, not a second claim.
_RELAY = re.compile(r"citing|quoting|со ссылкой на|ссылаясь на|з посиланням на|"
                    r"посилаючись на", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attributed statement found: the sentence, the cue and the resolved claimant."""

    start: int
    end: int
    claimant: Candidate
    cue: Cue | None
    stance: ClaimStance
    media: tuple[str, ...]
    quote: bool
    relays: tuple[Candidate, ...] = ()


def find_attributions(text: str, candidates: list[Candidate],
                      language: str | None) -> list[Attribution]:
    """Attributed statements of ``text``, one per cue that has a claimant, in text order.

    A quotation with no cue of its own, right after a quoted claim, continues that claim.

    Args:
        text: the document text.
        candidates: possible claimants (``find_candidates``).
        language: ISO 639-1 code for the cue lexicon.

    Returns:
        Attributions with references ("he", "the post") resolved to earlier claimants;
        cues whose claimant cannot be found or resolved yield nothing.
    """
    quotes = find_quotes(text)
    masked = _mask(text, quotes)
    found: list[Attribution] = []
    sentences = split_sentences(text)
    for index, (start, end) in enumerate(sentences):
        inside = [c for c in candidates if start <= c.start and c.end <= end
                  and not _in_quotes(c.start, quotes)]
        sentence_quotes = [q for q in quotes if start <= q[0] < end]
        before = len(found)
        for cue in find_cues(masked[start:end], language):
            cue = Cue(cue.start + start, cue.end + start, cue.text, cue.stance, cue.form,
                      cue.inverts)
            picked = _attach(cue, inside, masked, language)
            if picked is None:
                continue
            claimant = _resolve(picked, found, candidates)
            if claimant is None:
                continue
            quote = _quoted(cue, picked, sentence_quotes, masked)
            left = min(cue.start, picked.start)
            media = find_media(masked[left:min(end, max(cue.end, picked.end) + _MEDIA_AFTER)])
            if not media and picked.refers == "document":
                # "the post reads": the post travelled as the claimant's last one did.
                media = next((a.media for a in reversed(found) if a.claimant == claimant), ())
            stance: ClaimStance = "asserted" if quote and cue.stance == "reported" else cue.stance
            first = start
            if language in ("uk", "ru") and _ABOUT_THIS.match(masked[start:end]) and index:
                first = sentences[index - 1][0]
            found.append(Attribution(first, end, claimant, cue, stance, media, quote))
        found[before:] = _merge_relays(found[before:])
        if len(found) == before and sentence_quotes and found and found[-1].quote \
                and found[-1].end >= _previous_end(text, start):
            last = found[-1]
            found.append(Attribution(start, end, last.claimant, None, "asserted", last.media,
                                     True))
    return found


def _merge_relays(sentence: list[Attribution]) -> list[Attribution]:
    """One attribution per relayed statement: "X, citing Y, said" is Y's claim through X.

    The speaker's cue, stance and media describe how the statement travelled; the cited
    source becomes the claimant and the speaker a relay in the chain.
    """
    cited = [a for a in sentence if a.cue is not None and _RELAY.fullmatch(a.cue.text)]
    speakers = [a for a in sentence if a not in cited]
    if len(cited) != 1 or not speakers:
        return sentence
    source = cited[0]
    speaker = next((a for a in speakers if a.claimant != source.claimant), None)
    if speaker is None:
        return sentence
    media = tuple(dict.fromkeys((*speaker.media, *source.media)))
    quote = speaker.quote or source.quote
    stance: ClaimStance = "asserted" if quote and speaker.stance == "reported" \
        else speaker.stance
    merged = Attribution(min(speaker.start, source.start), max(speaker.end, source.end),
                         source.claimant, speaker.cue, stance, media, quote,
                         relays=(*speaker.relays, speaker.claimant))
    return [merged if a is speaker else a for a in sentence if a is not source]


def cue_sentences(text: str, language: str | None) -> list[tuple[int, int]]:
    """Spans of the sentences with an attribution cue outside quotations.

    Only these can yield a claim, so a costly NER pass for unlisted claimants can be limited
    to them (``find_actors(..., ner_spans=...)``).
    """
    masked = _mask(text, find_quotes(text))
    return [(start, end) for start, end in split_sentences(text)
            if find_cues(masked[start:end], language)]


def _mask(text: str, quotes: list[tuple[int, int]]) -> str:
    """``text`` with quotations blanked (NUL): cues and names inside them attribute nothing."""
    chars = list(text)
    for start, end in quotes:
        chars[start:end] = "\x00" * (end - start)
    return "".join(chars)


def _in_quotes(offset: int, quotes: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in quotes)


def _previous_end(text: str, start: int) -> int:
    """Where the sentence before ``start`` ended (white space skipped back)."""
    return len(text[:start].rstrip())


def _attach(cue: Cue, inside: list[Candidate], masked: str,
            language: str | None) -> Candidate | None:
    """The candidate a cue attributes to, by position and the words between them."""
    cyrillic = language in ("uk", "ru")
    if cue.form == "prep":
        owner = _POSSESSIVE_CUE.search(cue.text)
        if owner is not None:  # "по его словам", "за її даними": an earlier speaker
            refers: Reference = "any" if owner.group().casefold() in ("их", "їхніми") \
                else "person"
            return Candidate(cue.start, cue.end, cue.text, "unknown", "other", refers=refers)
        for cand in inside:
            if cand.start >= cue.end and _PREP_GAP.match(masked[cue.end:cand.start]):
                return cand
        return None
    pre = _CY_PRE if cyrillic else _EN_PRE
    if _PARTICIPLE.search(cue.text) and masked[:cue.start].rstrip().endswith(","):
        return _clause_subject(cue, inside, masked)
    for cand in reversed(inside):
        if cand.end > cue.start or cue.start - cand.end > _LOOKBACK:
            continue
        if pre.match(masked[cand.end:cue.start]):
            return _with_appositive_side(cand, inside, cue)
    if not cue.inverts:
        return None
    if not cyrillic and not _INVERSION.search(masked[:cue.start]):
        return None
    post = _CY_POST if cyrillic else _EN_POST
    for cand in inside:
        if cand.start < cue.end or not post.match(masked[cue.end:cand.start]):
            continue
        # "said it wanted": an English pronoun after the verb opens the reported clause.
        if not cyrillic and cand.refers in ("person", "any"):
            return None
        return cand
    return None


def _clause_subject(cue: Cue, inside: list[Candidate], masked: str) -> Candidate | None:
    """The first candidate of the sentence when it opens the sentence (its subject)."""
    before = [c for c in inside if c.end <= cue.start]
    if not before:
        return None
    first = before[0]
    sentence_start = max(masked.rfind(".", 0, first.start), masked.rfind("\n", 0, first.start))
    opener = masked[sentence_start + 1:first.start].strip()
    return first if _CLAUSE_OPENER.match(opener) else None


def _with_appositive_side(cand: Candidate, inside: list[Candidate], cue: Cue) -> Candidate:
    """A claimant of unknown side takes the side of the body its appositive names.

    "Andrii Cherniak, a spokesperson of Ukraine's military intelligence, told ..." -> ua.
    """
    if cand.side != "unknown" or cand.refers is not None:
        return cand
    for other in inside:
        if cand.end <= other.start and other.end <= cue.start and other.actor_id \
                and other.side != "unknown":
            return Candidate(cand.start, cand.end, cand.name, other.side, cand.kind,
                             cand.actor_id, cand.anonymous, cand.refers)
    return cand


def _resolve(cand: Candidate, found: list[Attribution],
             candidates: list[Candidate]) -> Candidate | None:
    """The candidate itself, or for a back-reference the earlier claimant it points at."""
    if cand.refers is None:
        return _same_person(cand, found)
    earlier = [a.claimant for a in reversed(found)]
    if cand.refers == "person":
        people = [c for c in earlier if c.kind in ("person", "official") and not c.anonymous]
        if people:
            return people[0]
        named = [c for c in reversed(candidates) if c.end <= cand.start
                 and c.kind in ("person", "official") and c.refers is None and not c.anonymous]
        return named[0] if named else None
    if cand.refers == "military":
        generic = [c for c in earlier if c.kind == "military"
                   and re.search(r"military|armed forces", c.name, re.IGNORECASE)]
        military = generic or [c for c in earlier if c.kind == "military"]
        return military[0] if military else None
    if cand.refers == "organisation":
        bodies = [c for c in earlier if c.kind not in ("person", "official")]
        return bodies[0] if bodies else None
    # "it", "they": a body or a group, never a single person.
    bodies = [c for c in earlier if c.kind not in ("person", "official")]
    return bodies[0] if bodies and cand.refers == "any" else (
        earlier[0] if earlier and cand.refers == "document" else None)


def _same_person(cand: Candidate, found: list[Attribution]) -> Candidate:
    """A bare surname ("Cherniak said") is the earlier claimant with that surname."""
    if cand.actor_id or cand.anonymous or " " in cand.name.strip():
        return cand
    for earlier in reversed(found):
        name = earlier.claimant.name.split()
        if len(name) > 1 and name[-1] == cand.name:
            return earlier.claimant
    return cand


def _quoted(cue: Cue, cand: Candidate, quotes: list[tuple[int, int]], masked: str) -> bool:
    """True when a quotation sits right before or right after the attribution."""
    left, right = min(cue.start, cand.start), max(cue.end, cand.end)
    for start, end in quotes:
        if end <= left and _QUOTE_LINK.match(masked[end:left].replace(",", "")):
            return True
        if start >= right and _QUOTE_LINK.match(masked[right:start]):
            return True
    return False
