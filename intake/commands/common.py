"""Helpers the subcommands share: loading the model, printing JSON, checking paths."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from core.config import Settings
from core.errors import UserError
from intake.classify import Classifier, ModelMissing, model_dir_for


def load_classifier(settings: Settings) -> Classifier:
    """The trained classifier (UserError telling how to build it or point to it when absent)."""
    model_dir = model_dir_for(settings)
    try:
        return Classifier.load(model_dir, settings.classifier.review_threshold)
    except ModelMissing:
        raise ModelMissing(
            f"no trained classifier in {model_dir.resolve()}; run `secor-intake train` to build "
            "it there, or point to an existing one with SECOR_CLASSIFIER__MODEL_DIR=PATH, "
            "SECOR_PATHS__DATA_DIR=PATH (the folder holding model/) or --config FILE"
        ) from None


def existing_path(value: str) -> Path:
    """A path argument that must exist (one-line UserError otherwise)."""
    path = Path(value)
    if not path.exists():
        raise UserError(f"{value}: no such file or folder")
    return path


def print_json(data: Any) -> None:
    """Print DATA as JSON on stdout (UTF-8, stable key order)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
    sys.stdout.write("\n")
    sys.stdout.flush()
