"""The question answerer the commands hand to the pipeline: the bot's engine.

This is where the intake and the bot meet (a composition root): the pipeline only
knows the ``Answerer`` shape (intake/reply/question.py), and the bot only knows the
``DocumentLabeler`` shape, which the intake's classifier fills
(intake/classify/labeler.py). The engine is loaded on the first email that asks
something.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.config import Settings
from intake.classify import model_dir_for
from intake.classify.labeler import IntakeLabeler
from intake.reply.question import Answerer

if TYPE_CHECKING:
    from bot.engine import Engine


@cache
def _engine(cache_root: Path, model_dir: Path, review_threshold: float) -> Engine:
    from bot.engine import Engine  # the bot's pipeline is only loaded for mail that asks

    return Engine.load(cache_root, labeler=IntakeLabeler(model_dir, review_threshold))


def knowledge_answerer(settings: Settings) -> Answerer:
    """Every question of an email body answered in the department's voice (``ask_email``).

    The shape is documented in bot/email_answer.py; "which element does X go in" is
    answered by the intake's own classifier.
    """
    cache_root = settings.data_dir / "bot"
    model_dir = model_dir_for(settings)
    threshold = settings.classifier.review_threshold

    def ask(text: str) -> dict[str, Any]:
        result: dict[str, Any] = _engine(cache_root, model_dir, threshold).ask_email(text).as_dict()
        return result

    return ask
