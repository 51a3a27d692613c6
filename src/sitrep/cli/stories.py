"""The ``stories`` and ``story`` commands: stories across reports, and one side by side."""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from sitrep.cli._common import DbOption, JsonOption, console, errors, opened_store, to_json
from sitrep.model import Assertion, Grade, Side, Story, StoryClaim, StoryEvidence

COLUMNS = ("ua", "ru", "others")
"""The story page's columns: each belligerent's voices, then everyone else."""


def stories_command(
    limit: Annotated[int, typer.Option(help="At most this many (0: all).")] = 30,
    min_reports: Annotated[int, typer.Option(help="Only stories of at least this many "
                                             "reports.")] = 1,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """List stories: reports of the same happening grouped across outlets and sides.

    Stories heard from most sides come first, then those with most independent voices.
    Run `sitrep run` first: stories come from its evidence stage. Open one with
    `sitrep story ID`.

    Example: sitrep stories --min-reports 2
    """
    with opened_store(db) as store:
        found = [s for s in store.stories() if len(s.document_keys) >= min_reports]
    found = found[:limit] if limit else found
    if as_json:
        typer.echo(to_json([_story_summary(s) for s in found]))
        return
    table = Table(expand=True)
    for name, width in (("id", 12), ("window", 21), ("places", 14), ("docs", 4),
                        ("ua/ru/oth", 9), ("contra", 6)):
        table.add_column(name, overflow="fold", width=width)
    table.add_column("title", ratio=1, min_width=16)
    for story in found:
        voices = _voice_counts(story)
        table.add_row(story.id, story.window or "undated", escape(", ".join(story.place_names)),
                      str(len(story.document_keys)),
                      f"{voices['ua']}/{voices['ru']}/{voices['others']}",
                      str(story.contradictions), escape(story.title))
    console.print(table)
    console.print(f"{len(found)} stories", highlight=False)


def story_command(
    story_id: Annotated[str, typer.Argument(help="A story id from `sitrep stories`.")],
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Show one story: each side's statements and claims side by side, graded, with reasons.

    Statements are the typed slots compared across reports (who holds or advances where,
    figures, populations, happenings); relations say which agree and which collide;
    reference checks set them against the gazetteer and the calendar.

    Example: sitrep story s12474cd555a --json
    """
    with opened_store(db) as store:
        found = store.story(story_id)
    if found is None:
        errors.print(f"[red]error:[/red] no story {story_id!r}; list them with: sitrep stories")
        raise typer.Exit(1)
    page = story_page(found)
    if as_json:
        typer.echo(to_json(page))
        return
    _print_page(found, page)


def story_page(found: StoryEvidence) -> dict[str, Any]:
    """A story as plain data: per column its graded statements and claims, then relations.

    Args:
        found: The story with its evidence, from ``Store.story``.

    Returns:
        ``{"story", "sides": {ua|ru|others: {"statements", "claims"}}, "relations",
        "checks"}``, JSON-ready.
    """
    grades = {g.ref: g for g in found.grades}
    sides: dict[str, dict[str, list[dict[str, Any]]]] = {
        c: {"statements": [], "claims": []} for c in COLUMNS}
    for item in found.assertions:
        entry = {"id": item.id, "kind": item.kind, "slot": item.slot, "label": item.label,
                 "claimant": item.claimant, "claimant_side": item.claimant_side,
                 "anonymous": item.anonymous, "stance": item.stance, "source": item.source,
                 "voice": item.voice, "text": item.text, "period": item.period,
                 "value": item.value, "place": item.place_name,
                 "grade": _grade(grades.get(item.id))}
        sides[_column_of_assertion(item)]["statements"].append(entry)
    for row in found.claims:
        claim = row.claim
        ref = f"claim:{row.document_key}:{claim.start}:{claim.end}"
        entry = {"document_key": row.document_key, "source": row.source,
                 "claimant": claim.claimant, "claimant_side": claim.claimant_side,
                 "anonymous": claim.anonymous, "stance": claim.stance, "cue": claim.cue,
                 "chain": list(claim.chain), "text": claim.text,
                 "grade": _grade(grades.get(ref))}
        sides[_column_of_claim(row)]["claims"].append(entry)
    return {"story": _story_summary(found.story), "sides": sides,
            "relations": list(found.relations), "checks": list(found.checks)}


def _story_summary(story: Story) -> dict[str, Any]:
    return {"id": story.id, "title": story.title, "window": story.window,
            "places": list(story.place_names), "place_ids": list(story.place_ids),
            "documents": len(story.document_keys), "document_keys": list(story.document_keys),
            "voices": _voice_counts(story), "voice_names": [
                {"name": v.name, "side": v.side} for v in story.voices],
            "contradictions": story.contradictions}


def _voice_counts(story: Story) -> dict[str, int]:
    counts = Counter(_column(v.side) for v in story.voices)
    return {c: counts.get(c, 0) for c in COLUMNS}


def _column(side: Side | None) -> str:
    return side if side in ("ua", "ru") else "others"


def _column_of_assertion(item: Assertion) -> str:
    if item.claimant_side in ("ua", "ru", "neutral"):
        return _column(item.claimant_side)
    return _column(item.source_side) if item.claimant == item.source else "others"


def _column_of_claim(row: StoryClaim) -> str:
    side = row.claim.claimant_side
    return _column(side) if side in ("ua", "ru", "neutral") else "others"


def _grade(grade: Grade | None) -> dict[str, Any] | None:
    if grade is None:
        return None
    return {"code": grade.code, "reliability": grade.reliability,
            "credibility": grade.credibility, "self_interest": grade.self_interest,
            "reason": grade.reason}


def _print_page(found: StoryEvidence, page: dict[str, Any]) -> None:
    story = found.story
    console.print(f"[bold]{escape(story.title)}[/bold]", highlight=False)
    voices = ", ".join(f"{v.name} ({v.side})" for v in story.voices)
    console.print(f"{story.id} · {story.window or 'undated'} · {len(story.document_keys)} "
                  f"reports · places: {escape(', '.join(story.place_names))}", highlight=False)
    console.print(f"independent voices: {escape(voices)}", highlight=False)
    for part, title in (("statements", "Statements"), ("claims", "Claims")):
        table = Table(title=title, expand=True, show_lines=True)
        for column in COLUMNS:
            table.add_column(column, ratio=1)
        cells = {c: _collapse(page["sides"][c][part], part) for c in COLUMNS}
        for i in range(max(len(v) for v in cells.values())):
            table.add_row(*(_cell(cells[c][i], part) if i < len(cells[c]) else ""
                            for c in COLUMNS))
        console.print(table)
    console.print("[bold]Relations[/bold]")
    for rel in found.relations:
        console.print(f"- {rel.relation}: {escape(rel.reason)}", highlight=False, soft_wrap=True)
    if not found.relations:
        console.print("- none: no two voices speak to the same slot")
    console.print("[bold]Reference checks[/bold]")
    for check in found.checks:
        console.print(f"- {check.status}: {escape(check.reason)}", highlight=False, soft_wrap=True)
    if not found.checks:
        console.print("- none")


def _collapse(entries: list[dict[str, Any]], part: str) -> list[dict[str, Any]]:
    """One cell per statement, however many reports relay it; the relays are named."""
    shown: dict[tuple[Any, ...], dict[str, Any]] = {}
    for entry in entries:
        key = (entry["claimant"], entry["label"] if part == "statements" else entry["text"])
        if key in shown:
            shown[key]["relays"].add(entry["source"])
        else:
            shown[key] = {**entry, "relays": set()}
    for entry in shown.values():
        entry["relays"].discard(entry["source"])
    return list(shown.values())


def _cell(entry: dict[str, Any], part: str) -> str:
    grade = entry["grade"]
    code = f"[{grade['code']}{', self-interested' if grade['self_interest'] else ''}]" \
        if grade else "[ungraded]"
    who = entry["claimant"] or entry.get("source") or "?"
    anon = " (unnamed)" if entry["anonymous"] else ""
    head = entry["label"] if part == "statements" else entry["text"][:160]
    reason = grade["reason"] if grade else ""
    relays = entry.get("relays")
    if relays:
        reason += f" (also relayed by {', '.join(sorted(relays))})"
    return escape(f"{who}{anon}, {entry['stance']} {code}\n{head}\n") + \
        f"[dim]{escape(reason)}[/dim]"
