"""The ``sitrep`` command line: each command parses, opens the store, calls one job, prints."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from sitrep import __version__
from sitrep.cli import gazetteer, sources
from sitrep.cli.analyze import analyze_command, place_command
from sitrep.cli.claims import claims_command
from sitrep.cli.compare import compare_command
from sitrep.cli.documents import documents_command
from sitrep.cli.ingest import ingest_command, run_command
from sitrep.cli.stories import stories_command, story_command
from sitrep.cli.watch import watch_command

app = typer.Typer(
    name="sitrep",
    help="Turn war reporting from both sides into an attributed, graded situation picture.\n\n"
    "Start with `sitrep run` (bundled samples, no network), then add your own sources with "
    "`sitrep sources add`.",
    no_args_is_help=True,
    add_completion=False,
)
app.command("run")(run_command)
app.command("ingest")(ingest_command)
app.command("documents")(documents_command)
app.command("analyze")(analyze_command)
app.command("claims")(claims_command)
app.command("compare")(compare_command)
app.command("place")(place_command)
app.command("stories")(stories_command)
app.command("story")(story_command)
app.command("watch")(watch_command)
app.add_typer(sources.app, name="sources")
app.add_typer(gazetteer.app, name="gazetteer")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sitrep {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Turn war reporting from both sides into an attributed, graded situation picture."""


def main() -> None:
    """Entry point of the ``sitrep`` script; never lets a hub download start."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    app()
