"""Reply: send recorded replies through the relay, at most once each, with backoff."""

from __future__ import annotations

import logging
import smtplib
import ssl
from datetime import timedelta

from intake.config import SmtpSettings
from intake.store import Store

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 12


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(3600, 5 * 2 ** max(0, attempts - 1)))


def _smtp(settings: SmtpSettings) -> smtplib.SMTP:
    context = ssl.create_default_context()
    client: smtplib.SMTP
    if settings.security == "tls":
        client = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout_seconds, context=context)
    else:
        client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_seconds)
        if settings.security == "starttls":
            client.starttls(context=context)
    if settings.username and settings.password is not None:
        client.login(settings.username, settings.password.get_secret_value())
    return client


def send_due(store: Store, settings: SmtpSettings, sender_address: str) -> list[bytes]:
    """Send every reply that is due; returns the messages the relay accepted."""
    due = store.due_outgoing()
    if not due:
        return []
    sent: list[bytes] = []
    try:
        client = _smtp(settings)
    except (OSError, smtplib.SMTPException) as exc:
        for mail in due:
            store.mark_retry(mail.id, f"relay unavailable: {exc}", _backoff(mail.attempts + 1))
        log.warning("relay %s:%s unavailable; %d reply(ies) wait", settings.host, settings.port, len(due))
        return []
    try:
        for mail in due:
            if not store.mark_sending(mail.id):
                continue
            try:
                client.sendmail(sender_address, [mail.recipient], mail.raw)
            except smtplib.SMTPRecipientsRefused as exc:
                store.mark_failed(mail.id, f"recipient refused: {exc.recipients}")
                continue
            except smtplib.SMTPResponseException as exc:
                if 500 <= exc.smtp_code < 600 or mail.attempts + 1 >= MAX_ATTEMPTS:
                    store.mark_failed(mail.id, f"relay refused: {exc.smtp_code}")
                else:
                    store.mark_retry(mail.id, f"relay deferred: {exc.smtp_code}", _backoff(mail.attempts + 1))
                continue
            except (OSError, smtplib.SMTPException) as exc:
                store.mark_retry(mail.id, f"relay failed: {exc}", _backoff(mail.attempts + 1))
                break
            store.mark_sent(mail.id)
            sent.append(mail.raw)
    finally:
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            client.close()
    if sent:
        log.info("sent %d reply(ies)", len(sent))
    return sent
