"""A message that fails is tried again on a later pass of the service, never at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.config import Settings
from intake.service.process import EnvironmentFailure, Processor
from intake.store import Store, open_store, review
from tests.service.helpers import CrashingClassifier, FullDiskClassifier, make_settings, submission


def test_each_pass_tries_a_failing_message_once_and_the_others_still_go_through(
    tmp_path: Path,
) -> None:
    settings: Settings = make_settings(tmp_path, mailbox={"max_attempts": 3})[0]
    store: Store = open_store(settings)
    try:
        bad, good = (
            store.queue.enqueue_message(
                mailbox="INBOX", uidvalidity=1, uid=uid, raw=raw, message_id=None,
                sender=None, subject="",
            )
            for uid, raw in (
                (1, submission("dana@birchroofing.example", 1, files=("explode.txt",))),
                (2, submission("lee@cedarframing.example", 2)),
            )
        )  # fmt: skip
        assert bad is not None and good is not None
        processor = Processor(settings, store, CrashingClassifier(), "w")  # type: ignore[arg-type]
        assert processor.process_all() == 2  # the failing one once, then the next one
        first = review.get_message(store, bad)
        assert first is not None and (first.state, first.attempts) == ("queued", 1)
        assert first.failure == "processing_failed"
        assert store.ops.queue_stats().done == 1
        assert processor.process_all() == 1
        assert processor.process_all() == 1  # the third pass uses the last attempt
        last = review.get_message(store, bad)
        assert last is not None and (last.state, last.attempts) == ("quarantined", 3)
        assert processor.process_all() == 0
    finally:
        store.close()


def test_a_full_disk_gives_the_attempt_back_and_stops_the_pass(tmp_path: Path) -> None:
    settings: Settings = make_settings(tmp_path, mailbox={"max_attempts": 3})[0]
    store: Store = open_store(settings)
    try:
        rows = [
            store.queue.enqueue_message(
                mailbox="INBOX", uidvalidity=1, uid=uid, raw=submission(sender, uid),
                message_id=None, sender=None, subject="",
            )
            for uid, sender in ((1, "dana@birchroofing.example"), (2, "lee@cedarframing.example"))
        ]  # fmt: skip
        processor = Processor(settings, store, FullDiskClassifier(), "w")  # type: ignore[arg-type]
        for _ in range(5):  # more passes than attempts: none of them is used up
            with pytest.raises(EnvironmentFailure, match="OSError"):
                processor.process_all()
        for row in rows:
            assert row is not None
            message = review.get_message(store, row)
            assert message is not None and (message.state, message.attempts) == ("queued", 0)
    finally:
        store.close()
