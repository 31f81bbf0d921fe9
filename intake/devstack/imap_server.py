"""A local IMAP server holding the COR mailbox, served by pymap's in-memory backend."""

from __future__ import annotations

from argparse import ArgumentParser
from contextlib import AsyncExitStack

from pymap.backend.dict import DictBackend
from pymap.imap import IMAPService


async def start_imap_server(
    stack: AsyncExitStack, *, host: str, port: int, username: str, password: str
) -> None:
    """Serve one mailbox account on HOST:PORT until STACK closes (plain IMAP, loopback)."""
    parser = ArgumentParser(add_help=False)
    subparsers = parser.add_subparsers(dest="backend")
    DictBackend.add_subparser("dict", subparsers)
    IMAPService.add_arguments(parser)
    parser.set_defaults(skip_services=[], passlib_cfg=None, debug=False)
    args = parser.parse_args(
        [
            "--host", host,
            "--port", str(port),
            "--no-tls",
            "dict",
            "--demo-user", username,
            "--demo-password", password,
        ]
    )
    backend, config = await DictBackend.init(args)
    config.apply_context()
    await backend.start(stack)
    await IMAPService(backend, config).start(stack)
