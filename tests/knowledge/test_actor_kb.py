"""The actor knowledge base: valid shipped data, alias lookup, inflected and exact-case matches."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sitrep.errors import SitrepError
from sitrep.knowledge.actors import ActorKB
from sitrep.model import SIDES


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    """The shipped knowledge base, loaded once."""
    return ActorKB.load()


def test_shipped_entries_are_valid_and_unique(kb: ActorKB) -> None:
    ids = [actor.actor_id for actor in kb.actors]
    assert len(ids) == len(set(ids)) > 50
    assert all(actor.side in SIDES for actor in kb.actors)
    assert all(actor.actor_id.startswith(("ua-", "ru-", "nt-")) for actor in kb.actors)


@pytest.mark.parametrize(
    ("name", "actor_id", "side"),
    [
        ("Airborne Assault Forces", "ua-air-assault-forces", "ua"),
        ("Air Assault Forces", "ua-air-assault-forces", "ua"),
        ("DeepState", "ua-deepstate", "ua"),
        ("Denis Pushilin", "ru-pushilin", "ru"),
        ("Donetsk People's Republic", "ru-dpr", "ru"),
        ("Donetsk People’s Republic", "ru-dpr", "ru"),
        ("Institute for the Study of War", "nt-isw", "neutral"),
        ("Минобороны России", "ru-ministry-of-defence", "ru"),
        ("Збройні сили України", "ua-armed-forces", "ua"),
    ],
)
def test_lookup_by_any_listed_name(kb: ActorKB, name: str, actor_id: str, side: str) -> None:
    actor = kb.lookup(name)
    assert actor is not None and actor.actor_id == actor_id and actor.side == side


def test_lookup_unknown_name_is_none(kb: ActorKB) -> None:
    assert kb.lookup("Pokrovsk Pedagogical College") is None


def test_inflected_russian_and_ukrainian_forms_match(kb: ActorKB) -> None:
    # Real Lenta.ru wording (3 Dec 2022) and Ukrainian inflected forms.
    text = (
        "Российские Вооруженные силы уничтожили за сутки около 190 военных Украины. "
        "О потерях украинской стороны сообщило журналистам Министерство обороны России."
    )
    found = {m.actor.actor_id for m in kb.match(text, "ru")}
    assert "ru-ministry-of-defence" in found
    uk = kb.match("Заяву Пушиліна спростували у Збройних силах України.", "uk")
    assert [m.actor.actor_id for m in uk] == ["ru-pushilin", "ua-armed-forces"]


def test_abbreviations_need_their_case(kb: ActorKB) -> None:
    assert [m.actor.actor_id for m in kb.match("The UN said so.", "en")] == ["nt-united-nations"]
    assert kb.match("an un-named source", "en") == []
    dpr = kb.match("the DPR’s recent gains", "en")
    assert [m.actor.actor_id for m in dpr] == ["ru-dpr"]


def test_longest_alias_wins_and_offsets_point_at_the_text(kb: ActorKB) -> None:
    text = "Also on Nov. 23, Ukraine’s Special Operations Forces published footage."
    (match,) = kb.match(text, "en")
    assert match.actor.actor_id == "ua-special-operations-forces"
    assert text[match.start : match.end] == "Ukraine’s Special Operations Forces"


def test_bad_file_is_refused_with_the_entry(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(
        yaml.safe_dump([{"id": "x", "name": "X", "side": "blue", "kind": "unit"}]), encoding="utf-8"
    )
    with pytest.raises(SitrepError, match="'x'"):
        ActorKB.load(path)
