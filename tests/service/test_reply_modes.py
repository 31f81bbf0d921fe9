"""[intake] replies: "auto" sends, "approve" holds every reply, "auto_when_confident" holds
the unsure ones; and mail that is not a submission does not disturb a submission's thread."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from email.message import EmailMessage
from typing import Any

import pytest

from core.config import Settings
from intake.documents import Document
from intake.prediction import Prediction
from intake.service.process import Processor
from intake.store import Store
from intake.store import schema as t
from tests.service.helpers import StubClassifier

_uid = iter(range(1, 1000))


class UnsureClassifier(StubClassifier):
    """The stub, but unsure of a file whose name says "unsure" (below the review threshold)."""

    def predict(self, docs: Sequence[Document]) -> list[Prediction]:
        out = super().predict(docs)
        return [
            Prediction(p.label, p.kind, 0.2, True) if "unsure" in d.member_path.as_posix() else p
            for d, p in zip(docs, out, strict=True)
        ]


def _mail(subject: str, files: list[str], msg_id: str, **headers: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Dana <dana@birch.example>"
    msg["To"] = "cor@acsa.local"
    msg["Subject"] = subject
    msg["Message-ID"] = msg_id
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content("Hello, the SECOR documents are attached.")
    for name in files:
        msg.add_attachment(
            f"{name} for our SECOR file.\n".encode(), maintype="text", subtype="plain",
            filename=name,
        )  # fmt: skip
    return msg.as_bytes()


def _deliver(store: Store, processor: Processor, raw: bytes, msg_id: str) -> None:
    store.queue.enqueue_message(
        mailbox="INBOX", uidvalidity=1, uid=next(_uid), raw=raw, message_id=msg_id,
        sender="dana@birch.example", subject="SECOR",
    )  # fmt: skip
    processor.process_all()


def _states(store: Store) -> list[str]:
    with store.tx() as conn:
        return [str(r.state) for r in conn.execute(t.outbox.select().order_by(t.outbox.c.id))]


@pytest.mark.parametrize(
    ("mode", "files", "state"),
    [
        ("auto", ["policy.txt"], t.PENDING),
        ("auto", ["unsure policy.txt"], t.PENDING),
        ("approve", ["policy.txt"], t.HELD),
        ("auto_when_confident", ["policy.txt"], t.PENDING),
        ("auto_when_confident", ["unsure policy.txt"], t.HELD),
    ],
)
def test_reply_mode_decides_whether_the_reply_is_held(
    settings: Settings, store: Store, mode: str, files: list[str], state: str
) -> None:
    settings.intake.replies = mode  # type: ignore[assignment]
    processor = Processor(settings, store, UnsureClassifier(), "w")  # type: ignore[arg-type]
    _deliver(store, processor, _mail("SECOR 2026", files, "<m1@birch.example>"), "<m1@b>")
    assert _states(store) == [state]
    due = store.outbox.due()
    assert len(due) == (1 if state == t.PENDING else 0)


def test_an_out_of_office_answer_in_the_thread_leaves_the_submission_as_it_was(
    settings: Settings, store: Store
) -> None:
    processor = Processor(settings, store, StubClassifier(), "w")  # type: ignore[arg-type]
    _deliver(
        store,
        processor,
        _mail("SECOR 2026", ["policy.txt"], "<m1@birch.example>"),
        "<m1@birch.example>",
    )
    [sub] = store.results.list_submissions()
    before = json.loads(sub.report_json)
    assert before["submission"]["kind"] == "submission" and before["status"] == "incomplete"
    with store.tx() as conn:  # an out-of-office answers our reply (issue 13: only that joins)
        ours = str(conn.execute(t.outbox.select()).one().message_id)
    ooo = _mail(
        "Automatic reply: SECOR 2026", [], "<m2@birch.example>",
        In_Reply_To=ours, Auto_Submitted="auto-replied",
    )  # fmt: skip
    _deliver(store, processor, ooo, "<m2@birch.example>")
    [after] = store.results.list_submissions()
    assert after.id == sub.id and after.status == "incomplete"
    assert after.kind == "submission"
    assert json.loads(after.report_json) == before
    assert len(store.results.submission_messages(sub.id)) == 2  # the answer is kept with it
    assert len(_states(store)) == 1  # and never answered


def _question(body: str, msg_id: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Dana <dana@birch.example>"
    msg["To"] = "cor@acsa.local"
    msg["Subject"] = "SECOR question"
    msg["Message-ID"] = msg_id
    msg.set_content(body)
    return msg.as_bytes()


def _answerer(kind: str) -> Callable[[str], dict[str, Any]]:
    """A knowledge base that answers every question with an answer of KIND."""

    def ask(text: str) -> dict[str, Any]:
        answer = {
            "question": text,
            "answer": "We count 9 people: you, your wife and 7 workers; within the limit of 10.",
            "topic": "eligibility",
            "confidence": 0.9,
            "kind": kind,
            "sources": [
                {
                    "title": "SECOR Process",
                    "source": "ACSA",
                    "section": "Eligibility",
                    "effective": "",
                }
            ],
        }
        return {"answers": [answer], "unanswered": [], "voice": "department"}

    return ask


@pytest.mark.parametrize(
    ("mode", "kind", "state"),
    [
        ("auto_when_confident", "eligibility", t.HELD),  # a head count's verdict waits
        ("auto_when_confident", "answer", t.PENDING),  # a process answer goes out
        ("auto", "eligibility", t.PENDING),  # "auto" sends every reply
    ],
)
def test_an_emailed_head_count_verdict_waits_for_a_person_when_confident_only(
    settings: Settings, store: Store, mode: str, kind: str, state: str
) -> None:
    settings.intake.replies = mode  # type: ignore[assignment]
    processor = Processor(settings, store, StubClassifier(), "w", answerer=_answerer(kind))  # type: ignore[arg-type]
    raw = _question("Hi, it's me, my wife and 7 guys. Can we apply?", "<q1@birch.example>")
    _deliver(store, processor, raw, "<q1@b>")
    assert _states(store) == [state]
    [sub] = store.results.list_submissions()
    report = json.loads(sub.report_json)
    assert sub.kind == "question"
    assert report["reply"]["review"] == (["head_count"] if kind == "eligibility" else [])
