"""The intake's document classifier in the shape of the bot's ``DocumentLabeler``.

It satisfies ``bot.labeler.DocumentLabeler`` structurally, so neither package imports the
other: the composition roots (``secor-bot``'s command line and ``secor-intake``'s commands)
build one and hand it to the bot's engine.

``secor-intake classify`` loads ``Classifier.load(model_dir, review_threshold)`` and
calls ``predict`` on documents; this adapter does the same for the words of a
question ("fire drill records"), read as a document of that name and text. The
model is loaded on the first "which element" question, so the bot starts as fast
as before; without a trained model the engine falls back to the element words.
"""

from __future__ import annotations

import logging
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from intake.classify import Classifier

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 200


class IntakeLabeler:
    """Labels a short description with the intake's classifier, loaded once when first needed."""

    def __init__(self, model_dir: Path, review_threshold: float = 0.5) -> None:
        self.model_dir = model_dir
        self.review_threshold = review_threshold
        self._classifier: Classifier | None = None
        self._failed = False

    def _load(self) -> Classifier | None:
        if self._classifier is None and not self._failed:
            from intake.classify import Classifier, ModelIncompatible, ModelMissing

            try:
                self._classifier = Classifier.load(self.model_dir, self.review_threshold)
            except (ModelMissing, ModelIncompatible, OSError, ValueError) as exc:
                self._failed = True
                log.warning(
                    "document classifier unavailable (%s); element questions use element words",
                    type(exc).__name__,
                )
        return self._classifier

    def __call__(self, text: str) -> tuple[str, float]:
        """The label and confidence of a document described by TEXT ("other", 0.0 when none)."""
        classifier = self._load()
        words = " ".join(text.split())[:MAX_TEXT_CHARS]
        if classifier is None or not words:
            return "other", 0.0
        from intake.documents import Document

        name = "".join(c if c.isalnum() or c in " -_" else " " for c in words).strip() or "document"
        doc = Document(
            path=f"{name}.txt",
            member_path=PurePosixPath(f"{name}.txt"),
            sha256="",
            size=len(words),
            text=words,
            media_type="text/plain",
        )
        (prediction,) = classifier.predict([doc])
        return prediction.label, float(prediction.confidence)
