"""Scores do not depend on the batch a document is read in (model.BATCH only sets overhead)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import intake.classify.model as model
from intake.classify import Classifier


def test_batch_size_changes_no_score(tiny_model: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clf = Classifier.load(tiny_model)
    texts = [f"ladder inspection record {i} hazard site crew" * (i % 4 + 1) for i in range(40)]
    big = model.text_scores(clf.nlp, texts)
    monkeypatch.setattr(model, "BATCH", 3)
    small = model.text_scores(clf.nlp, texts)
    alone = [model.text_scores(clf.nlp, [t]) for t in texts]
    assert np.array_equal(big.labels, small.labels) and np.array_equal(big.kinds, small.kinds)
    assert np.array_equal(big.labels, np.vstack([a.labels for a in alone]))
    assert np.array_equal(big.kinds, np.vstack([a.kinds for a in alone]))
