"""Triage folder names by status, defined once."""

from __future__ import annotations

from intake.report import Status

FOLDER_BY_STATUS: dict[Status, str] = {
    Status.COMPLETE: "Complete",
    Status.INCOMPLETE: "Incomplete",
    Status.OVER_SUBMITTED: "Over-submitted",
    Status.NEEDS_REVIEW: "Needs review",
    Status.IGNORED: "Ignored",
}


def triage_folder(prefix: str, status: Status) -> str:
    """The IMAP folder a message of this status is filed in, e.g. "Triage/Needs review"."""
    return f"{prefix}/{FOLDER_BY_STATUS[status]}"
