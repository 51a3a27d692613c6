"""The ``analyze`` and ``place`` commands: run the analysis on texts, explain a place lookup."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Annotated

import typer
from rich.table import Table

from sitrep.analyze.pipeline import Analyzer
from sitrep.analyze.places import PlaceExtractor
from sitrep.cli._common import (
    DbOption,
    JsonOption,
    console,
    errors,
    fail_cleanly,
    json_objects,
    opened_store,
    print_problems,
    progress_bar,
    to_json,
)
from sitrep.jobs.analyze import analyze_documents
from sitrep.knowledge.gazetteer import Gazetteer
from sitrep.model import TextInput
from sitrep.report.contract import analysis_to_contract, contract_input


def analyze_command(
    jsonl: Annotated[
        Path | None,
        typer.Option("--jsonl", help="Analyse this JSON Lines file instead of the store: one "
                     "{id, text, title?, published?, source?, language?} per line ('-' reads "
                     "standard input); one JSON line per input goes to standard output.",
                     allow_dash=True, show_default=False),
    ] = None,
    redo: Annotated[bool, typer.Option("--all", help="Re-analyse every stored document, not "
                                       "only new ones and those analysed by older stages.")
                    ] = False,
    db: DbOption = None,
) -> None:
    """Analyse stored reports (places, dates, actors, claims, figures, events), or a file.

    Without --jsonl, analyses what is stored and not yet analysed by this version's stages
    (so after an upgrade this one command re-analyses what is stale). With --jsonl, writes
    the eval contract's shape; unreadable lines are reported and the exit code is 1.

    Example: sitrep analyze --jsonl reports.jsonl > analysed.jsonl
    """
    if jsonl is None:
        _analyze_store(db, redo=redo)
        return
    with fail_cleanly():
        gazetteer = Gazetteer.open()
        analyzer = Analyzer.load(gazetteer)
    failed = False
    bad_lines: list[int] = []
    stream = sys.stdin.buffer if str(jsonl) == "-" else jsonl.open("rb")
    with stream:
        for analysis in analyzer.analyze_many(_usable_inputs(stream, jsonl, bad_lines)):
            line = analysis_to_contract(analysis)
            sys.stdout.write(json.dumps(line, ensure_ascii=False))
            sys.stdout.write("\n")
            if analysis.problems:
                failed = True
    gazetteer.close()
    if failed or bad_lines:
        raise typer.Exit(1)


def place_command(
    name: Annotated[str, typer.Argument(help="A place name in any script, e.g. Krasnoarmeysk.")],
    country: Annotated[str | None, typer.Option(help="Country of the source (ISO code), used "
                                                "to break ties.", show_default=False)] = None,
    as_json: JsonOption = False,
) -> None:
    """Explain how a place name is looked up: candidates, scores and aliases.

    Example: sitrep place Красноармейск
    """
    with fail_cleanly():
        gazetteer = Gazetteer.open()
        extractor = PlaceExtractor.load(gazetteer, english=False)
        scored = extractor.explain(name, source_country=country)
    if as_json:
        typer.echo(to_json(scored))
        gazetteer.close()
        return
    if not scored:
        console.print(f"{name!r}: no gazetteer entry has this name", highlight=False)
        gazetteer.close()
        raise typer.Exit(1)
    table = Table("score", "place", "id", "feature", "region", "country", "population",
                  "lat, lon", "name used as")
    for candidate in scored:
        place, alias = candidate.place, candidate.alias
        used = f"{alias.used_by}" + (f" until {alias.valid_until}" if alias and
                                     alias.valid_until else "") if alias else "main name"
        table.add_row(f"{candidate.score:.2f}", place.name, place.place_id, place.feature,
                      place.admin1 or "", place.country or "", f"{place.population:,}",
                      f"{place.lat:.4f}, {place.lon:.4f}", used)
    console.print(table)
    best = scored[0].place
    aliases = gazetteer.aliases(best.place_id)
    if aliases:
        console.print("aliases of " + best.name + ": " + ", ".join(
            f"{a.name} ({a.used_by}{', until ' + a.valid_until if a.valid_until else ''})"
            for a in aliases), highlight=False)
    gazetteer.close()


def _analyze_store(db: str | None, *, redo: bool) -> None:
    with opened_store(db) as store, fail_cleanly():
        gazetteer = Gazetteer.open()
        analyzer = Analyzer.load(gazetteer)
        documents = [row.document for row in store.find_documents()] if redo else None
        with progress_bar() as progress:
            task = progress.add_task("analyse", total=None, current="")
            report = analyze_documents(
                store, analyzer, documents=documents,
                on_progress=lambda done, total: progress.update(task, completed=done,
                                                                total=total))
        gazetteer.close()
    print_problems(report.problems)
    console.print(f"analysed {report.analyzed} documents; {len(report.problems)} problems",
                  highlight=False)
    if report.problems:
        raise typer.Exit(1)


def _usable_inputs(stream: IO[bytes], name: Path, bad_lines: list[int]) -> Iterator[TextInput]:
    """The readable input lines, lazily, so the analysis can batch them; each unusable line
    is reported as it is read and its number added to ``bad_lines``."""
    for number, item in _read_inputs(stream):
        if isinstance(item, str):
            errors.print(f"[yellow]problem:[/yellow] {name}, line {number}: {item}",
                         highlight=False, soft_wrap=True)
            bad_lines.append(number)
            continue
        yield item


def _read_inputs(stream: IO[bytes]) -> Iterator[tuple[int, TextInput | str]]:
    """Input lines as ``TextInput``, or the reason a line is unusable."""
    for number, raw in json_objects(stream):
        yield number, raw if isinstance(raw, str) else contract_input(raw)

