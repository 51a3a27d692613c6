"""Tests for sitrep.link.duplicates on real report text (the seeds in tests/fixtures/text)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sitrep.link.duplicates import (
    candidate_for,
    find_duplicate_links,
    shingles,
    signature_similarity,
    text_signature,
)
from sitrep.model import Document, DocumentLink, SignedDocument

FIXTURES = Path(__file__).parent.parent / "fixtures" / "text"
NOV_23 = datetime(2025, 11, 23, 9, 0, tzinfo=UTC)


def paragraphs(name: str) -> list[str]:
    """The non-empty paragraphs of a fixture report."""
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return [part.strip() for part in text.split("\n\n") if part.strip()]


KYIV = paragraphs("report-kyiv-independent-pokrovsk.txt")
DPR = paragraphs("report-dpr-krasnogorod.txt")
# The report without its RSS footer ("From The Kyiv Independent ... via this RSS feed").
KYIV_REPORT = "\n\n".join(KYIV[:-1])


def rewritten_copy() -> str:
    """Another outlet's version: its own first sentence and a footer of its own."""
    lede = (
        "Ukraine's airborne troops say they are pushing Russian infiltrators out of the "
        "centre of Pokrovsk."
    )
    footer = "Read more on our Telegram channel and support independent journalism."
    return "\n\n".join([lede, *KYIV[1:-1], footer])


def candidate(doc: Document) -> SignedDocument:
    """What the linking stage would load for a stored document."""
    return candidate_for(doc, text_signature(doc.text))


def report(source: str, text: str, *, hours: float | None = 0, **fields: str) -> Document:
    """A feed document published ``hours`` after the Kyiv Independent's report."""
    published = None if hours is None else NOV_23 + timedelta(hours=hours)
    return Document(
        source=source,
        kind=fields.pop("kind", "feed"),  # type: ignore[arg-type]
        text=text,
        origin=f"https://{source}.example/feed",
        published=published,
        **fields,
    )


def test_seed_report_scenarios_link_as_expected() -> None:
    original = report("kyiv-independent", KYIV_REPORT)
    near = report("ukrinform", rewritten_copy(), hours=2)
    # Re-typeset: other line breaks and capitals normalise to the same content hash.
    exact = report("yahoo-news", KYIV_REPORT.upper().replace("\n\n", "\n"), hours=3)
    unrelated = report("dan-news", "\n\n".join(DPR[1:4]), hours=1)
    docs = [original, near, exact, unrelated]

    links = find_duplicate_links([candidate(doc) for doc in docs], [])

    by_copy = {link.document_key: link for link in links}
    assert set(by_copy) == {near.key, exact.key}
    assert by_copy[exact.key] == DocumentLink(exact.key, original.key, "exact_duplicate", 1.0)
    assert by_copy[near.key].original_key == original.key
    assert by_copy[near.key].kind == "near_duplicate"
    assert 0.8 <= by_copy[near.key].similarity < 1.0


def test_telegram_forward_links_to_the_forwarded_post() -> None:
    post = report(
        "kyivindependent_official",
        KYIV[1],
        kind="telegram",
        external_id="kyivindependent_official/41207",
    )
    forward = report(
        "ukraine_now",
        KYIV[1],
        hours=0.5,
        kind="telegram",
        external_id="ukraine_now/9001",
        forwarded_from="kyivindependent_official/41207",
    )

    links = find_duplicate_links([candidate(forward)], [candidate(post)])

    assert links == [DocumentLink(forward.key, post.key, "forward", 1.0)]


def test_forward_with_a_comment_is_still_a_forward() -> None:
    post = report("airborne", KYIV[4], kind="telegram", external_id="airborne/77")
    forward = report(
        "digest",
        "Сьогодні головне. " + KYIV[4],
        hours=1,
        kind="telegram",
        external_id="digest/5",
        forwarded_from="airborne/77",
    )

    links = find_duplicate_links([candidate(post), candidate(forward)], [])

    assert [(link.document_key, link.kind) for link in links] == [(forward.key, "forward")]


def test_unrelated_reports_about_the_same_town_are_not_linked() -> None:
    kyiv = report("kyiv-independent", KYIV_REPORT)
    dpr = report("dan-news", "\n\n".join(DPR), hours=-5)

    assert find_duplicate_links([candidate(kyiv)], [candidate(dpr)]) == []


def test_links_point_at_the_earliest_published_even_when_it_arrives_later() -> None:
    late = report("aggregator", KYIV_REPORT, hours=6)
    early = report("kyiv-independent", KYIV_REPORT.replace("\n\n", " "), hours=0)

    links = find_duplicate_links([candidate(early)], [candidate(late)])

    assert links == [DocumentLink(late.key, early.key, "exact_duplicate", 1.0)]


