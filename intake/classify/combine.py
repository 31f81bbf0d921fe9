"""Turn the text model's scores and the path signals into calibrated probabilities."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from knowledge.labels import by_label, labels

FloatArray = npt.NDArray[np.float64]
EPS = 1e-6


@dataclass(frozen=True)
class Weights:
    """How much a folder or a file name counts against the content (nats), and the temperatures."""

    temperature: float = 1.0
    folder_weight: float = 7.0
    other_margin: float = 4.0
    name_weight: float = 1.5
    kind_temperature: float = 1.0
    kind_prior: float = 0.5
    # folder trust: the content contradicts an element folder when, read alone, it gives the
    # folder's label less than this probability (and another label at least CONTRADICTION_TOP)
    contradiction_p: float = 0.02
    contradiction_top: float = 0.9
    # ... and disagrees with it when the folder's label gets less than DISAGREEMENT_P and another
    # label at least DISAGREEMENT_TOP: the folder's label stays, the file goes to review
    disagreement_p: float = 0.1
    disagreement_top: float = 0.6


def normalised(scores: FloatArray) -> FloatArray:
    """Rows of SCORES as probability distributions (an all-zero row becomes uniform)."""
    p = np.clip(np.asarray(scores, dtype=np.float64), EPS, None)
    return np.asarray(p / p.sum(axis=1, keepdims=True), dtype=np.float64)


def softmax(z: FloatArray) -> FloatArray:
    """Row-wise softmax."""
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return np.asarray(e / e.sum(axis=1, keepdims=True), dtype=np.float64)


def label_logits(
    text_probs: FloatArray,
    folder: Sequence[str | None],
    name: Sequence[str | None],
    w: Weights,
) -> FloatArray:
    """Log-scores of the 16 labels: tempered content evidence plus the folder and name signals."""
    names = labels()
    index = {label: i for i, label in enumerate(names)}
    other = index["other"]
    z = np.log(normalised(text_probs)) / w.temperature
    for row, label in enumerate(folder):
        if label is not None and label in index:
            z[row, index[label]] += w.folder_weight
            z[row, other] += max(w.folder_weight - w.other_margin, 0.0)
    for row, label in enumerate(name):
        if label is not None and label in index:
            z[row, index[label]] += w.name_weight
    return z


def label_probs(
    text_probs: FloatArray, folder: Sequence[str | None], name: Sequence[str | None], w: Weights
) -> FloatArray:
    """Calibrated probabilities of the 16 labels."""
    return softmax(label_logits(text_probs, folder, name, w))


def kind_operational(kind_probs: FloatArray, chosen: Sequence[str], w: Weights) -> FloatArray:
    """P(operational) of each document: the kind model, with the chosen label's default as prior.

    KIND_PROBS has columns (directive, operational).
    """
    p = normalised(kind_probs)
    logit = np.log(p[:, 1] / p[:, 0]) / w.kind_temperature
    prior = np.array(
        [
            {"operational": 1.0, "directive": -1.0}.get(by_label()[label].default_kind or "", 0.0)
            for label in chosen
        ]
    )
    return np.asarray(1.0 / (1.0 + np.exp(-(logit + w.kind_prior * prior))), dtype=np.float64)
