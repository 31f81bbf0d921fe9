"""The trained classifier: label, kind and calibrated confidence for each document."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path, PurePosixPath

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

import intake.classify.bundle as bundle
from intake.classify.chargrams import CharModel, ensemble
from intake.classify.combine import FloatArray, Weights, kind_operational, label_probs
from intake.classify.sections import covers_of
from intake.classify.text import NOTHING_TO_READ, Segmenter, as_path, kind_text, model_text
from intake.classify.wordgrams import WordModel
from intake.documents import Document
from intake.prediction import Prediction
from knowledge.labels import KINDS, Kind, element_labels, has_kind, labels
from knowledge.path_signals import PathSignal, folder_signal, name_signal

# documents per spaCy batch: each is scored on its own (a bag of words), so a larger batch
# changes no score, only the overhead paid per batch (512: 12 % less than 128)
BATCH = 512


@dataclass(frozen=True)
class Scores:
    """Raw text-model scores of a batch: labels in contract order, then the two kinds."""

    labels: FloatArray
    kinds: FloatArray


def as_doc(nlp: Language, text: str) -> Doc:
    """TEXT as a spaCy document: model texts are plain words split by spaces, so splitting on
    spaces gives the tokenizer's tokens without its affix rules (twice as fast)."""
    return Doc(nlp.vocab, words=text.split())


def text_scores(nlp: Language, texts: Sequence[str]) -> Scores:
    """Run the spaCy pipeline over TEXTS."""
    names = labels()
    lab = np.zeros((len(texts), len(names)))
    kin = np.zeros((len(texts), len(KINDS)))
    for i, doc in enumerate(nlp.pipe((as_doc(nlp, t) for t in texts), batch_size=BATCH)):
        lab[i] = [doc.cats.get(label, 0.0) for label in names]
        kin[i] = [doc.cats.get(kind, 0.0) for kind in KINDS]
    return Scores(lab, kin)


@dataclass(frozen=True)
class Partners:
    """The linear models whose probabilities are averaged with the spaCy categorizer's (a
    weighted geometric mean, in this order; a model with weight 0 or None takes no part)."""

    chars: CharModel | None = None
    char_weight: float = 0.0
    words: WordModel | None = None
    word_weight: float = 0.0
    word_kinds: WordModel | None = None
    word_kind_weight: float = 0.0
    plain_words: WordModel | None = None
    plain_word_weight: float = 0.0

    @cached_property
    def kinds_read_plain_features(self) -> bool:
        """Whether the word model of the kinds has the label model of every word's vocabulary
        and IDF (trained so since the twelfth session): one matrix then serves both."""
        return (
            self.word_kinds is not None
            and self.plain_words is not None
            and self.word_kinds.same_features(self.plain_words)
        )

    @classmethod
    def of(cls, model_dir: Path, stamp: bundle.Stamp) -> Partners:
        """The partners stored in a model folder, with the weights of its stamp."""
        words, word_kinds, plain_words = bundle.load_words(model_dir, stamp)
        return cls(
            bundle.load_chars(model_dir, stamp),
            stamp.char_weight,
            words,
            stamp.word_weight,
            word_kinds,
            stamp.word_kind_weight,
            plain_words,
            stamp.plain_word_weight,
        )


def combined_scores(
    nlp: Language,
    partners: Partners,
    texts: Sequence[str],
    plain_texts: Sequence[str],
    *,
    kinds: bool = True,
) -> Scores:
    """The spaCy scores of TEXTS, averaged with the partner models' (labels and kinds). The
    label model of every word and the word model of the kinds read PLAIN_TEXTS
    (``text.kind_text``, one per text); with KINDS false (a caller that wants the labels
    only) the kinds are the categorizer's alone."""
    scores = text_scores(nlp, texts)
    if not texts:
        return scores
    lab, kin = scores.labels, scores.kinds
    for model, weight in (
        (partners.chars, partners.char_weight),
        (partners.words, partners.word_weight),
    ):
        if model is not None and weight > 0.0:
            lab = ensemble(lab, model.probs(texts), weight)
    plain = None  # the matrix of PLAIN_TEXTS, when a model reads it
    if partners.plain_words is not None and partners.plain_word_weight > 0.0:
        plain = partners.plain_words.matrix(plain_texts)
        lab = ensemble(lab, partners.plain_words.probs_of(plain), partners.plain_word_weight)
    if kinds and partners.word_kinds is not None and partners.word_kind_weight:
        if plain is None or not partners.kinds_read_plain_features:
            plain = partners.word_kinds.matrix(plain_texts)
        kin = ensemble(kin, partners.word_kinds.probs_of(plain), partners.word_kind_weight)
    return Scores(lab, kin)


