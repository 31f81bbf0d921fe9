"""Receiving from a real IMAP server (the embedded pymap one): checkpoints, renumbering, limits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from intake.devstack.stack import ThreadedStack
from intake.mailbox.connection import connect
from intake.mailbox.file import file_processed
from intake.mailbox.receive import receive_new
from intake.service.process import Processor
from intake.store import Store, open_store, review
from tests.service.helpers import StubClassifier, folder_ids, imap, make_settings, submission

pytestmark = pytest.mark.slow


def _receive(settings, store: Store) -> int:  # type: ignore[no-untyped-def]
    client = connect(settings.effective_mailbox)
    try:
        return receive_new(
            client,
            store,
            settings.mailbox.folder,
            settings.mailbox.max_message_bytes,
            first_start_days=settings.mailbox.first_start_days,
        )
    finally:
        client.logout()


def _file(settings, store: Store) -> int:  # type: ignore[no-untyped-def]
    client = connect(settings.effective_mailbox)
    try:
        return file_processed(client, store, action=settings.mailbox.file_action)
    finally:
        client.logout()


def test_a_restart_resumes_at_the_checkpoint(tmp_path: Path) -> None:
    settings, _ = make_settings(tmp_path)
    with ThreadedStack(settings):
        with imap(settings) as client:
            for n in (1, 2):
                client.append("INBOX", submission("dana@birchroofing.example", n))
        store = open_store(settings)
        assert _receive(settings, store) == 2
        assert _receive(settings, store) == 0
        store.close()
        with imap(settings) as client:
            client.append("INBOX", submission("dana@birchroofing.example", 3))
        store = open_store(settings)  # "restarted"
        assert _receive(settings, store) == 1
        assert store.ops.queue_stats().queued == 3
        cp = store.queue.checkpoint("INBOX")
        assert cp is not None and cp.last_uid == max(
            store.queue.highest_uid("INBOX", cp.uidvalidity), 0
        )
        store.close()


def test_a_new_uidvalidity_neither_loses_nor_repeats(tmp_path: Path) -> None:
    settings, _ = make_settings(tmp_path, mailbox={"folder": "Incoming"})
    a = submission("dana@birchroofing.example", 1)
    b = submission("lee@cedarframing.example", 2)
    c = b"From: kim@oakroof.example\r\nSubject: no id\r\n\r\nno Message-ID here\r\n"
    d = submission("sam@pineworks.example", 4)
    with ThreadedStack(settings):
        with imap(settings) as client:
            client.create_folder("Incoming")
            for raw in (a, b, c):
                client.append("Incoming", raw)
        store = open_store(settings)
        assert _receive(settings, store) == 3
        processor = Processor(settings, store, StubClassifier(), "w1")  # type: ignore[arg-type]
        first = store.queue.claim_next("w1")
        assert first is not None
        processor.process_one(first)  # a: processed ...
        assert _file(settings, store) == 1  # ... and filed away
        second = store.queue.claim_next("w1")
        assert second is not None
        processor.process_one(second)  # b: processed, not filed yet; c: still queued
        # the server renumbers the folder: same messages b and c, and a new one d
        with imap(settings) as client:
            client.delete_folder("Incoming")
            client.create_folder("Incoming")
            for raw in (b, c, d):
                client.append("Incoming", raw)
        assert _receive(settings, store) == 1  # only d is new
        stats = store.ops.queue_stats()
        assert stats.queued == 2 and stats.done == 2  # c and d wait; nothing twice
        assert _file(settings, store) == 1  # b is still found and filed in its new numbering
        folders = folder_ids(settings)
        assert len(folders["Incoming"]) == 2
        assert sum(len(v) for k, v in folders.items() if k.startswith("Triage/")) == 2
        assert _receive(settings, store) == 0
        store.close()


def test_first_start_leaves_old_mail_alone_and_large_mail_is_set_aside(tmp_path: Path) -> None:
    settings, _ = make_settings(
        tmp_path, mailbox={"first_start_days": 7, "max_message_bytes": 2048}
    )
    old = submission("old@birchroofing.example", 1)
    big = submission("big@birchroofing.example", 2, files=("policy.txt",) * 12)
    assert len(big) > 2048
    with ThreadedStack(settings):
        with imap(settings) as client:
            client.append("INBOX", old, msg_time=datetime.now(UTC) - timedelta(days=30))
            client.append("INBOX", big)
        store = open_store(settings)
        assert _receive(settings, store) == 1
        claimed = store.queue.claim_next("w1")
        assert claimed is not None
        head = claimed.raw_path.read_bytes()
        assert b"X-Secor-Too-Large" in head and b"big@birchroofing.example" in head
        Processor(settings, store, StubClassifier(), "w1").process_one(claimed)  # type: ignore[arg-type]
        assert store.ops.queue_stats().quarantined == 1
        _total, [set_aside] = review.quarantined(store)
        assert set_aside.failure == "message_too_large"
        assert _file(settings, store) == 1
        folders = folder_ids(settings)
        assert (
            len(folders["Triage/Needs review"]) == 1 and len(folders["INBOX"]) == 1
        )  # the old one stays
        store.close()
