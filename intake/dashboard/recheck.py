"""Re-check a submission after staff changed a label: the program rules on the stored files."""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from intake.checks import check_submission
from intake.checks.codes import CHECK_STAGE_CODES
from intake.documents import Document
from intake.envelope import Envelope
from intake.ingest import parse_envelope
from intake.prediction import Prediction
from intake.problems import Problem
from intake.reporting import triage_report
from intake.store.rows import FileRow, Rechecked, SubmissionRow, documents_of, predictions_of

log = logging.getLogger(__name__)


def documents(files: list[FileRow]) -> list[Document]:
    """The submission's documents as the checks need them, from the file rows."""
    return documents_of(files)


def predictions(files: list[FileRow]) -> list[Prediction]:
    """The labels as they stand: a staff correction counts as certain."""
    return predictions_of(files)


def receive_problems(report: dict[str, Any]) -> list[Problem]:
    """The stored problems the receive stage found (the checks' own are made again)."""
    kept = []
    for item in report.get("problems") or []:
        try:
            problem = Problem.model_validate(item)
        except ValidationError:
            log.warning("a stored problem cannot be read and is dropped from the re-check")
            continue
        if problem.code not in CHECK_STAGE_CODES:
            kept.append(problem)
    return kept


def envelope_of(raw_path: Path | None) -> Envelope | None:
    """An email's envelope (for the year and the auto-mail rules), if it is on disk."""
    if raw_path is None or not raw_path.is_file():
        return None
    return parse_envelope(raw_path.read_bytes())


def recheck(
    submission: SubmissionRow,
    files: list[FileRow],
    envelope: Envelope | None,
    today: date,
) -> Rechecked:
    """The submission's report with the checks run again on its files as labelled now."""
    report: dict[str, Any] = json.loads(submission.report_json)
    docs = documents(files)
    preds = predictions(files)
    outcome = check_submission(
        envelope=envelope,
        documents=docs,
        predictions=preds,
        problems=receive_problems(report),
        year=None,
        today=today,
    )
    info = dict(report.get("submission") or {})
    model = triage_report(
        outcome=outcome,
        documents=docs,
        predictions=preds,
        sender=info.get("from"),
        subject=str(info.get("subject") or ""),
        reference=info.get("reference"),
    )
    built = model.to_json_dict()
    # The stored report keeps what the re-check does not make again (the reply sent,
    # and fields other stages added); the checks' fields come from the one builder.
    info.update(
        year=model.submission.year,
        year_source=model.submission.year_source,
        kind=model.submission.kind,
    )
    report.update(
        submission=info,
        files=built["files"],
        elements=built["elements"],
        missing=built["missing"],
        over_submitted=built["over_submitted"],
        problems=built["problems"],
        status=built["status"],
    )
    return Rechecked(
        report=report, status=str(outcome.status), year=str(outcome.year), kind=outcome.kind
    )
