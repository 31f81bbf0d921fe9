"""Training the intent model on the paraphrases, and caching it on disk.

Design: the intent model is a sparse bag-of-ngrams textcat over the NORM attribute, so
it trains in about a second on the paraphrases of
``knowledge/data/bot_paraphrases.toml`` and the strangers' questions of
``knowledge/data/bot_examples.toml`` (see tools/harvest_bot_examples.py). The first run
trains it and saves the weights under ``<data_dir>/bot/intent-<fingerprint>``; later
runs load them in a few milliseconds. The fingerprint covers the data files, the code
that makes the features and the spaCy version, so a change retrains by itself. When the
folder is not writable the model is kept in memory only. ``secor-bot train`` builds the
cache ahead of time (for example at install or ``make`` time).
"""

from __future__ import annotations

import hashlib
import logging
import os
import random
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from importlib.resources import files
from pathlib import Path
from typing import cast

import spacy
from spacy.attrs import NORM
from spacy.language import Language
from spacy.ml.extract_ngrams import extract_ngrams
from spacy.pipeline import TextCategorizer
from spacy.training import Example
from spacy.util import fix_random_seed  # type: ignore[attr-defined]
from thinc.api import Adam

from bot.lexicon import examples, paraphrases
from bot.nlp import NGRAM_SIZE, build_pipeline

log = logging.getLogger(__name__)

MODEL_VERSION = "3"
EPOCHS = 10
BATCH = 96
LEARN_RATE = 0.04
SEED = 7
# How much a stranger's question (bot_examples.toml) weighs against a paraphrase: enough
# to teach the words strangers use, not so much that it overrules the paraphrases.
EXAMPLE_WEIGHT = 0.25
_DATA_FILES = (
    "facts.toml",
    "bot_intents.toml",
    "bot_lexicon.toml",
    "bot_paraphrases.toml",
    "bot_examples.toml",
)
_CODE_FILES = (
    "normalize.py",
    "nlp.py",
    "headcount.py",
    "headcount_shapes.py",
    "accounting.py",
    "groups.py",
    "mentions.py",
    "model.py",
)


def fingerprint() -> str:
    """A short hash of everything the trained weights depend on."""
    digest = hashlib.sha256(f"{MODEL_VERSION}|{spacy.about.__version__}".encode())
    for name in _DATA_FILES:
        digest.update(files("knowledge").joinpath(f"data/{name}").read_bytes())
    for name in _CODE_FILES:
        digest.update(files("bot").joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


def training_pairs(*, with_examples: bool = True) -> Iterator[tuple[str, str]]:
    """(question, intent) for every training paraphrase, and every example unless told not."""
    for text, intent_id, _ in training_rows(with_examples=with_examples):
        yield text, intent_id


def training_rows(
    *, with_examples: bool = True, given: Mapping[str, Sequence[str]] | None = None
) -> Iterator[tuple[str, str, float]]:
    """(question, intent, weight): paraphrases weigh 1, strangers' examples EXAMPLE_WEIGHT
    (GIVEN in place of knowledge/data/bot_examples.toml: a model that never saw some sets'
    questions, for measuring on them)."""
    sources = ((paraphrases(), 1.0), (examples() if given is None else given, EXAMPLE_WEIGHT))
    for source, weight in sources if with_examples else sources[:1]:
        for intent_id, texts in source.items():
            for text in texts:
                yield text, intent_id, weight


def train(
    nlp: Language,
    pairs: list[tuple[str, str]] | None = None,
    weighted: list[tuple[str, str, float]] | None = None,
) -> None:
    """Train NLP's textcat in place on PAIRS (each weighing 1), or on WEIGHTED rows
    (question, intent, weight; default: training_rows()); deterministic.

    A plain thinc loop (softmax cross-entropy, Adam, no parameter averaging) on
    n-gram features extracted once from documents annotated by the rule
    components: several times faster than ``TextCategorizer.update`` here.
    """
    fix_random_seed(SEED)
    rng = random.Random(SEED)  # noqa: S311 (shuffling training data)
    if pairs is not None:
        table = [(t, i, 1.0) for t, i in pairs]
    else:
        table = weighted if weighted is not None else list(training_rows())
    data = [(text, intent) for text, intent, _ in table]
    textcat: TextCategorizer = nlp.get_pipe("textcat")  # type: ignore[assignment]
    labels = list(textcat.labels)
    index = {label: i for i, label in enumerate(labels)}
    with nlp.select_pipes(disable=["textcat"]):
        docs = list(nlp.pipe(text for text, _ in data))
    examples = [
        Example.from_dict(doc, {"cats": {label: float(label == intent) for label in labels}})
        for doc, (_, intent) in zip(docs[:BATCH], data[:BATCH], strict=True)
    ]
    textcat.initialize(lambda: examples, nlp=nlp, labels=labels)
    model = textcat.model
    linear = model.get_ref("output_layer")
    ops = linear.ops
    extract = extract_ngrams(NGRAM_SIZE, attr=NORM)
    features = [extract.predict([doc]) for doc in docs]  # (keys, values, lengths) per doc
    truth = ops.alloc2f(len(docs), len(labels))
    for row, (_, intent) in enumerate(data):
        truth[row, index[intent]] = 1.0
    # every intent weighs the same, however many questions it has (an example counts
    # as EXAMPLE_WEIGHT of a paraphrase)
    sizes: dict[str, float] = defaultdict(float)
    for _, intent, each in table:
        sizes[intent] += each
    total = sum(sizes.values())
    weight = ops.asarray1f([each * total / (len(sizes) * sizes[i]) for _, i, each in table])
    optimizer = Adam(learn_rate=LEARN_RATE, use_averages=False)
    order = list(range(len(docs)))
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for start in range(0, len(order), BATCH):
            rows = order[start : start + BATCH]
            keys = ops.xp.concatenate([features[r][0] for r in rows])
            values = ops.xp.concatenate([features[r][1] for r in rows])
            lengths = ops.xp.concatenate([features[r][2] for r in rows])
            logits, backprop = linear.begin_update((keys, values, lengths))
            scale = (weight[rows] / float(weight[rows].sum(keepdims=False)))[:, None]
            backprop((ops.softmax(logits) - truth[rows]) * scale)
            linear.finish_update(optimizer)


def load_or_train(cache_root: Path | None) -> Language:
    """The pipeline with a trained textcat: loaded from CACHE_ROOT, else trained (and saved)."""
    nlp = build_pipeline()
    textcat = cast(TextCategorizer, nlp.get_pipe("textcat"))
    target = cache_root / f"intent-{fingerprint()}" if cache_root is not None else None
    if target is not None and target.is_dir():
        try:
            textcat.from_disk(target)
            return nlp
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("cannot read the cached intent model (%s); retraining", type(exc).__name__)
            nlp = build_pipeline()
            textcat = cast(TextCategorizer, nlp.get_pipe("textcat"))
    train(nlp)
    if target is not None:
        _save(textcat, target)
    return nlp


def _save(textcat: object, target: Path) -> None:
    """Write the weights atomically (a temporary folder renamed into place)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".intent-", dir=target.parent))
        textcat.to_disk(tmp)  # type: ignore[attr-defined]
        try:
            os.replace(tmp, target)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)  # another process won the race
        for old in target.parent.glob("intent-*"):
            if old != target and old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:
        log.info("intent model not cached (%s); it stays in memory", exc)
