"""Can a trained detector of messages to refuse generalise better than the rules? (round 13)

Run: .venv/bin/python bench/cv_refusal.py [--features NAME ...] [--thresholds T ...]

Leave-one-set-out cross-validation over the development sets (bench_bot.DEVELOPMENT_SETS,
never a hold-out). For each set, a binary detector is trained on the other sets' questions
(``refuse = true`` positive; answerable and unanswered negative) and on the paraphrases of
knowledge/data/bot_paraphrases.toml (``manipulation`` and ``offtopic`` positive, every other
intent negative); any text of the left-out set is dropped from its training data. The
left-out set is then scored, and at each threshold the script prints:

- ``caught``: the left-out refusals the detector scores at or above the threshold;
- ``rule misses caught``: of those, the ones the current bot does not refuse (the bot is
  run on every question once: a refusal question passes bench_bot.check when refused);
- ``cost``: answerable or unanswered questions the detector would refuse; ``new cost``: of
  those, the ones the bot does not refuse already and does not answer as a head count or an
  element question (what a second opinion after the rules would actually change).

The detector is the intent model's kind (bot/model.py): a sparse bag of n-grams over NORM
(the bot's own pipeline, without its textcat), trained with a fixed seed by a plain thinc
loop (logistic loss, Adam), the two classes weighing the same. Feature sets:

- ``ngrams``: NORM unigrams and bigrams;
- ``ngrams+parts``: the same, plus one token for each pattern of bot/deceive.py,
  bot/misstate.py and bot/guard.py that the message matches (the parts the rules read);
- ``ngrams-numbers`` and ``ngrams-numbers+parts``: the same with every number read as one
  token (honest and dishonest messages alike count people near the limit of 10).

The figure that matters is the totals line: rule misses caught against new cost, on sets
each fold never saw. ``--unseen-bot`` counts the rules' misses on a bot whose intent model
never saw the left-out set (its examples dropped), as a fresh set meets it.

Result (round 13, 4,295 questions, 316 refusals, 10 missed by the unseen bot, all in
holdout15/16): the best setting caught 4 of the 10 misses at a cost of 3 answerable
questions (1 new: a head-count growth question refused); the neighbouring settings caught
1 to 3. Honest head-count questions near the limit ("so it's really 10 right?") score
like requests to hide workers. Not wired: the gain is too small and unstable to refuse on.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_bot import DEVELOPMENT_SETS, check, load_engine  # noqa: E402

from bot import deceive, guard, misstate  # noqa: E402
from bot.lexicon import paraphrases  # noqa: E402
from bot.nlp import NGRAM_SIZE, build_pipeline  # noqa: E402

SEED = 7
EPOCHS = 10
BATCH = 96
LEARN_RATE = 0.04
LENGTH = 2**15
POSITIVE_INTENTS = frozenset({"manipulation", "offtopic"})
THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98)
# The bot's answers a second opinion may not overrule: a head count or an element question.
PROTECTED_TOPICS = frozenset({"eligibility", "who_counts", "over_ten", "growth", "which_element"})
# ... when the intent model is at least this sure of it.
PROTECTED_CONFIDENCE = 0.8
FEATURE_SETS = ("ngrams", "ngrams+parts", "ngrams-numbers", "ngrams-numbers+parts")


@dataclass
class Question:
    """A development question: its set, text, label and what the current bot did with it."""

    set_name: str
    text: str
    refuse: bool
    unanswered: bool
    bot_refuses: bool = False
    protected: bool = False
    topic: str = ""
    confidence: float = 0.0


@dataclass
class Counts:
    """One fold's (or the totals') figures at one threshold."""

    refusals: int = 0
    rule_misses: int = 0
    caught: int = 0
    misses_caught: int = 0
    misses_changed: int = 0
    negatives: int = 0
    cost: int = 0
    answerable_cost: int = 0
    new_cost: int = 0

    def add(self, other: Counts) -> None:
        """Add OTHER's figures to these."""
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self) -> str:
        """The figures as one printed line."""
        return (
            f"caught {self.caught}/{self.refusals} refusals, rule misses caught "
            f"{self.misses_caught}/{self.rule_misses} ({self.misses_changed} not answered as a "
            f"head count or element); cost {self.cost}/{self.negatives} "
            f"answerable or unanswered ({self.answerable_cost} answerable), "
            f"new cost {self.new_cost}"
        )


