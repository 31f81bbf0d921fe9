"""Benchmark of the SECOR chat bot: correctness on bench/questions.toml, speed, start-up.

Run: .venv/bin/python bench/bench_bot.py [--questions PATH] [--show-failures]
Prints the pass rate, milliseconds per question and start-up time.
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


def check(item: dict[str, Any], result: dict[str, Any]) -> str:
    """Empty when the answer is correct, else why not."""
    answer, sources = result["answer"], result["sources"]
    if len(answer) > 1200:
        return f"answer too long ({len(answer)} chars)"
    if item.get("unanswered") or item.get("refuse"):
        if sources:
            return f"should not answer, but answered as {result['topic']}"
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


def main() -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", type=Path, default=HERE / "questions.toml")
    parser.add_argument("--show-failures", action="store_true", help="list every failed question")
    args = parser.parse_args()
    items = tomllib.loads(args.questions.read_text("utf-8"))["q"]

    from bot.engine import Engine
    from bot.model import load_or_train

    with tempfile.TemporaryDirectory(prefix="bench-bot-") as tmp:
        cache = Path(tmp) / "bot"
        started = time.perf_counter()
        load_or_train(cache)
        training = time.perf_counter() - started
        started = time.perf_counter()
        engine = Engine.load(cache)
        loading = time.perf_counter() - started
        startup = startup_seconds(Path(tmp))

    engine.ask("warm up")
    timings: list[float] = []
    failures: list[tuple[str, str]] = []
    for item in items:
        started = time.perf_counter()
        result = engine.ask(item["text"]).as_dict()
        timings.append((time.perf_counter() - started) * 1000)
        why = check(item, result)
        if why:
            failures.append((item["text"], why))

    passed = len(items) - len(failures)
    p95 = statistics.quantiles(timings, n=20)[-1] if len(timings) > 1 else timings[0]
    print(f"bot benchmark: {len(items)} questions ({args.questions.name}), {os.cpu_count()} cpus")
    print(f"correct: {passed}/{len(items)} = {100 * passed / len(items):.1f}% (target >= 95%)")
    print(
        f"ms per question: mean {statistics.fmean(timings):.1f}, p95 {p95:.1f}, "
        f"max {max(timings):.1f} (target <= 50)"
    )
    print(
        f"start-up: {startup:.2f} s for `secor-bot ask` in a fresh process, cached model "
        "(target < 3 s)"
    )
    print(f"engine load from cache: {loading:.2f} s; first-use training: {training:.2f} s")
    shown = failures if args.show_failures else failures[:10]
    for text, why in shown:
        print(f"FAIL {text!r}: {why}")
    if len(shown) < len(failures):
        print(f"... {len(failures) - len(shown)} more (--show-failures)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
