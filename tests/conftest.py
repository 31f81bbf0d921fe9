"""Fixtures shared by the whole suite: free ports, settings for a temporary data folder."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from core.config import Settings, load_settings

# Property tests draw the same examples on every run, so CI never fails by chance; to look
# for new counterexamples, run with HYPOTHESIS_PROFILE=explore (then add them as cases).
hypothesis_settings.register_profile("fixed", derandomize=True, database=None)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fixed"))

REPO = Path(__file__).resolve().parents[1]
MODEL_DIR = REPO / "var" / "model"


def free_port() -> int:
    """A TCP port free on loopback right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_config(path: Path, data_dir: Path, **sections: dict[str, object]) -> Path:
    """A TOML config for a test: its own data folder and free ports, the shared model."""
    base: dict[str, dict[str, object]] = {
        "paths": {"data_dir": str(data_dir)},
        "embedded": {"imap_port": free_port(), "smtp_port": free_port(), "seed_examples": False},
        "dashboard": {"port": free_port()},
        "classifier": {"model_dir": str(MODEL_DIR)},
        "mailbox": {"poll_seconds": 1.0},
    }
    for name, values in sections.items():
        base.setdefault(name, {}).update(values)
    lines: list[str] = []
    for name, values in base.items():
        lines.append(f"[{name}]")
        for key, value in values.items():
            if isinstance(value, bool):
                lines.append(f"{key} = {'true' if value else 'false'}")
            elif isinstance(value, int | float):
                lines.append(f"{key} = {value}")
            else:
                lines.append(f'{key} = "{value}"')
        lines.append("")
    path.write_text("\n".join(lines), "utf-8")
    return path


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    """A config file for a test's own data folder."""
    return write_config(tmp_path / "config.toml", tmp_path / "var")


@pytest.fixture
def settings(config_file: Path) -> Iterator[Settings]:
    """Settings read from the test's config file."""
    yield load_settings(config_file)
