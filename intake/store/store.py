"""Store operations, each one transaction, named for the stage that calls it."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError

from core.config import Settings
from intake.corrections import Correction
from intake.store import schema as t
from intake.store.migrate import upgrade


def utcnow() -> datetime:
    """Now, timezone-aware (UTC)."""
    return datetime.now(UTC)


def aware(value: datetime | None) -> datetime | None:
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


class ClaimLost(Exception):
    """The message is no longer claimed by this worker (its claim was released meanwhile)."""


def _new_id(result: Any) -> int:
    """The primary key an INSERT produced."""
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _outgoing(r: Any) -> OutgoingMail:
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


def _clean(value: str | None, limit: int | None = None) -> str | None:
    """A string PostgreSQL accepts (no NUL), cut to the column's length."""
    if value is None:
        return None
    value = value.replace("\x00", "")
    return value[:limit] if limit is not None else value


def _clean_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _clean(v) if isinstance(v, str) else v for k, v in row.items()}


def mailbox_key(mailbox: str) -> str:
    """A folder name usable in a file name: readable part plus a short hash."""
    readable = re.sub(r"[^A-Za-z0-9._-]+", "_", mailbox)[:40].strip("._") or "mailbox"
    return f"{readable}-{hashlib.sha256(mailbox.encode()).hexdigest()[:8]}"


