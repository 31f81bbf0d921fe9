"""A local IMAP server holding the COR mailbox, served by pymap.

With a folder (``secor-intake run`` gives ``<data_dir>/mailbox``) the mail is kept
there in Maildir form (pymap's maildir backend), so the inbox, Sent and the triage
folders survive a restart of the process; without one it lives in memory. The
listener can be stopped and started again while the mail stays (the backend
lives on): from a client's side that is a server restart, every connection
dropped and nothing listening for a while, which the fault tests need.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from argparse import ArgumentParser
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any
from uuid import uuid4

from proxyprotocol.sock import SocketInfo
from pymap.backend.dict import DictBackend
from pymap.backend.maildir import Identity, MaildirBackend
from pymap.frozen import frozendict
from pymap.imap import IMAPServer
from pymap.user import Passwords, UserMetadata

from intake.devstack import maildir_fix

log = logging.getLogger(__name__)


class EmbeddedImap:
    """One mailbox account on HOST:PORT (plain IMAP, loopback), restartable."""

    def __init__(
        self, *, host: str, port: int, username: str, password: str, folder: Path | None = None
    ) -> None:
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.folder = folder
        self._backend: DictBackend | MaildirBackend | None = None
        self._config: Any = None
        self._server: asyncio.Server | None = None
        self._connections: set[tuple[asyncio.StreamWriter, asyncio.Task[Any]]] = set()

    @property
    def listening(self) -> bool:
        """Whether the server accepts connections now."""
        return self._server is not None

    async def _init_backend(self) -> None:
        parser = ArgumentParser(add_help=False)
        subparsers = parser.add_subparsers(dest="backend")
        DictBackend.add_subparser("dict", subparsers)
        MaildirBackend.add_subparser("maildir", subparsers)
        parser.add_argument("--host", action="append")
        parser.add_argument("--port", default="143")
        parser.add_argument("--no-tls", dest="tls", action="store_false")
        parser.set_defaults(
            skip_services=[],
            passlib_cfg=None,
            debug=False,
            cert=None,
            key=None,
            inherited_sockets=None,
            proxy_protocol=None,
        )
        common = ["--host", self.host, "--port", str(self.port), "--no-tls"]
        if self.folder is None:
            args = parser.parse_args(
                [*common, "dict", "--demo-user", self.username, "--demo-password", self.password]
            )
            self._backend, self._config = await DictBackend.init(args)
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        maildir_fix.apply()
        args = parser.parse_args([*common, "maildir", str(self.folder), "--concurrency", "2"])
        backend, self._config = await MaildirBackend.init(args)
        self._backend = backend
        # the one account, (re)written at each start so a changed password applies
        hashed = await Passwords(self._config).hash_password(self.password)
        # the 'admin' role lets pymap write the account file
        identity = Identity(self._config, backend.login.tokens, self.username, None, {"admin"})
        await identity.set(
            UserMetadata(
                self._config,
                self.username,
                password=hashed,
                params=frozendict({"mailbox_path": "cor"}),
            )
        )

    async def start(self) -> None:
        """Listen (creating the mailbox on the first start); OSError if the port is taken."""
        if self._backend is None:
            await self._init_backend()
        assert self._backend is not None
        self._config.apply_context()
        imap_server = IMAPServer(self._backend.login, self._config)

        async def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            task = asyncio.current_task()
            assert task is not None
            entry = (writer, task)
            self._connections.add(entry)
            try:
                await imap_server(
                    reader, writer, SocketInfo.get(writer, None, unique_id=uuid4().bytes)
                )
            except (ConnectionError, asyncio.IncompleteReadError):
                pass
            finally:
                self._connections.discard(entry)

        self._server = await asyncio.start_server(on_connect, host=self.host, port=self.port)

    async def stop(self) -> None:
        """Stop listening and drop every open connection (the mail stays)."""
        server, self._server = self._server, None
        if server is not None:
            server.close()
        for writer, _ in list(self._connections):
            writer.close()
        tasks = [task for _, task in list(self._connections)]
        if tasks:
            _, pending = await asyncio.wait(tasks, timeout=2.0)
            for task in pending:
                task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.gather(*pending, return_exceptions=True)
        if server is not None:
            await server.wait_closed()

    async def restart(self, down_seconds: float = 1.0) -> None:
        """Drop everything, stay away DOWN_SECONDS, come back with the same mail."""
        await self.stop()
        log.info("embedded IMAP server stopped for %.1f s", down_seconds)
        await asyncio.sleep(down_seconds)
        await self.start()
        log.info("embedded IMAP server listening again")


async def start_imap_server(
    stack: AsyncExitStack, *, host: str, port: int, username: str, password: str
) -> EmbeddedImap:
    """Serve one mailbox account on HOST:PORT until STACK closes (plain IMAP, loopback)."""
    server = EmbeddedImap(host=host, port=port, username=username, password=password)
    await server.start()
    stack.push_async_callback(server.stop)
    return server
