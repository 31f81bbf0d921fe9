"""Start the embedded IMAP mailbox and SMTP hub together, on loopback.

``start_embedded`` serves them inside a running event loop (``secor-intake run``);
``ThreadedStack`` runs them on a thread of their own, with blocking controls to
restart the IMAP server or take the relay down (tests, the benchmark, and
``python -m intake.devstack``).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Coroutine
from contextlib import AsyncExitStack
from typing import Any, TypeVar

from imapclient import IMAPClient

from core.config import Settings
from core.errors import UserError
from intake.devstack.imap_server import EmbeddedImap
from intake.devstack.smtp_hub import HubHandler, SmtpHub

log = logging.getLogger(__name__)

T = TypeVar("T")


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


class EmbeddedStack:
    """The local mailbox and hub, with controls for fault tests."""

    def __init__(self, settings: Settings) -> None:
        emb = settings.embedded
        mailbox = settings.effective_mailbox
        self.settings = settings
        self.imap = EmbeddedImap(
            host=emb.host,
            port=emb.imap_port,
            username=mailbox.username,
            password=mailbox.password.get_secret_value(),
            folder=settings.data_dir / "mailbox",  # kept across restarts (Maildir)
        )
        self.handler = make_mailbox_delivery(settings)
        self.hub = SmtpHub(
            host=emb.host,
            port=emb.smtp_port,
            handler=self.handler,
            data_size_limit=settings.mailbox.max_message_bytes,
        )

    async def start(self) -> None:
        """Listen on both ports; UserError naming the key to change if a port is taken."""
        emb = self.settings.embedded
        try:
            await self.imap.start()
        except OSError as exc:
            raise UserError(
                f"cannot listen for IMAP on {emb.host}:{emb.imap_port} ({exc.strerror}); "
                "set [embedded] imap_port to a free port"
            ) from None
        try:
            await self.hub.start()
        except OSError as exc:
            await self.imap.stop()
            raise UserError(
                f"cannot listen for SMTP on {emb.host}:{emb.smtp_port} ({exc.strerror}); "
                "set [embedded] smtp_port to a free port"
            ) from None
        log.info(
            "embedded IMAP on %s:%d, SMTP hub on %s:%d",
            emb.host,
            emb.imap_port,
            emb.host,
            emb.smtp_port,
        )

    async def stop(self) -> None:
        """Close both listeners and their connections."""
        await self.hub.stop()
        await self.imap.stop()

    async def relay_down(self) -> None:
        """Take the SMTP hub away (connections refused) until ``relay_up``."""
        if self.hub.listening:
            await self.hub.stop()
            log.info("embedded SMTP hub down")

    async def relay_up(self) -> None:
        """Bring the SMTP hub back."""
        if not self.hub.listening:
            await self.hub.start()
            log.info("embedded SMTP hub up again")


async def start_embedded(stack: AsyncExitStack, settings: Settings) -> EmbeddedStack:
    """Serve the COR mailbox and the hub until STACK closes; UserError if a port is taken."""
    embedded = EmbeddedStack(settings)
    await embedded.start()
    stack.push_async_callback(embedded.stop)
    return embedded


async def wait_until_listening(host: str, port: int, wait_seconds: float = 10.0) -> None:
    """Wait until something accepts connections on HOST:PORT."""
    deadline = asyncio.get_running_loop().time() + wait_seconds
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


class ThreadedStack:
    """An EmbeddedStack on its own event loop thread, driven by blocking calls."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="embedded-stack", daemon=True
        )
        self.stack: EmbeddedStack | None = None

    def _call(self, coro: Coroutine[Any, Any, T], timeout: float = 30.0) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def start(self) -> ThreadedStack:
        """Start the loop and both servers."""
        self._thread.start()

        async def make() -> EmbeddedStack:
            stack = EmbeddedStack(self.settings)
            await stack.start()
            return stack

        self.stack = self._call(make())
        return self

    def stop(self) -> None:
        """Stop both servers and the loop."""
        if self.stack is not None:
            self._call(self.stack.stop())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def restart_imap(self, down_seconds: float = 1.0) -> None:
        """Restart the IMAP server (every connection dropped, same mail)."""
        assert self.stack is not None
        self._call(self.stack.imap.restart(down_seconds), timeout=down_seconds + 30)

    def imap_down(self) -> None:
        """Stop the IMAP server until ``imap_up``."""
        assert self.stack is not None
        self._call(self.stack.imap.stop())

    def imap_up(self) -> None:
        """Start the IMAP server again."""
        assert self.stack is not None
        self._call(self.stack.imap.start())

    def relay_down(self) -> None:
        """Take the SMTP hub down."""
        assert self.stack is not None
        self._call(self.stack.relay_down())

    def relay_up(self) -> None:
        """Bring the SMTP hub back."""
        assert self.stack is not None
        self._call(self.stack.relay_up())

    @property
    def duplicates(self) -> int:
        """How many repeated deliveries the employers' side kept aside."""
        assert self.stack is not None
        return self.stack.handler.duplicates

    def __enter__(self) -> ThreadedStack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
