"""Which clock a date sets: said (a speech verb next to it), published, happened or unknown."""

from __future__ import annotations

import re

from sitrep.model import DateRole

# Speech verbs a date attaches to when it stands right after them ("said on Nov. 23",
# "told reporters Friday", "заявив 23 листопада").
_SPEECH = (r"said|says|told|announced|reported|stated|wrote|claimed|declared|added|confirmed|"
           r"denied|warned|noted|insisted|acknowledged|asserted|alleged|according\s+to|"
           r"заяви(?:в|ла|ли)|повідоми(?:в|ла|ли)|сказа(?:в|ла|ли)|написа(?:в|ла|ли)|розповіда?(?:в|ла|ли)|"
           r"заяви(?:л|ла|ли)|сообщи(?:л|ла|ли)|сказа(?:л|ла|ли)|написа(?:л|ла|ли)|рассказа(?:л|ла|ли)")
_PUBLISH = (r"published|posted|updated|released|issued|опубліковано|оприлюднено|оприлюднив|"
            r"оприлюднила|оприлюднили|опублікував|опубліковала|опубликовано|опубликовал|"
            r"опубликовала|опубликовали")

# Words that may stand between a cue verb and its date: where and how it was said ("in a
# statement", "to reporters on", "on Telegram") and capitalised names ("заявив Зеленський").
_FILLER = (r"(?:on|in|at|to|a|an|the|his|her|its|their|late|early|statement|video|address|post|"
           r"briefing|interview|reporters|journalists|press|conference|news|televised|update|"
           r"report|message|в|у|на|під|час|заяві|брифінгу|зверненні|интервью|заявлении|"
           r"(?-i:[A-ZА-ЯІЇЄҐ])[\w’'-]*)")
_GAP = rf"(?:\s+{_FILLER}){{0,5}}\s+$"
_SAID_BEFORE = re.compile(rf"\b(?:{_SPEECH}){_GAP}", re.IGNORECASE)
_PUBLISHED_BEFORE = re.compile(rf"\b(?:{_PUBLISH}){_GAP}", re.IGNORECASE)
# "On Nov. 23, the ministry said ...": a sentence-initial date, then within eight words a cue.
_LEADING = re.compile(r"^\s*(?:(?:also|and|but|late|early|on|in|в|у|во)\s+)*$", re.IGNORECASE)
_SAID_AFTER = re.compile(rf"^[,\s]+(?:[\w’'.-]+\s+){{0,7}}?(?:{_SPEECH})\b", re.IGNORECASE)
_PUBLISHED_AFTER = re.compile(rf"^[,\s]+(?:[\w’'.-]+\s+){{0,7}}?(?:{_PUBLISH})\b",
                              re.IGNORECASE)
_SENTENCE_PUNCT = re.compile(r"[.!?»”\"']\s*$")


def date_role(text: str, start: int, end: int, *, window: bool) -> DateRole:
    """The clock a date mention sets, from the words around it.

    A speech verb just before the date ("said on Nov. 23"), or a sentence that opens with the
    date and reaches a speech verb within eight words ("On Friday, the ministry said"), gives
    ``said``; publication verbs give ``published``. Windows ("over the past day") always
    report activity, so ``happened``. A date on a line that is not a sentence (a headline,
    a caption, a dateline) is ``unknown``; anything else ``happened``.

    Args:
        text: The whole text.
        start: Start of the date span.
        end: End of the date span (exclusive).
        window: Whether the mention is a window ending at publication.

    Returns:
        ``said``, ``published``, ``happened`` or ``unknown``.
    """
    if window:
        return "happened"
    line_start = text.rfind("\n", 0, start) + 1
    stops = (text.rfind(p, 0, start) for p in (". ", "? ", "! "))
    sentence_start = max([line_start, *(i + 2 for i in stops if i >= 0)])
    before = text[max(sentence_start, start - 60):start]
    if _PUBLISHED_BEFORE.search(before):
        return "published"
    if _SAID_BEFORE.search(before):
        return "said"
    if _LEADING.match(text[sentence_start:start]):
        after = text[end:end + 80]
        if _PUBLISHED_AFTER.match(after):
            return "published"
        if _SAID_AFTER.match(after):
            return "said"
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return "happened" if _SENTENCE_PUNCT.search(line) else "unknown"
