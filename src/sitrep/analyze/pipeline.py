"""The analysis pipeline: named, versioned stages run in order over one text at a time.

Each stage is a pure function of the text, its metadata and the records earlier stages
produced (spaCy's ``requires``/``assigns``, by name):

    language -> places -> dates -> actors -> claims (needs actors) -> figures (needs actors,
    claims) -> events (needs all of them)

A stage that raises on one text leaves its layer empty and records a ``Problem``; the later
stages run on what exists, so one bad text never stops a batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar, cast

from sitrep.analyze import actors as actor_stage
from sitrep.analyze import claims as claim_stage
from sitrep.analyze import dates as date_stage
from sitrep.analyze import events as event_stage
from sitrep.analyze import figures as figure_stage
from sitrep.analyze import places as place_stage
from sitrep.analyze.actors import find_actors
from sitrep.analyze.claims import cue_sentences, extract_claims
from sitrep.analyze.dates import extract_dates
from sitrep.analyze.events import extract_events
from sitrep.analyze.figures import extract_figures
from sitrep.analyze.language import detect_language
from sitrep.analyze.parses import SharedParses, batches
from sitrep.analyze.places import PlaceExtractor
from sitrep.analyze.places.english import load_spacy
from sitrep.analyze.russian_ner import RussianNER
from sitrep.knowledge.actors import ActorKB
from sitrep.model import Analysis, Problem, TextInput

if TYPE_CHECKING:
    from spacy.language import Language

    from sitrep.knowledge.gazetteer import Gazetteer

STAGES: tuple[str, ...] = (
    "language.v1",
    place_stage.STAGE,
    date_stage.STAGE,
    actor_stage.STAGE,
    claim_stage.STAGE,
    figure_stage.STAGE,
    event_stage.STAGE,
)
"""Stage names with versions, stored with results so a re-analysis knows what is stale."""

# Errors a stage may raise on odd text; anything else is a bug and should surface.
_STAGE_ERRORS = (ValueError, KeyError, IndexError, RuntimeError, TypeError, OverflowError)
_LANGUAGE_SAMPLE = 2000
# Texts ``analyze_many`` reads ahead: their English parses are made together. More would
# hold more parses in memory for no measurable gain (nlp.pipe is at best ~5% faster on a CPU).
BATCH = 16

T = TypeVar("T")


class Analyzer:
    """Holds the loaded knowledge (gazetteer, actors, NLP models) so each text costs only its
    analysis. Build it once per process with ``Analyzer.load()``.
    """

    stages: tuple[str, ...] = STAGES

    def __init__(self, places: PlaceExtractor, actors: ActorKB, nlp: Language | None,
                 russian_ner: RussianNER | None = None) -> None:
        """Wrap loaded parts; use ``Analyzer.load`` unless a test brings its own.

        ``nlp`` is shared by places and actors; a ``SharedParses`` parses each text once.
        """
        self._places = places
        self._actors = actors
        self._nlp = nlp
        self._parses = nlp if isinstance(nlp, SharedParses) else None
        self._russian_ner = russian_ner

    @classmethod
    def load(cls, gazetteer: Gazetteer, *, english_ner: bool = True) -> Analyzer:
        """Load every stage's models once: spaCy (shared by places and actors), lemmatisers;
        natasha's Russian NER loads at the first Russian text.

        Args:
            gazetteer: The opened gazetteer.
            english_ner: Use spaCy's English entity recogniser; without it English runs on
                gazetteer and knowledge-base rules alone (faster, less complete).
        """
        nlp = cast("Language", SharedParses(load_spacy())) if english_ner else None
        places = PlaceExtractor.load(gazetteer, english=english_ner, nlp=nlp)
        return cls(places, ActorKB.load(), nlp, RussianNER())

    def analyze(self, item: TextInput) -> Analysis:
        """Run every stage over one text.

        Returns:
            The analysis; stages that failed on this text have empty layers and a
            ``Problem`` naming the stage and the error.
        """
        return self._analyze(item, self._language(item))

    def analyze_many(self, items: Iterable[TextInput], batch: int = BATCH) -> Iterator[Analysis]:
        """``analyze`` over many texts, in order, with the English ones parsed in batches.

        Reads ``batch`` items ahead; each analysis is the one ``analyze`` gives.
        """
        for chunk in batches(items, batch):
            languages = [self._language(item) for item in chunk]
            if self._parses is not None:
                self._parses.prepare([item.text for item, language in zip(chunk, languages,
                                                                          strict=True)
                                      if self._places.reads_english(item.text, language)])
            for item, language in zip(chunk, languages, strict=True):
                yield self._analyze(item, language)

    @staticmethod
    def _language(item: TextInput) -> str | None:
        """The item's language, detected from its title and opening when not given."""
        return item.language or detect_language(f"{item.title or ''}\n"
                                                f"{item.text[:_LANGUAGE_SAMPLE]}")

    def _ner_spans(self, text: str, language: str | None) -> list[tuple[int, int]] | None:
        """Where the actors stage runs NER: the sentences that can yield a claim. Only
        worked out when NER runs at all (English or Russian, with a model)."""
        runs = (language == "en" and self._nlp is not None) or (
            language == "ru" and self._russian_ner is not None)
        return cue_sentences(text, language) if runs else None

    def _analyze(self, item: TextInput, language: str | None) -> Analysis:
        """Every stage over one text whose language is known (or known to be unknown)."""
        text = item.text
        if self._parses is not None:
            self._parses.focus(text)
        problems: list[Problem] = []
        failed: set[str] = set()

        def run(stage: str, call: Callable[[], list[T]]) -> tuple[T, ...]:
            try:
                return tuple(call())
            except _STAGE_ERRORS as exc:
                failed.add(stage)
                problems.append(Problem(item.id, f"{stage} failed: {type(exc).__name__}: "
                                                 f"{exc}"))
                return ()

        places = run(place_stage.STAGE, lambda: self._places.extract(
            text, language=language, source_country=item.source_country))
        dates = run(date_stage.STAGE, lambda: extract_dates(
            text, published=item.published, language=language))
        actors = run(actor_stage.STAGE, lambda: find_actors(
            text, self._actors, self._nlp, language,
            ner_spans=self._ner_spans(text, language), russian_ner=self._russian_ner))
        claims = run(claim_stage.STAGE, lambda: extract_claims(
            text, actors=list(actors), language=language, outlet=item.source))
        figures = run(figure_stage.STAGE, lambda: extract_figures(
            text, actors=list(actors), language=language, published=item.published,
            claims=list(claims),
            dates=None if date_stage.STAGE in failed else list(dates)))
        events = run(event_stage.STAGE, lambda: extract_events(
            text, language=language, places=places, dates=dates, actors=actors,
            figures=figures, claims=claims))
        return Analysis(id=item.id, language=language, stages=self.stages, places=places,
                        dates=dates, actors=actors, figures=figures, claims=claims,
                        events=events, problems=tuple(problems))
