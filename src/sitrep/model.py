"""Records shared by every stage: the vocabulary of sitrep.

Records are frozen dataclasses with no I/O, so any stage can build, compare and serialise
them. Every record carries its provenance (where it was read from), so later stages can cite.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

DocumentKind = Literal["feed", "page", "telegram", "text"]
"""How a report reached us: an RSS/Atom item, a web article, a Telegram post, a text file."""

DOCUMENT_KINDS: tuple[DocumentKind, ...] = ("feed", "page", "telegram", "text")

Side = Literal["ua", "ru", "neutral", "unknown"]
"""Which belligerent a source speaks for."""

SIDES: tuple[Side, ...] = ("ua", "ru", "neutral", "unknown")

Reliability = Literal["A", "B", "C", "D", "E", "F"]
"""NATO/Admiralty source reliability; F means "cannot be judged" and is the default."""

RELIABILITIES: tuple[Reliability, ...] = ("A", "B", "C", "D", "E", "F")

SourceKind = Literal["feed", "page", "telegram", "text", "opml"]
"""What a configured source or a command-line input is; ``opml`` expands into feeds."""

SOURCE_KINDS: tuple[SourceKind, ...] = ("feed", "page", "telegram", "text", "opml")

LinkKind = Literal["exact_duplicate", "near_duplicate", "forward"]
"""Why a document points at an earlier one: same text, nearly the same text, or a forward."""

_SPACE = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """Fold a text to the form its identity is computed on.

    NFC, collapsed white space and casefolding, so that a re-fetched copy that differs only in
    line breaks or capitalisation hashes the same.
    """
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()


def content_hash(text: str) -> str:
    """The sha256 of a text's normalised form: equal hashes mean the same report text."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one input: reported, never raised, so the batch goes on.

    ``input`` names the file or URL (and item, where one item of many failed); ``reason`` is a
    sentence a user can act on.
    """

    input: str
    reason: str


@dataclass(frozen=True, slots=True)
class Document:
    """One report, as every source kind yields it.

    ``source`` is the outlet or channel name; ``origin`` is the file path or URL it was read
    from; ``external_id`` is the publisher's own id (feed guid, ``channel/message_id``).
    ``forwarded_from`` and ``reply_to`` keep Telegram's links as ``channel/message_id`` or a URL.
    """

    source: str
    kind: DocumentKind
    text: str
    origin: str
    url: str | None = None
    title: str | None = None
    author: str | None = None
    published: datetime | None = None
    fetched: datetime | None = None
    language: str | None = None
    external_id: str | None = None
    forwarded_from: str | None = None
    reply_to: str | None = None
    encoding: str | None = None
    content_hash: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "content_hash", content_hash(self.text))

    @property
    def key(self) -> str:
        """Identity of this report: the same item of the same source with the same text.

        Re-reading an unchanged item gives the same key (so re-ingesting changes nothing); an
        outlet re-publishing another's text gets a different key and is linked as a duplicate.
        """
        ident = self.external_id or self.url or ""
        raw = f"{self.source}\x1f{ident}\x1f{self.content_hash}"
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ReadResult:
    """What reading one input gave: its documents and its problems (like feedparser's bozo).

    ``parser`` records which strategy won (``strict``, ``lenient``, ...), for diagnosis.
    ``feeds`` lists feed URLs an OPML list named, for the caller to read in turn.
    """

    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    parser: str | None = None
    feeds: list[SourceSpec] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """A configured outlet or channel, as the sources file names it."""

    name: str
    kind: SourceKind
    url: str
    language: str | None = None
    country: str | None = None
    side: Side = "unknown"
    reliability: Reliability = "F"


@dataclass(frozen=True, slots=True)
class SignedDocument:
    """What the duplicate finder compares of one document: identity, date and MinHash.

    The store reads these for stored documents and the linking stage builds them for new
    ones, so both sides speak the same record.
    """

    key: str
    content_hash: str
    published: datetime | None
    source: str
    external_id: str | None
    forwarded_from: str | None
    signature: bytes


@dataclass(frozen=True, slots=True)
class DocumentLink:
    """A stored document pointing at the earlier one it copies; nothing is deleted."""

    document_key: str
    original_key: str
    kind: LinkKind
    similarity: float


@dataclass(frozen=True, slots=True)
class FeedState:
    """What watch remembers about one feed between polls.

    Validators for conditional GET (``etag``, ``last_modified``) and back-off (``failures``,
    ``next_poll``).
    """

    url: str
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    next_poll: datetime | None = None
    last_status: str | None = None
    last_polled: datetime | None = None


PlaceFeature = Literal[
    "continent", "country", "admin1", "admin2", "city", "town", "village", "hamlet", "landmark",
    "other",
]
"""What kind of place a gazetteer entry is, coarsened from GeoNames/OSM feature codes."""

AliasUser = Literal["official", "ua", "ru", "historical", "common", "user", "asserted"]
"""Who uses a name: the official form, one side, a former name, common usage, the user, or
a name only asserted in a text ("Krasnogorod (Ukrainian name – Pokrovsk)")."""


@dataclass(frozen=True, slots=True)
class GazetteerPlace:
    """One place a gazetteer knows, with its id in the source it came from.

    ``place_id`` is ``gn:<geonameid>``, ``osm:<type>/<id>`` or ``postal:<code>``; ``geonameid``
    is set only for GeoNames places (the eval contract's id).
    """

    place_id: str
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    feature: PlaceFeature
    population: int = 0
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class Alias:
    """Another name of a place: who uses it and when it was valid (ISO dates, open-ended)."""

    name: str
    place_id: str
    used_by: AliasUser
    valid_from: str | None = None
    valid_until: str | None = None
    note: str | None = None


PlaceFlag = Literal["unresolved", "asserted_alias", "not_in_gazetteer", "landmark", "ambiguous"]


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in a text: its span, what it resolved to, and why.

    ``place`` is ``None`` when nothing resolved (the mention stays, flagged ``unresolved``);
    ``alias`` is the alias the text used when that is not the place's main name (the name a
    source chooses is a signal); ``score`` is the resolver's confidence in 0..1.
    """

    start: int
    end: int
    text: str
    place: GazetteerPlace | None
    score: float = 0.0
    alias: Alias | None = None
    flags: tuple[PlaceFlag, ...] = ()
    stage: str = "places.v1"


DateRole = Literal["happened", "said", "published", "unknown"]
"""Which of the three clocks a date mention sets: when it happened, when it was said, when
it was published (``unknown`` when the sentence does not tell)."""

DatePrecision = Literal["day", "month", "year", "interval"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or time window named in a text, resolved against the publication time.

    ``value`` is ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or ``START/END`` of those (the eval
    contract's form): "since the beginning of November" published 2025-11-23 is
    ``2025-11-01/2025-11-23``.
    """

    start: int
    end: int
    text: str
    value: str
    precision: DatePrecision
    role: DateRole = "unknown"
    stage: str = "dates.v1"


ActorKind = Literal["military", "unit", "official", "government", "mapping", "outlet",
                    "organisation", "person", "group", "other"]


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in a text: a knowledge-base entry (``actor_id``) or an NER find (None)."""

    start: int
    end: int
    text: str
    name: str
    side: Side
    kind: ActorKind
    actor_id: str | None = None
    stage: str = "actors.v2"


FigureKind = Literal["killed", "wounded", "casualties", "captured", "missing", "displaced",
                     "evacuated", "population", "attacks", "equipment", "other"]
FigureQualifier = Literal["exact", "approx", "over", "at_least", "up_to", "under", "range"]


@dataclass(frozen=True, slots=True)
class Figure:
    """A number about the war: what it counts, how sure, whose, over which period, per whom.

    ``value`` is the low end of a range (``high`` its top); ``subject_side`` is whose losses
    or people these are; ``period`` a date value (see ``DateMention.value``) when the text
    gives one, else ``pre-war`` or (populations) ``current`` when it says so; ``cumulative``
    is True for running totals, False for daily counts, None if the text does not say.
    """

    start: int
    end: int
    text: str
    kind: FigureKind
    value: float
    qualifier: FigureQualifier = "exact"
    high: float | None = None
    subject_side: Side | None = None
    claimant: str | None = None
    period: str | None = None
    cumulative: bool | None = None
    stage: str = "figures.v2"


ClaimStance = Literal["asserted", "reported", "claimed", "denied", "suggested"]


@dataclass(frozen=True, slots=True)
class Claim:
    """An attributed statement: who says it, through whom, with which cue and stance.

    ``chain`` is the attribution chain from the outlet to the original statement, e.g.
    ``("Kyiv Independent", "Telegram", "Airborne Assault Forces")``; ``anonymous`` marks
    unnamed sources ("military observers", "a leaked transcript"); ``quote`` marks direct
    speech.
    """

    start: int
    end: int
    text: str
    claimant: str | None
    claimant_side: Side | None
    cue: str | None
    stance: ClaimStance
    chain: tuple[str, ...] = ()
    anonymous: bool = False
    quote: bool = False
    stage: str = "claims.v2"


@dataclass(frozen=True, slots=True)
class Event:
    """A happening in ACLED's taxonomy, resting on the claims that report it."""

    event_type: str
    sub_event_type: str
    start: int
    end: int
    date: str | None = None
    place: GazetteerPlace | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    claim_spans: tuple[tuple[int, int], ...] = ()
    stage: str = "events.v2"


@dataclass(frozen=True, slots=True)
class TextInput:
    """One text to analyse, with what is known about it (the eval contract's input line)."""

    id: str
    text: str
    title: str | None = None
    published: datetime | None = None
    source: str | None = None
    language: str | None = None
    source_country: str | None = None


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the analysis stages found in one text, and which stage versions ran.

    ``id`` is the input's id: a ``Document.key`` for stored documents. ``problems`` records a
    stage that failed on this text; its layer is then empty, the others stand.
    """

    id: str
    language: str | None
    stages: tuple[str, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    figures: tuple[Figure, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    problems: tuple[Problem, ...] = ()


# Evidence: stories, typed assertions, relations, reference checks and grades (issue 5).

AssertionKind = Literal["control", "advance", "figure", "population", "event"]
"""What a typed statement is about: who holds or gains a place, a number, a happening."""

Polarity = Literal["affirmed", "negated"]
"""Whether the statement says the thing is so, or that it is not ("not managing to")."""

RelationKind = Literal["corroborates", "contradicts", "refines", "unrelated"]
"""How two assertions on the same slot stand to each other."""

CheckStatus = Literal["consistent", "inconsistent", "not_in_gazetteer", "asserted_alias",
                      "future_date"]
"""The outcome of one reference check against what sitrep knows."""

Credibility = Literal[1, 2, 3, 4, 5, 6]
"""Admiralty information credibility: 1 confirmed ... 5 improbable, 6 cannot be judged."""


@dataclass(frozen=True, slots=True)
class Voice:
    """One independent voice: an original claimant or outlet and the reports that relay it.

    Forwards, duplicates and outlets quoting the same original collapse into one voice.
    """

    name: str
    side: Side
    document_keys: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Assertion:
    """A typed statement derived from a claim, figure or event, so sides can be compared.

    ``slot`` is the comparison key (e.g. ``advance:gn:704422``, ``figure:killed:ru``);
    ``actor_side`` is who controls, advances or acts; ``subject_side`` whose losses or people
    a figure counts; ``period`` a date value or ``pre-war``/``current``/``unstated`` for
    populations; ``voice`` the independent voice it belongs to.
    """

    id: str
    document_key: str
    start: int
    end: int
    kind: AssertionKind
    slot: str
    text: str
    source: str
    source_side: Side
    voice: str
    claimant: str | None = None
    claimant_side: Side | None = None
    stance: ClaimStance = "asserted"
    anonymous: bool = False
    place_id: str | None = None
    place_name: str | None = None
    actor_side: Side | None = None
    subject_side: Side | None = None
    figure_kind: str | None = None
    value: float | None = None
    qualifier: str | None = None
    period: str | None = None
    polarity: Polarity = "affirmed"
    label: str = ""


@dataclass(frozen=True, slots=True)
class Relation:
    """Two assertions on one slot and how they stand, with the reason in words."""

    story_id: str
    first: str
    second: str
    slot: str
    relation: RelationKind
    reason: str


@dataclass(frozen=True, slots=True)
class ReferenceCheck:
    """A statement checked against reference knowledge (gazetteer, publication date)."""

    document_key: str
    start: int
    end: int
    check: str
    status: CheckStatus
    reason: str
    assertion_id: str | None = None
    place_id: str | None = None
    value: str | None = None


@dataclass(frozen=True, slots=True)
class Grade:
    """An Admiralty grade of one assertion or claim, explaining itself.

    ``ref`` is an ``Assertion.id`` or ``claim:<document_key>:<start>:<end>``.
    """

    ref: str
    document_key: str
    reliability: Reliability
    credibility: int
    self_interest: bool
    reason: str

    @property
    def code(self) -> str:
        """The compact NATO form, e.g. ``B3``."""
        return f"{self.reliability}{self.credibility}"


@dataclass(frozen=True, slots=True)
class Story:
    """Reports of one happening over days: shared places, overlapping windows, actors.

    ``id`` is stable across runs (a hash of its earliest document key); ``window`` is
    ``START/END`` (ISO days) or ``None`` when no report is dated.
    """

    id: str
    title: str
    document_keys: tuple[str, ...]
    place_ids: tuple[str, ...]
    place_names: tuple[str, ...]
    window: str | None
    voices: tuple[Voice, ...] = ()
    contradictions: int = 0


@dataclass(frozen=True, slots=True)
class StoryEvidence:
    """A story with everything the evidence layer found in it, for a story page."""

    story: Story
    assertions: tuple[Assertion, ...] = ()
    relations: tuple[Relation, ...] = ()
    checks: tuple[ReferenceCheck, ...] = ()
    grades: tuple[Grade, ...] = ()
    claims: tuple[StoryClaim, ...] = ()


@dataclass(frozen=True, slots=True)
class StoryClaim:
    """An attributed claim inside a story, with its report's outlet and side."""

    document_key: str
    source: str
    source_side: Side
    claim: Claim
