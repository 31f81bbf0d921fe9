"""A total the employer states wins over the people listed (issue 11, round 24).

Employers often list some of their people loosely and then say the total: "me and my
brother and a few guys when it's busy, like 9 total", "the wife, me and some helpers, 8 in
total", "all in all we're 11". The readers count the named people ("you and your brother":
2) and may add the stated number as one more group ("8 people" beside you and your wife:
10). The rule counts everyone on the WCB account (facts.toml headcount-who-counts), and the
employer's own total is the best word on everyone: when it is at least the people the
message names, it is the head count, with the named people said to be included.

A total smaller than the people named is left to ``bot.restated``, which says both.

Job titles listed are people too: "office manager, estimator, me, my son and 7 on the
crew" names 11. When the plain list (``bot.roster``, which reads a bare title as one
person) names more people than the readers counted, and the readers counted one time only,
the list is the head count.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.headcount import Group, HeadCount
from bot.roster import NUMBER_WORDS, read_roster

_NUM = r"(?P<n>\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
# What follows a number that makes it no head count: "9 total months", "11 in all 12 months".
_NOT_PEOPLE = (
    r"(?!\s*(?:months?|years?|weeks?|days?|hours?|hrs|%|percent|elements?|courses?|documents?|"
    r"docs|files?|forms?|records?|pages?|questions?|sites?|jobs?|projects?|trucks?|dollars?|"
    r"\$|k\b|mb|gb))"
)
# People words that may stand between the number and the total word: "9 guys total".
_PEOPLE = (
    r"(?:(?:people|guys|gals|workers|employees|staff|bodies|heads|folks|of us|men|"
    r"on (?:the |our |my )?(?:wcb|crew|payroll|books|account|team))\s+)?"
)
# The total said after its number: "like 9 total", "11 all in", "8 in total", "12 altogether".
_AFTER = re.compile(
    rf"\b{_NUM}\s+{_PEOPLE}(?:in total|total|in all|all in|altogether|all together|all told|"
    r"counting every(?:one|body)|including every(?:one|body)|every(?:one|body) included|"
    r"with every(?:one|body))\b(?!\s+(?:of|months?|years?|documents?|records?))",
    re.IGNORECASE,
)
# The total said before its number: "total of 9", "in total we're 9", "all in all about 11".
_BEFORE = re.compile(
    r"\b(?:(?:a|our|the) total of|total (?:is|was|of|=|:|comes to|would be|head ?count is)|"
    r"all in all|all told|in total|all together|altogether|all in)\s*,?\s*"
    r"(?:(?:it'?s|its|it is|we'?re|we are|were|that'?s|thats|there'?s|about|around|like|maybe|"
    r"roughly|approx\w*|we have|we had|we got|i have)\s+){0,2}"
    rf"{_NUM}\b{_NOT_PEOPLE}",
    re.IGNORECASE,
)
# One more person said after the total: "the bookkeeper is on payroll too".
_MORE_AFTER = re.compile(
    r"\b(?:too|also|as well|on top|besides|in addition|plus|extra|not counting|not including|"
    r"excluding|on their own)\b",
    re.IGNORECASE,
)
# The limit itself asked about: "does the limit mean 10 on average or all together?".
_ASKS_RULE = re.compile(
    r"\b(?:mean|means|meant|average|on avg|limit|rule|at one time|at a time|any given|"
    r"at once|same time)\b",
    re.IGNORECASE,
)
_NUMBER_TOKEN = re.compile(r"\b(?:\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)


def stated_total(text: str) -> int | None:
    """The one total of people TEXT states in so many words ("like 9 total"), else None:
    not one more person said after it ("7 in total. The bookkeeper is on payroll too"), nor
    the limit asked about ("does 10 mean 10 all together at one time?")."""
    matches = [*_AFTER.finditer(text), *_BEFORE.finditer(text)]
    found = {_value(m["n"]) for m in matches}
    if len(found) != 1 or _ASKS_RULE.search(text):
        return None
    if any(_MORE_AFTER.search(text, m.end()) for m in matches):
        return None
    return found.pop()


def with_stated_total(text: str, count: HeadCount | None) -> HeadCount | None:
    """COUNT with the total TEXT states as its head count, when that total is at least the
    people TEXT names (the number itself, read as one more group, set aside)."""
    total = stated_total(text)
    if count is None or total is None or count.total == total:
        return count
    said = [m.group(0) for m in _NUMBER_TOKEN.finditer(text) if _value(m.group(0)) == total]
    others = list(count.groups)
    if len(said) == 1:  # the total's own number, if a reader counted it as a group of people
        same = next((g for g in others if g.count == total and g.role != "single"), None)
        if same is not None:
            others.remove(same)
    if any(g.count < 0 for g in others):
        return count  # people leaving: the readers' reading holds
    if total < count.total and any(g.role in ("alternative", "extra") for g in others):
        return count  # "usually 7 of us total but we brought on 4 temps": the busiest time
    named = sum(g.count for g in others)
    if named > total:
        return count  # more people named than the total: bot.restated says both
    return replace(
        count,
        total=total,
        peak=False,
        groups=(*others, Group(total, "in all", "fixed", len(text))),
        bare=False,
        unsure=(),
        owner_unsure=False,
    )


def _value(word: str) -> int:
    """The number WORD says."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def with_listed_titles(text: str, count: HeadCount | None) -> HeadCount | None:
    """COUNT, or the plain list of people TEXT gives when that list names bare job titles
    ("office manager, estimator, ...") and more people than COUNT."""
    if count is None or count.bound != "exact" or count.peak or count.planned:
        return count
    if any(g.count < 0 or g.role in ("alternative", "extra") for g in count.groups):
        return count
    if count.notes:
        return count  # people set aside with a reason ("on their own wcb"): that reading holds
    members = read_roster(text, bare_titles=True)
    listed = sum(m.count for m in members)
    if not any(m.bare for m in members) or listed <= count.total:
        return count
    groups = tuple(
        Group(m.count, m.who, "single" if m.single else "fixed", k) for k, m in enumerate(members)
    )
    return replace(count, total=listed, groups=groups, unsure=(), bare=False)
