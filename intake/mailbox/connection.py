"""Open an authenticated IMAP connection as the settings say (TLS, password or XOAUTH2)."""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import socket
import ssl
import subprocess
from pathlib import Path

from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from intake.config import MailboxSettings
from intake.errors import OperationalError, UserError

log = logging.getLogger(__name__)

TOKEN_COMMAND_SECONDS = 60


def tls_context(ca_file: Path | None) -> ssl.SSLContext:
    """The system's trusted CAs (and CA_FILE too), host names checked, TLS 1.2 at least."""
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if ca_file is not None:
        try:
            context.load_verify_locations(cafile=str(ca_file))
        except (OSError, ssl.SSLError) as exc:
            raise UserError(f"cannot read the CA file {ca_file}: {exc}") from None
    return context


def xoauth2_string(username: str, token: str) -> str:
    """The SASL XOAUTH2 initial response (before base64), as Google and Microsoft define it."""
    return f"user={username}\x01auth=Bearer {token}\x01\x01"


def oauth2_token(settings: MailboxSettings) -> str | None:
    """The OAuth2 token: configured (or SECOR_MAILBOX__OAUTH2_TOKEN), or printed by a command."""
    if settings.oauth2_token is not None:
        return settings.oauth2_token.get_secret_value()
    if settings.oauth2_token_command:
        try:
            done = subprocess.run(  # noqa: S602 - the operator's own configured command
                settings.oauth2_token_command,
                shell=True,
                capture_output=True,
                text=True,
                timeout=TOKEN_COMMAND_SECONDS,
                check=True,
            )
        except subprocess.CalledProcessError as exc:
            raise OperationalError(
                f"oauth2_token_command exited with {exc.returncode}; run it by hand to see why"
            ) from None
        except (subprocess.SubprocessError, OSError) as exc:
            raise OperationalError(f"oauth2_token_command failed: {type(exc).__name__}") from None
        token = done.stdout.strip()
        if not token:
            raise OperationalError("oauth2_token_command printed no token")
        return token
    return None


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _keepalive(sock: socket.socket) -> None:
    """Notice a peer that vanished (no FIN) within minutes, even while idling."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    for name, value in (("TCP_KEEPIDLE", 60), ("TCP_KEEPINTVL", 20), ("TCP_KEEPCNT", 3)):
        option = getattr(socket, name, None)
        if option is not None:
            sock.setsockopt(socket.IPPROTO_TCP, option, value)


def connect(settings: MailboxSettings, timeout: float | None = None) -> IMAPClient:
    """Connect and log in: OperationalError for network faults, UserError for bad credentials."""
    timeout = settings.timeout_seconds if timeout is None else timeout
    if settings.security == "none" and not _is_loopback(settings.host):
        log.warning(
            "IMAP to %s without TLS: the password crosses the network in clear", settings.host
        )
    try:
        context = tls_context(settings.tls_ca_file) if settings.security != "none" else None
        client = IMAPClient(
            settings.host,
            port=settings.port,
            ssl=settings.security == "tls",
            ssl_context=context if settings.security == "tls" else None,
            timeout=timeout,
        )
    except (OSError, IMAPClient.Error) as exc:
        raise OperationalError(
            f"cannot reach IMAP server {settings.host}:{settings.port}: {exc}"
        ) from None
    try:
        _keepalive(client.socket())
        if settings.security == "starttls":
            client.starttls(context)
        token = oauth2_token(settings)
        if token is not None:
            client.oauth2_login(settings.username, token)
        else:
            client.login(settings.username, settings.password.get_secret_value())
    except LoginError:
        client.shutdown()
        raise UserError(
            "the IMAP server refused the login of [mailbox] username; check the password or token"
        ) from None
    except (OSError, IMAPClient.Error, OperationalError) as exc:
        with contextlib.suppress(OSError):
            client.shutdown()
        if isinstance(exc, OperationalError):
            raise
        raise OperationalError(f"IMAP connection failed during TLS or login: {exc}") from None
    return client
