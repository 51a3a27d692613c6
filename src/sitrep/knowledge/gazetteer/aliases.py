"""Aliases as data: the shipped renamings file and the user's own file, in one YAML format."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, get_args

import platformdirs
import yaml

from sitrep.errors import ConfigError
from sitrep.model import Alias, AliasUser

ALIASES_ENV = "SITREP_ALIASES"
"""Environment variable naming the user's alias file."""

_USERS: frozenset[str] = frozenset(get_args(AliasUser))


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """One alias as read from a file: the model's ``Alias`` plus the form's language."""

    alias: Alias
    lang: str | None = None


def packaged_aliases_path() -> Path:
    """The curated alias file shipped with sitrep (``knowledge/data/aliases.yaml``)."""
    return Path(str(resources.files("sitrep.knowledge") / "data" / "aliases.yaml"))


def user_aliases_path() -> Path:
    """Where the user's alias file is looked for: ``$SITREP_ALIASES`` or the config dir."""
    override = os.environ.get(ALIASES_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_config_dir("sitrep")) / "aliases.yaml"


def _check_date(value: Any, where: str) -> str | None:
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, date) else str(value)
    try:
        date.fromisoformat(text)
    except ValueError as exc:
        raise ConfigError(f"{where}: {text!r} is not an ISO date (YYYY-MM-DD)") from exc
    return text


def _entry(place_id: str, item: Any, default_user: AliasUser, where: str) -> AliasEntry:
    if isinstance(item, str):
        item = {"name": item}
    if not isinstance(item, dict) or not str(item.get("name") or "").strip():
        raise ConfigError(f"{where}: each name needs at least a 'name' field")
    used_by = str(item.get("used_by") or default_user)
    if used_by not in _USERS:
        allowed = ", ".join(sorted(_USERS))
        raise ConfigError(f"{where}: used_by {used_by!r} is not one of {allowed}")
    alias = Alias(
        name=str(item["name"]).strip(),
        place_id=place_id,
        used_by=used_by,  # type: ignore[arg-type]
        valid_from=_check_date(item.get("valid_from"), where),
        valid_until=_check_date(item.get("valid_until"), where),
        note=str(item["note"]) if item.get("note") else None,
    )
    lang = item.get("lang")
    return AliasEntry(alias, str(lang) if lang else None)


def parse_aliases(text: str, *, source: str, default_user: AliasUser) -> list[AliasEntry]:
    """Read alias entries from YAML text.

    Args:
        text: YAML with a top-level ``aliases:`` list of ``{place, names: [...]}``; ``place``
            is a gazetteer id (``gn:704422``) or a bare GeoNames id.
        source: the file name, for error messages.
        default_user: ``used_by`` for names that do not say.

    Returns:
        The entries in file order. Raises ``ConfigError`` naming the entry when one is malformed.
    """
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: not valid YAML ({exc})") from exc
    items = data.get("aliases") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ConfigError(f"{source}: expected a top-level 'aliases:' list")
    entries: list[AliasEntry] = []
    for number, item in enumerate(items, 1):
        where = f"{source}, entry {number}"
        if not isinstance(item, dict) or "place" not in item:
            raise ConfigError(f"{where}: needs 'place' (e.g. gn:704422) and 'names'")
        place = str(item["place"]).strip()
        place_id = f"gn:{place}" if place.isdigit() else place
        names = item.get("names") or []
        if not isinstance(names, list):
            raise ConfigError(f"{where}: 'names' must be a list")
        entries += [_entry(place_id, name, default_user, where) for name in names]
    return entries


def load_alias_file(path: Path, *, default_user: AliasUser) -> list[AliasEntry]:
    """Read one alias file; a missing file gives no entries.

    Args:
        path: the YAML file.
        default_user: ``used_by`` for names that do not say (``user`` for the user's file).

    Returns:
        The entries; ``ConfigError`` if the file exists but cannot be used.
    """
    if not path.is_file():
        return []
    return parse_aliases(
        path.read_text(encoding="utf-8"), source=str(path), default_user=default_user
    )
