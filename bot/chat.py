"""``secor-bot chat``: the bot in the terminal, driven by standard input."""

from __future__ import annotations

from typing import TextIO

from bot.engine import Engine
from bot.session import HELP, Reply, Session, format_sources

BANNER = "SECOR assistant. Ask a question about SECOR; /eligibility, /help, /quit."
QUIT = frozenset({"/quit", "/exit", "/q"})


def run_chat(engine: Engine, stdin: TextIO, stdout: TextIO) -> int:
    """Read messages from STDIN until /quit or end of input; write replies to STDOUT."""
    session = Session(engine)
    interactive = stdin.isatty()
    stdout.write(BANNER + "\n")
    choices: tuple[tuple[str, str], ...] = ()
    while True:
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


def _pick(text: str, choices: tuple[tuple[str, str], ...]) -> str:
    """A typed choice number ("2") becomes that choice's value."""
    if choices and text.isdigit() and 1 <= int(text) <= len(choices):
        return choices[int(text) - 1][1]
    return text


def render(reply: Reply) -> str:
    """A reply as terminal text: the text, numbered choices, then sources."""
    parts = [reply.text]
    if reply.choices:
        parts.append("  ".join(f"[{i}] {label}" for i, (label, _) in enumerate(reply.choices, 1)))
    sources = format_sources(reply.sources)
    if sources:
        parts.append(sources)
    return "\n".join(parts)
