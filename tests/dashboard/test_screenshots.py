"""The review flow by keyboard in a real browser, and the documentation's screenshots.

The screenshots are taken here, from the same seeded store as the other browser tests,
into test-artifacts/screenshots/; `make screenshots` (SECOR_UPDATE_SCREENSHOTS=1) writes
them to docs/screenshots/ instead, so a test run never changes a tracked file.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select, update

from intake.store import Store
from intake.store import schema as t
from tests.conftest import REPO
from tests.dashboard import seed
from tests.dashboard.test_browser import browser, log_in, page, server  # noqa: F401 - fixtures

pytestmark = pytest.mark.slow

SCREENSHOTS = (
    REPO / "docs" / "screenshots"
    if os.environ.get("SECOR_UPDATE_SCREENSHOTS")
    else REPO / "test-artifacts" / "screenshots"
)


def _replies_sent(store: Store) -> None:
    """Every automatic reply went out two minutes after its email (for the reply time)."""
    m = t.messages.c
    with store.tx() as conn:
        for sub_id, received in conn.execute(select(m.submission_id, m.received_at)).all():
            if sub_id is None:
                continue
            when = (received if received.tzinfo else received.replace(tzinfo=UTC)) + timedelta(
                minutes=2
            )
            conn.execute(
                update(t.outbox)
                .where(t.outbox.c.submission_id == sub_id)
                .values(state=t.SENT, sent_at=min(when, datetime.now(UTC)))
            )


def test_the_review_flow_by_keyboard_and_the_screenshots(
    server: str,  # noqa: F811
    page: Page,  # noqa: F811
    store: Store,
    seeded: seed.Seeded,
) -> None:
    _replies_sent(store)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    log_in(page, server)
    expect(page.locator("table.inbox")).to_contain_text("Birch Roofing Ltd.")
    expect(page.locator("table.inbox")).to_contain_text("replied in 2 min")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "inbox.png"), full_page=True, caret="initial")

    # j moves down the list, o opens the submission
    page.keyboard.press("j")
    expect(page.locator("table.inbox tr.kb-current")).to_have_count(1)
    first = page.locator("table.inbox tr.kb-current").get_attribute("data-href")
    page.keyboard.press("o")
    expect(page).to_have_url(f"{server}{first}")

    # the submission reads at a glance: company, reply time, problems by kind
    page.goto(f"{server}/submissions/{seeded.submission_id}")
    expect(page.locator(".company")).to_have_text("Birch Roofing Ltd.")
    expect(page.locator("#problems .problem-group").first).to_be_visible()
    page.locator("#problems .problem-group summary").first.click()
    expect(page.locator("#problems .problem-items").first).to_be_visible()
    page.screenshot(path=str(SCREENSHOTS / "submission.png"), full_page=False, caret="initial")

    # l goes to the label to check, a accepts, n goes on to the next open submission
    page.keyboard.press("l")
    focused = page.evaluate("document.activeElement && document.activeElement.name")
    assert focused == "label"
    page.keyboard.press("Escape")
    page.keyboard.press("a")
    expect(page.locator("#review-accepted")).to_have_attribute("aria-pressed", "true")
    page.keyboard.press("?")
    expect(page.locator("#keys-help")).to_be_visible()
    page.keyboard.press("?")
    next_link = page.locator("#next-submission")
    target = next_link.get_attribute("href")
    assert target and target != f"/submissions/{seeded.submission_id}"
    page.keyboard.press("n")
    expect(page).to_have_url(f"{server}{target}")
    assert not errors, "\n".join(errors)
