"""What "at any given time" means: the head-count rule's window, when a question asks it.

The pages put the limit at 10 people, counted at the busiest moment of the last year
(facts.toml headcount-limit). Employers ask what that means: "is the 10 based on
the average over the year or the highest we hit", "what does 'at any given time' mean, like
if for one week we were 11". The answer explains the window first, then gives the verdict
for the people counted, if any (``bot.answers.eligibility_answer``).
"""

from __future__ import annotations

import re

from bot.answers import Answer, compose
from bot.mentions import LIMIT

# The window asked: the phrase's meaning, an average against the highest, a short spell.
_ASKS_WINDOW = re.compile(
    r"\b(?:what (?:does|do|is)|what'?s|meaning of|mean(?:s|t)? by|define|explain|clarify)\b"
    r".{0,40}\b(?:at any (?:given|one) time|any given time|at any time|at one time)\b|"
    r"\b(?:at any (?:given|one) time|any given time)\b.{0,20}\b(?:mean|means|meaning)\b|"
    r"\baverage\w*\b.{0,80}\b(?:highest|peak|most|max\w*|busiest|top|high point)\b|"
    r"\b(?:highest|peak|most|max\w*|busiest)\b.{0,80}\baverage\w*\b|"
    r"\baverage\w*\b.{0,80}\bor\b.{0,40}\b(?:at (?:any )?one time|at once|at the same time|"
    r"at a time|at any (?:given )?time|all together)\b|"
    r"\b(?:at (?:any )?one time|at once|at the same time|at a time|at any (?:given )?time|"
    r"all together)\b.{0,40}\bor\b.{0,80}\baverage\w*\b|"
    r"\b(?:based on|go by|goes by|use|uses|measured (?:on|by)|counted (?:on|by))\b.{0,30}"
    r"\b(?:average|highest|peak|busiest|year.round|whole year)\b|"
    r"\b(?:right now|now|currently|today|at the moment)\b.{0,30}\bor\b.{0,30}\b(?:the )?"
    r"(?:most|highest|peak|busiest|max\w*)\b|\b(?:the )?(?:most|highest|peak|busiest)\b.{0,30}"
    r"\bor\b.{0,30}\b(?:right now|now|currently|today|at the moment)\b",
    re.IGNORECASE,
)
WINDOW = (
    '"At any given time" means the most people on your WCB account at one time in the past '
    "12 months, not an average over the year: a short busy spell counts as much as the rest "
    "of the year."
)
_FACTS = ("headcount-limit", "headcount-who-counts", "headcount-over-ten-cor")


def asks_window(question: str) -> bool:
    """Whether QUESTION asks how the limit is measured over time (see ``_ASKS_WINDOW``)."""
    return _ASKS_WINDOW.search(question) is not None


def window_lead(question: str, total: int | None) -> str:
    """The window explained, when QUESTION asks it; with the TOTAL counted applied to it."""
    if not asks_window(question):
        return ""
    if total is None:
        return WINDOW
    if total > LIMIT:
        return (
            f"{WINDOW} So {total} people, even for a week, is over the limit until that time is "
            "more than 12 months behind you."
        )
    return f"{WINDOW} So what counts for you is the {total} at your busiest."


def window_answer(question: str, confidence: float) -> Answer | None:
    """The window explained with the limit's facts, when QUESTION asks it and counts no one."""
    if not asks_window(question):
        return None
    return compose("eligibility", _FACTS, confidence, lead=WINDOW, kind="eligibility")
