"""How far the processing of each message has got, for the dashboard ("processing 120 of 500").

One row of the key-value table per message being processed (``progress:<id>``),
written by the processor at most about once a second and removed when the
message's files have been read. Rows of messages no longer processing are ignored
(and swept), so a crash leaves nothing on the page.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import SQLAlchemyError

import intake.store.schema as t
from intake.store.database import Database
from intake.store.helpers import put_meta

log = logging.getLogger(__name__)

_PREFIX = "progress:"
_EVERY_SECONDS = 1.0


@dataclass(frozen=True)
class InProgress:
    """One message whose files are being read."""

    message: int
    sender: str | None
    subject: str
    done: int
    total: int


def _key(message_row: int) -> str:
    return f"{_PREFIX}{message_row}"


def set_progress(store: Database, message_row: int, done: int, total: int) -> None:
    """Record that DONE of TOTAL files of the message have been read."""
    key, value = _key(message_row), json.dumps({"done": done, "total": total})
    with store.tx() as conn:
        put_meta(conn, key, value)


def clear_progress(store: Database, message_row: int) -> None:
    """Forget the message's progress (its files are read, or it failed)."""
    with store.tx() as conn:
        conn.execute(delete(t.meta).where(t.meta.c.key == _key(message_row)))


def in_progress(store: Database) -> list[InProgress]:
    """The messages being processed now with their progress, oldest first."""
    found: list[InProgress] = []
    stale: list[str] = []
    with store.tx() as conn:
        rows = conn.execute(
            select(t.meta.c.key, t.meta.c.value).where(t.meta.c.key.like(f"{_PREFIX}%"))
        ).all()
        for key, value in rows:
            try:
                message_row = int(key.removeprefix(_PREFIX))
                data: dict[str, Any] = json.loads(value)
                done, total = int(data["done"]), int(data["total"])
            except (ValueError, KeyError, TypeError):
                stale.append(key)
                continue
            message = conn.execute(
                select(t.messages.c.sender, t.messages.c.subject, t.messages.c.state).where(
                    t.messages.c.id == message_row
                )
            ).first()
            if message is None or message.state != t.PROCESSING:
                stale.append(key)
                continue
            found.append(InProgress(message_row, message.sender, message.subject, done, total))
        if stale:
            conn.execute(delete(t.meta).where(t.meta.c.key.in_(stale)))
    return sorted(found, key=lambda p: p.message)


class StoreProgress:
    """A progress callback that writes to the store, at most about once a second."""

    def __init__(self, store: Database, message_row: int) -> None:
        self.store = store
        self.message_row = message_row
        self._lock = threading.Lock()
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        with self._lock:
            now = time.monotonic()
            if done < total and now - self._last < _EVERY_SECONDS:
                return
            self._last = now
            try:
                set_progress(self.store, self.message_row, done, total)
            except SQLAlchemyError as exc:  # progress is a courtesy: never stop the reading
                log.warning("progress of message %d not recorded: %s", self.message_row, exc)
