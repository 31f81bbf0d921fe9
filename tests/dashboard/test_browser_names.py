"""In a real browser: an attachment's name as the employer gave it (a "/" or markup in it,
"Policy <b>2026</b>.txt", shown whole and as text), and a merged submission's old address."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from core.config import LimitsSettings, LinksSettings, Settings
from intake.ingest import ingest_email
from intake.ingest.names import NAME_SLASH
from intake.store import Store
from intake.store import schema as t
from tests.dashboard import seed
from tests.dashboard.test_browser import (  # noqa: F401  (fixtures)
    browser,
    log_in,
    page,
    server,
    shot,
)

pytestmark = pytest.mark.slow

SENT_AS = "Policy <b>2026</b>.txt"


def _name_as_taken_in(tmp_path: Path) -> tuple[str, Path]:
    """What intake makes of the attachment's name (and where it keeps the file)."""
    message = EmailMessage()
    message["From"] = "pat@birchroofing.ca"
    message["To"] = "cor@acsa.local"
    message["Subject"] = "SECOR 2026"
    message.set_content("Our policy attached.")
    message.add_attachment(b"Health and safety policy 2026", "text", "plain", filename=SENT_AS)
    _, result = ingest_email(message.as_bytes(), tmp_path, LimitsSettings(), LinksSettings())
    (doc,) = result.documents
    assert not result.problems  # a "/" in a name is no path attack: nothing renamed
    assert doc.stored_path is not None
    return doc.path, doc.stored_path


def test_an_attachment_named_with_a_slash_and_markup_shows_whole_and_escaped(
    server: str,  # noqa: F811
    page: Page,  # noqa: F811
    settings: Settings,
    store: Store,
    tmp_path: Path,
) -> None:
    name, stored = _name_as_taken_in(tmp_path / "work")
    assert name.replace(NAME_SLASH, "/") == SENT_AS  # the whole name, its slash a look-alike
    assert "/" not in stored.name and "\\" not in stored.name  # on disk: one safe file name
    sub = seed.add_submission(
        settings,
        store,
        uid=80,
        sender="pat@birchroofing.ca",
        subject="SECOR 2026",
        files=[(name, "policy", 0.2, "Health and safety policy 2026")],
    )
    log_in(page, server)
    page.goto(f"{server}/submissions/{sub.submission_id}")
    row = page.locator(f"#file-{sub.file_ids[name]}")
    shown = row.locator(".name").inner_text()
    assert shown.replace(NAME_SLASH, "/") == SENT_AS
    expect(row.locator("b")).to_have_count(0)  # text, never markup
    expect(row).not_to_contain_text("in Policy")  # not read as a folder
    # the "check these labels" list names it whole too
    expect(page.locator("#file-summary")).to_contain_text(f"Policy <b>2026<{NAME_SLASH}b>.txt")
    shot(page, "20-attachment-name")

    with page.expect_download() as download:
        row.get_by_role("link", name="Download").click()
    assert download.value.suggested_filename == "Policy _b_2026_b_.txt"  # safe to save


def test_a_merged_submissions_old_address_leads_on_in_the_browser(
    server: str,  # noqa: F811
    page: Page,  # noqa: F811
    settings: Settings,
    store: Store,
    seeded: seed.Seeded,
) -> None:
    """Merged with one click, then its old link (a bookmark, an email) opened again."""
    target = store.results.get_submission(seeded.submission_id)
    assert target is not None
    linked = seed.add_submission(
        settings,
        store,
        uid=81,
        sender="pat@birchroofing.ca",
        subject="the contractor agreement",
        files=[("Contractor prequalification.txt", "contracting_services", 0.9, "contractor")],
    )
    with store.tx() as conn:
        conn.execute(
            t.submissions.update()
            .where(t.submissions.c.id == linked.submission_id)
            .values(linked_to=target.id)
        )
    log_in(page, server)
    page.goto(f"{server}/submissions/{linked.submission_id}")
    page.get_by_role("button", name=f"Merge into {target.reference}").click()
    expect(page).to_have_url(f"{server}/submissions/{target.id}")
    page.goto(f"{server}/submissions/{linked.submission_id}")
    expect(page).to_have_url(f"{server}/submissions/{target.id}")
    expect(page.locator("#notice")).to_contain_text(
        f"{linked.reference} was merged into {target.reference} on "
    )
    expect(page.locator("#notice")).to_contain_text("by staff")
    shot(page, "21-merged-old-address")
