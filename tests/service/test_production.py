"""The production shape, all real on loopback: Dovecot (TLS), PostgreSQL, an SMTP relay,
two `serve` worker processes and the `dashboard` process.

Mail is triaged exactly once however the two workers share it, and a reply staff
write in the dashboard goes out through the relay and lands in the mailbox's Sent folder.
"""

from __future__ import annotations

import email
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from email import policy
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme
from aiosmtpd.controller import Controller

from core.config import Settings
from intake.store import open_store
from intake.store import schema as t
from tests.conftest import MODEL_DIR, REPO, free_port
from tests.service import servers
from tests.service.helpers import folder_ids, make_settings, submission, wait_for

pytestmark = pytest.mark.slow

MESSAGES = 6
SCRIPT = str(Path(sys.executable).with_name("secor-intake"))
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
_NONCE = re.compile(r'name="nonce" value="([^"]+)"')


class Relay:
    """The department's SMTP relay: keeps what it is given."""

    def __init__(self) -> None:
        self.messages: list[email.message.Message] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"

    def ids(self) -> list[str]:
        with self.lock:
            return [str(m["Message-ID"]) for m in self.messages]


@pytest.fixture
def relay() -> Iterator[tuple[Relay, int]]:
    handler = Relay()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield handler, port
    controller.stop()


@pytest.fixture
def dovecot_tls(dovecot_binary: str, tmp_path: Path) -> Iterator[tuple[servers.Dovecot, Path]]:
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    certs = tmp_path / "certs"
    certs.mkdir()
    cert_file, key_file, ca_file = certs / "cert.pem", certs / "key.pem", certs / "ca.pem"
    cert.cert_chain_pems[0].write_to_path(str(cert_file))
    cert.private_key_pem.write_to_path(str(key_file))
    ca.cert_pem.write_to_path(str(ca_file))
    tmp_path.chmod(0o755)
    certs.chmod(0o755)
    server = servers.Dovecot(cert=cert_file, key=key_file).start()
    yield server, ca_file
    server.close()


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECOR_")}
    env["PYTHONPATH"] = str(REPO)
    return env


