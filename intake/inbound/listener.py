"""The listener: an aiosmtpd SMTP or LMTP server on its own thread, storing into the queue."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import ssl
import threading
from collections.abc import Callable
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from email.utils import parseaddr
from typing import Any

from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import SMTP, Envelope, Session

from core.config import Settings
from core.errors import UserError
from core.logs import where
from intake.ops import metrics
from intake.store import Store
from intake.store.schema import SOURCE_INBOUND

log = logging.getLogger(__name__)

INBOUND_MAILBOX = "inbound"


def _headers(raw: bytes) -> tuple[str | None, str | None, str]:
    try:
        headers = BytesHeaderParser(policy=default_policy).parsebytes(raw)
        message_id = str(headers.get("Message-ID") or "").strip() or None
        sender = parseaddr(str(headers.get("From") or ""))[1].lower() or None
        return message_id, sender, str(headers.get("Subject") or "")
    except Exception:  # a broken header is the pipeline's problem
        return None, None, ""


class InboundHandler:
    """aiosmtpd hooks: check the client and the recipients early, store on DATA."""

    def __init__(
        self, store: Store, settings: Settings, on_message: Callable[[], None] | None = None
    ) -> None:
        inbound = settings.inbound
        self.store = store
        self.lmtp = inbound.protocol == "lmtp"
        self.recipients = {r.lower() for r in inbound.recipients} or {
            settings.intake.cor_address.lower()
        }
        try:
            self.networks = [ipaddress.ip_network(c, strict=False) for c in inbound.allowed_clients]
        except ValueError as exc:
            raise UserError(f"[inbound] allowed_clients: {exc}") from None
        self.on_message = on_message

    def _allowed(self, session: Session) -> bool:
        peer = session.peer[0] if isinstance(session.peer, tuple) else str(session.peer)
        try:
            address = ipaddress.ip_address(str(peer).split("%", 1)[0])
        except ValueError:
            return False
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        return any(address in net for net in self.networks)

    async def handle_MAIL(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        mail_options: list[str],
    ) -> str:
        """Refuse clients that may not deliver here, before any data is sent."""
        if not self._allowed(session):
            metrics.INBOUND.labels("client_refused").inc()
            return "550 5.7.1 This client may not deliver mail here"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 OK"

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        """Accept only the COR address (or the configured recipients)."""
        if address.lower() not in self.recipients:
            metrics.INBOUND.labels("recipient_refused").inc()
            return "550 5.1.1 Recipient not accepted here"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        """Store the message (once, however often it is delivered), then answer."""
        content: Any = envelope.original_content or envelope.content or b""
        data = content if isinstance(content, bytes) else str(content).encode("utf-8")
        raw = f"Return-Path: <{envelope.mail_from or ''}>\r\n".encode() + data
        message_id, sender, subject = _headers(raw)
        try:
            _, new = await asyncio.to_thread(
                self.store.queue.enqueue_inbound,
                mailbox=INBOUND_MAILBOX,
                raw=raw,
                message_id=message_id,
                sender=sender,
                subject=subject,
            )
        except Exception as exc:  # the sender keeps the message and retries: nothing is lost
            log.error("inbound: could not store a message (%s); answered 451", where(exc))
            metrics.INBOUND.labels("store_failed").inc()
            return self._answer("451 4.3.0 Cannot store the message now, try again later", envelope)
        metrics.INBOUND.labels("stored" if new else "repeated").inc()
        if new:
            metrics.MESSAGES_RECEIVED.labels(SOURCE_INBOUND).inc()
            log.info("inbound: stored a message of %d bytes", len(raw))
            if self.on_message is not None:
                self.on_message()
        return self._answer("250 2.0.0 Message stored for processing", envelope)

    def _answer(self, status: str, envelope: Envelope) -> str:
        """LMTP answers once per recipient after DATA; SMTP once."""
        if self.lmtp:
            return "\r\n".join([status] * max(1, len(envelope.rcpt_tos)))
        return status


def _tls(settings: Settings) -> ssl.SSLContext | None:
    inbound = settings.inbound
    if inbound.tls_cert is None or inbound.tls_key is None:
        if inbound.require_tls:
            raise UserError("[inbound] require_tls needs tls_cert and tls_key")
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        context.load_cert_chain(str(inbound.tls_cert), str(inbound.tls_key))
    except (OSError, ssl.SSLError) as exc:
        raise UserError(f"[inbound] cannot load tls_cert/tls_key: {exc}") from None
    return context


class InboundListener:
    """The listener on a thread of its own; ``start()`` and ``stop()`` from any thread."""

    def __init__(
        self, settings: Settings, store: Store, on_message: Callable[[], None] | None = None
    ) -> None:
        self.settings = settings
        self.handler = InboundHandler(store, settings, on_message)
        self.tls = _tls(settings)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="inbound", daemon=True)
        self._server: asyncio.Server | None = None

    @property
    def port(self) -> int:
        """The port listened on (useful when configured as 0)."""
        assert self._server is not None
        return int(self._server.sockets[0].getsockname()[1])

    def _factory(self) -> SMTP:
        inbound = self.settings.inbound
        cls = LMTP if inbound.protocol == "lmtp" else SMTP
        return cls(
            self.handler,
            data_size_limit=inbound.max_message_bytes,
            hostname="secor-intake",
            ident="SECOR intake",
            tls_context=self.tls,
            require_starttls=inbound.require_tls,
            timeout=120,
        )

    def start(self) -> InboundListener:
        """Listen; UserError naming the key to change if the port is taken."""
        inbound = self.settings.inbound
        self._thread.start()

        async def listen() -> asyncio.Server:
            loop = asyncio.get_running_loop()
            return await loop.create_server(self._factory, host=inbound.host, port=inbound.port)

        try:
            self._server = asyncio.run_coroutine_threadsafe(listen(), self._loop).result(30)
        except OSError as exc:
            self._stop_loop()
            raise UserError(
                f"cannot listen for {inbound.protocol.upper()} on {inbound.host}:{inbound.port} "
                f"({exc.strerror}); set [inbound] port to a free port"
            ) from None
        log.info("inbound %s listener on %s:%d", inbound.protocol.upper(), inbound.host, self.port)
        return self

    def stop(self) -> None:
        """Stop listening (deliveries under way are answered 421 by the closing server)."""
        server, self._server = self._server, None
        if server is not None:

            async def close() -> None:
                server.close()
                await server.wait_closed()

            asyncio.run_coroutine_threadsafe(close(), self._loop).result(30)
        self._stop_loop()

    def _stop_loop(self) -> None:
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
        self._loop.close()
