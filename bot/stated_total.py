"""A total the employer states wins over the people listed (issue 11, round 24).

Employers often list some of their people loosely and then say the total: "me and my
brother and a few guys when it's busy, like 9 total", "the wife, me and some helpers, 8 in
total", "all in all we're 11". The readers count the named people ("you and your brother":
2) and may add the stated number as one more group ("8 people" beside you and your wife:
10). The rule counts everyone on the WCB account (facts.toml headcount-who-counts), and the
employer's own total is the best word on everyone: when it is at least the people the
message names, it is the head count, with the named people said to be included.

A total smaller than the people named is left to ``bot.restated``, which says both.

Round 26: a sum said after the people it adds up ("my partner and me, and counting the two
owners, that makes 10", "which comes to 9", "so 9 of us") is such a total too; the writer
set apart from a number ("not counting me it's 9") makes it one more; people added at busy
times right after a total ("6 all in, plus 3 students in summer") are on top of it, at the
busiest time.

Job titles listed are people too: "office manager, estimator, me, my son and 7 on the
crew" names 11. When the plain list (``bot.roster``, which reads a bare title as one
person) names more people than the readers counted, and the readers counted one time only,
the list is the head count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.headcount import Group, HeadCount
from bot.roster import NUMBER_WORDS, Member, read_roster

_NUM = r"(?P<n>\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
# What follows a number that makes it no head count: "9 total months", "11 in all 12 months".
_NOT_PEOPLE = (
    r"(?!\s*(?:months?|years?|weeks?|days?|hours?|hrs|%|percent|elements?|courses?|documents?|"
    r"docs|files?|forms?|records?|pages?|questions?|sites?|jobs?|projects?|trucks?|dollars?|"
    r"\$|k\b|mb|gb|an hour|a year|a month|per\b|bucks))"
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
# A sum said after the people it adds up: "..., that makes 10", "which comes to 9", "so 10 of us".
_SUM = re.compile(
    r"(?:\bmakes?|(?:,|\band|\bso|\bwhich|\bthat|\bit|\bthis|\bthen)\s+(?:that\s+|which\s+|"
    r"it\s+|all\s+)?(?:comes? to|adds? up to|totals?|gives? (?:us|me)))\s+(?:(?:us|it|about|"
    r"around|like)\s+)?"
    rf"{_NUM}\b{_NOT_PEOPLE}",
    re.IGNORECASE,
)
_SO_OF_US = re.compile(
    rf"\bso\s+(?:(?:we'?re|we are|there are|there'?s|that'?s)\s+)?(?:all\s+)?{_NUM}\s+of us\b",
    re.IGNORECASE,
)
# The writer set apart from the number: "not counting me it's 9", "9 besides myself".
_BUT_ME = r"(?:not counting|not including|excluding|besides|apart from|other than|aside from)"
# Only the writer: "not counting me and my wife" sets two apart (the readers read that).
_SELF = r"(?:me|myself)(?!\s*(?:and|&|\+|plus|or|n)\s|\s*,\s*(?:my|our|the|his|her)\b)"
_SELF_BEFORE = re.compile(
    rf"\b{_BUT_ME}\s+{_SELF}\s*,?\s*"
    r"(?:(?:it'?s|its|it is|we'?re|we are|there'?s|there are|we have|we'?ve got|we got|i have|"
    r"that'?s|about|around|like|maybe|another|just|only)\s+){0,2}"
    rf"{_NUM}\b{_NOT_PEOPLE}",
    re.IGNORECASE,
)
_SELF_AFTER = re.compile(
    rf"\b{_NUM}\s+{_PEOPLE}{_BUT_ME}\s+{_SELF}\b",
    re.IGNORECASE,
)
# People added at busy times right after the total: "6 all in, plus 3 students in summer".
_ADDED = re.compile(
    r"^\s*[,;]?\s*(?:and\s+)?(?:plus|\+|and)\s+(?:another\s+|an extra\s+)?"
    rf"{_NUM}\s+(?:more\s+|extra\s+)?(?P<who>(?:[a-z-]+\s+){{0,2}}?"
    r"(?:in (?:the )?(?:summer|winter|spring|fall|busy season|season)|seasonal\w*|"
    r"(?:for|over|during) (?:the )?(?:summer|winter|spring|fall|busy season|season)|"
    r"when (?:it'?s|we'?re) busy|at (?:busy|peak) times?))\b",
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
# The total's own time said right after it: "so all 11 of us are working at once" says when
# the 11 are there; it does not ask what the limit means.
_TOTAL_AT_ONCE = re.compile(
    r"^(?:\s+[\w']+){0,4}?\s+(?:at once|at the same time|at one time|at a time)\b", re.IGNORECASE
)
_NUMBER_TOKEN = re.compile(r"\b(?:\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class Stated:
    """A total the message states: the number SAID, the TOTAL it makes (one more when the
    writer is set apart from it: "not counting me it's 9" is 10), and people ADDED at busy
    times right after it ("6 all in, plus 3 students in summer")."""

    said: int
    total: int
    added: int = 0
    added_who: str = ""
    at: int = 0  # where the total is said: the people before it are the ones it adds up

    @property
    def without_self(self) -> bool:
        """The writer is not in the number said."""
        return self.total != self.said


def read_stated(text: str) -> Stated | None:
    """The one total of people TEXT states in so many words, else None: not one more
    person said after it ("7 in total. The bookkeeper is on payroll too"), other than people
    added at busy times right after it, nor the limit asked about ("does 10 mean 10 all
    together at one time?")."""
    plain = [*_AFTER.finditer(text), *_BEFORE.finditer(text), *_SUM.finditer(text)]
    plain += _SO_OF_US.finditer(text)
    own = [*_SELF_BEFORE.finditer(text), *_SELF_AFTER.finditer(text)]
    found = {(_value(m["n"]), _value(m["n"])) for m in plain}
    found |= {(_value(m["n"]), _value(m["n"]) + 1) for m in own}
    if len(found) != 1 or _ASKS_RULE.search(_without_total_times(text, [*plain, *own])):
        return None
    said, total = found.pop()
    added, who, ends = 0, "", []
    for m in [*plain, *own]:
        more = _ADDED.match(text[m.end() :]) if m in plain else None
        if more is not None:
            added, who = _value(more["n"]), more["who"].strip()
        ends.append(m.end() + (more.end() if more is not None else 0))
    if any(_MORE_AFTER.search(text, end) for end in ends):
        return None
    at = min(m.start() for m in [*plain, *own])
    return Stated(said, total, added, who, at)


def _without_total_times(text: str, totals: list[re.Match[str]]) -> str:
    """TEXT without the time said right after each of its TOTALS ("... so all 11 of us are
    working at once": the 11's time, not a question about the limit)."""
    for m in sorted(totals, key=lambda m: m.end(), reverse=True):
        after = _TOTAL_AT_ONCE.match(text[m.end() :])
        if after is not None:
            text = text[: m.end()] + text[m.end() + after.end() :]
    return text


def stated_total(text: str) -> int | None:
    """The people TEXT states it has at its busiest, in so many words ("like 9 total",
    "not counting me it's 9": 10), else None (see ``read_stated``)."""
    stated = read_stated(text)
    return None if stated is None else stated.total + stated.added


def with_stated_total(text: str, count: HeadCount | None) -> HeadCount | None:
    """COUNT with the total TEXT states as its head count, when that total is at least the
    people TEXT names (the number itself, read as one more group, set aside)."""
    stated = read_stated(text)
    if count is None or stated is None:
        return count
    if count.total == stated.total + stated.added:
        if stated.without_self and count.unsure:  # "we have 2 besides myself": it agrees
            groups = _stated_groups(stated, [], len(text))
            return replace(count, groups=groups, unsure=(), bare=False)
        return count
    total = stated.total
    said = [m.group(0) for m in _NUMBER_TOKEN.finditer(text) if _value(m.group(0)) == stated.said]
    others = list(count.groups)
    if len(said) == 1:  # the total's own number, if a reader counted it as a group of people
        same = next((g for g in others if g.count == stated.said and g.role != "single"), None)
        if same is not None:
            others.remove(same)
    if stated.added:  # "plus 3 students in summer": the readers' group of them, if any
        others = [g for g in others if g.count != stated.added or g.role == "single"]
    if stated.without_self:
        others = [g for g in others if g.who != "you"]
    if any(g.count < 0 for g in others):
        return count  # people leaving: the readers' reading holds
    if total < count.total and any(g.role in ("alternative", "extra") for g in others):
        return count  # "usually 7 of us total but we brought on 4 temps": the busiest time
    named = sum(g.count for g in others)
    if named > stated.said and not _names_self(text, stated):
        others = [g for g in others if g.who != "you"]  # "my wife and 2 guys, so 3 of us"
        named = sum(g.count for g in others)
    if named > stated.said:
        return count  # more people named than the total: bot.restated says both
    return replace(
        count,
        total=total + stated.added,
        peak=bool(stated.added),
        timed=count.timed or bool(stated.added),
        groups=_stated_groups(stated, others, len(text)),
        bound="exact",
        bare=False,
        unsure=(),
        owner_unsure=False,
    )


_SELF_NAMED = re.compile(r"\b(?:me|myself|i|i'?m|im|i am|i'?ve|i have)\b", re.IGNORECASE)


def _names_self(text: str, stated: Stated) -> bool:
    """TEXT names the writer among the people it lists before the total, or says them apart
    from the number ("my wife and 2 guys, so 3 of us. can I do SECOR?": the "I" asks)."""
    return stated.without_self or _SELF_NAMED.search(text[: stated.at]) is not None


def _stated_groups(stated: Stated, others: list[Group], at: int) -> tuple[Group, ...]:
    """The groups that say how the stated total was read: "you and 9 others", "6 in all
    and 3 students in summer", or the people named and the total that holds them."""
    named = ", ".join(g.who if g.role == "single" else f"{g.count} {g.who}" for g in others)
    if stated.without_self:
        who = f"others ({named} among them)" if others else "others"
        groups: tuple[Group, ...] = (
            Group(1, "you", "single"),
            Group(stated.said, who, "fixed", at),
        )
    elif stated.added:
        who = f"in all ({named} included)" if others else "in all"
        groups = (Group(stated.said, who, "fixed", at),)
    else:
        return (*others, Group(stated.said, "in all", "fixed", at))
    if stated.added:
        groups = (*groups, Group(stated.added, stated.added_who, "extra", at))
    return groups


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
    if not any(m.bare or _introduced(m) for m in members) or listed <= count.total:
        return count
    groups = tuple(
        Group(m.count, m.who, "single" if m.single else "fixed", k) for k, m in enumerate(members)
    )
    return replace(count, total=listed, groups=groups, unsure=(), bare=False)


def _introduced(member: Member) -> bool:
    """MEMBER is one person brought in with "a" or "an" ("an estimator", "a retired fella
    who volunteers"): someone the list names that a reader may have passed over."""
    return (
        member.single
        and member.who.startswith(("a ", "an "))
        and member.who.split()[-1] not in _NOT_ONE  # "a pipeline crew": a group
        and not any(c.isdigit() for c in member.who)  # "a level 2 contractor": the firm
    )


# Words that end "a ..." and name a group or the firm, not one more person.
_NOT_ONE = frozenset(
    {"crew", "team", "family", "staff", "company", "outfit", "business", "contractor",
     "subcontractor", "sub", "employer"}
)  # fmt: skip
