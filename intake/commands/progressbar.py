"""A one-line progress bar on standard error, drawn only when that is a terminal."""

from __future__ import annotations

import sys
import time
from typing import TextIO

_WIDTH = 30
_EVERY_SECONDS = 0.1


class TerminalBar:
    """Callable with (done, total): redraws "reading files [#####.....] 120/500" in place."""

    def __init__(self, stream: TextIO, label: str = "reading files") -> None:
        self.stream = stream
        self.label = label
        self._last = 0.0
        self._drawn = False

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self._last < _EVERY_SECONDS:
            return
        self._last = now
        filled = _WIDTH * done // total if total else _WIDTH
        bar = "#" * filled + "." * (_WIDTH - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done}/{total}")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        """End the bar's line, so what follows starts on a fresh one."""
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


def terminal_bar(stream: TextIO | None = None) -> TerminalBar | None:
    """A bar on STREAM (standard error) when it is a terminal, else None (nothing is drawn)."""
    stream = stream if stream is not None else sys.stderr
    isatty = getattr(stream, "isatty", None)
    return TerminalBar(stream) if isatty is not None and isatty() else None
