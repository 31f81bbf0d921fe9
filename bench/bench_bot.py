"""Benchmark of the SECOR chat bot: correctness on every question set, speed, start-up.

Run: .venv/bin/python bench/bench_bot.py [--questions PATH ...]
Scores, in one run, bench/questions.toml and bench/dev_questions.toml (the
development sets: the second written by an independent author, tuned on),
bench/questions_holdout.toml and bench/holdout*_questions.toml (hold-out sets
written apart from the bot and never tuned on) when present. Prints each set's
pass rate and every failure, then milliseconds per question and start-up time.

A question the pages do not answer (`unanswered`) passes when the bot gives no
sources and points to the COR department, or when it says plainly that ACSA's pages
do not say, points to the COR department, and cites only a labelled aside (issue 11:
"where ACSA's pages are silent, say so and point to the COR department"). The
strict figure, which accepts only the first form, is printed beside it.

Each set also prints the abstention's line (bot/abstain.py): how many unanswered
questions it caught (turned into "the pages do not say") against its cost, the answered
questions it turned into "don't know".

Which sets are hold-outs changes over time: a hold-out is scored on the code of the day
before anyone tunes, and again at the end; once both figures are reported it may become a
development set, and a new hold-out takes its place. holdout5 and holdout6 (and dev2's
quarter that was kept untouched) became development sets in the fifth session, when
holdout7 and holdout8 were written; holdout7 and holdout8 became development sets later in
that session, once scored before and after its changes, when holdout9 and holdout10 were
written. In the sixth session holdout9 and holdout10 became development sets in turn, when
holdout11 and holdout12 were written; the older hold-outs (questions_holdout and holdout1 to
holdout4) had been read in earlier sessions, so they are development sets too. In the seventh
session holdout11 and holdout12, scored before and after the sixth session's changes, became
development sets when holdout13 and holdout14 were written. In the eighth session holdout13
and holdout14 (scored before and after the seventh session's changes) became development sets
when holdout15 and holdout16 were written. In the ninth session holdout15 and holdout16
(scored before and after the eighth session's changes) became development sets when
holdout17 and holdout18 were written. In the tenth session holdout17 and holdout18 (scored
before and after the ninth session's changes) became development sets when holdout19 and
holdout20 were written. In the eleventh session holdout19 and holdout20 (scored before and
after the tenth session's changes) became development sets when holdout21 and holdout22 were
written. In the twelfth session holdout21 and holdout22 (scored before and after the eleventh
session's changes) became development sets when holdout23 and holdout24 were written. In the
thirteenth session holdout23 and holdout24 (scored four times in the twelfth, never read) became
development sets when holdout25 and holdout26 were written and scored on the starting code
(130/134 and 116/131). SEEN_SETS lists them all; only holdout25 and holdout26 carry the
hold-out target of 97 %.

Since the sixth session the development sets are also training data: the questions of
theirs that the bot answers correctly in one part are examples for the intent model
(knowledge/data/bot_examples.toml, written by tools/harvest_bot_examples.py). Their
figures measure what the bot has learned, not how it does on questions it never saw.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CONTACT = re.compile(r"1-800-661-2272")
# Hold-outs whose failures have been read: development sets now (see the docstring).
SEEN_SETS = (
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
    "holdout13_questions.toml",
    "holdout14_questions.toml",
    "holdout15_questions.toml",
    "holdout16_questions.toml",
    "holdout17_questions.toml",
    "holdout18_questions.toml",
    "holdout19_questions.toml",
    "holdout20_questions.toml",
    "holdout21_questions.toml",
    "holdout22_questions.toml",
    "holdout23_questions.toml",
    "holdout24_questions.toml",
)
# Hold-outs nobody on the team has read: the only sets that measure unseen questions.
UNSEEN_SETS = ("holdout25_questions.toml", "holdout26_questions.toml")
# Sets written by strangers to become development sets, scored before anyone reads them (on
# the code of the day and after the first round of changes); until then they are left out
# of --development, like the hold-outs. dev17 and dev18, written in the tenth session, were
# scored on the ninth session's code (120/129, 116/131) and after round 16 (121/129, 116/131),
# then read: they are in STRANGERS_SETS. So are dev19 and dev20, written in the twelfth session
# (beginners and wrong premises; several questions per message, documents described in the
# employer's words) and scored on that session's starting code (96/106, 100/109) and after its
# rounds 21 and 22 (96/106, 101/109) before they were read. dev21 (written in the thirteenth
# session in holdout26's voice by another stranger: careful owners, situation first, longer
# messages) was scored on that session's starting code (111/131) before it was read.
FRESH_SETS: tuple[str, ...] = ()
# dev5 to dev7 were written by strangers in the sixth session as development sets, dev8 to
# dev10 in the seventh, dev11 to dev14 in the eighth, dev15 and dev16 in the ninth, dev17 and dev18
# in the tenth (each scored before anyone read it; dev15/16 on the code of the eighth session's end
# and after round 13; dev17/18 on the ninth's and after round 16).
STRANGERS_SETS = (
    "dev5_questions.toml",
    "dev6_questions.toml",
    "dev7_questions.toml",
    "dev8_questions.toml",
    "dev9_questions.toml",
    "dev10_questions.toml",
    "dev11_questions.toml",
    "dev12_questions.toml",
    "dev13_questions.toml",
    "dev14_questions.toml",
    "dev15_questions.toml",
    "dev16_questions.toml",
    "dev17_questions.toml",
    "dev18_questions.toml",
    "dev19_questions.toml",
    "dev20_questions.toml",
    "dev21_questions.toml",
)
# The set whose every fourth question was kept untouched until it was read (session 5).
QUARTERED = "dev2_questions.toml"
# Every set, in the order they are printed.
QUESTION_SETS = (
    "questions.toml",
    "dev_questions.toml",
    *SEEN_SETS,
    *UNSEEN_SETS,
    QUARTERED,
    *STRANGERS_SETS,
    *FRESH_SETS,
)
# The development sets (tuned on) aim at 95 %, the hold-outs nobody here read at 97 %.
DEVELOPMENT_SETS = (
    "questions.toml",
    "dev_questions.toml",
    QUARTERED,
    *SEEN_SETS,
    *STRANGERS_SETS,
)
TARGETS = dict.fromkeys(UNSEEN_SETS, 97.0)
# The bot says the pages are silent (see the module docstring).
SILENT = re.compile(r"\b(do not|don't|does not|doesn't) (say|state|give|list|publish)", re.I)
DEFAULT_TARGET = 95.0


def check(item: dict[str, Any], result: dict[str, Any], *, strict: bool = False) -> str:
    """Empty when the answer is correct, else why not (STRICT: no sources when silent)."""
    answer, sources = result["answer"], result["sources"]
    if len(answer) > 1200:
        return f"answer too long ({len(answer)} chars)"
    if item.get("unanswered") or item.get("refuse"):
        says_silent = item.get("unanswered") and not strict and SILENT.search(answer)
        if sources and not says_silent:
            return f"should not answer, but answered as {result['topic']}"
        expected = [p for p in item.get("expect", []) if not re.search(p, answer, re.IGNORECASE)]
        if item.get("unanswered") and expected:
            return f"missing {expected} ({result['topic']})"
        if not CONTACT.search(answer):
            return "no COR department contact"
        if item.get("refuse") and not answer.startswith("Sorry"):
            return "no polite refusal"
        if item.get("unanswered") and result["topic"] in ("offtopic", "manipulation"):
            return "refused instead of pointing to the COR department"
        return ""
    if not sources:
        return f"no sources ({result['topic']})"
    missing = [p for p in item.get("expect", []) if not re.search(p, answer, re.IGNORECASE)]
    return f"missing {missing} ({result['topic']})" if missing else ""


def startup_seconds(cache: Path, runs: int = 3) -> float:
    """Best wall time of `secor-bot ask` in a fresh process with the cached model."""
    env = dict(os.environ, SECOR_PATHS__DATA_DIR=str(cache))
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "bot.cli", "ask", "--json", "do part-timers count?"],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        best = min(best, time.perf_counter() - started)
    return best


def _labeler() -> Any:
    """The intake's document classifier, as the composition roots pass it (lazily loaded)."""
    from core.config import load_settings
    from intake.classify import model_dir_for
    from intake.classify.labeler import IntakeLabeler

    settings = load_settings(None)
    return IntakeLabeler(model_dir_for(settings), settings.classifier.review_threshold)


