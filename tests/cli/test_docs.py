"""Every command teaches: a docstring with an example, and --help that works."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer
from typer.core import TyperGroup
from typer.testing import CliRunner

from sitrep.cli import app

README = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")


def _commands() -> list[tuple[str, typer.core.TyperCommand]]:
    root = typer.main.get_command(app)
    assert isinstance(root, TyperGroup)
    found: list[tuple[str, typer.core.TyperCommand]] = []
    for name, command in root.commands.items():
        if isinstance(command, TyperGroup):
            found += [(f"{name} {sub}", c) for sub, c in command.commands.items()]
        else:
            found.append((name, command))
    return found


@pytest.mark.parametrize(("name", "command"), _commands(), ids=lambda v: str(v))
def test_every_command_has_help_with_an_example(
    name: str, command: typer.core.TyperCommand
) -> None:
    assert command.help and "Example: sitrep" in command.help
    result = CliRunner().invoke(app, [*name.split(), "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output


@pytest.mark.parametrize(("name", "command"), _commands(), ids=lambda v: str(v))
def test_every_command_is_in_the_readme(name: str, command: typer.core.TyperCommand) -> None:
    group = name.split()[0]
    assert re.search(rf"`sitrep {group}\b", README)


def test_readme_opens_with_the_two_commands() -> None:
    blocks = re.findall(r"```sh\n(.+?)\n```", README)
    assert "sitrep run" in blocks[0]
    assert "pytest" in blocks[1]
