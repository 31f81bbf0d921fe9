"""The service loop against the embedded IMAP server and SMTP hub (stub classifier)."""

from __future__ import annotations

import pytest

from core.config import Settings
from intake.devstack.stack import ThreadedStack
from intake.service.runner import IntakeService
from intake.store import Store, review
from tests.service.helpers import (
    CrashingClassifier,
    ServiceThread,
    StubClassifier,
    append,
    folder_ids,
    outbox_messages,
    submission,
    wait_for,
)

pytestmark = pytest.mark.slow


def _settled(store: Store, n: int) -> bool:
    q = store.ops.queue_stats()
    return (
        q.done + q.quarantined == n
        and not q.unfiled
        and not q.outbox_pending
        and not q.outbox_uncopied
    )


def test_messages_are_triaged_replied_to_once_and_filed(
    settings: Settings, store: Store, stack: ThreadedStack
) -> None:
    complete = [
        f"{k}.txt"
        for k in (
            "policy",
            "hazard",
            "practice",
            "procedure",
            "rules",
            "ppe",
            "maintenance",
            "training",
            "inspection",
            "investigation",
            "emergency",
            "statistics",
            "contractor",
        )
    ]
    raws = [
        submission("dana@birchroofing.example", 1),
        submission("lee@cedarframing.example", 2, files=complete),
    ]
    append(settings, raws)
    service = IntakeService(settings, store, StubClassifier())  # type: ignore[arg-type]
    with ServiceThread(service):
        wait_for(lambda: _settled(store, 2), what="two messages processed, replied to and filed")
        # a message arriving while the service idles is picked up (IDLE wakes it)
        append(settings, [submission("kim@oakroof.example", 3)])
        wait_for(lambda: _settled(store, 3), what="the third message")
    folders = folder_ids(settings)
    assert folders["INBOX"] == []
    triaged = {name: ids for name, ids in folders.items() if name.startswith("Triage/")}
    assert sum(len(ids) for ids in triaged.values()) == 3
    assert len(triaged["Triage/Incomplete"]) >= 2
    replies = outbox_messages(settings)
    assert sorted(str(m["To"]) for m in replies) == [
        "dana@birchroofing.example",
        "kim@oakroof.example",
        "lee@cedarframing.example",
    ]
    assert len(folders["Sent"]) == 3
    assert sorted(folders["Sent"]) == sorted(str(m["Message-ID"]) for m in replies)
    assert stack.duplicates == 0


def test_a_message_that_keeps_failing_is_set_aside_and_does_not_block(
    settings: Settings, store: Store, stack: ThreadedStack
) -> None:
    bad = submission("dana@birchroofing.example", 1, files=("explode.txt",))
    good = submission("lee@cedarframing.example", 2)
    append(settings, [bad, good])
    service = IntakeService(settings, store, CrashingClassifier())  # type: ignore[arg-type]
    with ServiceThread(service):
        wait_for(lambda: _settled(store, 2), what="both messages settled")
    assert store.ops.queue_stats().quarantined == 1
    _total, [set_aside] = review.quarantined(store)
    assert (set_aside.failure, set_aside.error) == (
        "processing_failed",
        "RuntimeError: classifier blew up",
    )
    folders = folder_ids(settings)
    assert len(folders["Triage/Needs review"]) == 1
    assert [str(m["To"]) for m in outbox_messages(settings)] == ["lee@cedarframing.example"]


def test_the_service_survives_an_imap_restart_and_a_relay_outage(
    settings: Settings, store: Store, stack: ThreadedStack
) -> None:
    stack.relay_down()
    append(settings, [submission("dana@birchroofing.example", 1)])
    service = IntakeService(settings, store, StubClassifier())  # type: ignore[arg-type]
    with ServiceThread(service):
        wait_for(
            lambda: store.ops.queue_stats().done == 1, what="processing while the relay is down"
        )
        assert store.ops.queue_stats().outbox_pending == 1
        stack.restart_imap(down_seconds=1.0)
        append(settings, [submission("lee@cedarframing.example", 2)])
        stack.relay_up()
        wait_for(lambda: _settled(store, 2), timeout=40, what="both replies sent after the outage")
    assert sorted(str(m["To"]) for m in outbox_messages(settings)) == [
        "dana@birchroofing.example",
        "lee@cedarframing.example",
    ]
    assert stack.duplicates == 0
