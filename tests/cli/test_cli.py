"""The command line, driven as a user drives it, checked through the library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.sources.catalog import load_catalog
from sitrep.store import open_store

from support import FIXTURES, Route, serve

runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A private database and sources file for each test, as a fresh user would have."""
    paths = {"db": tmp_path / "sitrep.db", "sources": tmp_path / "sources.yaml"}
    monkeypatch.setenv("SITREP_DB", str(paths["db"]))
    monkeypatch.setenv("SITREP_SOURCES", str(paths["sources"]))
    return paths


def test_run_on_a_fresh_install_uses_the_samples_and_is_idempotent(env: dict[str, Path]) -> None:
    first = runner.invoke(app, ["run"])
    assert first.exit_code == 0, first.output
    assert "bundled samples" in first.output
    with open_store(str(env["db"])) as store:
        count = store.count_documents()
        links = store.all_links()
    assert count > 200
    assert {link.kind for link in links} == {"forward", "near_duplicate"}
    second = runner.invoke(app, ["run"])
    assert second.exit_code == 0
    assert "0 new" in second.output
    with open_store(str(env["db"])) as store:
        assert store.count_documents() == count
        assert len(store.all_links()) == len(links)


def test_ingest_reports_bad_inputs_and_exits_1(env: dict[str, Path], tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("")
    result = runner.invoke(app, ["ingest", str(FIXTURES / "text"), str(empty),
                                 str(FIXTURES / "hostile/html_page_as_feed.rss.xml")])
    assert result.exit_code == 1
    assert f"{empty}: empty file" in result.output
    with open_store(str(env["db"])) as store:
        assert store.count_documents() == 3


def test_ingest_kind_override_and_source_name(env: dict[str, Path]) -> None:
    result = runner.invoke(app, ["ingest", "--kind", "text", "--source", "Seeds",
                                 str(FIXTURES / "text/report-dpr-krasnogorod.txt")])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(app, ["documents", "--json", "--source", "Seeds"])
    rows = json.loads(listed.output)
    assert [r["document"]["kind"] for r in rows] == ["text"]
    assert rows[0]["document"]["title"].startswith("DPR Intensifies Offensive")


def test_ingest_rejects_an_unknown_kind(env: dict[str, Path]) -> None:
    result = runner.invoke(app, ["ingest", "--kind", "tweet", "x.txt"])
    assert result.exit_code == 2
    assert "--kind must be one of" in result.output


def test_documents_filters_by_side_date_and_cyrillic_text(env: dict[str, Path]) -> None:
    assert runner.invoke(app, ["run"]).exit_code == 0
    rows = json.loads(runner.invoke(app, ["documents", "--json", "--side", "ru",
                                          "--limit", "0"]).output)
    assert {r["side"] for r in rows} == {"ru"}
    assert {r["document"]["source"] for r in rows} == {"Lenta.ru", "DPR-aligned outlet"}
    since = json.loads(runner.invoke(app, ["documents", "--json", "--since", "2025-01-01",
                                           "--limit", "0"]).output)
    assert all(r["document"]["published"] >= "2025-01-01" for r in since)
    assert len(since) == 4  # the DPR report is undated: it matches no date bound
    upper = json.loads(runner.invoke(app, ["documents", "--json", "-s", "УКРАИН"]).output)
    lower = json.loads(runner.invoke(app, ["documents", "--json", "-s", "украин"]).output)
    assert upper and [r["id"] for r in upper] == [r["id"] for r in lower]
    bad = runner.invoke(app, ["documents", "--since", "yesterday"])
    assert bad.exit_code == 2


def test_sources_add_list_remove_round_trip(env: dict[str, Path]) -> None:
    added = runner.invoke(app, ["sources", "add", "Kyiv Independent",
                                "https://kyivindependent.com/news-archive/rss/", "--side", "ua",
                                "--reliability", "b", "--language", "en"])
    assert added.exit_code == 0, added.output
    [spec] = load_catalog(env["sources"])
    assert (spec.side, spec.reliability, spec.kind) == ("ua", "B", "feed")
    listed = json.loads(runner.invoke(app, ["sources", "list", "--json"]).output)
    assert listed[0]["name"] == "Kyiv Independent"
    bad = runner.invoke(app, ["sources", "add", "X", "https://x.example/", "--side", "blue"])
    assert bad.exit_code == 1
    assert "side 'blue' is not one of" in bad.output
    assert runner.invoke(app, ["sources", "remove", "Kyiv Independent"]).exit_code == 0
    assert load_catalog(env["sources"]) == []
    missing = runner.invoke(app, ["sources", "remove", "Nobody"])
    assert missing.exit_code == 1
    assert "no source named 'Nobody'" in missing.output


def test_sources_import_reads_a_malformed_opml_leniently(env: dict[str, Path]) -> None:
    result = runner.invoke(app, ["sources", "import", "--side", "ru",
                                 str(FIXTURES / "opml/plenary_Russia_with_category.opml")])
    assert result.exit_code == 0, result.output
    specs = load_catalog(env["sources"])
    assert len(specs) == 13
    assert {s.side for s in specs} == {"ru"}


def test_run_with_configured_file_sources(env: dict[str, Path]) -> None:
    feed = FIXTURES / "feeds/lenta_ru_news_2022-12-03.rss.xml"
    runner.invoke(app, ["sources", "add", "Lenta", str(feed), "--side", "ru"])
    result = runner.invoke(app, ["run"])
    assert result.exit_code == 0, result.output
    assert "bundled samples" not in result.output
    with open_store(str(env["db"])) as store:
        rows = store.find_documents()
    assert rows and {r.side for r in rows} == {"ru"}


def test_a_broken_sources_file_is_one_clear_error(env: dict[str, Path]) -> None:
    env["sources"].write_text("sources:\n  - name: X\n    kind: feed\n", encoding="utf-8")
    result = runner.invoke(app, ["run"])
    assert result.exit_code == 1
    assert "entry 1: missing 'url'" in result.output
    assert "Traceback" not in result.output


def test_watch_without_url_sources_explains_what_to_do(env: dict[str, Path]) -> None:
    result = runner.invoke(app, ["watch", "--rounds", "1"])
    assert result.exit_code == 1
    assert "sitrep sources add" in result.output


def test_run_analyses_and_claims_lists_attributed_statements(env: dict[str, Path]) -> None:
    assert runner.invoke(app, ["run"]).exit_code == 0
    rows = json.loads(runner.invoke(app, ["claims", "--json", "--source",
                                          "The Kyiv Independent", "--limit", "0"]).output)
    claimants = {r["claim"]["claimant"] for r in rows}
    assert "Airborne Assault Forces" in claimants
    assert {r["source_side"] for r in rows} == {"ua"}
    dpr = json.loads(runner.invoke(app, ["claims", "--json", "--claimant", "pushilin"]).output)
    assert dpr and {r["claim"]["claimant_side"] for r in dpr} == {"ru"}
    assert runner.invoke(app, ["claims", "--stance", "shouted"]).exit_code == 2
    again = runner.invoke(app, ["analyze"])
    assert again.exit_code == 0
    assert "analysed 0 documents" in again.output  # nothing stale: re-analysis is opt-in


def test_analyze_jsonl_writes_the_contract_and_reports_bad_lines(
    env: dict[str, Path], tmp_path: Path
) -> None:
    text = (FIXTURES / "text/report-kyiv-independent-pokrovsk.txt").read_text(encoding="utf-8")
    lines = [json.dumps({"id": "ki", "text": text, "published": "2025-11-23T12:00:00Z"}),
             "{not json", json.dumps({"id": 7, "text": "x"})]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", "--jsonl", str(source)])
    assert result.exit_code == 1
    assert "line 2: not JSON" in result.output
    assert "line 3: needs a string 'id'" in result.output
    [line] = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert line["id"] == "ki" and line["language"] == "en"
    pokrovsk = [p for p in line["places"] if p["text"] == "Pokrovsk"]
    assert pokrovsk and {p["geonameid"] for p in pokrovsk} == {704422}
    assert {"start", "end", "value"} <= set(line["dates"][0])
    killed = [f for f in line["figures"] if f["kind"] == "killed"]
    assert killed[0]["value"] == 388 and killed[0]["subject_side"] == "ru"
    assert line["events"][0]["sub_event_type"] == "Armed clash"
    for layer in ("places", "dates", "figures", "claims"):
        for item in line[layer]:
            assert 0 <= item["start"] < item["end"] <= len(text)


def test_place_explains_an_alias(env: dict[str, Path]) -> None:
    result = runner.invoke(app, ["place", "Krasnoarmeysk", "--country", "UA", "--json"])
    assert result.exit_code == 0, result.output
    scored = json.loads(result.output)
    assert scored[0]["place"]["place_id"] == "gn:704422"
    assert scored[0]["alias"]["used_by"] in {"historical", "ru"}
    # Without a hint, the towns that still bear the name in Russia rank with it.
    plain = json.loads(runner.invoke(app, ["place", "Krasnoarmeysk", "--json"]).output)
    assert {"gn:704422", "gn:542463"} <= {s["place"]["place_id"] for s in plain}
    missing = runner.invoke(app, ["place", "Qwzxv"])
    assert missing.exit_code == 1


def test_analyze_jsonl_reports_a_line_in_a_wrong_encoding(
    env: dict[str, Path], tmp_path: Path
) -> None:
    good = json.dumps({"id": "uk", "text": "Бої тривають у Покровську."}, ensure_ascii=False)
    source = tmp_path / "mixed.jsonl"
    source.write_bytes(good.encode("cp1251") + b"\n" + good.encode("utf-8") + b"\n")
    result = runner.invoke(app, ["analyze", "--jsonl", str(source)])
    assert result.exit_code == 1
    assert "line 1: not UTF-8" in result.output
    [line] = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert line["id"] == "uk" and line["language"] == "uk"


def test_watch_polls_stores_and_analyses_one_round(
    env: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SITREP_ALLOW_PRIVATE_ADDRESSES", "1")  # the feed is on loopback
    feed = (FIXTURES / "feeds/kyivindependent_plakhov_2024-08.rss.xml").read_bytes()
    with serve() as server:
        server.routes["/ki.xml"] = Route(feed, etag='"1"')
        runner.invoke(app, ["sources", "add", "KI", server.url("/ki.xml"), "--side", "ua"])
        result = runner.invoke(app, ["watch", "--rounds", "1"])
    assert result.exit_code == 0, result.output
    assert "KI: 4 new" in result.output.replace("\n", " ")
    assert "analysed 4 new reports" in result.output
    with open_store(str(env["db"])) as store:
        rows = store.find_documents()
        assert len(rows) == 4
        assert all(store.analysis_for(r.document.key) is not None for r in rows)
