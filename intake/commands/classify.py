"""``secor-intake classify PATH... --json``: label every document found under the paths."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from core.config import Settings
from intake.commands.common import existing_path, load_classifier, print_json
from intake.ingest import ingest_path
from intake.pipeline import classify_documents
from intake.reporting import file_results


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add the subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "classify",
        epilog=(
            "examples:\n"
            '  secor-intake classify "Birch SECOR 2026.zip" --json\n'
            "  secor-intake classify submissions/birch/ --json --problems"
        ),
        help="label files, folders or archives with their SECOR element",
        description=(
            "Print a JSON array with one object per document found: path (ARCHIVE!MEMBER inside "
            "archives), "
            "label, kind and confidence. Folders are walked, archives unpacked."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a file, folder or archive")
    parser.add_argument(
        "--json", action="store_true", help="print JSON (the only format; kept for scripts)"
    )
    parser.add_argument(
        "--problems", action="store_true", help="also print problems found on stderr"
    )
    return parser


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Classify every document under the given paths."""
    paths = [existing_path(p) for p in args.paths]
    classifier = load_classifier(settings)
    out: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="secor-classify-") as tmp:
        for index, path in enumerate(paths):
            workdir = Path(tmp) / str(index)
            workdir.mkdir()
            result = ingest_path(path, workdir, settings.limits, settings.links)
            predictions = classify_documents(classifier, result.documents)
            for entry in file_results(result.documents, predictions):
                out.append(
                    {
                        "path": entry.path,
                        "label": entry.label,
                        "kind": entry.kind,
                        "confidence": entry.confidence,
                    }
                )
            if args.problems:
                for problem in result.problems:
                    sys.stderr.write(f"{problem.code.value}: {problem.path}: {problem.message}\n")
    print_json(out)
    return 0
