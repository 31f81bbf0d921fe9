"""A worker that found the mailbox's folders taken by another comes back within seconds for
the Sent copies of the replies it sent, instead of after a whole wait (PostgreSQL workers)."""

from __future__ import annotations

import time
from pathlib import Path

from intake.service.runner import COPY_RETRY_SECONDS, IntakeService
from intake.store import open_store
from tests.service.helpers import StubClassifier, make_settings
from tests.service.test_send import _record


def test_a_busy_lock_with_copies_waiting_brings_the_next_cycle_forward(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, mailbox={"poll_seconds": 60})[0]
    store = open_store(settings)
    try:
        service = IntakeService(settings, store, StubClassifier())  # type: ignore[arg-type]
        assert service._copy_retry_at(mine=False) is None  # nothing sent: nothing to copy
        (row,) = _record(store, 1)
        store.outbox.mark_sent(row)
        assert service._copy_retry_at(mine=True) is None  # this worker copies them now
        before = time.monotonic()
        again = service._copy_retry_at(mine=False)
        assert again is not None and again <= time.monotonic() + COPY_RETRY_SECONDS
        service._copy_again_at = again
        assert service._wake_at() <= again < before + settings.mailbox.poll_seconds
    finally:
        store.close()
