"""Events in ACLED's taxonomy: the seed reports, real feed sentences, and texts with none."""

from __future__ import annotations

import pytest

from sitrep.analyze.events import (
    SUB_EVENT_TYPES,
    classify_event,
    extract_events,
    split_sentences,
)
from sitrep.analyze.events.cues import literal_anchors
from sitrep.model import (
    ActorMention,
    Claim,
    DateMention,
    Figure,
    GazetteerPlace,
    PlaceMention,
)

from support import SAMPLES

REPORTS = SAMPLES / "reports"

# Real items from the feeds in shared/data/samples/feeds (Kyiv Independent, July 2024;
# Lenta.ru, 3 Dec 2022), trimmed to the sentence that tells the event.
FEED_EVENTS = [
    ("Russian ex-deputy defense minister arrested on corruption charges. Dmitry Bulgakov, "
     "who formerly served as a Russian deputy defense minister until September 2022, was "
     "arrested on July 26 on corruption-related charges, Russia's Investigative Committee "
     "reported.", "Arrests"),
    ("The Paris high-speed railway network on July 26 was hit by a \"massive\" and "
     "\"coordinated\" arson attack just hours before the opening ceremony of the city's 2024 "
     "Olympic Games.", "Looting/property destruction"),
    ("Russia launched a drone attack against Izmail in southwestern Ukraine overnight on "
     "July 24.", "Air/drone strike"),
    ("Полиция задержала в Лондоне российского бизнесмена Михаила Фридмана.", "Arrests"),
    ("Министерства обороны России и Белоруссии подписали протокол к соглашению между двумя "
     "странами об обеспечении региональной безопасности.", "Agreement"),
    ("Вооруженные силы России совместно с частной военной компанией «Вагнер» ведут "
     "постепенную зачистку населенного пункта Артемовск в Донецкой народной республике.",
     "Armed clash"),
    ("Военный корреспондент Евгений Поддубный опубликовал видео последствий попадания "
     "российского снаряда по объекту Вооруженных сил Украины в Краматорске.",
     "Shelling/artillery/missile attack"),
]

# Real items that narrate no ACLED event: sport, a planned visit, an industrial fire.
FEED_NO_EVENTS = [
    "Audiences from across the world tuning into the Olympics kicking off with this Friday's "
    "opening ceremony in Paris should, as they enjoy the show, be conscious of why Ukraine "
    "will not be fully represented this summer – and at future athletic competitions.",
    "Indian Prime Minister Narendra Modi is scheduled to travel to Kyiv in August, marking his "
    "first visit to Ukraine since Russia launched its all-out war in February 2022, media "
    "reports say.",
    "Сборная Швейцарии по футболу со счетом 3:2 победила команду Сербии в матче третьего "
    "тура чемпионата мира в Катаре.",
    "Пожарные ликвидировали открытое горение на Микояновском мясокомбинате в Москве. Огонь "
    "был потушен в 23:04 мск, в 23:16 мск пожар полностью ликвидирован.",
]

# Hand-written sentences, one per precedence rule, in the words of ordinary reporting.
RULE_CASES = [
    ("Thousands of people rallied peacefully in the city centre.", "Peaceful protest"),
    ("Police fired tear gas to disperse hundreds of protesters in the capital.",
     "Protest with intervention"),
    ("Protesters threw stones at police and torched two buses.", "Violent demonstration"),
    ("Security forces opened fire on demonstrators, killing three.",
     "Excessive force against protesters"),
    ("A bomb disposal squad defused an IED planted near the bridge.", "Disrupted weapons use"),
    ("A roadside bomb exploded near a convoy, injuring two soldiers.",
     "Remote explosive/landmine/IED"),
    ("A suicide bomber detonated a car bomb at the checkpoint.", "Suicide bomb"),
    ("Government troops recaptured the town from the rebels.", "Government regains territory"),
    ("Rebels captured the town after two days of fighting.",
     "Non-state actor overtakes territory"),
    ("Rebels tried to capture the town but were repelled after heavy fighting.", "Armed clash"),
    ("Gunmen shot dead a shopkeeper in the market.", "Attack"),
    ("Militants ambushed an army patrol, killing four soldiers.", "Armed clash"),
    ("Росія атакувала Харків ударними дронами, загинули двоє людей.", "Air/drone strike"),
    ("Окупанти обстріляли Херсон з артилерії.", "Shelling/artillery/missile attack"),
    ("Сили оборони звільнили село на Харківщині.", "Government regains territory"),
    ("Российские войска освободили населенный пункт в ДНР.",
     "Non-state actor overtakes territory"),
    ("ЗСУ відбили 15 атак у районі Покровська.", "Armed clash"),
    ("Бои за Часов Яр продолжаются.", "Armed clash"),
    ("Російський дрон атакував автобус у Херсоні, є поранені.", "Air/drone strike"),
    ("Під час масованої атаки ППО збила 40 із 50 дронів.", "Disrupted weapons use"),
    ("Россия и Украина провели обмен пленными.", "Agreement"),
]


