"""Gazetteer benchmark: build time, open time, memory, lookups/s, and front-line coverage.

    python bench/gazetteer.py                    # build into a temp dir, then measure
    python bench/gazetteer.py --path FILE        # measure an existing file (no build)

Coverage: the front-line list of shared/data/gazetteer/osm-ua-10oblasts-bshumylo/SOURCE.md (with
the Russian forms Russian sources use) and the settlements named in two real feeds in
shared/data/samples/feeds (Kyiv Independent, Aug 2024; Lenta.ru, 3 Dec 2022), each counted as
covered when at least one candidate lies in the right admin1 region. Results go to
bench/results/gazetteer.json.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _machine import machine, save_results

from sitrep.knowledge.gazetteer import Gazetteer, build_gazetteer
from sitrep.knowledge.names import normalize_name

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
FRONT_LINE_SOURCE = SHARED / "data" / "gazetteer" / "osm-ua-10oblasts-bshumylo" / "SOURCE.md"

# SOURCE.md oblast headings -> (country, GeoNames admin1 code).
_HEADINGS = {
    "Donetsk oblast": ("UA", "05"),
    "Zaporizhzhia oblast": ("UA", "26"),
    "Kharkiv oblast": ("UA", "07"),
}
# Russian forms of the front-line villages as Russian official and media reports write them,
# keyed by the Latin name in SOURCE.md.
RUSSIAN_FORMS = {
    "Novoselydivka": "Новоселидовка",
    "Kotlyne": "Котлино",
    "Udachne": "Удачное",
    "Pishchane": "Песчаное",
    "Zvirove": "Зверево",
    "Krasnyi Lyman": "Красный Лиман",
    "Kurakhivka": "Кураховка",
    "Novotroitske": "Новотроицкое",
    "Sukhyi Yar": "Сухой Яр",
    "Rivne": "Ровное",
    "Hrodivka": "Гродовка",
    "Ocheretyne": "Очеретино",
    "Prohres": "Прогресс",
    "Vovche": "Волчье",
    "Shevchenko": "Шевченко",
    "Novopavlivka": "Новопавловка",
    "Uspenivka": "Успеновка",
    "Kalynove": "Калиново",
    "Tarasivka": "Тарасовка",
    "Dachne": "Дачное",
    "Bohoiavlenka": "Богоявленка",
    "Kostiantynopil": "Константинополь",
    "Novomykhailivka": "Новомихайловка",
    "Solodke": "Солодкое",
    "Staromaiorske": "Старомайорское",
    "Urozhaine": "Урожайное",
    "Makarivka": "Макаровка",
    "Velyka Novosilka": "Великая Новоселка",
    "Rozdolne": "Раздольное",
    "Vremivka": "Времевка",
    "Robotyne": "Работино",
    "Stepove": "Степовое",
    "Mala Tokmachka": "Малая Токмачка",
    "Kamianske": "Каменское",
    "Lobkove": "Лобковое",
    "Kupiansk-Vuzlovyi": "Купянск-Узловой",
    "Petropavlivka": "Петропавловка",
    "Synkivka": "Синьковка",
    "Vovchansk": "Волчанск",
    "Lyptsi": "Липцы",
    "Hlyboke": "Глубокое",
    "Sudzha": "Суджа",
    "Malaya Loknya": "Малая Локня",
    "Pogrebki": "Погребки",
}
# Settlements of Ukraine and Russia named in kyivindependent_plakhov_2024-08.rss.xml, read by
# hand, with the admin1 region the text places them in.
KYIV_INDEPENDENT = [
    ("Pokrovsk", "UA", "05"),
    ("Toretsk", "UA", "05"),
    ("Avdiivka", "UA", "05"),
    ("Krasnohorivka", "UA", "05"),
    ("Novokalynove", "UA", "05"),
    ("Yampolivka", "UA", "05"),
    ("Ptyche", "UA", "05"),
    ("Chasiv Yar", "UA", "05"),
    ("Mariupol", "UA", "05"),
    ("Donetsk", "UA", "05"),
    ("Verbove", "UA", "26"),
    ("Zaporizhzhia", "UA", "26"),
    ("Kharkiv", "UA", "07"),
    ("Dnipro", "UA", "04"),
    ("Kyiv", "UA", "12"),
    ("Lviv", "UA", "15"),
    ("Lutsk", "UA", "24"),
    ("Letychiv", "UA", "09"),
    ("Izmail", "UA", "17"),
    ("Luhansk", "UA", "14"),
    ("Novofedorivka", "UA", "11"),
    ("Saky", "UA", "11"),
    ("Yevpatoria", "UA", "11"),
    ("Simferopol", "UA", "11"),
    ("Novoozerne", "UA", "11"),
    ("Dobrushino", "UA", "11"),
    ("Sevastopol", "UA", "20"),
    ("Sudzha", "RU", "41"),
    ("Kursk", "RU", "41"),
    ("Glushkovo", "RU", "41"),
    ("Krasnodar", "RU", "38"),
    ("Sochi", "RU", "38"),
    ("Moscow", "RU", "48"),
]
# Settlements named in lenta_ru_news_2022-12-03.rss.xml (in the nominative, as a lemmatiser
# gives them), read by hand, with the admin1 region the text places them in.
LENTA = [
    ("Новоселовское", "UA", "14"),
    ("Артемовск", "UA", "05"),
    ("Орехов", "UA", "26"),
    ("Марганец", "UA", "04"),
    ("Краматорск", "UA", "05"),
    ("Изюм", "UA", "07"),
    ("Коломыйчиха", "UA", "14"),
    ("Житловка", "UA", "14"),
    ("Куземовка", "UA", "14"),
    ("Селидово", "UA", "05"),
    ("Каланчак", "UA", "08"),
    ("Пески", "UA", "05"),
    ("Голиково", "UA", "14"),
    ("Кирилловка", "UA", "05"),
    ("Никольское", "UA", "05"),
    ("Донецк", "UA", "05"),
    ("Запорожье", "UA", "26"),
    ("Днепропетровск", "UA", "04"),
    ("Харьков", "UA", "07"),
    ("Киев", "UA", "12"),
    ("Львов", "UA", "15"),
    ("Саратов", "RU", "67"),
    ("Волгоград", "RU", "84"),
    ("Махачкала", "RU", "17"),
    ("Камызяк", "RU", "07"),
    ("Астрахань", "RU", "07"),
    ("Сурск", "RU", "57"),
    ("Кострома", "RU", "37"),
    ("Владивосток", "RU", "59"),
]
LOOKUP_NAMES = [
    "Pokrovsk",
    "Покровськ",
    "Krasnoarmeysk",
    "Bakhmut",
    "Артемовск",
    "Novoselydivka",
    "Svitle",
    "Kyiv",
    "Donetsk Oblast",
    "Kachin",
    "Harris County",
    "no such place",
    "Sudzha",
    "Kursk",
]


def front_line_targets(source: Path) -> list[tuple[str, str, str]]:
    """(Latin name, country, admin1 code) of each place in SOURCE.md's front-line list."""
    text = source.read_text(encoding="utf-8")
    section = text.split("## Coverage of the brief's front-line list", 1)[1].split("\n## ", 1)[0]
    targets: list[tuple[str, str, str]] = []
    region: tuple[str, str] | None = None
    for line in section.splitlines():
        heading = re.match(r"- \*\*(.+?):\*\*", line.strip())
        if heading:
            region = _HEADINGS.get(heading[1])
            if heading[1] == "Missing":
                names = line.split(":**", 1)[1].split("(")[0]
                targets += [(n.strip(), "RU", "41") for n in names.split(",") if n.strip()]
            continue
        item = re.match(r"\s+- ([^\d:(]+)", line)
        if item and region:
            targets.append((item[1].strip(), *region))
    return targets


