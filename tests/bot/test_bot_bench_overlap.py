"""The benchmark and hold-out questions are kept apart from the training paraphrases."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from bot.lexicon import examples, paraphrases

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
    "holdout11_questions.toml",
    "holdout12_questions.toml",
    "dev2_questions.toml",
    "dev5_questions.toml",
    "dev6_questions.toml",
    "dev7_questions.toml",
)
# The development sets are tuned on; the hold-outs are scored by the lead only.
DEVELOPMENT = (
    "questions.toml",
    "dev_questions.toml",
    "dev2_questions.toml",
    "dev5_questions.toml",
    "dev6_questions.toml",
    "dev7_questions.toml",
)
HOLDOUTS = tuple(name for name in SETS if name not in DEVELOPMENT)
# Hold-outs nobody on the team has read: they share no question with any other set, nor
# with the examples the intent model learns from (holdout1 to holdout10 have been read).
UNSEEN = ("holdout11_questions.toml", "holdout12_questions.toml")


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
