"""The rows that travel in and out of the store, and stored files as documents and labels."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import RowMapping

import intake.store.schema as t
from intake.documents import Document
from intake.prediction import Prediction
from intake.store.helpers import aware
from knowledge.labels import has_kind


@dataclass(frozen=True)
class QueuedMessage:
    """A stored message waiting to be processed."""

    id: int
    mailbox: str
    uidvalidity: int
    uid: int
    raw_path: Path
    attempts: int
    source: str = t.SOURCE_IMAP


@dataclass(frozen=True)
class OutgoingMail:
    """A reply recorded in the outbox."""

    id: int
    recipient: str
    message_id: str
    raw: bytes
    attempts: int
    state: str
    sending_at: datetime | None = None
    worker: str | None = None
    created_at: datetime | None = None
    copy_started_at: datetime | None = None


def outgoing_mail(r: RowMapping) -> OutgoingMail:
    """An outbox row as the sender takes it."""
    return OutgoingMail(
        r["id"],
        r["recipient"],
        r["message_id"],
        r["raw"],
        r["attempts"],
        r["state"],
        aware(r["sending_at"]),
        r["worker"],
        aware(r["created_at"]),
        aware(r["copy_started_at"]),
    )


@dataclass(frozen=True)
class Checkpoint:
    """Where receiving a folder stands: its UIDVALIDITY and the last UID stored."""

    mailbox: str
    uidvalidity: int
    last_uid: int
    updated_at: datetime


@dataclass(frozen=True)
class StoredCopy:
    """A stored message a message of a new UIDVALIDITY generation may be."""

    id: int
    uidvalidity: int
    uid: int
    filed: bool
    state: str
    size: int


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
