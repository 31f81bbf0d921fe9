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
from knowledge.facts import contacts

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


# The question asks for a way: "how do we prevent it", "what can we do so it doesn't repeat".
_WAY_ASKED = re.compile(
    r"\b(?:how|what)\b[^.?!]{0,40}\b(?:prevent\w*|stop\w*|avoid\w*|keep\w*|make sure|"
    r"ensure|do so|do to)\b|\bhow do (?:i|we) (?:make|keep)\b",
    re.IGNORECASE,
)


def prevention_answer(text: str) -> Answer | None:
    """For TEXT asking how to keep an injury or incident from happening again: the pages'
    silence on a method, the element where SECOR puts the investigation (the element guide's
    list) and the COR department; None for any other question."""
    if program_subject(text) != "unknown" or not _WAY_ASKED.search(text):
        return None
    c = contacts()
    text_ = (
        "ACSA's pages give no method for keeping a particular injury or incident from "
        "happening again, so I can't answer that from them. What they do say: SECOR's elements "
        "include Element 10, Investigations, and investigation reports are among the "
        "operational records a maintenance submission samples. The COR department can help: "
        f"call {c.phone} or email {c.email}."
    )
    # what the pages do say restates the element guide's list and the maintenance page's
    # records (facts elements-secor, maintenance-operational); like every answer of the
    # pages' silence (bot.unstated), it cites no page for the question asked
    return Answer(text_, "unknown", 0.6, (), "unknown")
