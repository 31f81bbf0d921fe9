"""A size held for the whole past year sets the count (issue 11, round 27).

"We grew from 6 up to 11 two summers back, but we've been steady at 6 for the last year and
a half", "we were 12 a couple of years ago; we've stayed at 7 for the past 18 months": the
limit looks at the most people at any one time in the past 12 months (facts.toml
headcount-past-12-months). A size the employer says they have held for a year or more,
with a larger size dated before it, is the count; the larger one is older than the 12
months and is said not to count.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.headcount import Group, HeadCount
from bot.roster import NUMBER_WORDS

_WORDS = "|".join(k for k in NUMBER_WORDS if " " not in k)
_NUM = rf"(?:\d{{1,3}}|{_WORDS})"
# How long: "the last year and a half", "the past 18 months", "two years", "over a year".
_SPAN = (
    r"(?:(?:a |one |the )?(?:full |whole |entire )?year(?: and a half| and change| or so)?|"
    rf"(?P<months>{_NUM}) (?:months|mos|mths)|(?P<years>{_NUM}|a couple(?: of)?|a few|several) "
    r"(?:years|yrs))"
)
_HELD = re.compile(
    r"\b(?:been|stayed|remained|sat|held|kept it|stuck|steady|stable)\s+(?:(?:steady|stable|"
    rf"right|at|around|about|on)\s+){{0,2}}(?P<n>{_NUM})\b(?:\s+(?:people|guys|of us|workers|"
    r"employees|staff|total|all in))?\s+(?:for|over|through(?:out)?|during)\s+(?:(?:the|about|"
    rf"roughly|over|more than|almost|nearly|last|past|whole|entire)\s+){{0,3}}{_SPAN}",
    re.IGNORECASE,
)
# A size dated more than a year back: "two summers back", "in 2023", "3 years ago".
_DATED = re.compile(
    r"\b(?:(?:\d+|two|three|four|five|(?:a )?couple(?: of)?|a few|several)\s+(?:years?|yrs|"
    r"summers|winters|springs|falls|seasons)\s+(?:ago|back)|back in (?:19|20)\d\d|in (?:19|20)"
    r"\d\d|(?:1[3-9]|[2-9]\d)\s+months\s+(?:ago|back)|the year before last|"
    r"(?:summer|winter|spring|fall|season) before last)\b",
    re.IGNORECASE,
)
# People said to come on top of the held size in the year: "plus 3 students each summer".
_ON_TOP = re.compile(r"\b(?:plus|extra|on top|besides|in addition|except|apart from)\b", re.I)
_A_NUMBER = re.compile(rf"\b{_NUM}\b", re.IGNORECASE)


def _value(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def held_months(match: re.Match[str]) -> int:
    """How many months the size of MATCH was held for."""
    if match["months"]:
        return _value(match["months"])
    years = match["years"]
    if years:
        return 12 * (_value(years) if years[0].isdigit() or years in NUMBER_WORDS else 2)
    return 12


def with_held_size(text: str, count: HeadCount | None) -> HeadCount | None:
    """COUNT, or the size TEXT says it has held for the past year or more when COUNT is
    larger and the larger size is dated before that year (see the module docstring)."""
    if count is None or count.planned:
        return count
    held = _HELD.search(text)
    if held is None or held_months(held) < 12 or _DATED.search(text) is None:
        return count
    size = _value(held["n"])
    rest = text[held.end() :].split(".")[0]
    if count.total <= size or _ON_TOP.search(rest):
        return count
    older = sorted(
        {_value(m.group(0)) for m in _A_NUMBER.finditer(text[: held.start()])} - {size},
        reverse=True,
    )
    bigger = [n for n in older if size < n <= 200]
    if not bigger:
        return count
    note = (
        f"not counted: the {bigger[0]}, which was more than 12 months ago (outside the past 12 "
        f"months the rule looks at); you have been at {size} since"
    )
    return replace(
        count,
        total=size,
        groups=(Group(size, "people over the past 12 months", "fixed"),),
        peak=False,
        notes=(*count.notes, note),
        unsure=(),
        bound="exact",
    )
