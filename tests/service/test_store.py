"""The store's queue and outbox on SQLite and on a real PostgreSQL (when installed)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from intake.store import Store, open_store, review
from intake.store import schema as t
from intake.store.helpers import ClaimLost
from intake.store.rows import NewFile, NewReply
from tests.service.helpers import make_settings


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The same tests on SQLite and on PostgreSQL."""
    sections: dict[str, dict[str, object]] = {}
    if request.param == "postgresql":
        sections["store"] = {"url": request.getfixturevalue("pg_url")}
    settings, _ = make_settings(tmp_path, **sections)
    store = open_store(settings)
    yield store
    store.close()


def _enqueue(
    store: Store, uid: int, *, uidvalidity: int = 3_300_000_000, mid: str | None = None
) -> int | None:
    return store.queue.enqueue_message(
        mailbox="INBOX",
        uidvalidity=uidvalidity,
        uid=uid,
        raw=f"Subject: {uid}\r\n\r\nbody\r\n".encode(),
        message_id=mid or f"<{uid}@example.com>",
        sender="dana@birchroofing.example",
        subject=str(uid),
        size=100 + uid,
        checkpoint=True,
    )


def _save(store: Store, row: int, worker: str | None, reply: bool = True) -> int:
    return store.results.save_result(
        message_row=row,
        submission_id=None,
        reference=f"SECOR-{row}",
        report={"status": "incomplete"},
        sender="dana@birchroofing.example",
        subject="s\x00ubject",
        year="unknown",
        status="incomplete",
        thread_ids=[],
        file_rows=[
            NewFile(
                path="a.txt",
                member_path="a.txt",
                sha256="0" * 64,
                size=1,
                stored_path=None,
                label="policy",
                kind="directive",
                confidence=0.9,
                needs_review=False,
                text="te\x00xt",
            )
        ],
        folder="Triage/Incomplete",
        reply=NewReply(
            dedupe_key=f"auto:message:{row}",
            recipient="dana@birchroofing.example",
            subject="Re: s",
            message_id=f"<r{row}@acsa.local>",
            raw=b"raw",
            kind="auto",
        )
        if reply
        else None,
        worker=worker,
    )


def test_enqueue_is_once_and_advances_the_checkpoint(any_store: Store) -> None:
    assert _enqueue(any_store, 101) is not None
    assert _enqueue(any_store, 101) is None  # seen again: stored once
    assert _enqueue(any_store, 105) is not None
    cp = any_store.queue.checkpoint("INBOX")
    assert cp is not None and (cp.uidvalidity, cp.last_uid) == (3_300_000_000, 105)
    any_store.queue.set_checkpoint("INBOX", 3_300_000_000, 102)  # never backwards
    assert any_store.queue.checkpoint("INBOX").last_uid == 105  # type: ignore[union-attr]
    any_store.queue.set_checkpoint("INBOX", 7, 3)  # a new generation replaces it
    assert any_store.queue.checkpoint("INBOX").uidvalidity == 7  # type: ignore[union-attr]


def test_claims_count_attempts_and_exhausted_messages_are_set_aside(any_store: Store) -> None:
    row = _enqueue(any_store, 1)
    assert row is not None
    for attempt in (1, 2, 3):
        claimed = any_store.queue.claim_next("w1")
        assert claimed is not None and claimed.attempts == attempt
        # the worker "dies": its claim is released, the attempt stays counted
        assert any_store.queue.release_stale_claims(timedelta(0)) == 1
    assert any_store.queue.quarantine_exhausted(3, "Triage/Needs review") == [row]
    assert any_store.queue.claim_next("w1") is None
    set_aside = review.get_message(any_store, row)
    assert set_aside is not None and set_aside.failure == "never_finished"
    assert any_store.ops.queue_stats().quarantined == 1
    assert [r.triage_folder for r in any_store.filing.unfiled()] == ["Triage/Needs review"]


def test_a_result_is_stored_only_under_the_claim(any_store: Store) -> None:
    row = _enqueue(any_store, 1)
    assert row is not None
    claimed = any_store.queue.claim_next("w1")
    assert claimed is not None
    any_store.queue.release_stale_claims(timedelta(0))  # w1 looked dead; w2 takes the message over
    assert any_store.queue.claim_next("w2") is not None
    with pytest.raises(ClaimLost):
        _save(any_store, row, "w1")
    _save(any_store, row, "w2")
    stats = any_store.ops.queue_stats()
    assert stats.done == 1 and stats.outbox_pending == 1
    assert len(any_store.outbox.due()) == 1


def test_environment_failures_give_the_attempt_back(any_store: Store) -> None:
    _enqueue(any_store, 1)
    first = any_store.queue.claim_next("w1")
    assert first is not None and first.attempts == 1
    assert any_store.queue.release_claim(first.id, "w1", refund=True)
    again = any_store.queue.claim_next("w1")
    assert again is not None and again.attempts == 1


