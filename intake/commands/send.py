"""``secor-intake send PATH --from ADDRESS``: email a submission to the COR mailbox."""

from __future__ import annotations

import argparse
import sys

from core.config import Settings
from core.errors import OperationalError, UserError
from intake.commands.common import existing_path
from intake.mailbox.smtp import deliver
from intake.mailbox.submission_email import build_submission


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add the subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "send",
        help="email a submission (file, folder or zip) to the COR mailbox through the local hub",
        description=(
            "Build an email like an employer's, with PATH attached (a folder is zipped first), "
            "and send it to the COR address through the configured SMTP relay "
            "(the embedded hub of `make run` by default)."
        ),
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files, folders or archives to attach"
    )
    parser.add_argument(
        "--from", dest="sender", required=True, metavar="ADDRESS", help="the employer's address"
    )
    parser.add_argument("--subject", default="SECOR submission", help="the subject line")
    parser.add_argument(
        "--body", default=None, help="the message text (links to downloads go here too)"
    )
    parser.add_argument(
        "--to", default=None, metavar="ADDRESS", help="recipient (default: the COR address)"
    )
    return parser


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Send the submission."""
    paths = [existing_path(p) for p in args.paths]
    if "@" not in args.sender:
        raise UserError(f"--from {args.sender!r} is not an email address")
    body = (
        "Hello, please find our SECOR submission attached.\n\nThank you"
        if args.body is None
        else args.body  # --body "" sends an empty body, as asked
    )
    msg = build_submission(
        paths, args.sender, args.to or settings.intake.cor_address, args.subject, body
    )
    try:
        deliver(msg, settings.effective_smtp)
    except OperationalError as exc:
        sys.stderr.write(f"secor-intake send: {exc}\n")
        return 1
    sys.stdout.write(f"sent {msg['Message-ID']} to {msg['To']}\n")
    return 0
