"""``secor-intake status``: what the service has done and what waits."""

from __future__ import annotations

import argparse
import sys

from intake.commands.common import print_json
from intake.config import Settings
from intake.store import open_store


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add the subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "status",
        help="show messages, replies and submissions by state",
        description="Counts of stored messages by state, replies by state and submissions by status.",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    return parser


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Print the counts."""
    store = open_store(settings)
    try:
        counts = store.counts()
    finally:
        store.close()
    if args.json:
        print_json(counts)
        return 0
    for section, values in counts.items():
        line = ", ".join(f"{k} {v}" for k, v in sorted(values.items())) or "none"
        sys.stdout.write(f"{section:12} {line}\n")
    return 0