def rule_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every module-level pattern of the refusal rules (deceive, misstate, guard)."""
    found = []
    for module in (deceive, misstate, guard):
        for name, value in sorted(vars(module).items()):
            if isinstance(value, re.Pattern):
                found.append((f"{module.__name__}.{name}", value))
    return found


def questions() -> list[Question]:
    """Every question of the development sets (dev2 whole: its quarter has been read)."""
    out = []
    for name in DEVELOPMENT_SETS:
        path = HERE / name
        if path.is_file():
            for item in tomllib.loads(path.read_text("utf-8"))["q"]:
                out.append(
                    Question(
                        name, item["text"], bool(item.get("refuse")), bool(item.get("unanswered"))
                    )
                )
    return out


def run_bot_cached(items: list[Question], unseen: bool, cache: Path | None) -> None:
    """run_bot, its outcomes read from (or written to) the JSON file CACHE when given."""
    fields = ("bot_refuses", "protected", "topic", "confidence")
    if cache is not None and cache.is_file():
        saved = json.loads(cache.read_text("utf-8"))
        if len(saved) == len(items):
            for q, row in zip(items, saved, strict=True):
                for name in fields:
                    setattr(q, name, row[name])
            return
    run_bot(items, unseen)
    if cache is not None:
        rows = [{name: getattr(q, name) for name in fields} for q in items]
        cache.write_text(json.dumps(rows), "utf-8")


def run_bot(items: list[Question], unseen: bool = False) -> None:
    """Set what the current bot does with each question (refuses it; answers it protected).

    With UNSEEN, each set is asked of a bot whose intent model never saw that set's questions
    (knowledge/data/bot_examples.toml without them), as a fresh set meets the bot.
    """
    if not unseen:
        _ask(load_engine(), items)
        return
    from bench_bot import _labeler

    from bot.engine import Engine
    from bot.lexicon import examples
    from bot.model import train as train_intents
    from bot.model import training_rows

    labeler = _labeler()
    for name in dict.fromkeys(q.set_name for q in items):
        part = [q for q in items if q.set_name == name]
        held = [q.text.strip().lower() for q in part]
        given = {
            intent: [t for t in texts if not any(t.strip().lower() in h for h in held)]
            for intent, texts in examples().items()
        }
        nlp = build_pipeline()
        train_intents(nlp, weighted=list(training_rows(given=given)))
        _ask(Engine(nlp, labeler), part)


def _ask(engine: Any, items: list[Question]) -> None:
    """Ask ENGINE each of ITEMS and keep what it did."""
    for q in items:
        result = engine.ask(q.text).as_dict()
        refused = result["answer"].startswith("Sorry") and not result["sources"]
        q.bot_refuses = refused if not q.refuse else not check({"refuse": True}, result)
        q.topic, q.confidence = result["topic"], result["confidence"]
        q.protected = (
            q.topic in PROTECTED_TOPICS
            and bool(result["sources"])
            and q.confidence >= PROTECTED_CONFIDENCE
        )


Features = tuple[np.ndarray, np.ndarray]  # (keys uint64, values float32) of one text


def featurize(texts: Sequence[str], with_parts: bool, numbers: bool = True) -> list[Features]:
    """Each text's NORM n-gram keys (the intent model's features), plus rule-part tokens
    (WITH_PARTS); without NUMBERS, every number reads as one token (a head count near the
    limit is asked by honest and dishonest messages alike)."""
    from spacy.attrs import NORM
    from spacy.ml.extract_ngrams import extract_ngrams
    from spacy.strings import hash_string

    nlp = build_pipeline(with_textcat=False)
    extract = extract_ngrams(NGRAM_SIZE, attr=NORM)
    patterns = rule_patterns() if with_parts else []
    part_keys = {name: np.uint64(hash_string(f"rule:{name}")) for name, _ in patterns}
    out = []
    for text, doc in zip(texts, nlp.pipe(texts), strict=True):
        if not numbers:
            for token in doc:
                if token.like_num:
                    token.norm_ = "<number>"
        keys, values, _ = extract.predict([doc])
        keys = np.asarray(keys, dtype="uint64")
        values = np.asarray(values, dtype="float32")
        extra = [part_keys[name] for name, pattern in patterns if pattern.search(text)]
        if extra:
            keys = np.concatenate([keys, np.asarray(extra, dtype="uint64")])
            values = np.concatenate([values, np.ones(len(extra), dtype="float32")])
        out.append((keys, values))
    return out


def train(rows: list[tuple[Features, bool]]) -> Callable[[list[Features]], np.ndarray]:
    """A logistic sparse-linear detector trained on ROWS; returns the scorer."""
    from thinc.api import Adam, SparseLinear_v2
    from thinc.util import fix_random_seed

    fix_random_seed(SEED)
    rng = random.Random(SEED)  # shuffling the training data
    linear = SparseLinear_v2(nO=1, length=LENGTH)
    linear.initialize()
    positives = sum(label for _, label in rows)
    weight = np.asarray(
        [0.5 / positives if label else 0.5 / (len(rows) - positives) for _, label in rows],
        dtype="float32",
    )
    truth = np.asarray([[float(label)] for _, label in rows], dtype="float32")
    optimizer = Adam(learn_rate=LEARN_RATE, use_averages=False)

    def batch(items: list[Features]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        keys = np.concatenate([k for k, _ in items])
        values = np.concatenate([v for _, v in items])
        lengths = np.asarray([len(k) for k, _ in items], dtype="int32")
        return keys, values, lengths

    order = list(range(len(rows)))
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for start in range(0, len(order), BATCH):
            chosen = order[start : start + BATCH]
            logits, backprop = linear.begin_update(batch([rows[i][0] for i in chosen]))
            probs = 1.0 / (1.0 + np.exp(-logits))
            scale = (weight[chosen] / weight[chosen].sum())[:, None]
            backprop(((probs - truth[chosen]) * scale).astype("float32"))
            linear.finish_update(optimizer)

    def score(items: list[Features]) -> np.ndarray:
        logits = linear.predict(batch(items))
        return np.asarray(1.0 / (1.0 + np.exp(-logits[:, 0])))

    return score


def fold_counts(test: list[Question], scores: np.ndarray, threshold: float) -> Counts:
    """One fold's figures at THRESHOLD."""
    out = Counts()
    for q, s in zip(test, scores, strict=True):
        hit = bool(s >= threshold)
        if q.refuse:
            out.refusals += 1
            out.rule_misses += not q.bot_refuses
            out.caught += hit
            out.misses_caught += hit and not q.bot_refuses
            out.misses_changed += hit and not q.bot_refuses and not q.protected
        else:
            out.negatives += 1
            out.cost += hit
            out.answerable_cost += hit and not q.unanswered
            out.new_cost += hit and not q.bot_refuses and not q.protected
    return out


