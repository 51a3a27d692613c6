"""The read-only gazetteer: opening the built file and looking places up by name or id."""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from array import array
from bisect import bisect_left
from collections import defaultdict
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import platformdirs

from sitrep.errors import SitrepError
from sitrep.knowledge.gazetteer import _schema
from sitrep.knowledge.gazetteer._schema import name_hash
from sitrep.knowledge.gazetteer.aliases import AliasEntry, load_alias_file, user_aliases_path
from sitrep.knowledge.gazetteer.build import build_gazetteer
from sitrep.knowledge.names import normalize_name
from sitrep.model import Alias, GazetteerPlace

GAZETTEER_ENV = "SITREP_GAZETTEER"
"""Environment variable naming the gazetteer file to use instead of the cache default."""

_PLACE_COLUMNS = "place_id, name, lat, lon, country, admin1, feature, population, geonameid"


class GazetteerError(SitrepError):
    """The gazetteer file is missing, outdated or unreadable and may not be built here."""


def default_gazetteer_path() -> Path:
    """Where the gazetteer lives: ``$SITREP_GAZETTEER`` or the user cache dir, per version.

    Returns:
        ``<user cache dir>/gazetteer-<version>.sqlite`` unless the environment overrides it.
    """
    override = os.environ.get(GAZETTEER_ENV)
    if override:
        return Path(override).expanduser()
    return (
        Path(platformdirs.user_cache_dir("sitrep"))
        / f"gazetteer-{_schema.GAZETTEER_VERSION}.sqlite"
    )


