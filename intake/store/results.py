"""What processing produced: submissions, their files, messages and replies, corrections."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime
from typing import Any

from sqlalchemy import RowMapping, Table, and_, func, insert, or_, select, update

import intake.store.schema as t
from intake.corrections import Correction
from intake.store.database import Database
from intake.store.helpers import (
    ClaimLost,
    clean,
    clean_values,
    fresh_submission_id,
    new_id,
    utcnow,
)
from intake.store.rows import FileRow, MessageRow, NewFile, NewReply, OutboxRow, SubmissionRow


class Results:
    """What processing produced: submissions, their files, messages and replies, corrections."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def find_submission(self, sender: str | None, thread_ids: Sequence[str]) -> int | None:
        """The submission a follow-up belongs to by its thread: it answers one of our own mails.

        Only the Message-IDs of mail we sent count (issue 13): an employer's own
        Message-ID can be known to others, our reply reached only its recipient.
        """
        with self._db.tx() as conn:
            for mid in thread_ids:
                found = conn.execute(
                    select(t.outbox.c.submission_id).where(t.outbox.c.message_id == mid).limit(1)
                ).scalar()
                if found is not None:
                    return int(found)
            return None

    def redelivered_to(self, row: int) -> int | None:
        """The submission of an earlier message with the Message-ID and sender of message ROW.

        The same email delivered again (a client that resends, a relay that retries)
        files with its first delivery; the caller checks that it brought no new file.
        """
        this = t.messages.alias("this")
        earlier = t.messages.alias("earlier")
        with self._db.tx() as conn:
            found = conn.execute(
                select(earlier.c.submission_id)
                .select_from(
                    earlier.join(
                        this,
                        and_(
                            earlier.c.message_id == this.c.message_id,
                            earlier.c.sender == this.c.sender,
                        ),
                    )
                )
                .where(
                    and_(
                        this.c.id == row,
                        earlier.c.id != row,
                        earlier.c.submission_id.is_not(None),
                    )
                )
                .order_by(earlier.c.id)
                .limit(1)
            ).scalar()
            return int(found) if found is not None else None

    def open_submission_of(self, sender: str, since: datetime) -> int | None:
        """The sender's latest submission still waiting for items (updated since SINCE)."""
        waiting = ("incomplete", "needs_review", "over_submitted")
        with self._db.tx() as conn:
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
        file_rows: Sequence[NewFile],
        folder: str,
        reply: NewReply | None,
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
        with self._db.tx() as conn:
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
            subject = clean(subject) or ""
            sender = clean(sender, 320)
            if submission_id is None:
                fresh = fresh_submission_id(conn)  # never an id a merge left behind
                submission_id = new_id(
                    conn.execute(
                        insert(t.submissions).values(
                            **({"id": fresh} if fresh is not None else {}),
                            reference=reference,
                            sender=sender,
                            subject=subject,
                            year=year,
                            status=status,
                            report_json=json.dumps(report),
                            thread_ids=clean(" ".join(thread_ids)),
                            created_at=now,
                            updated_at=now,
                            review_state=t.OPEN,
                            linked_to=linked_to,
                            kind=kind,
                            company=clean(company, 300),
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
                        .values(company=clean(company, 300))
                    )
            for row in file_rows:
                conn.execute(
                    insert(t.files).values(
                        submission_id=submission_id,
                        message_row=message_row,
                        **clean_values(asdict(row)),
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
                        **clean_values(asdict(reply)),
                    )
                )
            conn.execute(
                update(t.messages).where(m.id == message_row).values(submission_id=submission_id)
            )
            return submission_id

    def submission_files(self, submission_id: int) -> list[FileRow]:
        """The files of a submission, in the order they were taken in."""
        return [FileRow.of(r) for r in self._of_submission(t.files, submission_id)]

    def get_submission(self, submission_id: int) -> SubmissionRow | None:
        """One submission row, or None."""
        with self._db.tx() as conn:
            row = (
                conn.execute(select(t.submissions).where(t.submissions.c.id == submission_id))
                .mappings()
                .first()
            )
            return SubmissionRow.of(row) if row else None

    def list_submissions(
        self, status: str | None = None, query: str | None = None, limit: int = 200
    ) -> list[SubmissionRow]:
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
        with self._db.tx() as conn:
            return [SubmissionRow.of(r) for r in conn.execute(stmt).mappings()]

    def submission_messages(self, submission_id: int) -> list[MessageRow]:
        """The emails of a submission's thread, oldest first."""
        return [MessageRow.of(r) for r in self._of_submission(t.messages, submission_id)]

    def submission_outbox(self, submission_id: int) -> list[OutboxRow]:
        """The replies of a submission, oldest first."""
        return [OutboxRow.of(r) for r in self._of_submission(t.outbox, submission_id)]

    def _of_submission(self, table: Table, submission_id: int) -> list[RowMapping]:
        """The rows of TABLE that belong to a submission, in the order they were written."""
        with self._db.tx() as conn:
            stmt = select(table).where(table.c.submission_id == submission_id)
            return list(conn.execute(stmt.order_by(table.c.id)).mappings())

    def corrections(self) -> list[Correction]:
        """Every staff correction, oldest first."""
        with self._db.tx() as conn:
            rows = conn.execute(select(t.corrections).order_by(t.corrections.c.id)).mappings()
            return [Correction(r["member_path"], r["text"], r["label"], r["kind"]) for r in rows]
