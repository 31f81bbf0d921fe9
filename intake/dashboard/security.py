"""Sessions, CSRF tokens, login guards, the login rate limit and the security headers."""

from __future__ import annotations

import hmac
import os
import secrets
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta
from html import escape
from pathlib import Path
from urllib.parse import quote, urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from core.config import Settings
from intake.dashboard.accounts import user_exists
from intake.store import Store
from intake.store.review import held_count, quarantined_count
from intake.store.sessions import (
    clear_attempts,
    create_session,
    end_session,
    reserve_attempt,
    session_user,
)

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


async def start_session(request: Request, username: str) -> None:
    """A fresh session for a logged-in user (new CSRF token), recorded in the store."""
    store: Store = request.app.state.store
    token = await run_in_threadpool(create_session, store, username)
    request.session.clear()
    request.session["user"] = username
    request.session["sid"] = token
    request.session["t"] = int(time.time())
    request.session["csrf"] = secrets.token_urlsafe(32)


async def end_current_session(request: Request) -> None:
    """Log out: the session's record goes, so every copy of the cookie stops working."""
    token = request.session.get("sid")
    if isinstance(token, str) and token:
        store: Store = request.app.state.store
        await run_in_threadpool(end_session, store, token)
    request.session.clear()


def _live_user(store: Store, token: str, username: str, hours: float) -> bool:
    user = session_user(store, token, timedelta(hours=hours))
    return user == username and user_exists(store, user)


async def current_user(request: Request) -> str | None:
    """The logged-in user, or None (expired or ended session, or the account was removed)."""
    user = request.session.get("user")
    started = request.session.get("t")
    token = request.session.get("sid")
    if not isinstance(user, str) or not isinstance(started, int) or not isinstance(token, str):
        return None
    settings: Settings = request.app.state.settings
    if time.time() - started > settings.dashboard.session_hours * 3600:
        request.session.clear()
        return None
    store: Store = request.app.state.store
    hours = settings.dashboard.session_hours
    if not await run_in_threadpool(_live_user, store, token, user, hours):
        request.session.clear()
        return None
    return user


def _refuse(request: Request, status: int, text: str, kept: str = "") -> Response:
    """A refusal: a small page with a way on, or for htmx a notice it shows (and a 401 sends
    to the login). KEPT is text staff had typed (a reply): shown so it can be copied."""
    if not _is_htmx(request):
        return HTMLResponse(_refusal_page(request, status, text, kept), status_code=status)
    response = HTMLResponse(f'<p class="notice error">{escape(text)}</p>', status_code=status)
    if status == 401:
        response.headers["HX-Redirect"] = "/login"
    return response


def _refusal_page(request: Request, status: int, text: str, kept: str) -> str:
    back = safe_next(urlsplit(request.headers.get("referer", "")).path or "/")
    way = (
        f'<a href="/login?next={quote(back, safe="")}">Log in</a>'
        if status == 401
        else f'<a href="{escape(back)}">Back to the page</a>'
    )
    copy = (
        "<p>What you typed was not saved; copy it before you go on:</p>"
        f'<textarea readonly rows="12" cols="80">{escape(kept)}</textarea>'
        if kept
        else ""
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<title>SECOR review</title><link rel="stylesheet" href="/static/style.css"></head>'
        f'<body><main><p class="notice error">{escape(text)}</p>{copy}<p>{way}</p></main>'
        "</body></html>"
    )


async def nav_counts(request: Request) -> None:
    """The counts a whole page's navigation shows: failed emails, replies waiting."""
    store: Store = request.app.state.store
    request.state.failed_count = await run_in_threadpool(quarantined_count, store)
    request.state.held_count = await run_in_threadpool(held_count, store)


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
            await nav_counts(request)
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
            return _refuse(request, 401, "Please log in again.", await _typed(request))
        if not await csrf_ok(request):
            return _refuse(
                request,
                403,
                "The form is out of date: reload the page and try again.",
                await _typed(request),
            )
        request.state.user = user
        return await handler(request)

    guarded.__name__ = handler.__name__
    guarded.__doc__ = handler.__doc__
    return guarded


async def _typed(request: Request) -> str:
    """The reply text a refused form carried, if any (so staff can copy it)."""
    try:
        form = await request.form()
    except Exception:  # not a form: nothing typed to keep
        return ""
    value = form.get("body")
    return value[:50_000] if isinstance(value, str) else ""


def safe_next(value: str | None) -> str:
    """Where to go after logging in: a path on this site only."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/"


# -- login rate limit -------------------------------------------------------------------
class LoginLimiter:
    """Login attempts per account and per client address in a sliding window, in the store.

    ``reserve`` counts an attempt before the password is hashed, atomically, so
    concurrent guesses cannot slip past the limit; a good login clears the account's.
    """

    def __init__(self, store: Store, attempts: int, window_seconds: float) -> None:
        self.store = store
        self.attempts = attempts
        self.window = timedelta(seconds=window_seconds)

    def reserve(self, username: str, address: str) -> bool:
        """One more attempt for this account and address; False when either is spent."""
        keys = [
            (f"u:{username.lower()[:100]}", self.attempts),
            (f"a:{address[:100]}", self.attempts * 4),
        ]
        return reserve_attempt(self.store, keys, self.window)

    def succeeded(self, username: str) -> None:
        """A good login clears the account's attempts."""
        clear_attempts(self.store, f"u:{username.lower()[:100]}")


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