def nothing_to_read(texts: Sequence[str]) -> list[bool]:
    """For each model text, whether its document had no words at all (no text, no name)."""
    return [text == NOTHING_TO_READ for text in texts]


def without_evidence(scores: Scores, blank: Sequence[bool]) -> Scores:
    """SCORES with the rows of BLANK documents made even: what the models learned of empty
    training texts is no evidence about a file whose text could not be read."""
    if not any(blank):
        return scores
    rows = np.asarray(blank, dtype=bool)
    labels_, kinds = scores.labels.copy(), scores.kinds.copy()
    labels_[rows] = 1.0 / labels_.shape[1]
    kinds[rows] = 1.0 / kinds.shape[1]
    return Scores(labels_, kinds)


def path_signals(member_path: PurePosixPath | str) -> tuple[PathSignal | None, PathSignal | None]:
    """The folder signal and the file-name signal of one path."""
    path = as_path(member_path)
    return folder_signal(path.parts[:-1]), name_signal(path.name)


def decide(
    scores: Scores,
    paths: Sequence[PurePosixPath | str],
    weights: Weights,
    review_threshold: float,
) -> list[Prediction]:
    """Combine the text scores with the path signals into predictions."""
    signals = [path_signals(p) for p in paths]
    folders = [f.label if f else None for f, _ in signals]
    names_ = [n.label if n else None for _, n in signals]
    probs = label_probs(scores.labels, folders, names_, weights)
    nones: list[str | None] = [None] * len(folders)
    content = label_probs(scores.labels, nones, nones, weights)
    all_labels = labels()
    chosen = [all_labels[int(i)] for i in probs.argmax(axis=1)]
    contradicted = [False] * len(chosen)
    for row, folder in enumerate(folders):
        if folder is None or folder not in all_labels:
            continue
        column = all_labels.index(folder)
        # the employer's element folder decides unless the content strongly says otherwise;
        # either way a contradiction goes to review (below), never silently; a milder
        # disagreement keeps the folder's label and goes to review too
        read = content[row]
        strong = reads_elsewhere(read, column, weights.contradiction_p, weights.contradiction_top)
        mild = reads_elsewhere(read, column, weights.disagreement_p, weights.disagreement_top)
        contradicted[row] = strong or mild
        chosen[row] = all_labels[int(content[row].argmax())] if strong else folder
    operational = kind_operational(scores.kinds, chosen, weights)
    out: list[Prediction] = []
    for row, label in enumerate(chosen):
        confidence = float(probs[row, all_labels.index(label)])
        kind: Kind | None = None
        if has_kind(label):
            kind = "operational" if operational[row] >= 0.5 else "directive"
        source = "model"
        if folders[row] == label:
            source = "folder"
        elif names_[row] == label:
            source = "name"
        out.append(
            Prediction(
                label=label,
                kind=kind,
                confidence=confidence,
                needs_review=confidence < review_threshold or contradicted[row],
                source=source,
            )
        )
    return out


def reads_elsewhere(content: FloatArray, folder: int, below: float, top: float) -> bool:
    """True when the content, read alone, gives the FOLDER's label less than BELOW and
    another label at least TOP: a strong contradiction (weights.contradiction_p and _top)
    overrules the folder, a milder disagreement (disagreement_p and _top) only asks a
    person to look."""
    return bool(
        content[folder] < below and content.max() >= top and int(content.argmax()) != folder
    )


