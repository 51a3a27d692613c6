"""Tests for sitrep.store.Store against real SQLite databases (in memory, or a file)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from sitrep.errors import StoreError
from sitrep.link.duplicates import find_duplicate_links, text_signature
from sitrep.model import Document, DocumentLink, FeedState, SignedDocument, SourceSpec
from sitrep.store import AddResult, Store, open_store

KYIV_TZ = timezone(timedelta(hours=2), "EET")
NOV_23 = datetime(2025, 11, 23, 10, 0, tzinfo=KYIV_TZ)
KYIV_TEXT = (
    "Ukrainian forces are clearing out central Pokrovsk from Russian soldiers, the Ukrainian "
    "military said on Nov. 23."
)
UK_TEXT = "Українські сили зачищають центр Покровська від російських військових."
RU_TEXT = (
    "Тяжелые бои идут в южной части города Красноармейск (украинское название - Покровск), "
    "сообщил Денис Пушилин."
)


@pytest.fixture
def store() -> Iterator[Store]:
    """A fresh, migrated in-memory database per test."""
    with open_store("sqlite://") as opened:
        yield opened


def doc(source: str, text: str, *, hours: float | None = 0, **fields: object) -> Document:
    """A feed document published ``hours`` after NOV_23 (undated with ``hours=None``)."""
    published = None if hours is None else NOV_23 + timedelta(hours=hours)
    values: dict[str, object] = {
        "kind": "feed",
        "origin": f"https://{source}.example/rss",
        "published": published,
    }
    values.update(fields)
    return Document(source=source, text=text, **values)  # type: ignore[arg-type]


def full_document() -> Document:
    """A document with every field set, dates in a non-UTC zone."""
    return Document(
        source="kyivindependent_official",
        kind="telegram",
        text=KYIV_TEXT,
        origin="/exports/kyivindependent/result.json",
        url="https://t.me/kyivindependent_official/41207",
        title="Ukraine clears central Pokrovsk",
        author="Kateryna Tyshchenko",
        published=NOV_23,
        fetched=datetime(2025, 11, 23, 12, 30, 15, 123456, tzinfo=UTC),
        language="en",
        external_id="kyivindependent_official/41207",
        forwarded_from="airborne_forces/77",
        reply_to="kyivindependent_official/41200",
        encoding="utf-8",
    )


def test_a_document_survives_the_round_trip(store: Store) -> None:
    original = full_document()
    store.add_documents([original])

    stored = store.get_document(original.key)

    assert stored is not None
    assert stored.document == original
    assert stored.document.content_hash == original.content_hash
    assert stored.document.published is not None
    assert stored.document.published.utcoffset() == timedelta(0)
    assert stored.document.published == NOV_23
    assert stored.document.fetched == original.fetched
    assert (stored.original_key, stored.link_kind, stored.side) == (None, None, None)


def test_a_naive_time_is_taken_as_utc(store: Store) -> None:
    naive = doc("rss", KYIV_TEXT, published=datetime(2025, 11, 23, 8, 0))
    store.add_documents([naive])

    stored = store.get_document(naive.key)

    assert stored is not None
    assert stored.document.published == datetime(2025, 11, 23, 8, 0, tzinfo=UTC)


def test_adding_twice_changes_nothing(store: Store) -> None:
    docs = [doc("kyiv-independent", KYIV_TEXT), doc("ukrinform", UK_TEXT)]

    first = store.add_documents(docs)
    second = store.add_documents(reversed(docs))

    assert first == AddResult(added=[docs[0].key, docs[1].key], unchanged=0)
    assert second == AddResult(added=[], unchanged=2)
    assert store.count_documents() == 2


def test_a_document_twice_in_one_batch_is_stored_once(store: Store) -> None:
    report = doc("kyiv-independent", KYIV_TEXT)

    result = store.add_documents([report, report])

    assert result == AddResult(added=[report.key], unchanged=1)
    assert store.count_documents() == 1


def test_an_edited_post_is_stored_beside_the_old_version(store: Store) -> None:
    before = doc("channel", KYIV_TEXT, external_id="channel/1")
    after = doc("channel", KYIV_TEXT + " Updated.", external_id="channel/1")

    store.add_documents([before])
    result = store.add_documents([after])

    assert result.added == [after.key]
    assert store.count_documents() == 2


def test_an_empty_batch_is_fine(store: Store) -> None:
    assert store.add_documents([]) == AddResult(added=[], unchanged=0)


def test_a_missing_key_gives_none(store: Store) -> None:
    assert store.get_document("0" * 64) is None


def test_documents_come_newest_first_undated_last(store: Store) -> None:
    undated = doc("a", "undated report", hours=None)
    old = doc("b", "old report", hours=-48)
    new = doc("c", "new report", hours=5)
    store.add_documents([undated, old, new])

    keys = [stored.document.key for stored in store.find_documents()]

    assert keys == [new.key, old.key, undated.key]


def test_limit_and_offset_page_through_results(store: Store) -> None:
    docs = [doc("feed", f"report number {i}", hours=i) for i in range(5)]
    store.add_documents(docs)

    page = store.find_documents(limit=2, offset=1)

    assert [stored.document.key for stored in page] == [docs[3].key, docs[2].key]


def test_filters_by_source_kind_and_dates(store: Store) -> None:
    feed = doc("kyiv-independent", KYIV_TEXT, hours=0)
    post = doc("rybar", RU_TEXT, hours=3, kind="telegram")
    later = doc("kyiv-independent", UK_TEXT, hours=30)
    store.add_documents([feed, post, later])

    def keys(**filters: object) -> list[str]:
        return [stored.document.key for stored in store.find_documents(**filters)]  # type: ignore[arg-type]

    assert keys(source="kyiv-independent") == [later.key, feed.key]
    assert keys(kind="telegram") == [post.key]
    # since is inclusive, until exclusive; a bound in another zone compares by instant.
    assert keys(since=NOV_23.astimezone(UTC), until=NOV_23 + timedelta(hours=3)) == [feed.key]
    assert keys(since=NOV_23 + timedelta(hours=1)) == [later.key, post.key]


def test_side_comes_from_the_synced_sources(store: Store) -> None:
    store.sync_sources(
        [
            SourceSpec("kyiv-independent", "feed", "https://kyivindependent.com/rss", side="ua"),
            SourceSpec("rybar", "telegram", "https://t.me/s/rybar", side="ru"),
        ]
    )
    ua = doc("kyiv-independent", KYIV_TEXT)
    ru = doc("rybar", RU_TEXT, kind="telegram")
    unconfigured = doc("some-blog", "A blog post about Pokrovsk.")
    store.add_documents([ua, ru, unconfigured])

    assert [stored.document.key for stored in store.find_documents(side="ua")] == [ua.key]
    assert [stored.document.key for stored in store.find_documents(side="ru")] == [ru.key]
    assert [stored.document.key for stored in store.find_documents(side="unknown")] == [
        unconfigured.key
    ]
    sides = {stored.document.source: stored.side for stored in store.find_documents()}
    assert sides == {"kyiv-independent": "ua", "rybar": "ru", "some-blog": None}


def test_text_search_ignores_case_in_cyrillic(store: Store) -> None:
    uk = doc("ukrinform", UK_TEXT)
    ru = doc("rybar", RU_TEXT, title="ТЯЖЕЛЫЕ БОИ")
    en = doc("kyiv-independent", KYIV_TEXT)
    store.add_documents([uk, ru, en])

    def found(needle: str) -> set[str]:
        return {stored.document.source for stored in store.find_documents(text=needle)}

    assert found("ПОКРОВСЬКА") == {"ukrinform"}
    assert found("покровск") == {"rybar"}
    assert found("тяжелые бои") == {"rybar"}  # in the title (and the text)
    assert found("POKROVSK") == {"kyiv-independent"}
    assert found("Kharkiv") == set()


def test_text_search_treats_like_wildcards_literally(store: Store) -> None:
    store.add_documents([doc("a", "Losses rose by 15% in a week"), doc("b", "Losses rose by 150")])

    assert [stored.document.source for stored in store.find_documents(text="15%")] == ["a"]
    assert [stored.document.source for stored in store.find_documents(text="by_1")] == []


def test_sync_sources_updates_by_name(store: Store) -> None:
    spec = SourceSpec("rybar", "telegram", "https://t.me/s/rybar", language="ru")
    store.sync_sources([spec, SourceSpec("isw", "feed", "https://understandingwar.org/rss")])
    updated = dataclasses.replace(spec, side="ru", reliability="D", country="RU")

    written = store.sync_sources([updated])

    assert written == 1
    assert store.list_sources() == [
        SourceSpec("isw", "feed", "https://understandingwar.org/rss"),
        updated,
    ]


def test_links_are_idempotent_and_shown_on_the_copy(store: Store) -> None:
    original = doc("kyiv-independent", KYIV_TEXT)
    copy = doc("yahoo-news", KYIV_TEXT, hours=2)
    store.add_documents([original, copy])
    link = DocumentLink(copy.key, original.key, "exact_duplicate", 1.0)

    assert store.add_links([link, link]) == 1
    assert store.add_links([link]) == 0
    assert store.all_links() == [link]
    assert store.links_for(copy.key) == [link]
    assert store.links_for(original.key) == [link]
    stored = store.get_document(copy.key)
    assert stored is not None
    assert (stored.original_key, stored.link_kind) == (original.key, "exact_duplicate")


def test_the_newest_link_is_the_current_one(store: Store) -> None:
    first, earlier, copy = (doc(s, KYIV_TEXT) for s in ("first", "earlier", "copy"))
    store.add_documents([first, earlier, copy])
    store.add_links([DocumentLink(copy.key, first.key, "exact_duplicate", 1.0)])
    store.add_links([DocumentLink(copy.key, earlier.key, "exact_duplicate", 1.0)])

    stored = store.get_document(copy.key)

    assert stored is not None
    assert stored.original_key == earlier.key
    assert len(store.links_for(copy.key)) == 2


def test_a_link_to_an_unknown_document_is_refused(store: Store) -> None:
    report = doc("kyiv-independent", KYIV_TEXT)
    store.add_documents([report])

    with pytest.raises(StoreError, match="not stored"):
        store.add_links([DocumentLink(report.key, "f" * 64, "near_duplicate", 0.9)])
    assert store.all_links() == []


def test_signatures_round_trip_and_filter(store: Store) -> None:
    a, b, c = doc("a", KYIV_TEXT), doc("b", UK_TEXT, hours=1), doc("c", RU_TEXT, hours=None)
    store.add_documents([a, b, c])
    store.set_signatures({a.key: b"\x01" * 8, c.key: b"\x02" * 8, "0" * 64: b"ignored"})

    rows = store.signatures()

    assert rows == [
        SignedDocument(a.key, a.content_hash, a.published, "a", None, None, b"\x01" * 8),
        SignedDocument(c.key, c.content_hash, None, "c", None, None, b"\x02" * 8),
    ]
    assert [row.key for row in store.signatures(exclude={a.key})] == [c.key]
    assert [row.key for row in store.signatures(keys=[c.key, b.key])] == [c.key]
    assert store.documents_without_signature() == [b]


def test_stored_signatures_feed_the_duplicate_finder(store: Store) -> None:
    """The whole linking round: store, sign, compare with what is stored, link."""
    original = doc("kyiv-independent", KYIV_TEXT)
    store.add_documents([original])
    store.set_signatures({original.key: text_signature(original.text)})
    copy = doc("yahoo-news", KYIV_TEXT.upper(), hours=1)
    added = store.add_documents([copy, original]).added

    pending = store.documents_without_signature()
    store.set_signatures({d.key: text_signature(d.text) for d in pending})
    new = store.signatures(keys=added)
    existing = store.signatures(exclude=added)
    links = find_duplicate_links(new, existing, existing_links=store.all_links())
    store.add_links(links)

    assert pending == [copy]
    assert store.all_links() == [DocumentLink(copy.key, original.key, "exact_duplicate", 1.0)]


def test_feed_state_round_trip(store: Store) -> None:
    url = "https://kyivindependent.com/news-archive/rss/"
    assert store.feed_state(url) is None
    state = FeedState(
        url=url,
        etag='W/"67f1-abc"',
        last_modified="Sun, 23 Nov 2025 10:00:00 GMT",
        failures=2,
        next_poll=NOV_23 + timedelta(minutes=30),
        last_status="503",
        last_polled=NOV_23,
    )

    store.save_feed_state(state)
    assert store.feed_state(url) == state

    recovered = FeedState(url=url, etag='W/"68aa-def"', last_status="200")
    store.save_feed_state(recovered)
    assert store.feed_state(url) == recovered


def test_a_file_database_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "sitrep.db"
    with open_store(f"sqlite:///{path}") as opened:
        opened.add_documents([doc("kyiv-independent", KYIV_TEXT)])
        with pytest.raises(StoreError):
            opened.add_links([DocumentLink("a" * 64, "b" * 64, "forward", 1.0)])

    import sqlite3

    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert raw.execute("SELECT count(*) FROM documents").fetchone() == (1,)


def test_the_url_hides_the_password() -> None:
    with open_store("sqlite://") as opened:
        assert opened.url == "sqlite://"


def test_rows_are_stored_in_input_order(store: Store) -> None:
    docs = [doc(f"outlet-{i}", f"report {i}", hours=None) for i in range(4)]
    store.add_documents(docs)

    assert [stored.id for stored in store.find_documents()] == [1, 2, 3, 4]
    assert [stored.document for stored in store.find_documents()] == docs
