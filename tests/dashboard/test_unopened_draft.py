"""A submission nothing of which could be opened: the staff draft asks for it again."""

from __future__ import annotations

import html
import re
from email.message import EmailMessage

from starlette.testclient import TestClient

from core.config import Settings
from intake.dashboard import mail
from intake.service.process import Processor
from intake.store import Store, review
from tests.dashboard import seed
from tests.service.helpers import StubClassifier


def _damaged_zip_email() -> bytes:
    msg = EmailMessage()
    msg["From"] = "sam@stonebridge.example"
    msg["To"] = "cor@acsa.local"
    msg["Subject"] = "SECOR 2026 submission Stonebridge Masonry"
    msg["Message-ID"] = "<damaged-1@stonebridge.example>"
    msg.set_content("Hi, here is our SECOR package. Thanks, Sam")
    msg.add_attachment(
        b"PK\x03\x04 the rest of this zip never arrived",
        maintype="application",
        subtype="zip",
        filename="Stonebridge SECOR 2026.zip",
    )
    return msg.as_bytes()


def test_the_draft_asks_again_for_what_could_not_be_opened(
    client: TestClient, staff: str, seeded: seed.Seeded, settings: Settings, store: Store
) -> None:
    row = store.queue.enqueue_message(
        mailbox="INBOX", uidvalidity=1, uid=900, raw=_damaged_zip_email(),
        message_id="<damaged-1@stonebridge.example>", sender="sam@stonebridge.example",
        subject="SECOR 2026 submission Stonebridge Masonry",
    )  # fmt: skip
    assert row is not None
    claimed = store.queue.claim_next("w1")
    assert claimed is not None
    Processor(settings, store, StubClassifier(), "w1").process_one(claimed)  # type: ignore[arg-type]
    stored = review.get_message(store, row)
    assert stored is not None and stored.submission_id is not None
    sub_id = stored.submission_id

    page = client.get(f"/submissions/{sub_id}").text
    found = re.search(r'<textarea id="reply-body"[^>]*>(.*?)</textarea>', page, re.S)
    assert found
    body = html.unescape(found[1])
    assert "We could not open what you sent" in body
    assert "- Stonebridge SECOR 2026.zip is damaged" in body
    assert "attach a zipped folder to your reply" in body
    assert "Element 1" not in body and "we still need" not in body

    # the inbox says so, rather than listing all 15 items as missing
    inbox = client.get("/").text
    row = inbox.split(f'href="/submissions/{sub_id}"', 1)[1].split("</tr>", 1)[0]
    assert "Nothing could be opened" in row and "more</span>" not in row


def test_nothing_is_called_unopened_when_a_file_was_opened_or_none_was_sent() -> None:
    damaged = {"code": "corrupt_archive", "path": "a.zip", "message": "a.zip is damaged"}
    link = {"code": "link_failed", "path": "https://x", "message": "The link did not answer."}
    assert mail.unopened({"files": [], "problems": [damaged, link]}) == [
        "a.zip is damaged.",
        "The link did not answer.",
    ]
    assert mail.unopened({"files": [{"path": "b.pdf"}], "problems": [damaged]}) == []
    nothing = {"code": "no_attachments", "path": "", "message": "No files."}
    assert mail.unopened({"files": [], "problems": [nothing]}) == []
    assert mail.unopened({}) == []
