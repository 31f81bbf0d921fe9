"""Whether an email may get an automatic reply at all (RFC 3834)."""

from __future__ import annotations

from email.utils import getaddresses

from intake.checks.rules.auto_mail import auto_mail_reason, sender_address
from intake.config import IntakeSettings
from intake.envelope import Envelope


def may_auto_reply(envelope: Envelope | None) -> bool:
    """False for automatic, list or bounce mail, mail without a sender, or no email at all."""
    return envelope is not None and auto_mail_reason(envelope) is None


def reply_address(envelope: Envelope, settings: IntakeSettings) -> str | None:
    """Where the reply goes: the one Reply-To address, else the sender; None for ourselves."""
    headers = {k.lower(): v for k, v in envelope.headers.items()}
    address = sender_address(envelope)
    reply_to = headers.get("reply-to", "")
    if reply_to and "\n" not in reply_to and "\r" not in reply_to:
        pairs = [a for _, a in getaddresses([reply_to]) if "@" in a]
        if len(pairs) == 1:
            address = sender_address(Envelope(sender=pairs[0])) or address
    if address is None:
        return None
    ours = settings.cor_address.strip().lower()
    if address.lower() == ours or ours in headers.get("x-loop", "").lower():
        return None
    return address
