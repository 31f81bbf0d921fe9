"""The service's health: heartbeats, the queue's figures, counts, the key-value table."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, func, select, text

import intake.store.schema as t
from intake.store.database import Database
from intake.store.helpers import aware, put_meta, utcnow
from intake.store.rows import Heartbeat, QueueStats


class Ops:
    """The service's health: heartbeats, the queue's figures, counts, the key-value table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def ping(self) -> None:
        """Raise if the database cannot be reached."""
        with self._db.tx() as conn:
            conn.execute(text("SELECT 1"))

    def heartbeat(self, worker: str, cycles: int) -> None:
        """Record that WORKER completed its CYCLES-th cycle (``status`` and the health check)."""
        value = json.dumps(Heartbeat(utcnow(), cycles).as_dict())
        key = f"heartbeat:{worker}"[:100]
        with self._db.tx() as conn:
            put_meta(conn, key, value)

    def heartbeats(self, *, keep_days: float = 7.0) -> dict[str, Heartbeat]:
        """The latest heartbeat of each worker (those silent for KEEP_DAYS are forgotten)."""
        cutoff = utcnow() - timedelta(days=keep_days)
        found: dict[str, Heartbeat] = {}
        old: list[str] = []
        with self._db.tx() as conn:
            for key, value in conn.execute(
                select(t.meta.c.key, t.meta.c.value).where(t.meta.c.key.like("heartbeat:%"))
            ):
                try:
                    data = json.loads(value)
                    at = aware(datetime.fromisoformat(str(data["at"]))) or utcnow()
                    beat = Heartbeat(at, int(data.get("cycles") or 0))
                except (ValueError, KeyError, TypeError, AttributeError):
                    old.append(key)
                    continue
                if at < cutoff:
                    old.append(key)
                else:
                    found[key.removeprefix("heartbeat:")] = beat
            if old:
                conn.execute(delete(t.meta).where(t.meta.c.key.in_(old)))
        return found

    def queue_stats(self) -> QueueStats:
        """What waits: queued messages and the oldest one's age, the outbox backlog."""
        m, o = t.messages.c, t.outbox.c
        now = utcnow()
        with self._db.tx() as conn:
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
        return QueueStats(
            queued=messages.get(t.QUEUED, 0),
            processing=messages.get(t.PROCESSING, 0),
            quarantined=messages.get(t.QUARANTINED, 0),
            done=messages.get(t.DONE, 0),
            unfiled=unfiled,
            oldest_queued_seconds=(now - oldest_queued).total_seconds() if oldest_queued else None,
            outbox_pending=outbox.get(t.PENDING, 0),
            outbox_sending=outbox.get(t.SENDING, 0),
            outbox_failed=outbox.get(t.FAILED, 0),
            outbox_sent=outbox.get(t.SENT, 0),
            outbox_uncopied=uncopied,
            oldest_reply_waiting_seconds=(now - oldest_pending).total_seconds()
            if oldest_pending
            else None,
        )

    def counts(self) -> dict[str, dict[str, int]]:
        """Messages by state, outbox by state, submissions by status."""
        with self._db.tx() as conn:

            def grouped(col: Any) -> dict[str, int]:
                return {
                    str(k): int(v) for k, v in conn.execute(select(col, func.count()).group_by(col))
                }

            return {
                "messages": grouped(t.messages.c.state),
                "outbox": grouped(t.outbox.c.state),
                "submissions": grouped(t.submissions.c.status),
            }

    def get_meta(self, key: str) -> str | None:
        """A value of the key-value table, or None."""
        with self._db.tx() as conn:
            return conn.execute(select(t.meta.c.value).where(t.meta.c.key == key)).scalar()

    def set_meta(self, key: str, value: str) -> None:
        """Set a value of the key-value table."""
        with self._db.tx() as conn:
            put_meta(conn, key, value)
