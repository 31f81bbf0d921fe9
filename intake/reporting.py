"""The one report builder: a checked submission made into the contract's triage report.

Both the pipeline (a message as it arrives) and the dashboard's re-check (after
staff relabel a file) build the report here, so a field set in one is set in
the other (issue 16: the re-check used to keep the kind of `other` files).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.checks import CheckOutcome
from intake.documents import Document
from intake.prediction import Prediction
from intake.report import FileResult, SubmissionInfo, TriageReport
from knowledge.labels import has_kind


def file_results(
    documents: Sequence[Document], predictions: Sequence[Prediction]
) -> list[FileResult]:
    """The contract's ``files`` entries (``kind`` null for labels that have none)."""
    return [
        FileResult(
            path=doc.path,
            label=pred.label,
            kind=pred.kind if has_kind(pred.label) else None,
            confidence=round(pred.confidence, 4),
            sha256=doc.sha256,
            needs_review=pred.needs_review,
            size=doc.size,
            covers=list(pred.covers),
        )
        for doc, pred in zip(documents, predictions, strict=True)
    ]


def triage_report(
    *,
    outcome: CheckOutcome,
    documents: Sequence[Document],
    predictions: Sequence[Prediction],
    sender: str | None,
    subject: str,
    reference: str | None,
) -> TriageReport:
    """The report of a checked submission, without its reply (compose adds that)."""
    unique: dict[tuple[str, str, str], object] = {}
    problems = []
    for problem in outcome.problems:
        key = (problem.code.value, problem.path, problem.message)
        if key not in unique:
            unique[key] = problem
            problems.append(problem)
    info = SubmissionInfo.model_validate(
        {
            "from": sender,
            "subject": subject,
            "year": outcome.year,
            "year_source": outcome.year_source,
            "reference": reference,
            "kind": outcome.kind,
        }
    )
    return TriageReport(
        submission=info,
        files=file_results(documents, predictions),
        elements=outcome.elements,
        missing=outcome.missing,
        over_submitted=outcome.over_submitted,
        problems=problems,
        reply=None,
        status=outcome.status,
    )
