"""The whole loop on embedded defaults: `secor-intake run`, a submission by SMTP, the reply back."""

from __future__ import annotations

import json
import os
import signal
import smtplib
import socket
import subprocess
import sys
import time
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest

from core.config import load_settings
from tests.conftest import REPO, write_config

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent


def _wait_port(port: int, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"nothing listens on {port}")


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _submission_zip(folder: Path) -> bytes:
    docs = {
        "Element 2 - Hazard Assessments/FLHA roofing March.txt": (
            "Field Level Hazard Assessment\nJob: roof tear-off, 14 Birch Cres\nDate: 2026-03-12\n"
            "Hazards: fall from edge, slippery shingles, overhead power line\n"
            "Controls: fall arrest, guardrail, spotter\nWorkers signed: J. Smith, A. Lee\n"
        ),
        "Element 1 - Policy/Health and Safety Policy.txt": (
            "Corporate Health and Safety Policy\nOur company is committed to the health and "
            "safety of every worker. Management will provide training, equipment and "
            "supervision. Workers must follow safe work practices and report hazards.\n"
            "Signed by the owner.\n"
        ),
    }
    path = folder / "SECOR 2026.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in docs.items():
            archive.writestr(f"SECOR 2026/{name}", text)
    return path.read_bytes()


def test_whole_loop(tmp_path: Path) -> None:
    config = write_config(tmp_path / "config.toml", tmp_path / "var")
    settings = load_settings(config)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [str(BIN / "secor-intake"), "--config", str(config), "run"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        _wait_port(settings.embedded.smtp_port)
        _wait_port(settings.dashboard.port)

        msg = EmailMessage()
        msg["From"] = "owner@birchroofing.example"
        msg["To"] = settings.intake.cor_address
        msg["Subject"] = "SECOR 2026 submission - Birch Roofing"
        msg["Message-ID"] = "<e2e-1@birchroofing.example>"
        msg.set_content("Hi, attached is our SECOR certification submission.\nThanks, Dana")
        msg.add_attachment(
            _submission_zip(tmp_path),
            maintype="application",
            subtype="zip",
            filename="SECOR 2026.zip",
        )
        with smtplib.SMTP("127.0.0.1", settings.embedded.smtp_port, timeout=30) as client:
            client.send_message(msg)

        outbox = tmp_path / "var" / "outbox"
        deadline = time.monotonic() + 90
        replies: list[Path] = []
        while time.monotonic() < deadline and not replies:
            replies = [p for p in (outbox / "new").glob("*")] if (outbox / "new").exists() else []
            time.sleep(0.3)
        assert replies, "no automatic reply reached the outbox"

        listing = subprocess.run(
            [str(BIN / "secor-intake"), "--config", str(config), "outbox", "--json"],
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
        )
        sent = json.loads(listing.stdout)
        assert sent[0]["to"] == "owner@birchroofing.example"
        assert sent[0]["subject"].startswith("Re: SECOR 2026 submission")
        assert sent[0]["in_reply_to"] == "<e2e-1@birchroofing.example>"
        assert sent[0]["auto_submitted"] == "auto-replied"
        assert "SECOR-" in sent[0]["body"]

        status = subprocess.run(
            [str(BIN / "secor-intake"), "--config", str(config), "status", "--json"],
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
        )
        counts = json.loads(status.stdout)
        assert sum(counts["submissions"].values()) == 1
        assert counts["messages"] == {"done": 1}
    finally:
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0, out
    assert "Traceback" not in out
    for port in (settings.embedded.imap_port, settings.embedded.smtp_port, settings.dashboard.port):
        assert _port_free(port), f"port {port} still taken after Ctrl-C"
