"""The SMTP/LMTP listener: stores before answering 250, refuses early with real SMTP codes."""

from __future__ import annotations

import smtplib
from pathlib import Path

import pytest

from intake.inbound import INBOUND_MAILBOX, InboundListener
from intake.service.runner import IntakeService
from intake.store import open_store
from tests.conftest import free_port
from tests.service.helpers import ServiceThread, StubClassifier, make_settings, submission, wait_for

pytestmark = pytest.mark.slow


def _settings(tmp_path: Path, **inbound: object):  # type: ignore[no-untyped-def]
    values: dict[str, object] = {"enabled": True, "port": free_port(), "max_message_bytes": 4096}
    values.update(inbound)
    return make_settings(tmp_path, inbound=values, mailbox={"enabled": False})[0]


def test_smtp_listener_stores_once_and_refuses_with_codes(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    store = open_store(settings)
    listener = InboundListener(settings, store).start()
    try:
        raw = submission("dana@birchroofing.example", 1)
        with smtplib.SMTP("127.0.0.1", settings.inbound.port, timeout=10) as client:
            client.sendmail("dana@birchroofing.example", ["COR@acsa.local"], raw)
            client.sendmail(
                "dana@birchroofing.example", ["cor@acsa.local"], raw
            )  # a retry: kept once
            with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
                client.sendmail("dana@birchroofing.example", ["someone@acsa.local"], raw)
            assert refused.value.recipients["someone@acsa.local"][0] == 550
            with pytest.raises(smtplib.SMTPSenderRefused) as big:  # SIZE declared: refused at MAIL
                client.sendmail(
                    "dana@birchroofing.example",
                    ["cor@acsa.local"],
                    b"x" * 5000,
                    mail_options=["SIZE=5000"],
                )
            assert big.value.smtp_code == 552
            client.rset()
            # a client that does not declare the size is refused once the data exceeds the limit
            assert client.mail("dana@birchroofing.example")[0] == 250
            assert client.rcpt("cor@acsa.local")[0] == 250
            code, _ = client.data(b"Subject: x\r\n\r\n" + (b"y" * 70 + b"\r\n") * 100)
            assert code == 552
        stats = store.ops.queue_stats()
        assert stats.queued == 1
        claimed = store.queue.claim_next("w")
        assert (
            claimed is not None
            and claimed.mailbox == INBOUND_MAILBOX
            and claimed.source == "inbound"
        )
    finally:
        listener.stop()
        store.close()


def test_clients_outside_the_allowed_networks_are_refused(tmp_path: Path) -> None:
    settings = _settings(tmp_path, allowed_clients=["10.0.0.0/8"])
    store = open_store(settings)
    listener = InboundListener(settings, store).start()
    try:
        with smtplib.SMTP("127.0.0.1", settings.inbound.port, timeout=10) as client:
            with pytest.raises(smtplib.SMTPSenderRefused) as refused:
                client.sendmail(
                    "dana@birchroofing.example", ["cor@acsa.local"], b"Subject: x\r\n\r\nx"
                )
            assert refused.value.smtp_code == 550
        assert store.ops.queue_stats().queued == 0
    finally:
        listener.stop()
        store.close()


def test_lmtp_feeds_the_service_which_replies(tmp_path: Path) -> None:
    settings = _settings(tmp_path, protocol="lmtp", max_message_bytes=1_000_000)
    store = open_store(settings)
    service = IntakeService(settings, store, StubClassifier())  # type: ignore[arg-type]
    listener = InboundListener(settings, store, on_message=service.wake).start()
    try:
        with ServiceThread(service):
            with smtplib.LMTP("127.0.0.1", settings.inbound.port, timeout=10) as client:
                refused = client.sendmail(
                    "dana@birchroofing.example",
                    ["cor@acsa.local"],
                    submission("dana@birchroofing.example", 1),
                )
                assert refused == {}
            wait_for(
                lambda: store.ops.queue_stats().done == 1, what="the forwarded message processed"
            )
            stats = store.ops.queue_stats()
            assert stats.unfiled == 0
            # the reply waits for the relay ([smtp] points nowhere here): recorded, never lost
            assert stats.outbox_pending == 1
    finally:
        listener.stop()
        store.close()
