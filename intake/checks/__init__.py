"""Check a submission against the SECOR program rules (knowledge/data/rules.toml).

``check_submission`` runs the chain of rules (intake/checks/chain.py) over the
documents, their predictions and the problems the receive stage found, and
returns a ``CheckOutcome``: the report's fields and what the reply needs.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date

from intake.checks.chain import CHAIN, Link, run_chain
from intake.checks.context import CheckContext, CheckOutcome, Coverage, FileView, Tally
from intake.checks.kind import message_kind
from intake.checks.parts import detect_part
from intake.documents import Document
from intake.envelope import Envelope
from intake.prediction import Prediction
from intake.problems import Problem
from knowledge.labels import Year, element_labels
from knowledge.rules import program

__all__ = [
    "CHAIN",
    "CheckOutcome",
    "Coverage",
    "Link",
    "Tally",
    "check_submission",
    "detect_part",
]

log = logging.getLogger(__name__)


def check_submission(
    *,
    envelope: Envelope | None,
    documents: Sequence[Document],
    predictions: Sequence[Prediction],
    problems: Sequence[Problem],
    year: Year | None,
    today: date,
    merged: bool | None = None,
) -> CheckOutcome:
    """Apply the program rules to one submission (the merged set of a follow-up too).

    ``year`` given wins; else it is read from the subject, the body, then the
    evaluation tool, and an unreadable year is checked as a certification year
    and reported ``unknown``. ``merged`` says the documents include those of
    earlier messages of the same submission; None guesses it from the email
    (an answer in a thread, or part 2 or later of a split submission).
    """
    part = detect_part(envelope.subject) if envelope is not None else None
    if merged is None:
        merged = envelope is not None and (
            bool(envelope.in_reply_to or envelope.references) or (part is not None and part[0] > 1)
        )
    files = tuple(FileView(d, p) for d, p in zip(documents, predictions, strict=True))
    ctx = CheckContext(
        envelope=envelope,
        files=files,
        incoming=tuple(problems),
        given_year=year,
        today=today,
        program=program(),
        merged=merged,
        part=part,
    )
    status, rule = run_chain(ctx)
    kind = message_kind(envelope, status, ctx.auto_mail)
    if kind != "submission":  # the contract: only a submission has missing items
        ctx.missing, ctx.over_submitted, ctx.asked = [], [], {}
    log.debug(
        "checked %d file(s): %s by rule %s (hits: %s)", len(files), status.value, rule, ctx.hits
    )
    return CheckOutcome(
        year=ctx.year,
        year_source=ctx.year_source,
        elements={label: _found(ctx, label) for label in element_labels()},
        missing=list(ctx.missing),
        over_submitted=list(ctx.over_submitted),
        problems=list(ctx.problems),
        status=status,
        checked_as=ctx.checked_as,
        tallies=dict(ctx.tallies),
        coverage=ctx.coverage,
        names={f.path: f.name for f in files},
        labels={f.path: f.label for f in files},
        part=part,
        merged=merged,
        auto_mail=ctx.auto_mail,
        hits=list(ctx.hits),
        status_rule=rule,
        asked=dict(ctx.asked),
        kind=kind,
    )


def _found(ctx: CheckContext, label: str) -> int:
    """Files of LABEL, counting a manual in one file for each element it holds."""
    return sum(1 for f in ctx.files if f.label == label or label in f.prediction.covers)
