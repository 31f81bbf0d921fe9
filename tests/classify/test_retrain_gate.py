"""The retrain gate: a worse model is refused and the live one stays; a good one is promoted."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from core.config import Settings
from core.errors import UserError
from intake.classify import Classifier
from intake.classify.bundle import read_metrics, read_stamp
from intake.classify.examples import held_out
from intake.classify.gate import EvalDoc, judge, read_gate_record
from intake.classify.training import TrainingDoc, train_model
from intake.commands import train as train_command
from intake.corrections import LabelledFile
from intake.service.retrain import retrain
from knowledge.labels import labels

from .conftest import tiny_corpus, train_args

HELD_DAY = next(date(2026, 3, d) for d in range(1, 31) if held_out(date(2026, 3, d)))


def _rotated(docs: list[TrainingDoc]) -> list[TrainingDoc]:
    """The same documents, each given the next label: a model that learns the wrong thing."""
    names = labels()
    return [
        TrainingDoc(
            d.member_path, d.text, names[(names.index(d.label) + 1) % len(names)], None, 1, d.group
        )
        for d in docs
    ]


def _train_worse(out: Path, **kw: Any) -> dict[str, float]:
    return train_model(
        out,
        train_docs=_rotated(tiny_corpus("train", 8)),
        heldout_docs=tiny_corpus("heldout", 2),
        max_epochs=2,
        labelled_sha256=kw.get("labelled_sha256", ""),
    )


def _eval_docs() -> list[EvalDoc]:
    return [EvalDoc(d.member_path, d.text, d.label, "reviewed") for d in tiny_corpus("heldout", 3)]


@pytest.fixture(scope="module")
def worse_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("worse") / "model"
    _train_worse(out)
    return out


def test_gate_refuses_a_worse_model(tiny_model: Path, worse_model: Path) -> None:
    live = Classifier.load(tiny_model)
    verdict = judge(Classifier.load(worse_model), live, _eval_docs())
    assert not verdict.accepted
    assert verdict.live is not None and verdict.candidate.macro_f1 < verdict.live.macro_f1
    assert "below the live model" in verdict.reason
    # the same model against itself is not worse
    assert judge(live, live, _eval_docs()).accepted


# -- `secor-intake train` with a live model: the same gate, and nothing new is nothing done --
def _own(settings: Settings, live_dir: Path) -> Settings:
    return settings.model_copy(
        update={"classifier": settings.classifier.model_copy(update={"model_dir": live_dir})}
    )


def _run(settings: Settings, live_dir: Path) -> int:
    """`secor-intake train` (quiet) with the model in LIVE_DIR live."""
    return train_command.run(train_args(quiet=True), _own(settings, live_dir))


def _live(tiny_model: Path, tmp_path: Path) -> Path:
    """A copy of the tiny model, live in TMP_PATH."""
    live_dir = tmp_path / "model"
    shutil.copytree(tiny_model, live_dir)
    return live_dir


def _frozen() -> list[LabelledFile]:
    """Staff-labelled files of a held-out day: the gate's evaluation set."""
    return [
        LabelledFile(d.member_path, d.text, d.label, None, False, HELD_DAY, f"file:{i}")
        for i, d in enumerate(tiny_corpus("heldout", 3))
    ]


def test_retrain_keeps_the_live_model_when_the_candidate_is_worse(
    settings: Settings, tiny_model: Path, tmp_path: Path
) -> None:
    live_dir = _live(tiny_model, tmp_path)
    before = read_stamp(live_dir)
    frozen = _frozen()
    verdict = retrain(_own(settings, live_dir), frozen, "digest-1", train=_train_worse)
    assert not verdict.accepted
    assert read_stamp(live_dir) == before  # the live model is untouched
    record = read_gate_record(live_dir)
    assert record["last_tried_sha256"] == "digest-1"
    assert record["history"][0]["accepted"] is False
    assert record["history"][0]["held_out_files"] == len(frozen)
    assert "live" not in record


