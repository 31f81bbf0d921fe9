"""Small helpers every stage of the store shares: the clock, cleaned values, new keys, files."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, and_, delete, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

import intake.store.schema as t


class ClaimLost(Exception):
    """The message is no longer claimed by this worker (its claim was released meanwhile)."""


def utcnow() -> datetime:
    """Now, timezone-aware (UTC)."""
    return datetime.now(UTC)


def aware(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes: read them as UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def new_id(result: Any) -> int:
    """The primary key an INSERT produced."""
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def clean(value: str | None, limit: int | None = None) -> str | None:
    """A string PostgreSQL accepts (no NUL), cut to the column's length."""
    if value is None:
        return None
    value = value.replace("\x00", "")
    return value[:limit] if limit is not None else value


def clean_values(row: Mapping[str, object]) -> dict[str, object]:
    """Column values with every string cleaned (no NUL)."""
    return {k: clean(v) if isinstance(v, str) else v for k, v in row.items()}


def mailbox_key(mailbox: str) -> str:
    """A folder name usable in a file name: readable part plus a short hash."""
    readable = re.sub(r"[^A-Za-z0-9._-]+", "_", mailbox)[:40].strip("._") or "mailbox"
    return f"{readable}-{hashlib.sha256(mailbox.encode()).hexdigest()[:8]}"


def write_atomic(path: Path, data: bytes) -> None:
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


def retire_held(conn: Connection, submission_id: int, why: str) -> int:
    """Discard the submission's held automatic replies: drafted from checks that no longer
    hold (a relabel, a merge) or overtaken by a staff reply. Returns how many."""
    done = conn.execute(
        update(t.outbox)
        .where(
            and_(
                t.outbox.c.submission_id == submission_id,
                t.outbox.c.state == t.HELD,
                t.outbox.c.kind == t.REPLY_AUTO,
            )
        )
        .values(state=t.DISCARDED, last_error=f"Not sent: {why}")
    )
    return int(done.rowcount or 0)


def put_meta(conn: Connection, key: str, value: str) -> None:
    """Set KEY of the key-value table in one statement, so two workers setting the same key
    at once both succeed (an update-then-insert lets both insert, and one fails)."""
    new = (pg_insert if conn.dialect.name == "postgresql" else sqlite_insert)(t.meta)
    new = new.values(key=key, value=value)
    conn.execute(new.on_conflict_do_update(index_elements=[t.meta.c.key], set_={"value": value}))


def fresh_submission_id(conn: Connection) -> int | None:
    """An explicit id for a new submission when SQLite would reuse one a merge removed (a
    new row takes the highest id plus one, and the merged one's old address would show it);
    None lets the database choose, as PostgreSQL's sequence never reuses one."""
    if conn.dialect.name != "sqlite":
        return None
    merged = conn.execute(select(func.max(t.merged_submissions.c.submission_id))).scalar()
    if merged is None:
        return None
    live = conn.execute(select(func.max(t.submissions.c.id))).scalar()
    return int(merged) + 1 if int(merged) >= int(live or 0) else None


def forget_merges_into(conn: Connection, submission_ids: Sequence[int]) -> None:
    """Drop the records of merges into submissions being purged (their address leads
    nowhere now; the merged one's own record goes with them)."""
    m = t.merged_submissions.c
    conn.execute(delete(t.merged_submissions).where(m.into_id.in_(submission_ids)))
