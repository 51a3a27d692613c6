"""Attribution cues in English, Ukrainian and Russian and the stance each one signals.

Stances (eval CONTRACT.md) read as the outlet's relation to the statement:

- ``asserted``: the claimant states it in its own words or commits to it: direct quotes, and
  verbs of commitment (insist, warn, declare, confirm, call for, publish footage).
- ``reported``: the outlet relays it in neutral indirect speech (said that, reported,
  described, according to, по данным, за даними).
- ``claimed``: the outlet marks it as a claim (claimed, alleged, утверждает, стверджує).
- ``denied``: the claimant rejects something (denied, rejected, опроверг, спростував).
- ``suggested``: an assessment or a guess (suggest, believe, assess, считают, вважають).

A direct quote with a ``reported`` verb ("“…,” X said / wrote") is ``asserted``: the words
are on record as the claimant's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from sitrep.model import ClaimStance

CueForm = Literal["verb", "prep"]
"""``verb``: the claimant is the subject, before or after ("X said", "said X"); ``prep``: the
claimant follows ("according to X", "по данным X")."""


@dataclass(frozen=True, slots=True)
class Cue:
    """An attribution cue found in a text."""

    start: int
    end: int
    text: str
    stance: ClaimStance
    form: CueForm
    inverts: bool  # the claimant may follow the verb ("said a Ukrainian officer")


def _words(stance: ClaimStance, form: CueForm, pattern: str, inverts: bool = True,
           ) -> tuple[re.Pattern[str], ClaimStance, CueForm, bool]:
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE), stance, form, inverts


_EN = (
    _words("reported", "prep", r"according to|citing|quoting|as reported by|as stated by"),
    _words("suggested", "prep", r"in the (?:view|assessment|opinion) of"),
    _words("reported", "verb", r"said|says|say|saying|reported|reports|report|reporting|"
           r"described|describes|describe|describing|wrote|writes|write|writing|added|adds|"
           r"noted|notes|stated|explained|explains|recounted|recalled|relayed|reads"),
    _words("reported", "verb", r"told|tells|tell", inverts=False),
    _words("asserted", "verb", r"insisted|insists|insist|insisting|warned|warns|warn|warning|"
           r"declared|declares|declare|declaring|stressed|stresses|emphasi[sz]ed|"
           r"emphasi[sz]es|announced|announces|announcing|confirmed|confirms|confirming|"
           r"vowed|vows|called for|calls for|call for|calling for|urged|urges|urging|"
           r"demanded|demands|published|publishes|released|posted|posts|showed|shows"),
    _words("claimed", "verb", r"claimed|claims|claim|claiming|alleged|alleges|allege|"
           r"alleging|purported|purports"),
    _words("denied", "verb", r"denied|denies|deny|denying|rejected|rejects|refuted|refutes|"
           r"dismissed|dismisses|disputed|disputes"),
    _words("suggested", "verb", r"suggested|suggests|suggest|suggesting|believe|believes|"
           r"believed|assessed|assesses|assess|estimated|estimates|estimate|think|thinks|"
           r"speculated|speculate|speculates|predicted|predicts|predict|expects|expect"),
)
_RU = (
    _words("reported", "prep", r"по (?:его|её|ее|их) словам|по (?:его|её|ее|их) данным|"
           r"по данным|по словам|по информации|по сведениям|"
           r"со ссылкой на|ссылаясь на|как сообщил\w*|как сообщает|как пишет|как заявил\w*"),
    _words("suggested", "prep", r"по мнению|по оценк\w+|по подсчетам|по подсчётам"),
    _words("reported", "verb", r"сообщил\w*|сообщает|сообщают|сообщается|рассказал\w*|"
           r"сказал\w*|высказал\w*|переда[её]т|пишет|написал\w*|отметил\w*|добавил\w*|уточнил\w*|говорится"),
    _words("asserted", "verb", r"заявил\w*|заявля\w+|подчеркнул\w*|настаива\w+|"
           r"предупредил\w*|призвал\w*|подтвердил\w*|объявил\w*|потребовал\w*|опубликовал\w*|"
           r"заявление сделал\w*"),
    _words("claimed", "verb", r"утвержда\w+|утверждал\w*"),
    _words("denied", "verb", r"опроверг\w*|отрица\w+|отверг\w*"),
    _words("suggested", "verb", r"счита\w+|полага\w+|предполага\w+|оценил\w*|допуска\w+|"
           r"прогнозир\w+"),
)
_UK = (
    _words("reported", "prep", r"за (?:його|її|їхніми) словами|за (?:його|її|їхніми) даними|"
           r"за даними|за словами|за інформацією|з посиланням на|посилаючись на|"
           r"як повідомив\w*|як повідомляє|як пише|як заявив\w*"),
    _words("suggested", "prep", r"на думку|за оцінк\w+|за підрахунками"),
    _words("reported", "verb", r"повідомив\w*|повідомила|повідомили|повідомляє|повідомляють|"
           r"повідомляється|висловив\w*|висловила|розповів\w*|розповіла|розповіли|сказав\w*|сказала|сказали|пише|"
           r"написав\w*|написала|написали|зазначив\w*|зазначила|зазначили|додав\w*|додала|"
           r"додали|уточнив\w*|уточнила|йдеться"),
    _words("asserted", "verb", r"заявив\w*|заявила|заявили|заявляє|заявляють|наголосив\w*|"
           r"наголосила|наголосили|наполяга\w+|попередив\w*|попередила|попередили|"
           r"закликав\w*|закликала|закликали|підтвердив\w*|підтвердила|підтвердили|"
           r"оголосив\w*|оголосила|опублікував\w*|опублікувала|оприлюднив\w*|оприлюднила|"
           r"заяву зробив\w*"),
    _words("claimed", "verb", r"стверджу\w+|стверджував\w*"),
    _words("denied", "verb", r"спростував\w*|спростувала|спростували|заперечу\w+|заперечив\w*"),
    _words("suggested", "verb", r"вважа\w+|припуска\w+|оцінив\w*|оцінила|прогнозу\w+"),
)
CUES: dict[str, tuple[tuple[re.Pattern[str], ClaimStance, CueForm, bool], ...]] = {
    "en": _EN, "ru": _RU, "uk": _UK,
}

# Media a statement travelled through, named in the attribution ("on Telegram", "in a video
# address"), in the order a chain lists them: platform, then the form of the statement.
MEDIA: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE), label) for pattern, label in (
        (r"telegram|телеграм\w*", "Telegram"),
        (r"facebook|фейсбук\w*", "Facebook"),
        (r"youtube|ютуб\w*", "YouTube"),
        (r"twitter|(?<=on )X", "X"),
        (r"video (?:address|message|statement)|видеообращени\w+|відеозверненн\w+",
         "video address"),
        (r"footage|video|видео|відео", "video"),
        (r"(?:leaked )?(?:communications )?transcript", "leaked transcript"),
        (r"interview|интервью|інтерв'ю|інтерв’ю", "interview"),
        (r"press (?:release|conference|briefing)|брифинг\w*|брифінг\w*", "briefing"),
        (r"statement|заявлени\w+|заяв[аиі]", "statement"),
    ))


def find_cues(text: str, language: str | None) -> list[Cue]:
    """Attribution cues in ``text``, longest first where two overlap.

    Args:
        text: the text to search (a sentence, with quotations blanked out).
        language: "en", "uk" or "ru"; other values use English.

    Returns:
        Cues in text order.
    """
    found: list[Cue] = []
    for pattern, stance, form, inverts in CUES.get(language or "en", _EN):
        for match in pattern.finditer(text):
            found.append(Cue(match.start(), match.end(), match.group(), stance, form, inverts))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Cue] = []
    for cue in found:
        if not kept or cue.start >= kept[-1].end:
            kept.append(cue)
    return kept


def find_media(text: str) -> tuple[str, ...]:
    """Media named in an attribution, as chain labels in a fixed order."""
    labels = [label for pattern, label in MEDIA if pattern.search(text)]
    if "video address" in labels and "video" in labels:
        labels.remove("video")
    return tuple(labels)
