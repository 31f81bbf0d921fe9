"""A submission being read shows how far it has got: "Processing 120 of 500 files"."""

from __future__ import annotations

from starlette.testclient import TestClient

from intake.store import Store
from intake.store.progress import StoreProgress, clear_progress, in_progress, set_progress


def _processing_message(store: Store, uid: int = 900) -> int:
    row = store.queue.enqueue_message(
        mailbox="INBOX",
        uidvalidity=1,
        uid=uid,
        raw=b"Subject: SECOR 2026\r\n\r\nattached",
        message_id=None,
        sender="owner@prairieroofing.ca",
        subject="SECOR 2026 Prairie Roofing",
    )
    assert row is not None
    claimed = store.queue.claim_next("test")
    assert claimed is not None and claimed.id == row
    return row


def test_progress_is_recorded_read_and_cleared(store: Store) -> None:
    row = _processing_message(store)
    set_progress(store, row, 120, 500)
    [shown] = in_progress(store)
    assert (shown.message, shown.done, shown.total) == (row, 120, 500)
    assert shown.subject == "SECOR 2026 Prairie Roofing"
    set_progress(store, row, 121, 500)
    assert in_progress(store)[0].done == 121
    clear_progress(store, row)
    assert in_progress(store) == []


def test_progress_of_a_message_no_longer_processing_is_swept(store: Store) -> None:
    row = _processing_message(store)
    set_progress(store, row, 3, 10)
    store.queue.release_claim(row, "test")
    assert in_progress(store) == []
    assert store.ops.get_meta(f"progress:{row}") is None


def test_the_processor_callback_writes_at_most_once_a_second_but_always_the_end(
    store: Store,
) -> None:
    row = _processing_message(store)
    callback = StoreProgress(store, row)
    callback(1, 500)
    callback(2, 500)  # too soon: not written
    assert in_progress(store)[0].done == 1
    callback(500, 500)
    assert in_progress(store)[0].done == 500


def test_the_inbox_says_how_far_a_submission_being_read_has_got(
    client: TestClient, staff: str, store: Store
) -> None:
    row = _processing_message(store, uid=901)
    set_progress(store, row, 120, 500)
    html = client.get("/").text
    assert "Processing 120 of 500 files" in html
    assert "SECOR 2026 Prairie Roofing" in html
    clear_progress(store, row)
    assert "Processing" not in client.get("/").text
