"""Fit the chat bot's abstention thresholds on the development sets (bot/abstain.py).

Run: .venv/bin/python bench/fit_abstention.py [--questions PATH ...]
Default: the development sets (bench/questions.toml, bench/dev_questions.toml and the
tuned three quarters of bench/dev2_questions.toml). Each question is answered once
with the abstention off; the evidence of every answer the abstention would judge is
kept. Every combination of thresholds on a grid is then scored: the catch is the
unanswered questions (the pages do not answer them) it turns into "the pages do not
say" that were answered wrongly, the cost is the answered questions answered right that
it turns into "don't know". The best (catch minus COST_WEIGHT times cost; fewer costs,
then the most conservative, on ties) is printed as the [fit] block of
knowledge/data/bot_abstain.toml, with its catch and cost. Nothing is written.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_bot import check, development_items, read_set  # noqa: E402

from bot.abstain import NEVER_COUNT, Evidence, Recorder, Thresholds  # noqa: E402

# A wrong "don't know" to an answered question weighs this much against one catch.
COST_WEIGHT = 1.5
GRID = {
    "strong_uncovered": (2, 3, 4, NEVER_COUNT),
    "min_unknown": (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 2.0),
    "min_support": (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3),
    "min_uncovered": (1, 2, NEVER_COUNT),
    "word_support": tuple(round(0.05 * i, 2) for i in range(0, 13)),
    "max_confidence": tuple(round(0.1 * i, 1) for i in range(0, 11)),
    "min_foreign": (1, 2, 3, NEVER_COUNT),
    "foreign_support": (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5),
}


@dataclass(frozen=True)
class Case:
    """One question: whether the pages answer it, whether the bot was right, its evidence."""

    unanswered: bool
    right: bool
    evidence: tuple[Evidence, ...]


def collect(engine: Any, items: list[dict[str, Any]]) -> list[Case]:
    """The evidence of each question's judged answers, with the abstention off."""
    cases = []
    for item in items:
        if item.get("refuse"):
            continue
        recorder = Recorder(Thresholds())  # the defaults never abstain
        engine.thresholds = recorder
        result = engine.ask(item["text"]).as_dict()
        right = not check(item, result)
        cases.append(Case(bool(item.get("unanswered")), right, tuple(e for e, _ in recorder.seen)))
    return cases


def score(cases: list[Case], rule: Thresholds) -> tuple[int, int]:
    """(catch, cost) of RULE on CASES."""
    catch = cost = 0
    for case in cases:
        if not any(rule.abstains(e) for e in case.evidence):
            continue
        if case.unanswered and not case.right:
            catch += 1
        elif not case.unanswered and case.right:
            cost += 1
    return catch, cost


def fit(cases: list[Case]) -> tuple[Thresholds, int, int]:
    """The best thresholds on the grid, with their catch and cost (vectorised with numpy)."""
    rows = [(k, e) for k, c in enumerate(cases) for e in c.evidence]
    owner = np.array([k for k, _ in rows], dtype=np.int64)
    n = np.array([len(e.uncovered) for _, e in rows])
    unknown = np.array([e.unknown for _, e in rows])
    support = np.array([e.support for _, e in rows])
    confidence = np.array([e.confidence for _, e in rows])
    foreign = np.array([e.foreign for _, e in rows])
    gain = np.array([1.0 if c.unanswered and not c.right else 0.0 for c in cases], dtype=np.float64)
    loss = np.array([1.0 if not c.unanswered and c.right else 0.0 for c in cases], dtype=np.float64)
    best: tuple[float, float, float] | None = None
    chosen = Thresholds()
    g = GRID
    for strong, unk, low, words, many, foreign_support in itertools.product(
        g["strong_uncovered"],
        g["min_unknown"],
        g["min_support"],
        g["min_uncovered"],
        g["min_foreign"],
        g["foreign_support"],
    ):
        base = (
            (n >= strong)
            | (unknown >= unk)
            | (support < low)
            | ((foreign >= many) & (support < foreign_support))
        )
        for word_support, conf in itertools.product(g["word_support"], g["max_confidence"]):
            fired_rows = base | ((n >= words) & ((support < word_support) | (confidence < conf)))
            fired = np.zeros(len(cases), dtype=bool)
            fired[owner[fired_rows]] = True
            catch, cost = float(gain[fired].sum()), float(loss[fired].sum())
            # ties: fewer costs, then the rule that abstains least
            eagerness = (
                low
                + word_support
                + conf
                + foreign_support
                - unk
                - min(strong, 9)
                - min(words, 9)
                - min(many, 9)
            )
            key = (catch - COST_WEIGHT * cost, -cost, -eagerness)
            if best is None or key > best:
                best = key
                chosen = Thresholds(
                    strong, unk, low, words, word_support, conf, many, foreign_support
                )
    catch, cost = score(cases, chosen)
    return chosen, catch, cost


def main() -> int:
    """Fit and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", type=Path, action="append", help="a development set")
    args = parser.parse_args()
    if args.questions:
        # a quartered set (dev2) gives its tuned part only: the quarter is never fitted on
        items = [q for p in args.questions for q in read_set(p)[0][1]]
    else:
        items = development_items()
    from bench_bot import load_engine

    engine = load_engine()
    cases = collect(engine, items)
    judged = sum(bool(c.evidence) for c in cases)
    unanswered = sum(c.unanswered for c in cases)
    print(f"fit on {len(cases)} questions ({unanswered} unanswered), {judged} with a judged answer")
    rule, catch, cost = fit(cases)
    print(f"best: catch {catch} unanswered, cost {cost} answered (weight {COST_WEIGHT:g})")
    print("[fit]")
    for name in GRID:
        print(f"{name} = {getattr(rule, name)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
