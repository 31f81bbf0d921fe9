"""ruff (G, ASYNC and S rules; the formatter), mypy --strict and the import layers hold."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

BIN = Path(sys.executable).parent
# What `make lint` checks; keep the two lists the same.
PATHS = ["core", "intake", "bot", "knowledge", "tests", "bench", "tools"]


def _run(*command: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), cwd=REPO, capture_output=True, text=True, timeout=timeout)


def test_ruff() -> None:
    done = _run(str(BIN / "ruff"), "check", *PATHS)
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_format() -> None:
    done = _run(str(BIN / "ruff"), "format", "--check", *PATHS)
    assert done.returncode == 0, done.stdout + done.stderr


def test_import_layers() -> None:
    done = _run(str(BIN / "lint-imports"))
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_mypy_strict() -> None:
    done = _run(str(BIN / "mypy"), timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
