"""Whether a reply waits for staff to approve it ([intake] replies)."""

from __future__ import annotations

from typing import Literal

from intake.report import TriageReport
from knowledge.rules import program

ReplyMode = Literal["auto", "approve", "auto_when_confident"]


def needs_approval(mode: ReplyMode, report: TriageReport) -> bool:
    """True when the reply is held in the dashboard instead of sent.

    "auto" sends every reply; "approve" holds every one; "auto_when_confident"
    holds a reply when a file is below the review threshold, a problem needs a
    person (rules.toml [triage] 'person': low confidence, archive limits, ...) or
    the reply says something a person should check first (``Reply.review``: an
    answered head count).
    """
    if mode == "approve":
        return True
    if mode == "auto":
        return False
    rules = program()
    return (
        any(f.needs_review for f in report.files)
        or any(rules.effect(p.code.value) == "person" for p in report.problems)
        or (report.reply is not None and bool(report.reply.review))
    )
