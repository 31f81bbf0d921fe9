"""Fill a store with triaged submissions as the service would, without the model."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from sqlalchemy import update

from core.config import Settings
from intake.checks import check_submission
from intake.dashboard.recheck import documents, predictions
from intake.ingest import parse_envelope
from intake.mailbox.triage_folders import triage_folder
from intake.reply.message import build_reply_message
from intake.report import Reply, ReplyReview, Status
from intake.reporting import triage_report
from intake.store import Store
from intake.store import schema as t
from intake.store.rows import FileRow, NewFile, NewReply
from knowledge.labels import by_label, has_kind

# The files of a certification submission with element 13 filed wrongly as "other".
ROOFING_FILES: list[tuple[str, str, float, str]] = [
    (
        "Element 1 - Policy/Health and Safety Policy.txt",
        "policy",
        0.97,
        "Health and safety policy of Birch Roofing. Management provides training and equipment; "
        "workers follow the safe work practices. Signed by the owner on 2026-01-05.",
    ),
    (
        "Element 2 - Hazard Assessment/FLHA 2026-03-12 roof tear-off.txt",
        "hazard_assessment",
        0.94,
        "Field level hazard assessment 2026-03-12. Hazards: fall from the edge, shingles. "
        "Controls: fall arrest, guardrail.",
    ),
    (
        "Element 2 - Hazard Assessment/FLHA 2026-01-15 gutters.txt",
        "hazard_assessment",
        0.91,
        "Field level hazard assessment 2026-01-15. Hazards: ladder, ice. Controls: tie-off.",
    ),
    (
        "Element 3 - Safe Work Practices/Working at heights.txt",
        "safe_work_practices",
        0.88,
        "Safe work practice for working at heights: inspect the harness, "
        "keep three points of contact.",
    ),
    (
        "Element 4 - Safe Job Procedures/Ladder set-up.txt",
        "safe_job_procedures",
        0.86,
        "Procedure: 1. inspect the ladder 2. set it at 4 to 1 3. tie it off at the top.",
    ),
    (
        "Element 5 - Company Rules/Company rules.txt",
        "company_rules",
        0.92,
        "Company rules and the discipline policy: verbal warning, written warning, dismissal.",
    ),
    (
        "Element 6 - PPE/PPE inspection log 2026-02.txt",
        "ppe",
        0.83,
        "PPE inspection log, 2026-02-02: harnesses and lanyards checked, one lanyard removed.",
    ),
    (
        "Element 7 - Maintenance/Truck maintenance 2026-02-20.txt",
        "maintenance",
        0.81,
        "Vehicle maintenance record 2026-02-20: oil change, brakes checked.",
    ),
    (
        "Element 8 - Training/Toolbox talk 2026-03-02.txt",
        "training_communication",
        0.9,
        "Toolbox talk minutes 2026-03-02: ladder safety. Attended by J. Smith and A. Lee.",
    ),
    (
        "Element 9 - Inspections/Site inspection 2026-03-10.txt",
        "inspections",
        0.89,
        "Worksite inspection checklist 2026-03-10: housekeeping fine, "
        "guardrail missing at the north side.",
    ),
    (
        "Element 10 - Investigations/Near miss 2026-02-11.txt",
        "investigations",
        0.87,
        "Near miss investigation 2026-02-11: a bundle of shingles slid off the roof. "
        "Root cause: no toe board.",
    ),
    (
        "Element 11 - Emergency/Fire drill 2026-01-28.txt",
        "emergency_planning",
        0.9,
        "Emergency drill record 2026-01-28: evacuation of the shop in three minutes.",
    ),
    (
        "Element 12 - Records/Incident statistics 2025.txt",
        "records_statistics",
        0.84,
        "Incident statistics 2025: no lost time claims, two first aid cases. Reviewed 2026-01-10.",
    ),
    (
        "Subcontractor agreement Jones Eavestroughs.txt",
        "other",
        0.41,
        "Contractor health and safety agreement with Jones Eavestroughs, signed 2026-02-01: the "
        "contractor follows our rules and attends our orientation.",
    ),
    (
        "SECOR Evaluation Tool 2026.txt",
        "evaluation_tool",
        0.96,
        "SECOR evaluation tool, certification year 2026. "
        "Question 1.1: Is there a written policy? Yes.",
    ),
    (
        "Legislation list.txt",
        "legislation",
        0.93,
        "Applicable OHS legislation: OHS Act, OHS Regulation, OHS Code parts 2, 3, 9 and 12.",
    ),
]


@dataclass(frozen=True)
class Seeded:
    """The ids of what was put in the store."""

    submission_id: int
    message_row: int
    message_id: str
    reference: str
    file_ids: dict[str, int]


def _email(sender: str, subject: str, body: str, when: datetime) -> tuple[bytes, str]:
    msg = EmailMessage()
    msg["From"] = f"Pat Owner <{sender}>"
    msg["To"] = "cor@acsa.local"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    message_id = make_msgid(domain=sender.rpartition("@")[2])
    msg["Message-ID"] = message_id
    if subject.startswith("Automatic reply"):
        msg["Auto-Submitted"] = "auto-replied"
    msg.set_content(body)
    return msg.as_bytes(), message_id


def add_submission(
    settings: Settings,
    store: Store,
    *,
    uid: int,
    sender: str,
    subject: str,
    files: list[tuple[str, str, float, str]],
    body: str = "Hello, please find our SECOR submission attached.",
    received: datetime | None = None,
    company: str | None = None,
    review_state: str = "open",
    reply_state: str = t.PENDING,
    reply_body: str | None = None,
    reply_review: Sequence[ReplyReview] = (),
) -> Seeded:
    """One email with its files, triaged by the real checks, stored through the Store."""
    when = received or datetime.now(UTC)
    raw, message_id = _email(sender, subject, body, when)
    row = store.queue.enqueue_message(
        mailbox="INBOX",
        uidvalidity=1,
        uid=uid,
        raw=raw,
        message_id=message_id,
        sender=sender,
        subject=subject,
    )
    assert row is not None
    work = settings.data_dir / "work" / str(row)
    file_rows: list[NewFile] = []
    for member, label, confidence, text in files:
        data = text.encode()
        stored = work / "files" / member
        stored.parent.mkdir(parents=True, exist_ok=True)
        stored.write_bytes(data)
        file_rows.append(
            NewFile(
                path=f"SECOR.zip!{member}",
                member_path=member,
                sha256=hashlib.sha256(data).hexdigest(),
                size=len(data),
                stored_path=str(stored),
                label=label,
                kind=by_label()[label].default_kind if has_kind(label) else None,
                confidence=confidence,
                needs_review=confidence < settings.classifier.review_threshold,
                text=text,
            )
        )
    envelope = parse_envelope(raw)
    as_stored = [
        FileRow(id=0, submission_id=0, message_row=None, corrected=False, **asdict(f))
        for f in file_rows
    ]
    docs, preds = documents(as_stored), predictions(as_stored)
    outcome = check_submission(
        envelope=envelope,
        documents=docs,
        predictions=preds,
        problems=[],
        year=None,
        today=date.today(),
    )
    reference = f"SECOR-2026-{row:06d}"
    automatic = outcome.kind in ("auto_reply", "bounce", "other")
    reply = Reply(
        to=sender, subject=f"Re: {subject}", body="Thank you, we received your submission."
    )
    report = triage_report(
        outcome=outcome,
        documents=docs,
        predictions=preds,
        sender=sender,
        subject=subject,
        reference=reference,
    )
    if reply_body is not None:
        reply = Reply(to=sender, subject=f"Re: {subject}", body=reply_body)
    reply.review = list(reply_review)
    report.reply = None if automatic else reply
    message = build_reply_message(reply, {"In-Reply-To": message_id}, settings.intake)
    queued = store.queue.claim_next("test")
    assert queued is not None and queued.id == row
    sub_id = store.results.save_result(
        message_row=row,
        submission_id=None,
        reference=reference,
        report=report.to_json_dict(),
        sender=sender,
        subject=subject,
        year=outcome.year,
        status=outcome.status.value,
        thread_ids=[message_id],
        file_rows=file_rows,
        folder=triage_folder(settings.mailbox.triage_prefix, outcome.status),
        reply=None
        if automatic
        else NewReply(
            dedupe_key=f"auto:INBOX:1:{uid}",
            recipient=sender,
            subject=reply.subject,
            message_id=str(message["Message-ID"]),
            raw=message.as_bytes(),
            kind="auto",
        ),
        kind=outcome.kind,
        reply_state=reply_state,
    )
    with store.tx() as conn:
        conn.execute(
            update(t.submissions)
            .where(t.submissions.c.id == sub_id)
            .values(company=company, review_state=review_state, created_at=when, updated_at=when)
        )
        conn.execute(update(t.messages).where(t.messages.c.id == row).values(received_at=when))
    ids = {r.member_path: int(r.id) for r in store.results.submission_files(sub_id)}
    return Seeded(sub_id, row, message_id, reference, ids)


def roofing(settings: Settings, store: Store, uid: int = 1) -> Seeded:
    """The main example: a certification submission whose element 13 file is labelled other."""
    return add_submission(
        settings,
        store,
        uid=uid,
        sender="pat@birchroofing.ca",
        subject="SECOR 2026 certification submission - Birch Roofing",
        files=ROOFING_FILES,
        company="Birch Roofing Ltd.",
        received=datetime.now(UTC) - timedelta(minutes=12),
    )


def inbox_examples(settings: Settings, store: Store) -> None:
    """A few more submissions of every status, over the past weeks (for the inbox and charts)."""
    now = datetime.now(UTC)
    # a record three months from the others' and inside the previous 12 months, whenever run
    recent = date.today() - timedelta(days=30)
    later = (recent if recent >= date(2026, 4, 15) else date(2025, 11, 20)).isoformat()
    small = ROOFING_FILES[:3] + ROOFING_FILES[14:]
    most = [f for f in ROOFING_FILES if f[1] not in ("other",)] + [
        (
            "Element 13 - Contractors/Contractor agreement.txt",
            "contracting_services",
            0.9,
            "Contractor agreement with a subcontractor, signed 2026-02-01.",
        ),
        (  # records over more than three months (the program's minimum span), inside the
            # previous 12 months of a maintenance year
            f"Element 9 - Inspections/Site inspection {later}.txt",
            "inspections",
            0.9,
            f"Worksite inspection checklist {later}: scaffold tags, guardrails, housekeeping.",
        ),
    ]
    examples = [
        (
            "office@northpeakelectric.ca",
            "SECOR maintenance year 2026",
            most[1:],
            3,
            "North Peak Electric",
        ),
        ("jo@clearviewwindows.com", "Our SECOR documents", small, 9, None),
        (
            "admin@prairielandscaping.ca",
            "SECOR submission 2026 certification",
            most,
            20,
            "Prairie Landscaping",
        ),
        ("noreply@mailer.example.com", "Automatic reply: out of office", [], 30, None),
        ("dan@tallpinesconcrete.ca", "SECOR submission - Tall Pines", small[:2], 45, None),
        ("kim@bluelakeplumbing.ca", "SECOR cert 2026 Blue Lake", most, 60, "Blue Lake Plumbing"),
    ]
    many = most + [
        (
            f"Element 9 - Inspections/Site inspection 2026-{1 + n // 28:02d}-{1 + n % 28:02d}.txt",
            "inspections",
            0.9,
            f"Worksite inspection checklist, visit {n + 1}: housekeeping, ladders, edges.",
        )
        for n in range(30)
    ]
    examples.append(
        ("crew@ridgelineframing.ca", "SECOR 2026 certification", many, 2, "Ridgeline Framing")
    )
    for n, (sender, subject, files, days, company) in enumerate(examples, start=100):
        add_submission(
            settings,
            store,
            uid=n,
            sender=sender,
            subject=subject,
            files=files,
            company=company,
            received=now - timedelta(days=days, hours=n % 7),
            body=(
                "I am away until Monday."
                if "Automatic" in subject
                else "Hello, here is our SECOR submission."
            ),
        )
    row = store.queue.enqueue_message(
        mailbox="INBOX",
        uidvalidity=1,
        uid=300,
        raw=b"Subject: SECOR\r\n\r\nsee attached",
        message_id=None,
        sender="owner@stonebridgemasonry.ca",
        subject="SECOR submission Stonebridge",
    )
    assert row is not None and store.queue.claim_next("test") is not None
    store.queue.fail_message(
        row,
        "TimeoutError: the archive took too long to unpack",
        quarantine=True,
        folder=triage_folder(settings.mailbox.triage_prefix, Status.NEEDS_REVIEW),
    )


def report_of(store: Store, submission_id: int) -> dict[str, Any]:
    """The stored report of a submission."""
    sub = store.results.get_submission(submission_id)
    assert sub is not None
    value: dict[str, Any] = json.loads(sub.report_json)
    return value


def review_state(store: Store, submission_id: int) -> str | None:
    """A submission's review state (None when there is no such submission)."""
    sub = store.results.get_submission(submission_id)
    return sub.review_state if sub else None


def data_path(settings: Settings, *parts: str) -> Path:
    """A path in the test's data folder."""
    return settings.data_dir.joinpath(*parts)
