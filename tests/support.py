"""Shared test helpers: fixture paths and a real HTTP server on loopback."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = Path(__file__).parent.parent / "src" / "sitrep" / "samples"
@dataclass
class Route:
    """What the test server answers on one path; ``etag`` turns on conditional GET."""

    body: bytes
    content_type: str = "application/rss+xml"
    etag: str | None = None
    status: int = 200
    hits: list[dict[str, str]] = field(default_factory=list)


@dataclass
class LocalServer:
    """A real HTTP server on 127.0.0.1 whose routes tests can change between requests."""

    base: str
    routes: dict[str, Route]

    def url(self, path: str) -> str:
        return f"{self.base}{path}"


def _handler(routes: dict[str, Route]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            route = routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            route.hits.append(dict(self.headers))
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            if route.etag:
                self.send_header("ETag", route.etag)
            self.end_headers()
            self.wfile.write(route.body)

        def log_message(self, *args: object) -> None:
            """Keep test output quiet."""

    return Handler


@contextmanager
def serve() -> Iterator[LocalServer]:
    """Serve mutable routes from a thread on 127.0.0.1; shut down on exit."""
    routes: dict[str, Route] = {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(routes))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield LocalServer(f"http://{host}:{port}", routes)
    finally:
        server.shutdown()
        server.server_close()


def fixture_bytes(relative: str) -> bytes:
    """Bytes of a fixture file under tests/fixtures."""
    return (FIXTURES / relative).read_bytes()
