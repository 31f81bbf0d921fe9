"""``secor-intake purge``: remove old submissions - rows, raw messages, documents - for good."""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta

from core.config import Settings
from core.errors import UserError
from intake.ingest import ocr_cache
from intake.store import open_store
from intake.store.retention import PurgeResult, purge


def _days(value: str) -> int:
    try:
        days = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of days") from None
    if days < 0:
        raise argparse.ArgumentTypeError("must be 0 days or more")
    return days


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add the subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "purge",
        help="remove submissions idle for more than N days: their emails, documents and rows",
        description=(
            "Remove every submission whose last activity is older than --older-than DAYS "
            "(default: [store] retention_days): its raw emails, its work folders with the "
            "employer's documents, and its rows (messages, files, replies). Staff corrections "
            "are kept. Submissions still open in review, or with mail or a reply still in "
            "progress, are left alone. Files left behind by an interrupted purge are swept "
            "too. Nothing outside the data folder is touched. Try --dry-run first."
        ),
    )
    parser.add_argument(
        "--older-than",
        type=_days,
        default=None,
        metavar="DAYS",
        help=(
            "purge submissions not updated for this many days (default: [store] "
            "retention_days); 0 (everything that may go) only with --dry-run"
        ),
    )
    parser.add_argument(
        "--include-open",
        action="store_true",
        help="also purge submissions still open in review",
    )
    parser.add_argument("--dry-run", action="store_true", help="only print what would be removed")
    return parser


def summary(result: PurgeResult, *, dry_run: bool) -> str:
    """The one-line summary printed at the end."""
    counts = f"{result.submissions} submission(s), {result.messages} message(s)"
    line = (
        f"would purge {counts}, {result.megabytes:.1f} MB to free"
        if dry_run
        else f"purged {counts}, {result.megabytes:.1f} MB freed"
    )
    if result.orphans:
        line += f" ({result.orphans} leftover file(s) or folder(s) with no row included)"
    return line


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Purge (or, with --dry-run, count) what is older than the retention period."""
    days = args.older_than if args.older_than is not None else settings.store.retention_days
    if args.older_than == 0 and not args.dry_run:
        raise UserError(
            "--older-than 0 would remove every submission that may go, even today's: "
            "see them with --dry-run, or give at least 1 day"
        )
    if not days and args.older_than is None:
        raise UserError(
            "purge needs --older-than DAYS (or [store] retention_days set in the configuration)"
        )
    store = open_store(settings)
    try:
        result = purge(
            store,
            timedelta(days=days),
            include_open=args.include_open,
            dry_run=args.dry_run,
        )
        if not args.dry_run:  # the OCR cache holds document text too
            ocr_cache.prune(settings.data_dir, timedelta(days=days))
    finally:
        store.close()
    sys.stdout.write(summary(result, dry_run=args.dry_run) + "\n")
    if result.refused:
        sys.stderr.write(
            f"secor-intake purge: {len(result.refused)} path(s) outside the data folder "
            f"({settings.data_dir}) were left in place; remove them by hand if they are "
            "no longer needed\n"
        )
    return 0
