"""The model page: which classifier is live, its figures, and the retrain gate's decisions."""

from __future__ import annotations

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
    ("ece", "Held-out calibration error (ECE)"),
    ("train_documents", "Training documents"),
    ("corrections", "Staff-labelled files in training"),
    ("seconds", "Training time (s)"),
)
_COUNTS = {"train_documents", "corrections", "seconds"}  # shown as whole numbers, not 0.000


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
    return {
        "stamp": stamp,
        "problem": problem,
        "figures": figures,
        "per_label": per_label,
        "history": record.get("history") or [],
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
