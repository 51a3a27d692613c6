"""Attributed claims: the seed reports read as the analyst reads them, and real feed sentences."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.analyze.actors import find_actors
from sitrep.analyze.claims import extract_claims
from sitrep.analyze.claims.sentences import find_quotes, split_sentences
from sitrep.knowledge.actors import ActorKB
from sitrep.model import Claim

from support import FIXTURES

SEEDS = FIXTURES / "text"


def claims_of(text: str, kb: ActorKB, nlp: Any = None, language: str = "en",
              outlet: str | None = None) -> list[Claim]:
    actors = find_actors(text, kb, nlp, language)
    return extract_claims(text, actors=actors, language=language, outlet=outlet)


def first_by_claimant(claims: list[Claim]) -> dict[str, Claim]:
    out: dict[str, Claim] = {}
    for claim in claims:
        out.setdefault(claim.claimant or "", claim)
    return out


def test_kyiv_independent_seed(kb: ActorKB, nlp: Any) -> None:
    text = (SEEDS / "report-kyiv-independent-pokrovsk.txt").read_text(encoding="utf-8")
    claims = claims_of(text, kb, nlp, outlet="The Kyiv Independent")
    first = first_by_claimant(claims)
    assert {k: (c.claimant_side, c.stance) for k, c in first.items()} == {
        "Ukrainian military": ("ua", "reported"),
        "Airborne Assault Forces": ("ua", "asserted"),
        "DeepState": ("ua", "reported"),
        "Ukraine’s Special Operations Forces": ("ua", "asserted"),
    }
    aaf = first["Airborne Assault Forces"]
    assert aaf.quote and aaf.cue == "wrote"
    assert aaf.chain == ("The Kyiv Independent", "Telegram", "Airborne Assault Forces")
    # "the post reads" and the continuing quotation stay with the Airborne Assault Forces.
    assert [c.claimant for c in claims if c.quote] == ["Airborne Assault Forces"] * 3
    assert all(text[c.start:c.end] == c.text for c in claims)


def test_dpr_seed_names_unnamed_sources(kb: ActorKB, nlp: Any) -> None:
    text = (SEEDS / "report-dpr-krasnogorod.txt").read_text(encoding="utf-8")
    first = first_by_claimant(claims_of(text, kb, nlp))
    expected = {
        "Denis Pushilin": ("ru", "reported", False),
        "witnesses": ("unknown", "reported", True),
        "Military observers": ("unknown", "suggested", True),
        "Locals": ("unknown", "reported", True),
        "Humanitarian groups": ("neutral", "asserted", True),
        "Military analysts": ("unknown", "suggested", True),
        "Ukrainian defense officials": ("ua", "asserted", True),
        "Ukrainian officer": ("ua", "asserted", True),
        "United Nations": ("neutral", "asserted", False),
        "Russian-backed media outlets": ("ru", "claimed", True),
        "Aid workers": ("neutral", "reported", True),
    }
    assert {k: (c.claimant_side, c.stance, c.anonymous) for k, c in first.items()} == expected
    assert first["Denis Pushilin"].chain == ("Telegram", "video address", "Denis Pushilin")
    assert first["Ukrainian officer"].quote
    assert "leaked transcript" in first["Ukrainian officer"].chain


def test_speaker_after_the_quote_by_pronoun(kb: ActorKB) -> None:
    text = (SEEDS / "report-dpr-krasnogorod.txt").read_text(encoding="utf-8")
    declared = [c for c in claims_of(text, kb) if c.cue == "declared"]
    assert [(c.claimant, c.stance, c.quote) for c in declared] == [
        ("Denis Pushilin", "asserted", True)]


@pytest.mark.parametrize(("text", "claimant", "side", "stance"), [
    # Real Lenta.ru items, 3 Dec 2022.
    ("Российские Вооруженные силы уничтожили за сутки около 190 военных Украины на различных "
     "направлениях. О потерях украинской стороны сообщило журналистам Министерство обороны "
     "России.", "Ministry of Defence of the Russian Federation", "ru", "reported"),
    ("Об этом со ссылкой на своего помощника Апти Алаудинова сообщил глава Чечни Рамзан "
     "Кадыров в своем Telegram-канале.", "Apti Alaudinov", "ru", "reported"),
    ("По данным Минобороны России, в районе Артемовска уничтожены склады.",
     "Ministry of Defence of the Russian Federation", "ru", "reported"),
    ("Белоруссия остается надежным партнером России. Об этом заявил российский министр обороны "
     "Сергей Шойгу на встрече с белорусским коллегой.", "Sergei Shoigu", "ru", "asserted"),
    ("Ряд стран готов поддержать потолок цен. Об этом сообщил журналистам высокопоставленный "
     "европейский источник в Брюсселе.", "высокопоставленный европейский источник", "unknown",
     "reported"),
])
def test_russian_attributions(kb: ActorKB, text: str, claimant: str, side: str,
                              stance: str) -> None:
    claims = claims_of(text, kb, language="ru")
    assert (claims[0].claimant, claims[0].claimant_side, claims[0].stance) == (
        claimant, side, stance)


def test_russian_about_this_attributes_the_sentence_before(kb: ActorKB) -> None:
    text = ("Российские Вооруженные силы уничтожили за сутки около 190 военных Украины. "
            "О потерях украинской стороны сообщило журналистам Министерство обороны России.")
    (claim,) = claims_of(text, kb, language="ru")
    assert claim.start == 0


def test_quote_then_pronoun_in_russian(kb: ActorKB) -> None:
    # Real Lenta.ru item, 3 Dec 2022.
    text = ("Президент Александр Лукашенко заявил, что российские и белорусские военнослужащие "
            "проходят подготовку как единая армия. «Должен сказать, что мы серьезно к этому "
            "подошли», — заявил он на встрече с главой Минобороны России Сергеем Шойгу.")
    claims = claims_of(text, kb, language="ru")
    assert [(c.claimant, c.quote) for c in claims] == [("Александр Лукашенко", False),
                                                       ("Александр Лукашенко", True)]


def test_appositive_gives_a_named_person_the_side_of_the_body(kb: ActorKB, nlp: Any) -> None:
    # Real Kyiv Independent item, 26 July 2024.
    text = ("Russia is now launching a new type of cheaply-made drone, Andrii Cherniak, a "
            "spokesperson of Ukraine's military intelligence, told Reuters in an interview.")
    (claim,) = claims_of(text, kb, nlp)
    assert (claim.claimant, claim.claimant_side, claim.cue) == ("Andrii Cherniak", "ua", "told")
    assert "interview" in claim.chain


def test_denial_and_spokesperson_of_a_body(kb: ActorKB, nlp: Any) -> None:
    text = ("Russian personnel losses are high, Ukraine's military intelligence (HUR) "
            "spokesperson said on July 26. The Kremlin denied the report.")
    claims = claims_of(text, kb, nlp)
    assert [(c.claimant, c.claimant_side, c.stance) for c in claims] == [
        ("Ukraine's military intelligence", "ua", "reported"),
        ("Kremlin", "ru", "denied")]


@pytest.mark.parametrize(("text", "language"), [
    ("Ramzan Kadyrov, citing Apti Alaudinov, said on Telegram that Russian forces had taken "
     "the village.", "en"),
    ("Рамзан Кадыров, ссылаясь на Апти Алаудинова, заявил в Telegram, что российские войска "
     "заняли село.", "ru"),
])
def test_a_relayed_statement_is_one_claim_of_the_cited_source(kb: ActorKB, text: str,
                                                              language: str) -> None:
    """The speaker who cites someone is a link of the chain, not a second claimant."""
    (claim,) = claims_of(text, kb, language=language, outlet="Kyiv Independent")
    assert claim.claimant == "Apti Alaudinov"
    assert claim.claimant_side == "ru"
    assert claim.chain == ("Kyiv Independent", "Telegram", "Ramzan Kadyrov", "Apti Alaudinov")


@pytest.mark.parametrize(("text", "claimant", "side"), [
    ("Reuters reported, citing two sources familiar with the matter, that the talks stalled.",
     "sources familiar with the matter", "unknown"),
    ("People close to the Kremlin said the talks had stalled.",
     "People close to the Kremlin", "ru"),
])
def test_sources_close_to_something_are_unnamed_sources(kb: ActorKB, text: str, claimant: str,
                                                        side: str) -> None:
    """A vague head ("sources", "people") names a source once it says whom it is close to;
    the body it is close to is part of that name, not the speaker."""
    (claim,) = claims_of(text, kb)
    assert (claim.claimant, claim.claimant_side, claim.anonymous) == (claimant, side, True)


def test_no_cue_no_claim(kb: ActorKB) -> None:
    text = "Western nations have pledged additional military aid to Ukraine."
    assert claims_of(text, kb) == []


def test_sentences_keep_abbreviations_and_quotes() -> None:
    text = "On Nov. 23, fighting went on. “It is hard. We hold,” he said. Next."
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans == ["On Nov. 23, fighting went on.", "“It is hard. We hold,” he said.", "Next."]
    quoted = "Pushilin’s ‘we will win,’ he said"
    assert [quoted[s:e] for s, e in find_quotes(quoted)] == ["‘we will win,’"]


@pytest.mark.parametrize("text", ["", "   ", "“unclosed quote, he said", "‘’“”«»", "1 2 3 ..."])
def test_odd_text_never_fails(kb: ActorKB, text: str) -> None:
    for language in ("en", "uk", "ru", None):
        claims = claims_of(text, kb, language=language or "en")
        assert all(0 <= c.start < c.end <= len(text) for c in claims)
