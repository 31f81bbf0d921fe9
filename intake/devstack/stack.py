"""Start the embedded IMAP mailbox and SMTP hub together, on loopback."""

from __future__ import annotations

import asyncio
import logging
from contextlib import AsyncExitStack

from imapclient import IMAPClient

from intake.config import Settings
from intake.devstack.imap_server import start_imap_server
from intake.devstack.smtp_hub import HubHandler, start_smtp_hub
from intake.errors import UserError

log = logging.getLogger(__name__)


def make_mailbox_delivery(settings: Settings) -> HubHandler:
    """A hub handler that APPENDs mail for the COR address to the embedded mailbox over IMAP."""
    mailbox = settings.effective_mailbox

    def deliver(raw: bytes) -> None:
        client = IMAPClient(mailbox.host, port=mailbox.port, ssl=False, timeout=30)
        try:
            client.login(mailbox.username, mailbox.password.get_secret_value())
            client.append(mailbox.folder, raw)
        finally:
            try:
                client.logout()
            except (IMAPClient.Error, OSError):
                client.shutdown()

    return HubHandler(settings.intake.cor_address, deliver, settings.outbox_dir)


async def start_embedded(stack: AsyncExitStack, settings: Settings) -> None:
    """Serve the COR mailbox and the hub until STACK closes; UserError if a port is taken."""
    emb = settings.embedded
    mailbox = settings.effective_mailbox
    try:
        await start_imap_server(
            stack,
            host=emb.host,
            port=emb.imap_port,
            username=mailbox.username,
            password=mailbox.password.get_secret_value(),
        )
    except OSError as exc:
        raise UserError(
            f"cannot listen for IMAP on {emb.host}:{emb.imap_port} ({exc.strerror}); "
            "set [embedded] imap_port to a free port"
        ) from None
    try:
        server = await start_smtp_hub(
            host=emb.host,
            port=emb.smtp_port,
            handler=make_mailbox_delivery(settings),
            data_size_limit=settings.mailbox.max_message_bytes,
        )
    except OSError as exc:
        raise UserError(
            f"cannot listen for SMTP on {emb.host}:{emb.smtp_port} ({exc.strerror}); "
            "set [embedded] smtp_port to a free port"
        ) from None

    async def close_hub() -> None:
        server.close()
        await server.wait_closed()

    stack.push_async_callback(close_hub)
    log.info("embedded IMAP on %s:%d, SMTP hub on %s:%d", emb.host, emb.imap_port, emb.host, emb.smtp_port)


async def wait_until_listening(host: str, port: int, timeout: float = 10.0) -> None:
    """Wait until something accepts connections on HOST:PORT."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        try:
            _, writer = await asyncio.open_connection(host, port)
            writer.close()
            await writer.wait_closed()
            return
        except OSError:
            if asyncio.get_running_loop().time() > deadline:
                raise
            await asyncio.sleep(0.05)
