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

Since the sixth session the intent model learns from the development sets' questions
(knowledge/data/bot_examples.toml), so on those sets it is surer than on questions nobody
wrote before, and a fit on them under-counts the cost. ``--folds K`` measures each set on
a model that never saw it: the sets are dealt into K folds, and each fold's questions are
answered by an intent model whose examples were harvested from the other folds only. The
pooled evidence is what is fitted, and the committed rule is scored on it too.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_bot import check, development_items, read_set  # noqa: E402

from bot.abstain import MOMENTS, NEVER_COUNT, Evidence, Recorder, Thresholds  # noqa: E402

# A wrong "don't know" to an answered question weighs this much against one catch.
COST_WEIGHT = 1.5
# Each family of the rule (bot.abstain.Thresholds) and its settings; the first is "off".
FAMILIES: dict[str, tuple[tuple[str, ...], list[tuple[float, ...]]]] = {
    "strong": (("strong_uncovered",), [(NEVER_COUNT,), (2,), (3,), (4,)]),
    "unknown": (("min_unknown",), [(2.0,), *((0.1 * i,) for i in range(3, 11))]),
    "support": (("min_support",), [(0.0,), *((0.05 * i,) for i in range(1, 7))]),
    "words": (
        ("min_uncovered", "word_support", "max_confidence"),
        [(NEVER_COUNT, 0.0, 0.0)]
        + [
            (n, 0.05 * s, 0.1 * c)
            for n in (1, 2)
            for s in range(0, 13)
            for c in range(0, 11)
            if s or c
        ],
    ),
    "foreign": (
        ("min_foreign", "foreign_support"),
        [(NEVER_COUNT, 0.0)] + [(n, 0.05 * s) for n in (1, 2, 3) for s in range(1, 11)],
    ),
    "strange": (
        ("min_strange", "strange_support"),
        [(NEVER_COUNT, 0.0)] + [(n, 0.05 * s) for n in (1, 2) for s in range(1, 11)],
    ),
    "typed": (("typed_support",), [(0.0,), *((0.05 * i,) for i in range(1, 13))]),
    "unheld": (
        ("min_unheld", "unheld_all"),
        [(NEVER_COUNT, 0.0)] + [(n, a) for a in (0.0, 1.0) for n in (1, 2, 3)],
    ),
    "predicate": (("min_predicate",), [(0.0,), *((0.1 * i,) for i in range(1, 8))]),
    # not a rule that fires but one that vetoes the others (Thresholds.abstains)
    "answers": (("typed_answers",), [(2.0,), *((0.1 * i,) for i in range(5, 11))]),
}
VETO = "answers"
ROUNDS = 4


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


def _masks(cases: list[Case]) -> tuple[np.ndarray, dict[str, list[np.ndarray]]]:
    """Which evidence rows each setting of each family fires on, and each row's question."""
    rows = [(k, e) for k, c in enumerate(cases) for e in c.evidence]
    owner = np.array([k for k, _ in rows], dtype=np.int64)
    get = {
        name: np.array([float(getattr(e, name)) for _, e in rows])
        for name in (
            "unknown",
            "support",
            "confidence",
            "foreign",
            "strange",
            "typed",
            "predicate",
        )
    }
    asks = np.array([bool(e.asks) for _, e in rows])
    moment = np.array([e.asks in MOMENTS for _, e in rows])
    unheld = np.array([e.unheld for _, e in rows], dtype=np.float64)
    focused = np.array([bool(e.focus) for _, e in rows])
    n = np.array([len(e.uncovered) for _, e in rows], dtype=np.float64)
    support = get["support"]
    fires = {
        "strong": lambda v: n >= v[0],
        "unknown": lambda v: get["unknown"] >= v[0],
        "support": lambda v: support < v[0],
        "words": lambda v: (n >= v[0]) & ((support < v[1]) | (get["confidence"] < v[2])),
        "foreign": lambda v: (get["foreign"] >= v[0]) & (support < v[1]),
        "strange": lambda v: (get["strange"] >= v[0]) & (support < v[1]),
        "typed": lambda v: asks & (get["typed"] < v[0]),
        "unheld": lambda v: (unheld >= v[0]) & ((v[1] > 0) | moment),
        "predicate": lambda v: get["predicate"] < v[0],
        "answers": lambda v: asks & focused & (get["typed"] >= v[0]),
    }
    return owner, {f: [fires[f](v) for v in FAMILIES[f][1]] for f in FAMILIES}


