"""A local SMTP hub: mail for the COR address goes into the IMAP mailbox, the rest to the outbox.

The outbox is a Maildir folder in the data folder; ``secor-intake outbox`` and the
dashboard show it. This stands in for the department's mail server and for the
employers' mailboxes, so nothing ever leaves the machine. Like the large mail
providers, the employers' side keeps one copy of a message however often it is
delivered with the same Message-ID: a repeat goes to the ``.Duplicates``
sub-folder instead, so tests can count what a crash made the service send twice.
"""

from __future__ import annotations

import asyncio
import logging
import mailbox
import threading
from collections.abc import Callable
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session

log = logging.getLogger(__name__)

Deliver = Callable[[bytes], None]

DUPLICATES = "Duplicates"


def _message_id(data: bytes) -> str:
    headers = BytesHeaderParser(policy=compat32).parsebytes(data)
    return str(headers.get("Message-ID") or "").strip()


class HubHandler:
    """aiosmtpd handler: accept any recipient, route by address on DATA."""

    def __init__(self, cor_address: str, deliver_to_mailbox: Deliver, outbox_dir: Path) -> None:
        self.cor_address = cor_address.lower()
        self.deliver_to_mailbox = deliver_to_mailbox
        self.outbox_dir = outbox_dir
        for sub in ("tmp", "new", "cur"):  # a Maildir, even where an empty folder was left
            (outbox_dir / sub).mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._seen: set[tuple[str, str]] = self._delivered()
        self.duplicates = 0

    def _delivered(self) -> set[tuple[str, str]]:
        """(recipient, Message-ID) of everything already in the outbox."""
        seen: set[tuple[str, str]] = set()
        box = mailbox.Maildir(self.outbox_dir, create=True)
        try:
            for key in box.iterkeys():
                try:
                    data = box.get_bytes(key)
                except (KeyError, OSError):
                    continue
                headers = BytesHeaderParser(policy=compat32).parsebytes(data)
                rcpt = str(headers.get("X-Hub-Recipient") or headers.get("To") or "").lower()
                mid = str(headers.get("Message-ID") or "").strip()
                if mid:
                    seen.add((rcpt, mid))
        finally:
            box.close()
        return seen

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        """Accept every syntactically valid recipient."""
        if "@" not in address:
            return "553 5.1.3 Recipient address must be user@domain"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        """Deliver one message to each recipient, like a local MDA (adds Return-Path)."""
        content: Any = envelope.original_content or envelope.content
        data = content if isinstance(content, bytes) else str(content).encode("utf-8")
        mail_from = envelope.mail_from or ""
        stamped = f"Return-Path: <{mail_from}>\r\n".encode() + data
        local = [r for r in envelope.rcpt_tos if r.lower() == self.cor_address]
        others = [r for r in envelope.rcpt_tos if r.lower() != self.cor_address]
        try:
            if local:
                await asyncio.to_thread(self.deliver_to_mailbox, stamped)
            for rcpt in others:
                await asyncio.to_thread(self._to_outbox, rcpt, stamped)
        except Exception:
            log.exception("local delivery failed")
            return "451 4.3.0 Local delivery failed, try again later"
        log.info(
            "hub delivered a message: %d to the mailbox, %d to the outbox", len(local), len(others)
        )
        return "250 Message accepted for delivery"

    def _to_outbox(self, rcpt: str, data: bytes) -> None:
        stamped = f"X-Hub-Recipient: {rcpt.lower()}\r\n".encode() + data
        mid = _message_id(data)
        with self._lock:
            duplicate = bool(mid) and (rcpt.lower(), mid) in self._seen
            box = mailbox.Maildir(self.outbox_dir, create=True)
            try:
                if duplicate:
                    self.duplicates += 1
                    log.warning(
                        "hub: a message with a Message-ID already delivered came again; kept aside"
                    )
                    if DUPLICATES in box.list_folders():
                        box.get_folder(DUPLICATES).add(stamped)
                    else:
                        box.add_folder(DUPLICATES).add(stamped)
                else:
                    box.add(stamped)
                    if mid:
                        self._seen.add((rcpt.lower(), mid))
            finally:
                box.close()


class SmtpHub:
    """The hub's listener, which can be taken down and brought back (a relay outage)."""

    def __init__(self, *, host: str, port: int, handler: HubHandler, data_size_limit: int) -> None:
        self.host = host
        self.port = port
        self.handler = handler
        self.data_size_limit = data_size_limit
        self._server: asyncio.Server | None = None
        self._sessions: set[SMTP] = set()

    @property
    def listening(self) -> bool:
        """Whether the hub accepts connections now."""
        return self._server is not None

    async def start(self) -> None:
        """Listen on HOST:PORT in the running loop; OSError if the port is taken."""
        loop = asyncio.get_running_loop()

        def factory() -> SMTP:
            smtp = SMTP(
                self.handler,
                data_size_limit=self.data_size_limit,
                hostname="hub.secor.local",
                ident="SECOR hub",
            )
            self._sessions = {s for s in self._sessions if s.transport is not None}
            self._sessions.add(smtp)
            return smtp

        self._server = await loop.create_server(factory, host=self.host, port=self.port)

    async def stop(self) -> None:
        """Stop listening and drop open sessions."""
        server, self._server = self._server, None
        if server is not None:
            server.close()
        for smtp in list(self._sessions):
            transport = getattr(smtp, "transport", None)
            if transport is not None:
                transport.close()
        self._sessions.clear()
        if server is not None:
            await server.wait_closed()


async def start_smtp_hub(
    *, host: str, port: int, handler: HubHandler, data_size_limit: int
) -> SmtpHub:
    """Listen on HOST:PORT with aiosmtpd in the running loop; ``await hub.stop()`` to stop."""
    hub = SmtpHub(host=host, port=port, handler=handler, data_size_limit=data_size_limit)
    await hub.start()
    return hub
