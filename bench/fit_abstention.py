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
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_bot import check, development_items  # noqa: E402

from bot.abstain import NEVER_COUNT, Evidence, Recorder, Thresholds  # noqa: E402

# A wrong "don't know" to an answered question weighs this much against one catch.
COST_WEIGHT = 1.5
GRID_CONFIDENCE = tuple(round(0.05 * i, 2) for i in range(0, 21))
GRID_COVERAGE = tuple(round(0.1 * i, 1) for i in range(0, 8))
GRID_MIN = (1, 2)
GRID_STRONG = (1, 2, 3, 4, NEVER_COUNT)
GRID_UNKNOWN = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 2.0)


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
        recorder = Recorder(Thresholds(min_uncovered=NEVER_COUNT, strong_uncovered=NEVER_COUNT))
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
    """The best thresholds on the grid, with their catch and cost."""
    best: tuple[float, int, float, Thresholds, int, int] | None = None
    for low, strong, conf, cover, unknown in itertools.product(
        GRID_MIN, GRID_STRONG, GRID_CONFIDENCE, GRID_COVERAGE, GRID_UNKNOWN
    ):
        if strong < low:
            continue
        rule = Thresholds(low, conf, strong, cover, unknown)
        catch, cost = score(cases, rule)
        # ties: fewer costs, then the rule that abstains least (lower confidence, coverage)
        key = (catch - COST_WEIGHT * cost, -cost, unknown - conf - cover, rule, catch, cost)
        if best is None or key[:3] > best[:3]:
            best = key
    assert best is not None
    return best[3], best[4], best[5]


def main() -> int:
    """Fit and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", type=Path, action="append", help="a development set")
    args = parser.parse_args()
    if args.questions:
        items = [q for p in args.questions for q in tomllib.loads(p.read_text("utf-8"))["q"]]
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
    print(f"min_uncovered = {rule.min_uncovered}")
    print(f"max_confidence = {rule.max_confidence}")
    print(f"strong_uncovered = {rule.strong_uncovered}")
    print(f"min_coverage = {rule.min_coverage}")
    print(f"min_unknown = {rule.min_unknown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
