"""``secor-intake train``: progress, corrections from a file, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.config import Settings
from core.errors import UserError
from intake.classify.bundle import read_stamp
from intake.commands import train

from .conftest import tiny_corpus, train_args


@pytest.fixture
def small_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = {"train": tiny_corpus("train", 3), "heldout": tiny_corpus("heldout", 1)}
    written = tiny_corpus("heldout", 1)  # the hand-written documents, a few
    monkeypatch.setattr("intake.classify.training.corpus_docs", lambda split: docs[split])
    monkeypatch.setattr(
        "intake.classify.training.written_docs", lambda *_args, **_kw: list(written)
    )


def test_train_with_corrections_file(
    settings: Settings, tmp_path: Path, small_corpus: None, capsys: pytest.CaptureFixture[str]
) -> None:
    corrections = tmp_path / "c.jsonl"
    rows = [
        {
            "member_path": "a/b.pdf",
            "text": "fire drill",
            "label": "emergency_planning",
            "kind": "operational",
        },
        {"member_path": "x.pdf", "text": "price list", "label": "other", "kind": "operational"},
    ]
    corrections.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", "utf-8")
    out = tmp_path / "model"
    assert train.run(train_args(out=out, corrections=corrections), settings) == 0
    captured = capsys.readouterr()
    assert "pass 2/2" in captured.err and "2 staff-labelled files" in captured.out
    assert read_stamp(out).corrections == 2
    assert train.run(train_args(out=out, if_missing=True), settings) == 0
    assert "up to date" in capsys.readouterr().out


def test_train_takes_store_corrections_by_default(
    settings: Settings, tmp_path: Path, small_corpus: None, capsys: pytest.CaptureFixture[str]
) -> None:
    own = settings.model_copy(
        update={"classifier": settings.classifier.model_copy(update={"model_dir": None})}
    )
    assert train.run(train_args(quiet=True), own) == 0
    assert (own.data_dir / "model" / "secor.json").is_file()
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json}\n", ":1: expected"),
        ('{"member_path": "a", "text": "", "label": "nope", "kind": null}\n', "unknown label"),
        ('{"member_path": "a", "text": "", "label": "ppe", "kind": "sometimes"}\n', "kind must be"),
    ],
)
def test_bad_corrections_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(content, "utf-8")
    with pytest.raises(UserError, match=message):
        train.read_corrections(path)
    with pytest.raises(UserError, match="no such corrections file"):
        train.read_corrections(tmp_path / "missing.jsonl")
