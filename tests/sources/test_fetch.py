"""Tests for sources/fetch.py against a real HTTP server on 127.0.0.1 (no mocks, no internet)."""

from __future__ import annotations

import contextlib
import dataclasses
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
import trustme

from sitrep.errors import BlockedURLError, FetchError
from sitrep.settings import Settings
from sitrep.sources.feeds import parse_feed
from sitrep.sources.fetch import Fetched, fetch_url, make_client, pin_to_address

FEED = Path(__file__).parent.parent / "fixtures" / "feeds" / "lenta_ru_news_2022-12-03.rss.xml"
FEED_BYTES = FEED.read_bytes()
ETAG = '"lenta-v1"'
LAST_MODIFIED = "Sat, 03 Dec 2022 16:43:00 GMT"
# A global unicast address standing in for a public feed host. Requests for it go to the
# local server acting as an HTTP proxy, so nothing ever leaves this machine.
PUBLIC_HOST = "93.184.215.14"
LOCAL = Settings(allow_private_addresses=True, timeout=5.0)


class Handler(BaseHTTPRequestHandler):
    """Routes for every case; ``self.path`` may be absolute when we act as a proxy."""

    protocol_version = "HTTP/1.1"
    seen: list[dict[str, str]] = []  # noqa: RUF012 - request log shared with the tests

    def log_message(self, format: str, *args: object) -> None:
        """Keep pytest output clean."""

    def do_GET(self) -> None:
        Handler.seen.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
        route = urlsplit(self.path).path
        port = self.server.server_address[1]
        if route == "/feed":
            self._feed()
        elif route == "/missing":
            self._send(404, b"no such feed", {"Content-Type": "text/plain"})
        elif route == "/moved":
            self._send(301, b"", {"Location": "/feed"})
        elif route == "/loop":
            self._send(302, b"", {"Location": "/loop"})
        elif route == "/to-loopback":
            self._send(302, b"", {"Location": f"http://127.0.0.1:{port}/feed"})
        elif route == "/to-file":
            self._send(302, b"", {"Location": "file:///etc/passwd"})
        elif route == "/big":
            self._send(200, b"x" * 5000, {"Content-Type": "text/plain"})
        elif route == "/big-unannounced":
            self._send_chunked(b"y" * 5000)
        elif route == "/slow":
            self._slow()
        elif route == "/drip":
            self._drip()
        else:
            self._send(500, b"unknown route", {})

    def _feed(self) -> None:
        if (
            self.headers.get("If-None-Match") == ETAG
            or self.headers.get("If-Modified-Since") == LAST_MODIFIED
        ):
            self._send(304, b"", {"ETag": ETAG})
            return
        headers = {
            "Content-Type": "application/rss+xml; charset=utf-8",
            "ETag": ETAG,
            "Last-Modified": LAST_MODIFIED,
        }
        self._send(200, FEED_BYTES, headers)

    def _slow(self) -> None:
        time.sleep(1.0)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._send(200, b"late", {})  # the client has given up by now, as intended

    def _drip(self) -> None:
        """Ten small chunks a tenth of a second apart: each read is quick, the whole is not."""
        self.send_response(200)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            for _ in range(10):
                self.wfile.write(b"1\r\nz\r\n")
                self.wfile.flush()
                time.sleep(0.1)
            self.wfile.write(b"0\r\n\r\n")

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _send_chunked(self, body: bytes) -> None:
        """A body with no Content-Length, so only counting while reading can stop it."""
        self.send_response(200)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for start in range(0, len(body), 1000):
            chunk = body[start : start + 1000]
            self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        self.wfile.write(b"0\r\n\r\n")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """Base URL of a threaded HTTP server on an ephemeral port of 127.0.0.1."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with make_client(LOCAL) as http:
        yield http


def test_fetch_feed_with_caching_headers(server: str, client: httpx.Client) -> None:
    fetched = fetch_url(f"{server}/feed", client, LOCAL)
    assert fetched == Fetched(
        url=f"{server}/feed",
        final_url=f"{server}/feed",
        status=200,
        content=FEED_BYTES,
        content_type="application/rss+xml; charset=utf-8",
        etag=ETAG,
        last_modified=LAST_MODIFIED,
        not_modified=False,
    )
    assert Handler.seen[-1]["user-agent"] == LOCAL.user_agent
    result = parse_feed(
        fetched.content, origin=fetched.final_url, content_type=fetched.content_type
    )
    assert result.documents[1].title == "Опубликована карта боевых действий на Украине"


@pytest.mark.parametrize(
    "conditions",
    [{"etag": ETAG}, {"last_modified": LAST_MODIFIED}],
    ids=["if-none-match", "if-modified-since"],
)
def test_conditional_get_gives_not_modified(
    server: str, client: httpx.Client, conditions: dict[str, str]
) -> None:
    fetched = fetch_url(f"{server}/feed", client, LOCAL, **conditions)
    assert (fetched.status, fetched.not_modified, fetched.content) == (304, True, b"")
    sent = Handler.seen[-1]
    assert sent.get("if-none-match") == conditions.get("etag")
    assert sent.get("if-modified-since") == conditions.get("last_modified")


def test_http_error_status(server: str, client: httpx.Client) -> None:
    with pytest.raises(
        FetchError, match=r"^HTTP 404 Not Found for http://127\.0\.0\.1:\d+/missing$"
    ):
        fetch_url(f"{server}/missing", client, LOCAL)


def test_redirect_is_followed(server: str, client: httpx.Client) -> None:
    fetched = fetch_url(f"{server}/moved", client, LOCAL)
    assert (fetched.url, fetched.final_url) == (f"{server}/moved", f"{server}/feed")
    assert fetched.content == FEED_BYTES


def test_redirect_loop_stops(server: str, client: httpx.Client) -> None:
    settings = dataclasses.replace(LOCAL, max_redirects=3)
    with pytest.raises(FetchError, match=r"too many redirects \(more than 3\)"):
        fetch_url(f"{server}/loop", client, settings)
    assert sum(request["path"] == "/loop" for request in Handler.seen[-4:]) == 4


def test_redirect_to_another_scheme_is_blocked(server: str, client: httpx.Client) -> None:
    with pytest.raises(BlockedURLError, match="file:///etc/passwd"):
        fetch_url(f"{server}/to-file", client, LOCAL)


def test_redirect_to_a_private_address_is_blocked(server: str) -> None:
    """A public first hop passes; its redirect to 127.0.0.1 is re-checked and refused.

    The client uses the local server as its HTTP proxy, so the "public" host is never
    contacted: the request line arrives here in absolute form.
    """
    strict = Settings(timeout=5.0)  # private addresses not allowed
    proxied = httpx.Client(proxy=server, follow_redirects=False, timeout=5.0)
    with proxied, pytest.raises(BlockedURLError) as caught:
        fetch_url(f"http://{PUBLIC_HOST}/to-loopback", proxied, strict)
    assert Handler.seen[-1]["path"] == f"http://{PUBLIC_HOST}/to-loopback"
    assert f"{server}/feed" in str(caught.value) and "127.0.0.1" in str(caught.value)


def test_oversize_body_with_content_length(server: str, client: httpx.Client) -> None:
    settings = dataclasses.replace(LOCAL, max_bytes=1000)
    with pytest.raises(FetchError, match="Content-Length 5000 bytes exceeds the limit of 1000"):
        fetch_url(f"{server}/big", client, settings)


def test_oversize_body_without_content_length(server: str, client: httpx.Client) -> None:
    settings = dataclasses.replace(LOCAL, max_bytes=1000)
    with pytest.raises(FetchError, match="more than the limit of 1000 bytes"):
        fetch_url(f"{server}/big-unannounced", client, settings)
    assert fetch_url(f"{server}/big-unannounced", client, LOCAL).content == b"y" * 5000


def test_closed_port_is_connection_refused(client: httpx.Client) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match="connection refused") as caught:
        fetch_url(f"http://127.0.0.1:{port}/feed", client, LOCAL)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


def test_slow_response_times_out(server: str) -> None:
    settings = dataclasses.replace(LOCAL, timeout=0.2)
    with make_client(settings) as impatient, pytest.raises(FetchError) as caught:
        fetch_url(f"{server}/slow", impatient, settings)
    assert str(caught.value) == f"cannot fetch {server}/slow: timed out after 0.2 s"
    assert isinstance(caught.value.__cause__, httpx.TimeoutException)


def test_a_dripping_body_stops_at_the_fetch_deadline(server: str) -> None:
    settings = dataclasses.replace(LOCAL, timeout=2.0, fetch_deadline=0.3)
    with make_client(settings) as http, pytest.raises(FetchError, match="too slow"):
        fetch_url(f"{server}/drip", http, settings)
    with make_client(LOCAL) as http:
        assert fetch_url(f"{server}/drip", http, LOCAL).content == b"z" * 10


def test_the_request_goes_to_the_checked_address_under_its_host_name(
        server: str, client: httpx.Client) -> None:
    """A name is resolved once, checked, and connected to at that address: a second DNS
    answer (rebinding) cannot redirect the request. The server still sees the name."""
    port = urlsplit(server).port
    fetched = fetch_url(f"http://localhost:{port}/feed", client, LOCAL)
    assert fetched.content == FEED_BYTES
    assert fetched.final_url == f"http://localhost:{port}/feed"
    assert Handler.seen[-1]["host"] == f"localhost:{port}"


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A refused TLS handshake is what the test expects; no traceback for it."""


