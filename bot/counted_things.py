"""Numbers that count things or name a day, not people (issue 11, round 7b).

The head-count reader (bot.headcount) takes a number near the question's words as people
when nothing says otherwise. Three kinds of number say otherwise, whatever the question:

- a day of a month: "after jan 15", "it's jan 20", "by December 31st";
- a number of things: "a couple of corrective actions", "2 questions", "13 elements";
- a bare number answering "how many <things>": "how many elements does SECOR have? I
  thought it was 10".

``people_only`` drops a head count made only of such numbers, so the question is answered
for what it asks (a deadline, the elements) and not with a verdict on 10 people.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from bot.headcount import Group, HeadCount

_MONTH = re.compile(
    r"^(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|"
    r"sept|september|oct|october|nov|november|dec|december)\.?$",
    re.IGNORECASE,
)
# Things a number may count in an employer's question (singular and plural forms).
# fmt: off
THINGS = frozenset({
    "action", "actions", "item", "items", "thing", "things", "element", "elements", "question",
    "questions", "month", "months", "week", "weeks", "day", "days", "year", "years", "hour",
    "hours", "document", "documents", "doc", "docs", "record", "records", "form", "forms",
    "file", "files", "folder", "folders", "sample", "samples", "page", "pages", "course",
    "courses", "audit", "audits", "job", "jobs", "site", "sites", "truck", "trucks", "vehicle",
    "vehicles", "incident", "incidents", "inspection", "inspections", "meeting", "meetings",
    "talk", "talks", "policy", "policies", "procedure", "procedures", "practice", "practices",
    "time", "times", "dollar", "dollars", "percent", "binder", "binders", "zip", "zips",
    "email", "emails", "attachment", "attachments", "photo", "photos", "picture", "pictures",
    "certificate", "certificates", "ticket", "tickets", "report", "reports", "finding",
    "findings", "step", "steps", "point", "points", "mark", "marks", "score", "scores",
})
# fmt: on
# How far after a number the thing it counts may come ("a couple of corrective actions").
THING_WINDOW = 3
_HOW_MANY = re.compile(r"\bhow\s+many\s+((?:[\w'-]+\s+){0,2}[\w'-]+)", re.IGNORECASE)


def people_only(
    doc: Doc, count: HeadCount | None, person_nouns: frozenset[str]
) -> HeadCount | None:
    """COUNT, unless every number it was read from is a day or counts things (see above)."""
    if count is None or not count.groups:
        return count
    if count.bare and _asks_how_many_things(doc.text, person_nouns):
        return None  # "how many elements ...? I thought it was 10"
    if all(_not_people(doc, g, person_nouns) for g in count.groups):
        return None
    return count


_PEOPLE_WORDS = frozenset({"headcount", "head", "count", "counted", "counting", "staff"})


def _names_people(doc: Doc, person_nouns: frozenset[str]) -> bool:
    """Whether DOC names people or the head count anywhere."""
    return any(t.lower_ in person_nouns or t.lower_ in _PEOPLE_WORDS for t in doc)


def _asks_how_many_things(text: str, person_nouns: frozenset[str]) -> bool:
    for match in _HOW_MANY.finditer(text):
        words = [w.lower() for w in match.group(1).split()]
        if any(w in person_nouns or w.rstrip("s") in person_nouns for w in words):
            return False
        if any(w in THINGS for w in words):
            return True
    return False


def _not_people(doc: Doc, group: Group, person_nouns: frozenset[str]) -> bool:
    """Whether GROUP's number is a day of a month or counts things."""
    if _names_people(doc, person_nouns):
        return False  # "headcount by month: jan 5, feb 8": people counted by month
    if any(_MONTH.match(w) for w in group.who.split()):
        return True  # "in jan": the reader took the month for whom
    at = group.at
    if not 0 <= at < len(doc):
        return False
    near = [doc[i].text for i in (at - 1, at + 1) if 0 <= i < len(doc)]
    if any(_MONTH.match(w) for w in near) or (
        at + 2 < len(doc) and doc[at + 1].lower_ == "of" and _MONTH.match(doc[at + 2].text)
    ):
        return True  # "jan 15", "15 jan", "15th of january"
    if group.who:
        return False  # named as people ("3 guys")
    for token in doc[at + 1 : at + 1 + THING_WINDOW]:
        if token.lower_ in THINGS:
            return True
        if not token.is_alpha or token.lower_ in _BREAKS or token.lower_ in person_nouns:
            return False  # "had 11 for one week": the week is not what 11 counts
    return False


# Words that end the phrase a number heads ("11 for one week", "10 in august").
# fmt: off
_BREAKS = frozenset({
    "for", "in", "at", "on", "by", "to", "from", "with", "and", "or", "but", "since", "until",
    "during", "over", "under", "per", "a", "an", "the", "was", "were", "is", "are", "be",
    "been", "we", "i", "they", "he", "she", "it",
    # a time after the count: "we grew to 13 this year", "12 last summer", "9 every summer"
    "this", "last", "next", "every", "each", "that", "all",
})
# fmt: on
