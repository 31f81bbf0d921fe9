"""``secor-intake serve``: watch the configured COR mailbox (no embedded stack, no dashboard)."""

from __future__ import annotations

import argparse
import logging
import signal
import threading
from types import FrameType

from intake.commands.common import load_classifier
from intake.config import Settings
from intake.service.runner import IntakeService
from intake.store import open_store

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add the subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "serve",
        help="watch the COR mailbox and triage what arrives (production service)",
        description=(
            "Connect to the mailbox of [mailbox], triage every new message, send replies through "
            "[smtp] and file messages into triage folders. Stops cleanly on SIGTERM or Ctrl-C. "
            "With [embedded] enabled it talks to the embedded stack that `secor-intake run` starts."
        ),
    )
    parser.add_argument("--once", action="store_true", help="run one cycle and exit")
    return parser


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the service until a signal stops it."""
    classifier = load_classifier(settings)
    store = open_store(settings)
    stop = threading.Event()
    service = IntakeService(settings, store, classifier, stop)
    if args.once:
        service.run_once()
        store.close()
        return 0

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("signal %d: stopping after the current step", signum)
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        service.run_forever()
    finally:
        store.close()
    return 0