def test_the_train_command_is_refused_by_the_gate_too(
    settings: Settings,
    tiny_model: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A hand-run train of a worse model keeps the live one and says why, exit status 1."""
    live_dir = _live(tiny_model, tmp_path)
    before = read_stamp(live_dir)
    frozen = _frozen()
    monkeypatch.setattr(train_command, "labelled_set", lambda _settings: (frozen, "digest-2"))
    monkeypatch.setattr("intake.classify.training.train_model", _train_worse)
    assert _run(settings, live_dir) == 1
    out = capsys.readouterr().out
    assert out.startswith("new classifier refused, the live one in")
    assert "below the live model" in out and "Classifier page" in out
    assert read_stamp(live_dir) == before
    assert read_gate_record(live_dir)["history"][0]["accepted"] is False


def test_the_train_command_loads_the_live_model_once(
    settings: Settings,
    tiny_model: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The model it checks is usable is the one the gate judges against: read once."""
    live_dir = _live(tiny_model, tmp_path)
    loaded: list[Path] = []
    real_load = Classifier.load.__func__  # type: ignore[attr-defined]

    def counting(cls: type[Classifier], model_dir: Path, *args: Any, **kw: Any) -> Classifier:
        loaded.append(Path(model_dir).resolve())
        return real_load(cls, model_dir, *args, **kw)  # type: ignore[no-any-return]

    monkeypatch.setattr(Classifier, "load", classmethod(counting))
    monkeypatch.setattr(train_command, "labelled_set", lambda _settings: (_frozen(), "digest-4"))
    monkeypatch.setattr("intake.classify.training.train_model", _train_worse)
    assert _run(settings, live_dir) == 1  # the gate still judged against the live model
    assert "below the live model" in capsys.readouterr().out
    assert loaded.count(live_dir.resolve()) == 1
    assert loaded.count((tmp_path / "model.candidate").resolve()) == 1


def test_a_model_put_in_place_while_the_candidate_trained_is_the_one_judged_against(
    settings: Settings, tiny_model: Path, worse_model: Path, tmp_path: Path
) -> None:
    """The live model handed in was replaced meanwhile (the service's own retrain): the
    gate reads the one in place now, not the one loaded before training."""
    live_dir = _live(tiny_model, tmp_path)
    before = read_stamp(live_dir)
    stale = Classifier.load(worse_model)  # what was live when training began
    assert stale.stamp != before
    verdict = retrain(
        _own(settings, live_dir), _frozen(), "digest-5", train=_train_worse, live=stale
    )
    assert not verdict.accepted  # judged against the good model in place, not the stale one
    assert verdict.live is not None and verdict.live.macro_f1 > verdict.candidate.macro_f1
    assert read_stamp(live_dir) == before


def test_the_train_command_trains_nothing_when_nothing_changed(
    settings: Settings,
    tiny_model: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    live_dir = _live(tiny_model, tmp_path)
    built = read_metrics(live_dir)
    monkeypatch.setattr(train_command, "labelled_set", lambda _settings: ([], ""))
    monkeypatch.setattr("intake.classify.training.corpus_digest", lambda: built["corpus_sha256"])
    monkeypatch.setattr("intake.classify.training.train_model", _fail_if_called)
    assert _run(settings, live_dir) == 0
    assert capsys.readouterr().out.startswith("nothing new: the classifier in")


def _fail_if_called(*_args: object, **_kw: object) -> dict[str, float]:
    raise AssertionError("trained although nothing changed")


def _interrupted(*_args: object, **_kw: object) -> dict[str, float]:
    raise KeyboardInterrupt


def test_an_interrupted_train_says_the_live_model_is_unchanged(
    settings: Settings,
    tiny_model: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    live_dir = _live(tiny_model, tmp_path)
    before = read_stamp(live_dir)
    monkeypatch.setattr(train_command, "labelled_set", lambda _settings: ([], "digest-3"))
    monkeypatch.setattr("intake.classify.training.train_model", _interrupted)
    assert _run(settings, live_dir) == 130
    assert "train interrupted: the classifier in" in capsys.readouterr().err
    assert read_stamp(live_dir) == before


def test_an_unwritable_model_folder_is_said_before_training(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*_args: object, **_kw: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(train_command, "labelled_set", lambda _settings: ([], ""))
    monkeypatch.setattr("intake.classify.training.train_model", _fail_if_called)
    monkeypatch.setattr("tempfile.TemporaryFile", refused)
    with pytest.raises(UserError, match=r"Permission denied in .*; run as the user"):
        train_command.run(train_args(quiet=True, out=tmp_path / "model"), settings)
