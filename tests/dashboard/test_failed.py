"""Failed messages: the page listing emails set aside after their failed attempts, and Retry."""

from __future__ import annotations

import logging
import re
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest
from markupsafe import escape
from sqlalchemy import update
from starlette.testclient import TestClient

from intake.failures import WORDS, Failure
from intake.store import Store
from intake.store import review as store_review
from intake.store import schema as t
from tests.dashboard import seed
from tests.dashboard.conftest import log_in

HTMX = {"HX-Request": "true"}
REASON = "ValueError: cannot unpack <script>alert(1)</script> & more"
NEEDS_REVIEW = "Triage/Needs review"


def set_aside(
    store: Store,
    uid: int,
    *,
    reason: str = REASON,
    sender: str = "owner@stonebridgemasonry.ca",
    subject: str = "SECOR submission Stonebridge",
    attempts: int = 3,
    failure: Failure | None = None,
) -> int:
    """A stored email that failed ATTEMPTS times and was set aside, as the service does it."""
    row = store.queue.enqueue_message(
        mailbox="INBOX",
        uidvalidity=1,
        uid=uid,
        raw=f"Subject: {subject}\r\n\r\nOur documents are in the zip.".encode(),
        message_id=None,
        sender=sender,
        subject=subject,
    )
    assert row is not None
    for attempt in range(1, attempts + 1):
        claimed = store.queue.claim_next("worker")
        assert claimed is not None and claimed.id == row
        last = attempt == attempts
        assert store.queue.fail_message(
            row, reason, quarantine=last, folder=NEEDS_REVIEW, worker="worker", failure=failure
        )
    return row


def state_of(store: Store, row: int) -> tuple[str, int, str | None]:
    message = store_review.get_message(store, row)
    assert message is not None
    return message.state, message.attempts, message.error


def retry(client: TestClient, token: str, row: int) -> str:
    response = client.post(
        f"/messages/{row}/retry", headers=HTMX | {"X-CSRF-Token": token}, data={}
    )
    assert response.status_code == 200, response.text
    return response.text


def test_the_page_lists_a_failed_email_with_its_reason(
    client: TestClient, staff: str, store: Store
) -> None:
    assert "No email is waiting here" in client.get("/failed").text
    assert 'class="badge"' not in client.get("/").text
    row = set_aside(store, 41)
    with store.tx() as conn:  # 18:30 UTC is 12:30 in Edmonton (the configured zone, MDT)
        conn.execute(
            update(t.messages)
            .where(t.messages.c.id == row)
            .values(received_at=datetime(2026, 3, 14, 18, 30, tzinfo=UTC))
        )

    html = client.get("/failed").text
    assert "owner@stonebridgemasonry.ca" in html and "SECOR submission Stonebridge" in html
    assert "2026-03-14 12:30" in html and "3 attempts" in html
    assert "cannot unpack &lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
    assert "<script>alert" not in html
    assert f'hx-get="/messages/{row}/text"' in html
    assert f'action="/messages/{row}/retry"' in html
    assert 'name="csrf_token"' in html
    assert "Not filed on the mail server yet" in html

    # the navigation of every page counts them
    nav = client.get("/").text.split('aria-label="Main"')[1].split("</nav>")[0]
    assert 'href="/failed"' in nav and '<span class="badge">1<' in nav

    # the stored email can be read, and leads back here
    text = client.get(f"/messages/{row}/text", headers=HTMX).text
    assert "Our documents are in the zip." in text
    assert 'href="/failed"' in client.get(f"/messages/{row}/text").text


def _outside_details(html: str) -> str:
    """The page without its collapsed technical detail."""
    return re.sub(r'<details class="failure-detail">.*?</details>', "", html, flags=re.S)


@pytest.mark.parametrize(
    ("reason", "failure", "expected"),
    [
        ("BadZipFile: File is not a zip file", Failure.CORRUPT_ARCHIVE, Failure.CORRUPT_ARCHIVE),
        ("OSError: [Errno 28] No space left on device", None, Failure.STORAGE),
        ("TimeoutError: the archive took too long", None, Failure.TIMED_OUT),
        ("processing never finished in 3 attempts", Failure.NEVER_FINISHED, Failure.NEVER_FINISHED),
        ("KeyError: 'label'", Failure.PROCESSING_FAILED, Failure.PROCESSING_FAILED),
    ],
)
def test_why_is_a_sentence_with_what_to_do_and_the_detail_is_kept_apart(
    client: TestClient, staff: str, store: Store, reason: str, failure: Failure | None,
    expected: Failure,
) -> None:  # fmt: skip
    row = set_aside(store, 50, reason=reason, failure=failure)
    html = client.get("/failed").text
    words = WORDS[expected]
    shown = _outside_details(html)
    assert f'data-failure="{expected}"' in shown
    for text in (words.title, words.what, words.next_step):
        assert str(escape(text)) in shown
    assert reason.split(":")[0] not in shown.split(f'id="failed-{row}"')[1]
    detail = html.split('<details class="failure-detail">')[1].split("</details>")[0]
    assert f"<code>{expected}</code>" in detail and f"message {row}" in detail
    assert "Traceback" not in html


