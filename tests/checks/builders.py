"""Build submissions for the rule scenarios: documents, predictions, an email, a report."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePosixPath

from core.config import IntakeSettings
from intake.checks import CheckOutcome, check_submission
from intake.documents import Document
from intake.envelope import Envelope
from intake.prediction import Prediction
from intake.problems import Problem, ProblemCode
from intake.reply import compose_reply
from intake.report import Reply, TriageReport
from intake.reporting import triage_report
from knowledge.labels import Kind, Year, by_label, has_kind
from knowledge.rules import required_labels

TODAY = date(2026, 3, 1)
REFERENCE = "SECOR-2026-000042"
# Six months of record dates inside the previous 12 months of TODAY.
RECORD_DATES = ("2025-06-10", "2025-08-14", "2025-11-20")


def email(
    subject: str = "SECOR submission",
    body: str = "Please find attached our SECOR audit.",
    **kw: object,
) -> Envelope:
    """An employer's email (a real person, a message id)."""
    values: dict[str, object] = {
        "sender": "dana@roofco.example",
        "sender_name": "Dana Whitford",
        "subject": subject,
        "body": body,
        "message_id": "<sub-1@roofco.example>",
    }
    values.update(kw)
    return Envelope(**values)  # type: ignore[arg-type]


@dataclass
class Sub:
    """A submission under construction: files as the classifier labelled them."""

    documents: list[Document] = field(default_factory=list)
    predictions: list[Prediction] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def add(
        self,
        member: str,
        label: str,
        kind: Kind | str | None = "default",
        *,
        text: str = "",
        confidence: float = 0.93,
        needs_review: bool = False,
        content: str | None = None,
        source: str = "model",
    ) -> Sub:
        """One file at MEMBER (folders/name) with this label; content defaults to its path."""
        resolved: Kind | None
        if kind == "default":
            resolved = by_label()[label].default_kind if has_kind(label) else None
        else:
            resolved = kind  # type: ignore[assignment]
        body = content if content is not None else member + text
        self.documents.append(
            Document(
                path=f"submission.zip!{member}",
                member_path=PurePosixPath(member),
                sha256=hashlib.sha256(body.encode()).hexdigest(),
                size=len(body),
                text=text,
            )
        )
        self.predictions.append(Prediction(label, resolved, confidence, needs_review, source))
        return self

    def problem(
        self, code: ProblemCode, path: str, message: str = "as found by the receive stage"
    ) -> Sub:
        """A problem from the receive stage."""
        self.problems.append(Problem(code=code, path=path, message=message))
        return self

    def full(self, year: Year = "certification", dates: tuple[str, ...] = RECORD_DATES) -> Sub:
        """One well-named file per required label, in its element folder, records dated."""
        for label in required_labels(year):
            info = by_label()[label]
            if info.element is None:
                self.add(f"{info.name}.docx", label, text=f"{info.name}")
                continue
            folder = f"Element {info.element} - {info.name}"
            if info.default_kind == "operational":
                for day in dates:
                    self.add(
                        f"{folder}/{info.short} record {day}.docx",
                        label,
                        text=f"Completed on {day}",
                    )
            else:
                self.add(
                    f"{folder}/{info.name}.docx", label, text="Written program, revised yearly"
                )
        return self

    def check(
        self,
        envelope: Envelope | None = None,
        *,
        year: Year | None = None,
        today: date = TODAY,
        merged: bool | None = None,
    ) -> CheckOutcome:
        """Run the rules."""
        return check_submission(
            envelope=envelope,
            documents=self.documents,
            predictions=self.predictions,
            problems=self.problems,
            year=year,
            today=today,
            merged=merged,
        )

    def report(
        self, outcome: CheckOutcome, envelope: Envelope | None, reference: str | None = REFERENCE
    ) -> TriageReport:
        """The report as the pipeline builds it (the one report builder)."""
        return triage_report(
            outcome=outcome,
            documents=self.documents,
            predictions=self.predictions,
            sender=envelope.sender if envelope else None,
            subject=envelope.subject if envelope else "",
            reference=reference,
        )

    def triage(
        self,
        envelope: Envelope | None,
        *,
        year: Year | None = None,
        merged: bool | None = None,
        settings: IntakeSettings | None = None,
        reference: str | None = REFERENCE,
    ) -> tuple[CheckOutcome, Reply | None]:
        """Check, then compose the reply: (outcome, reply)."""
        outcome = self.check(envelope, year=year, merged=merged)
        report = self.report(outcome, envelope, reference)
        reply = compose_reply(
            envelope=envelope, report=report, outcome=outcome, settings=settings or IntakeSettings()
        )
        return outcome, reply


def codes(outcome: CheckOutcome) -> list[str]:
    """The problem codes found, in order."""
    return [p.code.value for p in outcome.problems]


def flat(text: str) -> str:
    """A reply body on one line (wrapping undone) for phrase assertions."""
    return " ".join(text.split())
