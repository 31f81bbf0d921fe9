"""An ordinal of a person names a head count: "I'm employee number 11", "the 11th guy".

Someone who is the Nth person hired, or carries number N on the staff list, says that the
company has (at least) N people at that moment; the rule counts the most people at any one
time in the past 12 months (facts.toml headcount-limit). The readers of groups see a label
("number 11") or no number of people at all, so this reader gives the count the ordinal
names, when it is larger than what they read. Ordinals of things ("element 11", "the 11th
of May", "our 2nd audit") name no people: only a person word next to the ordinal counts.
"""

from __future__ import annotations

import re

from bot.headcount import Group, HeadCount

_WORD_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}  # fmt: skip
_PERSON = (
    r"(?:employees?|workers?|guys?|hires?|persons?|people|person|staff(?: member)?|"
    r"members? of (?:the )?staff|crew ?members?|guy on (?:the )?(?:crew|payroll)|man|gal|"
    r"body|labou?rers?|apprentices?|helpers?|tradesm[ae]n|team members?)"
)
# "employee number 11", "employee #11", "employee no. 11", "hire number eleven"
_NUMBERED = re.compile(
    r"\b" + _PERSON + r"\s*(?:number|num\.?|no\.?|#)\s*(?P<n>\d{1,2})\b(?!\s*(?:%|percent|hours?))",
    re.IGNORECASE,
)
# "the 11th guy", "our eleventh employee", "I'd be their 12th hire"
_ORDINAL = re.compile(
    r"\b(?:the|our|my|their|his|her|its|your|a|an)\s+(?:(?P<n>\d{1,2})\s*(?:st|nd|rd|th)|"
    r"(?P<w>" + "|".join(_WORD_ORDINALS) + r"))\s+(?:(?:new|full[- ]time|part[- ]time|"
    r"permanent)\s+)?" + _PERSON + r"\b",
    re.IGNORECASE,
)


def ordinal_total(text: str) -> tuple[int, str] | None:
    """The largest head count an ordinal of a person in TEXT names, with its words."""
    found: list[tuple[int, str]] = []
    for m in _NUMBERED.finditer(text):
        found.append((int(m.group("n")), m.group(0)))
    for m in _ORDINAL.finditer(text):
        n = int(m.group("n")) if m.group("n") else _WORD_ORDINALS[m.group("w").lower()]
        found.append((n, m.group(0)))
    found = [f for f in found if f[0] >= 2]
    return max(found, key=lambda f: f[0], default=None)


def with_ordinal(text: str, count: HeadCount | None) -> HeadCount | None:
    """COUNT, or the head count an ordinal of a person in TEXT names when that is larger
    ("I'm employee number 11": 11 people at that moment)."""
    named = ordinal_total(text)
    if named is None:
        return count
    total, words = named
    if count is not None and count.total >= total:
        return count
    who = f'people (you say "{words.strip()}", so there are at least {total})'
    return HeadCount(
        total=total,
        groups=(Group(total, who, "fixed"),),
        notes=(
            "owners and everyone else on your WCB account count too: if anyone is not in "
            f"that numbering, add them to the {total}",
        ),
    )
