"""submission.kind: a submission, a question, an automatic reply, a bounce, or other mail."""

from __future__ import annotations

import pytest

from intake.report import Status
from tests.checks.builders import Sub, email


@pytest.mark.parametrize(
    ("subject", "body", "headers", "sender", "kind"),
    [
        ("Automatic reply: SECOR", "I am away.", {"auto-submitted": "auto-replied"}, None,
         "auto_reply"),
        ("Out of Office: back Monday", "I am away until Monday.", {}, None, "auto_reply"),
        ("Undeliverable: Re: SECOR", "Delivery failed.", {"x-failed-recipients": "a@b.c"}, None,
         "bounce"),
        ("Mail delivery failed", "The message could not be delivered.", {},
         "MAILER-DAEMON@mx.example", "bounce"),
        ("Question about SECOR", "Hi, can a company with 11 people apply?", {}, None, "question"),
        ("Newsletter", "Spring sale on boots.", {"list-id": "<news.example>"}, None, "other"),
        ("Lunch", "See you Friday.", {}, None, "other"),
    ],
)  # fmt: skip
def test_mail_that_is_not_a_submission_is_its_own_kind(
    subject: str, body: str, headers: dict[str, str], sender: str | None, kind: str
) -> None:
    extra: dict[str, object] = {"headers": headers}
    if sender:
        extra["sender"] = sender
    outcome = Sub().check(email(subject, body=body, **extra))
    assert outcome.kind == kind
    assert outcome.status is Status.IGNORED
    assert outcome.missing == [] and outcome.over_submitted == []  # CONTRACT


def test_a_submission_is_a_submission_even_when_it_asks_something() -> None:
    env = email("SECOR certification submission", body="Attached. Is the tool enough?")
    outcome = Sub().full("certification").check(env)
    assert outcome.kind == "submission" and outcome.status is Status.COMPLETE


def test_an_automatic_reply_gets_no_reply() -> None:
    env = email("Automatic reply: SECOR", body="Away?", headers={"auto-submitted": "auto-replied"})
    outcome, reply = Sub().triage(env)
    assert outcome.kind == "auto_reply" and reply is None


@pytest.mark.parametrize(
    "body",
    [
        "Hi, can we attach the SECOR evaluation tool as a PDF, or do you need Word?",
        "Can I send our SECOR audit as a download link? How big can the zip be?",
    ],
)
def test_a_question_about_sending_is_a_question_not_a_submission_missing_15(body: str) -> None:
    outcome, reply = Sub().triage(email("SECOR question", body=body))
    assert outcome.kind == "question"
    assert outcome.status is Status.IGNORED and outcome.missing == []
    assert "no_attachments" not in [p.code.value for p in outcome.problems]
    assert reply is None  # the submission reply; the pipeline answers the question instead


def test_an_announced_submission_without_files_still_asks_for_them() -> None:
    env = email("SECOR submission", body="Please find attached our SECOR audit. Any questions?")
    outcome, reply = Sub().triage(env)
    assert outcome.kind == "submission"
    assert [p.code.value for p in outcome.problems] == ["no_attachments"]
    assert reply is not None and "We did not find any files" in reply.body


def test_a_folder_with_nothing_of_secor_is_other() -> None:
    sub = Sub().add("Invoice 1043.pdf", "other").add("Truck photo.jpg", "other")
    outcome = sub.check(None)
    assert (outcome.kind, outcome.status) == ("other", Status.IGNORED)
    assert outcome.missing == []
    full = Sub().full("certification").check(None)
    assert full.kind == "submission"
