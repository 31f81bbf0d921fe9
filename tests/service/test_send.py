"""Sending replies: a real relay (aiosmtpd), STARTTLS or TLS, AUTH; retries; in-doubt replies."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from core.config import Settings
from intake.devstack.stack import ThreadedStack
from intake.mailbox.connection import connect
from intake.mailbox.folders import Folders
from intake.mailbox.sent import SentFolder
from intake.mailbox.wire import wire_bytes
from intake.service.send import Relay, resolve_in_doubt, send_due
from intake.store import Store, open_store, review
from intake.store import schema as t
from intake.store.rows import NewReply
from tests.conftest import free_port
from tests.service.helpers import imap, make_settings

pytestmark = pytest.mark.slow


class Relay_:
    """A relay that records what it accepted, or answers with a code it is told."""

    def __init__(self) -> None:
        self.accepted: list[bytes] = []
        self.answer: str | None = None

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.answer:
            return self.answer
        self.accepted.append(bytes(envelope.original_content or b""))
        return "250 OK"


def _auth(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
) -> AuthResult:
    ok = (
        isinstance(data, LoginPassword)
        and data.login == b"cor"
        and data.password == b"relay-secret"
    )
    return AuthResult(success=ok)


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(params=["starttls", "tls"])
def relay(
    request: pytest.FixtureRequest, ca: trustme.CA, tmp_path: Path
) -> Iterator[tuple[Relay_, Settings]]:
    cert = ca.issue_cert("127.0.0.1", "localhost")
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(server_ctx)
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    handler = Relay_()
    port = free_port()
    kwargs: dict[str, Any] = {"authenticator": _auth, "auth_require_tls": True}
    if request.param == "tls":
        kwargs["ssl_context"] = server_ctx
        kwargs["auth_require_tls"] = False  # aiosmtpd does not see implicit TLS as TLS; it is
    else:
        kwargs["tls_context"] = server_ctx
        kwargs["require_starttls"] = True
    controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    settings, _ = make_settings(
        tmp_path,
        embedded={"enabled": False},
        smtp={
            "host": "127.0.0.1",
            "port": port,
            "security": request.param,
            "username": "cor",
            "password": "relay-secret",
            "tls_ca_file": str(ca_file),
        },
    )
    yield handler, settings
    controller.stop()


def _record(store: Store, n: int = 1) -> list[int]:
    rows = []
    for i in range(n):
        row = store.queue.enqueue_message(
            mailbox="INBOX",
            uidvalidity=1,
            uid=i + 1,
            raw=b"Subject: x\r\n\r\n",
            message_id=f"<in{i}@example.com>",
            sender="dana@birchroofing.example",
            subject="x",
        )
        assert row is not None and store.queue.claim_next("w") is not None
        store.results.save_result(
            message_row=row,
            submission_id=None,
            reference=f"R{i}",
            report={},
            sender="dana@birchroofing.example",
            subject="x",
            year="unknown",
            status="incomplete",
            thread_ids=[],
            file_rows=[],
            folder="Triage/Incomplete",
            reply=NewReply(
                dedupe_key=f"auto:message:{row}",
                recipient="dana@birchroofing.example",
                subject="Re: x",
                message_id=f"<reply{i}@acsa.local>",
                raw=f"Message-ID: <reply{i}@acsa.local>\nSubject: Re: x\n\nHello\n".encode(),
                kind="auto",
            ),
        )
        rows.append(row)
    return rows


def test_replies_go_through_an_authenticated_encrypted_relay(
    relay: tuple[Relay_, Settings],
) -> None:
    handler, settings = relay
    store = open_store(settings)
    try:
        _record(store, 2)
        sent = send_due(store, settings.smtp, settings.intake.cor_address, worker="w")
        assert len(sent) == 2 and len(handler.accepted) == 2
        assert b"\r\n" in handler.accepted[0] and b"Hello" in handler.accepted[0]
        assert store.ops.queue_stats().outbox_sent == 2
        assert send_due(store, settings.smtp, settings.intake.cor_address) == []  # never twice
        assert len(handler.accepted) == 2
    finally:
        store.close()


def test_deferrals_are_retried_with_backoff_and_refusals_kept_for_staff(
    relay: tuple[Relay_, Settings],
) -> None:
    handler, settings = relay
    store = open_store(settings)
    try:
        _record(store, 1)
        handler.answer = "451 4.3.0 Try again later"
        assert send_due(store, settings.smtp, settings.intake.cor_address) == []
        assert store.ops.queue_stats().outbox_pending == 1
        assert store.outbox.due() == []  # not due again before its backoff
        nxt = store.outbox.next_due_at()
        assert nxt is not None
        handler.answer = "550 5.1.1 No such user"
        with store.tx() as conn:
            conn.execute(t.outbox.update().values(next_attempt_at=nxt - timedelta(hours=1)))
        send_due(store, settings.smtp, settings.intake.cor_address)
        assert store.ops.queue_stats().outbox_failed == 1
    finally:
        store.close()


def test_a_relay_that_cannot_be_reached_is_backed_off_without_using_attempts(
    tmp_path: Path,
) -> None:
    settings, _ = make_settings(
        tmp_path,
        embedded={"enabled": False},
        smtp={"host": "127.0.0.1", "port": free_port(), "security": "none"},
    )
    store = open_store(settings)
    try:
        _record(store, 1)
        relay = Relay(settings.smtp)
        assert send_due(store, settings.smtp, "cor@acsa.local", relay=relay) == []
        assert relay.failures == 1 and relay.wait_seconds() > 0
        assert send_due(store, settings.smtp, "cor@acsa.local", relay=relay) == []  # not even tried
        assert relay.failures == 1
        (mail,) = store.outbox.due()
        assert mail.attempts == 0
    finally:
        store.close()


@pytest.mark.parametrize("policy", ["resend", "hold"])
def test_a_reply_interrupted_mid_send_is_settled_from_the_sent_folder(
    tmp_path: Path, policy: str
) -> None:
    settings, _ = make_settings(tmp_path, smtp={"in_doubt": policy})
    with ThreadedStack(settings):
        store = open_store(settings)
        try:
            _record(store, 2)
            due = store.outbox.due()
            for mail in due:
                assert store.outbox.mark_sending(
                    mail.id, "dead-worker"
                )  # the worker died after this
            # the relay took the first one and it reached the Sent folder; the second is unknown
            with imap(settings) as client:
                client.create_folder("Sent")
                client.append("Sent", due[0].raw.replace(b"\n", b"\r\n"))
            client = connect(settings.effective_mailbox)
            try:
                sent = SentFolder(client, Folders(client), "Sent")
                assert (
                    resolve_in_doubt(store, settings.smtp, sent.holds, older_than=timedelta(0)) == 2
                )
            finally:
                client.logout()
            stats = store.ops.queue_stats()
            assert stats.outbox_sent == 1 and stats.outbox_uncopied == 0
            if policy == "resend":
                assert [m.id for m in store.outbox.due()] == [due[1].id]
            else:
                assert stats.outbox_failed == 1 and store.outbox.due() == []
        finally:
            store.close()


def test_copies_in_sent_are_appended_once(
    settings: Settings, store: Store, stack: ThreadedStack
) -> None:
    _record(store, 2)
    for mail in store.outbox.due():
        store.outbox.mark_sending(mail.id, "w")
        store.outbox.mark_sent(mail.id)
    client = connect(settings.effective_mailbox)
    try:
        sent = SentFolder(client, Folders(client), "Sent")
        assert sent.keep_copies(store) == 2
        # a crash after the append, before the mark: the copy is not appended again
        with store.tx() as conn:
            conn.execute(t.outbox.update().values(copied=False))
        assert sent.keep_copies(store) == 0
    finally:
        client.logout()
    with imap(settings) as c:
        c.select_folder("Sent")
        assert len(c.search("ALL")) == 2


def test_a_reply_the_relay_took_while_the_store_failed_is_never_sent_again(
    relay: tuple[Relay_, Settings], monkeypatch: pytest.MonkeyPatch
) -> None:
    handler, settings = relay
    store = open_store(settings)
    try:
        _record(store, 1)
        real = store.outbox.mark_sent
        monkeypatch.setattr(
            store.outbox, "mark_sent", lambda *a, **k: (_ for _ in ()).throw(OSError("disk"))
        )
        service_relay = Relay(settings.smtp)
        with pytest.raises(OSError):
            send_due(store, settings.smtp, "cor@acsa.local", relay=service_relay)
        assert len(handler.accepted) == 1 and service_relay.unrecorded
        monkeypatch.setattr(store.outbox, "mark_sent", real)
        resolve_in_doubt(
            store, settings.smtp, None, older_than=timedelta(0), accepted=service_relay.unrecorded
        )
        send_due(store, settings.smtp, "cor@acsa.local", relay=service_relay)
        assert len(handler.accepted) == 1 and store.ops.queue_stats().outbox_sent == 1
    finally:
        store.close()


def test_a_reply_is_dated_when_first_sent_and_a_resend_in_doubt_is_the_same_bytes(
    relay: tuple[Relay_, Settings], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reply held for approval for days was sent with the Date it was queued, and mail
    clients sorted it among days-old mail. Dated when first handed to the relay now; and
    the days it waited for approval do not count towards give_up_hours."""
    handler, settings = relay
    store = open_store(settings)
    queued = "Mon, 30 Nov 2026 08:00:00 +0000"
    try:
        _record(store, 1)
        (mail,) = store.outbox.due()
        with store.tx() as conn:  # queued days ago, with that Date, and held for staff
            conn.execute(
                t.outbox.update().values(
                    state=t.HELD,
                    raw=f"Date: {queued}\n".encode() + mail.raw,
                    created_at=datetime.now(UTC) - timedelta(days=7),  # past give_up_hours
                )
            )
        assert review.release_held(store, mail.id)  # approved today
        before = datetime.now(UTC).replace(microsecond=0)
        assert send_due(store, settings.smtp, settings.intake.cor_address, worker="w")
        (first,) = handler.accepted
        date = message_from_bytes(first)["Date"]
        assert date != queued and parsedate_to_datetime(date) >= before
        assert first.count(b"Date:") == 1 and b"Hello" in first
        (recorded,) = store.outbox.uncopied()  # the Sent folder gets what was sent
        assert wire_bytes(recorded.raw) == first

        # the worker dies after the relay took it; not in Sent: resent, hours later
        with store.tx() as conn:
            conn.execute(t.outbox.update().values(state=t.SENDING))
        later = datetime.now(UTC) + timedelta(hours=3)
        monkeypatch.setattr("intake.service.send.utcnow", lambda: later)
        assert resolve_in_doubt(store, settings.smtp, None, older_than=timedelta(0)) == 1
        assert send_due(store, settings.smtp, settings.intake.cor_address, worker="w")
        assert handler.accepted == [first, first]  # byte for byte the same message
    finally:
        store.close()
