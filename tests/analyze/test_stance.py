"""Stance of real reports towards a claim: agree, disagree, discuss, unrelated."""

from __future__ import annotations

import pytest

from sitrep.analyze.stance import compare, compare_many, compare_stream, idf_for_texts
from sitrep.analyze.stance.cues import denying_cues, hedging_cues, refuting_cues
from sitrep.analyze.stance.overlap import stems
from sitrep.sources.feeds import parse_feed

from support import FIXTURES

CLAIM = "Ukrainian forces are clearing out central Pokrovsk"
# Denials written for these tests, in the wording fact-checks and ministries use.
DENIAL = ("Claims that Ukrainian forces are clearing out central Pokrovsk are fake, the Russian "
          "Defence Ministry said. It called the footage a hoax staged far from the city.")
DENIAL_UK = ("Повідомлення про те, що українські сили зачищають центр Покровська, є фейком, "
             "заявили в Міноборони РФ.")
DENIAL_RU = ("В Минобороны РФ назвали ложью сообщения о том, что украинские силы зачищают центр "
             "Покровска.")


def _text(name: str) -> str:
    return (FIXTURES / "text" / name).read_text(encoding="utf-8")


def _feed_item(feed: str, title_start: str) -> str:
    data = (FIXTURES / "feeds" / feed).read_bytes()
    documents = parse_feed(data, origin=feed).documents
    return next(d.text for d in documents if (d.title or "").startswith(title_start))


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    """The seeds, a denial, and real feed items about other things."""
    return {
        "ki": _text("report-kyiv-independent-pokrovsk.txt"),
        "dpr": _text("report-dpr-krasnogorod.txt"),
        "denial": DENIAL,
        "grid": _feed_item("kyivindependent_plakhov_2024-08.rss.xml", "Ukraine's energy"),
        "romania": _feed_item("kyivindependent_plakhov_2024-08.rss.xml", "Romania denies"),
        "lenta": _feed_item("lenta_ru_news_2022-12-03.rss.xml", "Стало известно о задержании"),
    }


def test_the_report_that_makes_the_claim_agrees(texts: dict[str, str]) -> None:
    result = compare(CLAIM, texts["ki"])
    assert result.relation == "agree"
    assert result.score > 0.9


def test_a_text_calling_the_claim_fake_disagrees(texts: dict[str, str]) -> None:
    result = compare(CLAIM, texts["denial"])
    assert result.relation == "disagree"
    assert any("fake" in reason for reason in result.reasons)


@pytest.mark.parametrize(("claim", "text"), [
    ("Українські сили зачищають центр Покровська", DENIAL_UK),
    ("Украинские силы зачищают центр Покровска", DENIAL_RU),
])
def test_denials_in_ukrainian_and_russian_disagree(claim: str, text: str) -> None:
    assert compare(claim, text).relation == "disagree"


def test_the_other_sides_report_discusses_the_battle(texts: dict[str, str]) -> None:
    result = compare("Denis Pushilin says heavy fighting is taking place in Krasnogorod",
                     texts["dpr"])
    assert result.relation == "discuss"
    assert compare(CLAIM, texts["dpr"]).relation != "unrelated"


def test_other_news_is_unrelated_even_when_it_names_ukraine(texts: dict[str, str]) -> None:
    for name in ("grid", "romania", "lenta"):
        assert compare(CLAIM, texts[name]).relation == "unrelated", name


def test_a_batch_weighs_words_by_how_many_texts_use_them(texts: dict[str, str]) -> None:
    names = list(texts)
    results = compare_many([(CLAIM, texts[name]) for name in names])
    relations = dict(zip(names, (r.relation for r in results), strict=True))
    assert relations == {"ki": "agree", "dpr": "discuss", "denial": "disagree",
                         "grid": "unrelated", "romania": "unrelated", "lenta": "unrelated"}


def test_streaming_gives_the_batch_answer(texts: dict[str, str]) -> None:
    pairs = [(CLAIM, text) for text in texts.values()] * 2
    idf = idf_for_texts(text for _, text in pairs)
    assert list(compare_stream(pairs, idf, cache_size=2)) == compare_many(pairs)


def test_a_text_repeated_for_many_claims_counts_once_for_idf(texts: dict[str, str]) -> None:
    once = idf_for_texts([texts["ki"], texts["dpr"]])
    thrice = idf_for_texts([texts["ki"], texts["ki"], texts["dpr"], texts["ki"]])
    assert once == thrice


def test_a_claim_that_calls_something_a_hoax_is_not_denied_by_the_word_hoax() -> None:
    claim = "Video of Ukrainian forces clearing central Pokrovsk is a hoax"
    text = ("The video of Ukrainian forces clearing central Pokrovsk is a hoax, shot in 2023 "
            "near Bakhmut, DeepState said.")
    assert compare(claim, text).relation == "agree"


@pytest.mark.parametrize(("claim", "text"), [("", "Some text."), ("Pokrovsk", ""), ("", "")])
def test_empty_input_is_unrelated_not_an_error(claim: str, text: str) -> None:
    result = compare(claim, text)
    assert result.relation == "unrelated"
    assert result.score == 0.0


def test_cue_lexicons_cover_three_languages() -> None:
    assert refuting_cues("This is fake. Це фейк. Это ложь.") == ["fake", "фейк", "ложь"]
    assert denying_cues("Kyiv denied it; Генштаб спростував; МО опровергло") == [
        "denied", "спростува", "опровер"]
    assert hedging_cues("They reportedly left; нібито пішли; якобы ушли") == [
        "reportedly", "нібито", "якобы"]


def test_stems_join_inflected_forms_and_drop_function_words() -> None:
    assert stems("Ukraine's Ukrainian forces in Pokrovsk") == ["ukrain", "ukrain", "force",
                                                                "pokrov"]
    assert stems("у Покровську") == stems("в Покровске") == ["покров"]

