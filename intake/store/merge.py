"""Merging a linked submission into the one it was linked to (one click by staff).

An email that claims to come from the sender of an open submission, but whose
sender could not be authenticated, is kept as a submission of its own with
``linked_to`` set (issue 13). When staff confirm it belongs, its emails, files
and replies move to the submission it was linked to, that submission is
checked again, and the linked one is removed.
"""

from __future__ import annotations

import json

from sqlalchemy import delete, select, update

import intake.store.schema as t
from intake.store.database import Database
from intake.store.helpers import retire_held, utcnow
from intake.store.rows import FileRow, Recheck, SubmissionRow


def merge_linked(store: Database, submission_id: int, recheck: Recheck) -> int | None:
    """Move linked submission SUBMISSION_ID into its target; the target's id, or None
    when it is not (or no longer) linked. One transaction."""
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
