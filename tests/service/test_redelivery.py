"""QA: the same email delivered again, and a thread message without files, on the processor."""

from __future__ import annotations

from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from typing import Any

from core.config import Settings
from intake.store import Store
from intake.store.schema import HELD
from tests.service.helpers import deliver, outbox_rows

OWNER = "owner@northline.example"


def _mail(files: list[str], *, hop: int = 0, sender: str = OWNER, **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["Received"] = f"from relay{hop}.example by mx.acsa.local"  # each delivery differs
    msg["From"] = sender
    msg["To"] = "cor@acsa.local"
    msg["Subject"] = "SECOR 2026 certification - Northline Framing"
    msg["Message-ID"] = "<same-1@northline.example>"
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content("Hello, our SECOR documents are attached.")
    for name in files:
        msg.add_attachment(
            f"{name} for our SECOR file.\n".encode(),
            maintype="text",
            subtype="plain",
            filename=name,
        )
    return msg


def _answer(_: str) -> dict[str, Any]:
    """A stand-in for the knowledge base: one sourced answer to any question."""
    source = {"title": "SECOR Process", "source": "ACSA", "section": "Eligibility"}
    return {"answer": "Up to 10 people at any time.", "sources": [source]}


def _deliver(store: Store, settings: Settings, msg: EmailMessage) -> None:
    deliver(store, settings, msg.as_bytes(), answerer=_answer)


def test_the_same_email_delivered_five_times_is_one_submission_and_one_reply(
    settings: Settings, store: Store
) -> None:
    for hop in range(5):
        _deliver(store, settings, _mail(["flha.txt", "policy.txt"], hop=hop))
    assert len(store.results.list_submissions()) == 1
    assert len(outbox_rows(store)) == 1
    # ... and the sender's real next submission is answered: the copies used no reply
    settings.intake.max_replies_per_recipient_per_day = 2
    other = _mail(["inspection.txt"], hop=9)
    other.replace_header("Message-ID", "<new-2@northline.example>")
    _deliver(store, settings, other)
    assert [r.state != HELD for r in outbox_rows(store)] == [True, True]


def test_a_copy_with_new_files_is_not_taken_for_a_redelivery(
    settings: Settings, store: Store
) -> None:
    """Someone who knows a Message-ID cannot add files to another's submission with it."""
    _deliver(store, settings, _mail(["flha.txt"]))
    _deliver(store, settings, _mail(["flha.txt", "extra.txt"], hop=1))
    assert len(store.results.list_submissions()) == 2


def test_a_message_in_the_thread_without_files_waits_for_a_coordinator(
    settings: Settings, store: Store
) -> None:
    """QA: a helpdesk's automatic answer to our reply got 'thank you for the additional files'."""
    _deliver(store, settings, _mail(["flha.txt"]))
    ours = outbox_rows(store)[0].message_id
    answer = _mail([], hop=1, sender="support@northline.example", In_Reply_To=ours)
    answer.replace_header("Message-ID", "<ticket-77@northline.example>")
    answer.replace_header("Subject", "Re: SECOR 2026 certification - Northline Framing")
    _deliver(store, settings, answer)
    rows = outbox_rows(store)
    assert len(store.results.list_submissions()) == 1
    assert [r.state == HELD for r in rows] == [False, True]
    parsed = message_from_bytes(rows[1].raw, policy=default)
    body = parsed.get_body(preferencelist=("plain",))
    assert body is not None
    draft = " ".join(body.get_content().split())
    assert "Thank you for your SECOR submission" in draft
    assert "additional files" not in draft


def test_a_second_question_in_the_thread_is_drafted_and_held_not_dropped(
    settings: Settings, store: Store
) -> None:
    """QA: 'so were good to go then?' in reply to our answer was filed with no draft."""
    first = _mail([])
    first.set_content("Can I apply with me, my wife and 8 guys?")
    _deliver(store, settings, first)
    ours = outbox_rows(store)[0].message_id
    again = _mail([], hop=1, In_Reply_To=ours)
    again.replace_header("Message-ID", "<again-3@northline.example>")
    again.set_content("so were good to go then? and do I need the evaluation tool?")
    _deliver(store, settings, again)
    assert [r.state == HELD for r in outbox_rows(store)] == [False, True]
