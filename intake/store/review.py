"""The review dashboard's store operations: inbox, failed emails, corrections, replies, accounts.

Functions taking a :class:`Database`, each one transaction; only SQL lives here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, case, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

import intake.store.schema as t
from intake.store.database import Database
from intake.store.helpers import aware, retire_held, utcnow
from intake.store.rows import (
    FileHead,
    FileRow,
    MessageRow,
    OutboxLine,
    OutboxRow,
    QuarantinedMessage,
    Recheck,
    SubmissionRow,
)
from intake.store.schema import ACCEPTED as ACCEPTED  # the review states live in the schema
from intake.store.schema import OPEN as OPEN
from intake.store.schema import REVIEW_STATES as REVIEW_STATES
from intake.store.schema import REVIEWED as REVIEWED


@dataclass(frozen=True)
class InboxRow:
    """One line of the inbox: a submission and what a person scans it for."""

    id: int
    reference: str
    sender: str | None
    company: str | None
    subject: str
    year: str
    status: str
    review_state: str
    last_activity: datetime
    messages: int
    files: int
    to_check: int
    missing: list[str]
    over_submitted: list[str]
    problems: int
    kind: str = t.KIND_SUBMISSION


@dataclass(frozen=True)
class StatsRow:
    """What the statistics page needs of one submission."""

    created_at: datetime
    status: str
    first_folder: str | None
    missing: list[str]


def _like(term: str) -> str:
    """A LIKE pattern matching TERM anywhere, its wildcards taken literally."""
    escaped = term.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _report(raw: str) -> dict[str, Any]:
    """A stored report, or an empty one when it cannot be read."""
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _strings(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


# -- inbox ----------------------------------------------------------------------
# Which messages a list shows: SUBMISSIONS (documents for SECOR) or OTHER_MAIL (questions,
# automatic replies, bounces, other mail: everything the checks ignored).
SUBMISSIONS = "submissions"
OTHER_MAIL = "other"


def _mail_filter(mail: str | None) -> Any:
    s = t.submissions.c
    if mail == SUBMISSIONS:
        return and_(s.kind == t.KIND_SUBMISSION, s.status != "ignored")
    if mail == OTHER_MAIL:
        return or_(s.kind != t.KIND_SUBMISSION, s.status == "ignored")
    return None


def _filters(
    status: str | None, query: str | None, review_state: str | None, mail: str | None = None
) -> list[Any]:
    where: list[Any] = []
    if mail is not None:
        where.append(_mail_filter(mail))
    if status:
        where.append(t.submissions.c.status == status)
    if review_state:
        where.append(t.submissions.c.review_state == review_state)
    if query and query.strip():
        like = _like(query.strip())
        where.append(
            or_(
                func.lower(t.submissions.c.sender).like(like, escape="\\"),
                func.lower(t.submissions.c.company).like(like, escape="\\"),
                func.lower(t.submissions.c.reference).like(like, escape="\\"),
            )
        )
    return where


def status_counts(
    store: Database,
    *,
    query: str | None = None,
    review_state: str | None = None,
    mail: str | None = None,
) -> dict[str, int]:
    """Submissions by status (with the same search, review and mail filter as the inbox)."""
    stmt = select(t.submissions.c.status, func.count()).group_by(t.submissions.c.status)
    where = _filters(None, query, review_state, mail)
    if where:
        stmt = stmt.where(and_(*where))
    with store.tx() as conn:
        return {str(k): int(v) for k, v in conn.execute(stmt)}


def kind_counts(
    store: Database, *, query: str | None = None, review_state: str | None = None
) -> dict[str, int]:
    """Mail that is not a submission, by kind (question, auto_reply, bounce, other)."""
    stmt = select(t.submissions.c.kind, func.count()).group_by(t.submissions.c.kind)
    stmt = stmt.where(and_(*_filters(None, query, review_state, OTHER_MAIL)))
    with store.tx() as conn:
        out: dict[str, int] = {}
        for k, v in conn.execute(stmt):
            key = "other" if k == t.KIND_SUBMISSION else str(k)  # ignored before kinds existed
            out[key] = out.get(key, 0) + int(v)
        return out


def inbox(
    store: Database,
    *,
    status: str | None = None,
    query: str | None = None,
    review_state: str | None = None,
    limit: int = 50,
    offset: int = 0,
    mail: str | None = None,
    uncertain_first: bool = False,
) -> list[InboxRow]:
    """Submissions with their latest email first, filtered by status, review state or search.

    MAIL is SUBMISSIONS (only submissions), OTHER_MAIL (only the rest), or None (all).
    UNCERTAIN_FIRST: the submission whose least certain file (not relabelled) has the lowest
    confidence first instead.
    """
    last_mail = (
        select(
            t.messages.c.submission_id.label("sid"),
            func.max(t.messages.c.received_at).label("last_at"),
            func.count().label("n"),
        )
        .where(t.messages.c.submission_id.is_not(None))
        .group_by(t.messages.c.submission_id)
        .subquery()
    )
    activity = func.coalesce(last_mail.c.last_at, t.submissions.c.created_at)
    least = (
        select(
            t.files.c.submission_id.label("sid"),
            func.min(t.files.c.confidence).label("least"),
        )
        .where(t.files.c.corrected.is_(False))
        .group_by(t.files.c.submission_id)
        .subquery()
    )
    order = [activity.desc(), t.submissions.c.id.desc()]
    if uncertain_first:
        order.insert(0, func.coalesce(least.c.least, 1.0).asc())
    stmt = (
        select(t.submissions, activity.label("last_activity"), last_mail.c.n)
        .select_from(
            t.submissions.outerjoin(last_mail, last_mail.c.sid == t.submissions.c.id).outerjoin(
                least, least.c.sid == t.submissions.c.id
            )
        )
        .order_by(*order)
        .limit(limit)
        .offset(offset)
    )
    where = _filters(status, query, review_state, mail)
    if where:
        stmt = stmt.where(and_(*where))
    with store.tx() as conn:
        subs = [dict(r) for r in conn.execute(stmt).mappings()]
        ids = [s["id"] for s in subs]
        counts: dict[int, tuple[int, int]] = {}
        if ids:
            pending = func.sum(
                case((and_(t.files.c.needs_review, t.files.c.corrected.is_(False)), 1), else_=0)
            )
            for sid, total, check in conn.execute(
                select(t.files.c.submission_id, func.count(), pending)
                .where(t.files.c.submission_id.in_(ids))
                .group_by(t.files.c.submission_id)
            ):
                counts[int(sid)] = (int(total), int(check or 0))
    rows = []
    for s in subs:
        report = _report(s["report_json"])
        total, check = counts.get(s["id"], (0, 0))
        rows.append(
            InboxRow(
                id=s["id"],
                reference=s["reference"] or f"#{s['id']}",
                sender=s["sender"],
                company=s["company"],
                subject=s["subject"],
                year=s["year"],
                status=s["status"],
                review_state=s["review_state"],
                last_activity=aware(s["last_activity"]) or utcnow(),
                messages=int(s["n"] or 0),
                files=total,
                to_check=check,
                missing=_strings(report.get("missing")),
                over_submitted=_strings(report.get("over_submitted")),
                problems=len(report.get("problems") or []),
                kind=str(s.get("kind") or t.KIND_SUBMISSION),
            )
        )
    return rows


def quarantined(store: Database, limit: int = 20) -> tuple[int, list[QuarantinedMessage]]:
    """Emails set aside after their last failed attempt: how many, and the latest ones."""
    where = t.messages.c.state == t.QUARANTINED
    cols = (
        t.messages.c.id,
        t.messages.c.sender,
        t.messages.c.subject,
        t.messages.c.received_at,
        t.messages.c.state,
        t.messages.c.attempts,
        t.messages.c.error,
        t.messages.c.triage_folder,
        t.messages.c.filed,
        t.messages.c.source,
        t.messages.c.submission_id,
        t.messages.c.failure,
    )
    with store.tx() as conn:
        total = int(conn.execute(select(func.count()).where(where)).scalar() or 0)
        rows = conn.execute(
            select(*cols).where(where).order_by(t.messages.c.id.desc()).limit(limit)
        ).mappings()
        return total, [QuarantinedMessage.of(r) for r in rows]


def quarantined_count(store: Database) -> int:
    """How many emails are set aside after their last failed attempt."""
    with store.tx() as conn:
        return int(
            conn.execute(select(func.count()).where(t.messages.c.state == t.QUARANTINED)).scalar()
            or 0
        )


def retry_quarantined(store: Database, message_row: int) -> bool:
    """Put an email set aside after its failed attempts back in the queue, from attempt 0.

    Only while it is still set aside (one conditional UPDATE), so two retries requeue it
    once; False when it is not (any more). The old reason is cleared, so a new failure
    records its own. Its filing is left as it is: one already filed into Needs review on
    the server stays there (see ``intake.mailbox.file``), one not filed yet is filed into
    the folder of its new result.
    """
    m = t.messages.c
    with store.tx() as conn:
        done = conn.execute(
            update(t.messages)
            .where(and_(m.id == message_row, m.state == t.QUARANTINED))
            .values(
                state=t.QUEUED,
                attempts=0,
                error=None,
                failure=None,
                claimed_by=None,
                claimed_at=None,
            )
        )
        return bool(done.rowcount)


# -- one submission ---------------------------------------------------------------
def get_file(store: Database, file_id: int) -> FileRow | None:
    """One file row, or None."""
    with store.tx() as conn:
        row = conn.execute(select(t.files).where(t.files.c.id == file_id)).mappings().first()
        return FileRow.of(row) if row else None


def file_heads(store: Database, submission_id: int) -> list[FileHead]:
    """A submission's files without their text (for the page), in the order taken in."""
    cols = [c for c in t.files.c if c.name != "text"]
    with store.tx() as conn:
        rows = conn.execute(
            select(*cols, func.length(t.files.c.text).label("text_chars"))
            .where(t.files.c.submission_id == submission_id)
            .order_by(t.files.c.id)
        ).mappings()
        return [FileHead.of(r) for r in rows]


