"""``secor-bot chat``: the bot in the terminal, driven by standard input.

At a terminal, lines are read with GNU readline when Python has it: arrow keys
edit the line and recall earlier questions of the session (the history is kept
in memory only, so nothing an employer typed is written to disk).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO

from bot.eligibility import AT_MOST_TEN, OVER_TEN
from bot.engine import Engine
from bot.session import HELP, Reply, Session, format_sources

BANNER = "SECOR assistant. Ask a question about SECOR; /eligibility, /help, /quit."
QUIT = frozenset({"/quit", "/exit", "/q"})
HISTORY_LENGTH = 200


def run_chat(engine: Engine, stdin: TextIO, stdout: TextIO) -> int:
    """Read messages from STDIN until /quit or end of input; write replies to STDOUT."""
    session = Session(engine)
    interactive = stdin.isatty()
    read = _line_editor(stdin, stdout) if interactive else None
    stdout.write(BANNER + "\n")
    choices: tuple[tuple[str, str], ...] = ()
    while True:
        if read is not None:
            line = read()
        else:
            if interactive:
                stdout.write("> ")
            stdout.flush()
            line = stdin.readline()
        if not line:
            break
        text = line.strip()
        if not text:
            continue
        if text.lower() in QUIT:
            break
        if text.lower() == "/help":
            stdout.write(
                HELP.replace("/help - this message", "/help - this message\n/quit - leave") + "\n"
            )
            continue
        reply = session.handle(_pick(text, choices))
        choices = reply.choices
        stdout.write(render(reply) + "\n")
    stdout.write("Bye.\n")
    stdout.flush()
    return 0


def _line_editor(stdin: TextIO, stdout: TextIO) -> Callable[[], str] | None:
    """A reader with line editing and history (readline), for the process's own terminal."""
    if stdin is not sys.stdin or stdout is not sys.stdout:
        return None
    try:
        import readline
    except ImportError:  # no GNU readline in this Python: plain lines
        return None
    readline.parse_and_bind("tab: complete")
    readline.set_history_length(HISTORY_LENGTH)

    def read() -> str:
        try:
            text = input("> ")
        except EOFError:
            return ""
        return text + "\n"

    return read


def _lettered(choices: tuple[tuple[str, str], ...]) -> bool:
    """Whether the question asks for a number itself ("how many people?"): its choices are
    lettered, so a typed "2" is two people, never the second choice (QA)."""
    return any(value in (AT_MOST_TEN, OVER_TEN) for _, value in choices)


def _pick(text: str, choices: tuple[tuple[str, str], ...]) -> str:
    """A typed choice ("2", or "b" where the answer is a number) becomes that choice's value."""
    if not choices:
        return text
    if _lettered(choices):
        index = ord(text.lower()) - ord("a") if len(text) == 1 and text.isalpha() else -1
        return choices[index][1] if 0 <= index < len(choices) else text
    if text.isdigit() and 1 <= int(text) <= len(choices):
        return choices[int(text) - 1][1]
    return text


def render(reply: Reply) -> str:
    """A reply as terminal text: the text, numbered (or lettered) choices, then sources."""
    parts = [reply.text]
    if reply.choices:
        lettered = _lettered(reply.choices)
        parts.append(
            "  ".join(
                f"[{chr(ord('a') + i) if lettered else i + 1}] {label}"
                for i, (label, _) in enumerate(reply.choices)
            )
        )
    sources = format_sources(reply.sources)
    if sources:
        parts.append(sources)
    return "\n".join(parts)
