"""The sources file: the outlets and channels a user follows, with side and reliability.

A YAML file, so an analyst can edit it by hand and keep it under version control::

    sources:
      - name: Kyiv Independent
        kind: feed
        url: https://kyivindependent.com/news-archive/rss/
        language: en
        country: UA
        side: ua          # ua | ru | neutral | unknown
        reliability: B    # Admiralty A-F; F (cannot be judged) when absent
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import asdict, replace
from importlib import resources
from pathlib import Path
from typing import Any

import platformdirs
import yaml

from sitrep.errors import ConfigError
from sitrep.model import RELIABILITIES, SIDES, SOURCE_KINDS, SourceSpec

_FIELDS = ("name", "kind", "url", "language", "country", "side", "reliability")


def default_catalog_path() -> Path:
    """``SITREP_SOURCES`` if set, else ``sources.yaml`` in the user's config directory."""
    env = os.environ.get("SITREP_SOURCES")
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir("sitrep")) / "sources.yaml"


def parse_catalog(text: str, *, origin: str = "sources file") -> list[SourceSpec]:
    """Read a sources file's text into validated specs.

    Raises:
        ConfigError: naming the entry and the field that is wrong, and what is allowed.
    """
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{origin} is not valid YAML: {exc}") from exc
    if data is None:
        return []
    entries = data.get("sources") if isinstance(data, dict) else None
    if entries is None:
        entries = []
    if not isinstance(entries, list):
        raise ConfigError(f"{origin}: 'sources' must be a list of entries")
    specs = [_spec_from_entry(entry, origin=f"{origin}, entry {i + 1}") for i, entry in
             enumerate(entries)]
    _check_unique(specs, origin)
    return specs


def load_catalog(path: Path) -> list[SourceSpec]:
    """The specs in the sources file at ``path``; an absent file is an empty catalog."""
    if not path.exists():
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read sources file {path}: {exc}") from exc
    specs = parse_catalog(text, origin=str(path))
    return [_resolve_relative(spec, path.parent) for spec in specs]


def bundled_catalog_path() -> Path:
    """The sources file of the sample reports shipped inside the package (the offline demo)."""
    return Path(str(resources.files("sitrep") / "samples" / "sources.yaml"))


def dump_catalog(specs: Sequence[SourceSpec]) -> str:
    """YAML text of ``specs``, fields in a fixed order and empty ones left out."""
    entries = [{k: v for k, v in asdict(s).items() if v is not None} for s in specs]
    return yaml.safe_dump({"sources": entries}, allow_unicode=True, sort_keys=False)


def save_catalog(path: Path, specs: Sequence[SourceSpec]) -> None:
    """Write the sources file atomically, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(dump_catalog(specs), encoding="utf-8")
    tmp.replace(path)


def add_source(specs: Sequence[SourceSpec], spec: SourceSpec) -> list[SourceSpec]:
    """``specs`` with ``spec`` added, or replacing the entry of the same name."""
    _validate(spec, origin=f"source {spec.name!r}")
    kept = [s for s in specs if s.name != spec.name]
    return [*kept, spec]


def remove_source(specs: Sequence[SourceSpec], name: str) -> list[SourceSpec]:
    """``specs`` without the entry called ``name``.

    Raises:
        ConfigError: when no entry has that name, listing the names there are.
    """
    kept = [s for s in specs if s.name != name]
    if len(kept) == len(specs):
        names = ", ".join(s.name for s in specs) or "none"
        raise ConfigError(f"no source named {name!r} (configured: {names})")
    return kept


def _resolve_relative(spec: SourceSpec, base: Path) -> SourceSpec:
    """A relative file path in a sources file is relative to that file, not to the shell."""
    if "://" in spec.url or Path(spec.url).expanduser().is_absolute():
        return spec
    return replace(spec, url=str(base / spec.url))


def _spec_from_entry(entry: Any, *, origin: str) -> SourceSpec:
    if not isinstance(entry, dict):
        raise ConfigError(f"{origin}: expected a mapping with name, kind and url")
    unknown = set(entry) - set(_FIELDS)
    if unknown:
        raise ConfigError(f"{origin}: unknown field(s) {sorted(unknown)}; allowed: {_FIELDS}")
    for required in ("name", "kind", "url"):
        if not entry.get(required):
            raise ConfigError(f"{origin}: missing '{required}'")
    values = {k: (str(v) if v is not None else None) for k, v in entry.items()}
    spec = SourceSpec(**{k: v for k, v in values.items() if v is not None})  # type: ignore[arg-type]
    spec = replace(spec, reliability=spec.reliability.upper())  # type: ignore[arg-type]
    _validate(spec, origin=origin)
    return spec


def _validate(spec: SourceSpec, *, origin: str) -> None:
    if spec.kind not in SOURCE_KINDS:
        raise ConfigError(f"{origin}: kind {spec.kind!r} is not one of {SOURCE_KINDS}")
    if spec.side not in SIDES:
        raise ConfigError(f"{origin}: side {spec.side!r} is not one of {SIDES}")
    if spec.reliability not in RELIABILITIES:
        raise ConfigError(
            f"{origin}: reliability {spec.reliability!r} is not one of {RELIABILITIES}"
        )


def _check_unique(specs: Sequence[SourceSpec], origin: str) -> None:
    seen: set[str] = set()
    for spec in specs:
        if spec.name in seen:
            raise ConfigError(f"{origin}: the name {spec.name!r} is used twice")
        seen.add(spec.name)