def _write_atomic(path: Path, data: bytes) -> None:
    """Write DATA to PATH durably; concurrent writers of the same path never mix bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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

    @contextmanager
    def exclusive(self, name: str) -> Iterator[bool]:
        """Whether this worker may do the job NAME now, no other worker doing it meanwhile.

        On PostgreSQL a transaction-level advisory lock, held until the block ends (or the
        worker's connection dies); on SQLite always True (one service per store).
        """
        if self.engine.dialect.name != "postgresql":
            yield True
            return
        key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
        with self.engine.begin() as conn:
            got = bool(
                conn.execute(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": key}).scalar()
            )
            yield got

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
    def highest_uid(self, mailbox: str, uidvalidity: int) -> int:
        """The highest UID of this mailbox generation already stored (0 if none)."""
        with self.tx() as conn:
            value = conn.execute(
                select(func.max(t.messages.c.uid)).where(
                    and_(t.messages.c.mailbox == mailbox, t.messages.c.uidvalidity == uidvalidity)
                )
            ).scalar()
            return int(value or 0)

    def checkpoint(self, mailbox: str) -> Checkpoint | None:
        """The receive checkpoint of MAILBOX, or None before its first receive."""
        with self.tx() as conn:
            row = (
                conn.execute(select(t.checkpoints).where(t.checkpoints.c.mailbox == mailbox))
                .mappings()
                .first()
            )
        if row is None:
            return None
        return Checkpoint(
            row["mailbox"],
            int(row["uidvalidity"]),
            int(row["last_uid"]),
            aware(row["updated_at"]) or utcnow(),
        )

    def checkpoints(self) -> list[Checkpoint]:
        """Every folder's checkpoint, by name."""
        with self.tx() as conn:
            rows = conn.execute(select(t.checkpoints).order_by(t.checkpoints.c.mailbox)).mappings()
            return [
                Checkpoint(
                    r["mailbox"],
                    int(r["uidvalidity"]),
                    int(r["last_uid"]),
                    aware(r["updated_at"]) or utcnow(),
                )
                for r in rows
            ]

    def set_checkpoint(self, mailbox: str, uidvalidity: int, last_uid: int) -> None:
        """Advance the checkpoint (never backwards within a generation; a new one replaces it)."""
        with self.tx() as conn:
            self._advance(conn, mailbox, uidvalidity, last_uid)

    @staticmethod
    def _advance(conn: Connection, mailbox: str, uidvalidity: int, last_uid: int) -> None:
        c = t.checkpoints.c
        now = utcnow()
        same = conn.execute(
            update(t.checkpoints)
            .where(and_(c.mailbox == mailbox, c.uidvalidity == uidvalidity))
            .values(
                last_uid=func.max(c.last_uid, last_uid)
                if conn.dialect.name == "sqlite"
                else func.greatest(c.last_uid, last_uid),
                updated_at=now,
            )
        )
        if same.rowcount:
            return
        other = conn.execute(
            update(t.checkpoints)
            .where(c.mailbox == mailbox)
            .values(uidvalidity=uidvalidity, last_uid=last_uid, updated_at=now)
        )
        if not other.rowcount:
            conn.execute(
                insert(t.checkpoints).values(
                    mailbox=mailbox, uidvalidity=uidvalidity, last_uid=last_uid, updated_at=now
                )
            )

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
        size: int | None = None,
        checkpoint: bool = False,
        arrived_at: datetime | None = None,
    ) -> int | None:
        """Keep the raw message on disk, then queue it; None if it was already stored.

        SIZE is the size the server reports (kept to recognise the message after a
        UIDVALIDITY change); with CHECKPOINT the folder's checkpoint advances to UID in
        the same transaction.
        """
        raw_path = self.data_dir / "messages" / mailbox_key(mailbox) / f"{uidvalidity}-{uid}.eml"
        _write_atomic(raw_path, raw)
        try:
            with self.tx() as conn:
                result = conn.execute(
                    insert(t.messages).values(
                        mailbox=mailbox,
                        uidvalidity=uidvalidity,
                        uid=uid,
                        message_id=_clean(message_id, 500),
                        sender=_clean(sender, 320),
                        subject=_clean(subject, 2000) or "",
                        size=len(raw) if size is None else size,
                        sha256=hashlib.sha256(raw).hexdigest(),
                        raw_path=str(raw_path),
                        received_at=utcnow(),
                        state=t.QUEUED,
                        attempts=0,
                        filed=False,
                        source=t.SOURCE_IMAP,
                        arrived_at=arrived_at,
                    )
                )
                if checkpoint:
                    self._advance(conn, mailbox, uidvalidity, uid)
                return _new_id(result)
        except IntegrityError:
            if checkpoint:
                self.set_checkpoint(mailbox, uidvalidity, uid)
            return None

    def enqueue_inbound(
        self,
        *,
        mailbox: str,
        raw: bytes,
        message_id: str | None,
        sender: str | None,
        subject: str,
    ) -> tuple[int, bool]:
        """Queue a message the SMTP/LMTP listener accepted; (row, False) if it was already stored.

        Such messages are numbered in MAILBOX (UIDVALIDITY 1) and never filed over IMAP.
        The same bytes delivered twice (a sender retrying after a lost reply) are kept once.
        """
        digest = hashlib.sha256(raw).hexdigest()
        raw_path = self.data_dir / "messages" / mailbox_key(mailbox) / f"{digest}.eml"
        _write_atomic(raw_path, raw)
        m = t.messages.c
        for _ in range(20):
            try:
                with self.tx() as conn:
                    known = conn.execute(
                        select(m.id).where(and_(m.mailbox == mailbox, m.sha256 == digest)).limit(1)
                    ).scalar()
                    if known is not None:
                        return int(known), False
                    last = conn.execute(
                        select(func.max(m.uid)).where(m.mailbox == mailbox)
                    ).scalar()
                    result = conn.execute(
                        insert(t.messages).values(
                            mailbox=mailbox,
                            uidvalidity=1,
                            uid=int(last or 0) + 1,
                            message_id=_clean(message_id, 500),
                            sender=_clean(sender, 320),
                            subject=_clean(subject, 2000) or "",
                            size=len(raw),
                            sha256=digest,
                            raw_path=str(raw_path),
                            received_at=utcnow(),
                            state=t.QUEUED,
                            attempts=0,
                            filed=True,  # nothing to move: the original stays with the sender
                            source=t.SOURCE_INBOUND,
                        )
                    )
                    return _new_id(result), True
            except IntegrityError:
                continue  # another worker took that number at the same moment
        raise RuntimeError("could not number an inbound message after 20 tries")

    def stored_copies(
        self, mailbox: str, *, message_id: str | None = None, sha256: str | None = None
    ) -> list[StoredCopy]:
        """Stored messages of MAILBOX (any generation) with this Message-ID or content hash."""
        m = t.messages.c
        where = [m.mailbox == mailbox]
        if message_id is not None:
            where.append(m.message_id == _clean(message_id, 500))
        if sha256 is not None:
            where.append(m.sha256 == sha256)
        if message_id is None and sha256 is None:
            return []
        with self.tx() as conn:
            rows = conn.execute(
                select(m.id, m.uidvalidity, m.uid, m.filed, m.state, m.size)
                .where(and_(*where))
                .order_by(m.id)
            ).mappings()
            return [
                StoredCopy(
                    int(r["id"]),
                    int(r["uidvalidity"]),
                    int(r["uid"]),
                    bool(r["filed"]),
                    r["state"],
                    int(r["size"] or 0),
                )
                for r in rows
            ]

    def message_size(self, message_row: int) -> int:
        """The size recorded for a stored message."""
        with self.tx() as conn:
            return int(
                conn.execute(
                    select(t.messages.c.size).where(t.messages.c.id == message_row)
                ).scalar()
                or 0
            )

    def rekey_message(self, message_row: int, uidvalidity: int, uid: int) -> bool:
        """Point a stored message at its UID in a new UIDVALIDITY generation; False if taken."""
        try:
            with self.tx() as conn:
                conn.execute(
                    update(t.messages)
                    .where(t.messages.c.id == message_row)
                    .values(uidvalidity=uidvalidity, uid=uid)
                )
            return True
        except IntegrityError:
            return False

    # -- process ----------------------------------------------------------
    def release_stale_claims(
        self, older_than: timedelta = timedelta(minutes=30), *, worker: str | None = None
    ) -> int:
        """Put messages whose worker died mid-processing back in the queue.

        Claims older than OLDER_THAN are released, and every claim of WORKER (a
        previous life of this worker) whatever its age.
        """
        limit = utcnow() - older_than
        m = t.messages.c
        stale = or_(m.claimed_at.is_(None), m.claimed_at < limit)
        if worker is not None:
            stale = or_(stale, m.claimed_by == worker)
        with self.tx() as conn:
            result = conn.execute(
                update(t.messages)
                .where(and_(m.state == t.PROCESSING, stale))
                .values(state=t.QUEUED, claimed_by=None)
            )
            return int(result.rowcount)

    def claim_next(self, worker: str) -> QueuedMessage | None:
        """Take the oldest queued message for this worker (attempts counted now).

        On PostgreSQL the row is locked with ``FOR UPDATE SKIP LOCKED`` so several
        workers never take the same message; the state check on the update makes
        the claim safe on SQLite too.
        """
        m = t.messages.c
        for _ in range(50):
            with self.tx() as conn:
                query = select(t.messages).where(m.state == t.QUEUED).order_by(m.id).limit(1)
                if conn.dialect.name == "postgresql":
                    query = query.with_for_update(skip_locked=True)
                row = conn.execute(query).mappings().first()
                if row is None:
                    return None
                claimed = conn.execute(
                    update(t.messages)
                    .where(and_(m.id == row["id"], m.state == t.QUEUED))
                    .values(
                        state=t.PROCESSING,
                        claimed_by=worker,
                        claimed_at=utcnow(),
                        attempts=m.attempts + 1,
                    )
                )
                if not claimed.rowcount:
                    continue  # another worker was quicker
                return QueuedMessage(
                    id=row["id"],
                    mailbox=row["mailbox"],
                    uidvalidity=row["uidvalidity"],
                    uid=row["uid"],
                    raw_path=Path(row["raw_path"]),
                    attempts=row["attempts"] + 1,
                    source=row["source"] or t.SOURCE_IMAP,
                )
        return None

    def release_claim(self, message_row: int, worker: str, *, refund: bool = False) -> bool:
        """Put one message this worker holds back in the queue (REFUND: its attempt not counted)."""
        m = t.messages.c
        values: dict[str, Any] = {"state": t.QUEUED, "claimed_by": None}
        if refund:
            values["attempts"] = (
                func.max(m.attempts - 1, 0)
                if self.engine.dialect.name == "sqlite"
                else func.greatest(m.attempts - 1, 0)
            )
        with self.tx() as conn:
            result = conn.execute(
                update(t.messages)
                .where(and_(m.id == message_row, m.state == t.PROCESSING, m.claimed_by == worker))
                .values(**values)
            )
            return bool(result.rowcount)

    def quarantine_exhausted(self, max_attempts: int, folder: str) -> list[int]:
        """Set aside queued messages already tried MAX_ATTEMPTS times (a crash mid-processing
        counts: attempts are counted when claimed); returns their rows."""
        m = t.messages.c
        with self.tx() as conn:
            rows = [
                int(r[0])
                for r in conn.execute(
                    select(m.id).where(and_(m.state == t.QUEUED, m.attempts >= max_attempts))
                )
            ]
            if rows:
                conn.execute(
                    update(t.messages)
                    .where(and_(m.id.in_(rows), m.state == t.QUEUED))
                    .values(
                        state=t.QUARANTINED,
                        triage_folder=folder,
                        claimed_by=None,
                        error=func.coalesce(
                            m.error, "processing never finished (the service stopped or crashed)"
                        ),
                    )
                )
            return rows

    def fail_message(
        self,
        message_row: int,
        error: str,
        *,
        quarantine: bool,
        folder: str,
        worker: str | None = None,
    ) -> bool:
        """Record a failed attempt; after the last one, keep it for a person (never drop).

        With WORKER, only while this worker still holds the claim; returns whether it was recorded.
        """
        values: dict[str, Any] = {"error": _clean(error, 4000), "claimed_by": None}
        if quarantine:
            values |= {"state": t.QUARANTINED, "triage_folder": folder}
        else:
            values |= {"state": t.QUEUED}
        m = t.messages.c
        where = m.id == message_row
        if worker is not None:
            where = and_(where, m.state == t.PROCESSING, m.claimed_by == worker)
        with self.tx() as conn:
            return bool(conn.execute(update(t.messages).where(where).values(**values)).rowcount)

    def find_submission(self, sender: str | None, thread_ids: Sequence[str]) -> int | None:
        """The submission a follow-up belongs to by its thread: it answers one of our own mails.

        Only the Message-IDs of mail we sent count (issue 13): an employer's own
        Message-ID can be known to others, our reply reached only its recipient.
        """
        with self.tx() as conn:
            for mid in thread_ids:
                found = conn.execute(
                    select(t.outbox.c.submission_id).where(t.outbox.c.message_id == mid).limit(1)
                ).scalar()
                if found is not None:
                    return int(found)
            return None

    def open_submission_of(self, sender: str, since: datetime) -> int | None:
        """The sender's latest submission still waiting for items (updated since SINCE)."""
        waiting = ("incomplete", "needs_review", "over_submitted")
        with self.tx() as conn:
            found = conn.execute(
                select(t.submissions.c.id)
                .where(
                    and_(
                        t.submissions.c.sender == sender,
                        t.submissions.c.status.in_(waiting),
                        t.submissions.c.review_state == t.OPEN,
                        t.submissions.c.updated_at >= since,
                    )
                )
                .order_by(t.submissions.c.updated_at.desc(), t.submissions.c.id.desc())
                .limit(1)
            ).scalar()
            return int(found) if found is not None else None

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
        worker: str | None = None,
        linked_to: int | None = None,
        kind: str = t.KIND_SUBMISSION,
        reply_state: str = t.PENDING,
        company: str | None = None,
    ) -> int:
        """Store a processed message's submission, files and reply in one transaction.

        With WORKER, raises ClaimLost (and stores nothing) when the message is no longer
        this worker's: another worker took it over after the claim went stale. KIND is
        what the message is; a message that is not a submission (an out-of-office
        answer in a submission's thread) is attached to an existing submission without
        changing its status or report. REPLY_STATE is ``held`` when the reply waits for
        staff to approve it.
        """
        now = utcnow()
        m = t.messages.c
        with self.tx() as conn:
            guard = m.id == message_row
            if worker is not None:
                guard = and_(guard, m.state == t.PROCESSING, m.claimed_by == worker)
            done = conn.execute(
                update(t.messages)
                .where(guard)
                .values(state=t.DONE, triage_folder=folder, claimed_by=None, error=None)
            )
            if worker is not None and not done.rowcount:
                raise ClaimLost(f"message {message_row} is no longer claimed by {worker}")
            subject = _clean(subject) or ""
            sender = _clean(sender, 320)
            if submission_id is None:
                submission_id = _new_id(
                    conn.execute(
                        insert(t.submissions).values(
                            reference=reference,
                            sender=sender,
                            subject=subject,
                            year=year,
                            status=status,
                            report_json=json.dumps(report),
                            thread_ids=_clean(" ".join(thread_ids)),
                            created_at=now,
                            updated_at=now,
                            review_state=t.OPEN,
                            linked_to=linked_to,
                            kind=kind,
                            company=_clean(company, 300),
                        )
                    )
                )
            elif kind == t.KIND_SUBMISSION:
                conn.execute(
                    update(t.submissions)
                    .where(t.submissions.c.id == submission_id)
                    .values(
                        year=year,
                        status=status,
                        report_json=json.dumps(report),
                        updated_at=now,
                        kind=kind,
                    )
                )
                if company:  # a follow-up may name the company the first email did not
                    conn.execute(
                        update(t.submissions)
                        .where(t.submissions.c.id == submission_id)
                        .where(t.submissions.c.company.is_(None))
                        .values(company=_clean(company, 300))
                    )
            for row in file_rows:
                conn.execute(
                    insert(t.files).values(
                        submission_id=submission_id, message_row=message_row, **_clean_row(row)
                    )
                )
            if reply is not None:
                conn.execute(
                    insert(t.outbox).values(
                        submission_id=submission_id,
                        state=reply_state,
                        attempts=0,
                        next_attempt_at=now,
                        created_at=now,
                        copied=False,
                        **_clean_row(reply),
                    )
                )
            conn.execute(
                update(t.messages).where(m.id == message_row).values(submission_id=submission_id)
            )
            return submission_id

    def submission_files(self, submission_id: int) -> list[dict[str, Any]]:
        """The files of a submission, in the order they were taken in."""
        with self.tx() as conn:
            rows = conn.execute(
                select(t.files)
                .where(t.files.c.submission_id == submission_id)
                .order_by(t.files.c.id)
            ).mappings()
            return [dict(r) for r in rows]

    def replies_since(self, recipient: str, since: datetime) -> int:
        """How many automatic replies went (or wait to go) to RECIPIENT since SINCE."""
        with self.tx() as conn:
            value = conn.execute(
                select(func.count()).where(
                    and_(
                        func.lower(t.outbox.c.recipient) == recipient.lower(),
                        t.outbox.c.created_at >= since,
                        t.outbox.c.kind == "auto",
                    )
                )
            ).scalar()
            return int(value or 0)

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
            return aware(value)

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
            return [_outgoing(r) for r in rows]

    def next_outgoing_at(self) -> datetime | None:
        """When the next waiting reply is due (None when none waits)."""
        with self.tx() as conn:
            value = conn.execute(
                select(func.min(t.outbox.c.next_attempt_at)).where(t.outbox.c.state == t.PENDING)
            ).scalar()
            return aware(value)

    def in_flight(self) -> list[OutgoingMail]:
        """Replies whose sending was interrupted (state 'sending')."""
        with self.tx() as conn:
            rows = conn.execute(select(t.outbox).where(t.outbox.c.state == t.SENDING)).mappings()
            return [_outgoing(r) for r in rows]

    def stuck_sending(
        self, older_than: timedelta, *, worker: str | None = None
    ) -> list[OutgoingMail]:
        """Replies left in 'sending' longer than OLDER_THAN, or by a previous life of WORKER."""
        o = t.outbox.c
        stale = or_(o.sending_at.is_(None), o.sending_at < utcnow() - older_than)
        if worker is not None:
            stale = or_(stale, o.worker == worker)
        with self.tx() as conn:
            rows = conn.execute(
                select(t.outbox).where(and_(o.state == t.SENDING, stale)).order_by(o.id)
            ).mappings()
            return [_outgoing(r) for r in rows]

    def mark_sending(self, outbox_id: int, worker: str | None = None) -> bool:
        """Claim a reply for sending; False if someone else has it."""
        with self.tx() as conn:
            result = conn.execute(
                update(t.outbox)
                .where(and_(t.outbox.c.id == outbox_id, t.outbox.c.state == t.PENDING))
                .values(
                    state=t.SENDING,
                    attempts=t.outbox.c.attempts + 1,
                    sending_at=utcnow(),
                    worker=worker,
                )
            )
            return bool(result.rowcount)

    def mark_sent(self, outbox_id: int, *, copied: bool = False) -> None:
        """The relay accepted the reply (COPIED: the Sent folder already holds it)."""
        values: dict[str, Any] = {"state": t.SENT, "sent_at": utcnow(), "last_error": None}
        if copied:
            values["copied"] = True
        with self.tx() as conn:
            conn.execute(update(t.outbox).where(t.outbox.c.id == outbox_id).values(**values))

    def mark_retry(self, outbox_id: int, error: str, delay: timedelta) -> None:
        """The relay refused or was down: try again later."""
        with self.tx() as conn:
            conn.execute(
                update(t.outbox)
                .where(t.outbox.c.id == outbox_id)
                .values(
                    state=t.PENDING,
                    last_error=_clean(error, 2000),
                    next_attempt_at=utcnow() + delay,
                    worker=None,
                )
            )

    def mark_failed(self, outbox_id: int, error: str) -> None:
        """The relay refused the reply for good (kept for staff)."""
        with self.tx() as conn:
            conn.execute(
                update(t.outbox)
                .where(t.outbox.c.id == outbox_id)
                .values(state=t.FAILED, last_error=_clean(error, 2000), worker=None)
            )

    def uncopied_sent(self, limit: int = 50) -> list[OutgoingMail]:
        """Sent replies whose copy is not in the Sent folder yet."""
        o = t.outbox.c
        with self.tx() as conn:
            rows = conn.execute(
                select(t.outbox)
                .where(and_(o.state == t.SENT, o.copied.is_(False)))
                .order_by(o.id)
                .limit(limit)
            ).mappings()
            return [_outgoing(r) for r in rows]

    def mark_copy_started(self, outbox_ids: Sequence[int]) -> None:
        """Appends to the Sent folder are about to start (a retry looks for a copy first)."""
        if not outbox_ids:
            return
        with self.tx() as conn:
            conn.execute(
                update(t.outbox)
                .where(t.outbox.c.id.in_(list(outbox_ids)))
                .values(copy_started_at=utcnow())
            )

    def mark_copied(self, outbox_id: int) -> None:
        """The Sent folder holds a copy of the reply now."""
        with self.tx() as conn:
            conn.execute(update(t.outbox).where(t.outbox.c.id == outbox_id).values(copied=True))

    # -- file ---------------------------------------------------------------
    def unfiled(self) -> list[dict[str, Any]]:
        """Processed (or quarantined) IMAP messages not yet moved into their triage folder."""
        m = t.messages.c
        with self.tx() as conn:
            rows = conn.execute(
                select(
                    m.id,
                    m.mailbox,
                    m.uidvalidity,
                    m.uid,
                    m.triage_folder,
                    m.message_id,
                    m.filing_at,
                )
                .where(
                    and_(
                        m.state.in_([t.DONE, t.QUARANTINED]),
                        m.filed.is_(False),
                        m.source == t.SOURCE_IMAP,
                    )
                )
                .order_by(m.id)
            ).mappings()
            return [dict(r) for r in rows]

    def mark_filing(self, message_rows: Sequence[int]) -> None:
        """A copy into the triage folder is about to start (a retry checks for a copy first)."""
        if not message_rows:
            return
        with self.tx() as conn:
            conn.execute(
                update(t.messages)
                .where(t.messages.c.id.in_(list(message_rows)))
                .values(filing_at=utcnow())
            )

    def mark_filed(self, message_row: int) -> None:
        """The message sits in its triage folder now."""
        with self.tx() as conn:
            conn.execute(
                update(t.messages).where(t.messages.c.id == message_row).values(filed=True)
            )

    # -- operations -----------------------------------------------------------
    def ping(self) -> None:
        """Raise if the database cannot be reached."""
        with self.tx() as conn:
            conn.execute(text("SELECT 1"))

    def heartbeat(self, worker: str, info: dict[str, Any]) -> None:
        """Record that WORKER completed a cycle (what ``status`` and the health check read)."""
        now = utcnow()
        value = json.dumps({"at": now.isoformat(), **info})
        key = f"heartbeat:{worker}"[:100]
        with self.tx() as conn:
            done = conn.execute(update(t.meta).where(t.meta.c.key == key).values(value=value))
            if not done.rowcount:
                conn.execute(insert(t.meta).values(key=key, value=value))

    def heartbeats(self, *, keep_days: float = 7.0) -> dict[str, dict[str, Any]]:
        """The latest heartbeat of each worker (those silent for KEEP_DAYS are forgotten)."""
        cutoff = utcnow() - timedelta(days=keep_days)
        found: dict[str, dict[str, Any]] = {}
        old: list[str] = []
        with self.tx() as conn:
            for key, value in conn.execute(
                select(t.meta.c.key, t.meta.c.value).where(t.meta.c.key.like("heartbeat:%"))
            ):
                try:
                    data = json.loads(value)
                    at = datetime.fromisoformat(str(data["at"]))
                except (ValueError, KeyError, TypeError):
                    old.append(key)
                    continue
                if at < cutoff:
                    old.append(key)
                else:
                    found[key.removeprefix("heartbeat:")] = data
            if old:
                conn.execute(delete(t.meta).where(t.meta.c.key.in_(old)))
        return found

    def queue_stats(self) -> dict[str, Any]:
        """What waits: queued messages and the oldest one's age, the outbox backlog."""
        m, o = t.messages.c, t.outbox.c
        now = utcnow()
        with self.tx() as conn:
            oldest_queued = aware(
                conn.execute(select(func.min(m.received_at)).where(m.state == t.QUEUED)).scalar()
            )
            oldest_pending = aware(
                conn.execute(
                    select(func.min(o.created_at)).where(o.state.in_([t.PENDING, t.SENDING]))
                ).scalar()
            )
            messages = {
                str(k): int(v)
                for k, v in conn.execute(select(m.state, func.count()).group_by(m.state))
            }
            outbox = {
                str(k): int(v)
                for k, v in conn.execute(select(o.state, func.count()).group_by(o.state))
            }
            unfiled = int(
                conn.execute(
                    select(func.count()).where(
                        and_(
                            m.state.in_([t.DONE, t.QUARANTINED]),
                            m.filed.is_(False),
                            m.source == t.SOURCE_IMAP,
                        )
                    )
                ).scalar()
                or 0
            )
            uncopied = int(
                conn.execute(
                    select(func.count()).where(and_(o.state == t.SENT, o.copied.is_(False)))
                ).scalar()
                or 0
            )
        return {
            "queued": messages.get(t.QUEUED, 0),
            "processing": messages.get(t.PROCESSING, 0),
            "quarantined": messages.get(t.QUARANTINED, 0),
            "done": messages.get(t.DONE, 0),
            "unfiled": unfiled,
            "oldest_queued_seconds": (now - oldest_queued).total_seconds()
            if oldest_queued
            else None,
            "outbox_pending": outbox.get(t.PENDING, 0),
            "outbox_sending": outbox.get(t.SENDING, 0),
            "outbox_failed": outbox.get(t.FAILED, 0),
            "outbox_sent": outbox.get(t.SENT, 0),
            "outbox_uncopied": uncopied,
            "oldest_reply_waiting_seconds": (now - oldest_pending).total_seconds()
            if oldest_pending
            else None,
        }

    # -- read side ------------------------------------------------------------
    def counts(self) -> dict[str, dict[str, int]]:
        """Messages by state, outbox by state, submissions by status."""
        with self.tx() as conn:

            def grouped(col: Any) -> dict[str, int]:
                return {
                    str(k): int(v) for k, v in conn.execute(select(col, func.count()).group_by(col))
                }

            return {
                "messages": grouped(t.messages.c.state),
                "outbox": grouped(t.outbox.c.state),
                "submissions": grouped(t.submissions.c.status),
            }

    def list_submissions(
        self, status: str | None = None, query: str | None = None, limit: int = 200
    ) -> list[dict[str, Any]]:
        """Submissions newest first, optionally by status or a search term."""
        stmt = (
            select(t.submissions)
            .order_by(t.submissions.c.updated_at.desc(), t.submissions.c.id.desc())
            .limit(limit)
        )
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
            row = (
                conn.execute(select(t.submissions).where(t.submissions.c.id == submission_id))
                .mappings()
                .first()
            )
            return dict(row) if row else None

    def submission_messages(self, submission_id: int) -> list[dict[str, Any]]:
        """The emails of a submission's thread, oldest first."""
        with self.tx() as conn:
            rows = conn.execute(
                select(t.messages)
                .where(t.messages.c.submission_id == submission_id)
                .order_by(t.messages.c.id)
            ).mappings()
            return [dict(r) for r in rows]

    def submission_outbox(self, submission_id: int) -> list[dict[str, Any]]:
        """The replies of a submission, oldest first."""
        with self.tx() as conn:
            rows = conn.execute(
                select(t.outbox)
                .where(t.outbox.c.submission_id == submission_id)
                .order_by(t.outbox.c.id)
            ).mappings()
            return [dict(r) for r in rows]

    def corrections(self) -> list[Correction]:
        """Every staff correction, oldest first."""
        with self.tx() as conn:
            rows = conn.execute(select(t.corrections).order_by(t.corrections.c.id)).mappings()
            return [Correction(r["member_path"], r["text"], r["label"], r["kind"]) for r in rows]


def secure_data_dir(data_dir: Path, *, sqlite: bool = True) -> None:
    """The data folder readable by its owner only (0700), the SQLite files too (0600).

    It holds password hashes, every stored email and every document's text. The
    database is created 0600 before SQLite opens it (its -wal and -shm copy its mode);
    files already there from an older version are tightened.
    """
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(data_dir, 0o700)
    db = data_dir / "secor.db"
    if sqlite and not db.exists():
        os.close(os.open(db, os.O_WRONLY | os.O_CREAT, 0o600))
    for name in ("secor.db", "secor.db-wal", "secor.db-shm", "secor.db-journal"):
        path = data_dir / name
        if path.is_file() and not path.is_symlink():
            os.chmod(path, 0o600)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def open_store(settings: Settings) -> Store:
    """Open (and create or extend if needed) the store the settings name."""
    secure_data_dir(settings.data_dir, sqlite=settings.store.url is None)
    url = settings.database_url
    # pre-ping: a connection the database dropped (restart, failover) is replaced, not used
    # hide_parameters: a database error never carries a message's subject or text into a log
    engine = create_engine(url, future=True, pool_pre_ping=True, hide_parameters=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    upgrade(engine)
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
