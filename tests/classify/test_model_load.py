"""A missing or incompatible model gives a typed error that says to retrain."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from core.errors import UserError
from intake.classify import Classifier, ModelIncompatible, ModelMissing
from intake.classify.bundle import PIPELINE, STAMP


def _copy(model: Path, tmp_path: Path) -> Path:
    out = tmp_path / "model"
    shutil.copytree(model, out)
    return out


def _edit_stamp(model: Path, **changes: object) -> None:
    stamp = json.loads((model / STAMP).read_text("utf-8"))
    stamp.update(changes)
    (model / STAMP).write_text(json.dumps(stamp), "utf-8")


def test_missing_model(tmp_path: Path) -> None:
    with pytest.raises(ModelMissing, match="secor-intake train"):
        Classifier.load(tmp_path / "nothing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelMissing, match="secor-intake train"):
        Classifier.load(tmp_path / "empty")
    assert issubclass(ModelMissing, UserError) and issubclass(ModelIncompatible, UserError)


@pytest.mark.parametrize(
    "changes",
    [
        {"format": 999},
        {"spacy_version": "2.3.0"},
        {"labels": ["policy", "other"]},
        {"temperature": None, "x": 1},
    ],
)
def test_incompatible_stamp(tiny_model: Path, tmp_path: Path, changes: dict[str, object]) -> None:
    model = _copy(tiny_model, tmp_path)
    _edit_stamp(model, **changes)
    with pytest.raises(ModelIncompatible, match="secor-intake train"):
        Classifier.load(model)


def test_unreadable_stamp(tiny_model: Path, tmp_path: Path) -> None:
    model = _copy(tiny_model, tmp_path)
    (model / STAMP).write_text("{not json", "utf-8")
    with pytest.raises(ModelIncompatible, match="secor-intake train"):
        Classifier.load(model)


def test_damaged_pipeline(tiny_model: Path, tmp_path: Path) -> None:
    model = _copy(tiny_model, tmp_path)
    shutil.rmtree(model / PIPELINE / "textcat")
    with pytest.raises(ModelIncompatible, match="secor-intake train"):
        Classifier.load(model)
