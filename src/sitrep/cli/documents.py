"""The ``documents`` command: list what is stored, filtered, as a table or JSON."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import typer
from rich.table import Table

from sitrep.cli._common import (
    DbOption,
    JsonOption,
    check_choice,
    console,
    errors,
    opened_store,
    to_json,
)
from sitrep.model import DOCUMENT_KINDS, SIDES


def _parse_when(value: str | None, option: str) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        errors.print(f"[red]error:[/red] {option} takes a date like 2025-11-23 or "
                     f"2025-11-23T08:00, not {value!r}")
        raise typer.Exit(2) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def documents_command(
    source: Annotated[str | None, typer.Option(help="Only this outlet or channel.",
                                               show_default=False)] = None,
    side: Annotated[str | None, typer.Option(help=f"Only sources of this side: "
                                             f"{', '.join(SIDES)}.", show_default=False)] = None,
    since: Annotated[str | None, typer.Option(help="Published on or after (ISO date/time, UTC).",
                                              show_default=False)] = None,
    until: Annotated[str | None, typer.Option(help="Published before (ISO date/time, UTC).",
                                              show_default=False)] = None,
    search: Annotated[str | None, typer.Option("--search", "-s",
                                               help="Words in the title or text, any script.",
                                               show_default=False)] = None,
    kind: Annotated[str | None, typer.Option(help=f"Only this kind: {', '.join(DOCUMENT_KINDS)}.",
                                             show_default=False)] = None,
    limit: Annotated[int, typer.Option(help="At most this many (0: all).")] = 50,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """List stored documents, newest first, with the original each copy is linked to.

    Example: sitrep documents --side ru --since 2025-11-01 --search Покровск
    """
    check_choice("--side", side, SIDES)
    check_choice("--kind", kind, DOCUMENT_KINDS)
    with opened_store(db) as store:
        found = store.find_documents(
            source=source, side=side, since=_parse_when(since, "--since"),  # type: ignore[arg-type]
            until=_parse_when(until, "--until"), text=search, kind=kind,  # type: ignore[arg-type]
            limit=limit or None,
        )
    if as_json:
        typer.echo(to_json(found))
        return
    table = Table(show_lines=False, expand=True)
    for name, width in (("id", 4), ("published", 16), ("source", 16), ("side", 7),
                        ("kind", 8), ("lang", 4), ("copy of", 14)):
        table.add_column(name, no_wrap=True, overflow="ellipsis", width=width)
    table.add_column("title", no_wrap=True, overflow="ellipsis", ratio=1, min_width=20)
    for row in found:
        doc = row.document
        title = (doc.title or doc.text[:80]).replace("\n", " ")
        table.add_row(
            str(row.id),
            doc.published.strftime("%Y-%m-%d %H:%M") if doc.published else "",
            doc.source, row.side or "", doc.kind, doc.language or "",
            f"{row.link_kind} {row.original_key[:8]}" if row.original_key else "", title,
        )
    console.print(table)
    console.print(f"{len(found)} documents", highlight=False)
