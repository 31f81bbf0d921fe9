"""Notice a classifier put in place by someone else (``secor-intake train``) and load it.

The model folder is replaced by a rename (``intake.classify.bundle``), so its stamp file
is a new file: its inode and modification time say that the model changed. The service
checks once a cycle, which costs a ``stat``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from intake.classify import Classifier, ModelIncompatible, ModelMissing
from intake.classify.bundle import STAMP

log = logging.getLogger(__name__)


def _mark(model_dir: Path) -> tuple[int, int] | None:
    """(inode, mtime) of the model's stamp file, None when there is none."""
    try:
        stat = (model_dir / STAMP).stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_mtime_ns


class ModelWatch:
    """Whether the model in a folder changed since it was last loaded."""

    def __init__(self, model_dir: Path, review_threshold: float) -> None:
        self.model_dir = model_dir
        self.review_threshold = review_threshold
        self._seen = _mark(model_dir)

    def seen(self) -> None:
        """The model now in the folder is the one in use (after the service installed it)."""
        self._seen = _mark(self.model_dir)

    def replaced(self) -> Classifier | None:
        """The new model when the folder holds another one than last seen, else None.

        A model that cannot be loaded is logged once and the one in use is kept.
        """
        mark = _mark(self.model_dir)
        if mark is None or mark == self._seen:
            return None
        self._seen = mark
        try:
            classifier = Classifier.load(self.model_dir, self.review_threshold)
        except (ModelMissing, ModelIncompatible) as exc:
            log.warning("a new classifier was put in place but cannot be used: %s", exc)
            return None
        log.info("a new classifier was put in place; it reads documents from now on")
        return classifier