def test_every_sub_event_type_is_acled_and_has_cues() -> None:
    from sitrep.analyze.events.lexicon_en import EN_CUES

    assert len(SUB_EVENT_TYPES) == 25
    assert set(EN_CUES) == set(SUB_EVENT_TYPES)


@pytest.mark.parametrize(("text", "expected"), FEED_EVENTS)
def test_feed_items_get_their_event_type(text: str, expected: str) -> None:
    guess = classify_event(text)
    assert guess is not None
    assert guess.sub_event_type == expected
    assert guess.event_type == SUB_EVENT_TYPES[expected]
    assert guess.cues, "the reason is given in words"
    assert 0 < guess.confidence <= 1


@pytest.mark.parametrize("text", FEED_NO_EVENTS)
def test_items_without_an_event_yield_none(text: str) -> None:
    assert classify_event(text) is None
    assert extract_events(text) == []


@pytest.mark.parametrize(("text", "expected"), RULE_CASES)
def test_precedence_rules(text: str, expected: str) -> None:
    guess = classify_event(text)
    assert guess is not None
    assert guess.sub_event_type == expected, guess


def test_evacuation_is_a_figure_not_an_event() -> None:
    """DESIGN.md: displacement and casualty tallies are figures, not events."""
    assert classify_event("Евакуація з Покровська триває.") is None
    assert classify_event("Thousands were evacuated from the city on Monday.") is None


def test_a_call_for_a_ceasefire_is_not_an_agreement() -> None:
    assert classify_event("The United Nations has called for an immediate ceasefire.") is None
    guess = classify_event("The two sides signed a ceasefire agreement on Sunday.")
    assert guess is not None and guess.sub_event_type == "Agreement"


def test_kyiv_independent_seed_is_one_armed_clash() -> None:
    text = (REPORTS / "report-kyiv-independent-pokrovsk.md").read_text(encoding="utf-8")
    events = extract_events(text, language="en")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Battles", "Armed clash")]
    assert text[events[0].start:events[0].end].startswith("Ukrainian forces are clearing")


def test_dpr_seed_is_a_battle_with_shelling_in_it() -> None:
    """Main event Armed clash: Pushilin reports heavy fighting, and ACLED's shelling is
    one-sided remote fire, so artillery inside a ground battle belongs to the battle. The
    barrage the witnesses describe is kept as a second event."""
    text = (REPORTS / "report-dpr-krasnogorod.md").read_text(encoding="utf-8")
    events = extract_events(text, language="en")
    subtypes = [e.sub_event_type for e in events]
    assert subtypes[0] == "Armed clash"
    assert "Shelling/artillery/missile attack" in subtypes
    assert len(subtypes) == len(set(subtypes)) <= 3
    for event in events:
        assert 0 <= event.start < event.end <= len(text)


def test_event_takes_its_facts_from_the_other_stages() -> None:
    text = ("Ukrainian forces are clearing out central Pokrovsk from Russian soldiers, the "
            "Ukrainian military said on Nov. 23. Fire fights are ongoing, the Airborne Assault "
            "Forces wrote, and 12 Russian soldiers were killed.")
    pokrovsk = GazetteerPlace("gn:704422", "Pokrovsk", 48.28014, 37.17706, "UA", "Donetsk",
                              "city", 60000, 704422)
    at = text.index
    places = [PlaceMention(at("Pokrovsk"), at("Pokrovsk") + 8, "Pokrovsk", pokrovsk, 0.9)]
    dates = [DateMention(at("Nov. 23"), at("Nov. 23") + 7, "Nov. 23", "2025-11-23", "day",
                         role="happened")]
    actors = [
        ActorMention(0, 17, "Ukrainian forces", "Armed Forces of Ukraine", "ua", "military"),
        ActorMention(at("Russian soldiers"), at("Russian soldiers") + 16, "Russian soldiers",
                     "Armed Forces of Russia", "ru", "military"),
        ActorMention(at("the Airborne"), at("the Airborne") + 28, "Airborne Assault Forces",
                     "Airborne Assault Forces", "ua", "unit"),
    ]
    figures = [Figure(at("12 Russian"), at("12 Russian") + 31, "12 Russian soldiers were "
                      "killed", "killed", 12, subject_side="ru")]
    claims = [Claim(at("Fire fights"), len(text), text[at("Fire fights"):],
                    "Airborne Assault Forces", "ua", "wrote", "asserted")]
    events = extract_events(text, language="en", places=places, dates=dates, actors=actors,
                            figures=figures, claims=claims)
    assert len(events) == 1
    event = events[0]
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.date == "2025-11-23"
    assert event.place == pokrovsk
    assert (event.actor1, event.actor2) == ("Military Forces of Ukraine",
                                            "Military Forces of Russia")
    assert event.fatalities == 12
    assert event.claim_spans == ((claims[0].start, claims[0].end),)
    assert event.stage == "events.v2"


