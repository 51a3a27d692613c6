"""The ``gazetteer`` command group: build the offline place index ahead of first use."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sitrep.cli._common import JsonOption, console, errors, progress_bar, to_json
from sitrep.knowledge.gazetteer import build_gazetteer, default_gazetteer_path

app = typer.Typer(help="Build the offline gazetteer (places, regions, aliases) once, ahead of "
                  "first use.", no_args_is_help=True)


@app.command("build")
def build(
    path: Annotated[Path | None, typer.Option(help="Where to write it (default: the cache "
                                              "directory, or SITREP_GAZETTEER).",
                                              show_default=False)] = None,
    as_json: JsonOption = False,
) -> None:
    """Build (or rebuild) the gazetteer from the data shipped with sitrep, no network.

    `sitrep run` builds it on first use anyway; run this at install time on a machine
    that will go offline, or after editing the shipped alias data.

    Example: sitrep gazetteer build
    """
    target = path or default_gazetteer_path()
    with progress_bar() as progress:
        task = progress.add_task("gazetteer", total=None, current="")
        report = build_gazetteer(target, on_progress=lambda message: progress.update(
            task, current=message))
    if as_json:
        typer.echo(to_json(report))
        return
    console.print(f"{report.places:,} places, {report.distinct_names:,} names in {target} "
                  f"({report.seconds:.0f} s)", highlight=False)
    for problem in report.problems:
        errors.print(f"[yellow]problem:[/yellow] {problem}", highlight=False)
