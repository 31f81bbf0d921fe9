"""``secor-intake dashboard``: the review dashboard alone (production: beside ``serve``)."""

from __future__ import annotations

import argparse
import logging
import signal
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

import uvicorn

from core import interrupts
from core.config import Settings
from core.errors import UserError
from intake.dashboard.app import create_app
from intake.store import open_store

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add the subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "dashboard",
        help="serve the staff review dashboard alone (production, beside `serve`)",
        description=(
            "Serve the review dashboard on [dashboard] host and port, on the store of [store] "
            "(PostgreSQL when several machines or `serve` workers share it). It starts no "
            "mailbox, no service and no demo account: create accounts with "
            "`secor-intake user add NAME`. Put a reverse proxy with TLS in front of it "
            "(docs/deploy.md). SIGTERM or Ctrl-C stops it."
        ),
    )
    parser.add_argument("--host", help="listen on this address instead of [dashboard] host")
    parser.add_argument(
        "--port", type=_port, help="listen on this port instead of [dashboard] port (1-65535)"
    )
    return parser


class _Server(uvicorn.Server):
    """uvicorn whose stop signals only end the serving (it would raise them again after)."""

    @contextmanager
    def capture_signals(self) -> Iterator[None]:
        """SIGTERM and SIGINT stop the server gracefully; the command then returns 0."""

        def stop(signum: int, _frame: FrameType | None) -> None:
            log.info("signal %d: stopping the dashboard", signum)
            self.should_exit = True

        previous = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
        if interrupts.received():  # pressed while starting, its KeyboardInterrupt lost
            self.should_exit = True
        try:
            yield
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on HOST:PORT, or UserError naming the port and what to do."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise UserError(
            f"cannot serve the dashboard on {host}:{port} ({exc.strerror}); stop what uses it "
            "or choose another with --port or [dashboard] port"
        ) from None
    sock.set_inheritable(True)
    return sock


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Serve until a signal stops it."""
    dash = settings.dashboard
    host = args.host or dash.host
    port = dash.port if args.port is None else args.port
    sock = bind(host, port)
    store = open_store(settings)
    try:
        server = _Server(
            uvicorn.Config(
                create_app(settings, store),
                log_level="warning",
                lifespan="off",
                proxy_headers=True,  # X-Forwarded-For/-Proto from a proxy on this host
            )
        )
        real_port = sock.getsockname()[1]
        sys.stdout.write(f"SECOR dashboard on http://{host}:{real_port}/ (Ctrl-C stops it)\n")
        sys.stdout.flush()
        log.info("dashboard listening on %s:%d", host, real_port)
        server.run(sockets=[sock])
    finally:
        sock.close()
        store.close()
    return 0


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port from 1 to 65535")
    return port
