"""The service notices a classifier that `secor-intake train` put in place, and uses it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from intake.classify import Classifier
from intake.classify.bundle import STAMP, promote
from intake.service.model_watch import ModelWatch


def test_a_model_put_in_place_is_loaded_once(tiny_model: Path, tmp_path: Path) -> None:
    live = tmp_path / "model"
    shutil.copytree(tiny_model, live)
    watch = ModelWatch(live, 0.5)
    assert watch.replaced() is None  # nothing changed
    candidate = tmp_path / "model.candidate"
    shutil.copytree(tiny_model, candidate)
    promote(candidate, live)
    assert isinstance(watch.replaced(), Classifier)
    assert watch.replaced() is None  # the same model is not loaded again


def test_a_model_installed_by_the_service_is_not_loaded_again(
    tiny_model: Path, tmp_path: Path
) -> None:
    live = tmp_path / "model"
    shutil.copytree(tiny_model, live)
    watch = ModelWatch(live, 0.5)
    candidate = tmp_path / "model.candidate"
    shutil.copytree(tiny_model, candidate)
    promote(candidate, live)
    watch.seen()  # the scheduled retrain installed it itself
    assert watch.replaced() is None


def test_a_damaged_new_model_keeps_the_one_in_use(
    tiny_model: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    live = tmp_path / "model"
    shutil.copytree(tiny_model, live)
    watch = ModelWatch(live, 0.5)
    (live / STAMP).unlink()
    (live / STAMP).write_text("{not json", "utf-8")
    assert watch.replaced() is None
    assert "cannot be used" in caplog.text
    assert watch.replaced() is None  # said once
