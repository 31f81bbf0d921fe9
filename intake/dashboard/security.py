"""Sessions, CSRF tokens, login guards, the login rate limit and the security headers."""

from __future__ import annotations

import hmac
import os
import secrets
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable
from html import escape
from pathlib import Path
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from intake.config import Settings
from intake.dashboard.accounts import user_exists
from intake.store import Store
from intake.store.review import held_count, quarantined_count

SECRET_FILE = "dashboard-secret"  # noqa: S105 (a file name, not a secret)
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"

Endpoint = Callable[[Request], Awaitable[Response]]

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def secret_key(settings: Settings) -> str:
    """The session signing key: the configured one, else one kept in the data folder (0600)."""
    configured = settings.dashboard.secret_key
    if configured is not None and configured.get_secret_value():
        return configured.get_secret_value()
    path: Path = settings.data_dir / SECRET_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        os.chmod(path, 0o600)
        key = path.read_text("ascii").strip()
        if len(key) >= 32:
            return key
        fd = os.open(path, os.O_WRONLY | os.O_TRUNC, 0o600)
    key = secrets.token_urlsafe(48)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key + "\n")
    return key


# -- CSRF -------------------------------------------------------------------------
def csrf_token(request: Request) -> str:
    """The session's CSRF token (made on first use)."""
    token = request.session.get("csrf")
    if not isinstance(token, str) or not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def csrf_ok(request: Request) -> bool:
    """Whether the request carries the session's CSRF token (header for htmx, else the form)."""
    expected = request.session.get("csrf")
    if not isinstance(expected, str) or not expected:
        return False
    sent = request.headers.get(CSRF_HEADER)
    if sent is None:
        form = await request.form()
        value = form.get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    return sent is not None and hmac.compare_digest(sent.encode(), expected.encode())


# -- login guards ---------------------------------------------------------------------
def _is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def start_session(request: Request, username: str) -> None:
    """A fresh session for a logged-in user (new CSRF token)."""
    request.session.clear()
    request.session["user"] = username
    request.session["t"] = int(time.time())
    request.session["csrf"] = secrets.token_urlsafe(32)


async def current_user(request: Request) -> str | None:
    """The logged-in user, or None (expired session, or the account was removed)."""
    user = request.session.get("user")
    started = request.session.get("t")
    if not isinstance(user, str) or not isinstance(started, int):
        return None
    settings: Settings = request.app.state.settings
    if time.time() - started > settings.dashboard.session_hours * 3600:
        request.session.clear()
        return None
    store: Store = request.app.state.store
    if not await run_in_threadpool(user_exists, store, user):
        request.session.clear()
        return None
    return user


def _refuse(request: Request, status: int, text: str) -> Response:
    """A refusal: plain text, or for htmx a notice it shows (and a 401 sends to the login)."""
    if not _is_htmx(request):
        return PlainTextResponse(text, status_code=status)
    response = HTMLResponse(f'<p class="notice error">{escape(text)}</p>', status_code=status)
    if status == 401:
        response.headers["HX-Redirect"] = "/login"
    return response


def page(handler: Endpoint) -> Endpoint:
    """A page for logged-in staff: others are sent to the login page (htmx calls get 401).

    A whole page also gets the count of failed emails its navigation shows.
    """

    async def guarded(request: Request) -> Response:
        user = await current_user(request)
        if user is None:
            if _is_htmx(request):
                return _refuse(request, 401, "Please log in again.")
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
        request.state.user = user
        if not _is_htmx(request):
            store: Store = request.app.state.store
            request.state.failed_count = await run_in_threadpool(quarantined_count, store)
            request.state.held_count = await run_in_threadpool(held_count, store)
        return await handler(request)

    guarded.__name__ = handler.__name__
    guarded.__doc__ = handler.__doc__
    return guarded


def download(handler: Endpoint) -> Endpoint:
    """A file download for logged-in staff: 401 for anyone else."""

    async def guarded(request: Request) -> Response:
        user = await current_user(request)
        if user is None:
            return _refuse(request, 401, "Log in to download files.")
        request.state.user = user
        return await handler(request)

    guarded.__name__ = handler.__name__
    guarded.__doc__ = handler.__doc__
    return guarded


def action(handler: Endpoint) -> Endpoint:
    """A POST by logged-in staff with the session's CSRF token: 401 / 403 otherwise."""

    async def guarded(request: Request) -> Response:
        user = await current_user(request)
        if user is None:
            return _refuse(request, 401, "Please log in again.")
        if not await csrf_ok(request):
            return _refuse(request, 403, "The form is out of date: reload the page and try again.")
        request.state.user = user
        return await handler(request)

    guarded.__name__ = handler.__name__
    guarded.__doc__ = handler.__doc__
    return guarded


def safe_next(value: str | None) -> str:
    """Where to go after logging in: a path on this site only."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/"


# -- login rate limit -------------------------------------------------------------------
class LoginLimiter:
    """Failed logins per account and per client address in a sliding window."""

    MAX_KEYS = 10_000

    def __init__(self, attempts: int, window_seconds: float) -> None:
        self.attempts = attempts
        self.window = window_seconds
        self._fails: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        fails = self._fails.get(key)
        if fails is None:
            return deque()
        while fails and now - fails[0] > self.window:
            fails.popleft()
        if not fails:
            del self._fails[key]
        return fails

    def blocked(self, username: str, address: str) -> bool:
        """Whether this account or this address has failed too often lately."""
        now = time.monotonic()
        with self._lock:
            return (
                len(self._recent(f"u:{username.lower()}", now)) >= self.attempts
                or len(self._recent(f"a:{address}", now)) >= self.attempts * 4
            )

    def failed(self, username: str, address: str) -> None:
        """Count a failed login."""
        now = time.monotonic()
        with self._lock:
            if len(self._fails) >= self.MAX_KEYS:
                for key in list(self._fails):
                    self._recent(key, now)
                if len(self._fails) >= self.MAX_KEYS:
                    self._fails.pop(next(iter(self._fails)))
            for key in (f"u:{username.lower()[:100]}", f"a:{address}"):
                self._fails.setdefault(key, deque()).append(now)

    def succeeded(self, username: str) -> None:
        """A good login clears the account's failures."""
        with self._lock:
            self._fails.pop(f"u:{username.lower()}", None)


# -- headers ----------------------------------------------------------------------------
class SecurityHeaders:
    """Adds CSP, framing, sniffing and referrer headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("content-security-policy", CSP)
                headers.setdefault("x-content-type-options", "nosniff")
                headers.setdefault("x-frame-options", "DENY")
                headers.setdefault("referrer-policy", "same-origin")
                if not scope["path"].startswith("/static/"):
                    headers.setdefault("cache-control", "no-store")
            await send(message)

        await self.app(scope, receive, send_with_headers)
