"""Reads how many people a question talks about: "9 guys plus my wife", "12 in summer, 6 in winter".

The head-count rule looks at the busiest moment of the past 12 months, so the
reader adds people who are there together and takes the peak of counts that
alternate over time:

- ``fixed``: a number of people always there ("9 guys");
- ``single``: one named person ("my wife", "me" in "me and 3 part-timers");
- ``extra``: people added at busy times ("4 more in summer", "2 seasonal");
- ``alternative``: a count for one period ("12 in summer", "usually 5", "up to 9").

peak = singles + max(fixed + extras, largest alternative)
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise
from typing import Literal

from spacy.tokens import Doc, Token

from bot.groups import APPOSITION, Reading, read_groups
from bot.lexicon import Lexicon
from bot.mentions import LIMIT, MONTHS, MentionReader, names_the_limit, numbers_a_label
from bot.roster import read_roster, singular_person

log = logging.getLogger(__name__)

Role = Literal["fixed", "single", "extra", "alternative"]
Bound = Literal["exact", "more_than", "fewer_than", "at_least"]

FIRST_PERSON = frozenset({"i", "we", "my", "our", "us", "me", "myself", "ourselves", "mine"})
COORDINATORS = frozenset({"and", "n", "plus", "+", "&", "with", "including", "incl", "besides"})
SELF_NEIGHBOURS = COORDINATORS | {"counting", "also", "too", "excluding", ","}
# Words before "me" that make it one of the people listed ("it's me, my wife and 9 guys").
SELF_LEADS = frozenset({"its", "'s", "is", "just", "only", "be", "was"})
# "nine counting me", "10 including myself": the number already holds these people.
INCLUDING = frozenset({"counting", "including", "incl", "incl.", "inc", "included", "include"})
# Verbs of growing: "if we grow past 10" asks about the rule, not about a head count.
GROWTH_VERBS = frozenset(
    {"grow", "go", "get", "expand", "hit", "reach", "exceed", "pass", "end", "gets", "goes"}
)
# Pairs named together: "a husband and wife team", "father and son".
PAIRS = frozenset(
    {
        ("husband", "wife"),
        ("wife", "husband"),
        ("father", "son"),
        ("father", "daughter"),
        ("mother", "son"),
        ("mother", "daughter"),
        ("dad", "son"),
        ("mom", "son"),
        ("brother", "sister"),
        ("partner", "i"),
    }
)
# Words before a number that say a head count was reached.
REACHED: tuple[tuple[str, ...], ...] = (
    ("went", "up", "to"),
    ("go", "up", "to"),
    ("go", "to"),
    ("get", "to"),
    ("grow", "to"),
    ("grew", "to"),
    ("got", "to"),
    ("hit",),
    ("reached",),
    ("reach",),
    ("peaked", "at"),
    ("topped", "out", "at"),
    ("maxed", "out", "at"),
    ("steady", "at"),
    ("stable", "at"),
    ("stayed", "at"),
    ("held", "at"),
    ("holding", "at"),
    ("sitting", "at"),
)
# "5 in field, 3 in office": a number of people at a place of work.
PLACES = frozenset(
    {"field", "office", "shop", "yard", "site", "sites", "plant", "warehouse", "trucks", "truck"}
)
# Joiners of a bare list of people: "owner + office mgr + 3 crews".
LIST_JOINERS = frozenset({"+", "plus"})
# Verbs after a person that start a new clause: "incl me and my nephew wants to work".
CLAUSE_VERBS = frozenset(
    {
        "want",
        "wants",
        "will",
        "would",
        "might",
        "may",
        "could",
        "is",
        "starts",
        "joins",
        "plans",
        "hopes",
        "needs",
        "wanted",
        "asked",
        "'s",
    }
)
# Family and student nouns: people who come at busy times are on top of the crew.
ADDED_PEOPLE = frozenset(
    {
        "kid",
        "kids",
        "son",
        "sons",
        "daughter",
        "daughters",
        "nephew",
        "niece",
        "teen",
        "teenager",
        "student",
        "cousin",
        "child",
        "children",
    }
)
# Owners named after their number: "two owners, me and my dad".
OWNER_PLURALS = frozenset({"owners", "partners", "co-owners", "owner", "partner"})
# Words that make a clause's count older than the 12 months the rule looks at.
STALE = re.compile(r"\b(?:years|yrs)\s+(?:ago|back)\b", re.IGNORECASE)
# Words before a bare number that make it the steady crew: "on top of our regular 8".
STEADY = frozenset({"regular", "usual", "normal", "steady", "core", "permanent", "base"})
# "2 of them", "3 of whom": a part of people already counted.
SUBSET_WORDS = ("them", "those", "whom", "which", "these")
# Adverbs before a count that make it the steady crew when people are added at times.
STEADY_ADVERBS = frozenset({"normally", "usually", "regularly", "typically", "generally"})
# "2 brothers who own it": the owners are in the list.
_OWNS = re.compile(r"\b(?:own|owns|owned|owning)\b", re.IGNORECASE)
# Words in a list that name the owners (so the owner is not missing from it).
OWNER_WORDS = frozenset({"owner", "co-owner", "partner", "proprietor", "boss", "you"})
# Units of time: "for 3 weeks" makes a count one period's.
DURATIONS = frozenset({"day", "week", "month", "days", "weeks", "months"})
# "two crews of 5": groups of people.
CREW_WORDS = frozenset({"crew", "team", "group", "shift"})
# Words of the present: the steady crew, not one period's count.
PRESENT = frozenset({"now", "currently", "today", "presently"})
# "add 2 apprentices in the spring", "bring on 3 in July": on top of the crew.
ADD_VERBS = frozenset({"add", "hire", "bring", "take", "onboard"})
# People who come only for part of the year: added to the steady crew at its peak.
SEASONAL_NOUNS = frozenset({"seasonal", "temp", "temporary", "casual", "student", "summer student"})
POSSESSIVES = frozenset({"my", "our", "his", "her", "the", "a", "an", "their"})
GENERIC_SINGLES = frozenset(
    {
        "guy",
        "worker",
        "employee",
        "person",
        "temp",
        "part_time",
        "full_time",
        "labourer",
        "laborer",
        "journeyman",
        "apprentice",
        "helper",
        "student",
        "volunteer",
        "intern",
    }
)
CLAUSE_END = frozenset(
    {",", ";", ".", "!", "?", "but", "and", "plus", "while", "whereas", "&", "+"}
)
NOUN_STOP = CLAUSE_END | {
    "in",
    "during",
    "at",
    "for",
    "with",
    "from",
    "than",
    "by",
    "on",
    "to",
    "or",
    "be",
    "have",
    "do",
    "work",
    "who",
    "that",
    "which",
    "if",
    "when",
    "can",
    "could",
    "would",
    "should",
}
GROUP_WORDS = frozenset(
    {
        "crew",
        "team",
        "staff",
        "group",
        "company",
        "business",
        "outfit",
        "shop",
        "total",
        "workforce",
        "family",
        "operation",
        "of",
    }
)
EMPLOY_VERBS = frozenset({"employ", "hire", "staff", "payroll"})
APPROXIMATE = frozenset(
    {
        "between",
        "about",
        "around",
        "roughly",
        "approximately",
        "like",
        "up",
        "to",
        "maybe",
        "nearly",
        "almost",
        "over",
        "under",
        "some",
    }
)
RULE_WORDS = frozenset(
    {"limit", "cap", "rule", "maximum", "max", "cutoff", "cut-off", "threshold", "requirement"}
)
UP_TO: tuple[tuple[str, ...], ...] = (
    ("up", "to"),
    ("at", "most"),
    ("as", "many", "as"),
    ("peak", "of"),
    ("peak", "at"),
)
OVER: tuple[tuple[str, ...], ...] = (
    ("more", "than"),
    ("over",),
    ("above",),
    ("exceed",),
    ("exceeds",),
    ("beyond",),
    ("bigger", "than"),
    ("greater", "than"),
    ("more", "then"),
    ("excess", "of"),
    ("past",),
)
UNDER: tuple[tuple[str, ...], ...] = (
    ("less", "than"),
    ("fewer", "than"),
    ("under",),
    ("below",),
    ("less", "then"),
    ("fewer", "then"),
    ("no", "more", "than"),
    ("not", "more", "than"),
)
AT_LEAST: tuple[tuple[str, ...], ...] = (
    ("at", "least"),
    ("minimum", "of"),
    ("over", "and", "above"),
)
TRAILING_UNDER: tuple[tuple[str, ...], ...] = (
    ("or", "less"),
    ("or", "fewer"),
    ("or", "under"),
    ("or", "below"),
    ("and", "under"),
    ("and", "below"),
    ("or", "lower"),
)
TRAILING_OVER: tuple[tuple[str, ...], ...] = (
    ("or", "more"),
    ("and", "up"),
    ("and", "over"),
    ("or", "over"),
)


@dataclass(frozen=True)
class Group:
    """A number of people read from the question, with the words that named them."""

    count: int
    who: str
    role: Role
    at: int = -1


@dataclass(frozen=True)
class HeadCount:
    """The head count a question implies, and how it was read."""

    total: int
    groups: tuple[Group, ...]
    bound: Bound = "exact"
    peak: bool = False
    bare: bool = False
    owner_unsure: bool = False
    notes: tuple[str, ...] = field(default=())
    # what the reading is unsure of: the answer says the reading and asks
    unsure: tuple[str, ...] = field(default=())
    # people the question plans to add (not counted yet), and "how many more can I hire"
    planned: int = 0
    asks_room: bool = False
    # the question ties a count to a time ("last August", "now", "peaked"): the answer
    # says that the most people at any one time in the past 12 months is what counts
    timed: bool = False

    def describe(self) -> str:
        """Whom the total counts, in plain words: "11 people: 9 guys, you and your wife"."""
        groups = list(self.groups)
        snapshots = [g for g in groups if g.who.startswith("in all, ")]
        if snapshots:  # a time not said for one of them: "12 people for two weeks"
            snapshots += [g for g in groups if g.who == "in all" and g.role == "alternative"]
            snapshots.sort(key=lambda g: g.at)
        if self.peak and len(snapshots) >= 2:
            # "last August we were 12 ... now we are back to 7": the team at its times
            times = "; ".join(
                f"{g.count} {g.who.removeprefix('in all').removeprefix(', ')}".strip()
                if g in snapshots
                else _piece(g)
                for g in groups
                if g in snapshots or g.role == "alternative"
            )
            return f"{self.total} at your busiest ({times})"
        said = next((g for g in groups if g.who == "in all" and g.count == self.total), None)
        if said is not None and said.role == "alternative" and len(groups) > 1:
            # "peaked at 14 last fall, now its me and 3 guys": the peak, and the others
            held = [_piece(g) for g in groups if g is not said]
            now = all(g.role in ("single", "fixed") for g in groups if g is not said)
            return (
                f"{self.total} at your busiest ({_and(held)} {'now' if now else 'at other times'})"
            )
        if self.peak:
            alternatives = [g for g in groups if g.role == "alternative"]
            others = [g for g in groups if g.role != "alternative"]
            steady = sum(g.count for g in others if g.role != "single")
            top = max(alternatives, key=lambda g: g.count, default=None)
            if top is not None and top.count > steady:
                others = [g for g in others if g.role == "single"] + [top]
            pieces = [_piece(g) for g in others]
            if len(pieces) <= 1:
                return f"{self.total} at your busiest"
            return f"{self.total} at your busiest: {_and(pieces)}"
        said = next((g for g in groups if g.who == "in all" and g.count == self.total), None)
        if said is not None and len(groups) > 1:
            # "we hired 2 more and are now 11": the total said holds the others
            held = [_piece(g) if g.who else f"the {g.count} you mention" for g in groups
                    if g is not said]  # fmt: skip
            return f"{self.total} in all ({_and(held)} included)"
        pieces = [_piece(g) for g in groups]
        if len(pieces) == 1 and groups[0].role == "single" and self.total == 1:
            return f"1 person: {pieces[0]}"  # "me plus 9 subs": the subs are not counted
        if len(pieces) == 1:
            return pieces[0]
        return f"{self.total} people: {_and(pieces)}"


def _piece(group: Group) -> str:
    if group.count < 0:  # "less 2 of my guys leaving first"
        return group.who
    if group.role == "single" or not group.who:
        return group.who or str(group.count)
    return f"{group.count} {group.who}"


def read_headcount(doc: Doc, lex: Lexicon) -> HeadCount | None:
    """The people a question counts, or None when it names no number of people.

    The grammar of groups (``bot.groups``) reads the sentence. Where its reading rests
    on a number with no person word ("we're 9", "me plus 6") or an unknown word, the
    older token reader below reads it a second way; when their totals differ, the
    grammar's reading is given and marked unsure, so the answer says it and asks.
    """
    second = _Reader(doc, lex).read()
    try:
        reading = read_groups(doc, lex)
    except (IndexError, ValueError, KeyError) as exc:  # never fail a question on its reading
        log.warning("the grammar of groups could not read a question: %s", type(exc).__name__)
        reading = None
    count = _read(doc, lex, second, reading)
    if count is not None and _TIMED.search(doc.text):
        count = replace(count, timed=True)
    return count


SELF_WORDS = frozenset({"me", "myself", "i"})
# Words before "be under 10" that ask what the rule requires ("have to be", "need to be").
_DUTY = frozenset({"to", "must", "should", "gotta", "we", "you", "i"})
# Words after "N +" that make the plus a joiner of people, not "or more".
_JOINED_AFTER_PLUS = frozenset(
    {"me", "myself", "i", "my", "our", "the", "his", "her", "a", "an", "wife", "owner", "us"}
)
# Words that tie a count of people to a time.
_TIMED = re.compile(
    r"\b(?:now|currently|today|last (?:year|summer|spring|fall|winter|month|season)|this past|"
    r"ago|back (?:down )?to|used to|before that|since|peak\w*|busiest|busy|season\w*|summer|"
    r"winter|spring|fall|jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"in may|(?:19|20)\d\d|for (?:a |about |\d+ |one |two |three |four |a few |a couple (?:of )?)?"
    r"(?:weeks?|months?))\b",
    re.IGNORECASE,
)


def _read(
    doc: Doc, lex: Lexicon, second: HeadCount | None, reading: Reading | None
) -> HeadCount | None:
    """The grammar's READING checked against the token reader's SECOND."""
    if reading is None and second is not None:
        second = _without_things(doc, second)  # "200 toolbox talk sheets" are no people
    if reading is None and second is not None:
        second = _without_set_aside(doc, lex, second)  # "one of our guys had a near miss"
    if (
        reading is None
        and second is not None
        and all(g.who == "you" for g in second.groups)
        and "one_person" not in (doc._.concepts or ())
        and not any(t.lower_ in ("me", "myself") for t in doc)
    ):
        return None  # "I manage the office for a company ...": who asks, no head count
    if reading is None and second is not None and _asks_whether_one_counts(doc, second):
        return None  # "my dad helps for free. he doesn't count, right?": who counts, asked
    if reading is None and second is not None and _only_asked(doc, second):
        return None  # "does one person have to do all 3 courses", "we're an electrician"
    if reading is None or (second is not None and second.bound != "exact"):
        return second
    first = _from_reading(reading)
    weak = reading.bare_numbers or any(not m.known for m in reading.counted)
    if second is not None and weak and not _explained(second.total - first.total, reading.excluded):
        return replace(first, unsure=(*first.unsure, f"read another way it is {second.total}"))
    if second is not None and second.total == first.total and second.notes and not first.notes:
        first = replace(first, notes=second.notes)  # "the 12 in 2024 does not count": said
    if second is not None:
        return replace(
            first,
            bare=second.bare and first.bare,
            owner_unsure=first.owner_unsure
            or (second.owner_unsure and not reading.unsure and not _owners_named(reading)),
        )
    return first


# A person asked about as counted or not: "he doesn't count, right?", "does she count",
# "is he counted", "would my dad be included", "she wouldn't count towards it?".
_ASKS_COUNTED = re.compile(
    r"\b(?:(?:he|she|they|him|her|them|that|this|it|who|which)\s+(?:(?:does|do|would|will|"
    r"should|is|are|'s|'re|would)(?:\s*n[o']?t)?\s+|(?:does|do|would|will|should|is|are)"
    r"(?:n't|nt| not)\s+|(?:still|also|really)\s+)?(?:be\s+)?(?:count(?:s|ed)?|included)|"
    r"(?:does|do|would|will|should|is|are)(?:n't|nt)?\s+(?:he|she|they|him|her|them|my|our|"
    r"the|your)\b(?:\s+[\w'-]+){0,3}?\s+(?:be\s+)?(?:count(?:s|ed)?|included))\b",
    re.IGNORECASE,
)


def _asks_whether_one_counts(doc: Doc, count: HeadCount) -> bool:
    """COUNT, read by the token reader only, names single people and no number, and the
    message asks whether such a person counts ("my dad helps for free on weekends, he
    doesn't count, right?"): a question of who counts, not a head count of one."""
    return (
        bool(count.groups)
        and all(g.role == "single" and g.who != "you" for g in count.groups)
        and not any(t.like_num for t in doc)
        and _ASKS_COUNTED.search(doc.text) is not None
    )


def _without_set_aside(doc: Doc, lex: Lexicon, count: HeadCount) -> HeadCount | None:
    """COUNT without the numbers the grammar of groups read and set aside: "one of our guys
    had a near miss" names one of a group, no head count. One reader decides each number:
    where the grammar read a mention at a token, the token reader's group there is dropped."""
    aside = {m.at for m in MentionReader(doc, lex, date.today()).mentions() if m.subset}
    if not aside:
        return count
    kept = [g for g in count.groups if g.at not in aside]
    if not kept:
        return None
    if len(kept) == len(count.groups):
        return count
    return replace(count, groups=tuple(kept), total=_total(kept)[0])


def _without_things(doc: Doc, count: HeadCount) -> HeadCount | None:
    """COUNT without the numbers of things the token reader took for people where the grammar
    of groups read no one ("we have like 200 toolbox talk sheets", "400 FLHAs"), and with one
    person named in two ways read once ("my admin lady": not "your admin" too)."""
    kept: list[Group] = []
    for g in count.groups:
        after = doc[g.at + 1] if 0 <= g.at < len(doc) - 1 else None
        if (
            not g.who
            and g.role != "single"
            and after is not None
            and after.is_alpha
            and singular_person(after.lower_) is None
            and after.lower_ not in _NOT_THINGS
        ):
            continue  # a number of things: the word after it names no people
        same = next((k for k in kept if k.role == "single" and k.at == g.at), None)
        if same is not None and g.role == "single":
            if len(g.who) > len(same.who):
                kept[kept.index(same)] = g
            continue
        kept.append(g)
    if not kept:
        return None
    if len(kept) == len(count.groups):
        return count
    total = sum(g.count for g in kept)
    return replace(count, groups=tuple(kept), total=total)


# Words after a bare number that leave it a number of people ("8 now", "8 total").
_NOT_THINGS = frozenset(
    {"now", "total", "in", "on", "at", "with", "and", "or", "plus", "counting", "including",
     "incl", "not", "of", "max", "tops", "right", "ok", "okay", "is", "are", "so", "but",
     "then", "people", "more", "besides", "without", "this", "last", "next", "during", "for",
     "excluding", "me", "myself", "us", "if", "when", "since", "before", "after",
     "year", "years", "yr", "yrs", "altogether", "all", "full", "part", "usually", "mostly"}
)  # fmt: skip


def _only_asked(doc: Doc, count: HeadCount) -> bool:
    """Every group of COUNT names a kind of case asked about or the company itself, not
    people counted: "does one person have to ...", "split between a couple of guys", "we're
    an electrical contractor" (the grammar of groups read no one there)."""
    lowers = [t.lower_ for t in doc]

    def asked(g: Group) -> bool:
        if g.role == "single":
            return bool(_WE_ARE_A.search(doc.text)) and g.who.startswith(("a ", "an "))
        if not 0 < g.at < len(lowers):
            return False
        before = lowers[max(g.at - 2, 0) : g.at]
        return before[-1:] in (["does"], ["do"], ["should"], ["must"]) or before in (
            ["between", "a"],
            ["among", "a"],
        )

    return bool(count.groups) and all(asked(g) for g in count.groups)


_WE_ARE_A = re.compile(r"\bwe(?:'re| are| r|re) an? ", re.IGNORECASE)


def _owners_named(reading: Reading) -> bool:
    """The reading counts the owners or the one asking ("the two owners also work")."""
    return any(m.kind in ("owner", "self") or "you" in m.holds for m in reading.counted)


def _explained(difference: int, excluded: tuple[int, ...]) -> bool:
    """The other reading differs only by people this one left out, with the reason said."""
    return difference == 0 or 0 < difference <= sum(excluded)


def _from_reading(reading: Reading) -> HeadCount:
    """The grammar's reading as a head count with its trace."""
    groups = []
    for m in reading.counted:
        if m.single:
            role: Role = "single"
        elif m.time == "peak":
            role = "extra" if m.added else "alternative"
        else:
            role = "fixed"
        who = m.who
        if m.time == "planned" and m.kind == "total":
            who = "in all, as you expect"
        elif m.time == "planned":
            who = f"{who} you plan to add" if who else "more you plan to add"
        groups.append(Group(m.count, who, role, m.at))
    return HeadCount(
        total=reading.total,
        groups=tuple(groups),
        peak=reading.peak,
        bare=all(m.bare or not m.who for m in reading.counted),
        owner_unsure=reading.owner_unsure,
        notes=(*(f"not counted: {n}" for n in reading.not_counted), *reading.extra_notes),
        unsure=reading.unsure,
        planned=reading.planned,
        asks_room=reading.asks_room,
    )


def read_categories(doc: Doc, lex: Lexicon) -> tuple[str, ...]:
    """The who-counts categories a question names (owner, family, part_time, ...)."""
    words: set[str] = set()
    tokens = list(doc)
    for i, tok in enumerate(tokens):
        words.update((tok.norm_, tok.lower_))
        if i + 1 < len(tokens):
            nxt = tokens[i + 1]
            words.update((f"{tok.norm_} {nxt.norm_}", f"{tok.lower_} {nxt.lower_}"))
    found = [c.id for c in lex.categories if words.intersection(c.words)]
    if "temporary" not in found and _SEASONAL_PEOPLE.search(doc.text):
        found.append("temporary")  # "my summer guys", "the winter crew": seasonal staff
    order = [c.id for c in lex.categories]
    return tuple(sorted(found, key=order.index))


# People named by the season they work in: seasonal staff for the who-counts answer.
_SEASONAL_PEOPLE = re.compile(
    r"\b(?:summer|winter|spring|fall|seasonal|holiday|weekend)\s+(?:hires?|help(?:ers?)?|guys?|"
    r"kids?|workers?|staff|crew|people|labou?rers?|hands?|gals?)\b",
    re.IGNORECASE,
)


class _Reader:
    """One pass over the tokens of a question."""

    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.lex = lex
        self.tokens: list[Token] = list(doc)
        self.norms = [t.norm_ for t in self.tokens]
        self.lowers = [t.lower_ for t in self.tokens]
        self.first_person = any(w in FIRST_PERSON for w in self.lowers)
        self.concepts: tuple[str, ...] = doc._.concepts or ()
        self.text = doc.text
        self.named_owners = False  # "two owners, me and my dad" was read

    # numbers --------------------------------------------------------------------
    def value(self, i: int) -> int | None:
        """The number at token I (digits or words), or None."""
        text = self.lowers[i]
        if text.isdigit() and len(text) <= 4:
            return int(text)
        if text in self.lex.numbers:
            if text == "dozen":
                return 6 if self._before(i, ("half", "a")) else 12
            return self.lex.numbers[text]
        return None

    def _before(self, i: int, words: tuple[str, ...]) -> bool:
        start = i - len(words)
        return start >= 0 and tuple(self.lowers[start:i]) == words

    def _after(self, i: int, words: tuple[str, ...]) -> bool:
        end = i + 1 + len(words)
        return end <= len(self.lowers) and tuple(self.lowers[i + 1 : end]) == words

    def _said_before(self, i: int, value: int | None) -> bool:
        """VALUE (None: any number) was already given as a number before token I."""
        return any(
            self.value(j) is not None and (value is None or self.value(j) == value)
            for j in range(i)
        )

    def _date_day(self, i: int) -> bool:
        """The number at I, after a month's name, is a day of it: no person word follows."""
        after = self.norms[i + 1] if i + 1 < len(self.norms) else ""
        person = after in self.lex.person_nouns or singular_person(after) is not None
        return not person and after not in ("of", "people", "us", "more", "extra", "new")

    def _role_one(self, i: int) -> bool:
        """ "the one" at I names a role ("be the one who takes the course", "is the one with
        first aid"), not one more person."""
        before = self.lowers[max(i - 3, 0) : i - 1]
        after = self.lowers[i + 1] if i + 1 < len(self.lowers) else ""
        return any(w in ("be", "is", "'s", "was", "are", "am", "'m") for w in before) and (
            after in ("who", "that", "with", "to", "doing", "taking", "holding", "for", "")
        )

    def _phone_like(self, i: int) -> bool:
        """Part of a hyphenated chain of three or more numbers (a phone number)."""
        chain = 0
        for step in (2, -2):
            j = i
            for _ in range(2):
                k, hyphen = j + step, j + step // 2
                if not (0 <= k < len(self.tokens)) or self.lowers[hyphen] != "-":
                    break
                if not self.lowers[k].isdigit():
                    break
                chain += 1
                j = k
        return chain >= 2

    # the pass ----------------------------------------------------------------------
    def read(self) -> HeadCount | None:
        count, included = self._read_tokens()
        if count is not None and (self._stale_spans() or self.named_owners):
            return count
        if included or (count is not None and count.peak):
            return count
        roster = self._roster(count)
        return roster if roster is not None else count

    def _read_tokens(self) -> tuple[HeadCount | None, dict[int, str]]:
        """The head count read token by token, and the people a number already holds."""
        groups: list[Group] = []
        bare: list[Group] = []
        bound: Bound = "exact"
        skip: set[int] = set()
        for i in range(len(self.tokens)):
            if i in skip:
                continue
            crews = self._crews(i, skip)
            if crews is not None:
                groups.append(crews)
                continue
            found = self._number_group(i, skip)
            if found is None:
                continue
            group, is_person, group_bound = found
            if group_bound != "exact":
                bound = group_bound
            (groups if is_person else bare).append(group)
        stale = [g for g in groups + bare if self._is_stale(g.at)]
        groups = [g for g in groups if g not in stale]
        bare = [g for g in bare if g not in stale]
        included = self._included()
        pairs = self._pairs()
        paired = {k for g in pairs for k in (g.at, g.at + 2)}
        singles = [g for g in self._singles(skip) if g.at not in included and g.at not in paired]
        singles += pairs
        singles = self._drop_apposed_owner(self._drop_named_owners(groups, singles))
        if included or singles:
            # "11 plus me", "nine counting me": a bare number next to named people counts people
            groups, bare = self._promote(groups, bare, included)
        if included:
            groups = [self._with_included(g, included) for g in groups]
        if any(g.role == "extra" for g in groups):
            # "we currently have 9 and will add 2 in spring": today's crew is the base
            groups = [self._present_base(g) for g in groups]
        if not groups and not bare and "one_person" not in self.concepts and not _together(singles):
            return None, included
        used_bare = not groups and not singles and bool(bare)
        if groups or singles:
            # "usually 5 guys but up to 9 in busy season": a count for another period
            varying = [g for g in bare if g.role in ("alternative", "extra")]
            chosen = groups + varying + singles
        else:
            chosen = bare
        if (
            "one_person" in self.concepts
            and not any(g.who == "you" for g in chosen)
            and not included
        ):
            chosen.append(Group(1, "you", "single"))
        if not chosen:
            return None, included
        total, peak = _total(chosen)
        return HeadCount(
            total=total,
            groups=tuple(chosen),
            bound=bound,
            peak=peak,
            bare=used_bare,
            owner_unsure=self._owner_unsure(chosen) and not included,
            notes=tuple(
                f"the {g.count} from more than 12 months ago does not count: the rule looks at "
                "the past 12 months"
                for g in stale[:1]
            ),
        ), included

    def _roster(self, count: HeadCount | None) -> HeadCount | None:
        """A plain list of people by title, family word and number (``bot.roster``).

        Used when the list counts at least as many people as the tokens did (a job title or a
        family word the tokens do not know), and when the tokens read nothing.
        """
        members = read_roster(self.text, 2 if count is not None else 1)
        if not members:
            return None
        listed = sum(m.count for m in members)
        if count is not None and (
            count.bound != "exact" or (count.total > listed and not count.bare)
        ):
            return None
        groups = [
            Group(m.count, m.who, "single" if m.single else "fixed", k)
            for k, m in enumerate(members)
        ]
        owners = any(_singular_word(w) in OWNER_WORDS for m in members for w in m.who.split())
        return HeadCount(
            total=sum(g.count for g in groups),
            groups=tuple(groups),
            owner_unsure=self.first_person
            and not owners
            and not _OWNS.search(self.text)
            and all(g.who != "you" for g in groups),
        )

    def _crews(self, i: int, skip: set[int]) -> Group | None:
        """ "two crews of 5": so many groups of so many people."""
        if i + 3 >= len(self.tokens) or self.norms[i + 1] not in CREW_WORDS:
            return None
        groups, size = self.value(i), self.value(i + 3)
        if groups is None or size is None or self.lowers[i + 2] != "of" or groups > 20:
            return None
        skip.update(range(i, i + 4))
        who = f"people ({groups} {self.tokens[i + 1].text} of {size})"
        return Group(groups * size, who, "fixed", i)

    def _included(self) -> dict[int, str]:
        """People a number already holds ("nine counting me", "10 including me and my wife").

        Maps the index of each included person to the words naming them.
        """
        out: dict[int, str] = {}
        for i, lower in enumerate(self.lowers):
            if lower not in INCLUDING or (i > 0 and self.lowers[i - 1] in ("not", "excluding")):
                continue
            if (
                lower == "include"
                and i > 0
                and self.lowers[i - 1] in ("that", "it", "this", "does")
            ):
                continue  # "does that include me?" asks; it does not say
            if lower == "included":
                # "me included", "with me and my wife included"
                j = i - 1
                while j >= 0 and (self._is_person_word(j) or self.lowers[j] in ("and", ",")):
                    if self._is_person_word(j):
                        out[j] = self._person_words(j)
                    j -= 1
                continue
            if not any(self.value(k) is not None for k in range(max(i - 4, 0), i)):
                continue
            j = i + 1
            while j < len(self.lowers) and (
                self._is_person_word(j) or self.lowers[j] in ("and", ",", "my", "our", "the")
            ):
                if self._is_person_word(j) and self._starts_clause(j):
                    break  # "incl me and my nephew wants to work for us": a new person
                if self._is_person_word(j):
                    out[j] = self._person_words(j)
                j += 1
        return out

    def _is_person_word(self, j: int) -> bool:
        lower = self.lowers[j]
        if lower in ("me", "myself", "i"):
            return True
        prev = self.lowers[j - 1] if j > 0 else ""
        return prev in POSSESSIVES and (
            self.norms[j] in self.lex.singles or lower in self.lex.singles
        )

    def _person_words(self, j: int) -> str:
        if self.lowers[j] in ("me", "myself", "i"):
            return "you"
        prev = self.lowers[j - 1]
        owner = "your" if prev in ("my", "our") else prev
        return f"{owner} {self.tokens[j].text}"

    def _promote(
        self, groups: list[Group], bare: list[Group], included: dict[int, str]
    ) -> tuple[list[Group], list[Group]]:
        """Bare numbers that count people because named people stand next to them."""
        people: list[Group] = list(groups)
        rest: list[Group] = []
        for group in bare:
            near_include = any(0 < k - group.at <= 6 for k in included)
            if group.role == "fixed" and (near_include or self._coordinated(group.at)):
                people.append(Group(group.count, "others", "fixed", group.at))
            else:
                rest.append(group)
        return people, rest

    def _coordinated(self, i: int) -> bool:
        """The number at I is joined to a person by "plus", "and", a comma or "with"."""
        before = self.lowers[i - 1] if i > 0 else ""
        after = self.lowers[i + 1] if i + 1 < len(self.lowers) else ""
        return before in COORDINATORS or before == "," or after in COORDINATORS or after == ","

    def _with_included(self, group: Group, included: dict[int, str]) -> Group:
        """Name the people a group already holds: "10 people (you and your wife included)"."""
        names = [name for k, name in sorted(included.items()) if 0 < k - group.at <= 6]
        if not names or group.at < 0:
            return group
        noun = "people" if group.who in ("", "others") else group.who
        who = f"{noun} ({_and(names)} included)"
        return Group(group.count, who, group.role, group.at)

    def _number_group(self, i: int, skip: set[int]) -> tuple[Group, bool, Bound] | None:
        value = self.value(i)
        if value is None or value > 500 or self._phone_like(i):
            return None
        prev = self.lowers[i - 1] if i > 0 else ""
        if prev in self.lex.before_units or numbers_a_label(self.lowers, i):
            return None  # (and "year 2 and 3", "elements 4 and 5": numbered things)
        if prev == "the" and not self.first_person:
            return None
        if prev == "the" and self._after(i, ("of", "us")) and self._said_before(i, value):
            return None  # "3 partners and 8 workers, the 3 of us": the partners again
        if any(self._after(i, ("of", w)) for w in SUBSET_WORDS) and self._said_before(i, None):
            return None  # "6 guys, 2 of them part time": some of the people already counted
        if any(w in INCLUDING for w in self.lowers[max(i - 2, 0) : i]) and self._said_before(
            i, None
        ):
            return None  # "we are 9 including the two owners": already in the 9
        if value == 1 and self.lowers[i] in ("one", "1") and prev in ("no", "any", "every", "each"):
            return None
        if prev in MONTHS and value <= 31 and self._date_day(i):
            return None  # "it's April 20 today", "by June 1": a date, no people
        if self.lowers[i] == "one" and prev == "the" and self._role_one(i):
            return None  # "can she be the one with the first aid": a role, no one more
        end = i
        if value in (20, 30, 40, 50, 60, 70, 80, 90):
            for step in (1, 2):
                if i + step >= len(self.tokens):
                    break
                unit = self.value(i + step)
                if unit is not None and 0 < unit < 10 and (step == 1 or self.lowers[i + 1] == "-"):
                    value, end = value + unit, i + step
                    skip.update(range(i + 1, end + 1))
                    break
        # a range: "6-12", "6 to 12", "6 or 7"
        high = value
        i_start = i
        i = end
        if i + 2 < len(self.tokens) and self.lowers[i + 1] in ("-", "to", "or", "\u2013"):
            second = self.value(i + 2)
            if second is not None and second >= value and not self._phone_like(i + 2):
                high, end = second, i + 2
                skip.update({i + 1, i + 2})
        # "between 6 and 12"
        if prev == "between" and i + 2 < len(self.tokens) and self.lowers[i + 1] == "and":
            second = self.value(i + 2)
            if second is not None:
                high, end = max(second, value), i + 2
                skip.update({i + 1, i + 2})
        i = i_start
        bound = self._bound(i, end)
        if bound is None:
            return None
        noun, modifiers, unit = self._noun_after(end)
        place = self._place_after(end) if noun is None and not unit else ""
        if place:
            noun = i
        if unit:
            return None
        if noun is None:
            noun = self._noun_before(i)
        is_person = noun is not None
        if noun is None and any(m in self.lex.extra for m in modifiers):
            is_person = True  # "4 more in summer"
        if noun is not None and noun + 1 < len(self.tokens) and self.norms[noun + 1] in RULE_WORDS:
            return None
        count = high
        if bound == "more_than":
            count = high + 1
        elif bound == "fewer_than":
            count = max(high - 1, 0)
        role = self._role(i, end, noun, modifiers, ranged=high != value)
        who = self._who(noun) if noun is not None and noun != i else place
        if (noun is None or noun == i) and is_person and not who and "more" in modifiers:
            who = "more"
        if noun is None and is_person:
            who = "more"
        return Group(count, who, role, i), is_person, bound

    def _bound(self, i: int, end: int) -> Bound | None:
        """How the number is bounded; None when it states the rule rather than a count."""
        bound: Bound = "exact"
        for words in OVER:
            if self._before(i, words):
                bound = "more_than"
        for words in UNDER:
            if self._before(i, words):
                bound = "fewer_than"
        for words in AT_LEAST:
            if self._before(i, words):
                bound = "at_least"
        trailing_under = any(self._after(end, w) for w in TRAILING_UNDER)
        trailing_over = any(self._after(end, w) for w in TRAILING_OVER) or (
            end + 1 < len(self.lowers)
            and self.lowers[end + 1] == "+"
            and (end + 2 >= len(self.lowers) or self.value(end + 2) is None)
            and (end + 2 >= len(self.lowers) or self.lowers[end + 2] not in _JOINED_AFTER_PLUS)
        )  # "10+ guys" is 10 or more; "9 + me", "9 + my wife" add people
        if bound == "more_than" and any(
            self._before(i, (neg, *words)) for neg in ("never", "not", "no") for words in OVER
        ):
            bound = "exact"  # "never more than 3 at a time": at most 3
        if bound in ("more_than", "fewer_than") and self._asks_rule(i):
            return None  # "me and 8 workers, are we under 10?": the rule, asked
        if trailing_under:
            bound = "exact" if bound == "exact" else bound
        if trailing_over:
            bound = "more_than" if self.lowers[end + 1] == "+" else "at_least"
        plus_sign = end + 1 < len(self.lowers) and self.lowers[end + 1] == "+"
        if (bound != "exact" or trailing_under) and not self.first_person and not plus_sign:
            return None  # "is SECOR for companies under 10?" asks about the rule
        if any(self._before(i, (word,)) for word in ("max", "maximum", "limit")):
            return None if not self.first_person else bound
        if self.value(i) == LIMIT and names_the_limit(self.lowers, i):
            return None  # "does my wife count toward the 10 employees?": the rule, named
        if bound == "more_than" and self._growing(i):
            return None  # "what if we grow past 10": the rule, asked about the future
        return bound

    def _growing(self, i: int) -> bool:
        """A growth verb shortly before the comparison at I ("if we go over 10 people")."""
        return any(self.norms[j] in GROWTH_VERBS for j in range(max(i - 4, 0), i))

    def _noun_after(self, i: int) -> tuple[int | None, list[str], bool]:
        """The person noun after the number at I, the words between, and if a unit came first."""
        modifiers: list[str] = []
        for j in range(i + 1, min(i + 5, len(self.tokens))):
            norm, lower = self.norms[j], self.lowers[j]
            if lower in ("-", "'", "\u2019") or (lower == "+" and j == i + 1):
                continue
            if norm in self.lex.units or lower in self.lex.units:
                if (
                    modifiers
                    and modifiers[-1] in ("next", "this", "in", "by", "within")
                    and any(m in self.lex.extra for m in modifiers[:-1])
                ):
                    return None, modifiers[:-1], False  # "3 more next month": people, then when
                return None, modifiers, True
            if norm in self.lex.person_nouns or lower in self.lex.person_nouns or lower == "us":
                return j, modifiers, False
            if self.value(j) is not None or norm in NOUN_STOP or lower in NOUN_STOP:
                break
            modifiers.append(norm)
        return None, modifiers, False

    def _noun_before(self, i: int) -> int | None:
        """ "a crew of 8", "we are 10": a group word right before the number."""
        if (
            i >= 2
            and self.lowers[i - 1] == "of"
            and self.norms[i - 2] in (GROUP_WORDS | self.lex.person_nouns)
        ):
            return i
        if i >= 2 and self.norms[i - 1] == "be" and self.lowers[i - 2] in ("we", "there"):
            return i
        if self.first_person and i >= 1 and self.lowers[i - 1] in STEADY:
            return i  # "on top of our regular 8"
        if self.first_person and any(self._before(i, words) for words in REACHED):
            return i  # "we went up to 11", "what if we go to 11", "we hit 12 in July"
        have = [j for j in range(max(i - 2, 0), i) if self.norms[j] in ("have", "get", "got")]
        if (
            have
            and have[-1] >= 1
            and (
                self.lowers[have[-1] - 1] in ("we", "i")
                or (have[-1] >= 2 and self.lowers[have[-1] - 2] in ("we", "i"))
            )
        ):
            return i  # "we have 9 and hire 3 more", "we currently have 9"
        for j in range(i - 1, max(i - 4, -1), -1):
            if self.norms[j] in EMPLOY_VERBS:
                return i
            if self.lowers[j] not in APPROXIMATE:
                break
        if (
            i >= 3
            and self.lowers[i - 1] in ("a", "an")
            and self.norms[i - 2] == "be"
            and (self.lowers[i - 3] == "we")
        ):
            return i
        return None

    def _role(self, i: int, end: int, noun: int | None, modifiers: list[str], ranged: bool) -> Role:
        after = noun if noun is not None else end
        seasonal = noun is not None and (
            self.norms[noun] in SEASONAL_NOUNS
            or self.lowers[noun] in SEASONAL_NOUNS
            or self.norms[noun] in ADDED_PEOPLE
            or self.lowers[noun] in ADDED_PEOPLE
        )
        added = i > 0 and (
            self.lowers[i - 1] in ("plus", "+", "besides")
            or any(self.norms[j] in ADD_VERBS for j in range(max(i - 2, 0), i))
        )
        if noun is not None and (seasonal or added) and self._context_varies(i, after):
            return "extra"  # "8 guys plus 2 students in July": on top of the crew at its peak
        if any(m in self.lex.extra for m in modifiers):
            return "extra"
        if noun is None and any(m in self.lex.varies for m in modifiers):
            return "alternative"  # "12 last summer, 6 now": each a count of its own time
        if any(m in self.lex.varies for m in modifiers):
            return "extra"
        if self._on_top(after):
            return "extra"  # "3 guys for two weeks on top of our regular 8"
        if after + 1 < len(self.tokens) and self.lowers[after + 1] in self.lex.extra:
            return "extra"
        if ranged or any(self._before(i, w) for w in UP_TO):
            return "alternative"
        if self._context_varies(i, after):
            return "alternative"
        return "fixed"

    def _on_top(self, after: int) -> bool:
        """ "on top of" follows the group at AFTER within its clause."""
        for j in range(after + 1, min(after + 9, len(self.tokens) - 2)):
            if self.lowers[j] in (",", ";", ".", "?", "but"):
                return False
            if self.lowers[j : j + 3] == ["on", "top", "of"]:
                return True
        return False

    def _context_varies(self, i: int, after: int) -> bool:
        for j in range(i - 1, max(i - 4, -1), -1):
            if self.lowers[j] in CLAUSE_END:
                break
            if self._varies(j):
                return True
        for j in range(after + 1, min(after + 5, len(self.tokens))):
            if self.lowers[j] in CLAUSE_END:
                break
            if self.value(j) is not None:
                # "13 for 3 weeks": a count that held for a while
                return self.lowers[j - 1] == "for" and self._duration(j + 1)
            if self._duration(j) and "for" in self.lowers[max(j - 3, after) : j]:
                return True  # "4 temps for a few weeks"
            if self._varies(j):
                return True
        return False

    def _duration(self, j: int) -> bool:
        return j < len(self.norms) and self.norms[j] in DURATIONS

    def _varies(self, j: int) -> bool:
        """A word of time that makes a count one period's ("in summer"), not "now"."""
        return self.norms[j] in self.lex.varies or self.lowers[j] in self.lex.varies

    def _who(self, noun: int) -> str:
        text = self.tokens[noun].text
        return "of you" if text.lower() == "us" else text

    # single people -------------------------------------------------------------------
    def _singles(self, skip: set[int]) -> list[Group]:
        out: list[Group] = []
        seen_self = False
        for i, lower in enumerate(self.lowers):
            prev = self.lowers[i - 1] if i > 0 else ""
            nxt = self.lowers[i + 1] if i + 1 < len(self.lowers) else ""
            if lower in ("me", "myself") or (lower == "i" and (prev == "and" or nxt == "and")):
                listed = prev in SELF_NEIGHBOURS or nxt in SELF_NEIGHBOURS or prev in SELF_LEADS
                if listed and not seen_self:
                    seen_self = True
                    out.append(Group(1, "you", "single", i))
                continue
            norm = self.norms[i]
            if norm not in self.lex.singles and lower not in self.lex.singles:
                continue
            if lower != norm and lower.endswith("s") and lower not in self.lex.singles:
                continue  # "do the owners count?": a plural names no one person
            named = ""
            if (
                prev not in POSSESSIVES
                and i > 1
                and self.lowers[i - 2] in ("my", "our")
                and prev.replace("-", "").isalpha()
                and self.value(i - 1) is None
                and prev not in CLAUSE_END
                and norm not in GENERIC_SINGLES
            ):
                named, prev = (
                    f"{self.tokens[i - 1].text} ",
                    self.lowers[i - 2],
                )  # "my business partner"
            elif (joined := self._joined_single(i)) is not None:
                if norm in GENERIC_SINGLES or (lower.endswith("s") and lower != norm):
                    continue
                words = " ".join(t.text for t in self.tokens[joined : i + 1])
                out.append(Group(1, f"the {words}", "single", joined))
                continue
            elif (
                (i == 0 or prev in (",", ";"))
                and self._family(i)
                and nxt
                not in (
                    "count",
                    "counts",
                    "included",
                    "?",
                )
            ):
                out.append(Group(1, f"your {self.tokens[i].text}", "single", i))
                continue
            elif prev not in POSSESSIVES or (i > 0 and self.value(i - 1) is not None):
                continue
            if norm in GENERIC_SINGLES or lower in GENERIC_SINGLES:
                before = self.lowers[i - 2] if i > 1 else ""
                if prev not in ("a", "an") or before not in COORDINATORS:
                    continue
            owner = "your" if prev in ("my", "our") else prev
            at = i - 1 if named else i
            out.append(Group(1, f"{owner} {named}{self.tokens[i].text}", "single", at))
        return out

    def _joined_single(self, i: int) -> int | None:
        """Where a one-person item of a "+" list starts ("owner + office mgr + 3 crews")."""
        start = i
        prev = self.lowers[i - 1] if i > 0 else ""
        if (
            prev.isalpha()
            and prev not in CLAUSE_END | COORDINATORS | POSSESSIVES | NOUN_STOP
            and (self.norms[i - 1] in self.lex.person_nouns or self.norms[i - 1] in PLACES)
        ):
            start = i - 1  # "office mgr"
        before = self.lowers[start - 1] if start > 0 else ""
        after = self.lowers[i + 1] if i + 1 < len(self.lowers) else ""
        if before in LIST_JOINERS or (before in ("", ",") and after in LIST_JOINERS):
            return start
        return None

    def _family(self, i: int) -> bool:
        family: frozenset[str] = next(
            (frozenset(c.words) for c in self.lex.categories if c.id == "family"), frozenset()
        )
        return self.lowers[i] in family and self.lowers[i] not in ("family", "relative")

    def _starts_clause(self, j: int) -> bool:
        return j + 1 < len(self.lowers) and self.lowers[j + 1] in CLAUSE_VERBS

    def _asks_rule(self, i: int) -> bool:
        """ "are we under 10?", "do we stay under 10": a comparison asked, not a count given."""
        window = self.lowers[max(i - 5, 0) : i]
        asked = any(a == "are" and b == "we" for a, b in pairwise(window)) or any(
            a == "am" and b == "i" for a, b in pairwise(window)
        )
        if asked or any(w in ("still", "stay", "remain", "keep") for w in window):
            return True
        # "do you have to be under 10", "must we be below 10": the limit, asked as a duty
        if self.value(i) == LIMIT and any(
            a in _DUTY and b in ("be", "stay", "remain") for a, b in pairwise(window)
        ):
            return True
        # "me and 5 guys. under 10?": the limit itself, compared and asked at once
        after = [w for w in self.lowers[i + 1 : i + 3] if w != ","]
        return self.value(i) == LIMIT and bool(after) and after[0] in ("?", "right", "ok", "eh")

    def _place_after(self, end: int) -> str:
        """ "5 in field", "3 in the office": the place the people work, or ""."""
        if not self.first_person or end + 2 >= len(self.lowers) or self.lowers[end + 1] != "in":
            return ""
        k = end + 2
        if self.lowers[k] in ("the", "our") and k + 1 < len(self.lowers):
            k += 1
        return f"in the {self.lowers[k]}" if self.lowers[k] in PLACES else ""

    def _stale_spans(self) -> bool:
        return bool(STALE.search(self.text))

    def _is_stale(self, at: int) -> bool:
        """The token AT is in a clause that speaks of years ago (older than the 12 months), or
        of a year before last ("we were 12 in 2024 but only 6 since then")."""
        if at < 0:
            return False
        if self._old_year(at):
            return True
        since = [
            k
            for k in range(len(self.lowers) - 1)
            if self.lowers[k] == "since"
            and self.lowers[k + 1].isdigit()
            and len(self.lowers[k + 1]) == 4
            and int(self.lowers[k + 1]) < date.today().year - 1
        ]
        if since and at < since[0]:
            return True  # "we used to be 15 but since 2024 its 7": the 15 is older
        if not self._stale_spans():
            return False
        lo = at
        while lo > 0 and self.lowers[lo - 1] not in (",", ";", ".", "but", "!", "?"):
            lo -= 1
        hi = at
        while hi + 1 < len(self.lowers) and self.lowers[hi + 1] not in (",", ";", ".", "but"):
            hi += 1
        return bool(STALE.search(" ".join(self.lowers[lo : hi + 1])))

    def _old_year(self, at: int) -> bool:
        """A year before last is named in the clause of the token AT."""
        lo = at
        while lo > 0 and self.lowers[lo - 1] not in (",", ";", ".", "but", "!", "?", "now"):
            lo -= 1
        hi = at
        while hi + 1 < len(self.lowers) and self.lowers[hi + 1] not in (",", ";", ".", "but"):
            hi += 1
        words = self.lowers[lo : hi + 1]
        years = [int(w) for w in words if len(w) == 4 and w.isdigit() and w[:2] == "20"]
        since = any(w == "since" for w in self.lowers[lo : hi + 1])
        return bool(years) and not since and max(years) < date.today().year - 1

    def _drop_named_owners(self, groups: list[Group], singles: list[Group]) -> list[Group]:
        """ "two owners, me and my dad": the people after the comma are those owners."""
        out = list(singles)
        for group in groups:
            noun = next(
                (
                    j
                    for j in range(group.at + 1, min(group.at + 4, len(self.lowers)))
                    if self.lowers[j] in OWNER_PLURALS
                ),
                None,
            )
            if noun is None or noun + 1 >= len(self.lowers):
                continue
            if self.lowers[noun + 1] not in (",", ":", "(", "-", "\u2013"):
                continue
            named = sorted(
                (g for g in out if noun < g.at <= noun + 2 + 2 * group.count),
                key=lambda g: g.at,
            )
            stated = {"has", "have", "had", "are", "is", "'s", "got", "but", "and", "with"}
            if not stated.intersection(self.lowers[max(group.at - 3, 0) : group.at]):
                continue  # "2 guys, 2 owners, my wife and me" lists four kinds of people
            if len(named) != group.count or not any(g.who == "you" for g in named):
                continue  # the owners named include the one asking: "two owners, me and my dad"
            last = named[-1].at
            if last + 1 >= len(self.lowers) or self.lowers[last + 1] in (
                ",",
                ".",
                ";",
                ")",
                "?",
                "!",
                "-",
                "\u2013",
            ):
                for g in named:
                    out.remove(g)
                self.named_owners = True
        return out

    def _drop_apposed_owner(self, singles: list[Group]) -> list[Group]:
        """ "just me, the owner", "me, sole proprietor": an owner said right after "me", with
        only a comma or an article between, is the one asking described, not one more."""
        out = list(singles)
        for g in singles:
            if ("owner" not in g.who and "propriet" not in g.who) or g.who.startswith("you ("):
                continue
            for k in range(max(g.at - 4, 0), max(g.at, 0)):
                if self.lowers[k] in SELF_WORDS or self.norms[k] == "one_person":
                    between = set(self.lowers[k + 1 : g.at]) - APPOSITION
                    if not between:
                        out.remove(g)
                        break
        if len(out) < len(singles) and not any(g.who == "you" for g in out):
            out.append(Group(1, "you", "single"))
        you = [g for g in out if g.who == "you" or g.who.startswith("you (")]
        if len(you) > 1:  # "me, sole proprietor": you, once
            out = [g for g in out if g not in you or g is you[0]]
        return out

    def _present_base(self, group: Group) -> Group:
        if group.role != "alternative" or group.at < 0:
            return group
        if any(
            self.lowers[j] in PRESENT or self.lowers[j] in STEADY_ADVERBS
            for j in range(max(group.at - 3, 0), group.at)
        ):
            return Group(group.count, group.who, "fixed", group.at)
        return group

    def _pairs(self) -> list[Group]:
        """Two people named as a pair: "a husband and wife team", "father and son"."""
        out: list[Group] = []
        for i in range(len(self.lowers) - 2):
            first, joiner, second = self.lowers[i : i + 3]
            if joiner not in ("and", "&") or (first, second) not in PAIRS:
                continue
            if i > 0 and self.lowers[i - 1] in POSSESSIVES - {"a", "an", "the"}:
                continue  # "my husband and wife" is not a pair phrase
            out.append(Group(2, f"the {first} and {second}", "single", i))
        return out

    def _owner_unsure(self, groups: list[Group]) -> bool:
        if any(g.who == "you" for g in groups):
            return False
        text = " ".join(self.lowers)
        return any(
            p in text
            for p in (
                "i have",
                "i employ",
                "i've got",
                "i got",
                "we have",
                "we employ",
                "i 've",
                "we 've",
                "i hire",
                "we hire",
            )
        )


def _singular_word(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


def _together(singles: list[Group]) -> bool:
    """Two named people close together ("me and my wife"), not spread over separate clauses."""
    places = sorted(g.at for g in singles)
    return any(b - a <= 3 for a, b in pairwise(places))


def _total(groups: list[Group]) -> tuple[int, bool]:
    singles = sum(g.count for g in groups if g.role == "single")
    fixed = sum(g.count for g in groups if g.role == "fixed")
    extra = sum(g.count for g in groups if g.role == "extra")
    alternatives = [g.count for g in groups if g.role == "alternative"]
    steady = fixed + extra
    top = max(alternatives, default=0)
    peak = len(alternatives) > 1 or (bool(alternatives) and steady > 0) or extra > 0
    return singles + max(steady, top), peak


def _and(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"
