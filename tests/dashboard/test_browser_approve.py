"""The approve flow in a real browser: a held reply is found from the nav, edited, sent."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from core.config import Settings
from intake.store import Store, review
from intake.store import schema as t
from tests.dashboard import seed
from tests.dashboard.test_browser import (  # noqa: F401  (fixtures)
    browser,
    fits_the_width,
    log_in,
    page,
    server,
    shot,
)

pytestmark = pytest.mark.slow


def test_staff_approve_an_edited_reply_with_one_click(
    server: str,  # noqa: F811
    page: Page,  # noqa: F811
    settings: Settings,
    store: Store,
) -> None:
    held = seed.add_submission(
        settings, store, uid=70, sender="dana@roofco.example",
        subject="SECOR 2026 certification - Northstar Roofing", files=seed.ROOFING_FILES,
        reply_state=t.HELD, reply_body="Thank you for your SECOR submission. Drafted text.",
    )  # fmt: skip
    [row] = store.results.submission_outbox(held.submission_id)
    outbox_id = int(row.id)

    log_in(page, server)
    waiting = page.locator("#held-link")
    expect(waiting).to_contain_text("Waiting replies")
    expect(page.locator("#held-badge")).to_contain_text("1")
    waiting.click()
    expect(page.get_by_role("link", name="Waiting for approval 1")).to_be_visible()
    shot(page, "10-waiting-replies")
    page.get_by_role("link", name="Read or edit").click()

    text = page.locator(f"#held-body-{outbox_id}")
    expect(text).to_have_value("Thank you for your SECOR submission. Drafted text.")
    text.fill("Hello Dana,\n\nThank you. A coordinator will call you this week.")
    shot(page, "11-held-reply")
    assert fits_the_width(page)
    page.locator(f"#held-send-{outbox_id}").click()

    expect(page.locator("#notice")).to_contain_text("released")
    expect(page.locator("#held-link")).to_have_count(0)
    sent = review.get_reply(store, outbox_id)
    assert sent is not None and sent.state == t.PENDING
    assert b"A coordinator will call you this week." in sent.raw
