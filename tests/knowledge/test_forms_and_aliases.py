"""Name forms (romanisations, Russian-style spellings) and the alias file format."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import ConfigError
from sitrep.knowledge.gazetteer._collect import fast_normalize
from sitrep.knowledge.gazetteer._forms import (
    cyrillic_lang,
    keep_name,
    romanize_ru,
    romanize_ru_yo,
    romanize_uk,
    russify_uk,
)
from sitrep.knowledge.gazetteer.aliases import (
    load_alias_file,
    packaged_aliases_path,
    parse_aliases,
)
from sitrep.knowledge.names import normalize_name


@pytest.mark.parametrize(
    ("uk", "latin"),
    [("Новоселидівка", "Novoselydivka"), ("Покровськ", "Pokrovsk"), ("Пов'язане", "Poviazane")],
)
def test_official_ukrainian_romanisation(uk: str, latin: str) -> None:
    assert romanize_uk(uk) == latin


def test_russian_romanisation() -> None:
    assert romanize_ru("Красноармейск") == "Krasnoarmeysk"
    assert romanize_ru_yo("Артёмовск") == "Artyomovsk"
    assert romanize_ru_yo("Покровск") is None


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Новоселидівка", "Новоселидовка"),
        ("Удачне", "Удачное"),
        ("Покровськ", "Покровск"),
        ("Велика Новосілка", "Великая Новосилка"),
        ("Курахівка", "Кураховка"),
    ],
)
def test_russian_style_forms(uk: str, ru: str) -> None:
    assert ru in russify_uk(uk)


def test_script_and_language_cues() -> None:
    assert cyrillic_lang("Покровськ") is None  # shared letters only
    assert cyrillic_lang("Новоселидівка") == "uk"
    assert cyrillic_lang("Артёмовск") == "ru"
    assert keep_name("Pokrovs'k") and keep_name("Покровськ")
    assert not keep_name("KBP") and not keep_name("ポクロウシク") and not keep_name("85300")


def test_packaged_aliases_parse() -> None:
    entries = load_alias_file(packaged_aliases_path(), default_user="common")
    assert len(entries) > 100
    assert all(e.alias.place_id.startswith("gn:") for e in entries)
    until = {e.alias.name: e.alias.valid_until for e in entries if e.alias.used_by == "historical"}
    assert until["Artemovsk"] == "2016-02-04"
    assert until["Dnipropetrovsk"] == "2016-05-19"


def test_user_alias_defaults_and_ids() -> None:
    text = "aliases:\n  - place: 704422\n    names: [Krasnogorod]\n"
    (entry,) = parse_aliases(text, source="t.yaml", default_user="user")
    assert entry.alias.place_id == "gn:704422"
    assert entry.alias.used_by == "user"


@pytest.mark.parametrize(
    "text",
    [
        "aliases: 3",
        "aliases:\n  - names: [X]\n",
        "aliases:\n  - place: gn:1\n    names: [{name: X, used_by: nobody}]\n",
        "aliases:\n  - place: gn:1\n    names: [{name: X, valid_until: 'May 2016'}]\n",
        "aliases: [",
    ],
)
def test_bad_alias_files_say_what_is_wrong(text: str) -> None:
    with pytest.raises(ConfigError, match=r"t\.yaml"):
        parse_aliases(text, source="t.yaml", default_user="user")


def test_missing_alias_file_is_empty(tmp_path: Path) -> None:
    assert load_alias_file(tmp_path / "none.yaml", default_user="user") == []


@pytest.mark.parametrize(
    "name",
    [
        "Pokrovs'k",
        "Kamianets-Podilskyi",
        "  Saint  Vincent and the  Grenadines ",
        "Ol`khovka",
        "Tab\tSeparated",
        "Pokrovs’k",
        "Новоселидівка",
        "Артёмовск",
        "São Paulo",
        "A--B",
    ],
)
def test_fast_normalize_agrees(name: str) -> None:
    assert fast_normalize(name) == normalize_name(name)
