"""The real python-telegram-bot Application against a fake Bot API on loopback."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest
import uvicorn
from pydantic import SecretStr

from bot.engine import Engine
from bot.telegram_bot import TOO_FAST, build_application
from bot.webhook import SECRET_HEADER, webhook_app
from core.config import TelegramSettings
from tests.bot.fake_telegram import USER, FakeBotApi

pytestmark = pytest.mark.slow


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    """A running fake Bot API server."""
    with FakeBotApi() as server:
        yield server


def _settings(api: FakeBotApi, **overrides: Any) -> TelegramSettings:
    return TelegramSettings(
        token=SecretStr(api.token),
        base_url=api.base_url,
        base_file_url=api.base_file_url,
        **overrides,
    )


def _polling(
    api: FakeBotApi, engine: Engine, scenario: Callable[[], Awaitable[None]], **settings: Any
) -> None:
    """Run the Application with long polling while SCENARIO talks to it."""
    app = build_application(_settings(api, **settings), engine)

    async def main() -> None:
        async with app:
            await app.start()
            assert app.updater is not None
            await app.updater.start_polling(poll_interval=0.0, timeout=1)
            try:
                await scenario()
            finally:
                await app.updater.stop()
                await app.stop()

    asyncio.run(main())


def test_commands_and_questions(api: FakeBotApi, engine: Engine) -> None:
    async def scenario() -> None:
        api.push_text("/start")
        api.push_text("/help")
        api.push_text("/submit")
        api.push_text("/elements")
        api.push_text("do part-timers count toward the 10?")
        api.push_text("approve my SECOR")
        api.push_text("/nonsense")
        api.push(
            {
                "message": {
                    "message_id": 1,
                    "date": 0,
                    "chat": {"id": USER["id"], "type": "private"},
                    "from": USER,
                    "document": {"file_id": "f1", "file_unique_id": "u1", "file_name": "secor.zip"},
                }
            }
        )
        sent = await api.wait_sent(8)
        texts = [m["text"] for m in sent]
        assert texts[0].startswith("Hi!") and "/eligibility" in texts[0]
        assert "/submit" in texts[1]
        assert "cor@youracsa.ca" in texts[2] and "Sources:" in texts[2]
        assert "Contracting Services" in texts[3]
        assert "part-time" in texts[4] and "Sources:" in texts[4]
        assert texts[5].startswith("Sorry") and "Sources:" not in texts[5]
        assert "don't know the command /nonsense" in texts[6]
        assert "only read text" in texts[7] and "cor@youracsa.ca" in texts[7]
        assert all(m["chat_id"] in (USER["id"], str(USER["id"])) for m in sent)

    _polling(api, engine, scenario)


def test_guided_check_with_buttons(api: FakeBotApi, engine: Engine) -> None:
    async def press(sent: dict[str, Any], label: str, count: int) -> dict[str, Any]:
        (button,) = [b for b in sent["reply_markup"]["inline_keyboard"][0] if b["text"] == label]
        message = {
            **sent,
            "message_id": 500 + count,
            "chat": {"id": USER["id"], "type": "private"},
            "date": 0,
        }
        api.push_button(message, button["callback_data"])
        return (await api.wait_sent(count))[-1]

    async def scenario() -> None:
        api.push_text("/eligibility")
        prompt = (await api.wait_sent(1))[-1]
        assert "(1 of 7)" in prompt["text"]
        labels = [b["text"] for b in prompt["reply_markup"]["inline_keyboard"][0]]
        assert labels == ["10 or fewer", "More than 10"]
        prompt = await press(prompt, "10 or fewer", 2)
        assert "(2 of 7)" in prompt["text"] and "WCB" in prompt["text"]
        for count, label in enumerate(["Yes", "No", "Yes", "Yes", "Not sure", "Yes"], start=3):
            prompt = await press(prompt, label, count)
        verdict = prompt["text"]
        assert verdict.startswith("Verdict: not yet.") and "ACSA member" in verdict
        assert "CSTS" in verdict.split("To confirm:")[1]
        assert "reply_markup" not in prompt or not prompt["reply_markup"]
        await api.wait_for(lambda: len(api.sent("answerCallbackQuery")) == 7)
        edits = api.sent("editMessageText")
        assert any(e["text"].endswith("\u2192 10 or fewer") for e in edits)

    _polling(api, engine, scenario)


def test_typed_head_count_and_stale_button(api: FakeBotApi, engine: Engine) -> None:
    async def scenario() -> None:
        api.push_text("/eligibility")
        first = (await api.wait_sent(1))[-1]
        api.push_text("12 in summer, 6 in winter")
        verdict = (await api.wait_sent(2))[-1]
        assert "not eligible" in verdict["text"] and "12 people" in verdict["text"]
        api.push_button(
            {**first, "message_id": 900, "chat": {"id": USER["id"], "type": "private"}, "date": 0},
            "elig:headcount:le10",
        )
        await api.wait_for(lambda: len(api.sent("answerCallbackQuery")) == 1)
        assert api.sent("answerCallbackQuery")[0]["text"] == "That question was already answered."
        assert len(api.sent()) == 2

    _polling(api, engine, scenario)


def test_guided_check_understands_back_start_over_and_stop(api: FakeBotApi, engine: Engine) -> None:
    """Typed 'back', 'start over' and 'stop' steer the check in Telegram as in the terminal."""

    async def scenario() -> None:
        replies = ["/eligibility", "7", "yes", "back", "start over", "stop", "do temps count?"]
        for count, text in enumerate(replies, start=1):
            api.push_text(text)
            await api.wait_sent(count)
        texts = [m["text"] for m in api.sent()]
        assert "(1 of 7)" in texts[0] and "(2 of 7)" in texts[1] and "(3 of 7)" in texts[2]
        assert texts[3].startswith("Back one step.") and "(2 of 7)" in texts[3]
        assert "(1 of 7)" in texts[4]
        assert texts[5].startswith("Check cancelled")
        assert "count toward the 10" in texts[6]

    _polling(api, engine, scenario)


def test_rate_limit_and_length_cap(api: FakeBotApi, engine: Engine) -> None:
    async def scenario() -> None:
        api.push_text("x" * 200)
        for _ in range(4):
            api.push_text("how long is secor valid?")
        sent = await api.wait_sent(4)
        await asyncio.sleep(0.3)
        texts = [m["text"] for m in api.sent()]
        assert texts[0] == "Please keep your message under 100 characters."
        assert sum("three years" in t for t in texts) == 2
        assert texts.count(TOO_FAST) == 1
        assert len(sent) == 4

    _polling(api, engine, scenario, rate_limit_per_minute=3, max_message_chars=100)


def test_errors_are_reported_and_the_bot_keeps_running(
    api: FakeBotApi, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"n": 0}
    real_ask = engine.ask

    def flaky(question: str) -> Any:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("boom")
        return real_ask(question)

    monkeypatch.setattr(engine, "ask", flaky)

    async def scenario() -> None:
        api.push_text("what is secor")
        api.push_text("what is secor")
        sent = await api.wait_sent(2)
        assert sent[0]["text"].startswith("Sorry, something went wrong")
        assert "Small Employer Certificate of Recognition" in sent[1]["text"]

    import logging

    logging.getLogger("bot.telegram_bot").disabled = True
    try:
        _polling(api, engine, scenario)
    finally:
        logging.getLogger("bot.telegram_bot").disabled = False


def test_webhook_mode(api: FakeBotApi, engine: Engine) -> None:
    settings = _settings(
        api,
        mode="webhook",
        webhook_url="https://example.invalid/telegram",
        webhook_secret=SecretStr("s3cret"),
    )
    app = build_application(settings, engine)
    assert app.updater is None

    async def main() -> None:
        server = uvicorn.Server(
            uvicorn.Config(
                webhook_app(app, settings),
                host="127.0.0.1",
                port=0,
                log_level="warning",
                lifespan="off",
            )
        )
        async with app:
            await app.start()
            task = asyncio.create_task(server.serve())
            while not server.started:
                await asyncio.sleep(0.01)
            port = server.servers[0].sockets[0].getsockname()[1]
            update = {
                "update_id": 1,
                "message": {
                    "message_id": 1,
                    "date": 0,
                    "chat": {"id": USER["id"], "type": "private"},
                    "from": USER,
                    "text": "what is pir",
                },
            }
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
                assert (await client.post("/telegram", json=update)).status_code == 403
                ok = await client.post("/telegram", json=update, headers={SECRET_HEADER: "s3cret"})
                assert ok.status_code == 200
                bad = await client.post(
                    "/telegram", content=b"{", headers={SECRET_HEADER: "s3cret"}
                )
                assert bad.status_code == 400
                assert (await client.get("/healthz")).text == "ok"
            sent = await api.wait_sent(1)
            assert "Partnerships in Injury Reduction" in sent[0]["text"]
            server.should_exit = True
            await task
            await app.stop()

    asyncio.run(main())


def test_run_webhook_registers_and_serves(api: FakeBotApi, engine: Engine) -> None:
    from bot.webhook import run_webhook
    from tests.conftest import free_port

    port = free_port()
    settings = _settings(
        api,
        mode="webhook",
        webhook_url="https://example.invalid/hook",
        webhook_port=port,
        webhook_path="hook",
        webhook_secret=SecretStr("hook-secret"),
    )
    app = build_application(settings, engine)

    async def main() -> None:
        stop = asyncio.Event()
        task = asyncio.create_task(run_webhook(app, settings, stop))
        await api.wait_for(lambda: bool(api.sent("setWebhook")), "setWebhook")
        (hook,) = api.sent("setWebhook")
        assert hook["url"] == "https://example.invalid/hook"
        assert api.sent("setMyCommands")
        update = {
            "update_id": 5,
            "message": {
                "message_id": 1,
                "date": 0,
                "chat": {"id": USER["id"], "type": "private"},
                "from": USER,
                "text": "/elements",
                "entities": [{"type": "bot_command", "offset": 0, "length": 9}],
            },
        }
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            for _ in range(200):
                try:
                    response = await client.post(
                        "/hook", json=update, headers={SECRET_HEADER: "hook-secret"}
                    )
                    break
                except httpx.ConnectError:
                    await asyncio.sleep(0.02)
            assert response.status_code == 200
        sent = await api.wait_sent(1)
        assert "Contracting Services" in sent[0]["text"]
        stop.set()
        await asyncio.wait_for(task, 10)

    asyncio.run(main())


def test_webhook_mode_refuses_to_start_without_a_secret(api: FakeBotApi, engine: Engine) -> None:
    from bot.webhook import WebhookSecretMissing

    settings = _settings(api, mode="webhook", webhook_url="https://example.invalid/hook")
    app = build_application(settings, engine)
    with pytest.raises(WebhookSecretMissing, match="SECOR_TELEGRAM__WEBHOOK_SECRET"):
        webhook_app(app, settings)
    blank = _settings(
        api, mode="webhook", webhook_url="https://x.invalid/h", webhook_secret=SecretStr("  ")
    )
    with pytest.raises(WebhookSecretMissing):
        webhook_app(app, blank)