def _start(args: list[str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(args, cwd=log.parent, env=_env(), stdout=out, stderr=out)


def _stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for proc in procs:
        if proc.poll() is None:
            proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _log_in(web: httpx.Client, user: str, password: str) -> None:
    token = _CSRF.search(web.get("/login").text)
    assert token, "no login form"
    answer = web.post(
        "/login",
        data={"username": user, "password": password, "csrf_token": token.group(1), "next": "/"},
    )
    assert answer.status_code == 303, answer.text


def test_two_workers_and_the_dashboard_on_dovecot_and_postgres(
    dovecot_tls: tuple[servers.Dovecot, Path],
    pg_url: str,
    relay: tuple[Relay, int],
    tmp_path: Path,
) -> None:
    dovecot, ca_file = dovecot_tls
    handler, relay_port = relay
    dash_port = free_port()
    model = {"model_dir": str(MODEL_DIR)} if (MODEL_DIR / "secor.json").is_file() else {}
    settings, config = make_settings(
        tmp_path,
        embedded={"enabled": False},
        store={"url": pg_url},
        mailbox={
            "host": "127.0.0.1",
            "port": dovecot.tls_port,
            "security": "tls",
            "tls_ca_file": str(ca_file),
            "username": servers.USER,
            "password": servers.PASSWORD,
            "poll_seconds": 30.0,  # new mail must come by IDLE, not by polling
        },
        smtp={"host": "127.0.0.1", "port": relay_port, "security": "none"},
        intake={"cor_address": servers.USER},
        dashboard={"port": dash_port},
        classifier=model,
    )
    plain = settings.mailbox.model_copy(update={"port": dovecot.port, "security": "none"})
    direct = settings.model_copy(update={"mailbox": plain})  # for the test's own IMAP client

    worker = [sys.executable, "-m", "tests.service.serve_process", "--config", str(config)]
    if not model:
        worker.append("--stub")
    procs = [
        _start(worker, tmp_path / "worker-1.log"),
        _start(worker, tmp_path / "worker-2.log"),
        _start([SCRIPT, "--config", str(config), "dashboard"], tmp_path / "dashboard.log"),
    ]
    try:
        added = subprocess.run(
            [SCRIPT, "--config", str(config), "user", "add", "alice", "--password-stdin"],
            input="a long staff password 42\n",
            env=_env(),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert added.returncode == 0, added.stderr
        store = open_store(settings)
        try:
            wait_for(
                lambda: len(store.ops.heartbeats()) >= 2, timeout=120, what="both workers running"
            )
            with servers_imap(direct) as client:
                for n in range(1, MESSAGES + 1):
                    client.append("INBOX", submission(f"owner{n}@roofing{n}.example", n))
            wait_for(
                lambda: (
                    store.ops.queue_stats().done == MESSAGES
                    and not store.ops.queue_stats().unfiled
                    and len(handler.messages) >= MESSAGES
                ),
                timeout=180,
                what="every message triaged, filed and answered",
            )
            time.sleep(2)  # time for a duplicate to show, if there were one
            # exactly once: one stored message, one submission, one reply each
            with store.engine.connect() as conn:
                stored = conn.execute(t.messages.select()).all()
                replies = conn.execute(t.outbox.select()).all()
            assert len(stored) == MESSAGES
            assert len({(m.uidvalidity, m.uid) for m in stored}) == MESSAGES
            assert len(replies) == MESSAGES
            assert len(handler.ids()) == MESSAGES == len(set(handler.ids()))
            folders = folder_ids(direct)
            filed = [i for name, ids in folders.items() if name.startswith("Triage") for i in ids]
            assert len(filed) == MESSAGES == len(set(filed))
            assert folders["INBOX"] == []
            # the service read the server certificate's end date, for the early warning
            assert store.ops.get_meta("expiry:imap_certificate")

            # staff answer one submission in the dashboard
            sub_id = int(stored[0].submission_id)
            with httpx.Client(
                base_url=f"http://127.0.0.1:{dash_port}", timeout=30, follow_redirects=False
            ) as web:
                wait_for(lambda: _up(web), timeout=60, what="the dashboard")
                _log_in(web, "alice", "a long staff password 42")
                page = web.get(f"/submissions/{sub_id}").text
                token, nonce = _CSRF.search(page), _NONCE.search(page)
                assert token and nonce
                answer = web.post(
                    f"/submissions/{sub_id}/reply",
                    data={
                        "csrf_token": token.group(1),
                        "nonce": nonce.group(1),
                        "to": stored[0].sender,
                        "subject": "About your SECOR submission",
                        "body": "Please send the signed policy as well.",
                    },
                )
                assert answer.status_code == 303, answer.text
            staff = wait_for(
                lambda: [m for m in handler.messages if "signed policy" in str(m.get_body())],
                timeout=60,
                what="the staff reply at the relay",
            )
            assert len(staff) == 1
            staff_id = str(staff[0]["Message-ID"]).strip()
            wait_for(
                lambda: staff_id in folder_ids(direct).get("Sent", []),
                timeout=60,
                what="the staff reply in the mailbox's Sent folder",
            )
        finally:
            store.close()
    finally:
        _stop(procs)
    for name in ("worker-1.log", "worker-2.log", "dashboard.log"):
        assert "Traceback" not in (tmp_path / name).read_text("utf-8", "replace"), name


def _up(web: httpx.Client) -> bool:
    try:
        return web.get("/healthz").status_code == 200
    except httpx.HTTPError:
        return False


def servers_imap(settings: Settings):  # type: ignore[no-untyped-def]
    from tests.service.helpers import imap

    return imap(settings)
