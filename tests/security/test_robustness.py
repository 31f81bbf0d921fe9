"""Issue 13, "robustness": each hostile header, name or server, replayed."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from core.config import LimitsSettings, LinksSettings, Settings
from intake.checks.rules.auto_mail import auto_mail_reason
from intake.documents import Document
from intake.ingest import ingest_email, parse_envelope
from intake.ingest.mail import GUARD_HEADERS
from intake.ingest.pool import close_pools
from intake.pipeline import classify_documents
from intake.prediction import Prediction
from intake.reply.message import build_reply_message
from intake.report import Reply
from intake.service.send import send_due
from intake.store import Store, open_store
from intake.store.rows import NewReply
from tests.conftest import free_port
from tests.ingest.standin import provider_standin
from tests.service.helpers import make_settings

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module", autouse=True)
def _stop_workers() -> Iterator[None]:
    yield
    close_pools()


@pytest.mark.parametrize(
    ("header", "address", "name"),
    [
        # "Dana\r\nBcc: x@y.com" as an encoded word in the display name
        (b"=?utf-8?b?RGFuYQ0KQmNjOiB4QHkuY29t?= <dana@birch.ca>", "dana@birch.ca", "Dana Bcc:"),
        (b'"Smith, Dana" <dana@birch.ca>', "dana@birch.ca", "Smith, Dana"),
        ("Dña <dña@birch.ca>".encode(), "dña@birch.ca", "Dña"),
        (b"=?utf-8?q?D=C3=B1a?= <DANA@Birch.ca>", "dana@birch.ca", "Dña"),
        (b"dana@birch.ca (Dana)", "dana@birch.ca", None),
    ],
)
def test_the_bare_address_is_recovered_from_any_from(
    header: bytes, address: str, name: str | None
) -> None:
    envelope = parse_envelope(b"From: " + header + b"\r\nSubject: SECOR\r\n\r\nhello\r\n")
    assert envelope.sender == address
    assert (envelope.sender_name or "").startswith(name or "")
    assert "\n" not in (envelope.sender_name or "") and "\r" not in (envelope.sender_name or "")
    assert auto_mail_reason(envelope) is None  # a real submission, answered


@pytest.mark.parametrize("header", ["X-Auto-Reply: yes", "List-Help: <mailto:help@list.example>"])
def test_every_automatic_and_list_header_is_collected(header: str) -> None:
    raw = f"From: dana@birch.ca\r\n{header}\r\nSubject: SECOR\r\n\r\nhello\r\n".encode()
    assert header.split(":")[0].lower() in GUARD_HEADERS
    assert auto_mail_reason(parse_envelope(raw)) is not None


def test_an_encoded_traversal_name_gets_unsafe_path(tmp_path: Path) -> None:
    raw = (
        b"From: dana@birch.ca\r\nSubject: SECOR\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: text/plain\r\n\r\nhello\r\n--b\r\n"
        b"Content-Type: application/pdf\r\n"
        b"Content-Disposition: attachment; "
        b'filename="=?utf-8?q?=2E=2E=2F=2E=2E=2Fpolicy=2Epdf?="\r\n'
        b"\r\n%PDF-1.4\r\n--b--\r\n"
    )
    limits = LimitsSettings(ocr=False, extract_workers=1)
    _, result = ingest_email(raw, tmp_path / "work", limits, LinksSettings(enabled=False))
    assert result.problems[0].code.value == "unsafe_path"
    assert [d.path for d in result.documents] == ["policy.pdf"]  # kept under its plain name


def test_a_file_we_cannot_read_never_counts_towards_an_element(tmp_path: Path) -> None:
    class Eager:  # a classifier that trusts the name "policy...pdf"
        def predict(self, docs: list[Document]) -> list[Prediction]:
            return [Prediction("policy", "directive", 0.99) for _ in docs]  # type: ignore[arg-type]

    message = EmailMessage()
    message["From"] = "dana@birch.ca"
    message["Subject"] = "SECOR"
    message.set_content("Our policy.")
    dos = b"MZ" + b"\x90\x00" * 200 + b"This program cannot be run in DOS mode."
    message.add_attachment(
        dos, maintype="application", subtype="pdf", filename="policy\u202efdp.exe"
    )
    limits = LimitsSettings(ocr=False, extract_workers=1)
    _, result = ingest_email(
        message.as_bytes(), tmp_path / "work", limits, LinksSettings(enabled=False)
    )
    [exe] = result.documents
    assert [p.code.value for p in result.problems] == ["unsupported_type"]
    assert not exe.readable
    [prediction] = classify_documents(Eager(), [exe])  # type: ignore[arg-type]
    assert prediction.label == "other"


def test_the_download_deadline_holds_on_every_read(tmp_path: Path) -> None:
    limits = LimitsSettings(ocr=False, extract_workers=1)
    links = LinksSettings(timeout_seconds=0.6, total_timeout_seconds=5.0)
    url = "https://www.dropbox.com/s/abc/plan.pdf?dl=1"
    with provider_standin() as (standin, _):
        body = b"%PDF-1.4 " + b"x" * 20
        headers = {"Content-Type": "application/pdf", "X-Test-Drip": "0.1"}
        standin.route(url, (200, headers, body))
        raw = b"From: dana@birch.ca\r\nSubject: SECOR\r\n\r\nOur files: " + url.encode() + b"\r\n"
        _, result = ingest_email(raw, tmp_path / "work", limits, links)
    assert result.documents == []
    assert [p.code.value for p in result.problems] == ["link_failed"]
    assert "too long" in result.problems[0].message


class _Relay:
    def __init__(self) -> None:
        self.accepted: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.accepted.append((list(envelope.rcpt_tos), bytes(envelope.original_content or b"")))
        return "250 OK"


def _utf8_reply(store: Store, settings: Settings) -> None:
    reply = Reply(to="dña@birch.ca", subject="Re: SECOR", body="Thank you.")
    message = build_reply_message(reply, {}, settings.intake)
    row = store.queue.enqueue_message(
        mailbox="INBOX",
        uidvalidity=1,
        uid=1,
        raw=b"Subject: x\r\n\r\n",
        message_id=None,
        sender="dña@birch.ca",
        subject="x",
    )
    assert row is not None and store.queue.claim_next("w") is not None
    store.results.save_result(
        message_row=row,
        submission_id=None,
        reference="R1",
        report={},
        sender="dña@birch.ca",
        subject="x",
        year="unknown",
        status="incomplete",
        thread_ids=[],
        file_rows=[],
        folder="Triage/Incomplete",
        reply=NewReply(
            dedupe_key="auto:message:1",
            recipient=reply.to,
            subject=reply.subject,
            message_id=str(message["Message-ID"]),
            raw=message.as_bytes(),
            kind="auto",
        ),
    )


@pytest.mark.parametrize("smtputf8", [True, False])
def test_a_utf8_address_is_answered_with_smtputf8_or_a_clear_problem(
    tmp_path: Path, smtputf8: bool
) -> None:
    relay = _Relay()
    port = free_port()
    controller = Controller(relay, hostname="127.0.0.1", port=port, enable_SMTPUTF8=smtputf8)
    controller.start()
    try:
        settings = make_settings(
            tmp_path,
            embedded={"enabled": False},
            smtp={"host": "127.0.0.1", "port": port, "security": "none"},
        )[0]
        store = open_store(settings)
        try:
            _utf8_reply(store, settings)
            send_due(store, settings.smtp, settings.intake.cor_address)
            [row] = store.results.submission_outbox(1)
        finally:
            store.close()
    finally:
        controller.stop()
    if smtputf8:
        assert row.state == "sent"
        assert relay.accepted[0][0] == ["dña@birch.ca"]
    else:
        assert row.state == "failed" and "SMTPUTF8" in str(row.last_error)
        assert relay.accepted == []
    asyncio.set_event_loop_policy(None)
