"""The ``compare`` command: does each text agree with, deny, discuss or ignore its claim."""

from __future__ import annotations

import json
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from sitrep.analyze.stance import compare_stream, idf_for_texts
from sitrep.cli._common import errors, json_objects, progress_bar

Pair = tuple[str, str, str]
"""``(id, claim, text)`` of one input line."""


def compare_command(
    jsonl: Annotated[
        Path,
        typer.Option("--jsonl", help="JSON Lines file of {id, claim, text} ('-' reads standard "
                     "input); one {id, relation} line per input goes to standard output.",
                     allow_dash=True, show_default=False),
    ],
) -> None:
    """Tell whether each text agrees with, disagrees with, discusses or ignores its claim.

    Relations are agree, disagree (the text calls the claim false), discuss (it reports
    the claim without vouching for it) and unrelated. Word weights come from all texts of
    the file, so the file is read twice (standard input is held in memory). Unreadable
    lines are reported on stderr, the others answered, and the exit code is 1.

    Example: sitrep compare --jsonl pairs.jsonl > relations.jsonl
    """
    lines = _line_source(jsonl)
    pair_count = 0

    def texts() -> Iterator[str]:
        nonlocal pair_count
        for _number, item in _read_pairs(lines()):
            if not isinstance(item, str):
                pair_count += 1
                yield item[2]

    idf = idf_for_texts(texts())
    failed = False
    good: deque[str] = deque()

    def pairs() -> Iterator[tuple[str, str]]:
        nonlocal failed
        for number, item in _read_pairs(lines()):
            if isinstance(item, str):
                errors.print(f"[yellow]problem:[/yellow] {jsonl}, line {number}: {item}",
                             highlight=False, soft_wrap=True)
                failed = True
                continue
            good.append(item[0])
            yield item[1], item[2]

    with progress_bar() as progress:
        task = progress.add_task("compare", total=pair_count, current="")
        for done, result in enumerate(compare_stream(pairs(), idf), start=1):
            line = {"id": good.popleft(), "relation": result.relation}
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
            if done % 500 == 0:
                progress.update(task, completed=done)
    if failed:
        raise typer.Exit(1)


def _line_source(path: Path) -> Callable[[], Iterable[bytes]]:
    """A way to read the input's lines again: reopen a file; standard input is kept."""
    if str(path) == "-":
        kept = sys.stdin.buffer.readlines()
        return lambda: kept
    if not path.is_file():
        raise typer.BadParameter(f"file {str(path)!r} does not exist.", param_hint="'--jsonl'")

    def reopen() -> Iterator[bytes]:
        with path.open("rb") as stream:
            yield from stream

    return reopen


def _read_pairs(lines: Iterable[bytes]) -> Iterator[tuple[int, Pair | str]]:
    """Input lines as ``(id, claim, text)``, or the reason a line is unusable."""
    for number, raw in json_objects(lines):
        yield number, raw if isinstance(raw, str) else _pair(raw)


def _pair(raw: dict[str, Any]) -> Pair | str:
    fields = raw.get("id"), raw.get("claim"), raw.get("text")
    if not all(isinstance(value, str) for value in fields):
        return "needs a string 'id', 'claim' and 'text'"
    return fields[0], fields[1], fields[2]
