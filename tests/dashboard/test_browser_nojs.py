"""The dashboard in a real browser with JavaScript turned off: a refused reply keeps its text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from intake.store import Store
from tests.dashboard import seed
from tests.dashboard.test_browser import (  # noqa: F401  (fixtures)
    browser,
    fits_the_width,
    log_in,
    server,
    shot,
)

pytestmark = pytest.mark.slow

TYPED = "Hello Pat,\n\nWe still need your contractor records for element 13.\n\nACSA COR"


@pytest.fixture
def plain_page(browser: Browser) -> Iterator[Page]:  # noqa: F811
    """A page in a browser context with JavaScript disabled."""
    context = browser.new_context(
        viewport={"width": 1366, "height": 768}, java_script_enabled=False
    )
    try:
        yield context.new_page()
    finally:
        context.close()


def _manual(store: Store, sub_id: int) -> list[str]:
    return [r.subject for r in store.results.submission_outbox(sub_id) if r.kind == "manual"]


def test_a_refused_reply_comes_back_with_the_text_and_the_reason_without_javascript(
    server: str,  # noqa: F811
    plain_page: Page,
    store: Store,
    seeded: seed.Seeded,
) -> None:
    page = plain_page
    log_in(page, server)
    page.get_by_role("link", name=seeded.reference).click()
    expect(page.locator("#missing")).to_contain_text("Element 13 - Contracting Services")

    # a subject of spaces passes the browser's own check; the dashboard refuses it
    page.get_by_label("Subject").fill("   ")
    page.locator("#reply-body").fill(TYPED)
    page.get_by_role("button", name="Queue reply").click()
    error = page.locator("#reply-subject-error")
    expect(error).to_have_text("Enter a subject.")
    expect(page.get_by_label("Subject")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("Subject")).to_be_focused()
    expect(page.locator("#reply-body")).to_have_value(TYPED)  # what staff typed is kept
    expect(page.locator(".notice.error")).to_contain_text("Not queued: Enter a subject.")
    shot(page, "12-reply-refused-no-js")
    assert fits_the_width(page)
    assert _manual(store, seeded.submission_id) == []

    # an empty message: the subject staff typed this time is kept with the reason by the text
    page.get_by_label("Subject").fill("Re: SECOR 2026 - contractor records")
    page.locator("#reply-body").fill(" \n ")
    page.get_by_role("button", name="Queue reply").click()
    expect(page.locator("#reply-body-error")).to_have_text("Write the text of the reply.")
    expect(page.locator("#reply-subject-error")).to_have_count(0)
    expect(page.get_by_label("Subject")).to_have_value("Re: SECOR 2026 - contractor records")
    expect(page.locator("#reply-body")).to_be_focused()

    # fixed and sent again: queued once
    page.locator("#reply-body").fill(TYPED)
    page.get_by_role("button", name="Queue reply").click()
    expect(page.locator(".notice")).to_contain_text("queued")
    assert _manual(store, seeded.submission_id) == ["Re: SECOR 2026 - contractor records"]

    # staff replied, so the form starts empty; "Draft again" brings the draft back, no JavaScript
    expect(page.locator("#reply-body")).to_have_value("")
    page.get_by_role("button", name="Draft again from the checks").click()
    expect(page.locator("#reply-body")).to_contain_text("Element 13 - Contracting Services")
