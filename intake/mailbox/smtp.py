"""The one SMTP connector: every mail this product sends goes through ``open_relay``.

The service's replies (intake/service/send.py), ``secor-intake send`` and the
example seeding of ``make run`` all connect here, so TLS, STARTTLS, the CA file,
passwords and XOAUTH2 mean the same everywhere.
"""

from __future__ import annotations

import smtplib
from email.message import EmailMessage

from core.config import SmtpSettings
from core.errors import OperationalError
from intake.mailbox.connection import fetch_token, tls_context, xoauth2_string


def open_relay(settings: SmtpSettings) -> smtplib.SMTP:
    """A logged-in connection to the relay (STARTTLS or TLS as configured)."""
    client: smtplib.SMTP
    if settings.security == "tls":
        client = smtplib.SMTP_SSL(
            settings.host,
            settings.port,
            timeout=settings.timeout_seconds,
            context=tls_context(settings.tls_ca_file),
        )
    else:
        client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_seconds)
    try:
        if settings.security == "starttls":
            client.starttls(context=tls_context(settings.tls_ca_file))
        token = fetch_token(settings.oauth2_token, settings.oauth2_token_command)
        if settings.username and token is not None:
            username = settings.username
            client.ehlo_or_helo_if_needed()
            client.auth(
                "XOAUTH2",
                lambda _challenge=None: xoauth2_string(username, token.value),
                initial_response_ok=True,
            )
        elif settings.username and settings.password is not None:
            client.login(settings.username, settings.password.get_secret_value())
    except BaseException:
        client.close()
        raise
    return client


def deliver(msg: EmailMessage, smtp: SmtpSettings) -> None:
    """Hand MSG to the relay (OperationalError, saying which relay, when it cannot)."""
    try:
        with open_relay(smtp) as client:
            client.send_message(msg)
    except (OSError, smtplib.SMTPException) as exc:
        raise OperationalError(
            f"cannot send through {smtp.host}:{smtp.port} ({exc}); is the relay running "
            "(`make run` for the embedded one)?"
        ) from None
