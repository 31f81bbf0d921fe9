"""Sort every document into its SECOR label with a spaCy model trained in this repository.

``Classifier.load(model_dir)`` reads a model built by ``train_model`` (``secor-intake train``);
``Classifier.predict(docs)`` gives each document a label, a kind and a calibrated confidence,
from its folder, its file name and its content.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from intake.classify.errors import ModelIncompatible, ModelMissing
from intake.classify.model import Classifier

if TYPE_CHECKING:
    from core.config import Settings


def model_dir_for(settings: Settings) -> Path:
    """The model folder the settings name: ``classifier.model_dir``, else ``<data_dir>/model``."""
    return settings.classifier.model_dir or settings.paths.data_dir / "model"


def __getattr__(name: str) -> object:
    # training pulls in the corpus and the calibration code; load it only when asked for
    if name == "train_model":
        from intake.classify.training import train_model

        return train_model
    raise AttributeError(name)


__all__ = ["Classifier", "ModelIncompatible", "ModelMissing", "model_dir_for", "train_model"]
