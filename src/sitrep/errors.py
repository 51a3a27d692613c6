"""Errors sitrep raises for misuse and bad configuration.

Bad *data* is never raised: it becomes a ``Problem`` on a ``ReadResult``. These are for
callers who asked for something impossible, and each message says what to do instead.

    SitrepError
    ├── ConfigError       a sources file, setting or option that cannot be used
    ├── FetchError        a URL that could not be fetched (refused, timed out, too large, private)
    │   └── BlockedURLError   a URL sitrep refuses to fetch (scheme, private address)
    └── StoreError        the database cannot be opened or migrated
"""

from __future__ import annotations


class SitrepError(Exception):
    """Base of every error sitrep raises on purpose."""


class ConfigError(SitrepError):
    """A sources file, setting or option that cannot be used as given."""


class FetchError(SitrepError):
    """A URL that could not be fetched; the message names the URL and the reason."""


class BlockedURLError(FetchError):
    """A URL sitrep refuses to fetch: a non-HTTP scheme or a private/loopback address."""


class StoreError(SitrepError):
    """The database cannot be opened, created or migrated."""
