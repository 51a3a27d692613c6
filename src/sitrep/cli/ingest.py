"""The ``ingest`` and ``run`` commands: read reports into the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sitrep.analyze.pipeline import Analyzer
from sitrep.cli._common import (
    DbOption,
    SourcesOption,
    catalog_path,
    check_choice,
    console,
    errors,
    fail_cleanly,
    opened_store,
    print_problems,
    progress_bar,
    settings,
)
from sitrep.jobs.ingest import IngestReport, ingest
from sitrep.jobs.linking import link_new_documents
from sitrep.jobs.run import run
from sitrep.knowledge.gazetteer import Gazetteer
from sitrep.model import SOURCE_KINDS, SourceKind
from sitrep.sources.catalog import bundled_catalog_path, load_catalog
from sitrep.sources.fetch import make_client
from sitrep.sources.inputs import Input

KindOption = Annotated[
    str | None,
    typer.Option(
        "--kind",
        help=f"Read every input as this kind instead of detecting it: {', '.join(SOURCE_KINDS)}.",
        show_default=False,
    ),
]


def ingest_command(
    targets: Annotated[
        list[str], typer.Argument(help="Files, folders, feed or page URLs, OPML lists.")
    ],
    kind: KindOption = None,
    source: Annotated[
        str | None,
        typer.Option(help="Outlet or channel name to record (default: what the input says).",
                     show_default=False),
    ] = None,
    db: DbOption = None,
) -> None:
    """Ingest files, folders, feeds and pages; each report is stored once.

    The kind of each input is detected (feed, OPML, Telegram export, web page, text);
    --kind overrides it. Bad inputs are reported one line each and the rest goes on;
    the exit code is 1 when anything failed.

    Example: sitrep ingest reports/ https://kyivindependent.com/news-archive/rss/
    """
    check_choice("--kind", kind, SOURCE_KINDS)
    chosen: SourceKind | None = kind  # type: ignore[assignment]
    items = [Input(target, chosen, source) for target in targets]
    conf = settings()
    with opened_store(db) as store, make_client(conf) as client, progress_bar() as progress:
        task = progress.add_task("ingest", total=len(items), current="")
        seen: set[str] = set()

        def advance(item: Input) -> None:
            if item.target in seen:
                return
            seen.add(item.target)
            if len(seen) > 1:
                progress.advance(task)
            progress.update(task, current=item.target)

        with fail_cleanly():
            report = ingest(items, store, settings=conf, client=client, on_input=advance)
            progress.update(task, completed=len(items))
            linked = link_new_documents(store, threshold=conf.near_duplicate_threshold)
    _summarise(report, linked.links_added)
    if report.failed:
        raise typer.Exit(1)


def run_command(
    sources: SourcesOption = None,
    samples: Annotated[
        bool,
        typer.Option("--samples", help="Run on the bundled sample reports, whatever is "
                     "configured."),
    ] = False,
    db: DbOption = None,
) -> None:
    """Run the main job: ingest every source, link copies, analyse, group into stories, grade.

    The analysis finds places, dates, actors, claims, figures and events (see `sitrep
    claims`); the first run builds the gazetteer (about half a minute). With no sources
    file (a fresh install) it runs on the bundled sample reports: two reports of the battle
    for Pokrovsk from each side, real RSS feeds and Telegram exports.

    Example: sitrep run
    """
    path = catalog_path(sources)
    with fail_cleanly():
        specs = load_catalog(path)
    if samples or not specs:
        if not samples:
            errors.print(f"No sources configured in {path}; running on the bundled samples "
                         "(add yours with: sitrep sources add NAME URL --kind feed).")
        specs = load_catalog(bundled_catalog_path())
    conf = settings()
    with fail_cleanly():
        gazetteer = Gazetteer.open()
        analyzer = Analyzer.load(gazetteer)
    with opened_store(db) as store, make_client(conf) as client, progress_bar() as progress:
        task = progress.add_task("start", total=None, current="")

        def stage(name: str, total: int) -> None:
            progress.update(task, description=name, total=total or None, completed=0)

        def step(item: Input) -> None:
            progress.update(task, current=Path(item.target).name or item.target)
            progress.advance(task)

        def count(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        with fail_cleanly():
            report = run(specs, store, settings=conf, client=client, analyzer=analyzer,
                         on_stage=stage, on_input=step, on_progress=count)
    gazetteer.close()
    _summarise(report.ingest, report.link.links_added)
    print_problems(report.analyze.problems)
    console.print(f"analysed {report.analyze.analyzed} documents", highlight=False)
    console.print(f"{report.evidence.summary()} (see `sitrep stories`)", highlight=False)
    console.print(f"{report.documents} documents in {store.url}", highlight=False)
    if report.ingest.failed or report.analyze.problems:
        raise typer.Exit(1)


def _summarise(report: IngestReport, links: int) -> None:
    print_problems(report.problems)
    console.print(
        f"read {report.read} reports: {report.added} new, {report.unchanged} already stored; "
        f"{links} new duplicate links; {len(report.problems)} problems",
        highlight=False,
    )
