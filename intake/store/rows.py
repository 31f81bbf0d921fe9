"""The rows that travel in and out of the store, and stored files as documents and labels."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any, ClassVar, Self

from sqlalchemy import RowMapping

import intake.store.schema as t
from intake.documents import Document
from intake.prediction import Prediction
from intake.store.helpers import aware
from knowledge.labels import KINDS, Kind, has_kind


class _Row:
    """A frozen dataclass read from a result row by its column names (times read as UTC)."""

    __dataclass_fields__: ClassVar[dict[str, Any]]

    @classmethod
    def of(cls, row: RowMapping | Mapping[str, Any]) -> Self:
        """The row's columns of this dataclass's field names."""
        values = {f.name: row[f.name] for f in fields(cls)}
        return cls(**{k: aware(v) if isinstance(v, datetime) else v for k, v in values.items()})


@dataclass(frozen=True)
class MessageRow(_Row):
    """A stored email (table ``messages``)."""

    id: int
    mailbox: str
    uidvalidity: int
    uid: int
    message_id: str | None
    sender: str | None
    subject: str
    size: int
    raw_path: str
    received_at: datetime
    state: str
    attempts: int
    error: str | None
    claimed_by: str | None
    claimed_at: datetime | None
    submission_id: int | None
    triage_folder: str | None
    filed: bool
    source: str
    sha256: str | None
    filing_at: datetime | None
    arrived_at: datetime | None
    failure: str | None


@dataclass(frozen=True)
class UnfiledMessage(_Row):
    """A processed IMAP message waiting to be moved into its triage folder."""

    id: int
    mailbox: str
    uidvalidity: int
    uid: int
    triage_folder: str | None
    message_id: str | None
    filing_at: datetime | None


@dataclass(frozen=True)
class QuarantinedMessage(_Row):
    """An email set aside after its last failed attempt, as the failed-mail page lists it."""

    id: int
    sender: str | None
    subject: str
    received_at: datetime
    state: str
    attempts: int
    error: str | None
    triage_folder: str | None
    filed: bool
    source: str
    submission_id: int | None
    failure: str | None


@dataclass(frozen=True)
class SubmissionRow(_Row):
    """A submission: one employer's documents over one email thread (table ``submissions``)."""

    id: int
    reference: str | None
    sender: str | None
    company: str | None
    subject: str
    year: str
    status: str
    report_json: str
    thread_ids: str
    created_at: datetime
    updated_at: datetime
    review_state: str
    linked_to: int | None
    kind: str


@dataclass(frozen=True)
class _FileColumns(_Row):
    """The columns of table ``files`` but its text."""

    id: int
    submission_id: int
    message_row: int | None
    path: str
    member_path: str
    sha256: str
    size: int
    stored_path: str | None
    label: str
    kind: str | None
    confidence: float
    needs_review: bool
    corrected: bool
    covers: str


@dataclass(frozen=True)
class FileHead(_FileColumns):
    """A stored file without its text (table ``files``), with the text's length."""

    text_chars: int | None


@dataclass(frozen=True)
class FileRow(_FileColumns):
    """A stored file of a submission, its label and its text (table ``files``)."""

    text: str


@dataclass(frozen=True)
class NewFile:
    """A file a processed message adds to its submission (``Results.save_result``)."""

    path: str
    member_path: str
    sha256: str
    size: int
    stored_path: str | None
    label: str
    kind: str | None
    confidence: float
    needs_review: bool
    text: str
    covers: str = ""  # the elements a manual in one file holds, space-separated


@dataclass(frozen=True)
class _OutboxColumns(_Row):
    """The columns of table ``outbox`` but the raw message."""

    id: int
    dedupe_key: str
    submission_id: int | None
    recipient: str
    subject: str
    message_id: str
    state: str
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None
    kind: str
    sending_at: datetime | None
    worker: str | None
    copied: bool
    copy_started_at: datetime | None
    released_at: datetime | None


@dataclass(frozen=True)
class OutboxRow(_OutboxColumns):
    """A reply in the outbox (table ``outbox``)."""

    raw: bytes


@dataclass(frozen=True)
class OutboxLine(_OutboxColumns):
    """A reply as the outbox page lists it: no raw message, its submission's reference."""

    reference: str | None


@dataclass(frozen=True)
class NewReply:
    """A reply to record with a processed message's result (``Results.save_result``)."""

    dedupe_key: str
    recipient: str
    subject: str
    message_id: str
    raw: bytes
    kind: str = t.REPLY_AUTO


@dataclass(frozen=True)
class Rechecked:
    """A submission's report after a re-check: what to store."""

    report: dict[str, Any]
    status: str
    year: str
    kind: str = t.KIND_SUBMISSION


# A submission's checks run again over its files (after a correction or a merge).
Recheck = Callable[[SubmissionRow, list[FileRow]], Rechecked]


@dataclass(frozen=True)
class Heartbeat:
    """A worker's latest completed cycle: when, and how many it has completed."""

    at: datetime
    cycles: int

    def as_dict(self) -> dict[str, str | int]:
        """JSON-ready data (``status --json``), as the heartbeat is stored."""
        return {"at": self.at.isoformat(), "cycles": self.cycles}


@dataclass(frozen=True)
class QueueStats:
    """What waits: messages by state, the oldest queued one's age, the outbox backlog."""

    queued: int
    processing: int
    quarantined: int
    done: int
    unfiled: int
    oldest_queued_seconds: float | None
    outbox_pending: int
    outbox_sending: int
    outbox_failed: int
    outbox_sent: int
    outbox_uncopied: int
    oldest_reply_waiting_seconds: float | None

    def as_dict(self) -> dict[str, int | float | None]:
        """The figures as JSON-ready data (``status --json``, the health check)."""
        return asdict(self)


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
    released_at: datetime | None = None  # when staff sent it on, if it was held for them


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
        aware(r.get("released_at")),
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


def kind_of(label: str, kind: object) -> Kind | None:
    """A stored kind as the labels know it (None for a label without kinds, or an unknown one)."""
    if not has_kind(label) or kind not in KINDS:
        return None
    return "operational" if kind == "operational" else "directive"


def document_of(row: FileRow) -> Document:
    """A stored file as a Document (text as kept, original bytes where stored)."""
    return Document(
        path=row.path,
        member_path=PurePosixPath(row.member_path),
        sha256=row.sha256,
        size=int(row.size or 0),
        stored_path=Path(row.stored_path) if row.stored_path else None,
        text=row.text or "",
    )


def prediction_of(row: FileRow | FileHead) -> Prediction:
    """A stored file's label as it stands: a staff correction counts as certain."""
    label = str(row.label)
    kind = kind_of(label, row.kind)
    covers = tuple(str(row.covers or "").split())
    if row.corrected:
        return Prediction(label, kind, 1.0, needs_review=False, source="correction", covers=covers)
    return Prediction(
        label,
        kind,
        float(row.confidence or 0.0),
        bool(row.needs_review),
        source="stored",
        covers=covers,
    )


def documents_of(rows: Iterable[FileRow]) -> list[Document]:
    """Every row as a Document, in order."""
    return [document_of(row) for row in rows]


def predictions_of(rows: Iterable[FileRow | FileHead]) -> list[Prediction]:
    """Every row's label, in order."""
    return [prediction_of(row) for row in rows]
