"""Webhook mode of the Telegram bot, served with starlette and uvicorn."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from telegram import Update
from telegram.ext import Application

from core.config import TelegramSettings

log = logging.getLogger(__name__)

MAX_UPDATE_BYTES = 256 * 1024
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 (a header name)
App = Application[Any, Any, Any, Any, Any, Any]


class WebhookSecretMissing(ValueError):
    """Webhook mode was asked for without a secret token: anyone could post updates."""


def webhook_secret(settings: TelegramSettings) -> str:
    """The webhook's secret token; WebhookSecretMissing when none is configured."""
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    if not secret.strip():
        raise WebhookSecretMissing(
            "webhook mode needs a secret token: set SECOR_TELEGRAM__WEBHOOK_SECRET "
            "(or [telegram] webhook_secret), for example to the output of `openssl rand -hex 32`"
        )
    return secret


def webhook_app(app: App, settings: TelegramSettings) -> Starlette:
    """The ASGI app: POST /<webhook_path> takes updates, GET /healthz says ok.

    Refuses to be built without a secret token (WebhookSecretMissing): every update
    must carry it in the X-Telegram-Bot-Api-Secret-Token header.
    """
    secret = webhook_secret(settings)

    async def receive(request: Request) -> Response:
        """Queue one update from Telegram (checked against the secret token)."""
        if not hmac.compare_digest(request.headers.get(SECRET_HEADER, ""), secret):
            return Response(status_code=403)
        body = await _read_limited(request)
        if body is None:
            return Response(status_code=413)
        try:
            data = json.loads(body)
            update = Update.de_json(data, app.bot)
        except (ValueError, TypeError, KeyError):
            return Response(status_code=400)
        await app.update_queue.put(update)
        return Response()

    async def health(_: Request) -> Response:
        """Liveness check."""
        return PlainTextResponse("ok")

    path = "/" + settings.webhook_path.strip("/")
    return Starlette(routes=[Route(path, receive, methods=["POST"]), Route("/healthz", health)])


async def _read_limited(request: Request) -> bytes | None:
    """The request body, or None when it is larger than MAX_UPDATE_BYTES."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_UPDATE_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


async def run_webhook(
    app: App, settings: TelegramSettings, stop: asyncio.Event | None = None
) -> None:
    """Register the webhook with Telegram and serve updates until interrupted or STOP is set."""
    secret = webhook_secret(settings)
    server = uvicorn.Server(
        uvicorn.Config(
            webhook_app(app, settings),
            host=settings.webhook_listen,
            port=settings.webhook_port,
            log_level="warning",
            lifespan="off",
        )
    )
    async with app:
        if app.post_init is not None:
            await app.post_init(app)
        await app.bot.set_webhook(
            url=settings.webhook_url or "", secret_token=secret, allowed_updates=Update.ALL_TYPES
        )
        await app.start()
        try:
            serving = asyncio.create_task(server.serve())
            if stop is not None:
                await stop.wait()
                server.should_exit = True
            await serving
        finally:
            await app.stop()


def serve_webhook(app: App, settings: TelegramSettings) -> None:
    """Blocking entry point of webhook mode."""
    log.info("Telegram webhook on %s:%s", settings.webhook_listen, settings.webhook_port)
    asyncio.run(run_webhook(app, settings))