def test_a_filed_email_is_said_to_stay_in_needs_review(
    client: TestClient, staff: str, store: Store
) -> None:
    row = set_aside(store, 42)
    store.filing.mark_filed(row)
    html = client.get("/failed").text
    assert f"stays in {NEEDS_REVIEW} in the mail client" in html
    after = retry(client, staff, row)
    assert f"stays in {NEEDS_REVIEW} in the mail client" in after
    message = store_review.get_message(store, row)
    assert message is not None and message.filed  # the service will not move it again


def test_the_page_and_the_retry_need_a_login_and_the_token(
    client: TestClient, seeded: seed.Seeded, store: Store
) -> None:
    row = set_aside(store, 43)
    page = client.get("/failed")
    assert page.status_code == 303
    assert page.headers["location"] == "/login?next=%2Ffailed"
    assert client.get("/failed", headers=HTMX).status_code == 401
    assert client.post(f"/messages/{row}/retry").status_code == 401

    token = log_in(client)
    assert client.post(f"/messages/{row}/retry").status_code == 403
    assert client.post(f"/messages/{row}/retry", data={"csrf_token": "forged"}).status_code == 403
    forged = client.post(f"/messages/{row}/retry", headers=HTMX | {"X-CSRF-Token": "x" * 43})
    assert forged.status_code == 403
    assert state_of(store, row) == ("quarantined", 3, REASON)

    # a plain form post with the token works, and comes back to the page with a notice
    done = client.post(f"/messages/{row}/retry", data={"csrf_token": token})
    assert done.status_code == 303 and done.headers["location"] == "/failed"
    assert "Back in the queue" in client.get("/failed").text


def test_a_retry_requeues_once(
    client: TestClient, staff: str, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    row = set_aside(store, 44)
    with caplog.at_level(logging.INFO, logger="intake.dashboard.actions"):
        first = retry(client, staff, row)
    assert "Back in the queue" in first and "Retry" not in first.split("<li")[1]
    assert 'id="failed-badge" hx-swap-oob="true"></span>' in first  # none left: no badge
    assert state_of(store, row) == ("queued", 0, None)
    assert any(
        f"message {row} put back in the queue by staff account staff" in r.getMessage()
        for r in caplog.records
    )

    second = retry(client, staff, row)
    assert "Nothing changed: this email is in the queue already" in second
    assert state_of(store, row) == ("queued", 0, None)
    assert "No email is waiting here" in client.get("/failed").text

    # the service takes it again, counting attempts from the start
    claimed = store.queue.claim_next("worker")
    assert claimed is not None and (claimed.id, claimed.attempts) == (row, 1)


def test_concurrent_retries_requeue_once(store: Store) -> None:
    row = set_aside(store, 45)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: store_review.retry_quarantined(store, row), range(8)))
    assert results.count(True) == 1
    assert state_of(store, row) == ("queued", 0, None)


@pytest.mark.parametrize("state", ["queued", "processing", "done"])
def test_only_a_set_aside_email_can_be_retried(
    client: TestClient, staff: str, store: Store, state: str
) -> None:
    row = set_aside(store, 46)
    with store.tx() as conn:
        conn.execute(
            update(t.messages)
            .where(t.messages.c.id == row)
            .values(state=state, attempts=2, error="kept", claimed_by="worker")
        )
    html = retry(client, staff, row)
    assert "Nothing changed" in html and "Back in the queue" not in html.split("<li")[0]
    assert not store_review.retry_quarantined(store, row)
    message = store_review.get_message(store, row)
    assert message is not None
    assert (message.state, message.attempts, message.error, message.claimed_by) == (
        state,
        2,
        "kept",
        "worker",
    )


def test_retrying_a_missing_email_is_a_404(client: TestClient, staff: str) -> None:
    response = client.post("/messages/9999/retry", headers=HTMX | {"X-CSRF-Token": staff})
    assert response.status_code == 404
    assert "No such email" in response.text
