"""``secor-intake triage INPUT --json [--year ...]``: the full report for one submission."""

from __future__ import annotations

import argparse
import tempfile
from datetime import date
from pathlib import Path

from core.config import Settings
from intake.classify import Classifier
from intake.commands.answerer import knowledge_answerer
from intake.commands.common import existing_path, load_classifier, print_json
from intake.commands.progressbar import terminal_bar
from intake.ingest.progress import reporting
from intake.pipeline import Triaged, triage_input


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add the subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "triage",
        epilog=(
            "examples:\n"
            "  secor-intake triage message.eml --json\n"
            '  secor-intake triage "Birch SECOR 2026.zip" --json --year maintenance\n'
            "  secor-intake triage submissions/birch/ --json --today 2026-11-30 --keep /tmp/birch"
        ),
        help="check one submission (.eml, archive or folder) and print its report",
        description=(
            "Take in one submission, classify its files, check it against the SECOR rules "
            "and print the report with the reply the service would send."
        ),
    )
    parser.add_argument("input", metavar="INPUT", help="an email (.eml), an archive or a folder")
    parser.add_argument(
        "--json", action="store_true", help="print JSON (the only format; kept for scripts)"
    )
    parser.add_argument(
        "--year",
        choices=["certification", "maintenance"],
        default=None,
        help="the SECOR year to check for (default: read from the submission)",
    )
    parser.add_argument(
        "--today",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="check record dates as of this day (default: today)",
    )
    parser.add_argument(
        "--keep",
        type=_folder,
        default=None,
        metavar="DIR",
        help="keep the unpacked files in DIR instead of a temporary folder",
    )
    return parser


def _date(value: str) -> date:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-03-01") from None
    if not 1990 <= day.year <= 2200:  # record windows reach back years: keep them in range
        raise argparse.ArgumentTypeError(f"{value!r} is not a day between 1990 and 2200")
    return day


def _folder(value: str) -> Path:
    path = Path(value)
    if path.exists() and not path.is_dir():
        raise argparse.ArgumentTypeError(f"{value!r} is a file; give a folder (new or existing)")
    return path


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Triage the input and print the contract's JSON object."""
    path = existing_path(args.input)
    classifier = load_classifier(settings)
    bar = terminal_bar()
    try:
        with reporting(bar):
            triaged = _triage(args, settings, path, classifier)
    finally:
        if bar is not None:
            bar.close()
    print_json(triaged.report.to_json_dict())
    return 0


def _triage(
    args: argparse.Namespace, settings: Settings, path: Path, classifier: Classifier
) -> Triaged:
    def run(workdir: Path) -> Triaged:
        return triage_input(
            path,
            settings=settings,
            classifier=classifier,
            workdir=workdir,
            year=args.year,
            today=args.today,
            answerer=knowledge_answerer(settings),
        )

    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        return run(args.keep)
    with tempfile.TemporaryDirectory(prefix="secor-triage-") as tmp:
        return run(Path(tmp))
