"""``sitrep compare --jsonl``: one relation per good line, bad lines reported, exit code 1."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sitrep.analyze.stance import compare_many
from sitrep.cli import app

from support import FIXTURES

runner = CliRunner()
CLAIM = "Ukrainian forces are clearing out central Pokrovsk"
DENIAL = ("Claims that Ukrainian forces are clearing out central Pokrovsk are fake, the Russian "
          "Defence Ministry said.")


def _pairs() -> list[dict[str, str]]:
    ki = (FIXTURES / "text/report-kyiv-independent-pokrovsk.txt").read_text(encoding="utf-8")
    dpr = (FIXTURES / "text/report-dpr-krasnogorod.txt").read_text(encoding="utf-8")
    return [{"id": "ki", "claim": CLAIM, "text": ki},
            {"id": "denial", "claim": CLAIM, "text": DENIAL},
            {"id": "dpr", "claim": CLAIM, "text": dpr},
            {"id": "elsewhere", "claim": "Romania denies downing Russian drones",
             "text": ki}]


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_compare_answers_every_line_as_the_library_does(tmp_path: Path) -> None:
    pairs = _pairs()
    source = _write(tmp_path / "pairs.jsonl", [json.dumps(p) for p in pairs])
    result = runner.invoke(app, ["compare", "--jsonl", str(source)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    expected = compare_many([(p["claim"], p["text"]) for p in pairs])
    assert lines == [{"id": p["id"], "relation": r.relation}
                     for p, r in zip(pairs, expected, strict=True)]
    assert [line["relation"] for line in lines] == ["agree", "disagree", "discuss",
                                                    "unrelated"]


def test_compare_reports_bad_lines_and_answers_the_rest(tmp_path: Path) -> None:
    pairs = _pairs()
    source = _write(tmp_path / "pairs.jsonl", [
        json.dumps(pairs[0]), "{not json", json.dumps({"id": "x", "claim": CLAIM}),
        json.dumps(pairs[1])])
    result = runner.invoke(app, ["compare", "--jsonl", str(source)])
    assert result.exit_code == 1
    assert "line 2: not JSON" in result.stderr
    assert "line 3: needs a string 'id', 'claim' and 'text'" in result.stderr
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["ki", "denial"]


def test_compare_reads_standard_input() -> None:
    pairs = _pairs()[:2]
    result = runner.invoke(app, ["compare", "--jsonl", "-"],
                           input="".join(json.dumps(p) + "\n" for p in pairs))
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["relation"] for x in result.stdout.splitlines()] == [
        "agree", "disagree"]


def test_compare_names_a_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["compare", "--jsonl", str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 2
    assert "does not exist" in result.output
