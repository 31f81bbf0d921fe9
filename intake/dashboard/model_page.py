"""The model page: which classifier is live, its figures, and the retrain gate's decisions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from intake.classify import ModelIncompatible, ModelMissing, model_dir_for
from intake.classify.bundle import read_metrics, read_stamp
from intake.classify.gate import read_gate_record
from intake.dashboard.render import deps, render
from intake.dashboard.security import page

HELDOUT_FIGURES = (
    ("macro_f1_content", "Held-out macro-F1, content only"),
    ("macro_f1_paths", "Held-out macro-F1, with names and folders"),
    ("kind_accuracy", "Held-out kind accuracy"),
    (
        "calibration_ece_after",
        "Calibration error (ECE) on hand-written documents by other authors, read by a model "
        "trained without them (the ECE secor-intake train prints)",
    ),
    ("ece", "Calibration error (ECE) on the generated held-out split (same generator as training)"),
    ("train_documents", "Training documents"),
    ("corrections", "Staff-labelled files in training"),
    ("seconds", "Training time (s)"),
)
_COUNTS = {"train_documents", "corrections", "seconds"}  # shown as whole numbers, not 0.000


def _moment(value: object) -> datetime | None:
    """A stored ISO time as a datetime (shown in the dashboard's time zone), else None."""
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _model_view(model_dir: Any) -> dict[str, Any]:
    try:
        stamp = read_stamp(model_dir)
        problem = ""
    except (ModelMissing, ModelIncompatible) as exc:
        stamp, problem = None, str(exc)
    metrics = read_metrics(model_dir)
    heldout = metrics.get("heldout") or {}
    figures = [
        (title, int(heldout[key]) if key in _COUNTS else heldout[key])
        for key, title in HELDOUT_FIGURES
        if key in heldout
    ]
    per_label = sorted((metrics.get("per_label_f1") or {}).items(), key=lambda kv: kv[1])
    record = read_gate_record(model_dir)
    history = [h | {"at_time": _moment(h.get("at"))} for h in record.get("history") or []]
    return {
        "trained_at": _moment(stamp.trained_at) if stamp else None,
        "stamp": stamp,
        "problem": problem,
        "figures": figures,
        "per_label": per_label,
        "history": history,
        "gate_live": record.get("live"),
    }


@page
async def model(request: Request) -> Response:
    """Which model is live, how it measured, and what the retrain gate decided lately."""
    d = deps(request)
    view = await run_in_threadpool(_model_view, model_dir_for(d.settings))
    return render(
        request,
        "model.html",
        retrain_hours=d.settings.classifier.retrain_hours,
        threshold=d.settings.classifier.review_threshold,
        **view,
    )
