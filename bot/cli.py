"""``secor-bot``: ask the SECOR chat bot from the command line, the terminal, or Telegram."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TextIO

from core.argparsing import OneLineParser, accept_global_options_anywhere, add_global_options
from core.config import ConfigError, OpsSettings, Settings, load_settings
from core.errors import OperationalError, UserError
from core.logs import configure_logging

if TYPE_CHECKING:
    from bot.engine import Engine

log = logging.getLogger("bot")

MAX_LINE_BYTES = 64 * 1024


def build_parser() -> argparse.ArgumentParser:
    """The parser with the ask, chat, telegram and train commands."""
    parser = OneLineParser(
        prog="secor-bot",
        description=(
            "The SECOR chat bot: answers eligibility and process questions about ACSA's SECOR "
            "program from the knowledge base, citing its sources."
        ),
    )
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    sub.required = True

    ask = sub.add_parser(
        "ask",
        epilog=(
            "examples:\n"
            '  secor-bot ask "we are 6 guys plus me, can we get SECOR?"\n'
            '  secor-bot ask --json "which element do fire drill records go in?"\n'
            "  secor-bot ask --json - < questions.txt"
        ),
        help="answer one question, or one question a line from standard input",
        description=(
            "Answer QUESTION. With '-', read one question a line from standard input and "
            "answer each in order (one JSON object a line with --json)."
        ),
    )
    ask.add_argument("question", nargs="+", metavar="QUESTION", help="the question, or - for stdin")
    ask.add_argument(
        "--json",
        action="store_true",
        help="print the contract's JSON object: answer, topic, confidence, sources",
    )
    sub.add_parser(
        "chat",
        help="chat in the terminal (/eligibility, /help, /quit)",
        description="Chat with the bot in the terminal. /eligibility runs the guided check.",
    )
    sub.add_parser(
        "telegram",
        help="run the Telegram bot (needs SECOR_TELEGRAM__TOKEN)",
        description=(
            "Run the bot on Telegram: long polling by default, or a webhook when "
            '[telegram] mode = "webhook". The token comes from SECOR_TELEGRAM__TOKEN or the '
            "configuration file."
        ),
    )
    sub.add_parser(
        "train",
        help="train the intent model into the data folder ahead of first use",
        description="Train the intent model and cache it under <data_dir>/bot/.",
    )
    accept_global_options_anywhere(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``secor-bot``; returns the process exit code."""
    args = build_parser().parse_args(argv)
    _setup_logging(args.verbose)
    try:
        settings = load_settings(args.config)
        _setup_logging(args.verbose, settings.ops)
        if args.command == "ask":
            return _ask(args, settings)
        if args.command == "chat":
            from bot.chat import run_chat

            return run_chat(_engine(settings), sys.stdin, sys.stdout)
        if args.command == "telegram":
            from bot.telegram_bot import run_telegram

            return run_telegram(settings, _engine)
        if args.command == "train":
            return _train(settings)
    except (ConfigError, UserError, OperationalError) as exc:
        sys.stderr.write(f"secor-bot: {exc}\n")
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: one line, details with -v
        log.debug("unexpected failure", exc_info=True)
        name = type(exc).__name__
        sys.stderr.write(f"secor-bot: internal error ({name}: {exc}); rerun with -v\n")
        return 1
    return 2


class _OneLine(logging.Filter):
    """Logs without tracebacks: the exception is summed up on the same line."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Fold exc_info into the message."""
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            record.msg = f"{record.getMessage()} ({type(error).__name__}: {error})"
            record.args = ()
            record.exc_info = None
            record.exc_text = None
        return True


def _setup_logging(verbose: bool, ops: OpsSettings | None = None) -> None:
    """Stderr logging; tracebacks only with -v; never the token-bearing request URLs.

    With OPS (once the settings are read), the intake's format ([ops] log_format) and its
    address masking apply too: one logging set-up for both command lines.
    """
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if not verbose:
        handler.addFilter(_OneLine())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    if ops is not None:
        configure_logging(ops, verbose=verbose)
    root.setLevel(logging.DEBUG if verbose else logging.WARNING)
    # httpx logs request URLs, which carry the bot token; python-telegram-bot's debug log too
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("telegram").setLevel(logging.INFO)


def cache_root(settings: Settings) -> Path:
    """Where the trained intent model is cached."""
    return settings.data_dir / "bot"


def _engine(settings: Settings) -> Engine:
    """The engine, with the intake's document classifier for "which element" questions."""
    from bot.engine import Engine
    from intake.classify import model_dir_for
    from intake.classify.labeler import IntakeLabeler

    labeler = IntakeLabeler(model_dir_for(settings), settings.classifier.review_threshold)
    return Engine.load(cache_root(settings), labeler=labeler)


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    words: list[str] = args.question
    if words[0] == "-" and len(words) > 1:
        raise UserError("'-' reads the questions from standard input: give it alone")
    engine = _engine(settings)
    if words == ["-"]:
        for line in read_lines(sys.stdin.buffer):
            _print_answer(engine, line, args.json, sys.stdout)
            sys.stdout.flush()
        return 0
    _print_answer(engine, " ".join(words), args.json, sys.stdout)
    return 0


def read_lines(stream: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[str]:
    """Lines of STREAM as text; a line longer than LIMIT bytes is cut (the rest is skipped)."""
    while True:
        chunk = stream.readline(limit)
        if not chunk:
            return
        if not chunk.endswith(b"\n"):
            rest = chunk
            while rest and not rest.endswith(b"\n"):
                rest = stream.readline(limit)
        yield chunk.decode("utf-8", errors="replace").rstrip("\r\n")


def _print_answer(engine: Engine, question: str, as_json: bool, out: TextIO) -> None:
    from bot.session import format_sources

    answer = engine.ask(question)
    if as_json:
        out.write(json.dumps(answer.as_dict(), ensure_ascii=False) + "\n")
        return
    sources = format_sources(answer.sources)
    out.write(answer.answer + ("\n" + sources if sources else "") + "\n")


def _train(settings: Settings) -> int:
    import time

    from bot.model import fingerprint, load_or_train

    started = time.perf_counter()
    root = cache_root(settings)
    load_or_train(root)
    target = root / f"intent-{fingerprint()}"
    if not target.is_dir():
        raise OperationalError(f"could not write the intent model to {target}; check permissions")
    sys.stdout.write(f"intent model ready in {target} ({time.perf_counter() - started:.1f} s)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
