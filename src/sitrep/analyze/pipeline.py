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
from sitrep.analyze.places import PlaceExtractor
from sitrep.analyze.places.english import load_spacy
from sitrep.analyze.russian_ner import RussianNER
from sitrep.knowledge.actors import ActorKB
from sitrep.model import Analysis, Problem, TextInput

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

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

T = TypeVar("T")


class _LastParse:
    """A spaCy pipeline that remembers its last text's parse.

    The places stage parses the whole text; the actors stage then asks for some of its
    sentences, which are cut from that parse instead of running the recogniser again.
    """

    def __init__(self, nlp: Language) -> None:
        self._nlp = nlp
        self._text: str | None = None
        self._doc: Doc | None = None

    def __call__(self, text: str) -> Doc:
        if self._doc is not None and self._text is not None:
            if text == self._text:
                return self._doc
            at = self._text.find(text)
            part = self._doc.char_span(at, at + len(text)) if at >= 0 else None
            if part is not None:
                return part.as_doc()
        self._doc, self._text = self._nlp(text), text
        return self._doc

    def pipe(self, texts: Iterable[str]) -> Iterator[Doc]:
        for text in texts:
            yield self(text)


class Analyzer:
    """Holds the loaded knowledge (gazetteer, actors, NLP models) so each text costs only its
    analysis. Build it once per process with ``Analyzer.load()``.
    """

    stages: tuple[str, ...] = STAGES

    def __init__(self, places: PlaceExtractor, actors: ActorKB, nlp: Language | None,
                 russian_ner: RussianNER | None = None) -> None:
        """Wrap loaded parts; use ``Analyzer.load`` unless a test brings its own."""
        self._places = places
        self._actors = actors
        self._nlp = nlp
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
        nlp = cast("Language", _LastParse(load_spacy())) if english_ner else None
        places = PlaceExtractor.load(gazetteer, english=english_ner, nlp=nlp)
        return cls(places, ActorKB.load(), nlp, RussianNER())

    def analyze(self, item: TextInput) -> Analysis:
        """Run every stage over one text.

        Returns:
            The analysis; stages that failed on this text have empty layers and a
            ``Problem`` naming the stage and the error.
        """
        text = item.text
        language = item.language or detect_language(f"{item.title or ''}\n"
                                                    f"{text[:_LANGUAGE_SAMPLE]}")
        problems: list[Problem] = []

        def run(stage: str, call: Callable[[], list[T]]) -> tuple[T, ...]:
            try:
                return tuple(call())
            except _STAGE_ERRORS as exc:
                problems.append(Problem(item.id, f"{stage} failed: {type(exc).__name__}: "
                                                 f"{exc}"))
                return ()

        places = run(place_stage.STAGE, lambda: self._places.extract(
            text, language=language, source_country=item.source_country))
        dates = run(date_stage.STAGE, lambda: extract_dates(
            text, published=item.published, language=language))
        actors = run(actor_stage.STAGE, lambda: find_actors(
            text, self._actors, self._nlp, language,
            ner_spans=cue_sentences(text, language), russian_ner=self._russian_ner))
        claims = run(claim_stage.STAGE, lambda: extract_claims(
            text, actors=list(actors), language=language, outlet=item.source))
        figures = run(figure_stage.STAGE, lambda: extract_figures(
            text, actors=list(actors), language=language, published=item.published,
            claims=list(claims)))
        events = run(event_stage.STAGE, lambda: extract_events(
            text, language=language, places=places, dates=dates, actors=actors,
            figures=figures, claims=claims))
        return Analysis(id=item.id, language=language, stages=self.stages, places=places,
                        dates=dates, actors=actors, figures=figures, claims=claims,
                        events=events, problems=tuple(problems))
