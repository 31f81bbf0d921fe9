"""Training and caching the intent model."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import model
from bot.intent import rank
from bot.model import fingerprint, load_or_train, training_pairs


def test_cached_model_is_loaded_not_retrained(
    bot_data_dir: Path, engine: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = bot_data_dir / "bot"
    assert (cache / f"intent-{fingerprint()}").is_dir()

    def no_training(*_: object, **__: object) -> None:
        raise AssertionError("trained again")

    monkeypatch.setattr(model, "train", no_training)
    nlp = load_or_train(cache)
    assert rank(nlp("how long is secor valid")).best == "validity"


def test_corrupt_cache_is_retrained(tmp_path: Path) -> None:
    target = tmp_path / f"intent-{fingerprint()}"
    target.mkdir()
    (target / "model").write_bytes(b"not a model")
    (target / "cfg").write_text("{}")
    nlp = load_or_train(tmp_path)
    assert rank(nlp("what is pir")).best == "pir"


def test_unwritable_cache_keeps_the_model_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    nlp = load_or_train(blocker / "bot")
    assert rank(nlp("do i need phsm")).best == "phsm"
    assert not (blocker / "bot").exists()


def test_model_fits_its_training_paraphrases(engine: object) -> None:
    from bot.engine import Engine

    assert isinstance(engine, Engine)
    pairs = list(training_pairs())
    right = sum(rank(engine.nlp(text)).best == intent for text, intent in pairs)
    assert right / len(pairs) >= 0.95


def test_fingerprint_is_stable() -> None:
    assert fingerprint() == fingerprint() and len(fingerprint()) == 16
