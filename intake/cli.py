"""``secor-intake``: the command line of the intake (see ``secor-intake --help``)."""

from __future__ import annotations

import sys

from core import interrupts

interrupts.watch()  # a Ctrl-C that lands where Python drops its KeyboardInterrupt still counts

try:  # Ctrl-C while the modules load (the first second) exits quietly too
    import argparse
    import importlib
    import logging
    import os
    from collections.abc import Sequence
    from typing import Protocol

    from core.argparsing import (
        OneLineParser,
        accept_global_options_anywhere,
        add_global_options,
    )
    from core.config import ConfigError, Settings, load_settings
    from core.errors import OperationalError, UserError
    from core.logs import configure_logging
except KeyboardInterrupt:
    sys.exit(130)

# The subcommands, in the order --help lists them. Each module has
# ``register(subparsers) -> ArgumentParser`` and ``run(args, settings) -> int``.
COMMANDS: tuple[str, ...] = (
    "run",
    "serve",
    "dashboard",
    "classify",
    "triage",
    "train",
    "send",
    "outbox",
    "status",
    "user",
    "purge",
)

log = logging.getLogger("intake")


class _Command(Protocol):
    def register(self, subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser: ...  # type: ignore[type-arg]

    def run(self, args: argparse.Namespace, settings: Settings) -> int: ...


def build_parser() -> argparse.ArgumentParser:
    """The full parser, with every subcommand registered."""
    parser = OneLineParser(
        prog="secor-intake",
        description=(
            "The SECOR intake assistant: triage SECOR submissions sent to the COR mailbox, "
            "reply to employers and file each message."
        ),
    )
    add_global_options(parser)
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=OneLineParser
    )
    subparsers.required = True
    for name in COMMANDS:
        module: _Command = importlib.import_module(f"intake.commands.{name}")
        sub = module.register(subparsers)
        sub.set_defaults(handler=module.run)
    accept_global_options_anywhere(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``secor-intake``; returns the process exit code."""
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
    except KeyboardInterrupt:
        return 130
    os.umask(0o077)  # what the service writes (mail, documents, the database) is its own
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        settings = load_settings(args.config)
        configure_logging(settings.ops, verbose=args.verbose)
        code: int = args.handler(args, settings)
    except (ConfigError, UserError) as exc:
        sys.stderr.write(f"secor-intake: {exc}\n")
        return 2
    except OperationalError as exc:
        sys.stderr.write(f"secor-intake: {exc}\n")
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except PermissionError as exc:  # the data folder or a file in it belongs to someone else
        where = f" ({exc.filename})" if exc.filename else ""
        sys.stderr.write(
            f"secor-intake: no permission to use{where}; run as the user that owns the data "
            "folder (e.g. sudo -u secor) or give that user ownership of it\n"
        )
        return 2  # a configuration to fix, like a refused login: not retried under systemd
    except Exception as exc:  # a bug: one line here, the traceback only with -v
        log.debug("unexpected failure", exc_info=True)
        sys.stderr.write(
            f"secor-intake: internal error ({type(exc).__name__}: {exc}); "
            "rerun with -v for details and report it\n"
        )
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
