"""Open an authenticated IMAP connection as the settings say (TLS, password or XOAUTH2)."""

from __future__ import annotations

import contextlib
import ipaddress
import json
import logging
import socket
import ssl
import subprocess
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from imapclient import IMAPClient
from imapclient.exceptions import LoginError
from pydantic import SecretStr

from core.config import MailboxSettings
from core.errors import OperationalError, UserError

log = logging.getLogger(__name__)

TOKEN_COMMAND_SECONDS = 60
REFRESH_MARGIN_SECONDS = 300.0


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


@dataclass(frozen=True)
class Token:
    """An OAuth2 access token and when it stops working (monotonic seconds; None: unknown)."""

    value: str
    refresh_at: float | None


def _parse_token(output: str, lifetime_minutes: float) -> Token:
    """A bare token, or JSON with access_token and expires_in (seconds) as token tools print."""
    text = output.strip()
    lifetime = lifetime_minutes * 60
    if text.startswith("{"):
        try:
            data = json.loads(text)
            value = str(data["access_token"]).strip()
        except (ValueError, KeyError, TypeError):
            raise OperationalError(
                "oauth2_token_command printed JSON without access_token"
            ) from None
        with contextlib.suppress(KeyError, TypeError, ValueError):
            lifetime = min(lifetime, float(data["expires_in"]))
        text = value
    if not text:
        raise OperationalError("oauth2_token_command printed no token")
    # refresh a little before the end, so a long IDLE never runs on an expired token
    margin = min(REFRESH_MARGIN_SECONDS, lifetime / 5)
    return Token(text, time.monotonic() + max(60.0, lifetime - margin))


def fetch_token(
    token: SecretStr | None, command: str | None, lifetime_minutes: float = 60.0
) -> Token | None:
    """The OAuth2 token: configured (never refreshed), or printed by COMMAND (fresh each call)."""
    if token is not None:
        return Token(token.get_secret_value(), None)
    if not command:
        return None
    try:
        done = subprocess.run(  # noqa: S602 - the operator's own configured command
            command,
            shell=True,
            capture_output=True,
            text=True,
            timeout=TOKEN_COMMAND_SECONDS,
            check=True,
        )
    except subprocess.CalledProcessError as exc:
        if exc.returncode in (126, 127):  # the shell could not find or run it: configuration
            why = "was not found" if exc.returncode == 127 else "is not executable"
            raise UserError(
                f"oauth2_token_command {why} (exit {exc.returncode}); check its path and mode"
            ) from None
        raise OperationalError(
            f"oauth2_token_command exited with {exc.returncode}; run it by hand to see why"
        ) from None
    except (subprocess.SubprocessError, OSError) as exc:
        raise OperationalError(f"oauth2_token_command failed: {type(exc).__name__}") from None
    return _parse_token(done.stdout, lifetime_minutes)


def oauth2_token(settings: MailboxSettings) -> str | None:
    """The OAuth2 token: configured (or SECOR_MAILBOX__OAUTH2_TOKEN), or printed by a command."""
    token = fetch_token(settings.oauth2_token, settings.oauth2_token_command)
    return None if token is None else token.value


def certificate_expiry(sock: object) -> datetime | None:
    """When the TLS peer's certificate expires (None: no TLS, or not verified)."""
    getpeercert = getattr(sock, "getpeercert", None)
    if getpeercert is None:
        return None
    try:
        cert = getpeercert()
        not_after = cert.get("notAfter") if cert else None
        if not not_after:
            return None
        return datetime.fromtimestamp(ssl.cert_time_to_seconds(not_after), UTC)
    except (ValueError, OSError):
        return None


@dataclass
class Session:
    """A logged-in IMAP connection, when to log in again, and the server certificate's end."""

    client: IMAPClient
    refresh_at: float | None = None
    certificate_expires: datetime | None = None


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
    return open_session(settings, timeout).client


def open_session(settings: MailboxSettings, timeout: float | None = None) -> Session:
    """Like ``connect``, and say when the token must be refreshed and the certificate ends."""
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
        if isinstance(exc, ssl.SSLError) and "WRONG_VERSION_NUMBER" in str(exc):
            raise UserError(  # a configuration to fix, not a server that is down
                f"IMAP server {settings.host}:{settings.port} does not speak TLS on this port: "
                'check [mailbox] security ("tls" for port 993, "starttls" or "none" for 143) '
                "and [mailbox] port"
            ) from None
        raise OperationalError(
            f"cannot reach IMAP server {settings.host}:{settings.port}: {exc}"
        ) from None
    try:
        _keepalive(client.socket())
        if settings.security == "starttls":
            client.starttls(context)
        session = Session(client, certificate_expires=certificate_expiry(client.socket()))
        token = fetch_token(
            settings.oauth2_token, settings.oauth2_token_command, settings.oauth2_token_minutes
        )
        if token is not None:
            client.oauth2_login(settings.username, token.value)
            session.refresh_at = token.refresh_at
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
    return session
