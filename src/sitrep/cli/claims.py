"""The ``claims`` command: who says what, filtered, as a table or JSON."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from sitrep.cli._common import (
    DbOption,
    JsonOption,
    check_choice,
    console,
    opened_store,
    to_json,
)
from sitrep.model import SIDES

STANCES = ("asserted", "reported", "claimed", "denied", "suggested")


def claims_command(
    claimant: Annotated[str | None, typer.Option(help="Words of the claimant's name, any case.",
                                                 show_default=False)] = None,
    side: Annotated[str | None, typer.Option(help=f"The claimant's side: {', '.join(SIDES)}.",
                                             show_default=False)] = None,
    stance: Annotated[str | None, typer.Option(help=f"One of: {', '.join(STANCES)}.",
                                               show_default=False)] = None,
    source: Annotated[str | None, typer.Option(help="Only claims in reports of this outlet.",
                                               show_default=False)] = None,
    limit: Annotated[int, typer.Option(help="At most this many (0: all).")] = 50,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """List attributed claims found in stored reports, newest report first.

    Run `sitrep run` (or `sitrep analyze`) first: claims come from the analysis stage.

    Example: sitrep claims --side ru --stance claimed
    """
    check_choice("--side", side, SIDES)
    check_choice("--stance", stance, STANCES)
    with opened_store(db) as store:
        found = store.find_claims(claimant=claimant, side=side, stance=stance,  # type: ignore[arg-type]
                                  source=source, limit=limit or None)
    if as_json:
        typer.echo(to_json(found))
        return
    table = Table(expand=True)
    for name, width in (("published", 10), ("outlet", 16), ("claimant", 22), ("side", 4),
                        ("stance", 9)):
        table.add_column(name, no_wrap=True, overflow="ellipsis", width=width)
    table.add_column("what", ratio=1, min_width=30)
    for row in found:
        claim = row.claim
        table.add_row(row.published.strftime("%Y-%m-%d") if row.published else "",
                      row.source, (claim.claimant or "?") + (" (anon.)" if claim.anonymous
                                                             else ""),
                      claim.claimant_side or "", claim.stance, claim.text)
    console.print(table)
    console.print(f"{len(found)} claims", highlight=False)
