"""What every command shares: the --db option, opening the store, printing problems."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from sitrep.errors import SitrepError
from sitrep.model import Problem
from sitrep.settings import Settings
from sitrep.sources.catalog import default_catalog_path
from sitrep.store import Store, open_store

console = Console()
errors = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="SITREP_DB",
        help="Database URL (default: sitrep.db in your data directory). "
        "Example: sqlite:///reports.db or postgresql+psycopg://user@host/sitrep",
        show_default=False,
    ),
]
SourcesOption = Annotated[
    Path | None,
    typer.Option(
        "--sources",
        envvar="SITREP_SOURCES",
        help="Sources file (YAML) to read and edit (default: sources.yaml in your config "
        "directory).",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def catalog_path(path: Path | None) -> Path:
    """The sources file the user chose, or the default one."""
    return path or default_catalog_path()


def settings() -> Settings:
    """Settings from the environment (``SITREP_MAX_BYTES``, ``SITREP_TIMEOUT`` ...)."""
    return Settings.from_env()


@contextlib.contextmanager
def opened_store(db: str | None) -> Iterator[Store]:
    """Open (and migrate) the store; a failure is a one-line message and exit code 1."""
    with fail_cleanly():
        store = open_store(db)
    try:
        yield store
    finally:
        store.close()


@contextlib.contextmanager
def fail_cleanly() -> Iterator[None]:
    """Turn sitrep's own errors into one line on stderr and exit code 1, not a traceback."""
    try:
        yield
    except SitrepError as exc:
        errors.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(1) from exc


def check_choice(option: str, value: str | None, choices: Sequence[str]) -> None:
    """Exit 2 with the allowed values when an option's value is not one of them."""
    if value is not None and value not in choices:
        errors.print(f"[red]error:[/red] {option} must be one of {', '.join(choices)}")
        raise typer.Exit(2)


def progress_bar() -> Progress:
    """The progress display of long commands, on stderr so stdout stays clean for data."""
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[current]}", style="dim"),
        console=errors,
        transient=True,
    )


def print_problems(problems: Sequence[Problem]) -> None:
    """One line per problem, naming the input and the reason, on stderr."""
    for problem in problems:
        errors.print(f"[yellow]problem:[/yellow] {problem.input}: {problem.reason}",
                     highlight=False, soft_wrap=True)


def json_objects(lines: Iterable[bytes | str]) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """Each non-blank JSON Lines line as ``(line number, object)``, or the reason it is not.

    Bytes are decoded line by line, so one line in a wrong encoding is reported and the
    others are still read.
    """
    for number, line in enumerate(lines, start=1):
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError:
                yield number, "not UTF-8"
                continue
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, f"not JSON ({exc.msg})"
            continue
        yield number, raw if isinstance(raw, dict) else "not a JSON object"


def to_json(value: Any) -> str:
    """JSON of records (dataclasses), with datetimes as ISO 8601."""
    return json.dumps(_plain(value), ensure_ascii=False, indent=2)


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value
