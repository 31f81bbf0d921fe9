"""Stored file rows back into what the pipeline and the checks take: documents and labels."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from intake.documents import Document
from intake.prediction import Prediction
from knowledge.labels import has_kind


def document_of(row: Mapping[str, Any]) -> Document:
    """A stored file as a Document (text as kept, original bytes where stored)."""
    return Document(
        path=row["path"],
        member_path=PurePosixPath(row["member_path"]),
        sha256=row["sha256"],
        size=int(row["size"] or 0),
        stored_path=Path(row["stored_path"]) if row["stored_path"] else None,
        text=row["text"] or "",
    )


def prediction_of(row: Mapping[str, Any]) -> Prediction:
    """A stored file's label as it stands: a staff correction counts as certain."""
    label = str(row["label"])
    kind = row["kind"] if has_kind(label) else None
    if row["corrected"]:
        return Prediction(label, kind, 1.0, needs_review=False, source="correction")
    return Prediction(
        label, kind, float(row["confidence"] or 0.0), bool(row["needs_review"]), source="stored"
    )


def documents_of(rows: Iterable[Mapping[str, Any]]) -> list[Document]:
    """Every row as a Document, in order."""
    return [document_of(row) for row in rows]


def predictions_of(rows: Iterable[Mapping[str, Any]]) -> list[Prediction]:
    """Every row's label, in order."""
    return [prediction_of(row) for row in rows]