def _file_version(path: Path) -> str | None:
    """The version stored in a gazetteer file, or ``None`` if it is not a readable one."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None


def _place(row: tuple[Any, ...]) -> GazetteerPlace:
    return GazetteerPlace(
        place_id=row[0],
        name=row[1],
        lat=row[2],
        lon=row[3],
        country=row[4],
        admin1=row[5],
        feature=row[6],
        population=row[7] or 0,
        geonameid=row[8],
    )


class Gazetteer:
    """Place names -> places, read from the built SQLite file; cheap to open, safe to share.

    Holds one read-only connection (guarded by a lock, so threads may share the object), a
    sorted array of 64-bit name hashes for ``is_name`` (about 7 MB) and the user's aliases.
    """

    def __init__(self, path: Path, user_aliases: list[AliasEntry] | None = None) -> None:
        """Open a built file; prefer ``Gazetteer.open``, which also builds and checks versions."""
        self.path = Path(path)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        meta = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
        self.version = str(meta.get("version"))
        self._hashes = array("q")
        self._hashes.frombytes(meta["name_hashes"])
        self._max_words = int(meta["max_name_words"])
        self._user: defaultdict[str, list[Alias]] = defaultdict(list)
        self._user_by_place: defaultdict[str, list[Alias]] = defaultdict(list)
        for entry in user_aliases or []:
            norm = normalize_name(entry.alias.name)
            if norm:
                self._user[norm].append(entry.alias)
                self._user_by_place[entry.alias.place_id].append(entry.alias)
                self._max_words = max(self._max_words, norm.count(" ") + 1)

    @classmethod
    def open(cls, path: Path | None = None, *, build_if_missing: bool = True) -> Gazetteer:
        """Open the gazetteer, building it first if it is missing or of an older version.

        Args:
            path: the file; default ``default_gazetteer_path()``.
            build_if_missing: build a missing or outdated file (a message goes to stderr);
                when false such a file raises ``GazetteerError``.

        Returns:
            An open gazetteer with the user's aliases (``SITREP_ALIASES`` or the config dir)
            merged in. ``ConfigError`` if the user's alias file is malformed.
        """
        target = Path(path) if path is not None else default_gazetteer_path()
        version = _file_version(target) if target.exists() else None
        if version != _schema.GAZETTEER_VERSION:
            if not build_if_missing:
                state = "missing" if version is None else f"version {version}"
                raise GazetteerError(
                    f"gazetteer {target} is {state}, need version {_schema.GAZETTEER_VERSION}: "
                    "run `sitrep gazetteer build`"
                )
            print(f"sitrep: building the gazetteer at {target} (once, ~30 s) ...", file=sys.stderr)
            build_gazetteer(target)
        return cls(target, load_alias_file(user_aliases_path(), default_user="user"))

    @property
    def max_name_words(self) -> int:
        """The most words any indexed name has: the longest n-gram worth looking up."""
        return self._max_words

    def is_name(self, normalized: str) -> bool:
        """Whether some place has this (already normalised) name; fast, for n-gram scans.

        A 64-bit hash set, so a false positive is possible in theory; ``candidates`` is exact.
        """
        if normalized in self._user:
            return True
        key = name_hash(normalized)
        i = bisect_left(self._hashes, key)
        return i < len(self._hashes) and self._hashes[i] == key

    def _query(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def candidates(self, name: str) -> list[tuple[GazetteerPlace, Alias | None]]:
        """Every place that has this name, most populous first.

        Args:
            name: a place name as written; it is normalised here.

        Returns:
            One ``(place, alias)`` per place: ``alias`` is ``None`` when the name is the place's
            main name, else the record saying who uses it (the most specific one: a curated
            "historical" record before its "ru" twin; see ``aliases()`` for all). Empty if none.
        """
        norm = normalize_name(name)
        if not norm:
            return []
        rows = self._query(
            f"SELECT {', '.join('p.' + c.strip() for c in _PLACE_COLUMNS.split(','))},"
            " n.name, n.used_by, n.valid_from, n.valid_until, n.note, n.rank"
            " FROM names n JOIN places p ON p.place_id = n.place_id WHERE n.norm = ?"
            " ORDER BY p.population DESC, p.place_id, n.rank, n.seq",
            (norm,),
        )
        seen: dict[str, int] = {}
        out: list[tuple[GazetteerPlace, Alias | None]] = []
        for row in rows:
            if row[0] in seen:
                continue
            seen[row[0]] = len(out)
            alias = (
                None if row[14] == 0 else Alias(row[9], row[0], row[10], row[11], row[12], row[13])
            )
            out.append((_place(row), alias))
        for alias in self._user.get(norm, ()):
            if alias.place_id in seen:
                continue
            place = self.get(alias.place_id)
            if place is not None:
                seen[alias.place_id] = len(out)
                out.append((place, alias))
        out.sort(key=lambda pair: -pair[0].population)
        return out

    def get(self, place_id: str) -> GazetteerPlace | None:
        """The place with this id (``gn:704422``, ``osm:node/123``), or ``None``."""
        rows = self._query(f"SELECT {_PLACE_COLUMNS} FROM places WHERE place_id = ?", (place_id,))
        return _place(rows[0]) if rows else None

    def by_geonameid(self, gid: int) -> GazetteerPlace | None:
        """The place with this GeoNames id (the eval contract's id), or ``None``."""
        return self.get(f"gn:{int(gid)}")

    def aliases(self, place_id: str) -> list[Alias]:
        """Every name of a place other than its main name, curated and user records first."""
        rows = self._query(
            "SELECT name, place_id, used_by, valid_from, valid_until, note FROM names"
            " WHERE place_id = ? AND rank > 0 ORDER BY rank, seq",
            (place_id,),
        )
        return [Alias(*row) for row in rows] + list(self._user_by_place.get(place_id, ()))

    def admin1_place(self, country: str, admin1: str) -> GazetteerPlace | None:
        """The admin1 region of a country, by English name, GeoNames code or any of its names.

        Args:
            country: ISO2 code (``UA``).
            admin1: ``Donetsk Oblast``, ``05`` or ``Донецька область``.

        Returns:
            The region's place, or ``None`` if the country has no such region.
        """
        rows = self._query(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE country = ? AND feature = 'admin1'"
            " AND (admin1 = ? OR admin1_code = ?) LIMIT 1",
            (country.upper(), admin1, admin1),
        )
        if rows:
            return _place(rows[0])
        for place, _alias in self.candidates(admin1):
            if place.feature == "admin1" and place.country == country.upper():
                return place
        return None

    def country_place(self, iso2: str) -> GazetteerPlace | None:
        """The country with this ISO 3166-1 alpha-2 code, or ``None``."""
        rows = self._query(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE country = ? AND feature = 'country'",
            (iso2.upper(),),
        )
        return _place(rows[0]) if rows else None

    def close(self) -> None:
        """Close the file; the object cannot be used afterwards."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as "reopen this file" so Dask workers each open their own connection."""
        user = [AliasEntry(a) for aliases in self._user.values() for a in aliases]
        return (Gazetteer, (self.path, user))
