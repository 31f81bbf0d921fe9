"""A fake Telegram Bot API server on loopback for the bot's Telegram tests.

It speaks just enough of the Bot API over real HTTP for python-telegram-bot's
Application: getMe, getUpdates (long polling fed from a script of updates),
sendMessage, answerCallbackQuery, editMessageText and friends. Every call the
bot makes is recorded so tests can assert what it sent.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

BOT_USER = {"id": 4242, "is_bot": True, "first_name": "SECOR", "username": "secor_test_bot"}
USER = {"id": 777, "is_bot": False, "first_name": "Pat", "language_code": "en"}
CHAT = {"id": 777, "type": "private", "first_name": "Pat"}


class FakeBotApi:
    """The fake server: push updates in, read calls out."""

    def __init__(self, token: str = "123456:TEST-TOKEN") -> None:
        self.token = token
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self._updates: list[dict[str, Any]] = []
        self._ids = itertools.count(1)
        self._message_ids = itertools.count(100)
        self._cond = threading.Condition()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # lifecycle -------------------------------------------------------------------------
    def __enter__(self) -> FakeBotApi:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self._cond:
            self._cond.notify_all()
        self._server.shutdown()
        self._server.server_close()

    @property
    def base_url(self) -> str:
        """The Bot API base URL to give python-telegram-bot."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    @property
    def base_file_url(self) -> str:
        """The file base URL to give python-telegram-bot."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/file/bot"

    # scripting -------------------------------------------------------------------------
    def push(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue one update for getUpdates (its update_id is assigned here)."""
        update = {"update_id": next(self._ids), **update}
        with self._cond:
            self._updates.append(update)
            self._cond.notify_all()
        return update

    def push_text(self, text: str, user: dict[str, Any] | None = None) -> dict[str, Any]:
        """Queue a private message; a leading /command gets its bot_command entity."""
        sender = user or USER
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {**CHAT, "id": sender["id"]},
            "from": sender,
            "text": text,
        }
        if text.startswith("/"):
            length = len(text.split()[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return self.push({"message": message})

    def push_button(self, sent: dict[str, Any], data: str) -> dict[str, Any]:
        """Queue a press of the inline button with DATA on a message the bot sent."""
        query = {
            "id": f"cq{next(self._ids)}",
            "from": USER,
            "chat_instance": "ci-1",
            "data": data,
            "message": sent,
        }
        return self.push({"callback_query": query})

    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        """The parameters of every call of METHOD so far."""
        with self._cond:
            return [params for name, params in self.calls if name == method]

    async def wait_sent(
        self, count: int, method: str = "sendMessage", timeout: float = 10.0
    ) -> list[dict[str, Any]]:
        """Wait until the bot made COUNT calls of METHOD; return them all."""
        return await self.wait_for(lambda: len(self.sent(method)) >= count, method, timeout)

    async def wait_for(
        self, ready: Callable[[], bool], method: str = "sendMessage", timeout: float = 10.0
    ) -> list[dict[str, Any]]:
        """Wait until READY() holds; return the calls of METHOD."""
        deadline = time.monotonic() + timeout
        while not ready():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; calls so far: {[n for n, _ in self.calls]}")
            await asyncio.sleep(0.01)
        return self.sent(method)

    # the HTTP side -----------------------------------------------------------------------
    def _answer(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method == "getUpdates":
            return self._get_updates(params)
        with self._cond:
            self.calls.append((method, params))
        if method in ("sendMessage", "editMessageText", "editMessageReplyMarkup"):
            message: dict[str, Any] = {
                "message_id": params.get("message_id") or next(self._message_ids),
                "date": int(time.time()),
                "chat": {**CHAT, "id": int(params.get("chat_id", CHAT["id"]))},
                "from": BOT_USER,
                "text": params.get("text", ""),
            }
            if isinstance(params.get("reply_markup"), dict):
                message["reply_markup"] = params["reply_markup"]
            return message
        return True

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        wait = min(float(params.get("timeout") or 0), 0.5)
        deadline = time.monotonic() + wait
        with self._cond:
            while True:
                ready = [u for u in self._updates if u["update_id"] >= offset]
                left = deadline - time.monotonic()
                if ready or left <= 0:
                    return ready
                self._cond.wait(left)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                parts = self.path.strip("/").split("/")
                if len(parts) != 2 or parts[0] != f"bot{api.token}":
                    self._reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
                    return
                params = _params(self.headers.get("Content-Type", ""), body)
                self._reply(200, {"ok": True, "result": api._answer(parts[1], params)})

            do_GET = do_POST

            def _reply(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                return

        return Handler


def _params(content_type: str, body: bytes) -> dict[str, Any]:
    """Form or JSON parameters, with JSON-encoded values (reply_markup, ...) decoded."""
    if not body:
        return {}
    if content_type.startswith("application/json"):
        return dict(json.loads(body))
    raw = {k: v[0] for k, v in parse_qs(body.decode(), keep_blank_values=True).items()}
    out: dict[str, Any] = {}
    for key, value in raw.items():
        try:
            out[key] = json.loads(value) if value[:1] in "{[" else value
        except ValueError:
            out[key] = value
    return out
