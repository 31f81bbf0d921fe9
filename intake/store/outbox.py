"""The replies waiting, being sent, sent and copied to the Sent folder."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select, update

import intake.store.schema as t
from intake.store.database import Database
from intake.store.helpers import aware, clean, utcnow
from intake.store.rows import OutgoingMail, outgoing_mail


class Outbox:
    """The replies waiting, being sent, sent and copied to the Sent folder."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def due(self, limit: int = 20) -> list[OutgoingMail]:
        """Replies whose time to (re)try has come."""
        with self._db.tx() as conn:
            rows = conn.execute(
                select(t.outbox)
                .where(and_(t.outbox.c.state == t.PENDING, t.outbox.c.next_attempt_at <= utcnow()))
                .order_by(t.outbox.c.id)
                .limit(limit)
            ).mappings()
            return [outgoing_mail(r) for r in rows]

    def next_due_at(self) -> datetime | None:
        """When the next waiting reply is due (None when none waits)."""
        with self._db.tx() as conn:
            value = conn.execute(
                select(func.min(t.outbox.c.next_attempt_at)).where(t.outbox.c.state == t.PENDING)
            ).scalar()
            return aware(value)

    def in_flight(self) -> list[OutgoingMail]:
        """Replies whose sending was interrupted (state 'sending')."""
        with self._db.tx() as conn:
            rows = conn.execute(select(t.outbox).where(t.outbox.c.state == t.SENDING)).mappings()
            return [outgoing_mail(r) for r in rows]

    def stuck_sending(
        self, older_than: timedelta, *, worker: str | None = None
    ) -> list[OutgoingMail]:
        """Replies left in 'sending' longer than OLDER_THAN, or by a previous life of WORKER."""
        o = t.outbox.c
        stale = or_(o.sending_at.is_(None), o.sending_at < utcnow() - older_than)
        if worker is not None:
            stale = or_(stale, o.worker == worker)
        with self._db.tx() as conn:
            rows = conn.execute(
                select(t.outbox).where(and_(o.state == t.SENDING, stale)).order_by(o.id)
            ).mappings()
            return [outgoing_mail(r) for r in rows]

    def mark_sending(self, outbox_id: int, worker: str | None = None) -> bool:
        """Claim a reply for sending; False if someone else has it."""
        return self.claim_to_send(outbox_id, worker) is not None

    def claim_to_send(
        self,
        outbox_id: int,
        worker: str | None = None,
        first_send: Callable[[bytes], bytes] | None = None,
    ) -> bytes | None:
        """Claim a reply for sending: the bytes to send, or None if someone else has it.

        The first time a reply is handed to a relay, FIRST_SEND rewrites its recorded
        bytes (its Date becomes the time it is sent, not the time it was queued or held);
        from then on the recorded bytes are sent as they are, so a retry or a resend in
        doubt is the same message. One transaction: the claim takes the write lock first.
        """
        o = t.outbox.c
        with self._db.tx() as conn:
            claimed = conn.execute(
                update(t.outbox)
                .where(and_(o.id == outbox_id, o.state == t.PENDING))
                .values(state=t.SENDING, attempts=o.attempts + 1, worker=worker)
            )
            if not claimed.rowcount:
                return None
            raw, before = conn.execute(select(o.raw, o.sending_at).where(o.id == outbox_id)).one()
            raw = bytes(raw)
            values: dict[str, object] = {"sending_at": utcnow()}
            if before is None and first_send is not None:  # never handed to a relay yet
                raw = first_send(raw)
                values["raw"] = raw
            conn.execute(update(t.outbox).where(o.id == outbox_id).values(**values))
            return raw

    def mark_sent(self, outbox_id: int, *, copied: bool = False) -> None:
        """The relay accepted the reply (COPIED: the Sent folder already holds it)."""
        values: dict[str, object] = {"state": t.SENT, "sent_at": utcnow(), "last_error": None}
        if copied:
            values["copied"] = True
        with self._db.tx() as conn:
            conn.execute(update(t.outbox).where(t.outbox.c.id == outbox_id).values(**values))

    def mark_retry(self, outbox_id: int, error: str, delay: timedelta) -> None:
        """The relay refused or was down: try again later."""
        with self._db.tx() as conn:
            conn.execute(
                update(t.outbox)
                .where(t.outbox.c.id == outbox_id)
                .values(
                    state=t.PENDING,
                    last_error=clean(error, 2000),
                    next_attempt_at=utcnow() + delay,
                    worker=None,
                )
            )

    def mark_failed(self, outbox_id: int, error: str) -> None:
        """The relay refused the reply for good (kept for staff)."""
        with self._db.tx() as conn:
            conn.execute(
                update(t.outbox)
                .where(t.outbox.c.id == outbox_id)
                .values(state=t.FAILED, last_error=clean(error, 2000), worker=None)
            )

    def uncopied(self, limit: int = 50) -> list[OutgoingMail]:
        """Sent replies whose copy is not in the Sent folder yet."""
        o = t.outbox.c
        with self._db.tx() as conn:
            rows = conn.execute(
                select(t.outbox)
                .where(and_(o.state == t.SENT, o.copied.is_(False)))
                .order_by(o.id)
                .limit(limit)
            ).mappings()
            return [outgoing_mail(r) for r in rows]

    def mark_copy_started(self, outbox_ids: Sequence[int]) -> None:
        """Appends to the Sent folder are about to start (a retry looks for a copy first)."""
        if not outbox_ids:
            return
        with self._db.tx() as conn:
            conn.execute(
                update(t.outbox)
                .where(t.outbox.c.id.in_(list(outbox_ids)))
                .values(copy_started_at=utcnow())
            )

    def mark_copied(self, outbox_id: int) -> None:
        """The Sent folder holds a copy of the reply now."""
        with self._db.tx() as conn:
            conn.execute(update(t.outbox).where(t.outbox.c.id == outbox_id).values(copied=True))

    def replies_since(self, recipient: str, since: datetime) -> int:
        """How many automatic replies went (or wait to go) to RECIPIENT since SINCE."""
        with self._db.tx() as conn:
            value = conn.execute(
                select(func.count()).where(
                    and_(
                        func.lower(t.outbox.c.recipient) == recipient.lower(),
                        t.outbox.c.created_at >= since,
                        t.outbox.c.kind == t.REPLY_AUTO,
                    )
                )
            ).scalar()
            return int(value or 0)

    def last_reply_at(self, recipient: str, submission_id: int) -> datetime | None:
        """When this sender was last sent an automatic reply about this submission."""
        with self._db.tx() as conn:
            value = conn.execute(
                select(func.max(t.outbox.c.created_at)).where(
                    and_(
                        t.outbox.c.recipient == recipient,
                        t.outbox.c.submission_id == submission_id,
                        t.outbox.c.kind == t.REPLY_AUTO,
                    )
                )
            ).scalar()
            return aware(value)
