"""Ingest: every report stored once, bad inputs reported, the batch goes on."""

from __future__ import annotations

import shutil
from pathlib import Path

from sitrep.jobs.ingest import ingest
from sitrep.jobs.linking import link_new_documents
from sitrep.settings import Settings
from sitrep.sources.feeds import parse_feed
from sitrep.sources.fetch import make_client
from sitrep.sources.inputs import Input
from sitrep.store import Store

from support import FIXTURES, SAMPLES, LocalServer, Route, fixture_bytes

SETTINGS = Settings()


def _inputs(*relative: str) -> list[Input]:
    return [Input(str(FIXTURES / r)) for r in relative]


def test_ingesting_twice_stores_nothing_new(store: Store) -> None:
    items = _inputs("feeds/kyivindependent_plakhov_2024-08.rss.xml", "telegram",
                    "text/report-dpr-krasnogorod.txt")
    first = ingest(items, store, settings=SETTINGS)
    count = store.count_documents()
    second = ingest(items, store, settings=SETTINGS)
    assert first.added > 20
    assert second.added == 0
    assert second.unchanged == second.read == first.read
    assert store.count_documents() == count


def test_a_50_mb_file_is_refused_with_the_limit_named(store: Store, tmp_path: Path) -> None:
    huge = tmp_path / "dump.rss"
    with huge.open("wb") as out:
        out.truncate(50 * 1024 * 1024)
    report = ingest([Input(str(huge))], store, settings=SETTINGS)
    [problem] = report.problems
    assert problem.input == str(huge)
    assert problem.reason.startswith("file is 50.0 MB, over the 20 MB limit")
    assert store.count_documents() == 0


def test_folder_is_read_file_by_file_with_kinds_detected(store: Store) -> None:
    report = ingest(_inputs("telegram"), store, settings=SETTINGS)
    kinds = {row.document.kind for row in store.find_documents()}
    assert kinds == {"telegram"}
    assert report.added == store.count_documents()


def test_bad_inputs_are_reported_and_the_rest_is_stored(store: Store, tmp_path: Path) -> None:
    ingest(_inputs("text/report-kyiv-independent-pokrovsk.txt"), store, settings=SETTINGS)
    before = {row.document.key for row in store.find_documents()}
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    huge = tmp_path / "huge.xml"
    huge.write_bytes(b"<rss>" + b" " * 300_000)
    items = [
        Input(str(empty)),
        Input(str(tmp_path / "missing.rss")),
        Input(str(FIXTURES / "hostile/lenta_ru_truncated.rss.xml")),
        Input(str(huge)),
        Input(str(FIXTURES / "feeds/lenta_ru_news_2022-12-03.rss.xml")),
        Input("http://127.0.0.1:9/feed.xml"),
    ]
    small = Settings(max_bytes=200_000)
    with make_client(small) as client:
        report = ingest(items, store, settings=small, client=client)
    reasons = {Path(p.input).name: p.reason for p in report.problems}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["missing.rss"] == "no such file or folder"
    assert "over the" in reasons["huge.xml"]
    assert "feed.xml" in reasons  # loopback refused by default: a recorded problem
    assert report.failed
    after = {row.document.key for row in store.find_documents()}
    assert before <= after
    assert any(r.document.source.startswith("Lenta") for r in store.find_documents(limit=500))


def test_opml_list_expands_into_its_feeds(store: Store, local_server: LocalServer,
                                          local_settings: Settings) -> None:
    feed = fixture_bytes("feeds/kyivindependent_plakhov_2024-08.rss.xml")
    local_server.routes["/ki.xml"] = Route(feed)
    opml = (
        '<?xml version="1.0"?><opml version="1.0"><body><outline text="KI" '
        f'xmlUrl="{local_server.url("/ki.xml")}" type="rss"/></body></opml>'
    ).encode()
    local_server.routes["/list.opml"] = Route(opml, content_type="text/x-opml")
    with make_client(local_settings) as client:
        report = ingest([Input(local_server.url("/list.opml"))], store,
                        settings=local_settings, client=client)
    assert report.problems == []
    assert report.added == len(parse_feed(feed, origin="ki.xml").documents) > 0
    assert {r.document.source for r in store.find_documents()} == {"KI"}


def test_syndicated_and_forwarded_copies_link_to_their_originals(
    store: Store, tmp_path: Path
) -> None:
    for name in ("reports", "telegram/airborne-assault-forces", "telegram/pokrovsk-front-relay"):
        shutil.copytree(SAMPLES / name, tmp_path / name)
    ingest([Input(str(tmp_path))], store, settings=SETTINGS)
    report = link_new_documents(store, threshold=0.8)
    assert report.links_added == 2
    relay = store.find_documents(source="Pokrovsk Front Relay")
    by_kind = {row.link_kind: store.get_document(row.original_key) for row in relay}
    assert by_kind["forward"].document.source == "Airborne Assault Forces"
    assert by_kind["near_duplicate"].document.source == "The Kyiv Independent"
    assert store.count_documents() == 5  # linked, nothing deleted
    assert link_new_documents(store, threshold=0.8).links_added == 0
