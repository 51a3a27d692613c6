"""Fetching URLs over HTTP: the one place sitrep touches the network, and its SSRF guard."""

from __future__ import annotations

import errno
import ipaddress
import logging
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from sitrep.errors import BlockedURLError, FetchError
from sitrep.settings import Settings

LOGGER = logging.getLogger(__name__)

_SCHEMES = frozenset({"http", "https"})
_DEFAULT_PORTS = {"http": 80, "https": 443}
# RFC 9110 section 15.4: the redirects that carry a Location to follow.
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched response: the body and the headers the caller needs to fetch it again.

    ``url`` is what was asked for, ``final_url`` where redirects ended. A ``304 Not
    Modified`` answer has ``not_modified=True`` and empty ``content``.
    """

    url: str
    final_url: str
    status: int
    content: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None
    not_modified: bool


def make_client(settings: Settings, verify: ssl.SSLContext | bool = True) -> httpx.Client:
    """Build the HTTP client ``fetch_url`` expects: sitrep's timeout and user agent.

    Redirects are off because ``fetch_url`` follows them itself, re-checking every hop.
    Connections are not kept for reuse: requests go to pinned addresses, and a TLS
    connection checked for one host name must never carry a request for another name
    that resolved to the same address.

    Args:
        settings: Where the timeout and user agent come from.
        verify: TLS verification: True for the system's CAs, or a context trusting others.

    Returns:
        A new client; the caller closes it (``with make_client(s) as client: ...``).
    """
    return httpx.Client(
        timeout=httpx.Timeout(settings.timeout),
        headers={"User-Agent": settings.user_agent},
        follow_redirects=False,
        limits=httpx.Limits(max_keepalive_connections=0),
        verify=verify,
    )


def fetch_url(
    url: str,
    client: httpx.Client,
    settings: Settings,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
) -> Fetched:
    """Fetch one URL, following redirects, within the size and address rules.

    Args:
        url: An http or https URL.
        client: The client to use, e.g. from ``make_client``; tests pass their own.
        settings: Limits: ``max_bytes``, ``max_redirects``, ``allow_private_addresses``.
        etag: The ETag of a copy already held, sent as ``If-None-Match``.
        last_modified: Its Last-Modified date, sent as ``If-Modified-Since``.

    Returns:
        The response body and caching headers; ``not_modified`` on a 304.

    Raises:
        BlockedURLError: A scheme other than http(s), or a host (of any hop) that resolves
            to a loopback, private, link-local, reserved or multicast address.
        FetchError: An HTTP error status, too many redirects, a body over ``max_bytes``,
            or a network failure (refused, timed out, name not resolved); chained.
    """
    headers: dict[str, str] = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    deadline = time.monotonic() + settings.fetch_deadline
    for _hop in range(settings.max_redirects + 1):
        target, pinned = pin_to_address(current, check_url(current, settings))
        try:
            with client.stream("GET", target, headers={**headers, **pinned.headers},
                               extensions=pinned.extensions) as response:
                location = _redirect_location(response)
                if location is None:
                    return _read_response(url, current, response, settings, deadline)
        except httpx.HTTPError as exc:
            raise FetchError(f"cannot fetch {current}: {_network_reason(exc, settings)}") from exc
        LOGGER.debug("%s redirects to %s", current, location)
        current = urljoin(current, location)
    raise FetchError(f"too many redirects (more than {settings.max_redirects}) from {url}")


def check_url(url: str, settings: Settings) -> IPAddress:
    """Refuse a URL sitrep must not fetch: non-HTTP schemes and non-public addresses.

    The host is resolved here, and every address it resolves to must be public, so a
    name pointing at ``127.0.0.1`` is refused as surely as the literal address.

    Args:
        url: The URL about to be requested.
        settings: ``allow_private_addresses`` lifts the address rule (for local servers).

    Returns:
        The checked address to connect to (IPv4 first): ``pin_to_address`` makes the
        request go there, so a second DNS answer (rebinding) cannot send it elsewhere.

    Raises:
        BlockedURLError: The scheme or an address is refused; the message names both.
        FetchError: The host name cannot be resolved.
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise BlockedURLError(f"refusing to fetch {url!r}: it is not a valid URL ({exc})") from exc
    scheme = parts.scheme.lower()
    if scheme not in _SCHEMES:
        raise BlockedURLError(
            f"refusing to fetch {url}: only http and https URLs are fetched, not {scheme or '?'}:"
        )
    if not parts.hostname:
        raise BlockedURLError(f"refusing to fetch {url}: it names no host")
    addresses = _resolve(parts.hostname, port or _DEFAULT_PORTS[scheme], url)
    for address in addresses:
        if not settings.allow_private_addresses and not _is_public(address):
            raise BlockedURLError(
                f"refusing to fetch {url}: {parts.hostname} is {address}, a loopback, private "
                "or reserved address (set SITREP_ALLOW_PRIVATE_ADDRESSES=1 to allow it)"
            )
    return min(addresses, key=lambda a: a.version)


