"""Write knowledge/data/bot_examples.toml: strangers' questions the bot answers right, by intent.

    .venv/bin/python -m tools.harvest_bot_examples [--check]

The intent model learns from paraphrases written by the team (bot_paraphrases.toml), and
those share the team's habits of phrasing. The development question sets in bench/ were
written by strangers from the seed pages. Every question of theirs that the bot answers
correctly, in one part, becomes an example of the intent that answered it: also the
questions the bot rightly refused or said the pages do not answer, so that the examples
do not tilt the model towards answering. Measured with
one set left out at a time, that lifted hold-outs the examples did not come from by up to
7 questions in 123 (see the sixth session's note).

The bot that judges the questions is trained on the paraphrases only, so the examples do
not feed on themselves. Only development sets are read (bench_bot.DEVELOPMENT_SETS): a
hold-out nobody has read is never harvested. Left out or relabelled, where the intent
that answered says more about the answer than about the words of the question:
- a question about where a document goes, answered with the list of all the elements: the
  list holds every element number, so it passes a check it did not earn;
- requests refused as manipulation: their words are those of ordinary questions ("will acsa
  take ..."), and the refusal rests on the rules of bot.misstate, not on the model;
- a head count answered as "more than 10": the words are those of any eligibility question,
  only the number differs, so it is an example of eligibility;
- a head count answered with another intent's facts after the verdict ("twelve employees,
  can we get secor or what" answered with the steps): the verdict earned the pass, and the
  words would teach the other intent to answer head counts;
- a question that repeats eight words in a row of a seed page: the project never pastes the
  pages' sentences (tests/bot/test_bot_facts.py).
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.engine import Engine

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
RUN = 8  # words in a row that may not come from a seed page
OUT = ROOT / "knowledge" / "data" / "bot_examples.toml"
LEFT_OUT = frozenset({"manipulation"})
OVER_TEN, ELIGIBILITY = "over_ten", "eligibility"
HEADER = """\
# Examples for the chat bot's intent model, by intent: questions written by strangers
# from the seed pages (the development sets in bench/, never a hold-out nobody has read)
# that the bot answered correctly in one part. Written by tools/harvest_bot_examples.py;
# do not edit by hand, run the tool again after changing the bot or the sets.
"""


def judge() -> Engine:
    """The bot that judges the questions: its intent model trained on the paraphrases only."""
    from bot.engine import Engine
    from bot.model import train, training_pairs
    from bot.nlp import build_pipeline

    nlp = build_pipeline()
    train(nlp, list(training_pairs(with_examples=False)))
    return Engine(nlp, _bench_bot()._labeler())


def _bench_bot() -> Any:
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_bot  # type: ignore[import-not-found]  # (bench/ is no package)

    return bench_bot


def harvest(
    sets: Sequence[str] | None = None, engine: Engine | None = None
) -> dict[str, list[str]]:
    """Intent -> the questions of SETS (default: every development set) answered correctly
    as that intent by ENGINE (default: a fresh ``judge()``)."""
    bench_bot = _bench_bot()

    from bot.element_answer import is_element_question
    from bot.engine import HEADCOUNT_INTENTS, LIST_INTENTS
    from bot.lexicon import paraphrases
    from bot.questions import split_questions

    engine = engine or judge()
    known = set(paraphrases())
    out: dict[str, list[str]] = defaultdict(list)
    seen: set[str] = set()
    runs = seed_runs()
    for name in bench_bot.DEVELOPMENT_SETS if sets is None else sets:
        path = bench_bot.HERE / name
        if not path.is_file():
            continue
        for item in tomllib.loads(path.read_text("utf-8"))["q"]:
            text = item["text"]
            words = _words(text)
            pasted = any(tuple(words[i : i + RUN]) in runs for i in range(len(words) - RUN + 1))
            if text in seen or pasted or len(split_questions(text)) != 1:
                continue
            result = engine.ask(text).as_dict()
            topic = result["topic"]
            listed = topic in LIST_INTENTS and is_element_question(text)
            if topic not in known or listed or topic in LEFT_OUT or bench_bot.check(item, result):
                continue
            counted = engine.read_headcount(text) is not None
            if counted and topic == OVER_TEN:
                topic = ELIGIBILITY
            elif counted and topic not in HEADCOUNT_INTENTS:
                continue
            out[topic].append(text)
            seen.add(text)
        print(f"{name}: {sum(map(len, out.values()))} examples so far", file=sys.stderr)
    return dict(sorted(out.items()))


def _words(text: str) -> list[str]:
    return re.sub(r"[^a-z]+", " ", text.lower()).split()


def seed_runs() -> set[tuple[str, ...]]:
    """Every run of RUN words of the seed pages (none when they are not beside the project)."""
    runs: set[tuple[str, ...]] = set()
    for page in sorted(SEEDS.glob("*")) if SEEDS.is_dir() else []:
        words = _words(page.read_text("utf-8"))
        runs.update(tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1))
    return runs


def render(examples: dict[str, list[str]]) -> str:
    """The TOML text: one array of questions per intent."""
    import json

    lines = [HEADER]
    for intent, texts in examples.items():
        lines.append(f"{intent} = [")
        lines += [f"    {json.dumps(text, ensure_ascii=False)}," for text in texts]
        lines.append("]\n")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Harvest and write the file, or with --check say whether it is up to date."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if the file differs from a fresh harvest"
    )
    args = parser.parse_args(argv)
    examples = harvest()
    text = render(examples)
    count = sum(map(len, examples.values()))
    if args.check:
        current = OUT.read_text("utf-8") if OUT.is_file() else ""
        print(f"{OUT.relative_to(ROOT)}: {'up to date' if current == text else 'out of date'}")
        return 0 if current == text else 1
    tmp = OUT.with_suffix(".tmp")
    tmp.write_text(text, "utf-8")
    tmp.replace(OUT)
    print(f"{OUT.relative_to(ROOT)}: {count} examples")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
