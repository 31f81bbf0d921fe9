"""The dashboard's Starlette application: routes, sessions and security headers."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from core.config import Settings
from intake.dashboard import actions, approve, login, merge, model_page, pages
from intake.dashboard.demo import refuse_demo_account
from intake.dashboard.render import HERE, Deps, make_env, zone_of
from intake.dashboard.security import LoginLimiter, SecurityHeaders, secret_key
from intake.ops import metrics
from intake.store import Store

SESSION_COOKIE = "secor_session"


class _AsgiEndpoint:
    """An ASGI app served at one exact path (a function would be taken for a request handler)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


def create_app(settings: Settings, store: Store) -> Starlette:
    """The dashboard bound to one store (refused while the demo account is open in production)."""
    dash = settings.dashboard
    refuse_demo_account(settings, store)
    zone = zone_of(dash.timezone)
    routes = [
        Route("/login", login.login_page, methods=["GET"]),
        Route("/login", login.login, methods=["POST"]),
        Route("/logout", login.logout, methods=["POST"]),
        Route("/", pages.inbox),
        Route("/submissions/{sub_id:int}", pages.submission),
        Route("/submissions/{sub_id:int}/review", actions.set_review, methods=["POST"]),
        Route("/submissions/{sub_id:int}/reply", actions.send_reply, methods=["POST"]),
        Route("/submissions/{sub_id:int}/draft", pages.draft),
        Route("/files/{file_id:int}/preview", pages.preview),
        Route("/files/{file_id:int}/download", pages.file_download),
        Route("/files/{file_id:int}/label", actions.reclassify, methods=["POST"]),
        Route("/messages/{message_id:int}/text", pages.message_text),
        Route("/messages/{message_id:int}/retry", actions.retry_message, methods=["POST"]),
        Route("/failed", pages.failed),
        Route("/outbox", pages.outbox),
        Route("/stats", pages.statistics),
        Route("/healthz", pages.health),
        Route("/submissions/{sub_id:int}/merge", merge.merge, methods=["POST"]),
        Route("/replies/{outbox_id:int}/send", approve.send_held, methods=["POST"]),
        Route("/replies/{outbox_id:int}/discard", approve.discard_held, methods=["POST"]),
        Route("/model", model_page.model),
        Route("/metrics", _AsgiEndpoint(metrics.asgi_app(store))),  # counts only: no login
        Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={404: _no_such_page},
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(
                SessionMiddleware,
                secret_key=secret_key(settings),
                session_cookie=SESSION_COOKIE,
                max_age=int(dash.session_hours * 3600),
                same_site="lax",
                https_only=dash.secure_cookies,
            ),
        ],
    )
    app.state.settings = settings
    app.state.store = store
    app.state.deps = Deps(
        settings=settings,
        store=store,
        env=make_env(zone),
        zone=zone,
        limiter=LoginLimiter(store, dash.login_attempts, dash.login_window_minutes * 60),
    )
    return app


async def _no_such_page(request: Request, exc: Exception) -> Response:
    """An address no page answers (a mistyped number, an old link): a way back, not bare text."""
    return HTMLResponse(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SECOR review</title>'
        '<link rel="stylesheet" href="/static/style.css"></head><body><main>'
        '<p class="notice error">There is no such page: the link may be old or mistyped.</p>'
        '<p><a href="/">Back to the inbox</a></p></main></body></html>',
        status_code=404,
    )