def get_message(store: Database, message_row: int) -> MessageRow | None:
    """One stored email's row, or None."""
    with store.tx() as conn:
        row = (
            conn.execute(select(t.messages).where(t.messages.c.id == message_row))
            .mappings()
            .first()
        )
        return MessageRow.of(row) if row else None


def get_reply(store: Database, outbox_id: int) -> OutboxRow | None:
    """One outbox row, or None."""
    with store.tx() as conn:
        row = conn.execute(select(t.outbox).where(t.outbox.c.id == outbox_id)).mappings().first()
        return OutboxRow.of(row) if row else None


def _lock_submission(conn: Connection, submission_id: int) -> SubmissionRow | None:
    query = select(t.submissions).where(t.submissions.c.id == submission_id)
    if conn.dialect.name == "postgresql":
        query = query.with_for_update()
    row = conn.execute(query).mappings().first()
    return SubmissionRow.of(row) if row else None


def reclassify_file(
    store: Database,
    *,
    file_id: int,
    label: str,
    kind: str | None,
    by_user: str,
    recheck: Recheck,
) -> int | None:
    """Give a file the label staff chose, keep it as a correction and re-check its submission.

    RECHECK gets the submission row and all its file rows (the new label included)
    and returns the report to store. One transaction: all of it, or nothing.
    Returns the submission's id, or None when there is no such file.
    """
    now = utcnow()
    with store.tx() as conn:
        # the write comes first: it takes SQLite's write lock, so what is read after is current
        done = conn.execute(
            update(t.files)
            .where(t.files.c.id == file_id)
            .values(label=label, kind=kind, corrected=True, needs_review=False)
        )
        if not done.rowcount:
            return None
        frow = FileRow.of(
            conn.execute(select(t.files).where(t.files.c.id == file_id)).mappings().one()
        )
        sid = frow.submission_id
        submission = _lock_submission(conn, sid)
        if submission is None:
            raise LookupError(f"file {file_id} belongs to no submission")
        conn.execute(delete(t.corrections).where(t.corrections.c.file_id == file_id))
        conn.execute(
            insert(t.corrections).values(
                file_id=file_id,
                member_path=frow.member_path,
                text=frow.text,
                label=label,
                kind=kind,
                by_user=by_user,
                created_at=now,
            )
        )
        rows = [
            FileRow.of(r)
            for r in conn.execute(
                select(t.files).where(t.files.c.submission_id == sid).order_by(t.files.c.id)
            ).mappings()
        ]
        result = recheck(submission, rows)
        conn.execute(
            update(t.submissions)
            .where(t.submissions.c.id == sid)
            .values(
                status=result.status,
                year=result.year,
                kind=result.kind,
                report_json=json.dumps(result.report),
                updated_at=now,
            )
        )
        retire_held(conn, int(sid), "out of date after a file was relabelled; write a new reply")
        return int(sid)


