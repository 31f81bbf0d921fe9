"""The least certain file of each submission, for the inbox (only SQL lives here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, select

import intake.store.schema as t
from intake.store.database import Database


@dataclass(frozen=True)
class LeastCertain:
    """A submission's file the model was least sure of (files staff relabelled do not count)."""

    confidence: float
    name: str


def least_certain(store: Database, submission_ids: Sequence[int]) -> dict[int, LeastCertain]:
    """For each of SUBMISSION_IDS with a file not set by staff: its least certain file."""
    if not submission_ids:
        return {}
    stmt = (
        select(t.files.c.submission_id, t.files.c.confidence, t.files.c.member_path, t.files.c.path)
        .where(and_(t.files.c.submission_id.in_(submission_ids), t.files.c.corrected.is_(False)))
        .order_by(t.files.c.submission_id, t.files.c.confidence.asc(), t.files.c.id.asc())
    )
    found: dict[int, LeastCertain] = {}
    with store.tx() as conn:
        for sid, confidence, member_path, path in conn.execute(stmt):
            if int(sid) not in found:
                name = str(member_path or path or "").rsplit("/", 1)[-1]
                found[int(sid)] = LeastCertain(float(confidence), name)
    return found
