"""What both command lines share: one-line usage errors and the --config option."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        """Print one line naming the problem and where help is, then exit 2."""
        sys.stderr.write(f"{self.prog}: error: {message} (see {self.prog} --help)\n")
        raise SystemExit(2)


def add_config_option(parser: argparse.ArgumentParser) -> None:
    """The --config option, read by ``intake.config.load_settings``."""
    parser.add_argument(
        "--config",
        type=Path,
        default=None,
        help="TOML configuration file (default: $SECOR_CONFIG, else ./config.toml if present)",
    )
