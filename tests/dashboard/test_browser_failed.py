"""The Failed page in a real browser: each email's Why is a sentence with what to do next."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from intake.failures import WORDS, Failure
from intake.store import Store
from tests.dashboard.test_browser import (  # noqa: F401  (fixtures)
    browser,
    fits_the_width,
    log_in,
    page,
    server,
    shot,
)
from tests.dashboard.test_failed import set_aside

pytestmark = pytest.mark.slow

SET_ASIDE = [
    (60, "BadZipFile: File is not a zip file", Failure.CORRUPT_ARCHIVE),
    (61, "OSError: [Errno 28] No space left on device: '/srv/secor/work/61'", Failure.STORAGE),
    (62, "processing never finished (the service stopped or crashed)", Failure.NEVER_FINISHED),
]


def test_staff_read_what_went_wrong_and_what_to_do(
    server: str,  # noqa: F811
    page: Page,  # noqa: F811
    store: Store,
) -> None:
    rows = {set_aside(store, uid, reason=reason, failure=failure): (reason, failure)
            for uid, reason, failure in SET_ASIDE}  # fmt: skip
    log_in(page, server)
    page.get_by_role("link", name="Failed messages").click()
    for row, (reason, failure) in rows.items():
        item = page.locator(f"#failed-{row}")
        words = WORDS[failure]
        seen = item.inner_text()  # what is on screen: the collapsed detail is not
        assert words.title in seen and words.what in seen and words.next_step in seen
        assert reason not in seen and "Error" not in seen.replace("error", "")
        detail = item.locator("details.failure-detail")
        detail.locator("summary").click()
        expect(detail.locator("pre")).to_have_text(reason)
        expect(detail).to_contain_text(f"Code {failure}")
        assert "Traceback" not in item.inner_text()
    shot(page, "08b-failed-reasons")
    assert fits_the_width(page)
