"""Merging a linked submission into the one it was linked to (one click by staff).

An email that claims to come from the sender of an open submission, but whose
sender could not be authenticated, is kept as a submission of its own with
``linked_to`` set (issue 13). When staff confirm it belongs, its emails, files
and replies move to the submission it was linked to, that submission is
checked again, and the linked one is removed; a row of ``merged_submissions`` keeps its
id and reference, the submission it went into, when and by whom, so that its old address
leads on (``where_merged``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, func, insert, select, update

import intake.store.schema as t
from intake.store.database import Database
from intake.store.helpers import aware, retire_held, utcnow
from intake.store.rows import FileRow, Recheck, SubmissionRow

# A merge target may itself be merged later: the chain is followed this far at most.
_MAX_HOPS = 20


@dataclass(frozen=True)
class MergedInto:
    """A merged submission and where it lives now (``live_id`` None when that was purged)."""

    submission_id: int
    reference: str | None
    into_id: int
    into_reference: str | None
    merged_at: datetime
    merged_by: str | None
    live_id: int | None
    live_reference: str | None


def merge_linked(
    store: Database, submission_id: int, recheck: Recheck, by: str | None = None
) -> int | None:
    """Move linked submission SUBMISSION_ID into its target; the target's id, or None
    when it is not (or no longer) linked. One transaction. BY (a staff account) is kept
    with the record of where the submission went."""
    with store.tx() as conn:
        source = (
            conn.execute(select(t.submissions).where(t.submissions.c.id == submission_id))
            .mappings()
            .first()
        )
        if source is None or source["linked_to"] is None:
            return None
        target_id = int(source["linked_to"])
        target = (
            conn.execute(select(t.submissions).where(t.submissions.c.id == target_id))
            .mappings()
            .first()
        )
        if target is None:
            return None
        known = {
            r[0]
            for r in conn.execute(
                select(t.files.c.sha256).where(t.files.c.submission_id == target_id)
            )
        }
        moving = conn.execute(
            select(t.files.c.id, t.files.c.sha256).where(t.files.c.submission_id == submission_id)
        ).all()
        duplicates = [int(r[0]) for r in moving if r[1] in known]
        if duplicates:  # the same file sent twice stays once
            conn.execute(
                update(t.corrections)
                .where(t.corrections.c.file_id.in_(duplicates))
                .values(file_id=None)
            )
            conn.execute(delete(t.files).where(t.files.c.id.in_(duplicates)))
        for table in (t.files, t.messages, t.outbox):
            conn.execute(
                update(table)
                .where(table.c.submission_id == submission_id)
                .values(submission_id=target_id)
            )
        conn.execute(
            update(t.submissions)
            .where(t.submissions.c.linked_to == submission_id)
            .values(linked_to=target_id)
        )
        conn.execute(delete(t.submissions).where(t.submissions.c.id == submission_id))
        record_merge(
            conn,
            source_id=submission_id,
            reference=source["reference"],
            target_id=target_id,
            target_reference=target["reference"],
            by=by,
        )
        rows = [
            FileRow.of(r)
            for r in conn.execute(
                select(t.files).where(t.files.c.submission_id == target_id).order_by(t.files.c.id)
            ).mappings()
        ]
        retire_held(conn, target_id, "out of date after a merge; write a new reply")
        result = recheck(SubmissionRow.of(target), rows)
        conn.execute(
            update(t.submissions)
            .where(t.submissions.c.id == target_id)
            .values(
                status=result.status,
                year=result.year,
                report_json=json.dumps(result.report),
                updated_at=utcnow(),
            )
        )
        return target_id


def record_merge(
    conn: Connection,
    *,
    source_id: int,
    reference: str | None,
    target_id: int,
    target_reference: str | None,
    by: str | None,
) -> None:
    """Note that SOURCE_ID was merged into TARGET_ID (inside the merge's transaction)."""
    conn.execute(
        insert(t.merged_submissions).values(
            submission_id=source_id,
            reference=reference,
            into_id=target_id,
            into_reference=target_reference,
            merged_at=utcnow(),
            merged_by=by,
        )
    )


def where_merged(store: Database, submission_id: int) -> MergedInto | None:
    """Where the merged submission SUBMISSION_ID went (None if it was never merged)."""
    m = t.merged_submissions.c
    with store.tx() as conn:
        first = conn.execute(select(t.merged_submissions).where(m.submission_id == submission_id))
        row = first.mappings().first()
        if row is None:
            return None
        into, seen = int(row["into_id"]), {submission_id}
        live: tuple[int, str | None] | None = None
        for _ in range(_MAX_HOPS):
            found = conn.execute(
                select(t.submissions.c.id, t.submissions.c.reference).where(
                    t.submissions.c.id == into
                )
            ).first()
            if found is not None:
                live = (int(found[0]), found[1])
                break
            onward = conn.execute(select(m.into_id).where(m.submission_id == into)).scalar()
            if onward is None or int(onward) in seen:
                break
            seen.add(into)
            into = int(onward)
    merged_at = aware(row["merged_at"])
    assert merged_at is not None
    return MergedInto(
        submission_id=submission_id,
        reference=row["reference"],
        into_id=int(row["into_id"]),
        into_reference=row["into_reference"],
        merged_at=merged_at,
        merged_by=row["merged_by"],
        live_id=live[0] if live else None,
        live_reference=live[1] if live else None,
    )


def merged_reference(store: Database, reference: str) -> MergedInto | None:
    """Where the merged submission with REFERENCE ("SECOR-2026-000012") went, if one was."""
    m = t.merged_submissions.c
    with store.tx() as conn:
        found = conn.execute(
            select(m.submission_id).where(func.upper(m.reference) == reference.strip().upper())
        ).scalar()
    return where_merged(store, int(found)) if found is not None else None
