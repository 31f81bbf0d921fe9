"""What the deployment QA found: a missing secret, a folder of another user, systemd restarts."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from core.config import Settings
from core.errors import UserError
from intake import cli
from intake.commands import status
from intake.commands.serve import check_secrets

REPO = Path(__file__).resolve().parents[1]


def test_a_real_mailbox_with_the_demo_password_is_refused(settings: Settings) -> None:
    """A missing SECOR_MAILBOX__PASSWORD had logged in with the embedded mailbox's password."""
    settings.mailbox.host = "imap.example.org"
    with pytest.raises(UserError, match=r"no mailbox password is set for imap\.example\.org"):
        check_secrets(settings)
    settings.mailbox.host = "127.0.0.1"  # the embedded mailbox: its own default is right
    check_secrets(settings)


def test_a_folder_of_another_user_is_one_line_saying_what_to_do(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], config_file: Path
) -> None:
    def denied(_args: argparse.Namespace, _settings: Settings) -> int:
        raise PermissionError(13, "Permission denied", "/var/lib/secor-intake/store.db")

    monkeypatch.setattr(status, "run", denied)
    assert cli.main(["--config", str(config_file), "status"]) == 2  # the administrator fixes it
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error" not in err
    assert "no permission to use (/var/lib/secor-intake/store.db)" in err and "sudo -u" in err


def test_systemd_does_not_restart_the_worker_on_a_configuration_error() -> None:
    """A refused login (exit 2) restarted every 5 s can lock the mailbox account."""
    unit = (REPO / "deploy" / "systemd" / "secor-intake-serve@.service").read_text("utf-8")
    assert "RestartPreventExitStatus=2" in unit


def test_a_killed_worker_of_this_machine_is_seen_dead_at_once() -> None:
    """QA: after kill -9 its message waited for the 30-minute claim timeout."""
    import os
    import socket
    import subprocess
    import sys

    from intake.service.runner import dead_on_this_host

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    host = socket.gethostname()[:60]
    claimers = [
        f"{host}:{gone.pid}",
        f"{host}:{gone.pid}:2",
        f"{host}:{os.getpid()}",
        f"{host}:{os.getppid()}",
        f"another-machine:{gone.pid}",
        "odd-name",
    ]
    assert dead_on_this_host(claimers) == [f"{host}:{gone.pid}", f"{host}:{gone.pid}:2"]


def test_a_token_command_that_cannot_be_run_is_a_configuration_error(tmp_path: Path) -> None:
    """Exit 2 (fix it), not 1 (retry): a mistyped path is not a server that is down."""
    from core.errors import OperationalError
    from intake.mailbox.connection import fetch_token

    with pytest.raises(UserError, match="oauth2_token_command was not found"):
        fetch_token(None, str(tmp_path / "no-such-cor-token"))
    script = tmp_path / "cor-token"
    script.write_text("#!/bin/sh\necho token\n", "utf-8")
    with pytest.raises(UserError, match="is not executable"):
        fetch_token(None, str(script))
    with pytest.raises(OperationalError, match="exited with 3"):  # its own failure: retried
        fetch_token(None, "exit 3")


def test_outbox_without_the_embedded_hub_says_where_the_replies_are(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said "the outbox (...) is empty" on a production server, where replies go out."""
    config = tmp_path / "config.toml"
    config.write_text(f'[paths]\ndata_dir = "{tmp_path}"\n[embedded]\nenabled = false\n', "utf-8")
    assert cli.main(["--config", str(config), "outbox"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Outbox page" in err and "secor-intake status" in err