def test_event_is_placed_at_its_most_precise_place_and_dated_when_said() -> None:
    """A demonym's country named first does not outrank the town the event is in, and an
    ongoing fight with no date of its own takes the date it was reported on, not a tally
    window from later in the report."""
    text = ("Ukrainian forces are clearing out central Pokrovsk, the military said on Nov. 23. "
            "Fire fights are ongoing.\n\nRussian forces have advanced over the past day.")
    at = text.index
    ukraine = GazetteerPlace("gn:690791", "Ukraine", 49.0, 32.0, "UA", None, "country",
                             44_000_000, 690791)
    pokrovsk = GazetteerPlace("gn:704422", "Pokrovsk", 48.28014, 37.17706, "UA", "Donetsk",
                              "city", 60000, 704422)
    places = [PlaceMention(0, 9, "Ukrainian", ukraine, 0.8),
              PlaceMention(at("Pokrovsk"), at("Pokrovsk") + 8, "Pokrovsk", pokrovsk, 0.9)]
    dates = [DateMention(at("Nov. 23"), at("Nov. 23") + 7, "Nov. 23", "2025-11-23", "day",
                         role="said"),
             DateMention(at("the past day"), at("the past day") + 12, "the past day",
                         "2025-11-22/2025-11-23", "interval", role="happened")]
    event = extract_events(text, language="en", places=places, dates=dates)[0]
    assert event.end <= at("Russian forces")
    assert event.place == pokrovsk
    assert event.date == "2025-11-23"
    outside = extract_events(text, language="en", places=places[:1], dates=dates[1:])[0]
    assert (outside.place, outside.date) == (ukraine, "2025-11-22/2025-11-23")


def test_empty_inputs_and_no_records() -> None:
    assert classify_event("") is None
    assert extract_events("") == []
    (event,) = extract_events("Heavy fighting continued near Bakhmut on Monday.")
    assert (event.date, event.place, event.actor1, event.fatalities) == (None,) * 4
    assert event.claim_spans == ()


def test_sentences_keep_abbreviated_dates_inside() -> None:
    text = "Fighting went on, the military said on Nov. 23. Shelling followed.\nNew line."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Fighting went on, the military said on Nov. 23.", "Shelling followed.", "New line."]


def test_a_tally_over_a_period_is_not_an_events_dead() -> None:
    text = ("Heavy fighting continued in the city on Sunday. Since the beginning of November, "
            "388 Russian soldiers were killed, the brigade said.")
    at = text.index("388")
    tally = Figure(at, at + 30, text[at:at + 30], "killed", 388, subject_side="ru",
                   period="2025-11-01/2025-11-23")
    (event,) = extract_events(text, figures=[tally])
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities is None


def test_the_reason_is_given_in_words() -> None:
    guess = classify_event("Rioters torched shops after the protest.")
    assert guess is not None and guess.sub_event_type == "Violent demonstration"
    assert "protest" in guess.cues
    assert any("protest" in reason for reason in guess.reasons)


@pytest.mark.parametrize(("pattern", "anchors"), [
    (r"\bairstrikes?\b", ("airstrike",)),
    (r"\b(?:attack|armed|combat) drones?\b", ("attack", "armed", "combat")),
    (r"\b(?:hit|strikes? on)\b", ("hit", "strike")),
    (r"\b(?:hq|base)\b", ()),  # "hq" is too short to anchor on, so nothing is
    (r"\b(?:tear|pepper)? ?gas\b", ()),  # the group may be skipped
    (r"\b(?:abc[)]d|efg)\b", ("abc", "efg")),  # a bracket in a class ends no group
    (r"(?<!anti-)\briots?\b", ()),
])
def test_cue_anchors_are_letters_every_match_starts_with(
        pattern: str, anchors: tuple[str, ...]) -> None:
    assert literal_anchors(pattern) == anchors
