"""What both command lines share: one-line usage errors and the --config option."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


class ExamplesFormatter(argparse.HelpFormatter):
    """Wraps descriptions as usual, but keeps an epilog that starts "examples:" or "exit
    status:" line by line."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.startswith(("examples:", "exit status:")):
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line and exit 2, with examples kept."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", ExamplesFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        """Print one line naming the problem and where help is, then exit 2."""
        sys.stderr.write(f"{self.prog}: error: {message} (see {self.prog} --help)\n")
        raise SystemExit(2)


def add_config_option(parser: argparse.ArgumentParser) -> None:
    """The --config option, read by ``core.config.load_settings``."""
    parser.add_argument(
        "--config",
        type=Path,
        default=None,
        help="TOML configuration file (default: $SECOR_CONFIG, else ./config.toml if present)",
    )


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """--config and -v on the top-level parser (their defaults live here)."""
    add_config_option(parser)
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")


def accept_global_options_anywhere(parser: argparse.ArgumentParser) -> None:
    """Let --config and -v also follow any subcommand (``serve --config FILE``).

    The copies on the subcommands default to SUPPRESS, so a value given before the
    subcommand is never overwritten by a subcommand's default.
    """
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for sub in set(action.choices.values()):
            sub.add_argument(
                "--config",
                type=Path,
                default=argparse.SUPPRESS,
                help="TOML configuration file (also accepted before the command)",
            )
            sub.add_argument(
                "-v",
                "--verbose",
                action="store_true",
                default=argparse.SUPPRESS,
                help="log debug messages",
            )
            accept_global_options_anywhere(sub)
