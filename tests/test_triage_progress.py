"""``triage`` on a terminal draws a progress bar on standard error; its JSON stays clean."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from intake.commands.progressbar import TerminalBar, terminal_bar

BIN = Path(sys.executable).parent


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_is_drawn_only_on_a_terminal() -> None:
    assert terminal_bar(io.StringIO()) is None
    screen = _Terminal()
    bar = terminal_bar(screen)
    assert isinstance(bar, TerminalBar)
    bar(0, 4)
    bar(4, 4)
    bar.close()
    assert screen.getvalue().endswith(f"\rreading files [{'#' * 30}] 4/4\n")


@pytest.mark.slow
def test_triage_on_a_terminal_shows_progress_and_prints_only_json(
    tmp_path: Path, config_file: Path
) -> None:
    folder = tmp_path / "submission"
    folder.mkdir()
    for index in range(3):
        (folder / f"toolbox talk {index}.txt").write_text(
            f"Toolbox talk {index} minutes: ladders, harness inspection, signed by the crew."
        )
    main, other = os.openpty()
    try:
        done = subprocess.run(
            [str(BIN / "secor-intake"), "--config", str(config_file), "triage", str(folder)],
            stdout=subprocess.PIPE,
            stderr=other,
            timeout=180,
            check=False,
        )
        os.close(other)
        other = -1
        screen = b""
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:
                break
            if not chunk:
                break
            screen += chunk
    finally:
        if other != -1:
            os.close(other)
        os.close(main)
    assert done.returncode == 0
    assert json.loads(done.stdout)["files"]
    assert b"reading files [" in screen and b"3/3" in screen
