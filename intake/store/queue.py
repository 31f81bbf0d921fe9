"""The queue of received messages: checkpoints, enqueueing, claims, failures, quarantine."""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Connection, and_, case, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

import intake.store.schema as t
from intake.failures import Failure
from intake.store.database import Database
from intake.store.helpers import aware, clean, mailbox_key, new_id, utcnow, write_atomic
from intake.store.rows import Checkpoint, QueuedMessage, StoredCopy


class Queue:
    """The queue of received messages: checkpoints, enqueueing, claims, failures, quarantine."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def highest_uid(self, mailbox: str, uidvalidity: int) -> int:
        """The highest UID of this mailbox generation already stored (0 if none)."""
        with self._db.tx() as conn:
            value = conn.execute(
                select(func.max(t.messages.c.uid)).where(
                    and_(t.messages.c.mailbox == mailbox, t.messages.c.uidvalidity == uidvalidity)
                )
            ).scalar()
            return int(value or 0)

    def checkpoint(self, mailbox: str) -> Checkpoint | None:
        """The receive checkpoint of MAILBOX, or None before its first receive."""
        with self._db.tx() as conn:
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
        with self._db.tx() as conn:
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
        with self._db.tx() as conn:
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
        raw_path = (
            self._db.data_dir / "messages" / mailbox_key(mailbox) / f"{uidvalidity}-{uid}.eml"
        )
        write_atomic(raw_path, raw)
        try:
            with self._db.tx() as conn:
                result = conn.execute(
                    insert(t.messages).values(
                        mailbox=mailbox,
                        uidvalidity=uidvalidity,
                        uid=uid,
                        message_id=clean(message_id, 500),
                        sender=clean(sender, 320),
                        subject=clean(subject, 2000) or "",
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
                return new_id(result)
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
        raw_path = self._db.data_dir / "messages" / mailbox_key(mailbox) / f"{digest}.eml"
        write_atomic(raw_path, raw)
        m = t.messages.c
        for _ in range(20):
            try:
                with self._db.tx() as conn:
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
                            message_id=clean(message_id, 500),
                            sender=clean(sender, 320),
                            subject=clean(subject, 2000) or "",
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
                    return new_id(result), True
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
            where.append(m.message_id == clean(message_id, 500))
        if sha256 is not None:
            where.append(m.sha256 == sha256)
        if message_id is None and sha256 is None:
            return []
        with self._db.tx() as conn:
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
        with self._db.tx() as conn:
            return int(
                conn.execute(
                    select(t.messages.c.size).where(t.messages.c.id == message_row)
                ).scalar()
                or 0
            )

    def rekey_message(self, message_row: int, uidvalidity: int, uid: int) -> bool:
        """Point a stored message at its UID in a new UIDVALIDITY generation; False if taken."""
        try:
            with self._db.tx() as conn:
                conn.execute(
                    update(t.messages)
                    .where(t.messages.c.id == message_row)
                    .values(uidvalidity=uidvalidity, uid=uid)
                )
            return True
        except IntegrityError:
            return False

    def release_stale_claims(
        self, older_than: timedelta = timedelta(minutes=30), *, workers: Collection[str] = ()
    ) -> int:
        """Put messages whose worker died mid-processing back in the queue.

        Claims older than OLDER_THAN are released, and every claim of WORKERS (a
        previous life of this worker, or a worker known dead) whatever its age.
        """
        limit = utcnow() - older_than
        m = t.messages.c
        stale = or_(m.claimed_at.is_(None), m.claimed_at < limit)
        if workers:
            stale = or_(stale, m.claimed_by.in_(list(workers)))
        with self._db.tx() as conn:
            result = conn.execute(
                update(t.messages)
                .where(and_(m.state == t.PROCESSING, stale))
                .values(state=t.QUEUED, claimed_by=None)
            )
            return int(result.rowcount)

    def claimers(self) -> list[str]:
        """The workers holding a message in processing now."""
        m = t.messages.c
        with self._db.tx() as conn:
            rows = conn.execute(
                select(m.claimed_by)
                .where(and_(m.state == t.PROCESSING, m.claimed_by.is_not(None)))
                .distinct()
            )
            return [str(r[0]) for r in rows]

    def claim_next(self, worker: str, skip: Collection[int] = ()) -> QueuedMessage | None:
        """Take the oldest queued message for this worker (attempts counted now), but none
        of the rows in SKIP.

        On PostgreSQL the row is locked with ``FOR UPDATE SKIP LOCKED`` so several
        workers never take the same message; the state check on the update makes
        the claim safe on SQLite too.
        """
        m = t.messages.c
        for _ in range(50):
            with self._db.tx() as conn:
                where = m.state == t.QUEUED
                if skip:
                    where = and_(where, m.id.not_in(list(skip)))
                query = select(t.messages).where(where).order_by(m.id).limit(1)
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
        values: dict[str, object] = {"state": t.QUEUED, "claimed_by": None}
        if refund:
            values["attempts"] = (
                func.max(m.attempts - 1, 0)
                if self._db.dialect == "sqlite"
                else func.greatest(m.attempts - 1, 0)
            )
        with self._db.tx() as conn:
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
        with self._db.tx() as conn:
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
                        failure=case(
                            (m.error.is_(None), Failure.NEVER_FINISHED.value), else_=m.failure
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
        failure: Failure | None = None,
    ) -> bool:
        """Record a failed attempt (ERROR, the technical reason, and FAILURE, its code for
        staff; None: read from ERROR when shown); after the last one, keep it for a person.

        With WORKER, only while this worker still holds the claim; returns whether it was recorded.
        """
        values: dict[str, object] = {
            "error": clean(error, 4000),
            "failure": failure.value if failure else None,
            "claimed_by": None,
        }
        if quarantine:
            values |= {"state": t.QUARANTINED, "triage_folder": folder}
        else:
            values |= {"state": t.QUEUED}
        m = t.messages.c
        where = m.id == message_row
        if worker is not None:
            where = and_(where, m.state == t.PROCESSING, m.claimed_by == worker)
        with self._db.tx() as conn:
            return bool(conn.execute(update(t.messages).where(where).values(**values)).rowcount)
