"""Whose a figure is, who claims it, over which period, and whether it is a running total."""

from __future__ import annotations

import re

from sitrep.model import ActorMention, Claim, DateMention, Side

# Words for "the enemy": the subject is then the side opposite the claimant's.
_ENEMY = re.compile(r"(?<!\w)(?:enemy|enemy's|enemy’s|противник\w*|враг\w*|врож\w*|ворог\w*|"
                    r"супротивник\w*)(?!\w)", re.IGNORECASE)
_SIDE_WORDS: tuple[tuple[re.Pattern[str], Side], ...] = (
    (re.compile(r"(?<!\w)(?:ukrainians?|ukraine's|ukraine’s|of ukraine|украинск\w*|"
                r"українськ\w*|всу|зсу|украины|україни)(?!\w)", re.IGNORECASE), "ua"),
    (re.compile(r"(?<!\w)(?:russians?|russia's|russia’s|of russia|российск\w*|російськ\w*|рф|"
                r"россии|росії|оккупант\w*|окупант\w*|рашист\w*)(?!\w)", re.IGNORECASE), "ru"),
)
# The owner after a counted noun: "soldiers of Ukraine", "военных Украины", "втрати ЗСУ".
_COMPLEMENT = re.compile(r"\s+(?:of\s+(?:the\s+)?)?(?P<owner>[\w’'-]+)")
_LOSER_GAP = re.compile(r"\s*(?:(?:has|have|had|also|reportedly|уже|ещё|вже)\s+)?")
_COUNTRY_BEFORE = re.compile(
    r"(?:(?P<ru>Russia|Россия|Росія|РФ)|(?P<ua>Ukraine|Украина|Україна))"
    r"\s*(?:has|have|had|also|reportedly|уже|вже)?\s*$")
_OPPOSITE: dict[Side, Side] = {"ua": "ru", "ru": "ua"}
# Periods a text gives without a date: before the war, and now.
_PRE_WAR = re.compile(r"pre-?war|before the (?:full-scale )?(?:war|invasion)|довоєн|довоен",
                      re.IGNORECASE)
_CURRENT = re.compile(r"\b(?:remain\w*|still|now|currently|today|left in|остал\w*|залиш\w*)\b",
                      re.IGNORECASE)
# Running totals and daily counts, as the words that announce them.
_CUMULATIVE = re.compile(
    r"(?<!\w)(?:since|so far|in total|total|to date|overall|altogether|in all|"
    r"с начала|с момента|всего|в общей сложности|общие|з початку|загалом|всього|усього|"
    r"загальні)(?!\w)", re.IGNORECASE)
_DAILY = re.compile(
    r"(?<!\w)(?:over the past day|in the past day|past 24 hours|last 24 hours|overnight|"
    r"per day|a day|daily|за сутки|за минувшие сутки|за прошедшие сутки|за последние сутки|"
    r"в течение суток|за добу|минулої доби|за минулу добу|протягом доби|за останню добу)(?!\w)",
    re.IGNORECASE)


def subject_side(text: str, start: int, noun_end: int, actors: list[ActorMention],
                 claimant_side: Side | None) -> Side | None:
    """Whose losses or people a figure counts, read from its noun phrase.

    "388 Russian soldiers" -> ru (an actor in the phrase); "Ukrainian military equipment"
    -> ua; "enemy" -> the side opposite the claimant's; civilians and residents -> None.

    Args:
        text: the document text.
        start: where the figure's phrase starts (its cue or number).
        noun_end: where its counted noun phrase ends.
        actors: actor mentions of the text.
        claimant_side: the side of whoever claims the figure, for "enemy".

    Returns:
        The side, or None when the phrase names none.
    """
    for mention in actors:
        if start <= mention.start < noun_end and mention.side in ("ua", "ru"):
            return mention.side
    complement = _COMPLEMENT.match(text, noun_end)
    if complement is not None:
        noun_end = complement.end()
        for mention in actors:
            if mention.start == complement.start("owner") and mention.side in ("ua", "ru"):
                return mention.side
    phrase = text[start:noun_end]
    if _ENEMY.search(phrase) and claimant_side in _OPPOSITE:
        return _OPPOSITE[claimant_side]  # type: ignore[index]
    for pattern, side in _SIDE_WORDS:
        if pattern.search(phrase):
            return side
    return None


def losses_side(text: str, cue_end: int, limit: int, actors: list[ActorMention]) -> Side | None:
    """The side named right after a losses noun ("потери ВСУ", "losses of Russian forces")."""
    for mention in actors:
        if cue_end <= mention.start <= min(limit, cue_end + 20) and mention.side in ("ua", "ru"):
            return mention.side
    return None


def loser_side(text: str, sentence_start: int, cue_start: int, actors: list[ActorMention],
               claimant_side: Side | None) -> Side | None:
    """The side that lost, named before the verb or the losses noun.

    "Russia had lost 1,030 troops" -> ru; "ВСУ потеряли до 1 300" -> ua; "втрати противника
    …: танків ‒ 11 380" -> the side opposite the claimant's.
    """
    before = text[sentence_start:cue_start]
    for mention in reversed(actors):
        if sentence_start <= mention.start and mention.end <= cue_start \
                and _LOSER_GAP.fullmatch(text, mention.end, cue_start) \
                and mention.side in ("ua", "ru"):
            return mention.side
    country = _COUNTRY_BEFORE.search(before)
    if country is not None:
        return "ru" if country.group("ru") else "ua"
    head = before[:before.rfind(":")] if ":" in before else ""
    if head and _ENEMY.search(head) and claimant_side in _OPPOSITE:
        return _OPPOSITE[claimant_side]  # type: ignore[index]
    return None


def claim_for(claims: list[Claim], offset: int) -> Claim | None:
    """The claim whose sentence holds ``offset``, the one with the nearest cue before it."""
    holding = [c for c in claims if c.start <= offset < c.end]
    if not holding:
        return None
    return holding[0] if len(holding) == 1 else min(
        holding, key=lambda c: abs(offset - c.start))


def period_for(text: str, dates: list[DateMention], sentence: tuple[int, int], offset: int,
               kind: str) -> str | None:
    """When the figure holds: the value of the date or window nearest it in its sentence;
    else ``pre-war`` when the sentence says so ("a pre-war population of 60,000"), or for a
    population ``current`` ("25,000 remain"); else None.

    Without the pre-war mark a town's pre-war and wartime populations read as a
    contradiction.
    """
    inside = [d for d in dates if sentence[0] <= d.start and d.end <= sentence[1]]
    if inside:
        return min(inside, key=lambda d: abs(d.start - offset)).value
    if _PRE_WAR.search(text, sentence[0], sentence[1]):
        return "pre-war"
    if kind == "population" and _CURRENT.search(text, sentence[0], sentence[1]):
        return "current"
    return None


def cumulative_for(text: str, sentence: tuple[int, int], offset: int) -> bool | None:
    """True for a running total, False for a daily count, None when the sentence says neither.

    The cue nearest the figure decides when a sentence has both ("1,200 over the past day,
    bringing the total since 2022 to …").
    """
    found: list[tuple[int, bool]] = []
    for pattern, value in ((_CUMULATIVE, True), (_DAILY, False)):
        for match in pattern.finditer(text, sentence[0], sentence[1]):
            found.append((abs(match.start() - offset), value))
    return min(found)[1] if found else None
