"""Reference checks: statements set against what sitrep knows (gazetteer, calendar)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, timedelta

from sitrep.link.reports import Report
from sitrep.model import Assertion, ReferenceCheck

# A population within this share of the gazetteer's counts as agreeing (censuses age).
POPULATION_TOLERANCE = 0.15
# Dates up to this many days after publication are time-zone and rounding slack.
FUTURE_SLACK_DAYS = 1

NameLookup = Callable[[str], int]
"""How many gazetteer places carry a name; lets a check say "no place of this name"."""


def alias_users(reports: Iterable[Report]) -> dict[str, set[str]]:
    """Which outlets use each place name (casefolded), over every report sitrep holds.

    Args:
        reports: All reports.

    Returns:
        ``{name: {source, ...}}`` for every resolved place mention.
    """
    users: dict[str, set[str]] = defaultdict(set)
    for report in reports:
        for mention in report.analysis.places:
            users[mention.text.casefold()].add(report.document.source)
    return users


def check_report(report: Report, assertions: Sequence[Assertion],
                 users: Mapping[str, set[str]],
                 lookup: NameLookup | None = None) -> list[ReferenceCheck]:
    """Every reference check of one report.

    Args:
        report: The report.
        assertions: Its assertions (populations are checked against the gazetteer).
        users: ``alias_users`` of all reports.
        lookup: Counts gazetteer places of a name; without it unresolved names are still
            flagged, with a shorter reason.

    Returns:
        Checks in text order: populations, unresolved places, asserted aliases, future dates.
    """
    checks = [c for a in assertions if a.kind == "population"
              if (c := check_population(report, a)) is not None]
    checks += check_places(report, users, lookup)
    checks += check_dates(report)
    return sorted(checks, key=lambda c: (c.start, c.check))


def check_population(report: Report, assertion: Assertion) -> ReferenceCheck | None:
    """A population figure against the gazetteer's population of the same place.

    The gazetteer's counts are pre-war (GeoNames); a current count far below it is not a
    contradiction, an unstated one is suspect.

    Args:
        report: The report the figure is in.
        assertion: A ``population`` assertion.

    Returns:
        The check, or ``None`` when the gazetteer has no population for the place.
    """
    known = _place_population(report, assertion.place_id)
    if not known or assertion.value is None:
        return None
    value, name = assertion.value, assertion.place_name
    share = abs(value - known) / known
    said = f"population {_num(value)} ({assertion.period}) of {name}"
    if share <= POPULATION_TOLERANCE:
        status, reason = "consistent", f"{said} agrees with the gazetteer's {known:,}"
    elif assertion.period == "current":
        status, reason = "consistent", (
            f"{said} is {share:.0%} off the gazetteer's {known:,}, a pre-war count: "
            "not comparable, the text speaks of those who remain")
    else:
        where = "below" if value < known else "above"
        status, reason = "inconsistent", (
            f"{said} is {share:.0%} {where} the gazetteer's {known:,} (a pre-war count); "
            "consistent only if it counts those who remain, which the report does not say")
    return ReferenceCheck(report.key, assertion.start, assertion.end, "population",
                          status, reason, assertion_id=assertion.id,
                          place_id=assertion.place_id, value=_num(value))


def check_places(report: Report, users: Mapping[str, set[str]],
                 lookup: NameLookup | None = None) -> list[ReferenceCheck]:
    """Place names no gazetteer resolves, and aliases only this report's outlet uses.

    Args:
        report: The report.
        users: ``alias_users`` of all reports.
        lookup: Counts gazetteer places of a name.

    Returns:
        One check per distinct name (its first mention).
    """
    checks: list[ReferenceCheck] = []
    seen: set[str] = set()
    source = report.document.source
    # An unresolved "place" inside an actor's name ("Syrskyi", "the SBU") is a person or body.
    actors = [(a.start, a.end) for a in report.analysis.actors]
    for mention in report.analysis.places:
        name = mention.text
        if name.casefold() in seen:
            continue
        if mention.place is None:
            if any(s <= mention.start < e for s, e in actors):
                continue
            seen.add(name.casefold())
            known = lookup(name) if lookup else 0
            why = (f"{known} gazetteer places carry the name but none fits here" if known
                   else "no gazetteer place has this name")
            checks.append(ReferenceCheck(
                report.key, mention.start, mention.end, "place", "not_in_gazetteer",
                f"'{name}' is unresolved: {why}; statements about it cannot be located",
                value=name))
        elif mention.alias is not None and mention.alias.used_by == "asserted":
            seen.add(name.casefold())
            others = sorted(users.get(name.casefold(), set()) - {source})
            used = (f"also used by {', '.join(others)}" if others
                    else "used by no other source")
            checks.append(ReferenceCheck(
                report.key, mention.start, mention.end, "alias", "asserted_alias",
                f"'{name}' is asserted by {source} as a name of {mention.place.name} "
                f"({mention.place.place_id}); no gazetteer knows it; {used}",
                place_id=mention.place.place_id, value=name))
    return checks


def check_dates(report: Report) -> list[ReferenceCheck]:
    """Dates that lie after the report was published.

    Args:
        report: The report; undated reports are not checked.

    Returns:
        One check per future date mention.
    """
    published = report.published
    if published is None:
        return []
    limit = published + timedelta(days=FUTURE_SLACK_DAYS)
    checks = []
    for mention in report.analysis.dates:
        first = mention.value.partition("/")[0]
        try:
            day = date.fromisoformat(first if len(first) == 10 else (first + "-01-01")[:10])
        except ValueError:
            continue
        if day > limit:
            checks.append(ReferenceCheck(
                report.key, mention.start, mention.end, "date", "future_date",
                f"'{mention.text}' ({mention.value}) lies after the report's publication "
                f"on {published.isoformat()}", value=mention.value))
    return checks


def place_populations(reports: Iterable[Report]) -> dict[str, int]:
    """Gazetteer population of every resolved place the reports name.

    Args:
        reports: Reports, usually one story's.

    Returns:
        ``{place_id: population}`` for places with a known population.
    """
    return {m.place.place_id: m.place.population for r in reports
            for m in r.analysis.places if m.place is not None and m.place.population}


def _place_population(report: Report, place_id: str | None) -> int:
    for mention in report.analysis.places:
        if mention.place is not None and mention.place.place_id == place_id:
            return mention.place.population
    return 0


def _num(value: float) -> str:
    return f"{int(value):,}" if value == int(value) else f"{value:,}"
