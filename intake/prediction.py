"""What the classify stage hands on: a label, a kind and a calibrated confidence."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.labels import Kind


@dataclass(frozen=True)
class Prediction:
    """The element a document belongs to, as sure as the model is."""

    label: str
    kind: Kind | None
    confidence: float
    needs_review: bool = False
    source: str = "model"  # "model", "folder", "correction", ...
    # the elements a whole manual in one file holds (intake/classify/sections.py); () for most
    covers: tuple[str, ...] = ()
