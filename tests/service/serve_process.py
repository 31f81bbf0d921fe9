"""``python -m tests.service.serve_process --config CFG [--stub]``: the fault tests' service.

What ``secor-intake serve`` runs (the CLI's logging set-up, then ``intake.commands.serve``),
without building the other subcommands; with ``--stub`` the trained model is replaced by
the keyword stub (when no model is built).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from core.config import ConfigError, load_settings
from core.errors import OperationalError, UserError
from intake.commands import serve


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", required=True, type=Path)
    parser.add_argument("--stub", action="store_true")
    parser.add_argument("--die-on", default=None, help="exit hard while classifying this file")
    args = parser.parse_args()
    if args.stub or args.die_on:
        from tests.service.helpers import DyingClassifier, StubClassifier

        stub = DyingClassifier(args.die_on) if args.die_on else StubClassifier()
        serve.load_classifier = lambda settings: stub  # type: ignore[assignment,return-value]
    commands = argparse.ArgumentParser(prog="secor-intake")
    serve.register(commands.add_subparsers(dest="command"))
    serve_args = commands.parse_args(["serve"])
    serve_args.verbose = False
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        return serve.run(serve_args, load_settings(args.config))
    except (ConfigError, UserError) as exc:
        sys.stderr.write(f"secor-intake: {exc}\n")
        return 2
    except OperationalError as exc:
        sys.stderr.write(f"secor-intake: {exc}\n")
        return 1


if __name__ == "__main__":
    sys.exit(main())
