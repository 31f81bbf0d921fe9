"""Moving processed messages into their triage folders."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, select, update

import intake.store.schema as t
from intake.store.database import Database
from intake.store.helpers import utcnow
from intake.store.rows import UnfiledMessage


class Filing:
    """Moving processed messages into their triage folders."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def unfiled(self) -> list[UnfiledMessage]:
        """Processed (or quarantined) IMAP messages not yet moved into their triage folder."""
        m = t.messages.c
        with self._db.tx() as conn:
            rows = conn.execute(
                select(
                    m.id,
                    m.mailbox,
                    m.uidvalidity,
                    m.uid,
                    m.triage_folder,
                    m.message_id,
                    m.filing_at,
                )
                .where(
                    and_(
                        m.state.in_([t.DONE, t.QUARANTINED]),
                        m.filed.is_(False),
                        m.source == t.SOURCE_IMAP,
                    )
                )
                .order_by(m.id)
            ).mappings()
            return [UnfiledMessage.of(r) for r in rows]

    def mark_filing(self, message_rows: Sequence[int]) -> None:
        """A copy into the triage folder is about to start (a retry checks for a copy first)."""
        if not message_rows:
            return
        with self._db.tx() as conn:
            conn.execute(
                update(t.messages)
                .where(t.messages.c.id.in_(list(message_rows)))
                .values(filing_at=utcnow())
            )

    def mark_filed(self, message_row: int) -> None:
        """The message sits in its triage folder now."""
        with self._db.tx() as conn:
            conn.execute(
                update(t.messages).where(t.messages.c.id == message_row).values(filed=True)
            )
