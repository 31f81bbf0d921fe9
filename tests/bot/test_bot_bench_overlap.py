"""The benchmark and hold-out questions are kept apart from the training paraphrases."""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from bot.lexicon import examples, paraphrases

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _bench_bot() -> ModuleType:
    """bench/bench_bot.py, which names the sets (bench/ is no package)."""
    spec = importlib.util.spec_from_file_location("bench_bot", BENCH / "bench_bot.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_bot", module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


_SETS = _bench_bot()
SETS: tuple[str, ...] = _SETS.QUESTION_SETS
# Hold-outs nobody on the team has read: they share no question with any other set, nor
# with the examples the intent model learns from (holdout1 to holdout12 have been read).
UNSEEN: tuple[str, ...] = _SETS.UNSEEN_SETS
# The sets written to be tuned on; every hold-out, read or not, shares no question with them.
DEVELOPMENT = tuple(n for n in _SETS.DEVELOPMENT_SETS if n not in _SETS.SEEN_SETS)
HOLDOUTS = tuple(name for name in SETS if name not in DEVELOPMENT)


def normalise(text: str) -> str:
    """Lower case, no punctuation, single spaces."""
    return " ".join(re.sub(r"[^\w\s]|_", " ", text.lower()).split())


def _training() -> set[str]:
    return {normalise(t) for examples in paraphrases().values() for t in examples}


@pytest.mark.parametrize("name", SETS)
def test_no_benchmark_question_is_a_training_paraphrase(name: str) -> None:
    path = BENCH / name
    if not path.is_file():
        pytest.skip(f"bench/{name} is not present")
    questions = [item["text"] for item in tomllib.loads(path.read_text("utf-8"))["q"]]
    training = _training()
    overlap = sorted(q for q in questions if normalise(q) in training)
    assert not overlap, f"bench/{name} questions also in bot_paraphrases.toml: {overlap}"


def test_normalising_ignores_case_spaces_and_punctuation() -> None:
    assert normalise("  Do part-timers COUNT?? ") == normalise("do part timers count")


def _shared(name: str, other: str) -> list[str]:
    """The questions of bench/NAME also in bench/OTHER (skipped when either is absent)."""
    if not (BENCH / name).is_file() or not (BENCH / other).is_file():
        pytest.skip(f"bench/{name} or bench/{other} is not present")
    texts = [item["text"] for item in tomllib.loads((BENCH / other).read_text("utf-8"))["q"]]
    seen = {normalise(text) for text in texts}
    held = [item["text"] for item in tomllib.loads((BENCH / name).read_text("utf-8"))["q"]]
    return sorted(q for q in held if normalise(q) in seen)


@pytest.mark.parametrize("development_set", DEVELOPMENT)
@pytest.mark.parametrize("name", HOLDOUTS)
def test_no_holdout_question_is_in_a_development_set(name: str, development_set: str) -> None:
    """Each development set (tuned on) and each hold-out share no question."""
    overlap = _shared(name, development_set)
    assert not overlap, f"bench/{name} questions also in bench/{development_set}: {overlap}"


@pytest.mark.parametrize("other", [name for name in SETS if name not in UNSEEN])
@pytest.mark.parametrize("name", UNSEEN)
def test_no_unseen_holdout_question_is_in_another_set(name: str, other: str) -> None:
    """A hold-out nobody has read shares no question with any set the bot was tuned on."""
    overlap = _shared(name, other)
    assert not overlap, f"bench/{name} questions also in bench/{other}: {overlap}"


@pytest.mark.parametrize("name", UNSEEN)
def test_no_unseen_holdout_question_is_a_training_example(name: str) -> None:
    """The examples harvested from the development sets never include an unread hold-out."""
    path = BENCH / name
    if not path.is_file():
        pytest.skip(f"bench/{name} is not present")
    learned = {normalise(t) for texts in examples().values() for t in texts}
    held = [item["text"] for item in tomllib.loads(path.read_text("utf-8"))["q"]]
    overlap = sorted(q for q in held if normalise(q) in learned)
    assert not overlap, f"bench/{name} questions also in bot_examples.toml: {overlap}"


def test_every_example_comes_from_a_development_set() -> None:
    """bot_examples.toml holds only questions of sets whose failures have been read."""
    development = (*DEVELOPMENT, *(n for n in SETS if n not in UNSEEN))
    allowed = {
        normalise(item["text"])
        for name in development
        if (BENCH / name).is_file()
        for item in tomllib.loads((BENCH / name).read_text("utf-8"))["q"]
    }
    stray = sorted(t for texts in examples().values() for t in texts if normalise(t) not in allowed)
    assert not stray, f"bot_examples.toml questions from no development set: {stray[:5]}"
