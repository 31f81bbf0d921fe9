"""How long employers wait: from a message's arrival in the mailbox to the reply sent.

A reply is matched to the latest message of its submission stored before the reply
was written; arrival is the mailbox's own time (IMAP INTERNALDATE) where known,
else the time the service stored the message.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import and_, func, select

import intake.store.schema as t
from intake.store.database import Database


@dataclass(frozen=True)
class ReplyDelay:
    """One sent reply and how long after its message's arrival it left."""

    submission_id: int
    outbox_id: int
    sent_at: datetime
    seconds: float


def aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def reply_delays(
    store: Database, submission_ids: Collection[int] | None = None
) -> list[ReplyDelay]:
    """Every sent reply with its arrival-to-reply time (only these submissions, if given)."""
    o, m = t.outbox, t.messages
    replies = select(o.c.id, o.c.submission_id, o.c.created_at, o.c.sent_at).where(
        and_(o.c.state == t.SENT, o.c.submission_id.is_not(None), o.c.sent_at.is_not(None))
    )
    arrivals = select(
        m.c.submission_id, m.c.received_at, func.coalesce(m.c.arrived_at, m.c.received_at)
    ).where(m.c.submission_id.is_not(None))
    if submission_ids is not None:
        ids = list(submission_ids)
        if not ids:
            return []
        replies = replies.where(o.c.submission_id.in_(ids))
        arrivals = arrivals.where(m.c.submission_id.in_(ids))
    with store.engine.connect() as conn:
        reply_rows = conn.execute(replies).all()
        message_rows = conn.execute(arrivals).all()
    by_submission: dict[int, list[tuple[datetime, datetime]]] = {}
    for sub_id, stored, arrived in message_rows:
        by_submission.setdefault(int(sub_id), []).append((aware(stored), aware(arrived)))
    for entries in by_submission.values():
        entries.sort()
    out: list[ReplyDelay] = []
    for outbox_id, sub_id, created, sent in reply_rows:
        found = by_submission.get(int(sub_id))
        if not found:
            continue
        index = bisect.bisect_right([stored for stored, _ in found], aware(created)) - 1
        arrived = found[max(index, 0)][1]
        seconds = max(0.0, (aware(sent) - arrived).total_seconds())
        out.append(ReplyDelay(int(sub_id), int(outbox_id), aware(sent), seconds))
    return out


def first_reply_seconds(delays: Sequence[ReplyDelay]) -> dict[int, float]:
    """Each submission's arrival-to-first-reply time."""
    first: dict[int, ReplyDelay] = {}
    for delay in delays:
        seen = first.get(delay.submission_id)
        if seen is None or delay.sent_at < seen.sent_at:
            first[delay.submission_id] = delay
    return {sub_id: d.seconds for sub_id, d in first.items()}


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """The FRACTION quantile (nearest rank) of VALUES; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = min(len(ordered), max(1, math.ceil(fraction * len(ordered))))
    return ordered[rank - 1]


def summary(store: Database) -> dict[str, float | int | None]:
    """Count, p50 and p95 of arrival-to-reply seconds over every sent reply."""
    seconds = [d.seconds for d in reply_delays(store)]
    p50, p95 = percentile(seconds, 0.5), percentile(seconds, 0.95)
    return {
        "replies": len(seconds),
        "p50_seconds": None if p50 is None else round(p50, 1),
        "p95_seconds": None if p95 is None else round(p95, 1),
    }
