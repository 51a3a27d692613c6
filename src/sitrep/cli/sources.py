"""The ``sources`` command group: the outlets and channels you follow, in a YAML file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from sitrep.cli._common import (
    JsonOption,
    SourcesOption,
    catalog_path,
    console,
    errors,
    fail_cleanly,
    settings,
    to_json,
)
from sitrep.model import RELIABILITIES, SIDES, SOURCE_KINDS, SourceSpec
from sitrep.sources import catalog
from sitrep.sources.fetch import make_client
from sitrep.sources.inputs import Input, is_url, read_input

app = typer.Typer(help="Manage the sources file: outlets and channels with side and "
                  "reliability.", no_args_is_help=True)


@app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Outlet or channel name, e.g. 'Kyiv Independent'.")],
    url: Annotated[str, typer.Argument(help="Feed/page URL, t.me/s/ URL, or a local path.")],
    kind: Annotated[str, typer.Option(help=f"One of: {', '.join(SOURCE_KINDS)}.")] = "feed",
    language: Annotated[str | None, typer.Option(help="ISO 639-1 code, e.g. uk.",
                                                 show_default=False)] = None,
    country: Annotated[str | None, typer.Option(help="ISO 3166 code, e.g. UA.",
                                                show_default=False)] = None,
    side: Annotated[str, typer.Option(help=f"Side it speaks for: {', '.join(SIDES)}.")] = "unknown",
    reliability: Annotated[str, typer.Option(help="Admiralty grade A (reliable) to F "
                                             "(cannot be judged).")] = "F",
    sources: SourcesOption = None,
) -> None:
    """Add a source, or replace the one of the same name.

    Example: sitrep sources add "Kyiv Independent"
    https://kyivindependent.com/news-archive/rss/ --side ua --reliability B --language en
    """
    path = catalog_path(sources)
    if not is_url(url):
        url = str(Path(url).expanduser().resolve())
    spec = SourceSpec(name=name, kind=kind, url=url, language=language,  # type: ignore[arg-type]
                      country=country, side=side, reliability=reliability.upper())  # type: ignore[arg-type]
    with fail_cleanly():
        specs = catalog.add_source(catalog.load_catalog(path), spec)
        catalog.save_catalog(path, specs)
    console.print(f"{name}: saved in {path} ({len(specs)} sources)", highlight=False)


@app.command("list")
def list_(sources: SourcesOption = None, as_json: JsonOption = False) -> None:
    """List the configured sources.

    Example: sitrep sources list --json
    """
    path = catalog_path(sources)
    with fail_cleanly():
        specs = catalog.load_catalog(path)
    if as_json:
        typer.echo(to_json(specs))
        return
    table = Table("name", "kind", "side", "rel.", "lang", "country", "url")
    for s in specs:
        table.add_row(s.name, s.kind, s.side, s.reliability, s.language or "", s.country or "",
                      s.url)
    console.print(table)
    console.print(f"{len(specs)} sources in {path}", highlight=False)


@app.command("remove")
def remove(
    name: Annotated[str, typer.Argument(help="Name of the source to remove.")],
    sources: SourcesOption = None,
) -> None:
    """Remove a source from the sources file; its stored documents stay.

    Example: sitrep sources remove "Kyiv Independent"
    """
    path = catalog_path(sources)
    with fail_cleanly():
        specs = catalog.remove_source(catalog.load_catalog(path), name)
        catalog.save_catalog(path, specs)
    console.print(f"{name}: removed ({len(specs)} sources left)", highlight=False)


@app.command("import")
def import_(
    opml: Annotated[str, typer.Argument(help="OPML file or URL listing feeds.")],
    side: Annotated[str, typer.Option(help=f"Side for every feed: {', '.join(SIDES)}.")
                    ] = "unknown",
    reliability: Annotated[str, typer.Option(help=f"Grade for every feed: "
                                             f"{', '.join(RELIABILITIES)}.")] = "F",
    sources: SourcesOption = None,
) -> None:
    """Add every feed an OPML list names (malformed lists are read leniently).

    Example: sitrep sources import feeds.opml --side ua
    """
    path = catalog_path(sources)
    conf = settings()
    with make_client(conf) as client:
        results = list(read_input(Input(opml, "opml"), settings=conf, client=client))
    feeds = [f for r in results for f in r.feeds]
    for problem in (p for r in results for p in r.problems):
        errors.print(f"[yellow]problem:[/yellow] {problem.input}: {problem.reason}",
                     highlight=False)
    with fail_cleanly():
        specs = catalog.load_catalog(path)
        for feed in feeds:
            specs = catalog.add_source(specs, SourceSpec(
                name=feed.name, kind="feed", url=feed.url, side=side,  # type: ignore[arg-type]
                reliability=reliability.upper()))  # type: ignore[arg-type]
        catalog.save_catalog(path, specs)
    console.print(f"imported {len(feeds)} feeds into {path}", highlight=False)
    if not feeds:
        raise typer.Exit(1)
