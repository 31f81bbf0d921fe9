"""A local SMTP hub: mail for the COR address goes into the IMAP mailbox, the rest to the outbox.

The outbox is a Maildir folder in the data folder; ``secor-intake outbox`` and the
dashboard show it. This stands in for the department's mail server and for the
employers' mailboxes, so nothing ever leaves the machine.
"""

from __future__ import annotations

import asyncio
import logging
import mailbox
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session

log = logging.getLogger(__name__)

Deliver = Callable[[bytes], None]


class HubHandler:
    """aiosmtpd handler: accept any recipient, route by address on DATA."""

    def __init__(self, cor_address: str, deliver_to_mailbox: Deliver, outbox_dir: Path) -> None:
        self.cor_address = cor_address.lower()
        self.deliver_to_mailbox = deliver_to_mailbox
        self.outbox_dir = outbox_dir
        outbox_dir.mkdir(parents=True, exist_ok=True)

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        """Accept every syntactically valid recipient."""
        if "@" not in address:
            return "553 5.1.3 Recipient address must be user@domain"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope
    ) -> str:
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
            for _ in others:
                await asyncio.to_thread(self._to_outbox, stamped)
        except Exception:
            log.exception("local delivery failed")
            return "451 4.3.0 Local delivery failed, try again later"
        log.info("hub delivered a message: %d to the mailbox, %d to the outbox", len(local), len(others))
        return "250 Message accepted for delivery"

    def _to_outbox(self, data: bytes) -> None:
        box = mailbox.Maildir(self.outbox_dir, create=True)
        try:
            box.add(data)
        finally:
            box.close()


async def start_smtp_hub(
    *, host: str, port: int, handler: HubHandler, data_size_limit: int
) -> asyncio.Server:
    """Listen on HOST:PORT with aiosmtpd in the running loop; close() the result to stop."""
    loop = asyncio.get_running_loop()

    def factory() -> SMTP:
        return SMTP(handler, data_size_limit=data_size_limit, hostname="hub.secor.local", ident="SECOR hub")

    return await loop.create_server(factory, host=host, port=port)
