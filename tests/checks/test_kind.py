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
