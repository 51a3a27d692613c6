"""The library API is what ``sitrep.__all__`` says, no more and no less."""

import os
import subprocess
import sys
from pathlib import Path

import sitrep


def test_all_names_exist_and_public_names_are_all_listed() -> None:
    public = {name for name in dir(sitrep) if not name.startswith("_")}
    rooms = {"analyze", "cli", "errors", "jobs", "knowledge", "link", "model", "report",
             "settings", "sources", "store"}
    assert set(sitrep.__all__) - {"__version__"} == public - rooms
    for name in sitrep.__all__:
        assert getattr(sitrep, name) is not None


def test_importing_sitrep_loads_no_job() -> None:
    """An analysis-only process does not pay for the fetchers, the store and scipy."""
    code = "import sys, sitrep; print(sorted(m for m in sys.modules if m.startswith('sitrep.')))"
    here = str(Path(sitrep.__file__).parents[1])  # this checkout's sitrep, not another
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env={**os.environ, "PYTHONPATH": here}).stdout
    assert "sitrep.jobs" not in loaded and "sitrep.store" not in loaded
    assert sitrep.run.__module__ == "sitrep.jobs.run"