def _covered(gazetteer: Gazetteer, name: str, country: str, code: str) -> bool:
    region = gazetteer.admin1_place(country, code)
    want = region.admin1 if region else None
    return any(p.country == country and p.admin1 == want for p, _ in gazetteer.candidates(name))


def coverage(gazetteer: Gazetteer) -> dict[str, Any]:
    """How many named settlements get a candidate in the right admin1 region, per list."""
    front = front_line_targets(FRONT_LINE_SOURCE)
    lists = {
        "front_line_latin": front,
        "front_line_russian": [(RUSSIAN_FORMS[n], c, r) for n, c, r in front if n in RUSSIAN_FORMS],
        "kyiv_independent_2024_08": KYIV_INDEPENDENT,
        "lenta_ru_2022_12_03": LENTA,
    }
    out: dict[str, Any] = {}
    for label, targets in lists.items():
        missing = [n for n, c, r in targets if not _covered(gazetteer, n, c, r)]
        ua = [t for t in targets if t[1] == "UA"]
        ua_missing = [n for n, c, r in ua if n in missing]
        out[label] = {
            "targets": len(targets),
            "covered": len(targets) - len(missing),
            "ua_targets": len(ua),
            "ua_covered": len(ua) - len(ua_missing),
            "missing": missing,
        }
    return out


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def lookups_per_second(gazetteer: Gazetteer, seconds: float = 2.0) -> dict[str, float]:
    """Throughput of ``candidates`` over LOOKUP_NAMES and of ``is_name`` over their forms."""
    norms = [normalize_name(n) for n in LOOKUP_NAMES]
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        for name in LOOKUP_NAMES:
            gazetteer.candidates(name)
        count += len(LOOKUP_NAMES)
    candidates_rate = count / (time.perf_counter() - started)
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds / 2:
        for norm in norms:
            gazetteer.is_name(norm)
        count += len(norms)
    return {
        "candidates_per_s": round(candidates_rate),
        "is_name_per_s": round(count / (time.perf_counter() - started)),
    }


