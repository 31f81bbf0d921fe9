"""The bot's answering engine, loaded once and only when an email asks something."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from intake.reply.question import Answerer

if TYPE_CHECKING:
    from bot.engine import Engine


@cache
def _engine(cache_root: Path, model_dir: Path | None) -> Engine:
    from bot.engine import Engine  # the bot's pipeline is only loaded for mail that asks
    from bot.intake_labeler import IntakeLabeler

    labeler = IntakeLabeler(model_dir or cache_root.parent / "model")
    return Engine.load(cache_root, labeler=labeler)


@cache
def knowledge_answerer(cache_root: Path, model_dir: Path | None = None) -> Answerer:
    """An answerer backed by ``bot.engine.Engine`` (its model cached under CACHE_ROOT).

    It answers every question of an email body in the department's voice
    (``Engine.ask_email``; the shape is documented in bot/email_answer.py). "Which
    element does X go in" is answered by the intake's own classifier, read from
    MODEL_DIR (default: the ``model`` folder next to CACHE_ROOT, as ``model_dir_for``).
    """

    def ask(text: str) -> dict[str, Any]:
        result: dict[str, Any] = _engine(cache_root, model_dir).ask_email(text).as_dict()
        return result

    return ask
