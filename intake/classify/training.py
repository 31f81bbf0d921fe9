"""Train the classifier from ``spacy.blank("en")``: committed data + staff labels, fixed seed.

The training data (``intake/classify/dataset.py``) is the generated corpus plus documents
written by hand in other styles (``data/written.jsonl``, counted ``written_weight`` times).
Two passes, both built from ``config.cfg`` with the same seed:

1. a calibration model trained without any hand-written document; its scores on the
   hand-written documents (``written.jsonl`` and ``calibration.jsonl``, read with their
   names and folders and again content only) fit the temperatures and the kind prior,
   so confidences reflect documents by other authors than the training data's;
2. the final model, trained on everything but ``calibration.jsonl``, written atomically
   with those parameters and its figures on the generated held-out split and on the
   hand-written calibration documents.

Each pass updates the label and the kind categorizers on their own examples (the
kind is unknown for three labels).
"""

from __future__ import annotations

import hashlib
import logging
import random
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any, cast

import numpy as np
from spacy.about import __version__ as SPACY_VERSION
from spacy.language import Language
from spacy.pipeline import TextCategorizer
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import load_config, load_model_from_config, registry
from thinc.api import Config, Optimizer, fix_random_seed

import intake.classify.bundle as bundle
from intake.classify.calibration import binary_nll, ece, fit_temperature, nll
from intake.classify.chargrams import CharModel
from intake.classify.combine import FloatArray, Weights, kind_operational, label_probs
from intake.classify.dataset import data_file, load_split, read_split
from intake.classify.metrics import macro_f1, per_label_f1
from intake.classify.model import Partners, Scores, as_doc, combined_scores, path_signals
from intake.classify.text import Segmenter, kind_text, model_text, vocabulary
from intake.classify.wordgrams import MAX_FEATURES, WordModel
from intake.corrections import Correction, LabelledFile
from knowledge.labels import KINDS, Kind, has_kind, labels

log = logging.getLogger(__name__)

CONFIG_PATH = Path(__file__).resolve().with_name("config.cfg")
Progress = Callable[[str], None]


@dataclass(frozen=True)
class TrainingDoc:
    """One labelled document: where it sat in the submission, its text, its label and kind.

    ``group`` names the document type (the corpus generator, or "correction").
    """

    member_path: str
    text: str
    label: str
    kind: str | None
    weight: int = 1
    group: str = ""


def corpus_docs(split: str) -> list[TrainingDoc]:
    """The committed corpus split as training documents."""
    return [TrainingDoc(d.path, d.text, d.label, d.kind, 1, d.gen) for d in load_split(split)]


def written_docs(name: str, weight: int = 1) -> list[TrainingDoc]:
    """The hand-written documents of data file NAME ("written" trains, "calibration" never)."""
    return [
        TrainingDoc(d.path, d.text, d.label, d.kind, weight, d.gen)
        for d in read_split(data_file(name).with_suffix(""))
    ]


def training_set() -> list[TrainingDoc]:
    """Every committed training document (before staff examples): what the bench's baseline
    is trained on too. Hand-written documents count WRITTEN_WEIGHT times."""
    weight = int(load_config(CONFIG_PATH)["secor"]["written_weight"])
    return corpus_docs("train") + written_docs("written", weight)


def correction_docs(corrections: Sequence[Correction], weight: int) -> list[TrainingDoc]:
    """Staff corrections as training documents counted WEIGHT times; unknown labels are skipped."""
    out: list[TrainingDoc] = []
    known = set(labels())
    for c in corrections:
        if c.label not in known:
            log.warning("skipping a correction with unknown label %s", c.label)
            continue
        kind = c.kind if has_kind(c.label) and c.kind in KINDS else None
        out.append(TrainingDoc(c.member_path, c.text, c.label, kind, weight, "correction"))
    return out


