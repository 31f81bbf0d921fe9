"""The bot's answering engine, loaded once and only when an email asks something."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from intake.reply.question import Answerer, questions_with_context


@cache
def knowledge_answerer(cache_root: Path) -> Answerer:
    """An answerer backed by ``bot.engine.Engine`` (its model cached under CACHE_ROOT).

    It answers every question of an email: with ``Engine.ask_email`` when the
    engine has it, else one ``Engine.ask`` per question found in the text.
    """
    from bot.engine import Engine  # the bot's pipeline is only loaded for mail that asks

    engine: Engine | None = None

    def ask(text: str) -> dict[str, Any]:
        nonlocal engine
        if engine is None:
            engine = Engine.load(cache_root)
        ask_email = getattr(engine, "ask_email", None)
        if callable(ask_email):
            result: dict[str, Any] = ask_email(text).as_dict()
            return result
        answers = []
        for question, asked in questions_with_context(text) or [(text, text)]:
            answers.append({**engine.ask(asked).as_dict(), "question": question})
        return {"answers": answers, "unanswered": []}

    return ask
