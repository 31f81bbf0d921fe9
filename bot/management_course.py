"""Which management course counts: PHSM, the Small Employer (SECOR) course, or either?

ACSA's earlier page named Principles of Health & Safety Management (PHSM) only; the current
page, which applies, accepts either it or Small Employer Health & Safety Management (the
SECOR course). Employers who heard one of the two "no longer counts" ask it in many ways:
"does PHSM still count or does it have to be the newer course", "my foreman took the small
employer course, not PHSM; does it still count", "is the SECOR course accepted instead".

The class: both management courses named (or one named beside "the newer/new course") and
a choice between them asked (still counts, instead of, has to be, which one, only ... counts).
That is not a certificate's expiry (``bot.silent`` says the pages give none) and not the
assessor's rule or a price (their own answers); it is answered with the course facts.
"""

from __future__ import annotations

import re

from bot.answers import Answer, compose

_I = re.IGNORECASE
_PHSM = re.compile(r"\b(?:phsm|principals? of (?:health|h&s)|principles? of (?:health|h&s))\b", _I)
_SMALL = re.compile(
    r"\b(?:small employer(?: health| h&s| \(secor\))?(?: (?:and|&) safety management)? "
    r"(?:course|class|training|one|version)?|small employer health|secor (?:management )?course|"
    r"(?:newer|new|other|current) (?:\w+ )?(?:course|class|one))\b",
    _I,
)
# A choice between the two asked.
_CHOICE = re.compile(
    r"\b(?:still (?:count|counts|valid|good|fine|ok|okay|accepted|acceptable|work|works|"
    r"enough)|instead(?: of)?|(?:has|have) to be|forced to|which (?:one|course)|"
    r"only (?:phsm|the \w+ course)\b[^.?!]{0,20}\bcounts?|either|or is there|accepted|"
    r"replace[sd]?|no longer|anymore|any more|same thing|does (?:it|that|this) count|"
    # whether both are needed: "take both or just one?", "do I need the two of them"
    r"both|(?:just|only) (?:one|the one)|one or the other|the two of them|"
    r"do(?:es)? (?:it|that|the \w+(?: \w+)?|phsm|principles of [\w& ]{0,40}) (?:still )?"
    r"(?:count|qualify|work|do)\b)\b",
    _I,
)
# Their own answers: the assessor's certificate, a price, the course's schedule.
_OTHER = re.compile(
    r"\b(?:assessor|evaluation tool|eval tool|cost|costs|price|fee|how much|online|when is|"
    r"where (?:is|can)|how long is)\b",
    _I,
)
# PHSM alone asked to count ("does PHSM count for SECOR?"): the same answer, either counts.
_PHSM_COUNTS = re.compile(
    r"\bdo(?:es)? (?:phsm|principles of [\w& ]{0,40}) (?:still )?(?:count|qualify|work)\b", _I
)
FACTS = ("course-phsm-or-secor", "course-phsm-earlier")


def asks_which_course(text: str) -> bool:
    """Whether TEXT asks which of the two management courses counts."""
    both = bool(_PHSM.search(text) and _SMALL.search(text) and _CHOICE.search(text))
    return (both or _PHSM_COUNTS.search(text) is not None) and not _OTHER.search(text)


def management_course_answer(text: str, confidence: float = 0.8) -> Answer | None:
    """Either management course counts, when TEXT asks which; else None."""
    if not asks_which_course(text):
        return None
    return compose("phsm", FACTS, confidence)
