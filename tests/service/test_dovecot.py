"""Against Dovecot (Debian's package): password, XOAUTH2, TLS; the whole loop; renumbering."""

from __future__ import annotations

import base64
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from core.config import Settings
from core.errors import OperationalError, UserError
from intake.mailbox.connection import connect, xoauth2_string
from intake.service.runner import IntakeService
from intake.store import open_store
from tests.service import servers
from tests.service.helpers import (
    ServiceThread,
    StubClassifier,
    folder_ids,
    make_settings,
    submission,
    wait_for,
)

pytestmark = pytest.mark.slow


def test_the_xoauth2_initial_response_has_the_documented_shape() -> None:
    raw = xoauth2_string("cor@acsa.local", "ya29.token")
    assert raw == "user=cor@acsa.local\x01auth=Bearer ya29.token\x01\x01"
    assert base64.b64encode(raw.encode()).startswith(b"dXNlcj1jb3JAYWNzYS5sb2NhbAFhdXRo")


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def dovecot(dovecot_binary: str, ca: trustme.CA, tmp_path: Path) -> Iterator[servers.Dovecot]:
    cert = ca.issue_cert("127.0.0.1", "localhost")
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.cert_chain_pems[0].write_to_path(str(cert_file))
    cert.private_key_pem.write_to_path(str(key_file))
    tmp_path.chmod(0o755)
    introspection = servers.Introspection()
    server = servers.Dovecot(cert=cert_file, key=key_file, oauth_url=introspection.url).start()
    yield server
    server.close()
    introspection.close()


def _settings(
    tmp_path: Path, server: servers.Dovecot, ca: trustme.CA | None = None, **mailbox: object
) -> Settings:
    values: dict[str, object] = {
        "host": "127.0.0.1",
        "port": server.port,
        "security": "none",
        "username": servers.USER,
        "password": servers.PASSWORD,
    }
    if ca is not None:
        ca_file = tmp_path / "ca.pem"
        ca.cert_pem.write_to_path(str(ca_file))
        values["tls_ca_file"] = str(ca_file)
    values.update(mailbox)
    return make_settings(
        tmp_path,
        embedded={"enabled": False},
        mailbox=values,
        smtp={"host": "127.0.0.1", "port": 9, "security": "none"},
    )[0]


def test_logins_by_password_token_and_token_command(
    dovecot: servers.Dovecot, tmp_path: Path
) -> None:
    connect(_settings(tmp_path, dovecot).mailbox).logout()
    connect(_settings(tmp_path, dovecot, oauth2_token=servers.GOOD_TOKEN).mailbox).logout()
    command = f"{sys.executable} -c \"print('{servers.GOOD_TOKEN}')\""
    connect(_settings(tmp_path, dovecot, oauth2_token_command=command).mailbox).logout()
    # one failure only: Dovecot delays every later login from the same address by seconds
    with pytest.raises(UserError, match="refused the login"):
        connect(_settings(tmp_path, dovecot, oauth2_token="expired").mailbox)
    with pytest.raises(OperationalError, match="oauth2_token_command"):
        connect(_settings(tmp_path, dovecot, oauth2_token_command="exit 3").mailbox)


def test_tls_and_starttls_check_the_certificate(
    dovecot: servers.Dovecot, ca: trustme.CA, tmp_path: Path
) -> None:
    connect(
        _settings(tmp_path, dovecot, ca, port=dovecot.tls_port, security="tls").mailbox
    ).logout()
    connect(_settings(tmp_path, dovecot, ca, security="starttls").mailbox).logout()
    (tmp_path / "other").mkdir()
    with pytest.raises(OperationalError):  # a certificate nobody vouched for
        connect(
            _settings(tmp_path / "other", dovecot, port=dovecot.tls_port, security="tls").mailbox
        )


def test_the_service_on_dovecot_files_with_its_delimiter_and_survives_restart_and_renumbering(
    dovecot: servers.Dovecot, tmp_path: Path
) -> None:
    settings = _settings(tmp_path, dovecot)
    with servers_client(settings) as client:
        for n in (1, 2):
            client.append("INBOX", submission("dana@birchroofing.example", n))
    store = open_store(settings)
    try:
        service = IntakeService(settings, store, StubClassifier())  # type: ignore[arg-type]
        with ServiceThread(service):
            wait_for(
                lambda: store.ops.queue_stats().done == 2 and not store.ops.queue_stats().unfiled,
                what="two messages processed and filed",
            )
            dovecot.restart(down_seconds=1.0)
            with servers_client(settings) as client:
                client.append("INBOX", submission("lee@cedarframing.example", 3))
            wait_for(
                lambda: store.ops.queue_stats().done == 3,
                timeout=40,
                what="mail after a restart",
            )
        folders = folder_ids(settings)
        assert "Triage.Incomplete" in folders and len(folders["Triage.Incomplete"]) == 3
        assert folders["INBOX"] == []
        # messages left in INBOX when the server renumbers it are recognised, not queued again
        with servers_client(settings) as client:
            for n in (4, 5):
                client.append("INBOX", submission("kim@oakroof.example", n))
        with ServiceThread(IntakeService(settings, store, StubClassifier())):  # type: ignore[arg-type]
            wait_for(lambda: store.ops.queue_stats().done == 5, what="two more")
        with servers_client(settings) as client:
            client.select_folder("Triage.Incomplete")
            uids = client.search("ALL")
            client.copy(uids[-2:], "INBOX")  # as if staff had put two back before the renumbering
        dovecot.renumber("INBOX")
        with ServiceThread(IntakeService(settings, store, StubClassifier())) as running:  # type: ignore[arg-type]
            wait_for(lambda: running.service.cycles >= 2, what="two cycles after renumbering")
        assert store.ops.queue_stats().done == 5 and store.ops.queue_stats().queued == 0
    finally:
        store.close()


def servers_client(settings: Settings):  # type: ignore[no-untyped-def]
    from tests.service.helpers import imap

    return imap(settings)
