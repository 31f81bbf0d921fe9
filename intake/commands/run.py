"""``secor-intake run``: the whole product on embedded defaults (what ``make run`` starts).

One process: the local IMAP mailbox, the SMTP hub, the intake service and the
dashboard. Ctrl-C (or SIGTERM) stops all of it and frees every port.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import AsyncExitStack, contextmanager

import uvicorn

from core import interrupts
from core.config import Settings
from core.errors import UserError
from intake.commands.answerer import knowledge_answerer
from intake.commands.common import load_classifier
from intake.commands.preflight import check_run
from intake.dashboard.accounts import ensure_user
from intake.dashboard.app import create_app
from intake.devstack.seed import seed_examples
from intake.devstack.stack import start_embedded, wait_until_listening
from intake.inbound import InboundListener
from intake.ops.health import LiveState
from intake.service.runner import IntakeService
from intake.store import Store, open_store

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add the subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "run",
        help="run everything locally: mailbox, SMTP hub, intake service and dashboard",
        description=(
            "Start the embedded IMAP mailbox and SMTP hub, the intake service and the review "
            "dashboard, and put the example submissions into the mailbox on first start. "
            "Ctrl-C stops everything."
        ),
    )
    parser.add_argument(
        "--no-seed", action="store_true", help="do not send the example submissions"
    )
    return parser


class _QuietServer(uvicorn.Server):
    """uvicorn without its own signal handling: this command owns Ctrl-C for every part."""

    @contextmanager
    def capture_signals(self) -> Iterator[None]:
        """Leave signals to the caller."""
        yield


async def _serve(settings: Settings, store: Store, seed: bool) -> None:
    classifier = load_classifier(settings)
    stop = threading.Event()
    finished = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, finished.set)
    if interrupts.received():  # pressed while starting, its KeyboardInterrupt lost on the way
        finished.set()

    async with AsyncExitStack() as stack:
        if settings.embedded.enabled:
            await start_embedded(stack, settings)
            await wait_until_listening(settings.embedded.host, settings.embedded.smtp_port)

        service = IntakeService(
            settings,
            store,
            classifier,
            stop,
            live=LiveState(),
            answerer=knowledge_answerer(settings),
        )
        failure: list[BaseException] = []

        def work() -> None:
            try:
                service.run_forever()
            except UserError as exc:  # e.g. another service already holds this store
                failure.append(exc)
                loop.call_soon_threadsafe(finished.set)

        worker = threading.Thread(target=work, name="intake-service")
        worker.start()

        async def stop_worker() -> None:
            # Join off the loop: the worker may be waiting on the embedded IMAP
            # server, which this very loop serves.
            stop.set()
            await asyncio.to_thread(worker.join, 30)

        stack.push_async_callback(stop_worker)

        if settings.inbound.enabled:
            inbound = InboundListener(settings, store, on_message=service.wake).start()
            stack.callback(inbound.stop)

        dash = settings.dashboard
        server = _QuietServer(
            uvicorn.Config(
                create_app(settings, store),
                host=dash.host,
                port=dash.port,
                log_level="warning",
                lifespan="off",
            )
        )
        web = asyncio.create_task(server.serve())
        await asyncio.sleep(0)
        deadline = loop.time() + 10
        # uvicorn exposes a flag, not an event, for "listening"
        while not server.started and not web.done() and loop.time() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.05)
        if web.done() or not server.started:
            raise UserError(
                f"cannot serve the dashboard on {dash.host}:{dash.port}; "
                "set [dashboard] port to a free port"
            )

        async def stop_web() -> None:
            server.should_exit = True
            await web

        stack.push_async_callback(stop_web)

        if seed and settings.embedded.enabled and settings.embedded.seed_examples:
            await asyncio.to_thread(seed_examples, settings, store)

        sys.stdout.write(
            "\nSECOR intake is running.\n"
            f"  dashboard   http://{dash.host}:{dash.port}/"
            + (
                f"  (log in as {dash.demo_user})\n"
                if settings.embedded.enabled and dash.demo_user
                else "\n"
            )
        )
        if settings.embedded.enabled:
            emb = settings.embedded
            sys.stdout.write(
                f"  mailbox     imap://{emb.host}:{emb.imap_port} "
                f"(user {settings.mailbox.username})\n"
                f"  SMTP hub    {emb.host}:{emb.smtp_port} "
                "(send with: secor-intake send PATH --from you@example.com)\n"
                f"  outbox      secor-intake outbox\n"
            )
        sys.stdout.write("Press Ctrl-C to stop.\n\n")
        sys.stdout.flush()
        await finished.wait()
        if failure:
            raise failure[0]
        log.info("stopping")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run until Ctrl-C."""
    check_run(settings)  # every port in use and the store lock, named in one message
    store = open_store(settings)
    dash = settings.dashboard
    if settings.embedded.enabled and dash.demo_user and dash.demo_password:
        ensure_user(store, dash.demo_user, dash.demo_password.get_secret_value())
    try:
        asyncio.run(_serve(settings, store, seed=not args.no_seed))
    finally:
        store.close()
    sys.stdout.write("stopped.\n")
    return 0