@dataclass(frozen=True, slots=True)
class Pinned:
    """What a request to a pinned address needs to stay a request to the named host."""

    headers: dict[str, str]
    extensions: dict[str, str]


def pin_to_address(url: str, address: IPAddress) -> tuple[str, Pinned]:
    """``url`` with its host replaced by ``address``, and the Host header and TLS server
    name (SNI, certificate check) that keep it addressed to the original host."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    literal = f"[{address}]" if address.version == 6 else str(address)
    userinfo, _, host_header = parts.netloc.rpartition("@")
    netloc = f"{literal}:{parts.port}" if parts.port else literal
    netloc = f"{userinfo}@{netloc}" if userinfo else netloc
    extensions = {"sni_hostname": host} if parts.scheme.lower() == "https" else {}
    return parts._replace(netloc=netloc).geturl(), Pinned({"Host": host_header}, extensions)


def _resolve(host: str, port: int, url: str) -> list[IPAddress]:
    """Every address a host name resolves to (at least one)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot fetch {url}: name not resolved ({host})") from exc
    # sockaddr[0] may carry an IPv6 zone ("fe80::1%eth0"), which ip_address rejects.
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]


def _is_public(address: IPAddress) -> bool:
    """True for globally routable unicast addresses, judging IPv4-mapped IPv6 as IPv4."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return address.is_global and not (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_reserved
        or address.is_multicast
        or address.is_unspecified
    )


def _redirect_location(response: httpx.Response) -> str | None:
    """The Location of a redirect response, or None if this is not one to follow."""
    if response.status_code in _REDIRECT_STATUSES:
        return response.headers.get("Location") or None
    return None


def _read_response(
    url: str, final_url: str, response: httpx.Response, settings: Settings, deadline: float
) -> Fetched:
    """Turn a final (non-redirect) response into ``Fetched``, or raise for its status."""
    not_modified = response.status_code == 304
    if not not_modified and not response.is_success:
        raise FetchError(f"HTTP {response.status_code} {response.reason_phrase} for {final_url}")
    content = b"" if not_modified else _read_body(response, final_url, settings.max_bytes,
                                                  deadline)
    return Fetched(
        url=url,
        final_url=final_url,
        status=response.status_code,
        content=content,
        content_type=response.headers.get("Content-Type"),
        etag=response.headers.get("ETag"),
        last_modified=response.headers.get("Last-Modified"),
        not_modified=not_modified,
    )


def _read_body(response: httpx.Response, url: str, max_bytes: int, deadline: float) -> bytes:
    """Read the body in chunks, stopping as soon as it passes ``max_bytes`` or the fetch
    passes its ``deadline`` (``time.monotonic()`` seconds).

    Content-Length is checked first to fail without reading; the running count guards
    against servers that omit or understate it, and counts decompressed bytes.
    """
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(
            f"{url} is too large: Content-Length {declared} bytes exceeds the limit of "
            f"{max_bytes} bytes"
        )
    body = bytearray()
    for chunk in response.iter_bytes():
        body.extend(chunk)
        if len(body) > max_bytes:
            raise FetchError(f"{url} is too large: more than the limit of {max_bytes} bytes")
        if time.monotonic() > deadline:
            raise FetchError(f"{url} is too slow: not complete within the fetch deadline "
                             "(SITREP_FETCH_DEADLINE seconds)")
    return bytes(body)


def _network_reason(exc: httpx.HTTPError, settings: Settings) -> str:
    """A short human reason for an httpx failure."""
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out after {settings.timeout:g} s"
    for cause in _causes(exc):
        if isinstance(cause, ConnectionRefusedError) or (
            isinstance(cause, OSError) and cause.errno == errno.ECONNREFUSED
        ):
            return "connection refused"
        if isinstance(cause, socket.gaierror):
            return "name not resolved"
        if isinstance(cause, ssl.SSLError):
            return f"TLS error ({cause.reason or cause})"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"the server broke the HTTP protocol ({exc})"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception and its chain of causes (httpx wraps httpcore, which wraps OSError)."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain
