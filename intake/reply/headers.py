"""The reply's subject and its threading and RFC 3834 headers."""

from __future__ import annotations

import re

from core.config import IntakeSettings
from intake.envelope import Envelope

MAX_REFERENCES = 20
MAX_SUBJECT = 200
_MESSAGE_ID = re.compile(r"<[^<>\s\"]{1,250}>")
_REPLY_PREFIX = re.compile(r"^\s*((re|aw|sv|antw)\s*(\[\d{1,3}\])?\s*:\s*)+", re.IGNORECASE)


def reply_subject(subject: str) -> str:
    """ "Re: " and the original subject, with any earlier "Re:" prefixes folded into one."""
    clean = " ".join(subject.split())
    clean = _REPLY_PREFIX.sub("", clean)[:MAX_SUBJECT].strip()
    return f"Re: {clean}" if clean else "Re: your SECOR submission"


def _ids(values: list[str]) -> list[str]:
    found: list[str] = []
    for value in values:
        for message_id in _MESSAGE_ID.findall(value or ""):
            if message_id not in found:
                found.append(message_id)
    return found


def reply_headers(envelope: Envelope, settings: IntakeSettings) -> dict[str, str]:
    """The headers the service puts on the reply: threading, Auto-Submitted, loop guards.

    In-Reply-To is the message's Message-ID; References is the message's
    References (or its In-Reply-To when it has none) followed by its Message-ID,
    trimmed to the first and the latest ids when long (RFC 5322 3.6.4).
    ``Auto-Submitted: auto-replied`` marks every reply as automatic (RFC 3834);
    ``X-Auto-Response-Suppress: All`` asks Exchange not to answer it, and
    ``X-Loop`` lets the intake recognise its own reply if it ever comes back.
    """
    headers = {
        "Auto-Submitted": "auto-replied",
        "X-Auto-Response-Suppress": "All",
        "X-Loop": settings.cor_address,
    }
    own = _ids([envelope.message_id or ""])
    references = _ids(envelope.references) or _ids([envelope.in_reply_to or ""])
    if own:
        headers["In-Reply-To"] = own[0]
        references = [r for r in references if r != own[0]] + [own[0]]
    if len(references) > MAX_REFERENCES:
        references = references[:1] + references[-(MAX_REFERENCES - 1) :]
    if references:
        headers["References"] = " ".join(references)
    return headers