def cross_validate(
    items: list[Question], feature_set: str, thresholds: Sequence[float], verbose: bool
) -> dict[float, Counts]:
    """Leave-one-set-out over ITEMS with FEATURE_SET; prints each fold, returns the totals."""
    para = [(t, intent in POSITIVE_INTENTS) for intent, ts in paraphrases().items() for t in ts]
    texts = [q.text for q in items] + [t for t, _ in para]
    features = featurize(
        texts, with_parts=feature_set.endswith("+parts"), numbers="-numbers" not in feature_set
    )
    q_features, p_features = features[: len(items)], features[len(items) :]
    totals = {t: Counts() for t in thresholds}
    for name in dict.fromkeys(q.set_name for q in items):
        held = {q.text.strip().lower() for q in items if q.set_name == name}
        rows = [
            (f, q.refuse)
            for q, f in zip(items, q_features, strict=True)
            if q.set_name != name and q.text.strip().lower() not in held
        ]
        rows += [
            (f, label)
            for (t, label), f in zip(para, p_features, strict=True)
            if t.strip().lower() not in held
        ]
        test = [i for i, q in enumerate(items) if q.set_name == name]
        scores = train(rows)([q_features[i] for i in test])
        for t in thresholds:
            counts = fold_counts([items[i] for i in test], scores, t)
            totals[t].add(counts)
            if verbose:
                print(f"  [{feature_set}] {name} @ {t:g}: {counts.line()}")
        if verbose:
            for i, s in zip(test, scores, strict=True):
                q = items[i]
                if (q.refuse and not q.bot_refuses) or (not q.refuse and s >= min(thresholds)):
                    kind = "rule miss" if q.refuse else "cost"
                    print(
                        f"    {kind} {s:.2f} {q.text!r} (bot: {q.topic} {q.confidence:.2f}"
                        f"{', refused' if q.bot_refuses else ''})"
                    )
    return totals


def main() -> int:
    """Run the cross-validation and print its figures."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--features",
        action="append",
        choices=FEATURE_SETS,
        help="a feature set to try (repeatable; default: every one)",
    )
    parser.add_argument(
        "--thresholds",
        type=float,
        nargs="+",
        default=list(THRESHOLDS),
        help="detector scores at which a message would be refused",
    )
    parser.add_argument(
        "--unseen-bot",
        action="store_true",
        help="the rules' misses of a set counted on a bot whose intent model never saw it",
    )
    parser.add_argument(
        "--bot-cache",
        type=Path,
        help="a JSON file keeping what the bot did with each question, for reruns",
    )
    parser.add_argument(
        "--folds", action="store_true", help="print every fold's line and the rule misses' scores"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    items = questions()
    run_bot_cached(items, args.unseen_bot, args.bot_cache)
    refusals = [q for q in items if q.refuse]
    print(
        f"refusal detector, leave one development set out: {len(items)} questions in "
        f"{len({q.set_name for q in items})} sets, {len(refusals)} refusals, of which the "
        f"{'unseen' if args.unseen_bot else 'current'} bot misses "
        f"{sum(not q.bot_refuses for q in refusals)}"
    )
    for feature_set in args.features or FEATURE_SETS:
        totals = cross_validate(items, feature_set, args.thresholds, args.folds)
        for t, counts in totals.items():
            print(f"[{feature_set}] threshold {t:g}, all folds: {counts.line()}")
    print(f"elapsed {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
