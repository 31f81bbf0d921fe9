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


def _read_until(fd: int, needle: bytes, seen: bytearray, timeout: float = 60) -> None:
    """Read FD into SEEN until NEEDLE appears in what this call read."""
    start = len(seen)
    deadline = time.monotonic() + timeout
    while needle not in seen[start:]:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"no {needle!r} in {bytes(seen)[-500:]!r}")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                seen.extend(os.read(fd, 4096))
            except OSError:
                break


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
    seen = bytearray()
    try:
        _read_until(main, b"> ", seen)
        os.write(main, b"do volunteers count?\r")
        _read_until(main, b"volunteers count toward the 10", seen)
        _read_until(main, b"> ", seen)
        os.write(main, f"{UP}\r".encode())  # the same question again, from the history
        _read_until(main, b"volunteers count toward the 10", seen)
        os.write(main, b"/quit\r")
        _read_until(main, b"Bye.", seen)
        assert process.wait(timeout=30) == 0, bytes(seen)[-600:]
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(main)
