"""Shared fixtures of the bot tests: one trained engine per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from bot.labeler import DocumentLabeler


@pytest.fixture(scope="session")
def bot_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder whose bot/ cache holds the intent model trained for this session."""
    return tmp_path_factory.mktemp("bot-data")


@pytest.fixture(scope="session")
def engine(bot_data_dir: Path) -> Engine:
    """The answering engine (trained once per session, about a second)."""
    return Engine.load(bot_data_dir / "bot")


@pytest.fixture
def bot_env(bot_data_dir: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the settings' data folder at the session cache (so the CLI loads, not trains)."""
    monkeypatch.setenv("SECOR_PATHS__DATA_DIR", str(bot_data_dir))
    monkeypatch.delenv("SECOR_CONFIG", raising=False)
    monkeypatch.delenv("SECOR_TELEGRAM__TOKEN", raising=False)
    monkeypatch.chdir(bot_data_dir)
    return bot_data_dir


def _intake_labeler() -> DocumentLabeler | None:
    """The intake's document classifier, as the composition roots pass it (None if absent)."""
    try:
        from core.config import load_settings
        from intake.classify import model_dir_for
        from intake.classify.labeler import IntakeLabeler

        settings_ = load_settings(None)
        labeler = IntakeLabeler(model_dir_for(settings_), settings_.classifier.review_threshold)
        labeler("fire drill record")  # loads the model now: absent, the tests are skipped
    except Exception:  # no trained classifier here: the tests that need it skip
        return None
    return labeler


@pytest.fixture(scope="session")
def classified(engine: Engine) -> Engine:
    """The engine with the intake's classifier, as in production (skips without a model)."""
    labeler = _intake_labeler()
    if labeler is None:
        pytest.skip("the intake's trained classifier is not available")
    return Engine(engine.nlp, labeler)
