"""The web application `rasd serve` runs: the HTTP API under /api and the analyst's page at /.

    create_app(store, token=None) -> FastAPI

Reads are open; writes (POST /api/articles) need the write token, taken from
the `token` argument, else the RASD_TOKEN environment variable, else generated
at start and shown once through `app.state.token_note`.  Everything the page
needs is served from rasd/serve/static (built from web/): nothing is fetched
from the internet.
"""
from __future__ import annotations

import os
import re
import secrets
import threading
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rasd.serve.api import router
from rasd.store.db import Store

STATIC_DIR = Path(__file__).parent / "static"
MAX_BODY_BYTES = 1_000_000   # an article is a few tens of kB; 1 MB leaves room for long reports
API_TIME_BUDGET_S = 30.0     # seconds one POSTed article may take (a request should not wait longer)
EXTRACT_SLOTS = 2            # extractions at once: one long article leaves room for the other writers

# The page loads only its own files; MapLibre's worker is a file too (the CSP build), so no blob: workers.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; worker-src 'self'; connect-src 'self'; "
    "img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


class BodySizeLimit:
    """Refuse request bodies over `limit` bytes with 413, by Content-Length and by what actually arrives.

    The body is read here (it is small by construction) and replayed to the
    application, so a client that lies about its length or streams chunks
    without one is stopped at the limit all the same.
    """

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.limit
            except ValueError:
                await _reply(scope, receive, send, 400, "Content-Length is not a number")
                return
            if too_big:
                await _reply(scope, receive, send, 413, f"request body over {self.limit} bytes")
                return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await _reply(scope, receive, send, 413, f"request body over {self.limit} bytes")
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _reply(scope: Scope, receive: Receive, send: Send, status: int, detail: str) -> None:
    await JSONResponse({"detail": detail}, status_code=status)(scope, receive, send)


class SecurityHeaders:
    """Defence in depth for the page: a strict CSP, no MIME sniffing, no framing."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                headers += [(b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
                            (b"x-content-type-options", b"nosniff"),
                            (b"referrer-policy", b"no-referrer"),
                            (b"x-frame-options", b"DENY")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _resolve_token(token: str | None) -> tuple[str, str]:
    """The write token and the line `rasd serve` prints about it."""
    if token:
        return token, "given by the caller"
    from_env = os.environ.get("RASD_TOKEN", "").strip()
    if from_env:
        return from_env, "from RASD_TOKEN"
    generated = secrets.token_urlsafe(24)
    return generated, f"{generated} (generated for this run; set RASD_TOKEN to choose one)"


async def _http_error(request: Request, exc: StarletteHTTPException):
    """FastAPI's own error answer, except that a 405 lists every method the path has.

    Starlette names only the methods of the first route matching the path, and
    GET and POST /api/articles are two routes; the OpenAPI document knows them all.
    """
    if exc.status_code == 405:
        allowed: set[str] = set()
        for template, operations in request.app.openapi().get("paths", {}).items():
            pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$"
            if re.match(pattern, request.url.path):
                allowed |= {method.upper() for method in operations}
        if allowed:
            if "GET" in allowed:
                allowed.add("HEAD")
            exc = StarletteHTTPException(405, exc.detail, headers={"Allow": ", ".join(sorted(allowed))})
    return await http_exception_handler(request, exc)


def create_app(store: Store, token: str | None = None, max_body_bytes: int = MAX_BODY_BYTES,
               time_budget: float = API_TIME_BUDGET_S, extract_slots: int = EXTRACT_SLOTS) -> FastAPI:
    application = FastAPI(
        title="Rasd",
        version="0.1.0",
        description="Events, places, actors, routes and claims read out of Arabic conflict reports, "
                    "each with its source articles and evidence offsets. Reads are open; writes need the "
                    "write token (Authorization: Bearer <token> or X-Rasd-Token).",
        # the interactive docs pages load their scripts from a CDN: off, as Rasd runs offline
        docs_url=None, redoc_url=None,
    )
    application.state.store = store
    application.state.token, application.state.token_note = _resolve_token(token)
    application.state.pipeline = None
    application.state.time_budget = time_budget
    application.state.extract_slots = threading.BoundedSemaphore(max(1, extract_slots))
    application.include_router(router)
    application.add_exception_handler(StarletteHTTPException, _http_error)

    if (STATIC_DIR / "index.html").exists():
        application.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

        @application.get("/", include_in_schema=False)
        def index() -> FileResponse:
            return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8",
                                headers={"Cache-Control": "no-cache"})
    else:
        @application.get("/", include_in_schema=False)
        def index_missing() -> JSONResponse:
            return JSONResponse({"detail": "the web page is not built: run web/build.sh"}, status_code=404)

    application.add_middleware(GZipMiddleware, minimum_size=1024)
    application.add_middleware(SecurityHeaders)
    # outermost: nothing else reads a body before its size is checked
    application.add_middleware(BodySizeLimit, limit=max_body_bytes)
    return application
