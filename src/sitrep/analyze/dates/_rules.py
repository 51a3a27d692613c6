"""What a date rule is: a pattern, the languages it serves and a resolver of its matches."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sitrep.analyze.dates._calendar import Resolved


@dataclass(frozen=True, slots=True)
class Context:
    """What resolvers may look at: the whole text, its language and the publication day."""

    text: str
    today: date | None
    language: str | None


Resolver = Callable[[re.Match[str], Context], Resolved | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """One date form: ``pattern`` finds it, ``resolve`` turns a match into a value or ``None``.

    The span reported is the pattern's ``d`` group when it has one (so "over" in "over the
    past day" is context, not date), else the whole match. ``languages`` empty means any.
    ``needs`` lists lower-case substrings one of which a text must contain for the rule to
    run at all: a substring test is far cheaper than a regex scan, and most texts lack most
    forms.
    """

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    languages: frozenset[str] = frozenset()
    needs: tuple[str, ...] = ()


def rule(name: str, pattern: str, resolve: Resolver, languages: str = "",
         flags: int = 0, needs: tuple[str, ...] = ()) -> Rule:
    """Build a rule from a pattern string; ``languages`` is a space-separated list."""
    return Rule(name, re.compile(pattern, flags), resolve, frozenset(languages.split()), needs)


# Words that put a date in the future when they share its clause ("will meet on Friday",
# "postponed until Tuesday", "as soon as Tuesday", "буде підписано 5 грудня").
_FUTURE = re.compile(
    r"\b(?:will|'ll|shall|would|planning|scheduled|planned\s+(?:for|to)|plans?\s+to|(?:is|are)\s+due|upcoming|"
    r"set\s+to|expected\s+to|is\s+to|are\s+to|until|payable|effective|"
    r"as\s+(?:soon|early)\s+as|буде|будуть|планує|планують|заплановано|будет|будут|"
    r"планирует|планируют|запланировано)\b",
    re.IGNORECASE)

# Past-tense auxiliaries and verbs ("was", "were hit", "killed"; not the passive of a plan,
# "is expected", "to be published"), and Ukrainian/Russian past forms ("атакував", "была").
_PAST = re.compile(
    r"\b(?:was|were|had|did)\b|(?<!be )(?<!is )(?<!are )(?<!been )"
    r"\b(?!(?:expect|schedul|plann|propos|intend|need)ed\b)\w{2,}ed\b|"
    r"\b(?:був|була|було|були|был|была|было|были)\b|\b\w{3,}(?:ла|ли|ло|лася|лися|лось|лося)\b|"
    r"\b\w{3,}(?:ав|ив|ал|ил|ел)(?:ся)?\b|\b\w{4,}(?:ано|ено|уто|ото)\b",
    re.IGNORECASE)

# Prepositions before a date that point ahead of the verb's time.
_AHEAD = re.compile(r"\b(?:by|to|until|till|before|around|from|record|than|до|по)\s+$",
                    re.IGNORECASE)

# Where a clause begins: a comma, semicolon, colon or dash, a quote, or a sentence end (a
# full stop after a word, not after an initial as in "Daniel P. Davison").
_CLAUSE_START = re.compile(r"[,;:\u2013\u2014\"“”«»]|(?<=\w\w)[.!?]\s|[!?]\s|\n")


def clause_before(text: str, start: int, reach: int = 80) -> str:
    """The words between the start of a date's clause and the date."""
    before = text[max(0, start - reach):start]
    cuts = [m.end() for m in _CLAUSE_START.finditer(before)]
    return before[cuts[-1]:] if cuts else before


def future_cue(m: re.Match[str], ctx: Context) -> bool:
    """True when the clause leading to the match speaks of the future ("will meet Friday")."""
    return bool(_FUTURE.search(clause_before(ctx.text, m.start())))


def tense(m: re.Match[str], ctx: Context) -> bool | None:
    """True for a future clause, False for a past one, None when the clause does not say."""
    if future_cue(m, ctx):
        return True
    return False if past_cue(m, ctx) else None


def past_cue(m: re.Match[str], ctx: Context) -> bool:
    """True when the clause leading to the match is in the past tense ("was hit on Dec. 14").

    Not when a preposition points ahead ("asked to respond by Oct. 31", "extended to Nov. 20"):
    a past verb may set a coming deadline.
    """
    clause = clause_before(ctx.text, m.start())
    return bool(_PAST.search(clause)) and not _AHEAD.search(clause)
