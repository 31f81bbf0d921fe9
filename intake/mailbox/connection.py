"""Open an authenticated IMAP connection as the settings say (TLS, password or XOAUTH2)."""

from __future__ import annotations

import ssl
import subprocess

from imapclient import IMAPClient

from intake.config import MailboxSettings
from intake.errors import OperationalError, UserError


def oauth2_token(settings: MailboxSettings) -> str | None:
    """The OAuth2 access token: from the config/env, or printed by a command."""
    if settings.oauth2_token is not None:
        return settings.oauth2_token.get_secret_value()
    if settings.oauth2_token_command:
        try:
            done = subprocess.run(  # noqa: S602 - the operator's own configured command
                settings.oauth2_token_command,
                shell=True,
                capture_output=True,
                text=True,
                timeout=60,
                check=True,
            )
        except (subprocess.SubprocessError, OSError) as exc:
            raise OperationalError(f"oauth2_token_command failed: {type(exc).__name__}") from None
        return done.stdout.strip()
    return None


def connect(settings: MailboxSettings, timeout: float = 60.0) -> IMAPClient:
    """Connect and log in; raises OperationalError for network faults, UserError for bad credentials."""
    context = ssl.create_default_context()
    try:
        client = IMAPClient(
            settings.host,
            port=settings.port,
            ssl=settings.security == "tls",
            ssl_context=context if settings.security == "tls" else None,
            timeout=timeout,
        )
        if settings.security == "starttls":
            client.starttls(context)
    except (OSError, IMAPClient.Error) as exc:
        raise OperationalError(
            f"cannot reach IMAP server {settings.host}:{settings.port}: {exc}"
        ) from None
    try:
        token = oauth2_token(settings)
        if token is not None:
            client.oauth2_login(settings.username, token)
        else:
            client.login(settings.username, settings.password.get_secret_value())
    except IMAPClient.Error as exc:
        client.shutdown()
        raise UserError(f"IMAP login as the configured user was refused: {exc}") from None
    except OSError as exc:
        raise OperationalError(f"IMAP connection dropped during login: {exc}") from None
    return client
