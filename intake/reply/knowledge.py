"""The bot's answering engine, loaded once and only when a question email needs it."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from intake.reply.question import Answerer

if TYPE_CHECKING:
    from bot.engine import Engine

# An email body in, ``EmailAnswer.as_dict()`` out (see bot/email_answer.py for the shape).
EmailAnswerer = Callable[[str], dict[str, Any]]


@cache
def _engine(cache_root: Path, model_dir: Path | None) -> Engine:
    from bot.engine import Engine  # the bot's pipeline is only loaded for question mail
    from bot.intake_labeler import IntakeLabeler

    labeler = IntakeLabeler(model_dir or cache_root.parent / "model")
    return Engine.load(cache_root, labeler=labeler)


@cache
def knowledge_answerer(cache_root: Path, model_dir: Path | None = None) -> Answerer:
    """An answerer backed by ``bot.engine.Engine`` (its model cached under CACHE_ROOT).

    "Which element does X go in" is answered by the intake's own classifier, read from
    MODEL_DIR (default: the ``model`` folder next to CACHE_ROOT, as ``model_dir_for``).
    """

    def ask(question: str) -> dict[str, Any]:
        return _engine(cache_root, model_dir).ask(question).as_dict()

    return ask


@cache
def knowledge_email_answerer(cache_root: Path, model_dir: Path | None = None) -> EmailAnswerer:
    """Every question of an email body answered in the department's voice (``ask_email``)."""

    def ask_email(text: str) -> dict[str, Any]:
        return _engine(cache_root, model_dir).ask_email(text).as_dict()

    return ask_email
