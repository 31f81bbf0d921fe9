"""Logging in and out."""

from __future__ import annotations

import logging

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from intake.dashboard.accounts import verify_login
from intake.dashboard.render import deps, render
from intake.dashboard.security import (
    action,
    csrf_ok,
    current_user,
    end_current_session,
    safe_next,
    start_session,
)

log = logging.getLogger(__name__)


async def login_page(request: Request) -> Response:
    """The login form (straight to the inbox when already logged in)."""
    target = safe_next(request.query_params.get("next"))
    if await current_user(request) is not None:
        return RedirectResponse(target, status_code=303)
    return render(request, "login.html", next=target, username="", error="")


async def login(request: Request) -> Response:
    """Check the name and password; limited attempts per account and per address."""
    d = deps(request)
    form = await request.form()
    username = str(form.get("username") or "").strip()[:100]
    password = str(form.get("password") or "")
    target = safe_next(str(form.get("next") or "/"))
    address = request.client.host if request.client else "unknown"

    def again(error: str, status_code: int) -> Response:
        return render(
            request,
            "login.html",
            status_code=status_code,
            next=target,
            username=username,
            error=error,
        )

    if not await csrf_ok(request):
        return again("The login form had expired. Please log in again.", 403)
    # the attempt is counted before the password is hashed: concurrent guesses share the limit
    if not await run_in_threadpool(d.limiter.reserve, username, address):
        log.warning("login refused: too many failed attempts")
        return again("Too many failed attempts. Wait a few minutes, then try again.", 429)
    if not await run_in_threadpool(verify_login, d.store, username, password):
        log.info("failed login")
        return again("Wrong account name or password.", 401)
    await run_in_threadpool(d.limiter.succeeded, username)
    await start_session(request, username)
    log.info("login by a staff account")
    return RedirectResponse(target, status_code=303)


@action
async def logout(request: Request) -> Response:
    """End the session (its record too: a copied cookie stops working)."""
    await end_current_session(request)
    return RedirectResponse("/login", status_code=303)
