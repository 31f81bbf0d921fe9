"""A whole safety manual in one file: its windows say which elements it holds."""

from __future__ import annotations

import json
import random
from pathlib import PurePosixPath

import numpy as np
import pytest

from intake.classify import Classifier
from intake.classify import sections as s
from intake.documents import Document
from knowledge.labels import element_labels, labels
from tests.conftest import MODEL_DIR, REPO

NAMES = labels()


def _probs(tops: list[str], sure: float = 0.95) -> np.ndarray:
    """One row a window: SURE on its label, the rest spread evenly."""
    rows = np.full((len(tops), len(NAMES)), (1 - sure) / (len(NAMES) - 1))
    for row, label in enumerate(tops):
        rows[row, NAMES.index(label)] = sure
    return rows


def test_a_short_document_is_read_whole_only() -> None:
    assert s.windows("word " * (s.MIN_WORDS - 1)) == []


def test_windows_overlap_and_are_capped() -> None:
    text = " ".join(f"w{i}" for i in range(s.MIN_WORDS))
    parts = s.windows(text)
    assert parts[0].split()[s.STEP_WORDS] == parts[1].split()[0]
    assert len(s.windows("word " * 100_000)) == s.MAX_WINDOWS


def test_four_elements_each_surely_read_make_a_manual() -> None:
    tops = ["policy", "hazard_assessment", "ppe", "inspections", "inspections"]
    assert s.covered(_probs(tops)) == ("policy", "hazard_assessment", "ppe", "inspections")


@pytest.mark.parametrize(
    "tops",
    [
        ["policy", "hazard_assessment", "ppe"],  # three elements: not a manual
        ["policy", "hazard_assessment", "ppe", "inspections"] + ["evaluation_tool"] * 2,
    ],
    ids=["three-elements", "evaluation-tool"],
)
def test_a_few_elements_or_the_evaluation_tool_cover_nothing(tops: list[str]) -> None:
    assert s.covered(_probs(tops)) == ()


def test_unsure_windows_do_not_count() -> None:
    tops = ["policy", "hazard_assessment", "ppe", "inspections"]
    assert s.covered(_probs(tops, sure=s.SURE - 0.1)) == ()


def test_the_windows_of_several_manuals_are_scored_in_one_batch() -> None:
    """One pass of the model for a submission of several manuals; the same covers as
    text by text (rows are scored on their own)."""
    from intake.classify.combine import Weights

    manual = " ".join(f"m{i}" for i in range(s.MIN_WORDS * 2))
    texts = [manual, "a short file", manual[: len(manual) // 2] + " tail " * 700]
    tops = ["policy", "hazard_assessment", "ppe", "inspections"]
    calls: list[int] = []

    def score(parts: list[str]) -> np.ndarray:
        calls.append(len(parts))
        return _probs([tops[i % len(tops)] for i in range(len(parts))], sure=0.999)

    weights = Weights()
    together = s.covers_of(texts, score, weights)
    assert calls == [sum(len(s.windows(t)) for t in texts)]
    one_by_one = [s.covers_of([t], score, weights)[0] for t in texts]
    assert together == one_by_one and together[1] == () and together[0] == tuple(tops)


# --- with the trained model -------------------------------------------------------


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.load(MODEL_DIR)


# documents written on purpose to discuss several elements at length (minutes of an incident,
# a rule and an inspection): a binder of them is not one element's records
SEVERAL_TOPICS = "written:train_long"


def _written(label: str) -> list[str]:
    path = REPO / "intake" / "classify" / "data" / "written.jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    return [r["text"] for r in rows if r["label"] == label and r["gen"] != SEVERAL_TOPICS]


def _doc(text: str, name: str = "Safety Manual 2026.pdf") -> Document:
    return Document(
        path=name, member_path=PurePosixPath(name), sha256="0", size=len(text), text=text
    )


def test_a_manual_of_every_element_is_read_as_one(classifier: Classifier) -> None:
    """One section a element, each from a different author's document of that element."""
    rng = random.Random(4)
    sections = [rng.choice(_written(label)) for label in element_labels()]
    (prediction,) = classifier.predict([_doc("\n\n".join(sections))])
    assert len(prediction.covers) >= 10
    assert prediction.label in element_labels() and prediction.needs_review


@pytest.mark.parametrize("label", ["inspections", "training_communication", "hazard_assessment"])
def test_a_binder_of_one_elements_records_is_no_manual(classifier: Classifier, label: str) -> None:
    rng = random.Random(5)
    texts = _written(label)
    rng.shuffle(texts)
    (prediction,) = classifier.predict([_doc("\n\n".join(texts[:25]), "binder.pdf")])
    assert prediction.covers == () and prediction.label == label
