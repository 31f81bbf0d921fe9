"""One or two people mentioned in passing are no head count (issue 11, round 29).

"My son works for me summers. Does he count toward the ten?", "my wife does our books,
can she take the first aid course?", "my esc buddy says 10", "I keep the books for a
contractor, am I counted?": the readers find one or two single people (a relative, a role,
a friend, the writer as someone's employee) and no number, and the answer led with "with 1
person you are within the limit ... I count 1 person: your son". That is a verdict nobody
asked for, on a count that is not the workforce.

A verdict needs a count of the workforce: a number of people, a list that accounts for the
company ("me and my 2 guys", "just me", "my wife and I run it") or a stated total. A count
made only of single people, none of them the writer, with no words that present them as
the company's people ("I have a foreman and an office lady", "it's just my brother"), is a
passing mention: it is dropped, and the message is answered by what it asks (whether such a
person counts is the who-counts rule, with their category; anything else, that).

The writer named twice is one person: "only me, I'm a one-man show" read "me" and "I'm (the
owner)" as 2.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.headcount import HeadCount

# At most this many single people mentioned in passing.
MOST_MENTIONED = 2
# Words that present the people named as the company's whole workforce.
_WORKFORCE = re.compile(
    r"\b(?:just|only|solely)\s+(?:me|myself|us|my|our|the|a|an|one|two|him|her|them)\b|"
    r"\b(?:i|we)\s*(?:'ve|have|has|had)?\s*(?:have|got|employ|hire|hired|keep|carry)\s+"
    r"(?:just\s+|only\s+)?(?:a|an|one|two|my|our)\b|"
    r"\b(?:i|we)\s+(?:have|had)\s+(?:just\s+|only\s+)?(?:a|an|one|two|my|our)\b|"
    r"\b(?:we(?:'re| are| r)|it(?:'s| is)|there(?:'s| is| are))\s+(?:just\s+|only\s+)?"
    r"(?:me|my|a|an|one|two|us)\b|"
    r"\b(?:staff|crew|team|workforce|employees?|payroll)\s+(?:is|are|of|consists?|includes?)\b|"
    r"\bno(?:body| one) (?:else|other)\b|\bone[- ](?:man|person|woman)\b",
    re.IGNORECASE,
)


def is_passing_mention(text: str, count: HeadCount) -> bool:
    """COUNT, read from TEXT, is one or two single people named in passing, none of them
    the writer, and TEXT does not present them as the workforce (see the module docstring)."""
    return (
        0 < count.total <= MOST_MENTIONED
        and bool(count.groups)
        and all(g.role == "single" and g.count == 1 for g in count.groups)
        and not any(_is_writer(g.who) for g in count.groups)
        and count.bound == "exact"
        and not count.planned
        and _WORKFORCE.search(text) is None
    )


def without_passing_mention(text: str, count: HeadCount | None) -> HeadCount | None:
    """COUNT, or None when it is a passing mention of one or two people (no head count)."""
    if count is None or not is_passing_mention(text, count):
        return count
    return None


def _is_writer(who: str) -> bool:
    """WHO names the writer ("you", "you (the owner)"), not one of theirs ("your son")."""
    return who == "you" or who.startswith(("you ", "you("))


def with_writer_once(count: HeadCount | None) -> HeadCount | None:
    """COUNT with the writer counted once when two single groups both name them ("only me,
    I'm a one-man show": "me" and "I'm" are one person, not 2)."""
    if count is None:
        return None
    writer = [g for g in count.groups if g.role == "single" and g.count == 1 and _is_writer(g.who)]
    if len(writer) < 2:
        return count
    kept = max(writer, key=lambda g: len(g.who))  # "you (the owner)" says more than "you"
    groups = tuple(g for g in count.groups if g not in writer or g is kept)
    return replace(count, groups=groups, total=count.total - (len(writer) - 1))


# The writer or one person asked about as counted: "whether I am counted", "does she count".
_ASKS_COUNTED = re.compile(
    r"\b(?:(?:i|he|she|they)\s+(?:am|is|are|'m|'s|'re)\s+(?:counted|included)|"
    r"(?:am\s+i|is\s+(?:he|she)|are\s+they|do\s+i|does\s+(?:he|she))\s+(?:still\s+)?"
    r"(?:count(?:ed)?|included)|(?:i|he|she)\s+counts?)\b",
    re.IGNORECASE,
)


def asks_whether_counted(text: str) -> bool:
    """TEXT asks whether the writer or one person counts ("whether I am counted")."""
    return _ASKS_COUNTED.search(text) is not None
