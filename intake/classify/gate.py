"""The retrain gate: a new model replaces the live one only if it is not worse.

Both models are measured on the same frozen evaluation set (the samples when present,
plus the staff-labelled files of held-out days), with each file's names and folders as
the employer sent them. The new model passes when its macro-F1 and its accuracy are
each at least the live model's less a small tolerance.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import numpy as np

from intake.classify.calibration import ece
from intake.classify.metrics import macro_f1
from intake.classify.model import Classifier
from intake.documents import Document
from knowledge.labels import labels


@dataclass(frozen=True)
class EvalDoc:
    """One file of the evaluation set."""

    member_path: str
    text: str
    label: str
    source: str  # "samples" or "reviewed"


@dataclass(frozen=True)
class Figures:
    """A model's figures on the evaluation set."""

    documents: int
    macro_f1: float
    accuracy: float
    ece: float

    def as_dict(self) -> dict[str, float]:
        """For JSON."""
        return {
            "documents": float(self.documents),
            "macro_f1": self.macro_f1,
            "accuracy": self.accuracy,
            "ece": self.ece,
        }


@dataclass(frozen=True)
class Verdict:
    """What the gate decided and why."""

    accepted: bool
    reason: str
    candidate: Figures
    live: Figures | None


def measure(clf: Classifier, docs: Sequence[EvalDoc]) -> Figures:
    """CLF's figures on DOCS."""
    if not docs:
        return Figures(0, 0.0, 0.0, 0.0)
    inputs = [
        Document(
            path=d.member_path,
            member_path=PurePosixPath(d.member_path),
            sha256="",
            size=len(d.text),
            text=d.text,
        )
        for d in docs
    ]
    preds = clf.predict(inputs)
    names = labels()
    truth = [names.index(d.label) for d in docs]
    chosen = [names.index(p.label) for p in preds]
    hits = [c == t for c, t in zip(chosen, truth, strict=True)]
    return Figures(
        documents=len(docs),
        macro_f1=round(macro_f1(truth, chosen, len(names)), 4),
        accuracy=round(float(np.mean(hits)), 4),
        ece=round(ece([p.confidence for p in preds], hits), 4),
    )


def judge(
    candidate: Classifier,
    live: Classifier | None,
    docs: Sequence[EvalDoc],
    tolerance: float = 0.0,
) -> Verdict:
    """Whether CANDIDATE may replace LIVE, judged on DOCS."""
    new = measure(candidate, docs)
    if live is None:
        return Verdict(True, "no live model to compare with", new, None)
    old = measure(live, docs)
    if not docs:
        return Verdict(True, "no evaluation set yet: the new model is taken", new, old)
    if new.macro_f1 + tolerance < old.macro_f1:
        return Verdict(
            False,
            f"macro-F1 {new.macro_f1:.3f} is below the live model's {old.macro_f1:.3f}",
            new,
            old,
        )
    if new.accuracy + tolerance < old.accuracy:
        return Verdict(
            False,
            f"accuracy {new.accuracy:.3f} is below the live model's {old.accuracy:.3f}",
            new,
            old,
        )
    return Verdict(True, "not worse than the live model on the evaluation set", new, old)


# -- the gate's record of its decisions, beside the model folder ------------------------
def gate_record_path(model_dir: Path) -> Path:
    """Where the gate's decisions about the model in MODEL_DIR are recorded."""
    return model_dir.parent / f"{model_dir.name}.gate.json"


def read_gate_record(model_dir: Path) -> dict[str, Any]:
    """The recorded decisions ({} when none)."""
    try:
        data = json.loads(gate_record_path(model_dir).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_gate_record(model_dir: Path, record: dict[str, Any]) -> None:
    """Record the gate's decisions atomically beside the model folder."""
    path = gate_record_path(model_dir)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", "utf-8")
    tmp.replace(path)
