"""Follow-ups join their submission: by thread, or a fresh email from the same sender."""

from __future__ import annotations

import json
from email.message import EmailMessage

from sqlalchemy import update

from core.config import Settings
from intake.service.process import Processor
from intake.store import Store
from intake.store import schema as t
from tests.service.helpers import StubClassifier

_uid = iter(range(1, 1000))


def _mail(
    sender: str, subject: str, files: list[str], msg_id: str, reply_to: str | None = None
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "cor@acsa.local"
    msg["Subject"] = subject
    msg["Message-ID"] = msg_id
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = reply_to
    msg.set_content("Hello, the SECOR documents are attached.")
    for name in files:
        msg.add_attachment(
            f"{name} for our SECOR file, reviewed.\n".encode(),
            maintype="text",
            subtype="plain",
            filename=name,
        )
    return msg.as_bytes()


def _deliver(
    store: Store, processor: Processor, raw: bytes, sender: str, subject: str, msg_id: str
) -> None:
    store.queue.enqueue_message(
        mailbox="INBOX",
        uidvalidity=1,
        uid=next(_uid),
        raw=raw,
        message_id=msg_id,
        sender=sender,
        subject=subject,
    )
    processor.process_all()


def _report(store: Store, submission_id: int) -> dict[str, object]:
    row = store.results.get_submission(submission_id)
    assert row is not None
    report: dict[str, object] = json.loads(row.report_json)
    return report


def test_a_reply_in_the_thread_joins_the_submission_and_keeps_staff_labels(
    settings: Settings, store: Store
) -> None:
    processor = Processor(settings, store, StubClassifier(), "w")  # type: ignore[arg-type]
    first = _mail(
        "dana@birch.example", "SECOR 2026", ["policy.txt", "hazard.txt"], "<m1@birch.example>"
    )
    _deliver(store, processor, first, "dana@birch.example", "SECOR 2026", "<m1@birch.example>")
    [sub] = store.results.list_submissions()
    assert _report(store, sub.id)["status"] == "incomplete"
    # staff say the "hazard" file is really an inspection record
    with store.tx() as conn:
        conn.execute(
            update(t.files)
            .where(t.files.c.path == "hazard.txt")
            .values(label="inspections", corrected=True)
        )
    # the employer answers our reply (only our own Message-IDs thread a follow-up: issue 13)
    ours = str(store.results.submission_outbox(sub.id)[0].message_id)
    answer = _mail(
        "dana@birch.example", "Re: SECOR 2026", ["ppe.txt"], "<m2@birch.example>", reply_to=ours
    )
    _deliver(store, processor, answer, "dana@birch.example", "Re: SECOR 2026", "<m2@birch.example>")

    assert len(store.results.list_submissions()) == 1
    report = _report(store, sub.id)
    labels = {f["path"]: f["label"] for f in report["files"]}  # type: ignore[attr-defined, index]
    assert labels == {"policy.txt": "policy", "hazard.txt": "inspections", "ppe.txt": "ppe"}
    assert "ppe" not in report["missing"]  # type: ignore[operator]
    replies = store.results.submission_outbox(sub.id)
    assert len(replies) == 2  # the answer brought files: the employer hears the new status
    assert sub.reference in replies[1].raw.decode()


def test_a_fresh_email_with_the_missing_items_joins_the_open_submission(
    settings: Settings, store: Store
) -> None:
    # an authenticated sender (issue 13): our mail server vouches for kim's domain
    settings.intake.trusted_authserv_ids = ["mx.acsa.local"]
    processor = Processor(settings, store, StubClassifier(), "w")  # type: ignore[arg-type]
    _deliver(
        store,
        processor,
        _mail("kim@oak.example", "SECOR", ["policy.txt"], "<k1@oak.example>"),
        "kim@oak.example",
        "SECOR",
        "<k1@oak.example>",
    )
    _deliver(
        store,
        processor,
        b"Authentication-Results: mx.acsa.local; dmarc=pass header.from=oak.example\r\n"
        + _mail("kim@oak.example", "more SECOR docs", ["ppe.txt"], "<k2@oak.example>"),
        "kim@oak.example",
        "more SECOR docs",
        "<k2@oak.example>",
    )
    _deliver(
        store,
        processor,
        _mail("lee@cedar.example", "SECOR", ["policy.txt"], "<l1@cedar.example>"),
        "lee@cedar.example",
        "SECOR",
        "<l1@cedar.example>",
    )
    subs = {s.sender: s for s in store.results.list_submissions()}
    assert set(subs) == {"kim@oak.example", "lee@cedar.example"}
    assert len(store.results.submission_files(subs["kim@oak.example"].id)) == 2
    assert len(store.results.submission_files(subs["lee@cedar.example"].id)) == 1
