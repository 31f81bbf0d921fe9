"""`secor-intake run` as a newcomer meets it: Ctrl-C at any moment, a second run, `send`."""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.conftest import write_config

SCRIPT = str(Path(sys.executable).with_name("secor-intake"))


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("SECOR_")}


def _as_from_a_terminal() -> None:
    """Ctrl-C as a terminal delivers it: a test run started in the background by a shell
    without job control (`make test &`) ignores SIGINT, and its children inherit that."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(
    config: Path, cwd: Path, command: tuple[str, ...] = ("run", "--no-seed")
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [SCRIPT, "--config", str(config), *command],
        cwd=cwd,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_as_from_a_terminal,  # one signal call in the child, no lock taken
    )


def _loading_our_modules(pid: int, timeout: float = 60.0) -> None:
    """Wait until the interpreter has started and runs the command's imports.

    Before that, Python itself is still starting (its `site` module): a SIGINT
    then ends it with the interpreter's own message, which no program can catch.
    pydantic's compiled core is among the first things `secor-intake` loads.
    """
    maps = Path(f"/proc/{pid}/maps")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if "_pydantic_core" in maps.read_text():
                return
        except OSError:
            pass
        time.sleep(0.005)
    raise AssertionError("the command never started loading its modules")


def _ctrl_c_after(proc: subprocess.Popen[str], after: float) -> None:
    """Press Ctrl-C AFTER seconds into the command's imports; it must end cleanly."""
    _loading_our_modules(proc.pid)
    time.sleep(after)
    proc.send_signal(signal.SIGINT)
    try:
        _out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    assert "Traceback" not in err, err
    assert "KeyboardInterrupt" not in err, err
    assert proc.returncode in (0, 130, -signal.SIGINT), (proc.returncode, err)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs /proc")
@pytest.mark.parametrize("after", [0.0, 0.2, 0.6, 1.5, 4.0])
def test_ctrl_c_at_any_moment_exits_cleanly(tmp_path: Path, after: float) -> None:
    config = write_config(tmp_path / "config.toml", tmp_path / "var")
    _ctrl_c_after(_start(config, tmp_path), after)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs /proc")
@pytest.mark.parametrize("after", [0.3, 1.5])
def test_ctrl_c_while_serve_starts_stops_it_cleanly(tmp_path: Path, after: float) -> None:
    """The service as systemd runs it, started by hand: a Ctrl-C while it loads stops it."""
    config = write_config(tmp_path / "config.toml", tmp_path / "var")
    _ctrl_c_after(_start(config, tmp_path, ("serve",)), after)


@pytest.mark.slow
def test_a_second_run_names_every_port_and_the_lock_in_one_message(tmp_path: Path) -> None:
    config = write_config(tmp_path / "config.toml", tmp_path / "var")
    first = _start(config, tmp_path)
    try:
        assert first.stdout is not None
        deadline = time.monotonic() + 120
        for line in first.stdout:
            if "Press Ctrl-C to stop" in line or time.monotonic() > deadline:
                break
        second = subprocess.run(
            [SCRIPT, "--config", str(config), "run", "--no-seed"],
            cwd=tmp_path,
            env=_env(),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        first.send_signal(signal.SIGINT)
        first.communicate(timeout=60)
    assert second.returncode == 2
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1, second.stderr
    message = lines[0]
    for key in ("[embedded] imap_port", "[embedded] smtp_port", "[dashboard] port"):
        assert key in message, message
    assert "store" in message and "in use" in message
    assert "running" not in second.stdout


def test_the_preflight_is_quiet_when_all_is_free(tmp_path: Path) -> None:
    from core.config import load_settings
    from intake.commands.preflight import check_run, port_free

    settings = load_settings(write_config(tmp_path / "c.toml", tmp_path / "var"))
    check_run(settings)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(1)
        assert not port_free("127.0.0.1", sock.getsockname()[1])


def test_send_with_an_empty_body_sends_an_empty_body(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.config import load_settings
    from intake.commands import send

    settings = load_settings(write_config(tmp_path / "c.toml", tmp_path / "var"))
    sent: list[EmailMessage] = []
    monkeypatch.setattr(send, "deliver", lambda msg, _smtp: sent.append(msg))
    doc = tmp_path / "FLHA.txt"
    doc.write_text("hazard assessment", "utf-8")
    args = argparse.Namespace(
        paths=[str(doc)], sender="o@example.com", to=None, subject="SECOR", body=""
    )
    assert send.run(args, settings) == 0
    text = next(p for p in sent[0].walk() if p.get_content_type() == "text/plain")
    assert str(text.get_content()).strip() == ""
