"""The model folder: the spaCy pipeline, the segmentation vocabulary, a version stamp and metrics.

Layout of ``var/model``::

    nlp/            the spaCy pipeline (config.cfg, meta.json, weights)
    chars/          the character n-gram model (n-grams as JSON, weights as .npz, a stamp)
    words/          the word model of the labels (words and word pairs, the same storage)
    plain_words/    the label model of every word (reads what the kind model reads)
    word_kinds/     the word model of the kinds (directive, operational)
    vocab.json.gz   word counts for splitting merged OCR words
    secor.json      version stamp and calibration parameters
    metrics.json    held-out figures of the training run

A model is written into a temporary sibling folder and renamed into place, so a
crash never leaves half a model behind.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.about import __version__ as SPACY_VERSION

from intake.classify.chargrams import CharModel
from intake.classify.errors import ModelIncompatible, ModelMissing
from intake.classify.wordgrams import WordModel
from knowledge.labels import KINDS, labels

# 2: the character n-gram model in chars/; 3: the word models; 4: the word model of the kinds
# reads every word (text.kind_text); 5: a label model of every word (plain_words/)
FORMAT_VERSION = 5
STAMP = "secor.json"
METRICS = "metrics.json"
VOCAB = "vocab.json.gz"
PIPELINE = "nlp"
CHARS = "chars"
WORDS = "words"
WORD_KINDS = "word_kinds"
PLAIN_WORDS = "plain_words"
RETRAIN = "run `secor-intake train` to build it"


@dataclass(frozen=True)
class Stamp:
    """What a model was built with, and how its scores are turned into calibrated confidences."""

    format: int
    spacy_version: str
    labels: list[str]
    kinds: list[str]
    temperature: float
    kind_temperature: float
    kind_prior: float
    folder_weight: float
    other_margin: float
    name_weight: float
    seed: int
    trained_at: str
    corpus_documents: int
    corrections: int
    contradiction_p: float = 0.02
    contradiction_top: float = 0.9
    disagreement_p: float = 0.1
    disagreement_top: float = 0.6
    char_weight: float = 0.0  # share of the character n-gram model in the text scores
    word_weight: float = 0.0  # share of the word model in the label scores
    word_kind_weight: float = 0.0  # share of the word model of the kinds in the kind scores
    plain_word_weight: float = 0.0  # share of the label model of every word in the label scores


def _spacy_series(version: str) -> str:
    return ".".join(version.split(".")[:2])


def write_model(
    out_dir: Path,
    build: Callable[[Path], None],
    stamp: Stamp,
    vocab: Mapping[str, int],
    metrics: Mapping[str, Any],
    build_parts: Callable[[Path], None] | None = None,
) -> None:
    """Write a model folder atomically: BUILD fills ``nlp/`` and BUILD_PARTS the linear
    models' folders (``chars/``, ``words/``, ``plain_words/``, ``word_kinds/``) in a
    temporary folder, then renamed."""
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_dir.parent / f".{out_dir.name}.tmp-{os.getpid()}"
    old = out_dir.parent / f".{out_dir.name}.old-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        build(tmp / PIPELINE)
        if build_parts is not None:
            build_parts(tmp)
        with gzip.open(tmp / VOCAB, "wt", encoding="utf-8") as fh:
            json.dump(dict(sorted(vocab.items())), fh)
        (tmp / METRICS).write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n", "utf-8")
        # the stamp last: a folder without it is not a model
        (tmp / STAMP).write_text(json.dumps(asdict(stamp), indent=2) + "\n", "utf-8")
        if out_dir.exists():
            out_dir.rename(old)
        tmp.rename(out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if old.exists() and not out_dir.exists():
            old.rename(out_dir)
        raise
    shutil.rmtree(old, ignore_errors=True)


def read_stamp(model_dir: Path) -> Stamp:
    """The stamp of the model in MODEL_DIR; ModelMissing or ModelIncompatible if unusable."""
    path = model_dir / STAMP
    if not model_dir.is_dir() or not path.is_file():
        raise ModelMissing(f"no trained classifier in {model_dir}; {RETRAIN}")
    try:
        raw = json.loads(path.read_text("utf-8"))
        stamp = Stamp(**raw)
    except (OSError, ValueError, TypeError) as exc:
        raise ModelIncompatible(
            f"the classifier in {model_dir} is unreadable ({exc}); {RETRAIN}"
        ) from None
    if stamp.format != FORMAT_VERSION:
        raise ModelIncompatible(
            f"the classifier in {model_dir} has format {stamp.format}, this version needs "
            f"{FORMAT_VERSION}; {RETRAIN}"
        )
    if _spacy_series(stamp.spacy_version) != _spacy_series(SPACY_VERSION):
        raise ModelIncompatible(
            f"the classifier in {model_dir} was built with spaCy {stamp.spacy_version}, "
            f"this is spaCy {SPACY_VERSION}; {RETRAIN}"
        )
    if list(stamp.labels) != list(labels()) or list(stamp.kinds) != list(KINDS):
        raise ModelIncompatible(f"the classifier in {model_dir} knows other labels; {RETRAIN}")
    return stamp


def read_vocab(model_dir: Path) -> dict[str, int]:
    """The segmentation vocabulary stored with the model."""
    try:
        with gzip.open(model_dir / VOCAB, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError) as exc:
        raise ModelIncompatible(
            f"the classifier in {model_dir} is damaged ({exc}); {RETRAIN}"
        ) from None
    if not isinstance(data, dict):
        raise ModelIncompatible(f"the classifier in {model_dir} is damaged; {RETRAIN}")
    return {str(k): int(v) for k, v in data.items()}


def load_pipeline(model_dir: Path) -> spacy.language.Language:
    """The spaCy pipeline stored with the model."""
    try:
        nlp = spacy.load(model_dir / PIPELINE)
    except Exception as exc:  # spaCy raises many types for a damaged or foreign pipeline
        raise ModelIncompatible(
            f"the classifier in {model_dir} cannot be loaded ({exc}); {RETRAIN}"
        ) from None
    if "textcat" not in nlp.pipe_names or "textcat_kind" not in nlp.pipe_names:
        raise ModelIncompatible(f"the classifier in {model_dir} lacks its components; {RETRAIN}")
    return nlp


def load_chars(model_dir: Path, stamp: Stamp) -> CharModel | None:
    """The character n-gram model stored with the model (None when its weight is 0)."""
    if stamp.char_weight <= 0.0:
        return None
    return CharModel.from_disk(model_dir / CHARS, stamp.labels, RETRAIN)


def load_words(
    model_dir: Path, stamp: Stamp
) -> tuple[WordModel | None, WordModel | None, WordModel | None]:
    """The word models of the labels, of the kinds and the label model of every word (None
    where its weight is 0)."""

    def load(folder: str, weight: float, names: list[str]) -> WordModel | None:
        return WordModel.from_disk(model_dir / folder, names, RETRAIN) if weight > 0.0 else None

    return (
        load(WORDS, stamp.word_weight, stamp.labels),
        load(WORD_KINDS, stamp.word_kind_weight, stamp.kinds),
        load(PLAIN_WORDS, stamp.plain_word_weight, stamp.labels),
    )


def read_metrics(model_dir: Path) -> dict[str, Any]:
    """The metrics written next to the model ({} if there are none)."""
    try:
        data = json.loads((model_dir / METRICS).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def promote(candidate: Path, live: Path) -> None:
    """Put the model in CANDIDATE in place of the one in LIVE (renames; the old one removed)."""
    read_stamp(candidate)  # only a complete model is promoted
    live = live.resolve()
    old = live.parent / f".{live.name}.old-{os.getpid()}"
    shutil.rmtree(old, ignore_errors=True)
    if live.exists():
        live.rename(old)
    try:
        candidate.rename(live)
    except BaseException:
        if old.exists() and not live.exists():
            old.rename(live)
        raise
    shutil.rmtree(old, ignore_errors=True)
