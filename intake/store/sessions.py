"""Dashboard sessions and login attempts, kept in the store (issue 13).

A session cookie carries a random token; the store keeps only its SHA-256.
Logging out deletes the row, a password change deletes every row of the
account: every copy of the cookie stops working at once.

A login attempt is reserved, atomically and before the password is hashed, in
the store, so the limit holds however many requests arrive at once and however
many dashboard processes share the store.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import and_, delete, func, insert, select, text

import intake.store.schema as t
from intake.store.database import Database
from intake.store.helpers import utcnow

_PG_LOCK_KEY = 7_700_713  # the advisory lock login reservations take on PostgreSQL


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_session(store: Database, username: str) -> str:
    """A new session for USERNAME; returns the token for the cookie."""
    token = secrets.token_urlsafe(32)
    with store.tx() as conn:
        conn.execute(
            insert(t.sessions).values(
                token_hash=_digest(token), username=username, created_at=utcnow()
            )
        )
    return token


def session_user(store: Database, token: str, max_age: timedelta) -> str | None:
    """The account of a live session, or None (ended, expired or unknown)."""
    if not token or len(token) > 200:
        return None
    with store.tx() as conn:
        row = conn.execute(
            select(t.sessions.c.username, t.sessions.c.created_at).where(
                t.sessions.c.token_hash == _digest(token)
            )
        ).first()
    if row is None:
        return None
    created: datetime = row[1] if row[1].tzinfo else row[1].replace(tzinfo=utcnow().tzinfo)
    if utcnow() - created > max_age:
        end_session(store, token)
        return None
    return str(row[0])


def end_session(store: Database, token: str) -> None:
    """End one session (logout)."""
    with store.tx() as conn:
        conn.execute(delete(t.sessions).where(t.sessions.c.token_hash == _digest(token)))


def end_sessions_of(store: Database, username: str) -> int:
    """End every session of an account (password change, account removed)."""
    with store.tx() as conn:
        done = conn.execute(delete(t.sessions).where(t.sessions.c.username == username))
        return int(done.rowcount or 0)


def reserve_attempt(store: Database, keys: Sequence[tuple[str, int]], window: timedelta) -> bool:
    """Reserve one login attempt under every (key, limit) of KEYS; False when one is spent.

    The rows are written first: on SQLite that takes the write lock, so concurrent
    reservations are counted one after another; PostgreSQL takes an advisory lock.
    A refused reservation leaves nothing behind.
    """
    now = utcnow()
    since = now - timedelta(seconds=max(window.total_seconds(), 0))
    with store.tx() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        conn.execute(delete(t.login_attempts).where(t.login_attempts.c.at < since))
        ids = []
        for key, _limit in keys:
            result = conn.execute(insert(t.login_attempts).values(key=key[:200], at=now))
            ids.append(result.inserted_primary_key[0] if result.inserted_primary_key else None)
        for key, limit in keys:
            count = conn.execute(
                select(func.count()).where(
                    and_(t.login_attempts.c.key == key[:200], t.login_attempts.c.at >= since)
                )
            ).scalar()
            if int(count or 0) > limit:
                conn.execute(delete(t.login_attempts).where(t.login_attempts.c.id.in_(ids)))
                return False
        return True


def clear_attempts(store: Database, key: str) -> None:
    """Forget the attempts under KEY (a good login clears its account's)."""
    with store.tx() as conn:
        conn.execute(delete(t.login_attempts).where(t.login_attempts.c.key == key[:200]))
