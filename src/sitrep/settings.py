"""Defaults for fetching and reading, in one typed place, overridable from the environment.

Every limit lives here with the reason for its value, and is passed explicitly to the
functions that need it; nothing reads these at import time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

from sitrep import __version__


@dataclass(frozen=True, slots=True)
class Settings:
    """Limits and defaults; ``Settings.from_env()`` applies ``SITREP_*`` overrides."""

    # A whole news page is rarely above 2 MB and a feed above 1 MB; a file ten times larger is
    # almost always a mistake (a video, a database dump), and parsing it would hold it in
    # memory several times over. A year of a busy Telegram channel can pass this: raise
    # SITREP_MAX_BYTES for such an export.
    max_bytes: int = 20 * 1024 * 1024
    # Seconds for connect and for each read; feeds that take longer are retried on back-off.
    timeout: float = 20.0
    # Seconds for a whole fetch, body included: a server that drips a byte just inside each
    # read timeout must not hold a poll for ever.
    fetch_deadline: float = 120.0
    user_agent: str = f"sitrep/{__version__} (+https://github.com/sitrep)"
    # Loopback, private and link-local addresses are refused unless allowed: a feed list from
    # elsewhere must not make sitrep probe the user's own network.
    allow_private_addresses: bool = False
    # Redirect hops followed per fetch, each re-checked against the address rules.
    max_redirects: int = 5
    # watch: seconds between polls of one feed, and the ceiling of the back-off on failures.
    poll_interval: float = 900.0
    max_backoff: float = 6 * 3600.0
    # Near-duplicates: Jaccard similarity of word shingles above which a text is a copy.
    near_duplicate_threshold: float = 0.8

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        """Defaults, overridden by ``SITREP_MAX_BYTES``, ``SITREP_TIMEOUT`` and friends."""
        env = os.environ if environ is None else environ
        settings = cls()
        overrides: dict[str, object] = {}
        for name, cast in (
            ("max_bytes", int),
            ("timeout", float),
            ("fetch_deadline", float),
            ("poll_interval", float),
            ("max_backoff", float),
            ("near_duplicate_threshold", float),
        ):
            value = env.get(f"SITREP_{name.upper()}")
            if value:
                overrides[name] = cast(value)
        if env.get("SITREP_ALLOW_PRIVATE_ADDRESSES", "").lower() in {"1", "true", "yes"}:
            overrides["allow_private_addresses"] = True
        return replace(settings, **overrides) if overrides else settings
