"""Emails on the submission page: reading stored ones, writing a staff reply in the thread."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from core.config import IntakeSettings
from intake.envelope import Envelope
from intake.ingest import parse_envelope
from intake.problems import ProblemCode
from intake.reply.headers import MAX_REFERENCES, reply_headers
from intake.reply.message import build_reply_message
from intake.report import Reply
from intake.store.rows import MessageRow
from knowledge.labels import by_label
from knowledge.rules import program

log = logging.getLogger(__name__)

BODY_SHOWN = 20_000
MAX_SUBJECT = 300
MAX_BODY = 50_000


class BadReply(ValueError):
    """A reply form with a wrong field: FIELD names it (to, subject, body), the message says why."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def inside(path: Path, folder: Path) -> bool:
    """Whether PATH (links resolved) lies inside FOLDER."""
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):
        return False


def _plain_body(raw: bytes) -> str:
    """The plain text body of a message the service wrote (outbox.raw)."""
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(msg, EmailMessage)
    part = msg.get_body(preferencelist=("plain",))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else ""


def message_body(row: MessageRow, data_dir: Path) -> str:
    """The text of a stored email (shortened), or a note saying why it cannot be shown."""
    path = Path(str(row.raw_path))
    if not inside(path, data_dir):
        return "(the stored email lies outside the data folder and is not shown)"
    if not path.is_file():
        return "(the stored email is no longer on disk)"
    try:
        body = parse_envelope(path.read_bytes()).body
    except Exception as exc:  # a message the parser chokes on: say so, never fail the page
        log.warning("cannot read the body of message %s: %s", row.id, type(exc).__name__)
        return "(the body of this email cannot be read)"
    return _shorten(body.strip() or "(no text in the body)")


def reply_body(raw: bytes) -> str:
    """The text of a recorded reply (outbox.raw)."""
    try:
        return _shorten(_plain_body(raw).strip())
    except Exception as exc:
        log.warning("cannot read a recorded reply: %s", type(exc).__name__)
        return "(the text of this reply cannot be read)"


def _shorten(text: str) -> str:
    if len(text) <= BODY_SHOWN:
        return text
    return text[:BODY_SHOWN] + f"\n\n[... {len(text) - BODY_SHOWN:,} more characters not shown]"


# -- a staff reply -------------------------------------------------------------------------
def draft_text(
    *,
    reference: str,
    status: str,
    missing: list[str],
    over_submitted: list[str],
    from_name: str,
    unplaced: Sequence[str] = (),
    unopened: Sequence[str] = (),
) -> str:
    """A starting text for a staff reply, from what the checks found.

    When nothing sent could be opened (UNOPENED says why, see ``unopened``), it asks
    for the submission again, as the automatic reply did, and calls nothing missing.
    While files we could not place (UNPLACED) remain, no element is called
    missing (one of them may be it): they are named and asked for in folders.
    Over-submission is worded as the program page words it.
    """
    names = by_label()
    lines = ["Hello,", "", f"Thank you for your SECOR submission (reference {reference})."]
    if unopened:
        lines += ["", "We could not open what you sent, so we have not been able to check it yet:"]
        lines += [f"- {why}" for why in unopened]
        lines += [
            "You can attach a zipped folder to your reply to this email, or send a download "
            "link (Dropbox, OneDrive, Google Drive or Box)."
        ]
        return "\n".join([*lines, "", "Regards,", from_name])
    if unplaced:
        lines += ["", "We could not tell which element these files belong to:"]
        lines += [f"- {name}" for name in unplaced]
        lines += [
            "Please put each of them into its element's folder and send them again, "
            "or tell us where they go."
        ]
        if missing:
            lines += [
                "",
                "We have not yet found files for the items below; if one of the files "
                "above is for one of them, there is nothing more to send for it:",
            ]
            lines += [f"- {names[m].title if m in names else m}" for m in missing]
    elif missing:
        lines += ["", "Before we can evaluate it, we still need:"]
        lines += [f"- {names[m].title if m in names else m}" for m in missing]
    if over_submitted:
        lines += ["", "Some elements have many more records than ACSA's example of a sample:"]
        lines += [f"- {names[m].title if m in names else m}" for m in over_submitted]
        lines += [
            "When a question asks for a sample, one or two documents a month across the year, "
            "or one or two a week across your three busiest months, is enough. Very large "
            "submissions may be returned."
        ]
    if missing and not unplaced:
        lines += ["", "Please reply to this email with the missing documents attached."]
    elif status == "complete":
        lines += ["", "Your submission has everything we need; we will be in touch."]
    lines += ["", "Regards,", from_name]
    return "\n".join(lines)


def unopened(report: Mapping[str, Any]) -> list[str]:
    """Why nothing of a submission could be opened (a damaged or locked archive, a link that
    gave no file), one sentence each; empty when a file was opened or none was sent."""
    if report.get("files"):
        return []
    rules = program()
    out = []
    for problem in report.get("problems") or []:
        code = str(problem.get("code") or "")
        if code == ProblemCode.NO_ATTACHMENTS or rules.effect(code) != "resend":
            continue
        why = " ".join(str(problem.get("message") or problem.get("path") or "").split())[:300]
        out.append(why if why.endswith((".", "!", "?")) else f"{why}.")
    return out


def clean_reply_fields(to: str, subject: str, body: str) -> tuple[str, str, str]:
    """The reply's recipient, subject and body, checked (BadReply says what is wrong)."""
    to = to.strip()
    _name, address = parseaddr(to)
    if (
        not address
        or "@" not in address
        or any(c.isspace() for c in address)
        or len(address) > 320
        or "," in to
    ):
        raise BadReply("to", "Enter one email address to send the reply to.")
    subject = subject.strip()
    if not subject:
        raise BadReply("subject", "Enter a subject.")
    if "\r" in subject or "\n" in subject:
        raise BadReply("subject", "Enter a subject on one line.")
    if len(subject) > MAX_SUBJECT:
        raise BadReply("subject", f"Shorten the subject to at most {MAX_SUBJECT} characters.")
    body = body.replace("\r\n", "\n").strip()
    if not body:
        raise BadReply("body", "Write the text of the reply.")
    if len(body) > MAX_BODY:
        raise BadReply("body", f"Shorten the reply to at most {MAX_BODY:,} characters.")
    return address, subject, body


def compose_reply(
    *,
    settings: IntakeSettings,
    to: str,
    subject: str,
    body: str,
    answering: Envelope | None,
    thread_ids: list[str],
) -> EmailMessage:
    """The staff reply as sent: From the COR address, threaded under the employer's email.

    ANSWERING is the employer's latest email (its threading headers are followed);
    without it, THREAD_IDS (the stored Message-IDs, oldest first) thread the reply.
    A person wrote it, so it is not marked as an automatic reply.
    """
    if answering is not None and answering.message_id:
        headers = reply_headers(answering, settings)
    else:
        headers = {"X-Loop": settings.cor_address}
        if thread_ids:
            headers["In-Reply-To"] = thread_ids[-1]
            headers["References"] = " ".join(thread_ids[-MAX_REFERENCES:])
    headers["Auto-Submitted"] = "no"
    return build_reply_message(Reply(to=to, subject=subject, body=body), headers, settings)
