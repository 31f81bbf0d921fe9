"""Head counts of unusual shape, which the pages settle: caps at one time and running totals.

The rule counts the most people on the WCB account at any one time in the past 12 months
(facts.toml headcount-limit, headcount-who-counts). Two shapes of sentence state that
number without naming it as a group of people, and the grammar of groups
(``bot.groups``) reads them wrong:

- a cap at one time, whatever the turnover: "15 different people over the year, but never
  more than 8 of us at the same time, me included" is 8; "never went above 7" is 7;
- a running total: "in March we were 9 counting me, four left in May, then in August I
  hired 6" peaked at 11 (9 - 4 + 6).

Whether the owner is in the number is read from "including me" / "plus me"; when the
sentence does not say, the number is taken as said and the answer reminds that owners
count. The people of the turnover ("15 different people") are said not to count, with
the reason.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.headcount import Group, HeadCount
from bot.mentions import LIMIT

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20,
}  # fmt: skip
_N = r"(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
# "never more than 8 (of us) (at the same time)", "never went above 7", "no more than 6 at
# once", "at most 9 at any one time", "max 8 at a time".
_CAP = re.compile(
    r"\b(?:never (?:had |been |gone |went |got |get |have |had )?(?:more than|over|above|"
    r"past|beyond)|never (?:had|have) (?:more than )?|(?:no|not) more than|at most|"
    r"max(?:imum)?(?: of)?|tops?(?: out at)?)\s+" + _N + r"\b(?P<tail>[^.?!;]{0,60})",
    re.IGNORECASE,
)
# The cap holds at one time (else "no more than 8" may be a plan or a question).
_AT_ONCE = re.compile(
    r"\b(?:at (?:the same|one|any one|any given|a|any) time|at once|simultaneously|"
    r"at any point|together)\b",
    re.IGNORECASE,
)
_CAP_PERIOD = re.compile(
    r"\b(?:since then|all (?:year|season)|(?:the |this )?(?:whole|entire) year|"
    r"(?:for |in |over )?(?:all of )?the (?:last|past) (?:year|12 months|twelve months)|"
    r"ever since|after that)\b",
    re.IGNORECASE,
)
_INCLUDES_ME = re.compile(
    r"\b(?:incl(?:uding|\.)?|counting|with) (?:me|myself)\b|\bme included\b|\bmyself included\b|"
    r"\bme counted\b|\bof us\b",
    re.IGNORECASE,
)
_PLUS_ME = re.compile(
    r"\b(?:plus|\+|and|besides|not counting|not including|excluding|on top of) (?:me|myself)\b|"
    r"\b(?:me|myself) (?:on top|extra|not included)\b|\bme the owner\b",
    re.IGNORECASE,
)
# "15 different people worked for us over the year": people of the turnover, not at once.
_TURNOVER = re.compile(
    r"\b" + _N + r"\s+(?:different|total|separate|individual|people in total)\b",
    re.IGNORECASE,
)
# A running total: a start, then people leaving and joining, in order.
_START = re.compile(
    r"\b(?:we were|we had|there were|we're|we are|started (?:the year )?(?:at|with)|"
    r"began (?:the year )?(?:at|with))\s+" + _N + r"\b",
    re.IGNORECASE,
)
_LEFT = re.compile(
    r"\b" + _N + r"\s+(?:\w+\s+){0,2}?(?:left|quit|retired|were laid off|got laid off|"
    r"were let go|moved on)\b|\b(?:laid off|let go|lost)\s+" + _N + r"\b",
    re.IGNORECASE,
)
_JOINED = re.compile(
    r"\b(?:hired|added|brought on|took on|taken on|picked up)\s+(?:another\s+)?"
    + _N
    + r"\b|\b"
    + _N
    + r"\s+(?:\w+\s+){0,2}?(?:joined|started|came on)\b",
    re.IGNORECASE,
)


def _value(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


def read_shape(text: str) -> HeadCount | None:
    """The head count of a cap at one time or a running total in TEXT, else None."""
    return _cap(text) or _running(text)


def _owner(text: str, count: int, what: str) -> tuple[int, tuple[Group, ...], bool]:
    """The total with or without the owner, the groups, and whether that is unsure."""
    if _PLUS_ME.search(text) and not _INCLUDES_ME.search(text):
        return count + 1, (Group(count, what, "fixed"), Group(1, "you", "single")), False
    owner_said = bool(_INCLUDES_ME.search(text))
    return (
        count,
        (Group(count, f"{what}, you included" if owner_said else what, "fixed"),),
        (not owner_said),
    )


# Words before a cap that make it the rule's limit, not the employer's people: "the old page
# just says max ten", "the rule is at most 10", "SECOR allows no more than 10".
_RULE_BEFORE = re.compile(
    r"\b(?:says?|said|states?|stated|reads?|(?:rule|limit|requirement|cap) (?:is|was|of)|"
    r"allows?|allowed)\s+(?:[\w']+\s+){0,2}$",
    re.IGNORECASE,
)


def _cap(text: str) -> HeadCount | None:
    caps = [m for m in _CAP.finditer(text) if not _RULE_BEFORE.search(text[: m.start()])]
    if not caps:
        return None
    held = [m for m in caps if _AT_ONCE.search(m.group("tail")) or _CAP_PERIOD.search(text)]
    if not held:
        return None
    cap = held[-1]  # the latest cap stated holds ("peaked at 12; since then never over 8")
    if _group_capped(text, cap) is not None:
        return None  # "a temp from time to time, max one at a time": one kind of people
    count = _value(cap.group(1))
    total, groups, unsure = _owner(text, count, "at most at any given time")
    notes = []
    for m in _TURNOVER.finditer(text):
        people = _value(m.group(1))
        if people > count:
            notes.append(
                f"not counted: the {people} different people over the year; the rule counts "
                "the most on your WCB account at any given time"
            )
    return HeadCount(total=total, groups=groups, owner_unsure=unsure, notes=tuple(notes))


# A cap on one kind of people: "temp guy from time to time, max one at a time".
_KIND = re.compile(
    r"\b(?:temps?|temporary|seasonal|casuals?|summer|extra|part[- ]?tim\w*|students?|helpers?|"
    r"labou?rers?|apprentices?|subs?|fill[- ]?ins?|spare)\b",
    re.IGNORECASE,
)
# Words of the whole company: the cap is on everyone ("never more than 8 of us at once").
_WHOLE = re.compile(
    r"\b(?:us|we|we're|people|staff|crew|total|everyone|everybody|in all|company|employees|"
    r"workers|guys|headcount|head count|me|myself|different)\b",
    re.IGNORECASE,
)


def _group_capped(text: str, cap: re.Match[str]) -> str | None:
    """The kind of people CAP is about when it caps one kind in a list of people, else None:
    the kind is named in the cap's clause or right after its number, and nothing between
    them speaks of the whole company or turns the sentence ("but")."""
    start = max(text.rfind(ch, 0, cap.start()) for ch in ".;!?\n")
    clause = text[start + 1 : cap.start()]
    tail = re.split(r"[.;!?,]", cap.group("tail"))[0]
    kinds = list(_KIND.finditer(clause))
    after = _KIND.match(tail.strip())
    if after is not None and not _WHOLE.search(tail):
        return after.group(0).lower()  # "never more than 3 students at a time"
    if not kinds:
        return None
    kind = kinds[-1]
    between = clause[kind.end() :]
    if _WHOLE.search(between + " " + tail) or re.search(r"\bbut\b", between):
        return None
    return kind.group(0).lower()


def with_group_cap(text: str, count: HeadCount | None) -> HeadCount | None:
    """COUNT with the people of a cap on one kind added ("me, the wife and 3 guys; a temp from
    time to time, max one at a time" is 6): the most of them at one time, on top of the rest."""
    if count is None:
        return None
    caps = [m for m in _CAP.finditer(text) if _AT_ONCE.search(m.group("tail"))]
    for cap in caps:
        kind = _group_capped(text, cap)
        if kind is None or any(kind.rstrip("s") in g.who for g in count.groups):
            continue
        most = _value(cap.group(1))
        who = f"{kind} at most at any given time" if most != 1 else f"{kind} at a time"
        return replace(
            count,
            total=count.total + most,
            groups=(*count.groups, Group(most, who, "fixed")),
        )
    return count


def _running(text: str) -> HeadCount | None:
    start = _START.search(text)
    if start is None:
        return None
    events = [(m.start(), -_value(m.group(1) or m.group(2))) for m in _LEFT.finditer(text)]
    events += [(m.start(), _value(m.group(1) or m.group(2))) for m in _JOINED.finditer(text)]
    events = sorted(e for e in events if e[0] > start.end())
    if not any(d < 0 for _, d in events) or not any(d > 0 for _, d in events):
        return None  # a start and a change of one kind: the grammar of groups reads it
    running = peak = _value(start.group(1))
    for _, change in events:
        running += change
        peak = max(peak, running)
    total, groups, unsure = _owner(text, peak, "at your busiest (people leaving and joining)")
    return HeadCount(total=total, groups=groups, owner_unsure=unsure, peak=False)


# "my 16 yr old helps on weekends": a young family member, one person.
_YOUNG = re.compile(
    r"\b(?:my|our)\s+" + _N + r"[- ]?(?:yr|year)s?[- ]?old(?:\s+(?:son|daughter|kid|boy|girl))?\b",
    re.IGNORECASE,
)
_CONTACT = "the COR department (1-800-661-2272, cor@youracsa.ca)"


def with_young_helper(text: str, count: HeadCount | None) -> HeadCount | None:
    """COUNT with the young family member TEXT names ("my 16 yr old") added, when the
    reading left them out. The pages count family members and volunteers on the WCB
    account; whether this one is on it, only the employer knows: the answer says so."""
    found = _YOUNG.search(text)
    if found is None or count is None:
        return count
    age = _value(found.group(1))
    if any(str(age) == g.who or "old" in g.who for g in count.groups):
        return count
    who = f"your {age}-year-old"
    note = (
        f"I counted {who}: family members and volunteers on your WCB account count toward "
        f"the 10; if you are not sure whether they are covered, ask {_CONTACT}"
    )
    return HeadCount(
        total=count.total + 1,
        groups=(*count.groups, Group(1, who, "single")),
        bound=count.bound,
        peak=count.peak,
        owner_unsure=count.owner_unsure,
        notes=(*count.notes, note),
        unsure=count.unsure,
        planned=count.planned,
        asks_room=count.asks_room,
    )


# "one" as a pronoun: "can one replace the other?", "which one counts?", "either one".
_PRONOUN_ONE = re.compile(
    r"\bone\s+(?:replaces?|substitutes?|instead of|or the other|of (?:them|those|these|the two))\b|"
    r"\b(?:which|this|that|each|either|neither|the other|any|no) one\b|"
    r"\bone\b.{0,25}\bthe other\b",
    re.IGNORECASE,
)


def without_pronoun_one(text: str, count: HeadCount | None) -> HeadCount | None:
    """None when COUNT is only a "one" that TEXT uses as a pronoun, else COUNT."""
    if count is None or count.total != 1 or not _PRONOUN_ONE.search(text):
        return count
    if re.search(r"\d", text):
        return count
    return None


# "we own it 50 50", "run it 50/50", "a 60-40 split": shares of ownership, not people.
_SPLIT = re.compile(r"\b(\d{1,2})\s*%?\s*(?:/|-|\s)\s*(\d{1,2})\s*%?(?=\W|$)")


def without_ownership_split(text: str) -> str | None:
    """TEXT with its ownership split ("50 50", "60/40") taken out, or None if it has none."""
    found = [m for m in _SPLIT.finditer(text) if int(m.group(1)) + int(m.group(2)) == 100]
    if not found:
        return None
    for m in reversed(found):
        text = text[: m.start()] + "even shares" + text[m.end() :]
    return text


# People said to leave later: "two are leaving next week", "once they're gone", "one retires
# in march", "3 guys quit at the end of the month", "after the two students go back".
_LEAVING_SOON = re.compile(
    r"\b(?:(?:are|is|'re|re|'s|will be|be)\s+(?:leaving|quitting|retiring|moving on|going back)|"
    r"(?:will|'ll|gonna|going to|about to|plan to)\s+(?:leave|quit|retire|go back|be gone)|"
    r"(?:once|after|when|as soon as)\s+(?:they|he|she|those|these|them|the\s+\w+)\s*"
    r"(?:'re|are|is|'s|re|have|'ve)?\s*(?:gone|leave|left|quit|retire|retired|go back)|"
    r"(?:leav\w*|quits?|retir\w*|go(?:es|ing)? back)\s+(?:next|at the end|this|in|soon|by|"
    r"after)\b)",
    re.IGNORECASE,
)


def with_leaving_note(text: str, count: HeadCount | None) -> HeadCount | None:
    """COUNT with a note when it is over the limit and TEXT says people will leave: the
    limit looks at the most people at any one time in the past 12 months (facts.toml
    headcount-limit), so people leaving do not bring that number down until 12 months
    have passed since the company was last over it."""
    if count is None or count.total <= LIMIT or count.bound != "exact":
        return count
    if not _LEAVING_SOON.search(text):
        return count
    note = (
        f"people leaving do not bring this down at once: the limit looks back over the past "
        f"12 months, so with {count.total} now you qualify by head count only once you have "
        f"had {LIMIT} or fewer for a full 12 months"
    )
    return replace(count, notes=(*count.notes, note))
