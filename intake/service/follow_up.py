"""Sender trust in processing: which submission a follow-up joins, the daily reply cap,
and the work files removed once a message is processed (issue 13, SECURITY.md)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path

from core.config import IntakeSettings
from intake.envelope import Envelope
from intake.reply.guard import sender_verdict
from intake.sender_auth import Verdict
from intake.store import Store
from intake.store.helpers import utcnow

log = logging.getLogger(__name__)


def same_sender_follow_up(
    store: Store, envelope: Envelope, since: datetime, settings: IntakeSettings
) -> tuple[int | None, int | None]:
    """(submission to join, submission to link to) for a fresh email from a known sender.

    An authenticated From joins the sender's open submission. Anyone else only
    claims to be that sender: the mail becomes a submission of its own, linked to
    the open one for staff to merge, and its reply is an acknowledgement without
    the submission's details (``envelope.details_allowed``).
    """
    if envelope.sender is None:
        return None, None
    open_id = store.results.open_submission_of(envelope.sender, since)
    if open_id is None:
        return None, None
    if sender_verdict(envelope, settings) is Verdict.PASS:
        return open_id, None
    envelope.details_allowed = False
    return None, open_id


def under_daily_cap(store: Store, recipient: str, settings: IntakeSettings) -> bool:
    """Whether RECIPIENT may get one more automatic reply today (the spam-relay cap)."""
    limit = settings.max_replies_per_recipient_per_day
    sent = store.outbox.replies_since(recipient, utcnow() - timedelta(days=1))
    if sent >= limit:
        log.warning("automatic reply held: %d already sent to this address today", sent)
        return False
    return True


def remove_work_files(workdir: Path, keep: Iterable[Path]) -> int:
    """Delete what the work folder holds besides the KEEP files (archives, copies, worker
    output); returns the bytes freed. The stored message itself lives elsewhere."""
    kept = {os.path.abspath(p) for p in keep}
    freed = 0
    if not workdir.is_dir():
        return 0
    for root, dirs, files in os.walk(workdir, topdown=False):
        for name in files:
            path = os.path.join(root, name)
            if os.path.abspath(path) in kept:
                continue
            try:
                freed += os.lstat(path).st_size
                os.unlink(path)
            except OSError:
                log.warning("a work file could not be removed")
        for name in dirs:
            path = os.path.join(root, name)
            try:
                if os.path.islink(path):
                    os.unlink(path)
                else:
                    os.rmdir(path)
            except OSError:
                pass  # still holds a kept file
    return freed