@pytest.fixture(scope="module")
def tls_server() -> Iterator[tuple[str, ssl.SSLContext]]:
    """An HTTPS server on 127.0.0.1 whose certificate names only "localhost" (a test CA),
    and a client TLS context that trusts that CA."""
    authority = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("localhost").configure_cert(server_context)
    client_context = ssl.create_default_context()
    authority.configure_trust(client_context)
    httpd = _QuietServer(("127.0.0.1", 0), Handler)
    httpd.socket = server_context.wrap_socket(httpd.socket, server_side=True)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"https://localhost:{httpd.server_address[1]}", client_context
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


def test_https_to_a_pinned_address_checks_the_certificate_of_the_name(
        tls_server: tuple[str, ssl.SSLContext]) -> None:
    """Connected by address, TLS still sends the name (SNI) and checks the certificate
    against it: the fetch works, and a certificate for another name fails."""
    base, trusted = tls_server
    with make_client(LOCAL, verify=trusted) as http:
        assert fetch_url(f"{base}/feed", http, LOCAL).content == FEED_BYTES
        port = urlsplit(base).port
        with pytest.raises(FetchError, match="TLS error"):
            fetch_url(f"https://127.0.0.1:{port}/feed", http, LOCAL)


@pytest.mark.parametrize(("url", "address", "target", "host", "sni"), [
    ("https://example.org/feed?x=1", "93.184.215.14", "https://93.184.215.14/feed?x=1",
     "example.org", "example.org"),
    ("http://user:pw@example.org:8080/rss", "2606:2800:21f:cb07::1",
     "http://user:pw@[2606:2800:21f:cb07::1]:8080/rss", "example.org:8080", None),
])
def test_pin_to_address(url: str, address: str, target: str, host: str,
                        sni: str | None) -> None:
    import ipaddress

    pinned_url, pinned = pin_to_address(url, ipaddress.ip_address(address))
    assert pinned_url == target
    assert pinned.headers == {"Host": host}
    assert pinned.extensions.get("sni_hostname") == sni


