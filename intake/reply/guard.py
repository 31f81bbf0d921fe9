"""Whether an email may get an automatic reply at all (RFC 3834), and to which address.

The reply goes to the From address. Reply-To is honoured only when it stays
inside the From domain (not one of the shared mail domains, such as gmail.com, where
that says nothing about who owns it), or when our own mail server authenticated From
(``intake.sender_auth``); when that server says DMARC failed, From is forged
and no reply is sent at all.
"""

from __future__ import annotations

from email.utils import getaddresses

from core.config import IntakeSettings
from intake.checks.rules.auto_mail import auto_mail_reason, sender_address
from intake.envelope import Envelope
from intake.sender_auth import Verdict, domain_of, judge


def may_auto_reply(envelope: Envelope | None) -> bool:
    """False for automatic, list or bounce mail, mail without a sender, or no email at all."""
    return envelope is not None and auto_mail_reason(envelope) is None


def sender_verdict(envelope: Envelope, settings: IntakeSettings) -> Verdict:
    """What our own mail server says about the From address (NONE when it says nothing)."""
    return judge(envelope.auth_results, envelope.sender, settings.trusted_authserv_ids)


def reply_address(envelope: Envelope, settings: IntakeSettings) -> str | None:
    """Where the reply goes: From (or an acceptable Reply-To); None for ourselves or forged mail."""
    headers = {k.lower(): v for k, v in envelope.headers.items()}
    address = sender_address(envelope)
    if address is None:
        return None
    verdict = sender_verdict(envelope, settings)
    if verdict is Verdict.FAIL:
        return None
    reply_to = headers.get("reply-to", "")
    if reply_to and "\n" not in reply_to and "\r" not in reply_to:
        pairs = [a for _, a in getaddresses([reply_to]) if "@" in a]
        if len(pairs) == 1:
            other = sender_address(Envelope(sender=pairs[0]))
            same_domain = (
                other is not None
                and domain_of(other) == domain_of(address)
                and domain_of(address) not in _shared(settings)
            )
            if other is not None and (same_domain or verdict is Verdict.PASS):
                address = other
    ours = settings.cor_address.strip().lower()
    if address.lower() == ours or ours in headers.get("x-loop", "").lower():
        return None
    return address


def _shared(settings: IntakeSettings) -> frozenset[str]:
    """The configured shared mail domains, lower case."""
    return frozenset(d.strip().lower() for d in settings.shared_mail_domains)
