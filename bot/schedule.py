"""How much someone works, said as a schedule: "I only work three days a week", "she's in
Tuesdays and Thursdays", "he does a few hours a week", "weekends only".

The SECOR courses must be held by full-time employees (facts.toml step-courses). A person
described by a schedule that is plainly less than full time asks, when the message is
about taking the courses, the same question as "can my part-timer take them". The words
``part_time_schedule`` returns are the schedule as said, for the answer to name.
"""

from __future__ import annotations

import re

_FEW = r"(?:one|two|three|1|2|3|a couple(?: of)?|couple(?: of)?|a few|few)"
_DAYS = r"(?:days?|mornings?|afternoons?|evenings?|shifts?)"
_WEEKDAY = r"(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)"
_PER_WEEK = r"(?:a|per|each|every|/) ?(?:week|wk)"
# Hours a week well below full time: "10 hours a week", "a few hours a week".
_HOURS = r"(?:[1-9]|1[0-9]|20|a few|few|some|a couple(?: of)?)"
_SCHEDULE = re.compile(
    rf"\b(?:{_FEW} {_DAYS} {_PER_WEEK}|{_FEW} {_DAYS} out of (?:the |every )?(?:week|five)|"
    rf"{_HOURS} (?:hours?|hrs?) {_PER_WEEK}|"
    rf"(?:only |just )?(?:on )?weekends(?: only)?|"
    rf"(?:only |just )(?:on )?{_WEEKDAY}(?:(?: and|,) {_WEEKDAY})*|"
    rf"{_WEEKDAY}(?:(?: and|,) {_WEEKDAY})* only|"
    rf"half (?:days|time)|(?:on|as) (?:a )?casual(?: basis)?|on call)\b",
    re.IGNORECASE,
)
# Words of the schedule of someone who works for the company: "I work", "she comes in".
_WORKS = re.compile(
    r"\b(?:work|works|working|worked|come in|comes in|coming in|in the office|am in|'m in|"
    r"is in|'s in|here|do|does|doing|help|helps|helping|put in|puts in|only|just)\b",
    re.IGNORECASE,
)


def part_time_schedule(text: str) -> str | None:
    """The schedule said in TEXT that is plainly less than full time, or None."""
    found = _SCHEDULE.search(text)
    if found is None:
        return None
    before = text[max(found.start() - 40, 0) : found.start()]
    if not _WORKS.search(before) and not found.group(0).lower().startswith(("only", "just")):
        return None  # "we send two documents a week": no one's work
    return found.group(0).strip()
