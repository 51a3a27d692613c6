"""Stories: reports of the same happening, grouped by shared places, time and actors."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from sitrep.link.reports import Report, focal_places
from sitrep.model import Story, Voice

# Windows this many days apart still count as overlapping: reports lag the fighting.
TOLERANCE_DAYS = 2
# A story grows by chaining reports; past this span a new one starts (a new phase).
MAX_STORY_DAYS = 21
# "Happened" windows longer than this ("the past year") say nothing about which fight.
MAX_WINDOW_DAYS = 31


def report_window(report: Report) -> tuple[date, date] | None:
    """The days a report speaks of: its publication day and short "happened" windows near it.

    History ("in January 1918") and long spans ("the past year") are left out: they do not
    say which fight a report is about.

    Args:
        report: One report.

    Returns:
        ``(first, last)`` day, or ``None`` for a report with no date at all.
    """
    days: list[date] = []
    published = report.published
    if published is not None:
        days.append(published)
    for mention in report.analysis.dates:
        if mention.role != "happened":
            continue
        span = _parse_window(mention.value)
        if span is None or (span[1] - span[0]).days > MAX_WINDOW_DAYS:
            continue
        if published is None or abs((published - span[1]).days) <= MAX_WINDOW_DAYS:
            days += span
    return (min(days), max(days)) if days else None


def cluster_reports(reports: Sequence[Report]) -> list[list[Report]]:
    """Group reports that share a focal place within overlapping time windows.

    Dated reports are joined first (a sweep per place, so 10,000 reports take seconds);
    an undated report then joins the story it shares most places and actors with, so one
    undated report cannot bridge two fights in the same town years apart.

    Args:
        reports: Reports with their analyses.

    Returns:
        Groups of reports, each in publication order (undated last); every report is in
        exactly one group.
    """
    parent = list(range(len(reports)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    windows = [report_window(r) for r in reports]
    focal = [set(focal_places(r)) for r in reports]
    by_place: dict[str, list[int]] = defaultdict(list)
    for i, places in enumerate(focal):
        if windows[i] is not None:
            for place_id in places:
                by_place[place_id].append(i)
    slack = timedelta(days=TOLERANCE_DAYS)
    for members in by_place.values():
        members.sort(key=lambda i: windows[i])  # type: ignore[arg-type,return-value]
        current = members[0]
        _, opened = windows[current]  # type: ignore[misc]
        reach = opened
        for i in members[1:]:
            start, end = windows[i]  # type: ignore[misc]
            if start <= reach + slack and (start - opened).days <= MAX_STORY_DAYS:
                parent[find(i)] = find(current)
                reach = max(reach, end)
            else:
                current, opened, reach = i, end, end
    _attach_undated(reports, windows, focal, find, parent)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(reports)):
        groups[find(i)].append(i)
    return [sorted((reports[i] for i in part), key=_order)
            for members in groups.values() for part in _split_long(members, windows)]


def _split_long(members: list[int], windows: list[tuple[date, date] | None]) -> list[list[int]]:
    """Cut a group into phases of at most ``MAX_STORY_DAYS``.

    Union across places chains stories transitively (daily digests naming Kyiv and Moscow
    would join two months of news); the cap per place sweep cannot stop that, this does.
    Undated members go with the last phase, the one ``_attach_undated`` prefers.
    """
    # Phases run on each report's last day (about when it was published): a report that
    # looks back "since the beginning of November" still belongs with today's reports.
    dated = sorted((i for i in members if windows[i] is not None),
                   key=lambda i: windows[i][1])  # type: ignore[index]
    undated = [i for i in members if windows[i] is None]
    parts: list[list[int]] = []
    opened: date | None = None
    for i in dated:
        day = windows[i][1]  # type: ignore[index]
        if opened is None or (day - opened).days > MAX_STORY_DAYS:
            parts.append([])
            opened = day
        parts[-1].append(i)
    if not parts:
        return [undated]
    parts[-1].extend(undated)
    return parts


def make_story(members: Sequence[Report], voices: Sequence[Voice] = (),
               contradictions: int = 0) -> Story:
    """Describe a group of reports as a story with a stable id, title, places and window.

    Args:
        members: The reports of one group, as ``cluster_reports`` returns them.
        voices: The group's independent voices (``voices.story_voices``).
        contradictions: How many contradicting relations were found in it.

    Returns:
        The story record.
    """
    ordered = sorted(members, key=_order)
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for report in ordered:
        for place_id, place in focal_places(report).items():
            counts[place_id] += 1
            names[place_id] = place.name
    shared = [p for p, n in counts.most_common() if n >= 2] or [p for p, _ in
                                                              counts.most_common(3)]
    spans = [w for w in (report_window(r) for r in ordered) if w is not None]
    window = (f"{min(s for s, _ in spans).isoformat()}/{max(e for _, e in spans).isoformat()}"
              if spans else None)
    first = ordered[0]
    headline = first.document.title or _first_sentence(first.document.text)
    place_title = ", ".join(names[p] for p in shared[:3]) or "no place"
    return Story(
        id=story_id(first.key), title=f"{place_title}: {headline}",
        document_keys=tuple(r.key for r in ordered), place_ids=tuple(shared),
        place_names=tuple(names[p] for p in shared), window=window, voices=tuple(voices),
        contradictions=contradictions,
    )


def story_id(first_key: str) -> str:
    """A story's id: stable across runs as long as its earliest report stays earliest."""
    return "s" + hashlib.sha256(first_key.encode("ascii")).hexdigest()[:11]


def _attach_undated(reports: Sequence[Report], windows: list[tuple[date, date] | None],
                    focal: list[set[str]], root: Callable[[int], int],
                    parent: list[int]) -> None:
    actors = [{a.actor_id or a.name for a in r.analysis.actors if a.kind != "outlet"}
              for r in reports]
    dated_by_place: dict[str, list[int]] = defaultdict(list)
    for i, places in enumerate(focal):
        if windows[i] is not None:
            for place_id in places:
                dated_by_place[place_id].append(i)
    for i, window in enumerate(windows):
        if window is not None or not focal[i]:
            continue
        scores: Counter[int] = Counter()
        latest: dict[int, date] = {}
        for place_id in focal[i]:
            for j in dated_by_place.get(place_id, ()):
                group = root(j)
                scores[group] += 2 + len(actors[i] & actors[j])
                end = windows[j][1]  # type: ignore[index]
                latest[group] = max(latest.get(group, end), end)
        if scores:
            best = max(scores, key=lambda g: (scores[g], latest[g]))
            parent[root(i)] = best


def _order(report: Report) -> tuple[int, str, str]:
    """Publication order to the minute (originals before relays), undated last."""
    stamp = report.document.published
    if stamp is not None:
        return 0, stamp.isoformat(), report.key
    day = report.published
    return (0, day.isoformat(), report.key) if day else (1, "", report.key)


def _parse_window(value: str) -> tuple[date, date] | None:
    start, _, end = value.partition("/")
    first, last = _day_bounds(start), _day_bounds(end or start)
    if first is None or last is None:
        return None
    return first[0], last[1]


def _day_bounds(value: str) -> tuple[date, date] | None:
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return day, day
        if len(value) == 7:
            first = date.fromisoformat(value + "-01")
            nxt = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
            return first, nxt - timedelta(days=1)
        if len(value) == 4:
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def _first_sentence(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    return line[:100] + ("…" if len(line) > 100 else "")
