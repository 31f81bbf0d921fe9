"""The systemd units under deploy/ are valid (systemd-analyze verify, where it exists)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

UNITS = REPO / "deploy" / "systemd"
INSTALLED = "/opt/secor-intake/.venv/bin/secor-intake"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze not here")
def test_units_verify_cleanly(tmp_path: Path) -> None:
    # the units name the installed location; point them at this checkout's command
    here = str(Path(sys.executable).with_name("secor-intake"))
    for unit in UNITS.iterdir():
        (tmp_path / unit.name).write_text(unit.read_text("utf-8").replace(INSTALLED, here))
    instance = tmp_path / "secor-intake-serve@1.service"
    shutil.copy(tmp_path / "secor-intake-serve@.service", instance)
    names = [instance.name, "secor-intake-dashboard.service", "secor-intake.target"]
    done = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *(f"./{n}" for n in names)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    # unknown keys and bad values are only warnings: none may appear
    problems = [line for line in done.stderr.splitlines() if any(n in line for n in names)]
    assert not problems, done.stderr


def test_units_run_the_commands_that_exist() -> None:
    from intake.cli import COMMANDS

    for unit in UNITS.glob("*.service"):
        text = unit.read_text("utf-8")
        start = next(line for line in text.splitlines() if line.startswith("ExecStart="))
        assert start.split()[0] == f"ExecStart={INSTALLED}"
        assert start.split()[1] in COMMANDS


def test_the_guide_enables_the_target_so_the_units_start_at_boot() -> None:
    """The units are wanted by secor-intake.target; only an enabled target starts at boot."""
    target = (UNITS / "secor-intake.target").read_text("utf-8")
    assert "WantedBy=multi-user.target" in target
    for unit in UNITS.glob("*.service"):
        assert "WantedBy=secor-intake.target" in unit.read_text("utf-8"), unit.name
    guide = (REPO / "docs" / "deploy.md").read_text("utf-8")
    enables = [line for line in guide.splitlines() if "systemctl enable" in line]
    assert enables and all("secor-intake.target" in line.split() for line in enables)
