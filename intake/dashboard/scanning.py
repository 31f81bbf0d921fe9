"""What makes the dashboard quick to scan: problems in plain words, grouped by kind;
the arrival-to-reply time; the next submission to review.

Problem codes stay the contract's (intake/problems.py); this module only says
them in words for staff. A code without words here is shown humanised.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from intake.problems import ProblemCode as P
from intake.store import Store, review
from intake.store.latency import first_reply_seconds, reply_delays

# code -> what staff read: a heading for the kind of problem, and what to do about it
PROBLEM_WORDS: dict[str, tuple[str, str]] = {
    P.ENCRYPTED_ARCHIVE: ("Password-protected archive", "Ask for it without a password."),
    P.CORRUPT_ARCHIVE: ("Damaged archive", "Ask the employer to send it again."),
    P.EMPTY_ARCHIVE: ("Empty archive", "Nothing was inside; ask the employer to zip it again."),
    P.COMBINED_DOCUMENT: ("Several elements in one file", "Check which elements it holds."),
    P.ARCHIVE_LIMIT: ("Archive too large or too deep", "Ask for smaller parts."),
    P.UNSAFE_PATH: ("Unsafe path inside an archive", "The entry was skipped."),
    P.UNREADABLE_FILE: ("File that could not be read", "Open it yourself if it matters."),
    P.DUPLICATE_FILE: ("Same file sent twice", "Only one copy is counted."),
    P.UNSUPPORTED_TYPE: ("File type the intake cannot read", "Open it yourself."),
    P.LINK_NOT_ALLOWED: ("Link to a site not on the allowed list", "Download it by hand."),
    P.LINK_FAILED: ("Link that could not be downloaded", "Ask for a working link."),
    P.LOW_CONFIDENCE: ("Label the model was not sure of", "Check the label below."),
    P.OUTSIDE_ELEMENT_FOLDER: (
        "File not in an element folder",
        "Labelled from its content; check it.",
    ),
    P.GENERIC_NAME: ("File name that says nothing", "Labelled from its content; check it."),
    P.RECORDS_COVERAGE: ("Records that do not cover the whole period", "See the dates."),
    P.NOT_NEEDED_THIS_YEAR: ("Sent but not needed this year", "Nothing to do."),
    P.NOT_SECOR_DOCUMENT: ("Not a SECOR document", "Ignored for the checks."),
    P.NO_ATTACHMENTS: ("No documents attached", "The employer may have forgotten them."),
    P.PROCESSING_FAILED: ("Processing failed", "See Failed messages."),
    P.NO_RECORDS: ("Element without completed records", "Ask for filled-in records."),
    P.MALFORMED_MESSAGE: ("Email that could not be read", "Ask the employer to resend."),
    P.EVALUATION_TOOL_SPLIT: ("Evaluation tool split over files", "Check it is complete."),
}


@dataclass
class ProblemGroup:
    """The problems of one kind: a heading, a hint, and each occurrence."""

    code: str
    title: str
    hint: str
    items: list[dict[str, str]] = field(default_factory=list)

    @property
    def count(self) -> int:
        """How many there are."""
        return len(self.items)


def _file_name(path: str) -> str:
    """The last part of a contract path ("sub.zip!Element 2/FLHA.pdf" -> "FLHA.pdf")."""
    return path.replace("!", "/").rstrip("/").rsplit("/", 1)[-1] or path


def problem_groups(problems: Iterable[Mapping[str, Any]] | None) -> list[ProblemGroup]:
    """PROBLEMS grouped by kind, the most frequent kind first."""
    groups: dict[str, ProblemGroup] = {}
    for problem in problems or []:
        code = str(problem.get("code") or "problem")
        if code not in groups:
            title, hint = PROBLEM_WORDS.get(code, (code.replace("_", " ").capitalize(), ""))
            groups[code] = ProblemGroup(code, title, hint)
        path = str(problem.get("path") or "")
        groups[code].items.append(
            {
                "name": _file_name(path) if path else "",
                "path": path,
                "message": str(problem.get("message") or ""),
            }
        )
    return sorted(groups.values(), key=lambda g: (-g.count, g.title))


def reply_times(store: Store, submission_ids: Iterable[int]) -> dict[int, float]:
    """Each submission's arrival-to-first-reply seconds (those with a reply sent)."""
    return first_reply_seconds(reply_delays(store, list(submission_ids)))


def next_to_review(store: Store, sub_id: int) -> int | None:
    """The open submission after SUB_ID in the inbox's order (the first one if it is not open);
    questions and other mail are not submissions to review."""
    rows = review.inbox(store, review_state=review.OPEN, limit=500, mail=review.SUBMISSIONS)
    ids = [row.id for row in rows]
    if sub_id in ids:
        after = ids[ids.index(sub_id) + 1 :]
        return after[0] if after else None
    return ids[0] if ids else None


def submission_extras(store: Store, sub_id: int, report: Mapping[str, Any]) -> dict[str, Any]:
    """What the submission page adds for scanning."""
    return {
        "problem_groups": problem_groups(report.get("problems")),
        "reply_seconds": reply_times(store, [sub_id]).get(sub_id),
        "next_id": next_to_review(store, sub_id),
        "linked_here": review.linked_here(store, sub_id),
    }
