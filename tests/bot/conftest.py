"""Shared fixtures of the bot tests: one trained engine per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine


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
