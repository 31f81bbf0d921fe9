"""Build the reply email exactly as it will be sent (recorded in the outbox first)."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid

from core.config import IntakeSettings
from intake.report import Reply


def build_reply_message(
    reply: Reply, extra_headers: dict[str, str], settings: IntakeSettings
) -> EmailMessage:
    """The reply as an RFC 5322 message with its own Message-ID and the threading headers."""
    # an address with a UTF-8 local part (RFC 6531/6532) needs UTF-8 headers; sent with SMTPUTF8
    msg = EmailMessage() if reply.to.isascii() else EmailMessage(policy=policy.SMTPUTF8)
    msg["From"] = formataddr((settings.from_name, settings.cor_address))
    msg["To"] = reply.to
    msg["Subject"] = reply.subject
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    domain = settings.cor_address.rpartition("@")[2] or "secor.local"
    msg["Message-ID"] = make_msgid(idstring="secor", domain=domain)
    for name, value in extra_headers.items():
        if name.lower() in {"from", "to", "subject", "date", "message-id"}:
            continue
        msg[name] = value
    if "Auto-Submitted" not in msg:
        msg["Auto-Submitted"] = "auto-replied"
    msg.set_content(reply.body)
    return msg
