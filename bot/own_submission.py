"""Questions about one employer's own submission: what arrived, what is missing, where it stands.

The bot answers from the program's pages; it cannot see the COR mailbox. "I lost your
email, resend what is missing for SECOR-2026-000006" or "did you get our submission?" is
answered with who can look it up, never with a general fact that sounds like an answer.
"""

from __future__ import annotations

import re

from bot.answers import Answer
from knowledge.facts import contacts

_REFERENCE = re.compile(r"\bSECOR-\d{4}-\d{3,}\b", re.IGNORECASE)
# "I lost your email", "can you resend the list of what is missing": our own reply asked for
_RESEND = re.compile(
    r"\b(?:lost|deleted|can't find|cannot find|never got)\b.{0,30}\b(?:your|the|that) "
    r"(?:e-?mail|reply|message|letter)\b"
    r"|\b(?:resend|re-send|send (?:it|that|them) again)\b.{0,40}\b(?:what(?:'s| is| was| we)"
    r" (?:still )?(?:missing|need)|the list of what|your (?:e-?mail|reply|list|message))"
    r"|\bwhat (?:was|is) missing again\b",
    re.IGNORECASE,
)


def asks_about_own_submission(text: str) -> bool:
    """Whether TEXT asks about one submission as it stands, by its reference or by the
    reply we sent about it (the general "did you get it" questions have their own intent)."""
    return bool(_REFERENCE.search(text) or _RESEND.search(text))


def own_submission_answer() -> Answer:
    """Who can look a submission up: the COR department, with the reference number."""
    c = contacts()
    text = (
        "I can't see submissions from here: I answer from ACSA's SECOR pages. What arrived, "
        "what is still missing and where your submission stands are looked up by the COR "
        f"department: call {c.phone} or email {c.email}, with your reference number "
        "(SECOR-...) if you have one."
    )
    return Answer(text, "not_stated", 1.0, (), "unknown")
