"""What a message is: a submission, a question, an automatic reply, a bounce, or other mail.

Decided after the chain: a message the chain did not ignore is a submission.
An ignored one is a bounce or an automatic reply when its headers (the auto-mail
rule's reason) or its subject say so, a question when the sender's own words
ask something, and other mail otherwise (mailing lists, machine senders, mail
with nothing of SECOR in it).
"""

from __future__ import annotations

import re

from intake.checks.rules.auto_mail import sender_address
from intake.checks.rules.year import own_words
from intake.envelope import Envelope
from intake.report import Status, SubmissionKind

_BOUNCE_SENDER = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|maildaemon)\b", re.I)
_BOUNCE_SUBJECT = re.compile(
    r"^\s*(undeliverable|undelivered mail|delivery status notification|delivery failure"
    r"|mail delivery (failed|failure|subsystem)|failure notice|returned mail"
    r"|message not delivered|delivery has failed)",
    re.IGNORECASE,
)
_AUTO_REPLY_SUBJECT = re.compile(
    r"^\s*(automatic reply|auto(matic)?[\s-]?reply|autoreply|auto-response|out of (the )?office"
    r"|ooo\b|away from (the |my )?office|on vacation|on holiday|absence)",
    re.IGNORECASE,
)
_AUTO_REPLY_REASON = re.compile(r"auto-replied|automatic reply|x-auto-response-suppress", re.I)
_BOUNCE_REASON = re.compile(r"bounce|delivery report", re.IGNORECASE)


def message_kind(
    envelope: Envelope | None, status: Status, auto_mail: str | None
) -> SubmissionKind:
    """The kind of a checked message (``submission.kind`` of the contract)."""
    if status is not Status.IGNORED:
        return "submission"
    if envelope is None:  # a folder or archive with nothing of SECOR in it
        return "other"
    subject = envelope.subject[:300]
    address = sender_address(envelope) or ""
    if (
        (auto_mail and _BOUNCE_REASON.search(auto_mail))
        or _BOUNCE_SENDER.match(address)
        or _BOUNCE_SUBJECT.match(subject)
    ):
        return "bounce"
    if (auto_mail and _AUTO_REPLY_REASON.search(auto_mail)) or _AUTO_REPLY_SUBJECT.match(subject):
        return "auto_reply"
    if auto_mail and auto_mail.startswith("Auto-Submitted"):
        return "auto_reply"
    if auto_mail is None and "?" in f"{subject}\n{own_words(envelope.body)}"[:20_000]:
        return "question"
    return "other"
