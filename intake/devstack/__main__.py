"""``python -m intake.devstack``: only the embedded IMAP mailbox and SMTP hub (tests, benchmarks).

Signals: SIGTERM/SIGINT stop; SIGUSR1 restarts the IMAP server (connections
dropped, down for ``--imap-down`` seconds, the mail kept); SIGUSR2 takes the
SMTP hub down, and brings it back on the next SIGUSR2.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from core.config import ConfigError, load_settings
from core.errors import UserError
from intake.devstack.stack import EmbeddedStack

log = logging.getLogger("intake.devstack")


def build_parser() -> argparse.ArgumentParser:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m intake.devstack",
        description=(
            "Serve the embedded COR mailbox (IMAP) and SMTP hub of [embedded] until stopped, "
            "without the intake service or the dashboard (run `secor-intake serve` against it). "
            "SIGUSR1 restarts the IMAP server; SIGUSR2 toggles the SMTP hub down and up."
        ),
    )
    parser.add_argument("--config", type=Path, default=None, help="TOML configuration file")
    parser.add_argument(
        "--imap-down",
        type=float,
        default=2.0,
        metavar="SECONDS",
        help="how long a SIGUSR1 restart keeps the IMAP server away (default 2)",
    )
    return parser


async def _serve(stack: EmbeddedStack, imap_down: float) -> None:
    loop = asyncio.get_running_loop()
    finished = asyncio.Event()
    tasks: set[asyncio.Task[None]] = set()

    def spawn(coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(coro)
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    def toggle_relay() -> None:
        spawn(stack.relay_up() if not stack.hub.listening else stack.relay_down())

    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, finished.set)
    loop.add_signal_handler(signal.SIGUSR1, lambda: spawn(stack.imap.restart(imap_down)))
    loop.add_signal_handler(signal.SIGUSR2, toggle_relay)
    await stack.start()
    emb = stack.settings.embedded
    sys.stdout.write(
        f"devstack ready: imap {emb.host}:{emb.imap_port} smtp {emb.host}:{emb.smtp_port}\n"
    )
    sys.stdout.flush()
    try:
        await finished.wait()
    finally:
        for task in list(tasks):
            task.cancel()
        await stack.stop()


def main(argv: list[str] | None = None) -> int:
    """Run until a signal stops it."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        settings = load_settings(args.config)
        asyncio.run(_serve(EmbeddedStack(settings), args.imap_down))
    except (ConfigError, UserError) as exc:
        sys.stderr.write(f"intake.devstack: {exc}\n")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
