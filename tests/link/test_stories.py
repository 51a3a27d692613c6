"""Stories and voices on the two seed reports: one story, both sides, stable ids."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from sitrep.link.evidence import Evidence, build_evidence
from sitrep.link.reports import Report, focal_places
from sitrep.link.stories import cluster_reports, report_window, story_id
from sitrep.link.voices import root_keys
from sitrep.model import DocumentLink

POKROVSK = "gn:704422"


def test_the_two_seeds_make_one_story_about_pokrovsk(seed_evidence: Evidence) -> None:
    (story,) = seed_evidence.stories
    assert len(story.document_keys) == 2
    assert story.place_ids == (POKROVSK,)
    assert story.place_names == ("Pokrovsk",)
    assert story.window is not None and story.window.endswith("2025-11-23")


def test_the_story_counts_independent_voices_of_each_side(seed_evidence: Evidence) -> None:
    (story,) = seed_evidence.stories
    voices = {v.name: v.side for v in story.voices}
    assert voices["Denis Pushilin"] == "ru"
    assert voices["Air Assault Forces"] == "ua"
    assert voices["DeepState"] == "ua"


def test_the_undated_report_joins_the_story_it_shares_places_with(
    kyiv: Report, dpr: Report
) -> None:
    assert report_window(dpr) is None
    assert POKROVSK in focal_places(dpr)
    groups = cluster_reports([kyiv, dpr])
    assert [len(g) for g in groups] == [2]
    assert groups[0][0] is kyiv


def test_the_story_id_is_stable_and_follows_the_earliest_report(
    seed_reports: list[Report], seed_evidence: Evidence
) -> None:
    again = build_evidence(list(reversed(seed_reports)))
    assert [s.id for s in again.stories] == [s.id for s in seed_evidence.stories]
    first = seed_evidence.stories[0].document_keys[0]
    assert seed_evidence.stories[0].id == story_id(first)


def test_reports_of_the_same_town_a_year_apart_are_two_stories(kyiv: Report) -> None:
    earlier = replace(kyiv, document=replace(
        kyiv.document, published=datetime(2024, 8, 23, tzinfo=UTC), external_id="old"))
    groups = cluster_reports([kyiv, earlier])
    assert len(groups) == 2


def test_a_forward_counts_as_the_voice_of_its_original(kyiv: Report) -> None:
    relay = replace(kyiv, document=replace(kyiv.document, source="Pokrovsk Front Relay",
                                           external_id="relay/1"), side="unknown")
    links = [DocumentLink(relay.key, kyiv.key, "forward", 1.0)]
    assert root_keys(links) == {relay.key: kyiv.key}
    found = build_evidence([kyiv, relay], links)
    (story,) = found.stories
    names = {v.name for v in story.voices}
    assert "Pokrovsk Front Relay" not in names
    alone = build_evidence([kyiv])
    # The relay adds no voice, so no pair of statements that was not already there.
    assert len(found.relations) == len(alone.relations)
    assert {(v.name, v.side) for v in story.voices} == {
        (v.name, v.side) for v in alone.stories[0].voices}


def test_daily_reports_naming_one_place_are_cut_into_phases() -> None:
    """Chained across places, two months of digests would be one story; phases cap it."""
    from datetime import date

    from sitrep.link.stories import MAX_STORY_DAYS, _split_long

    windows: list[tuple[date, date] | None] = [
        (date(2024, 7, 1), date(2024, 7, 1)), (date(2024, 6, 1), date(2024, 7, 15)),
        (date(2024, 7, 30), date(2024, 7, 30)), (date(2024, 8, 22), date(2024, 8, 22)), None]
    parts = _split_long([0, 1, 2, 3, 4], windows)
    assert parts == [[0, 1], [2], [3, 4]]
    for part in parts:
        ends = [windows[i][1] for i in part if windows[i] is not None]  # type: ignore[index]
        assert (max(ends) - min(ends)).days <= MAX_STORY_DAYS
