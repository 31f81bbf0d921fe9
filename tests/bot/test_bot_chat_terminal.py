"""The terminal chat at a real terminal (a pseudo-terminal): line editing and history."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

UP = "\x1b[A"


class _Screen:
    """What the terminal showed, read on demand; each wait starts after the last match."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.seen = bytearray()
        self.pos = 0

    def wait_for(self, needle: bytes, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while (found := self.seen.find(needle, self.pos)) < 0:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no {needle!r} in {bytes(self.seen)[-500:]!r}")
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    self.seen.extend(os.read(self.fd, 4096))
                except OSError:
                    break
        self.pos = found + len(needle)


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a Linux pty")
def test_up_arrow_recalls_the_previous_question(bot_env: Path) -> None:
    pytest.importorskip("readline")
    main, child = os.openpty()
    env = dict(os.environ, TERM="dumb")
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "chat"],
        stdin=child,
        stdout=child,
        stderr=child,
        env=env,
        close_fds=True,
        cwd=Path(__file__).resolve().parents[2],  # not the data folder: it holds a bot/ cache
    )
    os.close(child)
    screen = _Screen(main)
    try:
        screen.wait_for(b"> ")
        os.write(main, b"do volunteers count?\r")
        screen.wait_for(b"volunteers count toward the 10")
        screen.wait_for(b"> ")
        os.write(main, f"{UP}\r".encode())  # the same question again, from the history
        screen.wait_for(b"volunteers count toward the 10")
        screen.wait_for(b"> ")
        os.write(main, b"/quit\r")
        screen.wait_for(b"Bye.")
        assert process.wait(timeout=30) == 0, bytes(screen.seen)[-600:]
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(main)
