"""The character n-gram model: scikit-learn's char_wb n-grams, stored without pickle, typed
load errors that say to retrain, and robustness to misspelt words."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path, PurePosixPath

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from intake.classify import Classifier, ModelIncompatible, chargrams
from intake.classify.bundle import CHARS, STAMP
from intake.documents import Document

LABELS = ["inspections", "policy", "other"]
TEXTS = [
    "monthly site inspection checklist guardrails ok scaffold tag ok",
    "inspection of the shop extinguishers checked ladders inspected",
    "weekly vehicle inspection brakes lights tires inspected ok",
    "our health and safety policy commitment of the owner signed",
    "policy statement management commits to safety of every worker",
    "the owner's safety policy responsibilities of workers and supervisors",
    "invoice for lumber total due net thirty days",
    "certificate of insurance liability coverage policy period",
    "clearance letter workers compensation account in good standing",
]
TARGETS = [0, 0, 0, 1, 1, 1, 2, 2, 2]


@pytest.fixture(scope="module")
def model() -> chargrams.CharModel:
    return chargrams.CharModel.fitted(TEXTS, TARGETS, [1.0] * len(TEXTS), len(LABELS), 10.0)


def test_grams_are_scikit_learns_char_wb() -> None:
    text = "a site inspection of ladders xxbox xsinspe ok"
    analyzer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
    assert chargrams.doc_grams(text) == Counter(analyzer(text))


def test_probabilities_and_misspelt_words(model: chargrams.CharModel) -> None:
    probs = model.probs(["site inspectoin chek list ladders inspectd", "", "safty polcy of owner"])
    assert probs.shape == (3, len(LABELS))
    assert np.allclose(probs.sum(axis=1), 1.0)
    assert int(probs[0].argmax()) == 0
    assert int(probs[2].argmax()) == 1
    assert model.probs([]).shape == (0, len(LABELS))


def test_round_trip(model: chargrams.CharModel, tmp_path: Path) -> None:
    model.to_disk(tmp_path / "chars", LABELS)
    again = chargrams.CharModel.from_disk(tmp_path / "chars", LABELS, "retrain")
    texts = ["inspection of ladders", "policy of the owner"]
    assert np.allclose(again.probs(texts), model.probs(texts), atol=1e-5)


@pytest.mark.parametrize("damage", ["missing", "truncated", "pickled", "labels", "shape"])
def test_damaged_model_says_retrain(
    model: chargrams.CharModel, tmp_path: Path, damage: str
) -> None:
    folder = tmp_path / "chars"
    model.to_disk(folder, LABELS)
    weights = folder / chargrams.ARRAYS
    if damage == "missing":
        weights.unlink()
    elif damage == "truncated":
        weights.write_bytes(weights.read_bytes()[:100])
    elif damage == "pickled":  # an object array would need unpickling: refused
        with weights.open("wb") as fh:
            np.savez(fh, idf=np.array([{"x": 1}], dtype=object), coef=model.coef, intercept=[0])
    elif damage == "labels":
        meta = json.loads((folder / chargrams.META).read_text("utf-8"))
        (folder / chargrams.META).write_text(json.dumps({**meta, "labels": ["x"]}), "utf-8")
    else:
        with weights.open("wb") as fh:
            np.savez(fh, idf=model.idf[:3], coef=model.coef, intercept=model.intercept)
    with pytest.raises(ModelIncompatible, match="retrain"):
        chargrams.CharModel.from_disk(folder, LABELS, "retrain")


def test_model_folder_holds_the_char_model(tiny_model: Path, tmp_path: Path) -> None:
    stamp = json.loads((tiny_model / STAMP).read_text("utf-8"))
    assert stamp["char_weight"] > 0
    assert (tiny_model / CHARS / chargrams.META).is_file()
    clf = Classifier.load(tiny_model)
    assert clf.partners.chars is not None
    doc = Document("a.txt", PurePosixPath("a.txt"), "", 10, text="inspection of the site ladders")
    assert len(clf.predict([doc])) == 1
    broken = tmp_path / "model"
    shutil.copytree(tiny_model, broken)
    shutil.rmtree(broken / CHARS)
    with pytest.raises(ModelIncompatible, match="secor-intake train"):
        Classifier.load(broken)
