"""The bot's answering engine, loaded once and only when a question email needs it."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from intake.reply.question import Answerer


@cache
def knowledge_answerer(cache_root: Path) -> Answerer:
    """An answerer backed by ``bot.engine.Engine`` (its model cached under CACHE_ROOT)."""
    from bot.engine import Engine  # the bot's pipeline is only loaded for question mail

    engine: Engine | None = None

    def ask(question: str) -> dict[str, Any]:
        nonlocal engine
        if engine is None:
            engine = Engine.load(cache_root)
        return engine.ask(question).as_dict()

    return ask