def measure(path: Path, *, with_spacy: bool) -> dict[str, Any]:
    """Open time, memory, lookup rates and coverage, in this (fresh) process."""
    out: dict[str, Any] = {}
    if with_spacy:
        import spacy

        spacy.load(spacy.util.get_installed_models()[0])
    rss_before = _rss_mb()
    started = time.perf_counter()
    gazetteer = Gazetteer.open(path, build_if_missing=False)
    out["open_seconds"] = round(time.perf_counter() - started, 3)
    out["rss_mb"] = {"before_open": round(rss_before, 1), "after_open": round(_rss_mb(), 1)}
    out["with_spacy"] = with_spacy
    out["lookups"] = lookups_per_second(gazetteer)
    out["rss_mb"]["after_lookups"] = round(_rss_mb(), 1)
    out["coverage"] = coverage(gazetteer)
    gazetteer.close()
    return out


def _cold_open_seconds(path: Path) -> float:
    """Import + open in a brand-new interpreter: what a CLI run or a worker start pays."""
    code = (
        "import time; t = time.perf_counter(); "
        "from sitrep.knowledge.gazetteer import Gazetteer; "
        f"g = Gazetteer.open({str(path)!r}, build_if_missing=False); "
        "print(time.perf_counter() - t)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return round(float(done.stdout.strip()), 3)


def _border_oblasts(path: Path) -> dict[str, int]:
    """Places indexed in Russia's Kursk, Belgorod and Bryansk oblasts (GeoNames cities500)."""
    with Gazetteer.open(path, build_if_missing=False) as gazetteer:
        counts = {}
        for code, label in (("41", "Kursk"), ("09", "Belgorod"), ("10", "Bryansk")):
            region = gazetteer.admin1_place("RU", code)
            rows = gazetteer._query(  # a bench may peek; the API has no count
                "SELECT COUNT(*) FROM places WHERE country = 'RU' AND admin1 = ?"
                " AND feature NOT IN ('admin1', 'admin2')",
                (region.admin1 if region else "",),
            )
            counts[label] = int(rows[0][0])
    return counts


def _measure_in_child(path: Path, *, with_spacy: bool) -> dict[str, Any]:
    """Run ``measure`` in a new interpreter, so the build's memory does not count."""
    command = [sys.executable, __file__, "--path", str(path), "--measure-only"]
    if with_spacy:
        command.append("--with-spacy")
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main() -> int:
    """Build (unless --path), measure in fresh processes, print, write the results file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, help="measure this built file instead of building")
    parser.add_argument("--measure-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--with-spacy", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure_only:
        json.dump(measure(args.path, with_spacy=args.with_spacy), sys.stdout, ensure_ascii=False)
        return 0
    result: dict[str, Any] = {"machine": machine()}
    with tempfile.TemporaryDirectory() as tmp:
        path = args.path
        if path is None:
            path = Path(tmp) / "gazetteer.sqlite"
            report = build_gazetteer(path)
            result["build"] = {
                "seconds": report.seconds,
                "places": report.places,
                "names": report.names,
                "distinct_names": report.distinct_names,
                "file_mb": round(path.stat().st_size / 2**20, 1),
                "counts": report.counts,
            }
        result["cold_import_and_open_seconds"] = _cold_open_seconds(path)
        result.update(_measure_in_child(path, with_spacy=False))
        result["russian_border_oblast_places"] = _border_oblasts(path)
        spacy_run = _measure_in_child(path, with_spacy=True)
        result["with_spacy"] = {k: spacy_run[k] for k in ("open_seconds", "rss_mb")}
    save_results("gazetteer", result)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