def quarters(items: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(the tuned part, the untouched quarter: index % 4 == 3) of a quartered set."""
    return (
        [q for i, q in enumerate(items) if i % 4 != 3],
        [q for i, q in enumerate(items) if i % 4 == 3],
    )


def read_set(path: Path) -> list[tuple[str, list[dict[str, Any]], bool]]:
    """(name, questions, whether its failures may be printed) of the set at PATH."""
    items: list[dict[str, Any]] = tomllib.loads(path.read_text("utf-8"))["q"]
    if path.name != QUARTERED:
        return [(path.name, items, True)]
    tuned, quarter = quarters(items)
    return [
        (f"{path.name} [tuned]", tuned, True),
        (f"{path.name} [quarter, read since session 5]", quarter, True),
    ]


def development_items() -> list[dict[str, Any]]:
    """The questions the bot may be tuned on: the development sets, dev2 without its quarter."""
    out: list[dict[str, Any]] = []
    for name in DEVELOPMENT_SETS:
        if (HERE / name).is_file():
            out += read_set(HERE / name)[0][1]
    return out


@dataclass
class Scored:
    """A set's failures (question, why), timings in ms, strict failures and abstentions."""

    failures: list[tuple[str, str]] = field(default_factory=list)
    timings: list[float] = field(default_factory=list)
    strict: int = 0
    caught: int = 0
    unanswered: int = 0
    cost: int = 0
    answered: int = 0


def score(engine: Any, items: list[dict[str, Any]]) -> Scored:
    """Each question asked and checked; what the abstention changed, counted."""
    from bot.abstain import Recorder, thresholds

    out = Scored()
    for item in items:
        recorder = Recorder(thresholds())
        engine.thresholds = recorder
        started = time.perf_counter()
        result = engine.ask(item["text"]).as_dict()
        out.timings.append((time.perf_counter() - started) * 1000)
        why = check(item, result)
        if why:
            out.failures.append((item["text"], why))
        out.strict += bool(check(item, result, strict=True))
        abstained = any(verdict for _, verdict in recorder.seen)
        if item.get("unanswered"):
            out.unanswered += 1
            out.caught += abstained
        elif not item.get("refuse"):
            out.answered += 1
            out.cost += abstained
    engine.thresholds = thresholds()
    return out


def load_engine() -> Any:
    """The engine as the channels load it, with the intake's classifier (a fresh cache)."""
    from bot.engine import Engine

    with tempfile.TemporaryDirectory(prefix="bench-bot-") as tmp:
        return Engine.load(Path(tmp) / "bot", labeler=_labeler())


def main() -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--questions",
        type=Path,
        action="append",
        help="a question set to score (repeatable; default: every set present in bench/)",
    )
    parser.add_argument("--show-failures", action="store_true", help="kept for scripts: always on")
    parser.add_argument(
        "--show-quarter",
        action="store_true",
        help="kept for scripts: dev2's quarter has been read since session 5 and is always printed",
    )
    parser.add_argument(
        "--development",
        action="store_true",
        help="score only the development sets (every set but the unseen hold-outs), as "
        "engineers tuning the bot must: a hold-out's failures are never read",
    )
    args = parser.parse_args()
    chosen = DEVELOPMENT_SETS if args.development else QUESTION_SETS
    paths: list[Path] = args.questions or [
        HERE / name for name in chosen if (HERE / name).is_file()
    ]
    sets = [one for path in paths for one in read_set(path)]

    from bot.engine import Engine
    from bot.model import load_or_train

    with tempfile.TemporaryDirectory(prefix="bench-bot-") as tmp:
        cache = Path(tmp) / "bot"
        started = time.perf_counter()
        load_or_train(cache)
        training = time.perf_counter() - started
        started = time.perf_counter()
        engine = Engine.load(cache, labeler=_labeler())
        loading = time.perf_counter() - started
        startup = startup_seconds(Path(tmp))

    engine.ask("warm up")
    engine.ask("which element does the truck service log go in")  # loads the classifier
    all_timings: list[float] = []
    totals = Scored()
    print(f"bot benchmark: {sum(len(i) for _, i, _ in sets)} questions, {os.cpu_count()} cpus")
    for name, items, printable in sets:
        scored = score(engine, items)
        all_timings += scored.timings
        for name_ in ("caught", "unanswered", "cost", "answered"):
            setattr(totals, name_, getattr(totals, name_) + getattr(scored, name_))
        passed = len(items) - len(scored.failures)
        strict = scored.strict
        target = TARGETS.get(name, DEFAULT_TARGET)
        print(
            f"{name}: correct {passed}/{len(items)} = {100 * passed / len(items):.1f}% "
            f"(target >= {target:g}%); strict {len(items) - strict}/{len(items)} = "
            f"{100 * (len(items) - strict) / len(items):.1f}%"
        )
        print(
            f"  abstention: caught {scored.caught}/{scored.unanswered} unanswered; "
            f'cost {scored.cost}/{scored.answered} answered turned into "don\'t know"'
        )
        if printable or args.show_quarter:
            for text, why in scored.failures:
                print(f"  FAIL {text!r}: {why}")
    print(
        f"abstention, all sets run: caught {totals.caught}/{totals.unanswered} unanswered; "
        f'cost {totals.cost}/{totals.answered} answered turned into "don\'t know"'
    )
    timings = all_timings
    p95 = statistics.quantiles(timings, n=20)[-1] if len(timings) > 1 else timings[0]
    print(
        f"ms per question: mean {statistics.fmean(timings):.1f}, p95 {p95:.1f}, "
        f"max {max(timings):.1f} (target <= 50)"
    )
    print(
        f"start-up: {startup:.2f} s for `secor-bot ask` in a fresh process, cached model "
        "(target < 3 s)"
    )
    print(f"engine load from cache: {loading:.2f} s; first-use training: {training:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
