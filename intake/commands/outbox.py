"""``secor-intake outbox``: the mail the local hub delivered to employers (embedded stack)."""

from __future__ import annotations

import argparse
import mailbox
import sys
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

from core.config import Settings
from core.errors import UserError
from intake.commands.common import print_json


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add the subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "outbox",
        help="list the replies the local hub delivered to employers",
        description=(
            "List (or show one of) the messages the embedded hub of `secor-intake run` "
            "delivered to employers, oldest first. With a real relay ([embedded] enabled = "
            "false) the replies are on the dashboard's Outbox page and counted by "
            "`secor-intake status`."
        ),
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument(
        "--show", type=int, default=None, metavar="N", help="print message N in full"
    )
    return parser


def read_outbox(settings: Settings) -> list[EmailMessage]:
    """Every message in the outbox, oldest first."""
    folder = settings.outbox_dir
    if not folder.exists():
        return []
    box = mailbox.Maildir(folder, create=False)
    parser = BytesParser(policy=policy.default)
    items: list[tuple[float, EmailMessage]] = []
    for key in box.iterkeys():
        raw = box.get_bytes(key)
        msg = parser.parsebytes(raw)
        assert isinstance(msg, EmailMessage)
        items.append((box.get_message(key).get_date(), msg))
    return [m for _, m in sorted(items, key=lambda x: x[0])]


def summary(msg: EmailMessage) -> dict[str, Any]:
    """The headers a person scans, and the text body."""
    body = msg.get_body(preferencelist=("plain",))
    return {
        "to": str(msg.get("To", "")),
        "subject": str(msg.get("Subject", "")),
        "date": str(msg.get("Date", "")),
        "message_id": str(msg.get("Message-ID", "")),
        "in_reply_to": str(msg.get("In-Reply-To", "")),
        "auto_submitted": str(msg.get("Auto-Submitted", "")),
        "body": body.get_content() if body is not None else "",
    }


def run(args: argparse.Namespace, settings: Settings) -> int:
    """List or show outbox messages."""
    if not settings.embedded.enabled:
        raise UserError(
            "outbox lists what the embedded hub of `secor-intake run` delivered, and [embedded] "
            "is off here: see the dashboard's Outbox page, or `secor-intake status`"
        )
    messages = [summary(m) for m in read_outbox(settings)]
    if args.show is not None:
        if not 1 <= args.show <= len(messages):
            raise UserError(f"--show {args.show}: the outbox holds {len(messages)} message(s)")
        chosen = messages[args.show - 1]
        if args.json:
            print_json(chosen)
        else:
            sys.stdout.write(
                f"To: {chosen['to']}\nSubject: {chosen['subject']}\n"
                f"Date: {chosen['date']}\n\n{chosen['body']}\n"
            )
        return 0
    if args.json:
        print_json(messages)
        return 0
    if not messages:
        sys.stdout.write(f"the outbox ({settings.outbox_dir}) is empty\n")
    for n, m in enumerate(messages, 1):
        sys.stdout.write(f"{n:3d}  {m['date'][:25]:25}  {m['to'][:40]:40}  {m['subject']}\n")
    return 0
