"""The ``watch`` command: poll the configured feeds until stopped."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from dataclasses import replace
from types import FrameType
from typing import Annotated

import typer

from sitrep.analyze.pipeline import Analyzer
from sitrep.cli._common import (
    DbOption,
    SourcesOption,
    catalog_path,
    console,
    errors,
    fail_cleanly,
    opened_store,
    print_problems,
    settings,
)
from sitrep.jobs.analyze import analyze_documents
from sitrep.jobs.evidence import build_evidence
from sitrep.jobs.watch import PollOutcome, watch, watched_sources
from sitrep.knowledge.gazetteer import Gazetteer
from sitrep.sources.catalog import load_catalog
from sitrep.sources.fetch import make_client
from sitrep.store import Store


def _analysis_step(store: Store) -> Callable[[], None]:
    """Load the analysis once; each call analyses what is new and rebuilds the evidence."""
    with fail_cleanly():
        gazetteer = Gazetteer.open()
        analyzer = Analyzer.load(gazetteer)

    def step() -> None:
        report = analyze_documents(store, analyzer)
        if report.analyzed:
            evidence = build_evidence(store)
            console.print(f"analysed {report.analyzed} new reports; {evidence.summary()}",
                          highlight=False)
        print_problems(report.problems)

    return step


_STYLE = {"new": "green", "unchanged": "dim", "not_modified": "dim", "failed": "red"}


def watch_command(
    interval: Annotated[float | None, typer.Option(help="Seconds between polls of one feed "
                                                   "(default 900).", show_default=False)] = None,
    rounds: Annotated[int | None, typer.Option(help="Stop after this many rounds (default: "
                                               "run until stopped).", show_default=False)] = None,
    analyze: Annotated[bool, typer.Option("--analyze/--no-analyze", help="After each round, "
                                          "analyse new reports and rebuild the evidence.")
                       ] = True,
    sources: SourcesOption = None,
    db: DbOption = None,
) -> None:
    """Poll the configured URL sources on a schedule until stopped (Ctrl-C is safe).

    Conditional GET (ETag / Last-Modified) skips unchanged feeds; a failing source backs
    off (2x, 4x, 8x the interval, at most 6 hours) without holding up the others. One log
    line per poll. Every poll is committed on its own, so stopping loses nothing. After
    each round, new reports are analysed and the evidence rebuilt (--no-analyze skips it).

    Example: sitrep watch --interval 600
    """
    conf = settings()
    if interval is not None:
        conf = replace(conf, poll_interval=interval)
    path = catalog_path(sources)
    with fail_cleanly():
        specs = load_catalog(path)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        errors.print("stopping after the current poll ...")
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    with opened_store(db) as store, make_client(conf) as client:
        watched = watched_sources(specs, settings=conf, client=client)
        if not watched:
            errors.print(f"[red]error:[/red] no URL sources to watch in {path}; add one with: "
                         "sitrep sources add NAME URL --kind feed")
            raise typer.Exit(1)
        errors.print(f"watching {len(watched)} sources every {conf.poll_interval:.0f} s "
                     f"into {store.url}; Ctrl-C stops", highlight=False)

        def log(outcome: PollOutcome) -> None:
            style = _STYLE[outcome.status]
            console.print(
                f"{outcome.next_poll:%Y-%m-%d %H:%M:%S} [{style}]{outcome.status:12}[/{style}] "
                f"{outcome.source}: {outcome.message}; next poll "
                f"{outcome.next_poll:%H:%M:%S}Z", highlight=False, soft_wrap=True,
            )

        after_round = _analysis_step(store) if analyze else None
        polls = watch(watched, store, settings=conf, client=client, stop=stop, on_poll=log,
                      rounds=rounds, after_round=after_round)
    console.print(f"{polls} polls done", highlight=False)
