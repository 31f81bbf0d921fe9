"""A message that fails is tried again on a later pass of the service, never at once."""

from __future__ import annotations

from pathlib import Path

from core.config import Settings
from intake.service.process import Processor
from intake.store import Store, open_store, review
from tests.service.helpers import CrashingClassifier, make_settings, submission


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
