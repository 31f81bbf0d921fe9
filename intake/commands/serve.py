"""``secor-intake serve``: watch the configured COR mailbox (no embedded stack, no dashboard)."""

from __future__ import annotations

import argparse
import logging
import signal
import threading
from types import FrameType

from core import interrupts
from core.config import Settings
from core.errors import OperationalError, UserError
from core.logs import configure_logging
from intake.commands.answerer import knowledge_answerer
from intake.commands.common import load_classifier
from intake.inbound import InboundListener
from intake.ops.health import LiveState
from intake.ops.http import OpsServer
from intake.service.runner import IntakeService
from intake.store import open_store

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add the subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "serve",
        epilog=(
            "exit status:\n"
            "  0  stopped by SIGTERM or Ctrl-C; with --once, the cycle ran\n"
            "  2  a configuration to fix: a login refused by the mailbox, the relay or the\n"
            "     database, a missing password, a wrong key; retrying will not help (systemd\n"
            "     does not restart it)\n"
            "  1  a temporary failure: the mailbox, relay or database does not answer; try\n"
            "     again later (without --once, the service itself waits and reconnects)"
        ),
        help="watch the COR mailbox and triage what arrives (production service)",
        description=(
            "Connect to the mailbox of [mailbox], triage every new message, send replies through "
            "[smtp] and file messages into triage folders; with [inbound] enabled, also take mail "
            "forwarded over SMTP/LMTP; with [ops] http_port set, serve /metrics and /healthz. "
            "Runs until SIGTERM or Ctrl-C, then stops after the current step. "
            "With [embedded] enabled it talks to the embedded stack that `secor-intake run` "
            "(or `python -m intake.devstack`) starts."
        ),
    )
    parser.add_argument(
        "--once",
        action="store_true",
        help="run one cycle and exit (to check a configuration, or from a timer)",
    )
    return parser


_LOOPBACK = ("127.0.0.1", "localhost", "::1")


def check_secrets(settings: Settings) -> None:
    """UserError when a real mailbox would be logged into with the demo password: the secret
    was never set (a wrong path to secrets.env is silently ignored by systemd)."""
    box = settings.mailbox
    default = type(box).model_fields["password"].default  # the embedded mailbox's password
    demo = box.password.get_secret_value() == default.get_secret_value()
    oauth = box.oauth2_token is not None or box.oauth2_token_command
    if box.enabled and demo and not oauth and box.host not in _LOOPBACK:
        raise UserError(
            f"no mailbox password is set for {box.host}: set SECOR_MAILBOX__PASSWORD (for "
            "systemd, in /etc/secor-intake/secrets.env) or [mailbox] password"
        )


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the service until a signal stops it."""
    configure_logging(settings.ops, verbose=bool(getattr(args, "verbose", False)))
    stop = threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("signal %d: stopping after the current step", signum)
        stop.set()

    if not args.once:  # first: a signal while the model loads stops cleanly too
        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
        if interrupts.received():  # pressed while starting, its KeyboardInterrupt lost on the way
            stop.set()
    check_secrets(settings)
    classifier = load_classifier(settings)
    store = open_store(settings)
    live = LiveState()
    service = IntakeService(
        settings, store, classifier, stop, live=live, answerer=knowledge_answerer(settings)
    )
    if args.once:
        try:
            service.run_once()
        finally:
            store.close()
        relay = service.relay
        if relay.refused_login():
            raise UserError(
                "the SMTP relay refused the login of [smtp] username; check the password or token"
            )
        if relay.last_failure is not None:
            raise OperationalError(
                f"cannot reach the SMTP relay {settings.smtp.host}:{settings.smtp.port} "
                f"({type(relay.last_failure).__name__}); replies wait; try again later"
            )
        return 0
    ops: OpsServer | None = None
    inbound: InboundListener | None = None
    try:
        if settings.ops.http_port:
            ops = OpsServer(settings, store, live).start()
        if settings.inbound.enabled:
            inbound = InboundListener(settings, store, on_message=service.wake).start()
        if not settings.mailbox.enabled and inbound is None:
            log.warning(
                "[mailbox] and [inbound] are both off: only replies and staff mail are handled"
            )
        service.run_forever()
    finally:
        if inbound is not None:
            inbound.stop()
        if ops is not None:
            ops.close()
        store.close()
    return 0
