"""Store operations, each one transaction, named for the stage that calls it."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, and_, create_engine, event, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from intake.config import Settings
from intake.corrections import Correction
from intake.store import schema as t


def utcnow() -> datetime:
    """Now, timezone-aware (UTC)."""
    return datetime.now(UTC)


def _aware(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes: read them as UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


@dataclass(frozen=True)
class QueuedMessage:
    """A stored message waiting to be processed."""

    id: int
    mailbox: str
    uidvalidity: int
    uid: int
    raw_path: Path
    attempts: int


@dataclass(frozen=True)
class OutgoingMail:
    """A reply recorded in the outbox."""

    id: int
    recipient: str
    message_id: str
    raw: bytes
    attempts: int
    state: str


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class Store:
    """All the service's durable state."""

    def __init__(self, engine: Engine, data_dir: Path) -> None:
        self.engine = engine
        self.data_dir = data_dir

    # -- plumbing ---------------------------------------------------------
    @contextmanager
    def tx(self) -> Iterator[Connection]:
        """One transaction."""
        with self.engine.begin() as conn:
            yield conn

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    def get_meta(self, key: str) -> str | None:
        """A value of the key-value table, or None."""
        with self.tx() as conn:
            return conn.execute(select(t.meta.c.value).where(t.meta.c.key == key)).scalar()

    def set_meta(self, key: str, value: str) -> None:
        """Set a value of the key-value table."""
        with self.tx() as conn:
            done = conn.execute(update(t.meta).where(t.meta.c.key == key).values(value=value))
            if done.rowcount == 0:
                conn.execute(insert(t.meta).values(key=key, value=value))

    # -- receive ----------------------------------------------------------
    def known_uids(self, mailbox: str, uidvalidity: int) -> set[int]:
        """UIDs of this mailbox generation already stored."""
        with self.tx() as conn:
            rows = conn.execute(
                select(t.messages.c.uid).where(
                    and_(t.messages.c.mailbox == mailbox, t.messages.c.uidvalidity == uidvalidity)
                )
            )
            return {int(r[0]) for r in rows}

    def enqueue_message(
        self,
        *,
        mailbox: str,
        uidvalidity: int,
        uid: int,
        raw: bytes,
        message_id: str | None,
        sender: str | None,
        subject: str,
    ) -> int | None:
        """Keep the raw message on disk, then queue it; None if it was already stored."""
        raw_path = self.data_dir / "messages" / f"{uidvalidity}-{uid}.eml"
        _write_atomic(raw_path, raw)
        try:
            with self.tx() as conn:
                result = conn.execute(
                    insert(t.messages).values(
                        mailbox=mailbox,
                        uidvalidity=uidvalidity,
                        uid=uid,
                        message_id=message_id,
                        sender=sender,
                        subject=subject[:2000],
                        size=len(raw),
                        raw_path=str(raw_path),
                        received_at=utcnow(),
                        state=t.QUEUED,
                        attempts=0,
                        filed=False,
                    )
                )
                return int(result.inserted_primary_key[0])
        except IntegrityError:
            return None

    # -- process ----------------------------------------------------------
    def release_stale_claims(self, older_than: timedelta = timedelta(minutes=30)) -> int:
        """Put messages whose worker died mid-processing back in the queue."""
        limit = utcnow() - older_than
        with self.tx() as conn:
            result = conn.execute(
                update(t.messages)
                .where(
                    and_(
                        t.messages.c.state == t.PROCESSING,
                        or_(t.messages.c.claimed_at.is_(None), t.messages.c.claimed_at < limit),
                    )
                )
                .values(state=t.QUEUED, claimed_by=None)
            )
            return int(result.rowcount)

    def claim_next(self, worker: str) -> QueuedMessage | None:
        """Take the oldest queued message for this worker (attempts counted now)."""
        with self.tx() as conn:
            query = select(t.messages).where(t.messages.c.state == t.QUEUED).order_by(t.messages.c.id).limit(1)
            if conn.dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            row = conn.execute(query).mappings().first()
            if row is None:
                return None
            conn.execute(
                update(t.messages)
                .where(and_(t.messages.c.id == row["id"], t.messages.c.state == t.QUEUED))
                .values(
                    state=t.PROCESSING,
                    claimed_by=worker,
                    claimed_at=utcnow(),
                    attempts=row["attempts"] + 1,
                )
            )
            return QueuedMessage(
                id=row["id"],
                mailbox=row["mailbox"],
                uidvalidity=row["uidvalidity"],
                uid=row["uid"],
                raw_path=Path(row["raw_path"]),
                attempts=row["attempts"] + 1,
            )

    def fail_message(self, message_row: int, error: str, *, quarantine: bool, folder: str) -> None:
        """Record a failed attempt; after the last one, keep it for a person (never drop)."""
        values: dict[str, Any] = {"error": error[:4000], "claimed_by": None}
        if quarantine:
            values |= {"state": t.QUARANTINED, "triage_folder": folder}
        else:
            values |= {"state": t.QUEUED}
        with self.tx() as conn:
            conn.execute(update(t.messages).where(t.messages.c.id == message_row).values(**values))

    def find_submission(self, sender: str | None, thread_ids: Sequence[str]) -> int | None:
        """The open submission a follow-up belongs to: by thread first, then by sender."""
        with self.tx() as conn:
            for mid in thread_ids:
                found = conn.execute(
                    select(t.messages.c.submission_id)
                    .where(and_(t.messages.c.message_id == mid, t.messages.c.submission_id.is_not(None)))
                    .limit(1)
                ).scalar()
                if found is not None:
                    return int(found)
                found = conn.execute(
                    select(t.outbox.c.submission_id).where(t.outbox.c.message_id == mid).limit(1)
                ).scalar()
                if found is not None:
                    return int(found)
            return None

    def save_result(
        self,
        *,
        message_row: int,
        submission_id: int | None,
        reference: str,
        report: dict[str, Any],
        sender: str | None,
        subject: str,
        year: str,
        status: str,
        thread_ids: Sequence[str],
        file_rows: Sequence[dict[str, Any]],
        folder: str,
        reply: dict[str, Any] | None,
    ) -> int:
        """Store a processed message's submission, files and reply in one transaction."""
        now = utcnow()
        with self.tx() as conn:
            if submission_id is None:
                submission_id = int(
                    conn.execute(
                        insert(t.submissions).values(
                            reference=reference,
                            sender=sender,
                            subject=subject,
                            year=year,
                            status=status,
                            report_json=json.dumps(report),
                            thread_ids=" ".join(thread_ids),
                            created_at=now,
                            updated_at=now,
                            review_state="open",
                        )
                    ).inserted_primary_key[0]
                )
            else:
                conn.execute(
                    update(t.submissions)
                    .where(t.submissions.c.id == submission_id)
                    .values(year=year, status=status, report_json=json.dumps(report), updated_at=now)
                )
            for row in file_rows:
                conn.execute(insert(t.files).values(submission_id=submission_id, message_row=message_row, **row))
            if reply is not None:
                conn.execute(
                    insert(t.outbox).values(
                        submission_id=submission_id,
                        state=t.PENDING,
                        attempts=0,
                        next_attempt_at=now,
                        created_at=now,
                        **reply,
                    )
                )
            conn.execute(
                update(t.messages)
                .where(t.messages.c.id == message_row)
                .values(
                    state=t.DONE,
                    submission_id=submission_id,
                    triage_folder=folder,
                    claimed_by=None,
                    error=None,
                )
            )
            return submission_id

    def submission_files(self, submission_id: int) -> list[dict[str, Any]]:
        """The files of a submission, in the order they were taken in."""
        with self.tx() as conn:
            rows = conn.execute(
                select(t.files).where(t.files.c.submission_id == submission_id).order_by(t.files.c.id)
            ).mappings()
            return [dict(r) for r in rows]

    def last_reply_at(self, recipient: str, submission_id: int) -> datetime | None:
        """When this sender was last sent an automatic reply about this submission."""
        with self.tx() as conn:
            value = conn.execute(
                select(func.max(t.outbox.c.created_at)).where(
                    and_(
                        t.outbox.c.recipient == recipient,
                        t.outbox.c.submission_id == submission_id,
                        t.outbox.c.kind == "auto",
                    )
                )
            ).scalar()
            return _aware(value)

    # -- reply ------------------------------------------------------------
    def due_outgoing(self, limit: int = 20) -> list[OutgoingMail]:
        """Replies whose time to (re)try has come."""
        with self.tx() as conn:
            rows = conn.execute(
                select(t.outbox)
                .where(and_(t.outbox.c.state == t.PENDING, t.outbox.c.next_attempt_at <= utcnow()))
                .order_by(t.outbox.c.id)
                .limit(limit)
            ).mappings()
            return [
                OutgoingMail(r["id"], r["recipient"], r["message_id"], r["raw"], r["attempts"], r["state"])
                for r in rows
            ]

    def in_flight(self) -> list[OutgoingMail]:
        """Replies whose sending was interrupted (state 'sending')."""
        with self.tx() as conn:
            rows = conn.execute(select(t.outbox).where(t.outbox.c.state == t.SENDING)).mappings()
            return [
                OutgoingMail(r["id"], r["recipient"], r["message_id"], r["raw"], r["attempts"], r["state"])
                for r in rows
            ]

    def mark_sending(self, outbox_id: int) -> bool:
        """Claim a reply for sending; False if someone else has it."""
        with self.tx() as conn:
            result = conn.execute(
                update(t.outbox)
                .where(and_(t.outbox.c.id == outbox_id, t.outbox.c.state == t.PENDING))
                .values(state=t.SENDING, attempts=t.outbox.c.attempts + 1)
            )
            return bool(result.rowcount)

    def mark_sent(self, outbox_id: int) -> None:
        """The relay accepted the reply."""
        with self.tx() as conn:
            conn.execute(
                update(t.outbox).where(t.outbox.c.id == outbox_id).values(state=t.SENT, sent_at=utcnow(), last_error=None)
            )

    def mark_retry(self, outbox_id: int, error: str, delay: timedelta) -> None:
        """The relay refused or was down: try again later."""
        with self.tx() as conn:
            conn.execute(
                update(t.outbox)
                .where(t.outbox.c.id == outbox_id)
                .values(state=t.PENDING, last_error=error[:2000], next_attempt_at=utcnow() + delay)
            )

    def mark_failed(self, outbox_id: int, error: str) -> None:
        """The relay refused the reply for good (kept for staff)."""
        with self.tx() as conn:
            conn.execute(
                update(t.outbox).where(t.outbox.c.id == outbox_id).values(state=t.FAILED, last_error=error[:2000])
            )

    # -- file ---------------------------------------------------------------
    def unfiled(self) -> list[dict[str, Any]]:
        """Processed (or quarantined) messages not yet moved into their triage folder."""
        with self.tx() as conn:
            rows = conn.execute(
                select(t.messages.c.id, t.messages.c.mailbox, t.messages.c.uidvalidity, t.messages.c.uid, t.messages.c.triage_folder)
                .where(
                    and_(
                        t.messages.c.state.in_([t.DONE, t.QUARANTINED]),
                        t.messages.c.filed.is_(False),
                    )
                )
                .order_by(t.messages.c.id)
            ).mappings()
            return [dict(r) for r in rows]

    def mark_filed(self, message_row: int) -> None:
        """The message sits in its triage folder now."""
        with self.tx() as conn:
            conn.execute(update(t.messages).where(t.messages.c.id == message_row).values(filed=True))

    # -- read side ------------------------------------------------------------
    def counts(self) -> dict[str, dict[str, int]]:
        """Messages by state, outbox by state, submissions by status."""
        with self.tx() as conn:
            def grouped(col: Any) -> dict[str, int]:
                return {str(k): int(v) for k, v in conn.execute(select(col, func.count()).group_by(col))}

            return {
                "messages": grouped(t.messages.c.state),
                "outbox": grouped(t.outbox.c.state),
                "submissions": grouped(t.submissions.c.status),
            }

    def list_submissions(self, status: str | None = None, query: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
        """Submissions newest first, optionally by status or a search term."""
        stmt = select(t.submissions).order_by(t.submissions.c.updated_at.desc(), t.submissions.c.id.desc()).limit(limit)
        if status:
            stmt = stmt.where(t.submissions.c.status == status)
        if query:
            like = f"%{query.lower()}%"
            stmt = stmt.where(
                or_(
                    func.lower(t.submissions.c.sender).like(like),
                    func.lower(t.submissions.c.company).like(like),
                    func.lower(t.submissions.c.reference).like(like),
                    func.lower(t.submissions.c.subject).like(like),
                )
            )
        with self.tx() as conn:
            return [dict(r) for r in conn.execute(stmt).mappings()]

    def get_submission(self, submission_id: int) -> dict[str, Any] | None:
        """One submission row, or None."""
        with self.tx() as conn:
            row = conn.execute(select(t.submissions).where(t.submissions.c.id == submission_id)).mappings().first()
            return dict(row) if row else None

    def submission_messages(self, submission_id: int) -> list[dict[str, Any]]:
        """The emails of a submission's thread, oldest first."""
        with self.tx() as conn:
            rows = conn.execute(
                select(t.messages).where(t.messages.c.submission_id == submission_id).order_by(t.messages.c.id)
            ).mappings()
            return [dict(r) for r in rows]

    def submission_outbox(self, submission_id: int) -> list[dict[str, Any]]:
        """The replies of a submission, oldest first."""
        with self.tx() as conn:
            rows = conn.execute(
                select(t.outbox).where(t.outbox.c.submission_id == submission_id).order_by(t.outbox.c.id)
            ).mappings()
            return [dict(r) for r in rows]

    def corrections(self) -> list[Correction]:
        """Every staff correction, oldest first."""
        with self.tx() as conn:
            rows = conn.execute(select(t.corrections).order_by(t.corrections.c.id)).mappings()
            return [Correction(r["member_path"], r["text"], r["label"], r["kind"]) for r in rows]


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def open_store(settings: Settings) -> Store:
    """Open (and create if needed) the store the settings name."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    url = settings.database_url
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    t.metadata.create_all(engine)
    return Store(engine, settings.data_dir)


def load_corrections(settings: Settings) -> list[Correction]:
    """Staff corrections for ``secor-intake train`` (none when there is no store yet)."""
    db = settings.data_dir / "secor.db"
    if settings.store.url is None and not db.exists():
        return []
    store = open_store(settings)
    try:
        return store.corrections()
    finally:
        store.close()
