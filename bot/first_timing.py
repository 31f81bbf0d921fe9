"""Whether a message asks if SECOR can be had by a time, starting out: "The GC wants SECOR by
June 1 and we haven't started. Doable?", "need our secor in 6 weeks, is that realistic".

The time the pages set before a first evaluation is the records: the system must run and
produce at least three months of records before the Evaluation Tool is filled in
(facts.toml step-documentation). A message that counts people and asks this gets the
verdict on the count and that time (bot.engine). Renewal and maintenance due dates are
another question (the ``deadlines`` intent) and are left to it.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"(?: \d{1,2}(?:st|nd|rd|th)?)?"
)
_SPAN = r"(?:\d+|a|one|two|three|four|five|six|a few|few|a couple(?: of)?|couple(?: of)?)"
# A time by which SECOR is wanted, said after it: "SECOR by June 1", "secor in 6 weeks",
# "certified before fall", "a secor by the end of the month" (not "12 in summer").
_TARGET = re.compile(
    r"\b(?:secor|cor|certif\w*|certificate)\b[^.?!]{0,30}?\s"
    rf"(?:by|before|within|in|inside|for|until|til|till)\s+(?:the\s+)?(?:{_MONTH}|"
    rf"{_SPAN}\s*(?:weeks?|wks?|months?|days?)|spring|summer|fall|autumn|winter|"
    r"(?:next|this|end of(?: the)?) (?:month|year|season|summer|spring|fall)|"
    r"year[- ]end|christmas|the new year)\b",
    re.IGNORECASE,
)
# Asked whether it can be done in that time, or said to start from nothing.
_ASKS = re.compile(
    r"\b(?:doable|do-able|possible|feasible|realistic|achievable|in time|make it|enough time|"
    r"how long|how fast|how quick(?:ly)?|how soon|timeline|time ?frame|can we (?:get|have|"
    r"do|pull)|could we (?:get|have|do)|is (?:that|it) (?:even )?(?:doable|possible|enough))\b"
    r"|\b(?:haven'?t|have not|not yet|never) (?:even )?(?:started|begun|done|got)\b"
    r"|\bfrom (?:scratch|nothing|zero)\b|\bstarting (?:out|from|fresh)\b",
    re.IGNORECASE,
)
_SECOR = re.compile(r"\b(?:secor|cor|certif\w*|certificate)\b", re.IGNORECASE)
# A due date of a certificate already held: the deadlines intent's question.
_HELD = re.compile(
    r"\b(?:maintenance|renew\w*|recertif\w*|re-certif\w*|expir\w*|anniversary|extension|"
    r"lapsed?|audit (?:is )?due|submission (?:is )?due|due date)\b",
    re.IGNORECASE,
)


def asks_time_to_certify(text: str) -> bool:
    """TEXT asks whether SECOR can be had by a time, for a company not yet certified."""
    if _HELD.search(text) or not _SECOR.search(text):
        return False
    wanted = _TARGET.search(text) is not None
    return wanted and bool(_ASKS.search(text))