def test_outbox_states_and_in_doubt_lookup(any_store: Store) -> None:
    row = _enqueue(any_store, 1)
    assert row is not None and any_store.queue.claim_next("w1") is not None
    _save(any_store, row, "w1")
    (mail,) = any_store.outbox.due()
    assert any_store.outbox.mark_sending(mail.id, "w1")
    assert not any_store.outbox.mark_sending(mail.id, "w2")  # sent at most once
    assert any_store.outbox.stuck_sending(timedelta(hours=1)) == []
    assert [m.id for m in any_store.outbox.stuck_sending(timedelta(hours=1), worker="w1")] == [
        mail.id
    ]
    assert [m.id for m in any_store.outbox.stuck_sending(timedelta(0))] == [mail.id]
    any_store.outbox.mark_sent(mail.id)
    assert [m.id for m in any_store.outbox.uncopied()] == [mail.id]
    any_store.outbox.mark_copied(mail.id)
    assert any_store.outbox.uncopied() == []
    assert any_store.outbox.next_due_at() is None


def test_inbound_messages_are_numbered_and_kept_once(any_store: Store) -> None:
    first, new = any_store.queue.enqueue_inbound(
        mailbox="inbound", raw=b"Subject: a\r\n\r\n1", message_id=None, sender=None, subject="a"
    )
    again, repeated = any_store.queue.enqueue_inbound(
        mailbox="inbound", raw=b"Subject: a\r\n\r\n1", message_id=None, sender=None, subject="a"
    )
    other, _ = any_store.queue.enqueue_inbound(
        mailbox="inbound", raw=b"Subject: b\r\n\r\n2", message_id=None, sender=None, subject="b"
    )
    assert new and not repeated and first == again and other != first
    assert any_store.filing.unfiled() == []  # nothing to move over IMAP


def test_two_workers_never_claim_the_same_message(any_store: Store) -> None:
    for uid in range(1, 41):
        _enqueue(any_store, uid)
    claims: dict[str, list[int]] = {"a": [], "b": [], "c": []}

    def work(name: str) -> None:
        while (item := any_store.queue.claim_next(name)) is not None:
            claims[name].append(item.id)

    threads = [threading.Thread(target=work, args=(n,)) for n in claims]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    taken = [i for ids in claims.values() for i in ids]
    assert sorted(taken) == sorted(set(taken)) and len(taken) == 40


def test_an_older_database_gains_the_new_columns(tmp_path: Path) -> None:
    settings, _ = make_settings(tmp_path)
    settings.data_dir.mkdir(parents=True)
    engine = create_engine(settings.database_url)
    with engine.begin() as conn:  # the messages table as the first version made it
        conn.execute(
            text(
                "CREATE TABLE messages (id INTEGER PRIMARY KEY, mailbox VARCHAR(200) NOT NULL, "
                "uidvalidity INTEGER NOT NULL, uid INTEGER NOT NULL, message_id VARCHAR(500), "
                "sender VARCHAR(320), subject TEXT NOT NULL, size INTEGER NOT NULL, "
                "raw_path TEXT NOT NULL, received_at DATETIME NOT NULL, "
                "state VARCHAR(20) NOT NULL, attempts INTEGER NOT NULL, error TEXT, "
                "claimed_by VARCHAR(100), claimed_at DATETIME, submission_id INTEGER, "
                "triage_folder VARCHAR(200), filed BOOLEAN NOT NULL)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO messages VALUES (1, 'INBOX', 5, 9, '<a@b>', NULL, '', 10, 'x', "
                "'2026-01-01', 'done', 1, NULL, NULL, NULL, NULL, 'Triage/Complete', 1)"
            )
        )
    engine.dispose()
    store = open_store(settings)
    try:
        columns = {c["name"] for c in inspect(store.engine).get_columns("messages")}
        assert {"source", "sha256", "filing_at"} <= columns
        assert store.queue.highest_uid("INBOX", 5) == 9
        with store.tx() as conn:
            assert conn.execute(text("SELECT source FROM messages")).scalar() == t.SOURCE_IMAP
    finally:
        store.close()


def test_heartbeats_come_back_typed_and_a_damaged_one_is_forgotten(any_store: Store) -> None:
    any_store.ops.heartbeat("host:1", 3)
    any_store.ops.set_meta("heartbeat:host:2", "not json")
    beats = any_store.ops.heartbeats()
    assert list(beats) == ["host:1"] and beats["host:1"].cycles == 3
    assert beats["host:1"].at.tzinfo is not None
    assert beats["host:1"].as_dict() == {"at": beats["host:1"].at.isoformat(), "cycles": 3}
    assert any_store.ops.get_meta("heartbeat:host:2") is None
