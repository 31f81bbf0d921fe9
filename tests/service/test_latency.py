"""Mail that arrives while the service is busy is taken at once, not after the poll."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from intake.commands.status import gather
from intake.devstack.stack import ThreadedStack
from intake.documents import Document
from intake.ops.metrics import render
from intake.prediction import Prediction
from intake.service.runner import IntakeService
from intake.store import open_store
from tests.service.helpers import (
    ServiceThread,
    StubClassifier,
    append,
    make_settings,
    submission,
    wait_for,
)

pytestmark = pytest.mark.slow

BUSY_SECONDS = 3.0


class SlowClassifier(StubClassifier):
    """Takes a while over files named 'slow', like a big scanned submission."""

    def __init__(self) -> None:
        self.busy = False

    def predict(self, docs: Sequence[Document]) -> list[Prediction]:
        if any("slow" in d.member_path.as_posix() for d in docs):
            self.busy = True
            time.sleep(BUSY_SECONDS)
            self.busy = False
        return super().predict(docs)


def test_mail_arriving_during_a_busy_cycle_is_taken_without_waiting_for_the_poll(
    tmp_path: Path,
) -> None:
    settings, _ = make_settings(tmp_path, mailbox={"poll_seconds": 60.0, "idle": True})
    classifier = SlowClassifier()
    with ThreadedStack(settings):
        store = open_store(settings)
        try:
            service = IntakeService(settings, store, classifier)  # type: ignore[arg-type]
            with ServiceThread(service):
                wait_for(lambda: service.cycles >= 1, what="a first cycle")
                append(settings, [submission("a@one.example", 1, files=("slow policy.txt",))])
                wait_for(lambda: classifier.busy, what="the service busy with the first")
                arrived = time.monotonic()
                append(settings, [submission("b@two.example", 2)])
                wait_for(
                    lambda: store.ops.queue_stats().done == 2,
                    timeout=BUSY_SECONDS + 20,
                    what="the second message, well before the 60 s poll",
                )
                assert time.monotonic() - arrived < BUSY_SECONDS + 15
                wait_for(lambda: store.ops.queue_stats().outbox_sent == 2, what="both replies")
            page = render(store)[0].decode()
            assert "# TYPE secor_arrival_to_reply_seconds histogram" in page
            assert "secor_arrival_to_reply_seconds_count 2.0" in page
        finally:
            store.close()
    data = gather(settings)
    reply = data["arrival_to_reply"]
    assert reply["replies"] == 2
    assert reply["p50_seconds"] is not None and reply["p95_seconds"] >= reply["p50_seconds"]
    assert reply["p95_seconds"] < 60
