"""Compose the reply an employer gets for a triaged submission."""

from __future__ import annotations

from core.config import IntakeSettings
from intake.checks import CheckOutcome
from intake.envelope import Envelope
from intake.reply.context import build_context, greeting_name
from intake.reply.guard import may_auto_reply, reply_address
from intake.reply.headers import reply_subject
from intake.reply.question import (
    Answerer,
    EmailAnswers,
    email_answers,
    question_text,
    questions_in,
)
from intake.reply.render import render
from intake.report import Reply, Status, TriageReport


def compose_reply(
    *,
    envelope: Envelope | None,
    report: TriageReport,
    outcome: CheckOutcome,
    settings: IntakeSettings,
    answerer: Answerer | None = None,
) -> Reply | None:
    """The reply to send, or None when none may be sent.

    None without an email (a folder or archive triaged from the command line),
    for mail RFC 3834 says not to answer, for mail from the COR address itself,
    and for an ``ignored`` submission. The report's fields (status, missing,
    over_submitted, problems, reference) are what the reply states; the outcome
    adds what explains them. With ``answerer``, every question the email asks
    besides sending its files is answered in the reply (or named as one a
    coordinator will answer).
    """
    if envelope is None or not may_auto_reply(envelope) or report.status is Status.IGNORED:
        return None
    to = reply_address(envelope, settings)
    if to is None:
        return None
    if not envelope.details_allowed:  # the sender has not shown it is the submitter
        return _acknowledgement(envelope, to, settings)
    found = EmailAnswers()
    if answerer is not None:
        text = question_text(envelope)
        if questions_in(text):
            found = email_answers(text, answerer)
    context = build_context(
        envelope=envelope,
        report=report,
        outcome=outcome,
        settings=settings,
        answers=found.answers,
        unanswered=found.unanswered,
    )
    body = render(context, settings.templates_dir)
    return Reply(to=to, subject=reply_subject(envelope.subject), body=body, review=found.review)


ACKNOWLEDGE_TEMPLATE = "acknowledge.txt.j2"


def _acknowledgement(envelope: Envelope, to: str, settings: IntakeSettings) -> Reply:
    """A reply that says the mail arrived and names nothing of the submission."""
    context = {
        "name": greeting_name(envelope),
        "cor_name": settings.from_name,
        "cor_address": settings.cor_address,
    }
    body = render(context, settings.templates_dir, ACKNOWLEDGE_TEMPLATE)
    return Reply(to=to, subject=reply_subject(envelope.subject), body=body)
