"""Several workers sharing one mailbox through PostgreSQL: each message once, each reply once."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from intake.devstack.stack import ThreadedStack
from intake.service.runner import IntakeService
from intake.store import open_store
from tests.service.helpers import (
    ServiceThread,
    StubClassifier,
    append,
    folder_ids,
    make_settings,
    outbox_messages,
    submission,
    wait_for,
)
from tests.service.test_loop import _settled

pytestmark = pytest.mark.slow


def test_three_workers_share_the_queue(tmp_path: Path, pg_url: str) -> None:
    settings, _ = make_settings(tmp_path, store={"url": pg_url})
    senders = [f"owner{n}@roofer{n}.example" for n in range(24)]
    with ThreadedStack(settings) as stack:
        append(settings, [submission(s, n) for n, s in enumerate(senders)])
        stores = [open_store(settings) for _ in range(3)]
        services = [IntakeService(settings, st, StubClassifier()) for st in stores]  # type: ignore[arg-type]
        try:
            with ServiceThread(services[0]), ServiceThread(services[1]), ServiceThread(services[2]):
                # a reply or its Sent copy may wait for a later pass of another worker (the
                # mailbox lock is one worker's at a time; a reply marked 'sending' by a slow
                # worker is resolved after 3 x the SMTP timeout + 60 s): on a loaded machine
                # all settled in 10 to 60 s, so the bound is that window and more
                wait_for(lambda: _settled(stores[0], len(senders)), timeout=150, what="all settled")
            assert len({s.worker for s in services}) == 3
            stats = stores[0].ops.queue_stats()
            assert stats.done == len(senders) and stats.quarantined == 0
            assert stats.outbox_sent == len(senders)
        finally:
            for st in stores:
                st.close()
        replies = outbox_messages(settings)
        assert sorted(str(m["To"]) for m in replies) == sorted(senders)
        assert stack.duplicates == 0
        folders = folder_ids(settings)
        assert folders["INBOX"] == []
        assert sum(len(v) for k, v in folders.items() if k.startswith("Triage/")) == len(senders)
        assert len(folders["Sent"]) == len(senders)


def test_workers_setting_one_key_at_once_all_succeed(tmp_path: Path, pg_url: str) -> None:
    """Two workers noted the IMAP certificate's expiry in the same instant and one failed on
    the key-value table's primary key; a single upsert lets every writer win in turn."""
    settings, _ = make_settings(tmp_path, store={"url": pg_url})
    stores = [open_store(settings) for _ in range(4)]
    start = threading.Barrier(len(stores))
    failures: list[BaseException] = []

    def write(n: int) -> None:
        start.wait()
        try:
            for round_ in range(20):
                stores[n].ops.set_meta(f"expiry:race{round_}", f"worker {n}")
                stores[n].ops.heartbeat(f"race{round_}", n)
        except BaseException as exc:  # collected for the assertion below
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(len(stores))]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert failures == []
        assert stores[0].ops.get_meta("expiry:race19") in {f"worker {n}" for n in range(4)}
    finally:
        for st in stores:
            st.close()