def fit(cases: list[Case]) -> tuple[Thresholds, int, int]:
    """The best thresholds, family by family (coordinate ascent from "never"), with their
    catch and cost. Ties go to the setting that abstains least (listed first)."""
    owner, masks = _masks(cases)
    gain = np.array([c.unanswered and not c.right for c in cases], dtype=np.float64)
    loss = np.array([not c.unanswered and c.right for c in cases], dtype=np.float64)
    chosen = dict.fromkeys(FAMILIES, 0)

    def value(choice: dict[str, int]) -> tuple[float, float]:
        rows = np.zeros(len(owner), dtype=bool)
        for family, index in choice.items():
            if family != VETO:
                rows |= masks[family][index]
        rows &= ~masks[VETO][choice[VETO]]
        fired = np.zeros(len(cases), dtype=bool)
        fired[owner[rows]] = True
        catch, cost = float(gain[fired].sum()), float(loss[fired].sum())
        return catch - COST_WEIGHT * cost, -cost

    best = value(chosen)
    for _ in range(ROUNDS):
        improved = False
        for family in FAMILIES:
            for index in range(len(FAMILIES[family][1])):
                trial = {**chosen, family: index}
                score_ = value(trial)
                if score_ > best:
                    best, chosen, improved = score_, trial, True
        if not improved:
            break
    settings: dict[str, float] = {}
    for family, index in chosen.items():
        names, values = FAMILIES[family]
        settings.update(zip(names, values[index], strict=True))
    rule = Thresholds(
        strong_uncovered=int(settings["strong_uncovered"]),
        min_unknown=round(settings["min_unknown"], 2),
        min_support=round(settings["min_support"], 2),
        min_uncovered=int(settings["min_uncovered"]),
        word_support=round(settings["word_support"], 2),
        max_confidence=round(settings["max_confidence"], 2),
        min_foreign=int(settings["min_foreign"]),
        foreign_support=round(settings["foreign_support"], 2),
        min_strange=int(settings["min_strange"]),
        strange_support=round(settings["strange_support"], 2),
        typed_support=round(settings["typed_support"], 2),
        typed_answers=round(settings["typed_answers"], 2),
        min_unheld=int(settings["min_unheld"]),
        unheld_all=bool(settings["unheld_all"]),
        min_predicate=round(settings["min_predicate"], 2),
    )
    catch, cost = score(cases, rule)
    return rule, catch, cost


def folded_cases(k: int) -> list[Case]:
    """The evidence of every development set, each answered by an intent model trained
    with the examples of the other folds' sets only."""
    import bench_bot

    from bot.engine import Engine
    from bot.model import train, training_rows
    from bot.nlp import build_pipeline
    from tools.harvest_bot_examples import harvest, judge

    names = [n for n in bench_bot.DEVELOPMENT_SETS if (HERE / n).is_file()]
    judging = judge()  # trained on the paraphrases only: the same for every fold
    cases: list[Case] = []
    for fold in range(k):
        held = names[fold::k]
        examples = harvest([n for n in names if n not in held], judging)
        nlp = build_pipeline()
        train(nlp, weighted=list(training_rows(given=examples)))
        engine = Engine(nlp, bench_bot._labeler())
        items = [q for n in held for _, part, _ in read_set(HERE / n) for q in part]
        cases += collect(engine, items)
        print(f"fold {fold + 1}/{k}: {len(items)} questions of {len(held)} sets", flush=True)
    return cases


def main() -> int:
    """Fit and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", type=Path, action="append", help="a development set")
    parser.add_argument(
        "--folds",
        type=int,
        default=0,
        metavar="K",
        help="answer each development set with an intent model that never saw its questions "
        "(K folds of sets; 0: the committed model on every set)",
    )
    args = parser.parse_args()
    if args.folds:
        cases = folded_cases(args.folds)
    else:
        if args.questions:
            # a quartered set (dev2) gives both parts: its quarter has been read since session 5
            items = [q for p in args.questions for _, part, _ in read_set(p) for q in part]
        else:
            items = development_items()
        from bench_bot import load_engine

        cases = collect(load_engine(), items)
    from bot.abstain import thresholds

    committed = score(cases, thresholds())
    print(f"the committed rule: catch {committed[0]}, cost {committed[1]}")
    base = replace(thresholds(), min_predicate=0.0)
    for (value,) in FAMILIES["predicate"][1][1:]:
        with_predicate = score(cases, replace(base, min_predicate=round(value, 2)))
        print(
            f"  without min_predicate, plus min_predicate {value:.1f}: "
            f"catch {with_predicate[0]}, cost {with_predicate[1]}"
        )
    judged = sum(bool(c.evidence) for c in cases)
    unanswered = sum(c.unanswered for c in cases)
    print(f"fit on {len(cases)} questions ({unanswered} unanswered), {judged} with a judged answer")
    rule, catch, cost = fit(cases)
    print(f"best: catch {catch} unanswered, cost {cost} answered (weight {COST_WEIGHT:g})")
    print("[fit]")
    for names, _ in FAMILIES.values():
        for name in names:
            value = getattr(rule, name)
            print(f"{name} = {str(value).lower() if isinstance(value, bool) else value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
