"""The triage report: the JSON shape of ``secor-intake triage`` (../shared/CONTRACT.md)."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from intake.problems import Problem
from knowledge.labels import Kind, Year


class Status(StrEnum):
    """A submission's triage status, defined once."""

    COMPLETE = "complete"
    INCOMPLETE = "incomplete"
    OVER_SUBMITTED = "over_submitted"
    NEEDS_REVIEW = "needs_review"
    IGNORED = "ignored"


# What a message is (``submission.kind``, ../shared/CONTRACT.md), defined once.
SubmissionKind = Literal["submission", "question", "auto_reply", "bounce", "other"]
SUBMISSION_KINDS: tuple[SubmissionKind, ...] = (
    "submission",
    "question",
    "auto_reply",
    "bounce",
    "other",
)
KIND_NAMES: dict[str, str] = {
    "submission": "Submission",
    "question": "Question",
    "auto_reply": "Automatic reply",
    "bounce": "Bounce",
    "other": "Other mail",
}


class SubmissionInfo(BaseModel):
    """Who sent the submission, its subject, and the SECOR year it is for."""

    model_config = ConfigDict(populate_by_name=True)

    sender: str | None = Field(default=None, alias="from", serialization_alias="from")
    subject: str = ""
    year: Year = "unknown"
    year_source: str | None = None
    reference: str | None = None
    kind: SubmissionKind = "submission"


class FileResult(BaseModel):
    """One classified file of the submission."""

    path: str
    label: str
    kind: Kind | None
    confidence: float
    sha256: str
    needs_review: bool = False
    size: int = 0
    covers: list[str] = []  # added: the elements a whole manual sent as one file holds


class ReplyReview(StrEnum):
    """What in a drafted reply a person should read before it goes out, defined once.

    With ``[intake] replies = "auto_when_confident"`` a reply carrying any of these waits
    in the dashboard; "auto" sends it and "approve" holds every reply anyway.
    """

    # An answer gives a head count and an eligibility verdict read from the employer's own
    # words. The count is the reading most often wrong on questions nobody here wrote, and
    # "you qualify" sent in the department's name is costly when it is wrong.
    HEAD_COUNT = "head_count"


# What the dashboard says beside a reply held for each reason.
REVIEW_TEXT: dict[str, str] = {
    ReplyReview.HEAD_COUNT: (
        "it answers a head count with an eligibility verdict: check whom it counted "
        "against the employer's words"
    ),
}


class Reply(BaseModel):
    """The automatic reply the service would send."""

    to: str
    subject: str
    body: str
    # added: what a person should check before it goes out (ReplyReview; empty: nothing)
    review: list[ReplyReview] = []


class TriageReport(BaseModel):
    """The full result of triaging one submission."""

    submission: SubmissionInfo
    files: list[FileResult]
    elements: dict[str, int]
    missing: list[str]
    over_submitted: list[str]
    problems: list[Problem]
    reply: Reply | None
    status: Status

    def to_json_dict(self) -> dict[str, object]:
        """The contract's JSON object (``from`` spelled as in the contract)."""
        return self.model_dump(mode="json", by_alias=True)