def example_docs(
    files: Sequence[LabelledFile], relabel_weight: int, reviewed_weight: int
) -> list[TrainingDoc]:
    """Staff-labelled files as training documents: a relabel counts RELABEL_WEIGHT times, a
    label staff confirmed by reviewing the submission REVIEWED_WEIGHT times."""
    known = set(labels())
    return [
        TrainingDoc(
            f.member_path,
            f.text,
            f.label,
            f.kind if has_kind(f.label) and f.kind in KINDS else None,
            relabel_weight if f.relabelled else reviewed_weight,
            "correction" if f.relabelled else "reviewed",
        )
        for f in files
        if f.label in known
    ]


def load_training_config(seed: int) -> Config:
    """config.cfg with the seed and the labels of knowledge.labels filled in."""
    config = load_config(CONFIG_PATH)
    config["system"]["seed"] = seed
    config["training"]["seed"] = seed
    config["initialize"]["components"] = {
        "textcat": {"labels": list(labels())},
        "textcat_kind": {"labels": list(KINDS)},
    }
    return config


def balanced_kind_order(docs: Sequence[TrainingDoc]) -> list[int]:
    """Indices of the documents with a kind, repeated so that within each label both kinds weigh
    the same: the kind model must learn how a record differs from a rule, not which topics are
    usually records."""
    groups: dict[tuple[str, str], list[int]] = {}
    for i, d in enumerate(docs):
        if d.kind is not None:
            groups.setdefault((d.label, d.kind), []).extend([i] * d.weight)
    out: list[int] = []
    for label in sorted({label for label, _ in groups}):
        parts = [groups.get((label, kind), []) for kind in KINDS]
        target = max(len(p) for p in parts)
        for part in parts:
            if part:
                out.extend(part[j % len(part)] for j in range(target))
    return out


def _example(doc: Doc, cats: dict[str, float]) -> Example:
    # text categorizers read only the reference's cats: a one-token reference is enough
    reference = Doc(doc.vocab, words=["x"])
    reference.cats = cats
    return Example(doc, reference)


def _batches(items: list[int], sizes: Iterator[int]) -> Iterator[list[int]]:
    i = 0
    while i < len(items):
        n = max(1, int(next(sizes)))
        yield items[i : i + n]
        i += n


def _say(progress: Progress | None, message: str) -> None:
    log.debug("%s", message)
    if progress is not None:
        progress(message)


@dataclass
class Fitted:
    """A trained pipeline with the optimizer whose parameter averages are used for prediction,
    and the linear models whose probabilities are averaged with its own."""

    nlp: Language
    optimizer: Optimizer
    partners: Partners = field(default_factory=Partners)

    def scores(self, docs: Sequence[TrainingDoc], segmenter: Segmenter) -> Scores:
        """Label and kind scores of DOCS with the averaged parameters, each read as the
        classifier reads it (``model_text``, and ``kind_text`` for the models of every word)."""
        texts = [model_text(d.member_path, d.text, segmenter) for d in docs]
        kind_texts = [kind_text(d.member_path, d.text) for d in docs]
        with self.nlp.use_params(self.optimizer.averages):
            return combined_scores(self.nlp, self.partners, texts, kind_texts)

    def parts_to_disk(self, model_dir: Path) -> None:
        """Save the linear models (those there are) into their folders of MODEL_DIR."""
        p = self.partners
        if p.chars is not None:
            p.chars.to_disk(model_dir / bundle.CHARS, labels())
        if p.words is not None:
            p.words.to_disk(model_dir / bundle.WORDS, labels())
        if p.word_kinds is not None:
            p.word_kinds.to_disk(model_dir / bundle.WORD_KINDS, KINDS)
        if p.plain_words is not None:
            p.plain_words.to_disk(model_dir / bundle.PLAIN_WORDS, labels())

    def to_disk(self, path: Path) -> None:
        """Save the pipeline with the averaged parameters."""
        with self.nlp.use_params(self.optimizer.averages):
            self.nlp.to_disk(path)