def set_review_state(store: Database, submission_id: int, state: str) -> bool:
    """Mark a submission open, reviewed or accepted for QA; False if there is none."""
    if state not in REVIEW_STATES:
        raise ValueError(f"unknown review state {state!r}")
    with store.tx() as conn:
        done = conn.execute(
            update(t.submissions)
            .where(t.submissions.c.id == submission_id)
            .values(review_state=state, updated_at=utcnow())
        )
        return bool(done.rowcount)


def record_manual_reply(
    store: Database,
    *,
    submission_id: int,
    dedupe_key: str,
    recipient: str,
    subject: str,
    message_id: str,
    raw: bytes,
) -> bool:
    """Queue a reply written by staff (pending: the service's sender loop sends it).

    False when a reply with this dedupe key is already recorded (a double submit).
    """
    now = utcnow()
    try:
        with store.tx() as conn:
            retire_held(conn, submission_id, "a coordinator wrote a reply instead")
            conn.execute(
                insert(t.outbox).values(
                    dedupe_key=dedupe_key,
                    submission_id=submission_id,
                    recipient=recipient,
                    subject=subject,
                    message_id=message_id,
                    raw=raw,
                    state=t.PENDING,
                    attempts=0,
                    next_attempt_at=now,
                    created_at=now,
                    kind=t.REPLY_MANUAL,
                )
            )
    except IntegrityError:
        return False
    return True