@pytest.mark.parametrize(
    ("url", "named"),
    [
        ("http://127.0.0.1/", "127.0.0.1"),
        ("http://localhost:8080/rss", "localhost"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
        ("http://10.1.2.3/feed", "10.1.2.3"),
        ("http://[::1]/", "::1"),
        ("http://[::ffff:127.0.0.1]/", "::ffff:127.0.0.1"),
        ("http://0.0.0.0/", "0.0.0.0"),
        ("http://224.0.0.1/", "224.0.0.1"),
        ("http://100.64.0.1/", "100.64.0.1"),
    ],
)
def test_private_addresses_are_refused_by_default(url: str, named: str) -> None:
    with make_client(Settings()) as http, pytest.raises(BlockedURLError) as caught:
        fetch_url(url, http, Settings())
    assert url in str(caught.value) and named in str(caught.value)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.invalid/feed", "gopher://x/", "javascript:x"]
)
def test_other_schemes_are_refused(url: str) -> None:
    blocked = pytest.raises(BlockedURLError, match="only http and https")
    with make_client(Settings()) as http, blocked:
        fetch_url(url, http, Settings())


@pytest.mark.parametrize("url", ["http:///no-host", "http://example.invalid:99999/"])
def test_malformed_urls_are_refused(url: str) -> None:
    with make_client(Settings()) as http, pytest.raises(BlockedURLError, match="refusing to fetch"):
        fetch_url(url, http, Settings())


def test_make_client_settings() -> None:
    settings = Settings(timeout=7.5, user_agent="sitrep-test/1")
    with make_client(settings) as http:
        assert http.timeout == httpx.Timeout(7.5)
        assert http.headers["User-Agent"] == "sitrep-test/1"
        assert http.follow_redirects is False
