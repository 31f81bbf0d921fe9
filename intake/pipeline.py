"""The processing pipeline: receive -> classify -> check -> reply, for one submission.

Each stage is its own package; this module only runs them in order:

- ``intake.ingest``   turns an email, archive or folder into documents and problems;
- ``intake.classify`` gives each document a label, a kind and a confidence;
- ``intake.checks``   applies the program rules (missing, over-submitted, year, ...);
- ``intake.reply``    writes the reply the employer gets (or none, for auto mail).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from core.config import Settings
from intake.checks import check_submission
from intake.classify import Classifier
from intake.documents import Document, IngestResult
from intake.envelope import Envelope
from intake.ingest import ingest_email, ingest_path
from intake.prediction import Prediction
from intake.reply import compose_reply
from intake.reply.question import Answerer, answer_question
from intake.report import TriageReport
from intake.reporting import triage_report
from knowledge.labels import Year


@dataclass
class Triaged:
    """A triage report with the documents and envelope it was made from."""

    report: TriageReport
    documents: list[Document]
    predictions: list[Prediction]
    envelope: Envelope | None


def classify_documents(
    classifier: Classifier,
    documents: Sequence[Document],
    known: Mapping[str, Prediction] | None = None,
) -> list[Prediction]:
    """Label every document; KNOWN (by SHA-256) keeps labels already given (staff corrections)."""
    known = dict(known or {})
    for doc in documents:  # a file we could not read never counts towards an element
        if not doc.readable and doc.sha256 not in known:
            known[doc.sha256] = Prediction("other", None, 1.0, source="unreadable")
    todo = [doc for doc in documents if doc.sha256 not in known]
    fresh = iter(classifier.predict(todo) if todo else [])
    return [known[doc.sha256] if doc.sha256 in known else next(fresh) for doc in documents]


def build_report(
    *,
    settings: Settings,
    classifier: Classifier,
    envelope: Envelope | None,
    ingested: IngestResult,
    year: Year | None,
    reference: str | None,
    today: date | None = None,
    merged: bool | None = None,
    known: Mapping[str, Prediction] | None = None,
    answerer: Answerer | None = None,
) -> Triaged:
    """Classify, check and compose the reply for documents already taken in.

    ``merged`` says the documents include those of earlier messages of the same
    submission (a follow-up); None lets the checks guess it from the email.
    ``known`` gives the labels of documents already classified (by SHA-256):
    a follow-up keeps earlier labels and staff corrections instead of guessing again.
    ``answerer`` answers the questions an email asks (the commands pass the bot's
    engine in); without one, questions are left to a coordinator.
    """
    predictions = classify_documents(classifier, ingested.documents, known)
    outcome = check_submission(
        envelope=envelope,
        documents=ingested.documents,
        predictions=predictions,
        problems=ingested.problems,
        year=year,
        today=today or date.today(),
        merged=merged,
    )
    report = triage_report(
        outcome=outcome,
        documents=ingested.documents,
        predictions=predictions,
        sender=envelope.sender if envelope else None,
        subject=envelope.subject if envelope else "",
        reference=reference,
    )
    report.reply = compose_reply(
        envelope=envelope,
        report=report,
        outcome=outcome,
        settings=settings.intake,
        answerer=answerer,
    )
    if (
        answerer is not None
        and envelope is not None
        and report.reply is None
        and _is_question(envelope, ingested, report)
    ):
        report.reply = answer_question(
            envelope=envelope, answerer=answerer, settings=settings.intake
        )
    return Triaged(report, list(ingested.documents), predictions, envelope)


def _is_question(envelope: Envelope, ingested: IngestResult, report: TriageReport) -> bool:
    """A question email: no files, links or problems, and words that ask something."""
    return (
        report.submission.kind == "question"
        and not ingested.documents
        and not ingested.problems
        and not envelope.links
    )


def triage_input(
    path: Path,
    *,
    settings: Settings,
    classifier: Classifier,
    workdir: Path,
    year: Year | None = None,
    reference: str | None = None,
    today: date | None = None,
    answerer: Answerer | None = None,
) -> Triaged:
    """Triage an .eml file, an archive or a folder (``secor-intake triage``)."""
    envelope: Envelope | None = None
    if path.is_file() and path.suffix.lower() == ".eml":
        envelope, ingested = ingest_email(
            path.read_bytes(), workdir, settings.limits, settings.links
        )
    else:
        ingested = ingest_path(path, workdir, settings.limits, settings.links)
    return build_report(
        settings=settings,
        classifier=classifier,
        envelope=envelope,
        ingested=ingested,
        year=year,
        reference=reference,
        today=today,
        answerer=answerer,
    )


def triage_message(
    raw: bytes,
    *,
    settings: Settings,
    classifier: Classifier,
    workdir: Path,
    reference: str | None = None,
    answerer: Answerer | None = None,
) -> Triaged:
    """Triage one email as received from the mailbox."""
    envelope, ingested = ingest_email(raw, workdir, settings.limits, settings.links)
    return build_report(
        settings=settings,
        classifier=classifier,
        envelope=envelope,
        ingested=ingested,
        year=None,
        reference=reference,
        answerer=answerer,
    )
