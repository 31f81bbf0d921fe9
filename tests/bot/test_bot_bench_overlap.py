"""The benchmark and hold-out questions are kept apart from the training paraphrases."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from bot.lexicon import paraphrases

BENCH = Path(__file__).resolve().parents[2] / "bench"
SETS = (
    "questions.toml",
    "dev_questions.toml",
    "questions_holdout.toml",
    "holdout_questions.toml",
    "holdout2_questions.toml",
    "holdout3_questions.toml",
    "holdout4_questions.toml",
    "holdout5_questions.toml",
    "holdout6_questions.toml",
    "holdout7_questions.toml",
    "holdout8_questions.toml",
    "holdout9_questions.toml",
    "holdout10_questions.toml",
    "dev2_questions.toml",
)
# The development sets are tuned on; the hold-outs are scored by the lead only.
DEVELOPMENT = ("questions.toml", "dev_questions.toml", "dev2_questions.toml")
HOLDOUTS = tuple(name for name in SETS if name not in DEVELOPMENT)
# Hold-outs nobody on the team has read: they share no question with any other set
# (holdout5 and holdout6 have been tuned on since session 5).
UNSEEN = ("holdout9_questions.toml", "holdout10_questions.toml")


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
