"""The watch job: poll feeds on a schedule with conditional GET and per-source back-off."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Literal

import httpx

from sitrep.errors import FetchError
from sitrep.jobs.ingest import store_result
from sitrep.jobs.linking import link_new_documents
from sitrep.model import FeedState, SourceSpec
from sitrep.settings import Settings
from sitrep.sources.fetch import fetch_url
from sitrep.sources.inputs import Input, is_url, read_bytes, read_input
from sitrep.store import Store

PollStatus = Literal["new", "unchanged", "not_modified", "failed"]


@dataclass(frozen=True, slots=True)
class PollOutcome:
    """One poll of one source, as the log line shows it."""

    source: str
    url: str
    status: PollStatus
    added: int
    message: str
    next_poll: datetime


def backoff_delay(failures: int, settings: Settings) -> float:
    """Seconds to wait after ``failures`` failures in a row: doubling, capped.

    A feed that is down is retried at 2x, 4x, 8x... the poll interval, never more than
    ``settings.max_backoff``, so a dead source costs little and a revived one is seen again.
    """
    if failures <= 0:
        return settings.poll_interval
    return min(settings.poll_interval * 2.0**failures, settings.max_backoff)


def watched_sources(
    specs: Sequence[SourceSpec], *, settings: Settings, client: httpx.Client
) -> list[SourceSpec]:
    """The URL sources to poll; OPML lists are read once and replaced by the feeds they name."""
    watched: list[SourceSpec] = []
    for spec in specs:
        if not is_url(spec.url):
            continue
        if spec.kind != "opml":
            watched.append(spec)
            continue
        for result in read_input(Input(spec.url, "opml", spec.name), settings=settings,
                                 client=client):
            watched.extend(replace(feed, side=spec.side, reliability=spec.reliability,
                                   country=spec.country) for feed in result.feeds)
    return watched


def poll_source(
    spec: SourceSpec, store: Store, *, settings: Settings, client: httpx.Client, now: datetime
) -> PollOutcome:
    """Fetch one source (conditionally), store what is new, and save when to poll next.

    Args:
        spec: The source to poll; its URL keys the saved state.
        store: An open store; documents and state are saved before returning.
        settings: Intervals, back-off ceiling, timeouts and limits.
        client: The HTTP client.
        now: The current time (UTC), passed in so schedules are testable.

    Returns:
        What happened, for the log line; failures are outcomes, never exceptions.
    """
    state = store.feed_state(spec.url) or FeedState(url=spec.url)
    try:
        fetched = fetch_url(spec.url, client, settings, etag=state.etag,
                            last_modified=state.last_modified)
    except FetchError as exc:
        failures = state.failures + 1
        delay = backoff_delay(failures, settings)
        next_poll = now + timedelta(seconds=delay)
        store.save_feed_state(replace(state, failures=failures, next_poll=next_poll,
                                      last_status=f"failed: {exc}", last_polled=now))
        message = f"{exc}; failure {failures} in a row, retry in {_human(delay)}"
        return PollOutcome(spec.name, spec.url, "failed", 0, message, next_poll)
    next_poll = now + timedelta(seconds=settings.poll_interval)
    if fetched.not_modified:
        store.save_feed_state(replace(state, failures=0, next_poll=next_poll,
                                      last_status="304 not modified", last_polled=now))
        return PollOutcome(spec.name, spec.url, "not_modified", 0, "not modified", next_poll)
    result = read_bytes(fetched.content, origin=spec.url, kind=spec.kind, source=spec.name,
                        url=fetched.final_url, content_type=fetched.content_type, fetched=now)
    stored = store_result(result, store)
    problems = "; ".join(p.reason for p in stored.problems)
    store.save_feed_state(
        FeedState(url=spec.url, etag=fetched.etag, last_modified=fetched.last_modified,
                  failures=0, next_poll=next_poll, last_status=f"{fetched.status}",
                  last_polled=now)
    )
    status: PollStatus = "new" if stored.added else "unchanged"
    message = f"{stored.added} new, {stored.unchanged} already stored"
    if problems:
        message += f" ({problems})"
    return PollOutcome(spec.name, spec.url, status, stored.added, message, next_poll)


def watch(
    specs: Sequence[SourceSpec],
    store: Store,
    *,
    settings: Settings,
    client: httpx.Client,
    stop: threading.Event,
    on_poll: Callable[[PollOutcome], None],
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    rounds: int | None = None,
    sleep: Callable[[float], object] | None = None,
    after_round: Callable[[], object] | None = None,
) -> int:
    """Poll every due source, link what is new, sleep until the next is due; until stopped.

    Each poll is stored in its own transaction, so stopping at any moment loses at most
    the poll under way, which the next run repeats.

    Args:
        specs: Sources with URLs (see ``watched_sources``).
        store: An open store.
        settings: Intervals and limits.
        client: The HTTP client.
        stop: Set it (e.g. from a signal handler) to end the loop at the next step.
        on_poll: Called with each outcome: the log line.
        clock: Current UTC time.
        rounds: Stop after this many rounds of polling (tests, cron-style use).
        sleep: Waits between rounds; by default ``stop.wait``, so a stop wakes it at once.
        after_round: Run after each round's linking (the CLI analyses what is new and
            rebuilds the evidence there), skipped once a stop is asked for.

    Returns:
        The number of polls made.
    """
    polls = 0
    done_rounds = 0
    while not stop.is_set():
        now = clock()
        for spec in specs:
            if stop.is_set():
                break
            state = store.feed_state(spec.url)
            if state and state.next_poll and _utc(state.next_poll) > now:
                continue
            on_poll(poll_source(spec, store, settings=settings, client=client, now=now))
            polls += 1
        link_new_documents(store, threshold=settings.near_duplicate_threshold)
        if after_round is not None and not stop.is_set():
            after_round()
        done_rounds += 1
        if rounds is not None and done_rounds >= rounds:
            break
        (sleep or stop.wait)(_seconds_until_next(specs, store, clock(), settings))
    return polls


def _seconds_until_next(
    specs: Sequence[SourceSpec], store: Store, now: datetime, settings: Settings
) -> float:
    due = [s.next_poll for spec in specs if (s := store.feed_state(spec.url)) and s.next_poll]
    if not due:
        return settings.poll_interval
    return max(1.0, min((_utc(d) - now).total_seconds() for d in due))


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _human(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