def fit(
    config: Config,
    docs: Sequence[TrainingDoc],
    segmenter: Segmenter,
    *,
    seed: int,
    epochs: int,
    progress: Progress | None = None,
    step: str = "",
) -> Fitted:
    """Train both categorizers on DOCS (each counted its weight times)."""
    fix_random_seed(seed)
    rng = random.Random(seed)  # noqa: S311 -- reproducible shuffling, not a secret
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    texts = [model_text(d.member_path, d.text, segmenter) for d in docs]
    tokens = [as_doc(nlp, t) for t in texts]
    label_egs = [
        _example(t, {name: float(name == d.label) for name in labels()})
        for t, d in zip(tokens, docs, strict=True)
    ]
    kind_egs = [
        _example(t, {k: float(k == d.kind) for k in KINDS}) if d.kind is not None else None
        for t, d in zip(tokens, docs, strict=True)
    ]
    optimizer = nlp.initialize(lambda: label_egs[:64])
    textcat = cast(TextCategorizer, nlp.get_pipe("textcat"))
    kindcat = cast(TextCategorizer, nlp.get_pipe("textcat_kind"))
    dropout = float(config["training"]["dropout"])
    order_base = [i for i, d in enumerate(docs) for _ in range(d.weight)]
    kind_base = balanced_kind_order(docs)
    for epoch in range(1, epochs + 1):
        order = list(order_base)
        rng.shuffle(order)
        kind_order = list(kind_base)
        rng.shuffle(kind_order)
        sizes = registry.resolve({"s": config["training"]["batcher"]["size"]})["s"]
        batches = list(_batches(order, sizes))
        per_batch = -(-len(kind_order) // max(1, len(batches)))
        losses: dict[str, float] = {}
        for n, batch in enumerate(batches):
            textcat.update(
                [label_egs[i] for i in batch], drop=dropout, sgd=optimizer, losses=losses
            )
            kinds = [
                eg
                for i in kind_order[n * per_batch : (n + 1) * per_batch]
                if (eg := kind_egs[i]) is not None
            ]
            if kinds:
                kindcat.update(kinds, drop=dropout, sgd=optimizer, losses=losses)
        _say(
            progress,
            f"{step}epoch {epoch}/{epochs}: label loss {losses.get('textcat', 0.0):.1f}, "
            f"kind loss {losses.get('textcat_kind', 0.0):.1f}",
        )
    kind_texts = [kind_text(d.member_path, d.text) for d in docs]
    partners = fit_partners(config["secor"], texts, kind_texts, docs, progress, step)
    return Fitted(nlp, optimizer, partners)


def fit_partners(
    secor: Mapping[str, Any],
    texts: Sequence[str],
    kind_texts: Sequence[str],
    docs: Sequence[TrainingDoc],
    progress: Progress | None,
    step: str,
) -> Partners:
    """Fit the linear models the [secor] section gives a weight (scikit-learn, training only)."""
    targets = [labels().index(d.label) for d in docs]
    weights = [float(d.weight) for d in docs]
    c = float(secor.get("char_c", 10.0))
    char_weight = float(secor.get("char_weight", 0.0))
    word_weight = float(secor.get("word_weight", 0.0))
    word_kind_weight = float(secor.get("word_kind_weight", 0.0))
    plain_word_weight = float(secor.get("plain_word_weight", 0.0))
    chars = words = word_kinds = plain_words = None
    if char_weight > 0.0:
        _say(progress, f"{step}character n-gram model")
        chars = CharModel.fitted(texts, targets, weights, len(labels()), c)
    if word_weight > 0.0:
        _say(progress, f"{step}word model of the labels")
        words = WordModel.fitted(texts, targets, weights, len(labels()), c, MAX_FEATURES)
    if plain_word_weight > 0.0:
        _say(progress, f"{step}label model of every word")
        plain_words = WordModel.fitted(kind_texts, targets, weights, len(labels()), c, MAX_FEATURES)
    rows = [i for i, d in enumerate(docs) if d.kind is not None]
    if len({docs[i].kind for i in rows}) < len(KINDS):  # a corpus with one kind: nothing to learn
        word_kind_weight = 0.0
    if word_kind_weight > 0.0:
        _say(progress, f"{step}word model of the kinds")
        kind_rows = (
            [kind_texts[i] for i in rows],
            [KINDS.index(cast(Kind, docs[i].kind)) for i in rows],
            [weights[i] for i in rows],
        )
        if plain_words is not None:  # the same words and weights: one matrix serves both
            word_kinds = plain_words.regressed(*kind_rows, len(KINDS), c)
        else:
            word_kinds = WordModel.fitted(*kind_rows, len(KINDS), c, MAX_FEATURES)
    return Partners(
        chars,
        char_weight,
        words,
        word_weight,
        word_kinds,
        word_kind_weight,
        plain_words,
        plain_word_weight,
    )


def train_model(
    out_dir: Path,
    *,
    corrections: Sequence[Correction] = (),
    examples: Sequence[LabelledFile] = (),
    labelled_sha256: str = "",
    seed: int = 0,
    progress: Progress | None = None,
    train_docs: Sequence[TrainingDoc] | None = None,
    heldout_docs: Sequence[TrainingDoc] | None = None,
    calibration_docs: Sequence[TrainingDoc] | None = None,
    max_epochs: int | None = None,
) -> dict[str, float]:
    """Build the classifier into OUT_DIR (atomically) and return its held-out metrics.

    The corpus defaults to the committed generated corpus; tests pass a tiny one.
    """
    started = time.monotonic()
    config = load_training_config(seed)
    secor = config["secor"]
    training = list(train_docs) if train_docs is not None else training_set()
    heldout = list(heldout_docs) if heldout_docs is not None else corpus_docs("heldout")
    extra = correction_docs(corrections, int(secor["correction_weight"])) + example_docs(
        examples, int(secor["correction_weight"]), int(secor["reviewed_weight"])
    )
    epochs = max_epochs if max_epochs is not None else int(config["training"]["max_epochs"])
    _say(
        progress,
        f"corpus: {len(training)} training and {len(heldout)} held-out documents, "
        f"{len(extra)} staff-labelled files (a relabel counted {secor['correction_weight']} "
        f"times, a reviewed file {secor['reviewed_weight']})",
    )

    vocab = vocabulary([d.text for d in [*training, *extra]])
    segmenter = Segmenter(vocab)

    base = Weights(
        folder_weight=float(secor["folder_weight"]),
        other_margin=float(secor["other_margin"]),
        name_weight=float(secor["name_weight"]),
        kind_prior=float(secor["kind_prior"]),
        contradiction_p=float(secor["contradiction_p"]),
        contradiction_top=float(secor["contradiction_top"]),
        disagreement_p=float(secor["disagreement_p"]),
        disagreement_top=float(secor["disagreement_top"]),
    )
    # Calibration: a first model that has seen no hand-written document reads them all (with
    # their names and folders, and again content only). Its confidences on documents by
    # other authors than its training data's fit the temperature the final model uses.
    calib = list(calibration_docs) if calibration_docs is not None else written_docs("calibration")
    unseen = [d for d in training if d.group.startswith("written")]
    seen = [d for d in training if not d.group.startswith("written")]
    held = [*calib, *unseen]
    calib_rows = held + [
        replace(d, member_path=f"doc_{i}{PurePosixPath(d.member_path).suffix}", weight=1)
        for i, d in enumerate(held)
    ]
    _say(progress, f"pass 1/2: calibration model without the {len(held)} hand-written documents")
    first = fit(
        config,
        [*seen, *extra],
        segmenter,
        seed=seed,
        epochs=epochs,
        progress=progress,
        step="pass 1/2: ",
    )
    first_scores = first.scores(calib_rows, segmenter)
    weights, calibration = calibrate(first_scores.labels, first_scores.kinds, calib_rows, base)
    _say(
        progress,
        f"calibrated on {len(held)} hand-written documents: temperature "
        f"{weights.temperature:.2f}, ECE {calibration['ece_before']:.3f} -> "
        f"{calibration['ece_after']:.3f}",
    )
    _say(progress, f"pass 2/2: final model on {len(training) + len(extra)} documents")
    final = fit(
        config,
        [*training, *extra],
        segmenter,
        seed=seed,
        epochs=epochs,
        progress=progress,
        step="pass 2/2: ",
    )
    n = len(calib)
    written_scores = final.scores(calib_rows[:n], segmenter)
    final_scores = final.scores(heldout, segmenter)
    metrics = evaluate(final_scores, heldout, weights)
    metrics.update({f"calibration_{k}": v for k, v in calibration.items()})
    metrics.update(
        {f"handwritten_{k}": v for k, v in evaluate(written_scores, calib, weights).items()}
    )
    metrics["train_documents"] = float(len(training))
    metrics["corrections"] = float(len(extra))
    metrics["seconds"] = round(time.monotonic() - started, 1)

    stamp = bundle.Stamp(
        format=bundle.FORMAT_VERSION,
        spacy_version=SPACY_VERSION,
        labels=list(labels()),
        kinds=list(KINDS),
        temperature=weights.temperature,
        kind_temperature=weights.kind_temperature,
        kind_prior=weights.kind_prior,
        folder_weight=weights.folder_weight,
        other_margin=weights.other_margin,
        name_weight=weights.name_weight,
        seed=seed,
        trained_at=datetime.now(UTC).isoformat(timespec="seconds"),
        corpus_documents=len(training),
        corrections=len(extra),
        contradiction_p=weights.contradiction_p,
        contradiction_top=weights.contradiction_top,
        disagreement_p=weights.disagreement_p,
        disagreement_top=weights.disagreement_top,
        char_weight=final.partners.char_weight,
        word_weight=final.partners.word_weight,
        word_kind_weight=final.partners.word_kind_weight,
        plain_word_weight=final.partners.plain_word_weight,
    )
    truth = [labels().index(d.label) for d in heldout]
    folders, names = _signals(heldout)
    report: dict[str, Any] = {
        "heldout": metrics,
        "per_label_f1": per_label_f1(
            truth, _argmax(label_probs(final_scores.labels, folders, names, weights)), labels()
        ),
        "seed": seed,
        "spacy_version": SPACY_VERSION,
        "corpus_sha256": _digest(training),
        "labelled_sha256": labelled_sha256,
        "trained_at": stamp.trained_at,
    }
    bundle.write_model(out_dir, final.to_disk, stamp, vocab, report, final.parts_to_disk)
    _say(
        progress,
        f"model written to {out_dir} in {time.monotonic() - started:.0f} s "
        f"(held-out macro-F1 {metrics['macro_f1_paths']:.3f}, "
        f"kind accuracy {metrics['kind_accuracy']:.3f})",
    )
    return metrics


def _argmax(probs: FloatArray) -> list[int]:
    return [int(i) for i in probs.argmax(axis=1)]


def _signals(docs: Sequence[TrainingDoc]) -> tuple[list[str | None], list[str | None]]:
    pairs = [path_signals(d.member_path) for d in docs]
    return [f.label if f else None for f, _ in pairs], [n.label if n else None for _, n in pairs]


def _content_f1(scores: Scores, docs: Sequence[TrainingDoc], rows: Sequence[int]) -> float:
    if not rows:
        return 0.0
    names = labels()
    truth = [names.index(docs[i].label) for i in rows]
    return macro_f1(truth, _argmax(scores.labels[list(rows)]), len(names))


def corpus_digest() -> str:
    """The digest of the packaged training data, as metrics.json records it (corpus_sha256)."""
    return _digest(training_set())


def _digest(docs: Sequence[TrainingDoc]) -> str:
    h = hashlib.sha256()
    for d in docs:
        h.update(f"{d.member_path}\0{d.label}\0{d.kind}\0{d.text}\0".encode())
    return h.hexdigest()


def _kind_rows(docs: Sequence[TrainingDoc], chosen: Sequence[str]) -> list[int]:
    return [i for i, d in enumerate(docs) if d.kind is not None and has_kind(chosen[i])]


def calibrate(
    label_scores: FloatArray,
    kind_scores: FloatArray,
    heldout: Sequence[TrainingDoc],
    base: Weights,
) -> tuple[Weights, dict[str, float]]:
    """Fit the temperatures and the kind prior on held-out scores; return them with ECE and NLL."""
    names = labels()
    truth = [names.index(d.label) for d in heldout]
    folders, name_hints = _signals(heldout)

    def probs_at(t: float) -> FloatArray:
        return label_probs(label_scores, folders, name_hints, replace(base, temperature=t))

    before = probs_at(1.0)
    temperature = fit_temperature(probs_at, truth)
    weights = replace(base, temperature=temperature)
    after = probs_at(temperature)
    chosen = [names[i] for i in _argmax(after)]

    # kind: the temperature is fitted on documents that have a kind; the strength of the label's
    # default is set in config.cfg: written kinds follow the defaults too closely to fit it
    rows = _kind_rows(heldout, chosen)
    if rows:
        ks = kind_scores[rows]
        ch = [chosen[i] for i in rows]
        y = [heldout[i].kind == "operational" for i in rows]
        grid = (0.25, 0.35, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0)

        def loss(t: float) -> float:
            return binary_nll(kind_operational(ks, ch, replace(weights, kind_temperature=t)), y)

        weights = replace(weights, kind_temperature=min(grid, key=loss))

    hit_before = [int(i) == t for i, t in zip(before.argmax(axis=1), truth, strict=True)]
    hit_after = [int(i) == t for i, t in zip(after.argmax(axis=1), truth, strict=True)]
    metrics = {
        "temperature": round(temperature, 4),
        "kind_temperature": weights.kind_temperature,
        "kind_prior": weights.kind_prior,
        "ece_before": round(ece(list(before.max(axis=1)), hit_before), 4),
        "ece_after": round(ece(list(after.max(axis=1)), hit_after), 4),
        "nll_before": round(nll(before, truth), 4),
        "nll_after": round(nll(after, truth), 4),
        "accuracy": round(float(np.mean(hit_after)), 4),
    }
    return weights, metrics


def evaluate(scores: Scores, docs: Sequence[TrainingDoc], weights: Weights) -> dict[str, float]:
    """Macro-F1 (content only and with paths), accuracy, kind accuracy and ECE of SCORES on DOCS."""
    names = labels()
    truth = [names.index(d.label) for d in docs]
    folders, name_hints = _signals(docs)
    nones: list[str | None] = [None] * len(docs)
    content = label_probs(scores.labels, nones, nones, weights)
    paths = label_probs(scores.labels, folders, name_hints, weights)
    chosen = [names[i] for i in _argmax(paths)]
    hits = [int(i) == t for i, t in zip(paths.argmax(axis=1), truth, strict=True)]
    rows = _kind_rows(docs, chosen)
    kind_acc = 0.0
    if rows:
        op = kind_operational(scores.kinds[rows], [chosen[i] for i in rows], weights)
        kind_acc = float(
            np.mean(
                [
                    (p >= 0.5) == (docs[i].kind == "operational")
                    for p, i in zip(op, rows, strict=True)
                ]
            )
        )
    return {
        "macro_f1_content": round(macro_f1(truth, _argmax(content), len(names)), 4),
        "macro_f1_paths": round(macro_f1(truth, _argmax(paths), len(names)), 4),
        "accuracy_paths": round(float(np.mean(hits)), 4),
        "kind_accuracy": round(kind_acc, 4),
        "ece": round(ece(list(paths.max(axis=1)), hits), 4),
    }
