"""What a quantity counts: the counted noun after it and the nearest casualty or movement cue.

Word lists are stems in English, Russian and Ukrainian, one alternation per kind; the cue
nearest the number wins ("killed 388 … and wounded another 87"), and a counted noun that
names equipment or attacks decides by itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from sitrep.model import FigureKind

NounType = Literal["person", "equipment", "attack", "resident"]


def _alt(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)


# Cue words (verbs, participles, nouns) for each kind; population is weakest and is only
# used when no other cue is near.
KIND_CUES: tuple[tuple[FigureKind, re.Pattern[str]], ...] = (
    ("killed", _alt(r"killed|killing|kill|dead|died|deaths?|death toll|fatalities|lives|"
                    r"liquidated|eliminated|neutrali[sz]ed|perished|slain|убит\w*|убил\w*|"
                    r"погиб\w*|гибел\w*|ликвидир\w*|уничтожен\w*|уничтожил\w*|жертв\w*|"
                    r"смерт\w*|загин\w*|загибл\w*|вбит\w*|вбив\w*|ліквідов\w*|знищен\w*|"
                    r"знищил\w*")),
    ("wounded", _alt(r"wounded|wounding|injured|injuring|injuries|hurt|ранен\w*|ранил\w*|"
                     r"пострадал\w*|травмирован\w*|поранен\w*|поранил\w*|травмован\w*|"
                     r"постраждал\w*")),
    ("casualties", _alt(r"casualties|losses|lost|потер[ьиюя]\w*|потерял\w*|втрат\w*|"
                        r"втратил\w*")),
    ("captured", _alt(r"captured|taken prisoner|prisoners of war|prisoners|POWs|surrendered|"
                      r"в плен|пленн\w*|пленил\w*|в полон|полонен\w*|полонил\w*|здал\w*ся|"
                      r"здали\w*ся")),
    ("missing", _alt(r"missing|без вести|пропавш\w*|зникл\w*|безвісти")),
    ("displaced", _alt(r"displaced|fled|flee|fleeing|refugees|uprooted|forced to leave|"
                       r"переселен\w*|беженц\w*|бежал\w*|біженц\w*|переселенц\w*|покинул\w*|"
                       r"покинули")),
    ("evacuated", _alt(r"evacuated|evacuation|evacuate|evacuating|эвакуир\w*|эвакуац\w*|"
                       r"эвакуирова\w*|евакуйов\w*|евакуац\w*|евакуюва\w*")),
    ("attacks", _alt(r"attacks|strikes|shelled|shelling|assaults|атак\w*|ударов|удары|"
                     r"обстрел\w*|обстріл\w*|штурм\w*")),
)
POPULATION_CUE = _alt(r"population|inhabitants|населени\w*|населенн\w*")
_POPULATION_OF = re.compile(r"(?:population|населени\w*|населенн\w*)\s+(?:of\s+|в\s+|у\s+|"
                            r"составля\w+\s+|становить\s+|стала\s+|was\s+|is\s+|stood at\s+)?"
                            r"(?:just\s+|only\s+|about\s+|around\s+|some\s+|roughly\s+|"
                            r"approximately\s+|nearly\s+|over\s+|более\s+|около\s+|понад\s+|"
                            r"близько\s+|лише\s+)?$", re.IGNORECASE)

_PERSON = (r"soldiers|troops|servicemen|service members|servicemembers|personnel|people|"
           r"persons|civilians|children|fighters|militants|mercenaries|occupiers|invaders|"
           r"Russians|Ukrainians|men|women|bodies|individuals|POWs|prisoners|wounded|dead|"
           r"человек|людей|люди|военн\w*|военнослужащ\w*|солдат\w*|боевик\w*|мирн\w+|"
           r"детей|дет\w*|оккупант\w*|наемник\w*|наёмник\w*|пленн\w*|осіб|особ\w*|люд\w*|"
           r"військов\w*|військовослужбовц\w*|бійц\w*|окупант\w*|цивільн\w*|дітей|діт\w*|"
           r"найманц\w*|полонен\w*")
_RESIDENT = r"residents|inhabitants|жител\w*|мешкан\w*"
_EQUIPMENT = (r"tanks?|armou?red (?:personnel carriers|vehicles|fighting vehicles)|APCs?|IFVs?|"
              r"vehicles|artillery (?:systems|pieces)|guns|howitzers|drones|UAVs|aircraft|"
              r"planes|jets|helicopters|MLRS|multiple rocket launchers|air defen[cs]e systems|"
              r"missiles|boats|ships|танк\w*|ББМ|бронемашин\w*|бронетехни\w*|БМП|БТР|"
              r"артиллерийск\w*|орудий|гаубиц\w*|беспилотник\w*|БПЛА|дрон\w*|самол[её]т\w*|"
              r"вертол[её]т\w*|РСЗО|ЗРК|ракет\w*|катер\w*|техник\w*|танк\w*|артилерійськ\w*|"
              r"безпілотник\w*|літак\w*|гелікоптер\w*|вертоліт\w*|одиниц\w*")
_ATTACK = r"attacks|strikes|assaults|shellings|атак\w*|ударов|удар\w*|обстрел\w*|обстріл\w*|" \
          r"штурм\w*"
_NOUNS: tuple[tuple[NounType, str], ...] = (
    ("equipment", _EQUIPMENT), ("attack", _ATTACK), ("resident", _RESIDENT), ("person", _PERSON))
# The counted noun: at most three words (modifiers: "Russian", "more", "other") after the
# number, or "of" after a vague quantity ("dozens of civilians").
_COUNTED = re.compile(
    r"^\s*(?:of\s+)?(?:(?:another|more|other|additional|[\w’'-]+)\s+){0,3}?"
    rf"(?P<noun>{'|'.join(f'(?P<{name}>{pattern})' for name, pattern in _NOUNS)})(?![\w-])",
    re.IGNORECASE)
# Units that make a number a measure, not a count.
_NOT_COUNT = re.compile(
    r"^\s*(?:%|percent|per cent|процент\w*|відсот\w*|hours?|days?|weeks?|months?|years?|"
    r"minutes?|km|kilomet\w+|miles?|met(?:er|re)s?|час\w*|сут\w*|дн\w*|недел\w*|тиждн\w*|"
    r"тижн\w*|месяц\w*|місяц\w*|год\w*|лет|рок\w*|рік|км|кілометр\w*|километр\w*|"
    r"dollars|euros|hryvnias?|rubles?|roubles?|долл\w*|евро|гривен\w*|гривень|рубл\w*|"
    r"₴|\$|€|am|pm|a\.m\.|p\.m\.)(?![\w])", re.IGNORECASE)
_NOT_COUNT_BEFORE = re.compile(
    r"(?:\$|€|£|₴|No\.|№|page|jan\.?|feb\.?|mar\.?|apr\.?|may|jun\.?|jul\.?|aug\.?|sep\.?|"
    r"sept\.?|oct\.?|nov\.?|dec\.?|january|february|march|april|june|july|august|september|"
    r"october|november|december)\s*$", re.IGNORECASE)
_LAUNCHED = re.compile(r"launch\w*|fired|запусти\w*|выпусти\w*|атаковал\w*|запустил\w*|"
                       r"випустил\w*|атакував\w*", re.IGNORECASE)
_WINDOW = 45
# "losses … to around", "втрати … склали": the total follows its noun at a distance.
_TOTAL_TO = re.compile(r"(?:\bto|\bof|\bat|reached|до|составил\w*|склал\w*|сягнул\w*|"
                       r"становлять)\s+(?:[\w.]+\s+)?$", re.IGNORECASE)
_LOSSES_HEAD = re.compile(r"losses|casualties|потери|потерь|втрати|втрат", re.IGNORECASE)
_LIST_ITEM = re.compile(r"(?:^|[,;])\s*(?P<label>[^\d,;:]{2,60}?)\s*[‒–—-]\s*"
                        r"(?:[^\d,;:]{0,15})$")
_PERSONNEL = re.compile(r"personnel|troops|особов\w* склад\w*|личн\w+ состав\w*|"
                        r"жив\w+ сил\w*", re.IGNORECASE)
# A cue across a comma or a dash belongs to another clause ("…, including 12 Americans").
_SEPARATOR = re.compile(r"[,;:.!?—–()]")


@dataclass(frozen=True, slots=True)
class Counted:
    """The counted noun after a quantity (``end`` its end offset) and what it names."""

    end: int
    noun_type: NounType


def counted_noun(text: str, end: int, limit: int) -> Counted | None:
    """The noun a quantity ending at ``end`` counts, if one follows before ``limit``."""
    match = _COUNTED.match(text[end:min(limit, end + 60)])
    if match is None:
        return None
    for noun_type, _ in _NOUNS:
        if match.group(noun_type):
            return Counted(end + match.end(), noun_type)
    return None


def is_measure(text: str, start: int, end: int) -> bool:
    """True when a number is a duration, distance, price, date or share, not a count."""
    return bool(_NOT_COUNT.match(text[end:end + 16])
                or _NOT_COUNT_BEFORE.search(text[max(0, start - 12):start]))


def _elliptical(text: str, cue_end: int, start: int) -> bool:
    """True for a bare number right after its cue ("wounded another 87", "погибли 5"), or a
    total named before it ("total losses since 2022 to around 1.16 million")."""
    gap = text[cue_end:start]
    return (0 <= len(gap) <= 12 or bool(_TOTAL_TO.search(gap))) and "," not in gap


def list_kind(text: str, sentence_start: int, start: int) -> FigureKind | None:
    """The kind of a number in a list of losses ("втрати противника …: танків ‒ 11 380").

    Daily loss reports of both General Staffs list "label – number" items after a colon;
    the label says what is counted, the words before the colon that these are losses.
    """
    prefix = text[sentence_start:start]
    colon = prefix.rfind(":")
    if colon < 0 or not _LOSSES_HEAD.search(prefix[:colon]):
        return None
    item = _LIST_ITEM.search(prefix[colon + 1:])
    if item is None:
        return None
    label = item.group("label")
    if _PERSONNEL.search(label):
        return "casualties"
    if re.search(rf"(?<![\w-])(?:{_EQUIPMENT})", label, re.IGNORECASE):
        return "equipment"
    return None


def classify(text: str, start: int, end: int, clause: tuple[int, int],
             counted: Counted | None) -> tuple[FigureKind, int, int] | None:
    """The kind a quantity at ``start:end`` counts, with the cue's span; None if no kind.

    Args:
        text: the document text.
        start: where the quantity starts.
        end: where it ends.
        clause: the span of the clause holding it (cues are looked for there only).
        counted: its counted noun, if any.

    Returns:
        ``(kind, cue_start, cue_end)``; the cue span is the quantity's own when the counted
        noun alone decides.
    """
    if _POPULATION_OF.search(text[max(clause[0], start - 40):start]):
        return "population", start, end
    if counted is not None and counted.noun_type == "equipment":
        before = text[max(clause[0], start - 30):start]
        kind: FigureKind = "attacks" if _LAUNCHED.search(before) else "equipment"
        return kind, start, counted.end
    if counted is not None and counted.noun_type == "attack":
        return "attacks", start, counted.end
    best: tuple[int, FigureKind, int, int] | None = None
    low, high = max(clause[0], start - _WINDOW), min(clause[1], end + _WINDOW)
    for kind_name, pattern in KIND_CUES:
        for match in pattern.finditer(text, low, high):
            if match.start() < end and match.end() > start:
                continue
            between = text[match.end():start] if match.end() <= start else text[end:match.start()]
            if _SEPARATOR.search(between):
                continue
            distance = len(between)
            if best is None or distance < best[0]:
                best = (distance, kind_name, match.start(), match.end())
    if best is not None and (counted is not None or _elliptical(text, best[3], start)):
        return best[1], best[2], best[3]
    if counted is not None and counted.noun_type == "resident":
        return "population", start, counted.end
    if POPULATION_CUE.search(text, low, high) and counted is not None:
        return "population", start, counted.end
    return None
