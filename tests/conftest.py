"""Shared fixtures: a fresh PostgreSQL database, a local HTTP server, the dev texts."""
from __future__ import annotations

import json
import os
import threading
import uuid
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def dev_texts() -> list[dict]:
    """The 30 dev articles of tests/data/gold/dev.jsonl (id, text, published, url, outlet)."""
    with open(ROOT / "tests" / "data" / "gold" / "dev.jsonl", encoding="utf-8") as fh:
        return [{k: r.get(k) for k in ("id", "text", "published", "url", "outlet")}
                for r in map(json.loads, fh) if r.get("text")]


@pytest.fixture
def pg_url():
    """A fresh, empty PostgreSQL database (dropped afterwards) on the server named by RASD_TEST_PG.

    scripts/ci/run-tests.sh starts a throwaway server and sets RASD_TEST_PG; without it the
    test is skipped.  The database is created from template1 (which has PostGIS when the
    server does).
    """
    base = os.environ.get("RASD_TEST_PG")
    if not base:
        pytest.skip("RASD_TEST_PG is not set: no PostgreSQL server for this test "
                    "(scripts/ci/run-tests.sh starts one; or bash scripts/ci/postgres.sh start)")
    psycopg = pytest.importorskip("psycopg", reason="psycopg (psycopg[binary]) is needed for PostgreSQL tests")
    server = base.rsplit("/", 1)[0]
    name = f"rasd_t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server + "/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template1')
    yield f"{server}/{name}"
    with psycopg.connect(server + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


class LocalServer:
    """Serves `routes` ({path: Route | callable(handler) -> Route}) on 127.0.0.1; counts hits."""

    Route = Route

    def __init__(self) -> None:
        self.routes: dict[str, Route | Callable] = {}
        self.hits: Counter = Counter()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                server.hits[path] += 1
                route = server.routes.get(path)
                if callable(route):
                    route = route(self)
                if route is None:
                    route = Route(b"not found", 404, {"Content-Type": "text/plain"})
                etag = route.headers.get("ETag")
                if etag and self.headers.get("If-None-Match") == etag:
                    route = Route(b"", 304, {"ETag": etag})
                try:
                    self.send_response(route.status)
                    for k, v in route.headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(route.body)))
                    self.end_headers()
                    self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass   # the client gave up (a time-out test)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8",
            status: int = 200, **headers: str) -> str:
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.routes[path] = Route(body, status, {"Content-Type": content_type, **headers})
        return self.url(path)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def http_server():
    """A local HTTP server the test fills with pages and feeds (nothing leaves the machine)."""
    srv = LocalServer()
    yield srv
    srv.close()


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium, headless, through Playwright (the browser tests skip where it is missing)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()
