"""`secor-intake dashboard`: the dashboard alone, with no mailbox, no service, no demo account."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from core.config import load_settings
from intake.store import open_store
from tests.conftest import free_port, write_config

SCRIPT = str(Path(sys.executable).with_name("secor-intake"))


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("SECOR_")}


def test_a_taken_port_is_named_in_one_line(tmp_path: Path) -> None:
    config = write_config(tmp_path / "c.toml", tmp_path / "var")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(1)
        port = sock.getsockname()[1]
        done = subprocess.run(
            [SCRIPT, "--config", str(config), "dashboard", "--port", str(port)],
            env=_env(),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and f"127.0.0.1:{port}" in done.stderr, done.stderr
    assert "--port" in done.stderr


@pytest.mark.slow
def test_the_dashboard_serves_alone_and_stops_on_sigterm(tmp_path: Path) -> None:
    port = free_port()
    config = write_config(tmp_path / "c.toml", tmp_path / "var", dashboard={"port": port})
    proc = subprocess.Popen(
        [SCRIPT, "--config", str(config), "dashboard"],
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline and proc.poll() is None, proc.stderr
                time.sleep(0.2)
        assert health.status_code == 200 and health.json()["warnings"] == []
        assert httpx.get(f"http://127.0.0.1:{port}/", timeout=5).status_code == 303  # login
    finally:
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    store = open_store(load_settings(config))
    try:  # no demo account outside `run`
        assert store.engine.connect().exec_driver_sql("select count(*) from users").scalar() == 0
    finally:
        store.close()
