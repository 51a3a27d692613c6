"""What every benchmark shares: the machine and commit measured, memory, the results file."""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
from pathlib import Path
from typing import Any


def machine() -> dict[str, Any]:
    """Platform, CPU model and count, Python version and the git commit of this checkout."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    here = Path(__file__).resolve().parent
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, cwd=here, check=False).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "../src"],
                               capture_output=True, text=True, cwd=here, check=False).stdout
    except OSError:
        commit, dirty = "", ""
    if commit and dirty:
        commit += "+dirty"  # numbers of uncommitted code: say so
    return {"platform": platform.platform(), "cpu": cpu, "cpus": os.cpu_count(),
            "python": platform.python_version(), "commit": commit or None}


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


RESULTS_DIR = Path(__file__).resolve().parent / "results"


def results_path(name: str) -> Path:
    """Where benchmark ``name`` keeps its results, so runs can be diffed."""
    return RESULTS_DIR / f"{name}.json"


def save_results(name: str, results: dict[str, Any]) -> Path:
    """Write one benchmark's results as indented JSON and return the file."""
    path = results_path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def read_jsonl(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The input lines of an eval-contract JSONL file (first ``limit`` ones if given)."""
    with path.open(encoding="utf-8") as handle:
        lines = [json.loads(line) for line in handle if line.strip()]
    return lines[:limit] if limit else lines


def write_jsonl(path: Path, lines: list[dict[str, Any]]) -> None:
    """Write output lines for ``score.py --output``."""
    with path.open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