def recent_outbox(
    store: Database, *, state: str | None = None, limit: int = 100
) -> list[OutboxLine]:
    """Outbox rows newest first (without the raw message), with their submission's reference."""
    cols = [c for c in t.outbox.c if c.name != "raw"]
    stmt = (
        select(*cols, t.submissions.c.reference)
        .select_from(
            t.outbox.outerjoin(t.submissions, t.submissions.c.id == t.outbox.c.submission_id)
        )
        .order_by(t.outbox.c.id.desc())
        .limit(limit)
    )
    if state:
        stmt = stmt.where(t.outbox.c.state == state)
    with store.tx() as conn:
        return [OutboxLine.of(r) for r in conn.execute(stmt).mappings()]


def held_count(store: Database) -> int:
    """Replies held for staff to approve (the dashboard's navigation shows it)."""
    with store.tx() as conn:
        stmt = select(func.count()).select_from(t.outbox).where(t.outbox.c.state == t.HELD)
        return int(conn.execute(stmt).scalar() or 0)


def linked_here(store: Database, submission_id: int) -> list[tuple[int, str]]:
    """(id, reference) of the submissions kept apart as claiming this one's sender."""
    with store.tx() as conn:
        rows = conn.execute(
            select(t.submissions.c.id, t.submissions.c.reference)
            .where(t.submissions.c.linked_to == submission_id)
            .order_by(t.submissions.c.id)
        )
        return [(int(r[0]), str(r[1] or r[0])) for r in rows]


def with_held(store: Database, submission_ids: Sequence[int]) -> set[int]:
    """Which of SUBMISSION_IDS have a reply waiting for approval (the inbox marks them)."""
    if not submission_ids:
        return set()
    with store.tx() as conn:
        stmt = (
            select(t.outbox.c.submission_id)
            .where(and_(t.outbox.c.state == t.HELD, t.outbox.c.submission_id.in_(submission_ids)))
            .distinct()
        )
        return {int(r[0]) for r in conn.execute(stmt)}


