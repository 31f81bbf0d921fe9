"""`serve --once` exit codes against real servers on loopback: 2 for a configuration the
administrator must fix (systemd does not restart it), 1 for a server that does not answer."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, Session

from core.config import Settings
from intake import cli
from intake.commands import serve
from intake.devstack.stack import ThreadedStack
from intake.store import open_store
from tests.conftest import free_port
from tests.service.helpers import StubClassifier, make_settings
from tests.service.test_send import _record

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def stub_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """No trained model needed: the cycle has nothing to classify."""
    monkeypatch.setattr(serve, "load_classifier", lambda _settings: StubClassifier())


@pytest.fixture(autouse=True)
def own_log_handlers() -> Iterator[None]:
    """cli.main points the root logger at this test's captured stderr: put it back after, so
    a later thread's log line does not go to a closed capture ("--- Logging error ---")."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)


@pytest.fixture
def mailbox(settings: Settings, stack: ThreadedStack) -> dict[str, Any]:
    """The embedded IMAP server, reached as a real one (embedded off in the worker's config)."""
    return {"host": "127.0.0.1", "port": settings.embedded.imap_port, "security": "none"}


class _Refusing:
    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        return "250 OK"


@pytest.fixture
def refusing_relay() -> Iterator[int]:
    """An SMTP relay that refuses every login."""
    port = free_port()
    controller = Controller(
        _Refusing(),
        hostname="127.0.0.1",
        port=port,
        authenticator=lambda *_: AuthResult(success=False, handled=False),
        auth_require_tls=False,
    )
    controller.start()
    yield port
    controller.stop()


def _once(tmp_path: Path, capsys: pytest.CaptureFixture[str], **sections: Any) -> tuple[int, str]:
    (tmp_path / "worker").mkdir()
    _, config = make_settings(tmp_path / "worker", embedded={"enabled": False}, **sections)
    code = cli.main(["--config", str(config), "serve", "--once"])
    err = capsys.readouterr().err
    last = err.strip().splitlines()[-1]  # the one line the administrator reads
    assert last.startswith("secor-intake: ") and "internal error" not in last
    return code, last


def test_a_refused_mailbox_login_is_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mailbox: dict[str, Any]
) -> None:
    code, err = _once(tmp_path, capsys, mailbox={**mailbox, "password": "not-the-password"})
    assert code == 2 and "refused the login of [mailbox] username" in err


def test_tls_on_a_plain_port_is_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mailbox: dict[str, Any]
) -> None:
    code, err = _once(tmp_path, capsys, mailbox={**mailbox, "security": "tls"})
    assert code == 2 and "check [mailbox] security" in err


def test_an_unreachable_mailbox_is_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _once(tmp_path, capsys, mailbox={"host": "127.0.0.1", "port": free_port()})
    assert code == 1 and "cannot reach IMAP server" in err


def test_an_unreachable_database_is_1_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"postgresql+psycopg://secor@127.0.0.1:{free_port()}/secor"
    code, err = _once(tmp_path, capsys, store={"url": url})
    assert code == 1 and err.startswith("secor-intake: cannot reach the store, PostgreSQL at")


def test_the_relay_refusing_the_login_is_2_and_not_answering_is_1(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    mailbox: dict[str, Any],
    refusing_relay: int,
) -> None:
    relay = {"host": "127.0.0.1", "security": "none", "username": "cor", "password": "x"}
    for port, expected, said in (
        (refusing_relay, 2, "refused the login of [smtp] username"),
        (free_port(), 1, "cannot reach the SMTP relay"),
    ):
        (tmp_path / str(port)).mkdir()
        worker, config = make_settings(
            tmp_path / str(port),
            embedded={"enabled": False},
            mailbox=mailbox,
            smtp={**relay, "port": port},
        )
        store = open_store(worker)
        try:
            _record(store, 1)  # a reply waits
        finally:
            store.close()
        assert cli.main(["--config", str(config), "serve", "--once"]) == expected
        assert said in capsys.readouterr().err


def test_runs_of_serve_once_share_one_heartbeat(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mailbox: dict[str, Any]
) -> None:
    """A cron job running `serve --once` is one worker in `status`, not one per run."""
    worker, config = make_settings(tmp_path, embedded={"enabled": False}, mailbox=mailbox)
    for _ in range(2):
        assert cli.main(["--config", str(config), "serve", "--once"]) == 0
    store = open_store(worker)
    try:
        beats = store.ops.heartbeats()
    finally:
        store.close()
    assert len(beats) == 1
    ((name, beat),) = beats.items()
    assert name.endswith(":once") and beat.cycles == 1
