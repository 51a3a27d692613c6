"""Analyses: saved per document, replaced on re-analysis, read back as equal records."""

from __future__ import annotations

from datetime import UTC, datetime

from sitrep.model import (
    ActorMention,
    Alias,
    Analysis,
    Claim,
    DateMention,
    Document,
    Event,
    Figure,
    GazetteerPlace,
    PlaceMention,
    Problem,
    SourceSpec,
)
from sitrep.store import Store

from support import FIXTURES

POKROVSK = GazetteerPlace("gn:704422", "Pokrovsk", 48.28014, 37.17706, "UA", "Donetsk Oblast",
                          "city", 60127, 704422)
STAGES = ("language.v1", "places.v1")


def _document() -> Document:
    text = (FIXTURES / "text/report-kyiv-independent-pokrovsk.txt").read_text(encoding="utf-8")
    return Document(source="The Kyiv Independent", kind="text", text=text, origin="seed",
                    published=datetime(2025, 11, 23, tzinfo=UTC))


def _analysis(key: str) -> Analysis:
    claim = Claim(0, 113, "Ukrainian forces are clearing out central Pokrovsk",
                  "Ukrainian military", "ua", "said", "reported",
                  chain=("The Kyiv Independent", "Ukrainian military"))
    return Analysis(
        id=key, language="en", stages=STAGES,
        places=(PlaceMention(42, 50, "Pokrovsk", POKROVSK, 0.9,
                             Alias("Krasnoarmeysk", "gn:704422", "historical",
                                   valid_until="2016-05-12")),
                PlaceMention(60, 66, "Kachin", None, 0.0, flags=("unresolved",))),
        dates=(DateMention(103, 110, "Nov. 23", "2025-11-23", "day", "said"),),
        actors=(ActorMention(150, 173, "Airborne Assault Forces", "Airborne Assault Forces",
                             "ua", "military", "ua-dshv"),),
        figures=(Figure(600, 627, "killed 388 Russian soldiers", "killed", 388.0,
                        subject_side="ru", claimant="Airborne Assault Forces",
                        period="2025-11-01/2025-11-23", cumulative=True),),
        claims=(claim,),
        events=(Event("Battles", "Armed clash", 0, 113, "2025-11-23", POKROVSK,
                      "Military Forces of Ukraine", "Military Forces of Russia",
                      claim_spans=((0, 113),)),),
        problems=(Problem(key, "dates.v1 failed: example"),),
    )


def test_analysis_round_trips_with_every_layer(store: Store) -> None:
    doc = _document()
    store.add_documents([doc])
    analysis = _analysis(doc.key)
    assert store.save_analyses([analysis]) == 1
    assert store.analysis_for(doc.key) == analysis
    assert store.analysis_for("missing") is None


def test_reanalysis_replaces_and_stage_upgrades_are_noticed(store: Store) -> None:
    doc = _document()
    store.add_documents([doc])
    assert store.documents_to_analyze(STAGES) == [doc]
    store.save_analyses([_analysis(doc.key)])
    assert store.documents_to_analyze(STAGES) == []
    assert store.documents_to_analyze((*STAGES, "claims.v2")) == [doc]
    store.save_analyses([Analysis(id=doc.key, language="en", stages=STAGES)])
    assert store.analysis_for(doc.key) == Analysis(id=doc.key, language="en", stages=STAGES)


def test_claims_are_found_with_their_report(store: Store) -> None:
    doc = _document()
    store.add_documents([doc])
    store.sync_sources([SourceSpec("The Kyiv Independent", "feed", "https://x", side="ua")])
    store.save_analyses([_analysis(doc.key)])
    [found] = store.find_claims(claimant="ukrainian MILITARY")
    assert found.claim.stance == "reported"
    assert (found.source, found.source_side, found.document_key) == (
        "The Kyiv Independent", "ua", doc.key)
    assert store.find_claims(side="ru") == []
    assert store.find_claims(stance="reported", source="The Kyiv Independent") == [found]
