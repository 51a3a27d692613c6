"""The gazetteer file's layout: tables, indexes, version and the name-hash format."""

from __future__ import annotations

import hashlib

GAZETTEER_VERSION = "5"
"""Bump when the sources, the name rules or the layout change: an older file is rebuilt."""

MAX_NAME_WORDS = 6
"""Names longer than this are not indexed: no report names a place in seven words."""

DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB);
CREATE TABLE places (
    place_id TEXT PRIMARY KEY,
    geonameid INTEGER,
    name TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    country TEXT,
    admin1 TEXT,
    admin1_code TEXT,
    feature TEXT NOT NULL,
    population INTEGER NOT NULL DEFAULT 0,
    precision_km REAL,
    source TEXT NOT NULL
);
CREATE TABLE names (
    norm TEXT NOT NULL,
    place_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    used_by TEXT NOT NULL,
    valid_from TEXT,
    valid_until TEXT,
    lang TEXT,
    rank INTEGER NOT NULL,
    note TEXT,
    PRIMARY KEY (norm, place_id, seq)
) WITHOUT ROWID;
"""

INDEXES = """
CREATE INDEX names_place ON names (place_id);
CREATE INDEX places_geonameid ON places (geonameid);
CREATE INDEX places_region ON places (country, feature, admin1_code);
"""

# Rank of a name record: lower wins when one place has several records for one name.
RANK_MAIN = 0
RANK_CURATED = 1
RANK_SOURCE = 2
RANK_GENERATED = 3


def name_hash(norm: str) -> int:
    """A stable signed 64-bit hash of a normalised name, for the in-memory name set.

    Stable across processes (unlike ``hash()``), so the sorted array can be stored in the file.
    """
    digest = hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)
