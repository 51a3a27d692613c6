"""Watch: conditional GET, one outcome per poll, back-off on failures, nothing lost."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from sitrep.jobs.watch import PollOutcome, backoff_delay, poll_source, watch
from sitrep.model import SourceSpec
from sitrep.settings import Settings
from sitrep.sources.fetch import make_client
from sitrep.store import Store

from support import LocalServer, Route, fixture_bytes

NOW = datetime(2025, 11, 23, 12, 0, tzinfo=UTC)
FEED = fixture_bytes("feeds/kyivindependent_plakhov_2024-08.rss.xml")


def test_second_poll_is_conditional_and_not_modified(
    store: Store, local_server: LocalServer, local_settings: Settings
) -> None:
    route = local_server.routes["/ki.xml"] = Route(FEED, etag='"v1"')
    spec = SourceSpec("KI", "feed", local_server.url("/ki.xml"), side="ua")
    with make_client(local_settings) as client:
        first = poll_source(spec, store, settings=local_settings, client=client, now=NOW)
        later = NOW + timedelta(minutes=5)
        second = poll_source(spec, store, settings=local_settings, client=client, now=later)
    assert first.status == "new" and first.added > 0
    assert second.status == "not_modified" and second.added == 0
    assert route.hits[1].get("If-None-Match") == '"v1"'
    assert second.next_poll == later + timedelta(seconds=local_settings.poll_interval)
    assert store.count_documents() == first.added


def test_failures_back_off_and_keep_what_was_stored(
    store: Store, local_server: LocalServer, local_settings: Settings
) -> None:
    local_server.routes["/ki.xml"] = Route(FEED)
    spec = SourceSpec("KI", "feed", local_server.url("/ki.xml"))
    with make_client(local_settings) as client:
        poll_source(spec, store, settings=local_settings, client=client, now=NOW)
        stored = store.count_documents()
        local_server.routes["/ki.xml"] = Route(b"gone", status=500)
        outcomes = [
            poll_source(spec, store, settings=local_settings, client=client, now=NOW)
            for _ in range(3)
        ]
    assert [o.status for o in outcomes] == ["failed"] * 3
    assert "500" in outcomes[0].message
    delays = [(o.next_poll - NOW).total_seconds() for o in outcomes]
    assert delays == [backoff_delay(n, local_settings) for n in (1, 2, 3)]
    assert delays[0] < delays[1] < delays[2]
    state = store.feed_state(spec.url)
    assert state is not None and state.failures == 3
    assert store.count_documents() == stored


def test_backoff_is_capped() -> None:
    settings = Settings(poll_interval=600, max_backoff=3600)
    assert backoff_delay(0, settings) == 600
    assert backoff_delay(1, settings) == 1200
    assert backoff_delay(10, settings) == 3600


def test_watch_polls_due_sources_and_stops_when_asked(
    store: Store, local_server: LocalServer, local_settings: Settings
) -> None:
    local_server.routes["/ki.xml"] = Route(FEED, etag='"v1"')
    specs = [
        SourceSpec("KI", "feed", local_server.url("/ki.xml")),
        SourceSpec("Dead", "feed", local_server.url("/missing.xml")),
    ]
    seen: list[PollOutcome] = []
    stop = threading.Event()
    clock = iter([NOW, NOW, NOW + timedelta(seconds=30), NOW + timedelta(seconds=30),
                  NOW + timedelta(hours=1), NOW + timedelta(hours=1)])
    waits: list[float] = []
    with make_client(local_settings) as client:
        polls = watch(specs, store, settings=local_settings, client=client, stop=stop,
                      on_poll=seen.append, clock=lambda: next(clock), rounds=3,
                      sleep=waits.append)
    # Round 1 polls both; round 2 (30 s later) nothing is due; round 3 (1 h later) both again.
    assert polls == 4
    assert [(o.source, o.status) for o in seen] == [
        ("KI", "new"), ("Dead", "failed"), ("KI", "not_modified"), ("Dead", "failed"),
    ]
    assert "404" in seen[1].message
    assert waits[:2] == [60.0, 30.0]  # until KI is due again, 60 s after its first poll


def test_a_set_stop_event_ends_watch_before_polling(store: Store, local_settings: Settings) -> None:
    stop = threading.Event()
    stop.set()
    with make_client(local_settings) as client:
        polls = watch([SourceSpec("x", "feed", "http://127.0.0.1:9/")], store,
                      settings=local_settings, client=client, stop=stop, on_poll=print)
    assert polls == 0


def test_after_round_runs_once_per_round_and_not_after_a_stop(
    store: Store, local_server: LocalServer, local_settings: Settings
) -> None:
    local_server.routes["/ki.xml"] = Route(FEED)
    spec = SourceSpec("KI", "feed", local_server.url("/ki.xml"))
    stop = threading.Event()
    calls: list[int] = []

    def after() -> None:
        calls.append(store.count_documents())
        if len(calls) == 2:
            stop.set()

    with make_client(local_settings) as client:
        watch([spec], store, settings=local_settings, client=client, stop=stop,
              on_poll=lambda _: None, sleep=lambda _: None, after_round=after)
    assert len(calls) == 2 and calls[0] > 0  # the documents were stored before the hook ran
