"""The library API is what ``sitrep.__all__`` says, no more and no less."""

import sitrep


def test_all_names_exist_and_public_names_are_all_listed() -> None:
    public = {name for name in dir(sitrep) if not name.startswith("_")}
    rooms = {"analyze", "cli", "errors", "jobs", "knowledge", "link", "model", "report",
             "settings", "sources", "store"}
    assert set(sitrep.__all__) - {"__version__"} == public - rooms
    for name in sitrep.__all__:
        assert getattr(sitrep, name) is not None
