"""Whether a kind of person counts, asked with no number: "do part timers count?" (round 10).

"part timers count or is it just the full time guys", "does our part time receptionist
count? she never goes to site", "theyre volunteers not employees, they dont count right?":
a question of who is in the head count, asked about a kind of person (a who-counts
category of the lexicon) with a verb of counting whose subject is people, and no number of
people. The pages answer it: everyone covered by the WCB account is included, and they
name owners, managers, clerical and admin staff, part-time workers, temporary staff,
family members and volunteers (facts.toml headcount-who-counts). The answer says that
first, for the kinds named, whatever the intent model ranked first.

A count of things ("does a part-timer's first aid ticket count?") is no such question: the
word before the verb names a thing, not people.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from bot.answers import Answer, category_lead, compose
from bot.counted_things import THINGS
from bot.lexicon import intents, lexicon
from bot.roster import singular_person

_VERBS = frozenset({"count", "counts", "counted", "included", "include", "includes"})
_PRONOUNS = frozenset({"they", "she", "he", "them", "those", "these", "theyre", "hes", "shes"})
_STOPS = frozenset({".", "?", "!", ";", ":"})
# Words that may stand between the people and the verb: "do they really still count".
_FILLER = frozenset(
    {"do", "does", "did", "dont", "doesnt", "not", "n't", "still", "also", "really", "even",
     "actually", "all", "both", "would", "will", "should", "have", "to", "be", "is", "are",
     "get", "gets", "'re", "'s", "then"}
)  # fmt: skip
# "or is it only the full time guys", "they dont count right?", "is she included": asked.
_ASKED = re.compile(r"\?|\bright\b|\bor\b|^(?:do|does|is|are|would|will|should)\b", re.I)
# Things other than people a number or a count may be of, beyond counted_things.THINGS.
_MORE_THINGS = frozenset({"ticket", "tickets", "aid", "hour", "hours", "training", "course"})
# Questions a kind of person is asked about, that are not whether they count.
_OTHER_ASKED = re.compile(
    r"\b(?:first aid|course|training|ticket|certificate|audit|assessor|take the)\b|"
    # "my wife wants to include our flyers. which element?": where a document goes
    r"\b(?:which|what)\s+(?:secor\s+)?(?:element|folder)\b",
    re.I,
)


def asks_kind_counted(doc: Doc) -> bool:
    """DOC asks whether a kind of person counts, with no number of people in it."""
    if doc._.headcount is not None or not _counted_kinds(doc._.categories):
        return False
    if _OTHER_ASKED.search(doc.text) or not _ASKED.search(doc.text):
        return False
    lowers = [t.lower_ for t in doc]
    people = [_is_people(t.lower_, t.norm_) for t in doc]
    return any(w in _VERBS and _people_before(lowers, people, i) for i, w in enumerate(lowers))


def _counted_kinds(categories: Sequence[str]) -> list[str]:
    """The categories the pages name as counted (subcontractors are a question of their own)."""
    return [c for c in categories if c != "contractor"]


def _is_people(lower: str, norm: str) -> bool:
    """The token names people: a pronoun of people, a person word, a who-counts kind."""
    kinds = {w for c in lexicon().categories for w in c.words}
    return (
        lower in _PRONOUNS
        or singular_person(lower) is not None
        or singular_person(norm) is not None
        or norm in kinds
    )


def _people_before(lowers: list[str], people: list[bool], i: int) -> bool:
    """The verb of counting at I has people for its subject: the nearest word before it that
    is no filler is a thing of no people, or the clause names people a few words back."""
    j = i - 1
    while j >= 0 and lowers[j] in _FILLER:
        j -= 1
    if j < 0 or lowers[j] in _STOPS or lowers[j] in THINGS or lowers[j] in _MORE_THINGS:
        return False
    # "part timers count", "is my wife who does the books included": people a few words back
    lo = max(j - 6, 0)
    cut = max((k for k in range(lo, j + 1) if lowers[k] in _STOPS), default=lo - 1)
    return any(people[cut + 1 : j + 1])


def kind_counted_answer(categories: Sequence[str], confidence: float = 0.9) -> Answer:
    """They count: the kinds asked about, as the pages list them, then the rule."""
    kinds = _counted_kinds(categories)
    lead = category_lead(kinds)
    if "volunteer" in kinds:
        lead += (
            " For volunteers that holds when they are covered by your WCB account: the pages "
            "list them among the people included, so being unpaid does not take them out."
        )
    intent = intents()["who_counts"]
    return compose(intent.id, intent.facts, max(confidence, 0.6), lead=lead)