def release_held(store: Database, outbox_id: int, raw: bytes | None = None) -> bool:
    """Send a held reply: it becomes pending (RAW replaces the message when staff edited it).

    False when the reply is no longer held (sent or discarded by someone else).
    """
    now = utcnow()  # the give-up clock of [smtp] give_up_hours starts now, not when drafted
    values: dict[str, object] = {"state": t.PENDING, "next_attempt_at": now, "released_at": now}
    if raw is not None:
        values["raw"] = raw
    with store.tx() as conn:
        done = conn.execute(
            update(t.outbox)
            .where(and_(t.outbox.c.id == outbox_id, t.outbox.c.state == t.HELD))
            .values(**values)
        )
        return bool(done.rowcount)


def discard_held(store: Database, outbox_id: int, by_user: str) -> bool:
    """Never send a held reply (kept in the outbox as discarded, with who discarded it)."""
    with store.tx() as conn:
        done = conn.execute(
            update(t.outbox)
            .where(and_(t.outbox.c.id == outbox_id, t.outbox.c.state == t.HELD))
            .values(state=t.DISCARDED, last_error=f"Not sent: discarded by {by_user[:100]}")
        )
        return bool(done.rowcount)


def outbox_counts(store: Database) -> dict[str, int]:
    """Outbox rows by state."""
    with store.tx() as conn:
        stmt = select(t.outbox.c.state, func.count()).group_by(t.outbox.c.state)
        return {str(k): int(v) for k, v in conn.execute(stmt)}


# -- figures ----------------------------------------------------------------------
def stats_rows(store: Database, since: datetime) -> list[StatsRow]:
    """Submissions created since SINCE with the triage folder of their first email."""
    first = (
        select(t.messages.c.submission_id.label("sid"), func.min(t.messages.c.id).label("mid"))
        .where(t.messages.c.submission_id.is_not(None))
        .group_by(t.messages.c.submission_id)
        .subquery()
    )
    stmt = (
        select(
            t.submissions.c.created_at,
            t.submissions.c.status,
            t.submissions.c.report_json,
            t.messages.c.triage_folder,
        )
        .select_from(
            t.submissions.outerjoin(first, first.c.sid == t.submissions.c.id).outerjoin(
                t.messages, t.messages.c.id == first.c.mid
            )
        )
        .where(and_(t.submissions.c.created_at >= since, _mail_filter(SUBMISSIONS)))
        .order_by(t.submissions.c.created_at)
    )
    with store.tx() as conn:
        return [
            StatsRow(
                created_at=aware(r.created_at) or since,
                status=r.status,
                first_folder=r.triage_folder,
                missing=_strings(_report(r.report_json).get("missing")),
            )
            for r in conn.execute(stmt)
        ]


# -- accounts ---------------------------------------------------------------------
def add_user(store: Database, username: str, password_hash: str) -> bool:
    """Create a staff account; False if the name is taken."""
    try:
        with store.tx() as conn:
            conn.execute(
                insert(t.users).values(
                    username=username, password_hash=password_hash, created_at=utcnow()
                )
            )
    except IntegrityError:
        return False
    return True


def set_password_hash(store: Database, username: str, password_hash: str) -> bool:
    """Replace an account's password hash; False if there is no such account."""
    with store.tx() as conn:
        done = conn.execute(
            update(t.users)
            .where(t.users.c.username == username)
            .values(password_hash=password_hash)
        )
        return bool(done.rowcount)


def password_hash(store: Database, username: str) -> str | None:
    """An account's password hash, or None when there is no such account."""
    with store.tx() as conn:
        value = conn.execute(
            select(t.users.c.password_hash).where(t.users.c.username == username)
        ).scalar()
        return str(value) if value is not None else None


def remove_user(store: Database, username: str) -> bool:
    """Delete a staff account; False if there is none."""
    with store.tx() as conn:
        done = conn.execute(delete(t.users).where(t.users.c.username == username))
        return bool(done.rowcount)


def list_users(store: Database) -> list[tuple[str, datetime]]:
    """Every account's name and creation time, by name."""
    with store.tx() as conn:
        rows = conn.execute(
            select(t.users.c.username, t.users.c.created_at).order_by(t.users.c.username)
        )
        return [(str(name), aware(created) or utcnow()) for name, created in rows]


def user_count(store: Database) -> int:
    """How many staff accounts exist."""
    with store.tx() as conn:
        return int(conn.execute(select(func.count()).select_from(t.users)).scalar() or 0)
