"""Actors of the war (forces, units, officials, outlets) with their sides, shipped as data."""

from sitrep.knowledge.actors._lemmas import Lemmatizer
from sitrep.knowledge.actors.kb import Actor, ActorKB, KBMatch

__all__ = ["Actor", "ActorKB", "KBMatch", "Lemmatizer"]
