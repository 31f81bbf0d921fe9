"""``secor-intake user``: the COR staff accounts of the review dashboard."""

from __future__ import annotations

import argparse
import getpass
import sys

from core.config import Settings
from core.errors import UserError
from intake.dashboard.accounts import check_password, check_username, create_user, set_password
from intake.store import open_store, review


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add the subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "user",
        help="add, list or remove the staff accounts of the review dashboard",
        description=(
            "Manage who may log in to the review dashboard. Passwords are asked for at a "
            "prompt (or read from standard input with --password-stdin) and stored as "
            "argon2 hashes."
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    add = actions.add_parser(
        "add",
        help="create an account (or give an existing one a new password with --reset)",
        description="Create a dashboard account. The password is asked for twice at a prompt.",
    )
    add.add_argument("name", metavar="NAME", help="the account name staff log in with")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input (for scripts)",
    )
    add.add_argument(
        "--reset", action="store_true", help="set a new password if the account exists"
    )
    actions.add_parser("list", help="list the accounts", description="List the dashboard accounts.")
    remove = actions.add_parser(
        "remove",
        help="delete an account (its sessions end at once)",
        description="Delete a dashboard account; whoever is logged in with it is logged out.",
    )
    remove.add_argument("name", metavar="NAME", help="the account to delete")
    return parser


def _read_password(from_stdin: bool) -> str:
    """The new password, from standard input or asked twice at a prompt."""
    if from_stdin:
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        if not password:
            raise UserError("no password on standard input; pipe one line holding the password")
        return check_password(password)
    if not sys.stdin.isatty():
        raise UserError("no terminal to ask for the password; use --password-stdin in scripts")
    first = check_password(getpass.getpass("New password: "))
    if getpass.getpass("Repeat it: ") != first:
        raise UserError("the two passwords differ; run the command again")
    return first


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Add, list or remove accounts."""
    if args.action in {"add", "remove"}:
        check_username(args.name)
    password = _read_password(args.password_stdin) if args.action == "add" else ""
    store = open_store(settings)
    try:
        if args.action == "add":
            if create_user(store, args.name, password):
                sys.stdout.write(f"account {args.name} created\n")
            elif args.reset:
                set_password(store, args.name, password)
                sys.stdout.write(f"account {args.name}: password changed\n")
            else:
                raise UserError(
                    f"account {args.name} exists already; add --reset to give it a new password"
                )
        elif args.action == "remove":
            if not review.remove_user(store, args.name):
                raise UserError(f"there is no account {args.name}; see: secor-intake user list")
            sys.stdout.write(f"account {args.name} removed\n")
        else:
            users = review.list_users(store)
            if not users:
                sys.stdout.write("no accounts yet; create one with: secor-intake user add NAME\n")
            for name, created in users:
                sys.stdout.write(f"{name:30}  created {created:%Y-%m-%d %H:%M} UTC\n")
    finally:
        store.close()
    return 0