class Classifier:
    """Sorts documents into the 16 labels with a model trained by ``secor-intake train``."""

    def __init__(
        self,
        nlp: Language,
        segmenter: Segmenter,
        weights: Weights,
        review_threshold: float = 0.5,
        stamp: bundle.Stamp | None = None,
        partners: Partners | None = None,
    ) -> None:
        self.nlp = nlp
        self.partners = partners or Partners()
        self.segmenter = segmenter
        self.weights = weights
        self.review_threshold = review_threshold
        self.stamp = stamp

    @classmethod
    def load(cls, model_dir: Path, review_threshold: float = 0.5) -> Classifier:
        """The model in MODEL_DIR; raises ModelMissing or ModelIncompatible (both: retrain)."""
        stamp = bundle.read_stamp(model_dir)
        segmenter = Segmenter(bundle.read_vocab(model_dir))
        nlp = bundle.load_pipeline(model_dir)
        partners = Partners.of(model_dir, stamp)
        return cls(nlp, segmenter, weights_of(stamp), review_threshold, stamp, partners)

    def texts(self, docs: Sequence[Document]) -> list[str]:
        """What the text model reads for each document."""
        return [model_text(doc.member_path, doc.text, self.segmenter) for doc in docs]

    def scores(self, docs: Sequence[Document]) -> Scores:
        """The text model's raw scores for DOCS."""
        return self._scores(docs, self.texts(docs))

    def _scores(self, docs: Sequence[Document], texts: list[str]) -> Scores:
        """Scores of DOCS read as TEXTS; a document with nothing to read (no text, no words in
        its name) gets even scores, so only its folder can place it."""
        kind_texts = [kind_text(d.member_path, d.text) for d in docs]
        scores = combined_scores(self.nlp, self.partners, texts, kind_texts)
        return without_evidence(scores, nothing_to_read(texts))

    def predict(self, docs: Sequence[Document]) -> list[Prediction]:
        """A label, kind and calibrated confidence for each document, in order."""
        if not docs:
            return []
        texts = self.texts(docs)
        predictions = decide(
            self._scores(docs, texts),
            [d.member_path for d in docs],
            self.weights,
            self.review_threshold,
        )
        predictions = [
            unplaced(p) if empty and p.source == "model" else p
            for p, empty in zip(predictions, nothing_to_read(texts), strict=True)
        ]
        covers = covers_of([d.text for d in docs], self._window_scores, self.weights)
        return [as_manual(p, c) if c else p for p, c in zip(predictions, covers, strict=True)]

    def _window_scores(self, parts: list[str]) -> FloatArray:
        """Raw label scores of a document's windows, content only."""
        texts = [model_text(_WINDOW_NAME, part, self.segmenter) for part in parts]
        plain = [kind_text(_WINDOW_NAME, part) for part in parts]
        return combined_scores(self.nlp, self.partners, texts, plain, kinds=False).labels


_WINDOW_NAME = PurePosixPath("window.txt")


def unplaced(prediction: Prediction) -> Prediction:
    """A file with nothing to read and no folder or name that places it: `other`, for a
    person to look at (its even scores favour no label)."""
    return replace(prediction, label="other", kind=None, needs_review=True)


def as_manual(prediction: Prediction, covers: tuple[str, ...]) -> Prediction:
    """A document that holds several elements: its element label stands (a binder of one
    element's records may touch others), else the first element it holds (not the evaluation
    tool its breadth resembles); a person checks it."""
    label = prediction.label if prediction.label in element_labels() else covers[0]
    return replace(prediction, label=label, kind="directive", needs_review=True, covers=covers)


def weights_of(stamp: bundle.Stamp) -> Weights:
    """The combination weights recorded in a model's stamp."""
    return Weights(
        temperature=stamp.temperature,
        folder_weight=stamp.folder_weight,
        other_margin=stamp.other_margin,
        name_weight=stamp.name_weight,
        kind_temperature=stamp.kind_temperature,
        kind_prior=stamp.kind_prior,
        contradiction_p=stamp.contradiction_p,
        contradiction_top=stamp.contradiction_top,
        disagreement_p=stamp.disagreement_p,
        disagreement_top=stamp.disagreement_top,
    )
