"""ruff (with the G, ASYNC and S rules) and mypy --strict hold for the whole tree."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

BIN = Path(sys.executable).parent


def test_ruff() -> None:
    done = subprocess.run(
        [str(BIN / "ruff"), "check", "intake", "bot", "knowledge", "tests", "bench", "tools"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_mypy_strict() -> None:
    done = subprocess.run(
        [str(BIN / "mypy")], cwd=REPO, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stdout + done.stderr
