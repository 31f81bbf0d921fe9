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
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CONTACT = re.compile(r"1-800-661-2272")
QUESTION_SETS = (
    "questions.toml",
    "dev_questions.toml",
    "questions_holdout.toml",
    "holdout_questions.toml",
    "holdout2_questions.toml",
    "holdout3_questions.toml",
    "holdout4_questions.toml",
    "holdout5_questions.toml",
    "holdout6_questions.toml",
)
# The development sets (tuned on) aim at 95 %, the hold-outs nobody here read at 97 %.
DEVELOPMENT_SETS = ("questions.toml", "dev_questions.toml")
TARGETS = {name: 97.0 for name in QUESTION_SETS if name.startswith("holdout")}
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


def score(
    engine: Any, items: list[dict[str, Any]]
) -> tuple[list[tuple[str, str]], list[float], int]:
    """The failures (question, why), the milliseconds of each question, the strict failures."""
    timings: list[float] = []
    failures: list[tuple[str, str]] = []
    strict = 0
    for item in items:
        started = time.perf_counter()
        result = engine.ask(item["text"]).as_dict()
        timings.append((time.perf_counter() - started) * 1000)
        why = check(item, result)
        if why:
            failures.append((item["text"], why))
        strict += bool(check(item, result, strict=True))
    return failures, timings, strict


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
    args = parser.parse_args()
    paths: list[Path] = args.questions or [
        HERE / name for name in QUESTION_SETS if (HERE / name).is_file()
    ]
    sets = [(path, tomllib.loads(path.read_text("utf-8"))["q"]) for path in paths]

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
    print(f"bot benchmark: {sum(len(i) for _, i in sets)} questions, {os.cpu_count()} cpus")
    for path, items in sets:
        failures, timings, strict = score(engine, items)
        all_timings += timings
        passed = len(items) - len(failures)
        target = TARGETS.get(path.name, DEFAULT_TARGET)
        print(
            f"{path.name}: correct {passed}/{len(items)} = {100 * passed / len(items):.1f}% "
            f"(target >= {target:g}%); strict {len(items) - strict}/{len(items)} = "
            f"{100 * (len(items) - strict) / len(items):.1f}%"
        )
        for text, why in failures:
            print(f"  FAIL {text!r}: {why}")
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
