"""Questions about the program's own subject that the intent model may rank off-topic.

The intent model's "offtopic" ranking moves with every harvest of its examples. Two kinds of
question are SECOR's subject by their own words, whatever it ranks first:

- the head count against SECOR's limit, with the program named: "how do I explain to ACSA
  that we were over ten for a few weeks?" (answered with the limit's rule);
- an injury or incident that should not happen again: "how do we stop the same accident
  from repeating?" (preventing recurrence is what a health and safety system is for; the
  pages give no method, so the answer says so, names the element where SECOR puts the
  investigation of what happened, and points to the COR department: ``prevention_answer``).
"""

from __future__ import annotations

import re

from bot.answers import Answer
from bot.silent import NotStated, silent_answer

# The limit named as a number of people passed: "over ten", "more than 10", "went past 10".
_OVER_LIMIT = re.compile(
    r"\b(?:over|above|more than|past|exceed\w*|beyond|bigger than)\s+(?:ten|10)\b", re.IGNORECASE
)
# The program named: the limit is SECOR's, not a parking lot's.
_PROGRAM = re.compile(r"\b(?:acsa|secor|cor|certif\w*|audit\w*|auditor)\b", re.IGNORECASE)
# An injury or incident, and its happening again.
_HARM = re.compile(
    r"\b(?:injur\w*|incidents?|accidents?|near[- ]miss\w*|hurt|mishaps?)\b", re.IGNORECASE
)
_AGAIN = re.compile(
    r"\b(?:again|recur\w*|repeat\w*|prevent\w*|same (?:thing|injury|incident|accident))\b",
    re.IGNORECASE,
)


def program_subject(text: str) -> str | None:
    """ "over_ten" when TEXT asks about the head count over SECOR's limit with the program
    named, "unknown" when it asks how to keep an injury from happening again, else None."""
    if _OVER_LIMIT.search(text) and _PROGRAM.search(text):
        return "over_ten"
    if _HARM.search(text) and _AGAIN.search(text):
        return "unknown"
    return None


# What the pages leave open, with what they do say of it (no page is cited for the question).
PREVENTION_WHAT = (
    "how to keep a particular injury or incident from happening again (they list "
    "Investigations as SECOR's Element 10, and investigation reports among the operational "
    "records a maintenance submission samples)"
)
# The question asks for a way: "how do we prevent it", "what can we do so it doesn't repeat".
_WAY_ASKED = re.compile(
    r"\b(?:how|what)\b[^.?!]{0,40}\b(?:prevent\w*|stop\w*|avoid\w*|keep\w*|make sure|"
    r"ensure|do so|do to)\b|\bhow do (?:i|we) (?:make|keep)\b",
    re.IGNORECASE,
)


def prevention_answer(text: str) -> Answer | None:
    """For TEXT asking how to keep an injury or incident from happening again: the pages'
    silence on a method (``bot.silent``), with the element where SECOR lists investigations
    and the records they leave (facts elements-secor, maintenance-operational); None for any
    other question."""
    if program_subject(text) != "unknown" or not _WAY_ASKED.search(text):
        return None
    return silent_answer(NotStated(PREVENTION_WHAT, direct=True), 0.6)
