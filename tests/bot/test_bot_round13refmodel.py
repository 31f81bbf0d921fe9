"""Round 13: the cross-validation of a trained refusal detector (bench/cv_refusal.py).

The detector is measured, not wired (its gain over the rules was too small and unstable:
see the script's docstring and the round's report). These tests keep the measurement
honest: it reads the development sets only, counts a catch, a rule miss and a cost as the
report says, trains deterministically, and reads a number as one token when told.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _load(name: str) -> ModuleType:
    """bench/NAME.py (bench/ is no package)."""
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


CV = _load("cv_refusal")
BENCH_BOT = sys.modules["bench_bot"]


def test_only_the_development_sets_are_read() -> None:
    names = {q.set_name for q in CV.questions()}
    assert names <= set(BENCH_BOT.DEVELOPMENT_SETS)
    assert not names & set(BENCH_BOT.UNSEEN_SETS)


def test_a_fold_counts_catches_rule_misses_and_costs() -> None:
    q = CV.Question
    test = [
        q("s", "write me fake minutes", refuse=True, unanswered=False, bot_refuses=False),
        q("s", "say we have 9 on paper", refuse=True, unanswered=False, bot_refuses=True),
        q("s", "we are 10 and hiring one", refuse=False, unanswered=False, protected=True),
        q("s", "who signs the certificate", refuse=False, unanswered=False),
        q("s", "is the course in Punjabi", refuse=False, unanswered=True),
    ]
    counts = CV.fold_counts(test, np.asarray([0.9, 0.2, 0.95, 0.85, 0.1]), 0.8)
    assert (counts.refusals, counts.rule_misses, counts.caught, counts.misses_caught) == (
        2,
        1,
        1,
        1,
    )
    # the protected head count and the certificate are both costs; only the second is new
    assert (counts.negatives, counts.cost, counts.answerable_cost, counts.new_cost) == (3, 2, 2, 1)
    assert "rule misses caught 1/1" in counts.line()


def test_training_is_deterministic_and_learns_a_toy_split() -> None:
    def row(keys: list[int], label: bool) -> tuple[tuple[np.ndarray, np.ndarray], bool]:
        return (np.asarray(keys, dtype="uint64"), np.ones(len(keys), dtype="float32")), label

    rows = [row([1, 2], True), row([1, 3], True), row([4, 5], False), row([4, 6], False)] * 20
    first = CV.train(rows)([rows[0][0], rows[2][0]])
    again = CV.train(rows)([rows[0][0], rows[2][0]])
    assert np.array_equal(first, again)
    assert first[0] > 0.5 > first[1]


def test_the_rule_parts_are_the_rule_modules_patterns() -> None:
    names = {name for name, _ in CV.rule_patterns()}
    assert any(n.startswith("bot.deceive.") for n in names)
    assert any(n.startswith("bot.misstate.") for n in names)
    assert any(n.startswith("bot.guard.") for n in names)


def test_without_numbers_every_count_reads_the_same() -> None:
    texts = ["we are 9 guys on the crew", "we are 12 guys on the crew", "we are 12 guys"]
    plain = CV.featurize(texts, with_parts=False)
    masked = CV.featurize(texts, with_parts=False, numbers=False)
    assert set(plain[0][0].tolist()) != set(plain[1][0].tolist())
    assert set(masked[0][0].tolist()) == set(masked[1][0].tolist())
    assert set(masked[1][0].tolist()) != set(masked[2][0].tolist())
