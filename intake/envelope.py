"""What the pipeline knows of the email a submission came in (headers and body)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Envelope:
    """The parts of an incoming email the rules and the reply need.

    ``headers`` keeps the headers that matter for the auto-reply guard
    (Auto-Submitted, Precedence, List-Id, List-Unsubscribe, X-Auto-Response-Suppress,
    Return-Path, ...), names lower-cased. ``body`` is the plain text of the body.
    """

    sender: str | None = None
    sender_name: str | None = None
    subject: str = ""
    message_id: str | None = None
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    date: datetime | None = None
    body: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    links: list[str] = field(default_factory=list)
    # Authentication-Results values, topmost first (judged by intake.sender_auth)
    auth_results: list[str] = field(default_factory=list)
    # False when the reply must be an acknowledgement without the submission's details:
    # the sender has not shown it is the submitter of the submission this mail is linked to
    details_allowed: bool = True

    @property
    def thread_ids(self) -> list[str]:
        """Message-IDs this message answers, nearest first (for merging follow-ups)."""
        ids = [self.in_reply_to] if self.in_reply_to else []
        ids += [r for r in reversed(self.references) if r not in ids]
        return ids