def test_undated_copies_never_count_as_the_original() -> None:
    undated = report("mirror", KYIV_REPORT, hours=None)
    dated = report("kyiv-independent", KYIV_REPORT, hours=8)

    links = find_duplicate_links([candidate(undated), candidate(dated)], [])

    assert links == [DocumentLink(undated.key, dated.key, "exact_duplicate", 1.0)]


def test_equal_dates_go_to_the_one_stored_first() -> None:
    stored = report("first", KYIV_REPORT)
    arriving = [report("second", KYIV_REPORT), report("third", KYIV_REPORT)]

    links = find_duplicate_links([candidate(doc) for doc in arriving], [candidate(stored)])

    assert [(link.document_key, link.original_key) for link in links] == [
        (arriving[0].key, stored.key),
        (arriving[1].key, stored.key),
    ]


def test_a_copy_of_a_copy_points_at_the_first_original() -> None:
    original = report("kyiv-independent", KYIV_REPORT)
    copy = report("ukrinform", rewritten_copy(), hours=1)
    copy_of_copy = report("pravda-mirror", rewritten_copy(), hours=2)
    stored_link = DocumentLink(copy.key, original.key, "near_duplicate", 0.85)

    links = find_duplicate_links(
        [candidate(copy_of_copy)],
        [candidate(original), candidate(copy)],
        existing_links=[stored_link],
    )

    assert [(link.document_key, link.original_key) for link in links] == [
        (copy_of_copy.key, original.key)
    ]
    assert links[0].kind == "near_duplicate"


def test_links_among_existing_documents_are_not_repeated() -> None:
    first = report("kyiv-independent", KYIV_REPORT)
    second = report("yahoo-news", KYIV_REPORT, hours=1)

    assert find_duplicate_links([], [candidate(first), candidate(second)]) == []


def test_a_document_is_never_linked_to_itself() -> None:
    doc = candidate(report("kyiv-independent", KYIV_REPORT))

    assert find_duplicate_links([doc, doc], [doc]) == []


def test_an_edited_post_links_to_its_earlier_version() -> None:
    before = report(
        "kyivindependent_official", KYIV_REPORT, kind="telegram", external_id="kyivindependent/9"
    )
    after = report(
        "kyivindependent_official",
        KYIV_REPORT.replace("388 Russian soldiers", "392 Russian soldiers"),
        hours=0.2,
        kind="telegram",
        external_id="kyivindependent/9",
    )

    links = find_duplicate_links([candidate(after)], [candidate(before)])

    assert [(link.document_key, link.original_key, link.kind) for link in links] == [
        (after.key, before.key, "near_duplicate")
    ]


def test_posts_without_words_are_not_duplicates_of_each_other() -> None:
    photos = [report(f"channel{i}", "", kind="telegram") for i in range(3)]

    assert find_duplicate_links([candidate(doc) for doc in photos], []) == []


def test_shingles_ignore_case_punctuation_and_apostrophes() -> None:
    assert shingles("Pushilin's video, filmed - in FRONT of a tank.") == shingles(
        "pushilins video filmed in front of a tank"
    )
    assert shingles("П\u2019ять дронів збито над Покровськом!") == shingles(
        "пять дронів збито над покровськом"
    )
    assert "бої біля покровська" in shingles("Бої біля Покровська тривають: «зачистка» центру")


def test_short_texts_fall_back_to_single_words() -> None:
    assert shingles("Pokrovsk: heavy fighting") == {"pokrovsk", "heavy", "fighting"}
    reordered = signature_similarity(
        text_signature("Pokrovsk: heavy fighting"), text_signature("Heavy fighting, Pokrovsk")
    )
    assert reordered == 1.0


def test_signature_is_compact_and_deterministic() -> None:
    signature = text_signature(KYIV_REPORT)

    assert signature == text_signature(KYIV_REPORT)
    assert len(signature) == 128 * 4
    assert len(text_signature(KYIV_REPORT, num_perm=64)) == 64 * 4


def test_signatures_of_different_sizes_do_not_compare() -> None:
    with pytest.raises(ValueError, match="num_perm"):
        signature_similarity(text_signature("a b c"), text_signature("a b c", num_perm=64))


def test_threshold_outside_zero_to_one_is_refused() -> None:
    with pytest.raises(ValueError, match="threshold"):
        find_duplicate_links([], [], threshold=1.5)
