"""The whole training workflow on a tiny corpus: train, write atomically, load, predict."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath

import pytest

from intake.classify import Classifier
from intake.classify.bundle import METRICS, PIPELINE, STAMP, read_stamp
from intake.classify.training import balanced_kind_order, train_model
from intake.corrections import Correction
from intake.documents import Document
from knowledge.labels import labels

from .conftest import tiny_corpus


def _doc(member: str, text: str) -> Document:
    return Document(
        path=member, member_path=PurePosixPath(member), sha256="0" * 64, size=len(text), text=text
    )


def test_training_writes_a_complete_model(tiny_model: Path) -> None:
    assert (tiny_model / PIPELINE / "config.cfg").is_file()
    stamp = read_stamp(tiny_model)
    assert stamp.labels == list(labels()) and stamp.seed == 0 and stamp.temperature > 0
    metrics = json.loads((tiny_model / METRICS).read_text("utf-8"))
    for key in (
        "macro_f1_content",
        "macro_f1_paths",
        "kind_accuracy",
        "calibration_ece_before",
        "calibration_ece_after",
        "calibration_temperature",
    ):
        assert 0.0 <= metrics["heldout"][key] <= 100.0
    assert set(metrics["per_label_f1"]) == set(labels())
    leftovers = [p.name for p in tiny_model.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_predictions_have_a_label_kind_and_confidence(tiny_model: Path) -> None:
    clf = Classifier.load(tiny_model, review_threshold=0.5)
    docs = [
        _doc(
            "Element 2 - Hazard Assessments/Scan_0001.pdf",
            "Field level hazard assessment. Hazards: ice. Controls: sand.",
        ),
        _doc("IMG_0001.jpg", ""),
        _doc("Legislation/list.pdf", "OHS Act, OHS Regulation, OHS Code Part 9 Fall Protection"),
    ]
    preds = clf.predict(docs)
    assert len(preds) == 3
    assert preds[0].label == "hazard_assessment" and preds[0].source == "folder"
    assert preds[2].label == "legislation" and preds[2].kind is None
    for p in preds:
        assert p.label in labels() and 0.0 <= p.confidence <= 1.0
        assert p.needs_review == (p.confidence < 0.5)
    assert preds[1].needs_review  # no text, no name, no folder: never silently guessed
    assert clf.predict([]) == []


def test_retraining_replaces_the_model_and_learns_corrections(tmp_path: Path) -> None:
    out = tmp_path / "model"
    train = tiny_corpus("train", 4)
    held = tiny_corpus("heldout", 2)
    train_model(out, train_docs=train, heldout_docs=held, max_epochs=1)
    first = read_stamp(out).trained_at
    text = "zorbex quillfeather marmalade invoice " * 20
    corrections = [Correction("misc/odd.pdf", text, "records_statistics", "operational")]
    metrics = train_model(
        out, corrections=corrections, train_docs=train, heldout_docs=held, max_epochs=2
    )
    assert metrics["corrections"] == 1.0
    assert read_stamp(out).corrections == 1 and read_stamp(out).trained_at >= first
    pred = Classifier.load(out).predict([_doc("other/odd2.pdf", text)])[0]
    assert pred.label == "records_statistics"


def test_training_is_reproducible(tmp_path: Path) -> None:
    train, held = tiny_corpus("train", 3), tiny_corpus("heldout", 2)
    a = train_model(tmp_path / "a", train_docs=train, heldout_docs=held, max_epochs=1, seed=3)
    b = train_model(tmp_path / "b", train_docs=train, heldout_docs=held, max_epochs=1, seed=3)
    a.pop("seconds"), b.pop("seconds")
    assert a == b
    assert (tmp_path / "a" / STAMP).is_file()


def test_a_failed_training_keeps_the_old_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "model"
    train, held = tiny_corpus("train", 3), tiny_corpus("heldout", 1)
    train_model(out, train_docs=train, heldout_docs=held, max_epochs=1)
    before = read_stamp(out).trained_at

    def broken(self: object, path: Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("intake.classify.training.Fitted.to_disk", broken)
    with pytest.raises(OSError):
        train_model(out, train_docs=train, heldout_docs=held, max_epochs=1)
    assert read_stamp(out).trained_at == before
    assert [p.name for p in tmp_path.iterdir()] == ["model"]


def test_kinds_are_balanced_within_each_label() -> None:
    docs = tiny_corpus("train", 10)
    order = balanced_kind_order(docs)
    for label in ("policy", "inspections"):
        kinds = [docs[i].kind for i in order if docs[i].label == label]
        if len(set(kinds)) == 2:
            assert kinds.count("directive") == kinds.count("operational")


def test_a_file_with_nothing_to_read_is_placed_by_its_folder_or_sent_to_review(
    tiny_model: Path,
) -> None:
    """What the models learned of empty training texts is no evidence about an unread file."""
    clf = Classifier.load(tiny_model, review_threshold=0.5)
    assert clf.partners.kinds_read_plain_features  # one matrix for both models of every word
    bare, in_folder = clf.predict(
        [_doc("scan0042.pdf", ""), _doc("Element 9 - Inspections/IMG_0002.jpg", "  ")]
    )
    assert bare.label == "other" and bare.needs_review and bare.confidence < 0.5
    assert in_folder.label == "inspections" and in_folder.source == "folder"
