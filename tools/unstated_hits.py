"""Catch and cost of each silence class (bot.unstated) on the development sets.

Run: PYTHONPATH=. .venv/bin/python tools/unstated_hits.py
Prints, for each class, the unanswered questions ``bot.silent.silent_topic`` reads as that
class (its catch) and the answerable ones it reads so (its cost), set by set; a question
naming Energy Safety Canada is left to its page, as the bot does. Only the development sets
are read (the hold-outs nobody here has read are never opened).
"""

from __future__ import annotations

import importlib
import sys
import tomllib
from pathlib import Path

from bot import unstated
from bot.silent import esc_unstated, silent_topic

BENCH = Path(__file__).resolve().parent.parent / "bench"
# each class by what the bot says the pages do not say
RULES = {
    "PIR_MECHANICS": unstated.PIR_MECHANICS_WHAT,
    "PROGRAM_CHANGE": unstated.PROGRAM_CHANGE_WHAT,
    "RECORD_RETENTION": unstated.RECORD_RETENTION_WHAT,
    "ACSA_SERVICE": unstated.ACSA_SERVICE_WHAT,
    "PROTECTED_FILES": unstated.PROTECTED_FILES_WHAT,
    "CONFIRMED": unstated.CONFIRMED_WHAT,
    "ESC_FEE": unstated.ESC_FEE_WHAT,
    "PASS_MARK": "what score or pass mark ACSA uses for SECOR",
}


def development_sets() -> tuple[str, ...]:
    """The development sets' file names, as the bot benchmark lists them."""
    sys.path.insert(0, str(BENCH))
    return tuple(importlib.import_module("bench_bot").DEVELOPMENT_SETS)


def _read_as(text: str) -> str:
    """What the bot says the pages do not say for TEXT ("" when it reads no silence)."""
    stated = esc_unstated(text) or silent_topic(text)
    return stated.what if stated is not None else ""


def hits(what: str) -> tuple[list[str], list[str]]:
    """The unanswered questions read as WHAT and the answerable ones read so."""
    caught: list[str] = []
    cost: list[str] = []
    for name in development_sets():
        for item in tomllib.loads((BENCH / name).read_text("utf-8"))["q"]:
            if _read_as(item["text"]) == what:
                line = f"{name} | {' '.join(item['text'].split())[:150]}"
                (caught if item.get("unanswered") else cost).append(line)
    return caught, cost


def main() -> None:
    """Print each class's catch and cost."""
    for rule, what in RULES.items():
        caught, cost = hits(what)
        print(f"{rule}: caught {len(caught)} unanswered, hit {len(cost)} answerable")
        for line in caught:
            print(f"  caught  {line}")
        for line in cost:
            print(f"  COST    {line}")


if __name__ == "__main__":
    main()
