"""The command lines: --help everywhere, one-line errors, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from intake.cli import COMMANDS

BIN = Path(sys.executable).parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("command", [[], *[[c] for c in COMMANDS]])
def test_intake_help(command: list[str]) -> None:
    done = _run(str(BIN / "secor-intake"), *command, "--help")
    assert done.returncode == 0
    assert "usage:" in done.stdout


@pytest.mark.parametrize("command", [[], ["ask"], ["chat"], ["telegram"]])
def test_bot_help(command: list[str]) -> None:
    done = _run(str(BIN / "secor-bot"), *command, "--help")
    assert done.returncode == 0
    assert "usage:" in done.stdout


@pytest.mark.parametrize("command", ["classify", "triage"])
def test_missing_input_is_one_line(command: str, tmp_path: Path) -> None:
    done = _run(str(BIN / "secor-intake"), command, str(tmp_path / "nope.zip"), "--json")
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert "nope.zip" in done.stderr


def test_usage_error_is_one_line() -> None:
    done = _run(str(BIN / "secor-intake"), "triage")
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) <= 3  # argparse's usage line + our one-line error
    assert "Traceback" not in done.stderr


def test_bad_config_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "c.toml"
    bad.write_text("[store]\nurll = 'x'\n")
    done = _run(str(BIN / "secor-intake"), "--config", str(bad), "status")
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0
    assert "store.urll" in done.stderr


def test_config_is_accepted_before_or_after_the_command(tmp_path: Path) -> None:
    """`--config` and `-v` work on either side of the subcommand, for both command lines."""
    from bot.cli import build_parser as bot_parser
    from intake.cli import build_parser as intake_parser

    config = tmp_path / "c.toml"
    for argv in (
        ["--config", str(config), "status"],
        ["status", "--config", str(config)],
        ["user", "list", "--config", str(config)],
    ):
        args = intake_parser().parse_args(argv)
        assert args.config == config, argv
    assert intake_parser().parse_args(["-v", "status"]).verbose
    assert intake_parser().parse_args(["status", "-v"]).verbose
    assert intake_parser().parse_args(["status"]).config is None
    args = bot_parser().parse_args(["ask", "hi", "--config", str(config)])
    assert args.config == config
    assert bot_parser().parse_args(["--config", str(config), "ask", "hi"]).config == config


def test_missing_config_after_the_command_is_one_line(tmp_path: Path) -> None:
    done = _run(str(BIN / "secor-intake"), "status", "--config", str(tmp_path / "no.toml"))
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"secor-intake: configuration file {tmp_path / 'no.toml'} does not exist"
    ]
