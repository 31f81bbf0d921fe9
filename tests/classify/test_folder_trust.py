"""Folder trust: an element folder decides unless the content strongly contradicts it, and a
contradiction always goes to review."""

from __future__ import annotations

import numpy as np

from intake.classify.combine import Weights
from intake.classify.model import Scores, decide
from knowledge.labels import labels

NAMES = labels()
W = Weights(temperature=0.4)


def _scores(**probs: float) -> Scores:
    row = np.full(len(NAMES), 1e-4)
    for label, p in probs.items():
        row[NAMES.index(label)] = p
    return Scores(row[None, :] / row.sum(), np.array([[0.5, 0.5]]))


def test_the_folder_decides_when_the_content_only_leans_elsewhere() -> None:
    (pred,) = decide(_scores(maintenance=0.6, ppe=0.4), ["Element 6 - PPE/x.pdf"], W, 0.5)
    assert (pred.label, pred.source, pred.needs_review) == ("ppe", "folder", False)


def test_a_clear_disagreement_keeps_the_folder_and_goes_to_review() -> None:
    # read alone the content says maintenance (about 0.9) and gives PPE under 0.1: not enough
    # to overrule the employer's folder, enough for a person to look
    (pred,) = decide(_scores(maintenance=0.72, ppe=0.28), ["Element 6 - PPE/x.pdf"], W, 0.5)
    assert (pred.label, pred.source, pred.needs_review) == ("ppe", "folder", True)


def test_agreeing_content_never_sends_a_folder_file_to_review() -> None:
    (pred,) = decide(_scores(ppe=0.95), ["Element 6 - PPE/x.pdf"], W, 0.5)
    assert (pred.label, pred.needs_review) == ("ppe", False)


def test_a_strong_contradiction_takes_the_content_and_goes_to_review() -> None:
    (pred,) = decide(_scores(maintenance=0.999), ["Element 6 - PPE/x.pdf"], W, 0.5)
    assert pred.label == "maintenance" and pred.needs_review


def test_junk_in_an_element_folder_is_flagged_not_silently_kept_or_moved() -> None:
    (pred,) = decide(_scores(other=0.999), ["E6/invoice.pdf"], W, 0.5)
    assert pred.label == "other" and pred.needs_review


def test_without_a_folder_the_content_decides() -> None:
    (pred,) = decide(_scores(maintenance=0.999), ["doc_1.pdf"], W, 0.5)
    assert (pred.label, pred.source, pred.needs_review) == ("maintenance", "model", False)
