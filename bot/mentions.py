"""Mentions of people in a sentence, the parts the grammar of groups (``bot.groups``) combines.

A mention is one of: a number with a person word ("9 field guys", "3 gals in the office"),
so many groups of a size ("2 crews of 4", "3 trucks with 2 guys each", "4 two-man crews"),
one person per group or per leader ("each crew with its own foreman", "each foreman has
4 guys"), "N of us", one person ("me", "my brother", "the bookkeeper", "a foreman"), or
a bare number ("me plus 6"), which ``bot.groups`` decides about. Each has a kind (you,
owner, family, office, foreman, part-time, seasonal, subcontractor, worker).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from spacy.tokens import Doc

from bot.lexicon import Lexicon
from bot.roster import singular_person

Time = Literal["now", "peak", "stale", "planned"]

LIMIT = 10
SELF = frozenset({"me", "myself", "i"})
JOIN = frozenset({"and", "n", "&", "+", "plus", ",", "with", "also"})
POSSESSIVE = frozenset({"my", "our", "his", "her", "their"})
# Words of how someone works, before the first person of a list.
ITEM_MODIFIERS = frozenset(
    {"part_time", "full_time", "seasonal", "casual", "temp", "temporary", "summer", "new"}
)
# Person words that are also parts of the body ("his hand", "her head").
BODY = frozenset({"hand", "hands", "head", "body"})
ARTICLE = frozenset({"a", "an", "the", "one"})
GROUPS = frozenset({"crew", "team", "truck", "shift", "group", "van", "site", "job", "jobsite"})
EACH = frozenset({"each", "per", "every", "apiece"})
SEGMENT = frozenset({";", ".", "?", "!", "but", "though", "although", "whereas", "while"})
COMPARE = frozenset(
    {"under", "over", "below", "above", "past", "beyond", "than", "exceed", "limit", "max",
     "maximum", "cap", "within", "then", "<", ">", "most", "least"}
)  # fmt: skip
_RULE_NEAR = frozenset({"limit", "max", "maximum", "cap", "rule", "threshold", "cutoff", "cut-off"})


# A person asked about as counted: "... count?", "... included", "... would count".
_ASKED_COUNTS = re.compile(r"^(?:[\w'-]+ ){0,2}?(?:counts?|counted|included|count towards)\b")


def names_the_limit(words: list[str], i: int) -> bool:
    """Whether the number at I is the program's limit spoken of, not people counted: "count
    toward the 10 employees", "the 10-person max", "is the limit 10 employees or 10 workers"."""
    before = words[max(i - 4, 0) : i]
    after = words[i + 1 : i + 4]
    return bool(
        (before and before[-1] in ("the", "that", "this"))
        or _RULE_NEAR & set(before)
        or _RULE_NEAR & set(after)
        or _offered_twice(words, i)
    )


def _offered_twice(words: list[str], i: int) -> bool:
    """The number at I is one of two readings of the same number put side by side ("is it
    10 on average or 10 at one time", "ten full-timers or ten in total?"): the limit read
    two ways, not people counted (people counted twice would say two numbers)."""
    lo, hi = max(i - _READINGS_SPAN, 0), min(i + _READINGS_SPAN + 1, len(words))
    for j in range(lo, hi):
        if j == i or words[j] != words[i]:
            continue
        between = words[min(i, j) + 1 : max(i, j)]
        if "or" in between and not SEGMENT & set(between):
            return True
    return False


# Words either side of the limit in which its other reading is looked for.
_READINGS_SPAN = 10


def numbers_a_label(words: list[str], i: int) -> bool:
    """The number at I is one of a list of numbers that a label opens: "year 2 and 3",
    "elements 4, 5 or 6", "steps 2-3" (numbered things, no people)."""
    j = i - 1
    while j >= 1 and words[j] in ("and", "or", ",", "&", "-", "to", "\u2013"):
        if not (words[j - 1].isdigit() or words[j - 1] in _ORDINALS):
            return False
        j -= 2
    label = words[j] if j >= 0 else ""
    if j == i - 1:  # "elements 4": a plural label right before (the singular is read elsewhere)
        return label.endswith("s") and label.rstrip("s") in NOT_PEOPLE_BEFORE
    return label in NOT_PEOPLE_BEFORE or label.rstrip("s") in NOT_PEOPLE_BEFORE


_ORDINALS = frozenset({"one", "two", "three", "four", "five", "2nd", "3rd", "second", "third"})
# Labels that number things, not people: "grade 10", "level 2", "lot 12" (as in the
# lexicon's before_units, which the head count reads).
NUMBERED_LABELS = frozenset(
    {"grade", "level", "class", "gauge", "unit", "lot", "room", "exit", "highway", "hwy",
     "size", "model", "tier", "phase", "stage", "round", "zone", "suite", "bay"}
)  # fmt: skip
NOT_PEOPLE_BEFORE = NUMBERED_LABELS | frozenset(
    {"$", "element", "step", "section", "page", "version", "#", "rule", "part", "chapter",
     "number", "no", "no.", "year", "q", "question", "top", "first", "last", "in", "since"}
)  # fmt: skip
PLACES = frozenset(
    {"office", "field", "shop", "yard", "site", "sites", "warehouse", "road", "desk", "front",
     "jobsite", "trucks", "plant"}
)  # fmt: skip
OWNERS = frozenset(
    {"owner", "co-owner", "partner", "shareholder", "proprietor", "director", "boss",
     "principal", "president"}
)  # fmt: skip
FOREMEN = frozenset({"foreman", "forewoman", "supervisor", "super", "superintendent", "lead"})
SEASONAL = frozenset(
    {"student", "seasonal", "temp", "temporary", "casual", "intern", "summer student"}
)
# Words that name a group or a place, never one person ("the crew", "the office").
NOT_SINGLE = GROUPS | PLACES | frozenset({"member", "family", "staff", "people", "head", "body"})
GENERIC = frozenset(
    {"guy", "worker", "employee", "person", "temp", "labourer", "laborer", "helper", "hand", "man",
     "woman", "lady", "gal", "individual"}
)  # fmt: skip
PAIRS = frozenset(
    {("husband", "wife"), ("wife", "husband"), ("father", "son"), ("father", "daughter"),
     ("mother", "son"), ("mother", "daughter"), ("dad", "son"), ("mom", "son"),
     ("brother", "sister"), ("mom", "dad"), ("dad", "daughter"), ("mom", "daughter")}
)  # fmt: skip
MONTHS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"}
)  # fmt: skip
# Words after "I" that, before a verb in -ing, make it the one speaking ("8 employees and I'm
# hiring 3 more"), not a person in a list ("my husband and I run it", "and I'm the only one").
_SUBJECT_VERBS = frozenset({"m", "'m", "am"})
# Verbs after "... and I" that make the one asking the subject of a clause of their own,
# acting on people ("and I put 3 temps on my payroll"), not one more item of the list.
_ACTS_ON_PEOPLE = frozenset(
    {"put", "hired", "hire", "brought", "bring", "took", "take", "added", "add", "got", "get",
     "paid", "pay", "sent", "send", "let", "laid", "moved", "kept", "plan", "planned",
     "want", "need", "needed", "think", "thought", "figure", "figured", "called", "asked",
     "told", "signed", "registered", "enrolled", "trained", "used", "use", "gave", "give"}
)  # fmt: skip
CONTRACTORS = frozenset({"subcontractor", "contractor", "sub", "subtrade"})
# Parties whose people are not on the asker's account: "the GC's super", "the client's PM".
OTHER_PARTIES = frozenset(
    {"gc", "gcs", "contractor", "contractors", "client", "clients", "customer", "customers",
     "competitor", "competitors", "developer", "builder", "homeowner", "wcb", "acsa", "esc",
     "city", "government", "province", "company"}
)  # fmt: skip
# Nouns of a company after a word that could name a person: "a small mechanical outfit".
_COMPANY_NOUNS = frozenset(
    {"outfit", "company", "companies", "business", "firm", "shop", "contractor", "contracting",
     "co", "co.", "ltd", "inc", "corp", "operation", "services"}
)  # fmt: skip
# People of an authority who visit, audit or inspect: never on the employer's account.
OFFICIALS = frozenset({"inspector", "auditor", "regulator"})
AUTHORITIES = frozenset({"wcb", "ohs", "acsa", "government", "city", "gc", "gc's", "client",
                         "esc", "provincial", "municipal", "county"})  # fmt: skip
# Verbs before "a cleaner who comes once a week" that make the person one of the crew.
_HAVE = frozenset(
    {"have", "got", "has", "had", "employ", "employs", "hired", "plus", "also", "+", "and", "&"}
)
# What "I" does that makes the one asking one of the people: "I run things day to day",
# "I'm on the account too", "I work on the tools", "I do the books".
_I_WORK = re.compile(
    r"(?:also |still |too |myself )?(?:(?:'m|am|m) (?:also |still )?"
    r"(?:on|covered|registered|under) "
    r"(?:by |on |with |under )?(?:the |our |my )?(?:wcb|account|payroll|policy)|"
    r"run (?:things|the (?:business|company|show|shop|crew|place|jobs?|day to day))|"
    r"work (?:on the tools|on site|in the field|full[- ]time|in the business|alongside)|"
    r"do (?:the )?(?:books|admin|paperwork|payroll|estimating|office work))\b"
)
# Someone said to be one of a group counted before: "one of whom is my nephew", "2 of them
# are my sons", "one of the 5 is my brother".
_ONE_OF_WHOM = re.compile(
    r"\b(?:one|two|three|\d+)(?: of (?:whom|them|those|these|which|the \w+|my \w+|our \w+))? "
    r"(?:is|'s|are|being|was|were)(?: also| actually)?$"
)
# Said after a person: one of a group counted before ("my wife is one of them").
_IS_ONE_OF = re.compile(
    r"^(?:is|'s|are|was) (?:also |actually )?(?:one|1|two|\d+) of (?:them|those|these|us|"
    r"the \w+|our \w+|my \w+)\b"
)
# Adverbs between a copula and the role said ("is still the owner", "is also a volunteer").
_ADVERBS = frozenset(
    {"still", "also", "now", "technically", "officially", "actually", "really", "basically",
     "kind", "of", "sort", "just", "only", "more", "like"}
)  # fmt: skip
# Words before a number that ask about a kind of case, not a count: "does one person have to".
_ASKS_OF_KIND = frozenset({"does", "do", "should", "must", "among", "amongst"})
_ARE = frozenset({"'re", "are", "re", "r"})
# Words before "a volunteer", "an apprentice" that say it of someone already named.
_PREDICATE = frozenset(
    {"as", "is", "'s", "was", "are", "were", "be", "being", "becomes", "became", "(", "am", "'m"}
)
_NOT_PREDICATE = (["as", "well"], ["such"], ["well"], ["there"], ["there", "'s"], ["it"])
_PRONOUNS = frozenset({"he", "she", "they", "who", "that", "which", "one", "whom"})
# What breaks a clause's subject from "as a ...": another item of a list.
_LIST_BREAK = frozenset({",", "and", "plus", "+", "&", "with", "n", ";", ":", "also"})
# Words after an indefinite person that make it a kind asked about ("a volunteer would matter").
_GENERIC_AFTER = frozenset(
    {"would", "should", "could", "might", "matter", "matters", "count", "counts", "counted",
     "affect", "affects", "change", "changes", "qualify", "qualifies"}
)  # fmt: skip
# Nouns after a person word that name a count of people, not a person ("full-time headcount").
_COUNT_NOUNS = frozenset({"head_count", "headcount", "roster"})
# Verbs of saying: the person before them is the source of a belief ("my foreman told me the
# owners don't count"), someone the question quotes, not one more person to count.
_SAYS = frozenset(
    {"told", "tells", "tell", "said", "says", "say", "thinks", "thought", "reckons", "claims",
     "claimed", "mentioned", "insists", "insisted", "believes", "figures", "swears", "suggested",
     "wonders", "wondered"}
)  # fmt: skip
_SUPPOSE = frozenset(
    {"think", "thought", "guess", "suppose", "figured", "figure", "assume", "assumed", "say",
     "like", "hypothetically"}
)  # fmt: skip


# Said of a role as a rule: "was not counted", "is n't included", "never counted", "did not count".
_TOLD_COUNTED = re.compile(
    r"^(?:(?:is|was|were|are|'s|did|does|do|got|gets|has|had)\s+)?(?:not\s+|n't\s+|never\s+)?"
    r"(?:been\s+|be\s+|being\s+)?(?:count|counts|counted|included|excluded|exempt)\b"
)
# Another province, program or place whose rules are told: not the asker's team.
_ELSEWHERE = re.compile(
    r"\b(?:b\.?c\.?|british columbia|saskatchewan|sask|manitoba|ontario|quebec|nova scotia|"
    r"new brunswick|newfoundland|pei|yukon|nwt|nunavut|other provinces?|another province|"
    r"out east|back east|elsewhere|over there|the states|us program)\b"
)


@dataclass(frozen=True)
class Mention:
    """People named once in the sentence."""

    count: int
    who: str
    kind: str
    at: int
    single: bool = False
    time: Time = "now"
    added: bool = False  # on top of the steady crew at busy times ("4 more in summer")
    known: bool = True  # the person word is known
    bare: bool = False  # a number with no person word
    holds: tuple[str, ...] = ()  # people the number already holds ("counting me")
    subset: bool = False  # "2 of them": already counted


class MentionReader:
    """Reads the mentions of people of one sentence (tokens of a spaCy Doc)."""

    def __init__(self, doc: Doc, lex: Lexicon, today: date) -> None:
        self.lex = lex
        self.lowers: list[str] = []
        self.norms: list[str] = []
        for t in doc:
            if t.lower_ == "i.":  # "my wife and i." is read as one token
                self.lowers += ["i", "."]
                self.norms += ["i", "."]
            else:
                self.lowers.append(t.lower_)
                self.norms.append(t.norm_)
        self.text = " ".join(self.lowers)
        self.n = len(self.lowers)
        self.concepts: tuple[str, ...] = doc._.concepts or ()
        self.used: set[int] = set()
        self.group_counts: set[int] = set()
        self.this_year = today.year  # numbers of groups, not of people ("2 crews")
        self.this_month = today.month  # "last year in june": how many months ago
        self.unsure: list[str] = []
        # people named as another party's ("the GC's super and his foreman"), not counted
        self.others: dict[int, str] = {}

    # words ---------------------------------------------------------------------------
    def value(self, i: int) -> int | None:
        if not 0 <= i < self.n:
            return None
        low = self.lowers[i]
        if low == "dozen":
            return 6 if self.word(i - 1) == "a" and self.word(i - 2) == "half" else 12
        if low.isdigit() and len(low) <= 3:
            return int(low)
        if self.norms[i].isdigit() and low in self.lex.numbers:
            return int(self.norms[i])
        if low in self.lex.numbers and low not in ("hundred", "pair", "couple", "zero"):
            if low == "dozen":
                return (
                    6
                    if self.lowers[i - 1 : i] == ["a"] and self.lowers[i - 2 : i - 1] == ["half"]
                    else 12
                )
            return self.lex.numbers[low]
        if low == "couple" and self.word(i + 1) == "of":
            return 2
        return None

    def word(self, i: int) -> str:
        return self.lowers[i] if 0 <= i < self.n else ""

    def person(self, i: int) -> str | None:
        """The singular person word at I, or None."""
        if not 0 <= i < self.n:
            return None
        norm, low = self.norms[i], self.lowers[i]
        if low in ("us", "them", "those", "whom", "these", "hiring", "hired"):
            return None
        if (norm in GROUPS | {"crew"} and self.word(i + 1) in (":", "of", "with", "each", "-")) or (
            low in ("crews", "teams", "trucks") and self.word(i + 1) == ","
        ):
            return None  # "2 crews: crew A is 4 people ...": the people come after
        if low in ("hire", "hires") and self.value(i - 1) is None and self.word(i - 1) != "new":
            return None
        if (
            self.word(i - 1) in ("i", "we", "he", "she", "they", "who")
            and low != norm
            and low not in self.lex.person_nouns
            and singular_person(low) is None
        ):
            return None  # "I manage the office": a verb the normaliser took for "manager"
        if norm in self.lex.person_nouns and norm not in ("crew", "member", "head", "body"):
            return norm
        if low in (
            "shareholder",
            "shareholders",
            "director",
            "directors",
            "principal",
            "principals",
        ):
            return "shareholder" if low.startswith("share") else "director"
        if low in ("regulars", "staffers", "full-timers", "fulltimers"):
            return "worker"
        if low in OWNERS or low in ("bosses", "owners", "partners", "co-owners"):
            return {"bosses": "boss", "owners": "owner", "partners": "partner"}.get(
                low, low.removesuffix("s") if low == "co-owners" else low
            )  # "the boss", "plus the owners"
        if re.fullmatch(r"[a-z]+(?:people|persons|men|women|folk)", low):
            return "worker"  # "tradespeople", "linemen"
        return singular_person(low)

    def kind(self, noun: str, mods: list[str]) -> str:
        words = {noun, *mods}
        cats = {c.id: set(c.words) for c in self.lex.categories}
        if words & OWNERS:
            return "owner"
        if words & CONTRACTORS:
            return "contractor"
        if words & SEASONAL or words & cats.get("temporary", set()):
            return "seasonal"
        if "part_time" in words or words & cats.get("part_time", set()):
            return "part_time"
        if words & FOREMEN or words & cats.get("manager", set()):
            return "foreman"
        if words & cats.get("family", set()):
            return "family"
        if words & cats.get("clerical", set()) or "office" in words:
            return "office"
        if words & cats.get("volunteer", set()):
            return "volunteer"
        return "worker"

    def segment(self, i: int) -> tuple[int, int]:
        lo = i
        while lo > 0 and self.lowers[lo - 1] not in SEGMENT:
            lo -= 1
        hi = i
        while hi + 1 < self.n and self.lowers[hi + 1] not in SEGMENT:
            hi += 1
        return lo, hi + 1

    def mentions(self) -> list[Mention]:
        """Every mention of people in the sentence, in order."""
        found: list[Mention] = []
        for i in range(self.n):
            if i in self.used:
                continue
            read = self._groups_of(i) or self._number(i)
            if read:
                found.extend(read)
        found += self._singles()
        found.sort(key=lambda m: m.at)
        return found

    def _groups_of(self, i: int) -> list[Mention] | None:
        """ "2 crews of 4 guys", "3 trucks with 2 guys each", then "each with its own foreman"."""
        groups = self.value(i)
        size = self.value(i + 1)
        if (
            groups is not None
            and size is not None
            and self.word(i + 2) == "-"
            and self.word(i + 3) in ("man", "person", "guy", "men", "people")
            and (self.norms[i + 4 : i + 5] or [""])[0] in GROUPS
        ):
            self.used.update(range(i, i + 5))  # "4 two-man crews"
            unit = self.lowers[i + 4]
            return [Mention(groups * size, f"people ({groups} {size}-man {unit})", "worker", i)]
        if groups is None or groups > 20:
            return None
        g = i + 1  # the group word, maybe after one modifier: "2 framing crews of 5"
        if not self._group_word(g) and self._group_word(g + 1) and self.value(g) is None:
            g += 1
        if not self._group_word(g):
            return None
        unit = " ".join(self.lowers[i + 1 : g + 1])
        j = g + 1
        if self.word(j) in ("of", "with", "w", "w/", "x", "at", "having"):
            j += 1
        size = self.value(j)
        if size is None or size > 30:
            return None
        if j == g + 1 and not self._each_after(j):
            return None  # "5 crew 2 summer students": a list without joiners, no crews of 2
        end = j + 1
        while (
            end < self.n
            and end <= j + 3
            and self.person(end) is None
            and self.value(end) is None
            and (self.word(end) not in SEGMENT | {",", "and", "plus", "each", "+", "&", "("})
        ):
            end += 1
        who_word = "people"
        if self.person(end) is not None:
            who_word = self.lowers[end]
            end += 1
        else:
            end = j + 1
        if self.word(end) in EACH or self.word(end) == "a":
            end += 1 if self.word(end) in EACH else 2
        self.used.update(range(i, end))
        desc = f"{who_word} ({groups} {unit} of {size})"
        out = [Mention(groups * size, desc, "worker", i)]
        leader = self._one_per_group(end, groups, unit)
        if leader is not None:
            out.append(leader)
        return out

    def _each_after(self, j: int) -> bool:
        """The size at J is said of each group: "3 crews 4 guys each", "2 trucks 3 a truck"."""
        window = self.lowers[j + 1 : j + 4]
        return any(w in EACH for w in window) or "a" in window[1:] or "per" in window

    def _group_word(self, k: int) -> bool:
        return 0 <= k < self.n and (self.norms[k] in GROUPS or self.lowers[k].rstrip("s") in GROUPS)

    def _one_per_group(self, start: int, groups: int, unit: str) -> Mention | None:
        """ "each crew with its own foreman", "plus a foreman for each": one more per group."""
        lo, hi = start, min(start + 12, self.n)
        window = self.lowers[lo:hi]
        if not any(w in EACH for w in window) and "own" not in window:
            return None
        for k in range(lo, hi):
            if self.lowers[k] in (";", ".", "?", "!"):
                return None
            if self.lowers[k] in ("incl", "including", "counting"):
                return None
            noun = self.person(k)
            if noun is None or noun in NOT_SINGLE or self.value(k - 1) is not None:
                continue
            if self.lowers[k].endswith("s"):
                continue
            if any(w in EACH or w == "own" for w in self.lowers[lo : k + 3]):
                self.used.update(range(lo, k + 1))
                title = self.lowers[k]
                if self.word(k - 1) in ("lead", "site", "crew", "shift", "working"):
                    title = f"{self.word(k - 1)} {title}"
                return Mention(groups, f"{_plural(title)} (one per {unit.split()[-1].rstrip('s')})",
                               "foreman", k)  # fmt: skip
        return None

    def _number(self, i: int) -> list[Mention] | None:
        n = self.value(i)
        if n is None or n == 0 or n > 300:
            return None
        prev, nxt = self.word(i - 1), self.word(i + 1)
        if prev in MONTHS and not nxt.isalpha() and self._first_person_or_count():
            self.used.add(i)  # "jan 5, feb 8, march 11": a count for each month
            return [Mention(n, f"in {prev}", "worker", i, time="peak")]
        if prev in NOT_PEOPLE_BEFORE and not (prev == "in" and self._place_of(i - 1)):
            return None
        if prev in MONTHS and n <= 31 and self.person(i + 1) is None and nxt not in ("of", "us"):
            return None  # "our anniversary is Feb 3", "it's April 20 today": a date
        if numbers_a_label(self.lowers, i):
            return None  # "year 2 and 3", "elements 4 and 5": numbered things
        rule = prev == "to" and n == LIMIT and self.word(i - 2) not in (
            "up", "go", "get", "grow", "us", "it", "down", "back"  # "brings us to 10": a total
        )  # fmt: skip
        if (nxt in ("am", "pm") and self.lowers[i].isdigit()) or rule:
            return None
        if nxt in ("/", "%", "-", ":", "th", "st", "nd", "rd", "k", "$") or prev in ("/", "-"):
            return None  # "50/50", "9-5", "10%"
        if prev == ":" and self.word(i - 2).isdigit():
            return None  # "9:30"
        if prev in ("=", "equals"):
            return None  # "8 plus 3 volunteers = 11": the sum of people counted already
        if (prev in ("'s", "is", "turned", "turns") and self.word(i - 2) in ("he", "she")) or (
            prev == "(" and nxt in (")", "yrs", "years", "yr", "y/o")
        ):
            return None  # "my son (he's 17)", "my nephew (16)": an age, no people
        if prev in _ASKS_OF_KIND or (prev == "a" and self.word(i - 2) in ("between", "among")):
            return None  # "does one person have to do all 3", "split between a couple of guys"
        if self.lowers[i] == "one" and prev in ("the", "only"):
            return None  # "i'm the only one in the office": the one asking
        if prev in COMPARE or (prev in ("the", "our", "of") and n == LIMIT):
            return None  # "under 10", "toward the 10": the rule, not a count
        if n == LIMIT and names_the_limit(self.lowers, i):
            return None  # "the 10 employees", "the limit is 10 employees or 10 workers"
        if self.word(i - 2) in ("more", "less", "fewer") and prev in ("than", "then"):
            return None
        ranged = nxt in ("or", "to") or (nxt == "and" and prev == "between")
        if ranged and (self.value(i + 2) or 0) > n and prev != "from":
            return None  # "8 or 9 people": the larger number is the count
        if nxt in ("of", "o") and self.word(i + 2) in ("us", "we"):
            self.used.update(range(i, i + 3))
            if self.word(i + 3) in ("owners", "partners", "bosses", "co-owners"):
                self.used.add(i + 3)
            if prev in ("the", "all", "both") and any(
                self.value(k) == n and self._whole_team_count(k) for k in range(i - 1)
            ):  # "we're 5, the two of us owners included" (not "2 apprentices, the two of us")
                return [Mention(n, "of you", "owner", i, subset=True)]
            return [Mention(n, "of you (you included)", "self", i, holds=("you",))]
        if (
            nxt in ("are", "were")
            and prev in ("but", "and", ",", "of", "with")
            and any(self.value(k) is not None for k in range(i))
            and (self.person(i + 2) is not None or self.person(i + 3) is not None)
        ):
            self.used.add(i)  # "our headcount is 11 but 2 are summer students": 2 of the 11
            return [Mention(n, "of them", "worker", i, subset=True)]
        if nxt == "of" and self.word(i + 2) in ("them", "those", "whom", "these", "which"):
            return [Mention(n, "of them", "worker", i, subset=True)]
        if nxt == "of" and self.word(i + 2) in ("my", "our", "the", "his", "her", "their"):
            # "one of my guys nearly got hit", "3 of our framers are part-time": some of a
            # group counted elsewhere (or not at all), never a head count of its own
            self.used.update(range(i, i + 2))
            return [Mention(n, "of them", "worker", i, subset=True)]
        # a person word within the next few words: "9 field guys", "3 full time framers"
        mods: list[str] = []
        j = i + 1
        while j < self.n and j <= i + 4:
            low, norm = self.lowers[j], self.norms[j]
            if self.person(j) is not None:
                while self.person(j + 1) is not None and self.value(j + 1) is None:
                    mods.append(self.norms[j])
                    j += 1  # "part-time guys", "office staff"
                noun = self.person(j) or norm
                self.used.update(range(i, j + 1))
                who = " ".join(self.lowers[i + 1 : j + 1]).removeprefix("of ").replace(" - ", "-")
                place = self._place_after(j)
                kind = self.kind(noun, mods + (place.split() if place else []))
                if noun in ("us",):
                    kind = "self"
                added = any(m in self.lex.extra for m in mods)
                per = self._per_leader(i, noun)
                if per is not None:  # "2 foremen and each foreman has 4 guys": 2 x 4
                    leaders, unit = per
                    return [Mention(n * leaders, f"{who} ({n} for each of {leaders} {unit})",
                                    kind, i)]  # fmt: skip
                return [Mention(n, who + (f" {place}" if place else ""), kind, i, added=added)]
            if (norm in self.lex.units or low in self.lex.units) and self.person(j + 1) is not None:
                mods.append(norm)  # "2 truck drivers", "3 site supers"
                j += 1
                continue
            year_round = self._year_round(j)
            if year_round and not mods:
                self.used.update(range(i, j + year_round))  # "me + 3 year round + 7 seasonal"
                return [Mention(n, "year-round", "worker", i)]
            if (norm in self.lex.units or low in self.lex.units) and self._time_compound(j):
                mods.append(norm)  # "6 year-round staff", "3 all-year office staff"
                j += 1
                continue
            if norm in self.lex.units or low in self.lex.units:
                if len(mods) == 1 and mods[0] in (
                    "next", "this", "last", "every", "all", "whole", "most", "each"
                ):  # fmt: skip
                    self.used.add(i)  # "we'll be 14 next year": a number, then when
                    return [Mention(n, "", "worker", i, bare=True)]
                if (
                    any(x in self.lex.extra for x in mods[:-1])
                    and mods[-1:]
                    and mods[-1]
                    in ("next", "this", "by", "within", "in", "every", "a", "per", "each", "last")
                ):
                    self.used.add(i)  # "3 more next month", "2 more last week": people, then when
                    return [Mention(n, "more", "worker", i, bare=True, added=True)]
                return None  # "two more weeks", "3 years"
            if (
                self.value(j) is not None
                or low in SEGMENT
                or low
                in (
                    ",",
                    "and",
                    "or",
                    "plus",
                    "to",
                    "in",
                    "on",
                    "at",
                    "for",
                    "than",
                    "if",
                    "during",
                    "not",
                    "counting",
                    "including",
                    "incl",
                    "excluding",
                    "how",
                    "what",
                    "can",
                    "is",
                    "are",
                    ":",
                    "(",
                    ")",
                    "over",
                    "from",
                    "by",
                    "when",
                    "while",
                    "since",
                    "until",
                    "after",
                    "before",
                    "who",
                    "that",
                    "which",
                    "but",
                    "+",
                    "&",
                    "my",
                    "our",
                )
                or norm in ("be", "have", "do", "can", "will")
            ):
                break
            mods.append(norm)
            j += 1
        if len(mods) == 1 and mods[0] in PLACES and self.value(i + 2) is not None:
            self.used.update((i, i + 1))  # "six field 2 office": people at a place
            return [Mention(n, f"in the {mods[0]}", "office" if mods[0] == "office" else
                            "worker", i)]  # fmt: skip
        # "3 in the office", "5 on the tools"
        place = self._place_after(i)
        if place:
            self.used.add(i)
            return [Mention(n, place, "office" if "office" in place else "worker", i)]
        # an unknown plural noun right after the number: "9 roughnecks"
        if (
            nxt.isalpha()
            and nxt.endswith("s")
            and nxt.rstrip("s") not in GROUPS
            and len(nxt) > 3
            and self.norms[i + 1] not in self.lex.units
            and nxt.rstrip("s") not in self.lex.units
            and nxt not in self.lex.stopwords
            and nxt not in JOIN | {"plus", "minus", "less"}
            and nxt not in self.lex.varies
            and self._first_person()
            and self._people_verb(i)
        ):
            self.used.update((i, i + 1))
            return [Mention(n, nxt, "worker", i, known=False)]
        if nxt in self.lex.units or (i + 1 < self.n and self.norms[i + 1] in self.lex.units):
            return None
        self.used.add(i)
        return [Mention(n, "", "worker", i, bare=True)]

    def _whole_team_count(self, k: int) -> bool:
        """The number at K counts the team as a whole ("we're 5", "5 people", "5 of us") or its
        owners ("2 partners"), not the people of another role ("2 apprentices")."""
        after = self.word(k + 1)
        noun = self.person(k + 1)
        whole = noun is None or noun in OWNERS or after in ("people", "persons", "ppl", "of", "in")
        return k in self.used and whole  # (read as people: not "two years ago"); "2 partners"

    def _listed_after_count(self, k: int) -> bool:
        """The person whose article is at K is an item of a list that counts people before it:
        "2 apprentices, 1 journeyman, a bookkeeper who comes in Fridays" (one more person)."""
        if self.word(k - 1) not in JOIN and self.word(k - 1) != ",":
            return False
        lo, _ = self.segment(k)
        return any(self.value(j) is not None and j in self.used for j in range(lo, k))

    def _rule_told(self, i: int, seen_self: bool) -> bool:
        """The role at I ("the owner") is said to be counted or not, as a rule: "the owner
        was not counted", "the owner isn't included there". It names no one more when the one
        asking is counted already (then the owner is them) or the clause is about another
        province or program, whose rule it tells."""
        lo, hi = self.segment(i)
        after = " ".join(self.lowers[i + 1 : min(hi, i + 6)])
        if _TOLD_COUNTED.match(after) is None:
            return False
        return seen_self or _ELSEWHERE.search(" ".join(self.lowers[lo:hi])) is not None

    def _self_in_role(self, i: int) -> bool:
        """The person word at I says the role of the one asking, named just before it:
        "me as owner", "myself as the foreman", "I being the owner" (one person, not two)."""
        j = i - 1
        while self.word(j) in ARTICLE or self.person(j) is not None:
            j -= 1  # "me as the office manager", "me as a working foreman"
        return self.word(j) in ("as", "being") and self.word(j - 1) in SELF

    def _time_compound(self, j: int) -> bool:
        """The unit of time at J is part of a word that says how people work, a person word
        right after it: "year-round staff", "all-year crew", "year round guys" (no duration)."""
        joined = self.word(j + 1) in ("-", "round") or self.word(j - 1) == "-"
        return joined and any(self.person(k) is not None for k in range(j + 1, j + 4))

    def _year_round(self, j: int) -> int:
        """How many words at J say that people work all year with no person word after
        them ("3 year round + 7 seasonal", "4 all year", "2 year-round and 5 in summer"):
        people of the steady crew, there in every season. 0 when they do not."""
        words = self.lowers[j : j + 3]
        for said in (["year", "round"], ["year", "-", "round"], ["year-round"], ["all", "year"]):
            if words[: len(said)] == said and self.person(j + len(said)) is None:
                after = self.word(j + len(said))
                if after not in ("old", "olds", "ago", "back", "in", "of"):
                    return len(said)
        return 0

    def _per_leader(self, i: int, noun: str) -> tuple[int, str] | None:
        """ "each foreman has 4 guys", "4 guys per truck": how many leaders or groups, and what."""
        lead = None
        for k in range(max(i - 4, 0), i):
            if (self.lowers[k] in ("each", "every") and self.person(k + 1)) or (
                self.lowers[k] in ("each", "every")
                and self.norms[k + 1 : k + 2] in ([g] for g in GROUPS)
            ):
                lead = self.norms[k + 1]
        after = self.lowers[i + 1 : i + 5]
        if lead is None and ("per" in after or "each" in after):
            k = i + 1 + (after.index("per") if "per" in after else after.index("each"))
            if self.norms[k + 1 : k + 2] and (
                self.norms[k + 1] in GROUPS or self.person(k + 1) is not None
            ):
                lead = self.norms[k + 1]
            elif self.word(k + 1) == "of":  # "4 guys on each of my 2 trucks"
                for j in range(k + 2, min(k + 5, self.n - 1)):
                    count = self.value(j)
                    if count is not None and self._group_word(j + 1):
                        self.used.update((j, j + 1))
                        return count, self.lowers[j + 1]
            else:  # "2 crews, 3 guys each": each of the groups named before
                for j in range(i - 1, max(i - 6, -1), -1):
                    groups = self.value(j)
                    if groups is not None and self.lowers[j + 1].rstrip("s") in GROUPS:
                        self.group_counts.add(j)
                        return groups, self.lowers[j + 1]
        if lead is None:
            each = self._leaders_each(i)
            if each is not None:
                return each
        if lead is None or lead == noun:
            return None
        for k in range(i - 1, -1, -1):
            count = self.value(k)
            head = self.norms[k + 1] if k + 1 < self.n else ""
            if count is not None and (head == lead or self.person(k + 1) == lead):
                return count, self.lowers[k + 1]
        return None

    def _leaders_each(self, i: int) -> tuple[int, str] | None:
        """Who "each" has the group at I: "my partner and I each have a crew of 4", "each of
        my 2 foremen runs a crew of 3", "2 owners who each have 4 guys"."""
        start = max(i - 10, 0)
        window = self.lowers[start:i]
        if "each" not in window:
            return None
        k = start + len(window) - 1 - window[::-1].index("each")
        crew = any(w in ("crew", "team", "truck") for w in self.lowers[k:i])
        if (i - k > 5 and not crew) or k in self.used:
            return None  # "each crew with its own foreman" was read already
        if self.word(k + 1) == "of":  # "each of my 2 foremen"
            for j in range(k + 2, i):
                if self.value(j) is not None and self.person(j + 1) is not None:
                    return self.value(j) or 0, self.lowers[j + 1]
            if self.word(k + 2) == "us":
                self.unsure.append("whether that is one group or one for each of you")
            return None
        if any(self.person(t) is not None and not self._group_word(t) for t in range(k + 1, i)):
            return None  # "each ... its own foreman and 2 field guys": someone else's "each"
        j = k - 1
        while j >= 0 and self.lowers[j] in ("who", "that", "they", "we", ",", "both", "all"):
            j -= 1
        leaders = self.value(j - 1) if self.person(j) is not None else None
        if leaders is not None and leaders > 1:  # "2 owners who each have 4 guys"
            return leaders, self.lowers[j]
        people = 0
        while j >= 0 and (self.lowers[j] in SELF | {"and", ",", "&", "n"} or self.person(j)):
            if self.lowers[j] in SELF or (
                self.person(j) is not None and self.word(j - 1) in POSSESSIVE
            ):
                people += 1
            j -= 1
        if people >= 2:
            return people, "of you"
        if self.word(k - 1) == "us" or (self.word(k + 1) == "of" and self.word(k + 2) == "us"):
            self.unsure.append("whether that is one group or one for each of you")
        return None

    def _first_person_or_count(self) -> bool:
        return self._first_person() or "headcount" in self.text or "head count" in self.text

    def _place_after(self, j: int) -> str:
        k = j + 1
        if self.word(k) not in ("in", "on", "at"):
            return ""
        k += 1
        if self.word(k) == "the tools":  # merged as a phrase by the concept matcher
            return "on the tools"
        if self.word(k) in ("the", "our", "my"):
            k += 1
        if self.word(k) in PLACES or (self.word(k) == "tools" and self.word(k - 2) == "on"):
            return f"{self.word(j + 1)} the {self.word(k)}"
        return ""

    def _place_of(self, i: int) -> bool:
        return self.word(i + 1) in PLACES

    def _first_person(self) -> bool:
        return any(w in ("i", "we", "my", "our", "us", "me", "i'm", "we're") for w in self.lowers)

    def _people_verb(self, i: int) -> bool:
        before = self.lowers[max(i - 4, 0) : i]
        return any(
            w in ("have", "got", "employ", "run", "are", "'re", "be", "with", "plus", "and", ",")
            or self.norms[max(i - 4, 0) + k] in ("have", "employ", "be")
            for k, w in enumerate(before)
        )

    def _singles(self) -> list[Mention]:
        out: list[Mention] = []
        seen_self = False
        for i, low in enumerate(self.lowers):
            if i in self.used:
                continue
            prev, nxt = self.word(i - 1), self.word(i + 1)
            if self._introduces_self(i) and low != "owner":
                self.used.add(i)  # "Bookkeeper here, ...": the one asking, by their job
                if not seen_self:
                    seen_self = True
                    out.append(Mention(1, f"you (the {low})", "self", i, single=True))
                continue
            if (
                self.norms[i] == "one_person"
                or (low == "owner" and nxt in ("here", "speaking") and prev in ("", ".", ",", "!"))
                or (low == "sole" and nxt.startswith("prop"))
                or (low == "owner" and nxt == "-" and self.word(i + 2) == "operator")
                or low in ("owner-operator", "owner/operator")
            ):
                if not seen_self:
                    seen_self = True
                    out.append(Mention(1, "you (the owner)", "self", i, single=True))
                continue
            pair_named = any(m.single and m.count == 2 for m in out)  # "husband and wife"
            if low == "both" and prev == "we" and not seen_self and not pair_named:
                seen_self = True  # "my brother got 5 guys ... we both work": you are the other
                out.append(Mention(1, "you", "self", i, single=True))
                continue
            if low == "self" and prev == "my" and nxt not in ("-",):
                low = "myself"  # "and my self"
            if low in SELF or low == "yours":
                if low == "i" and prev not in JOIN and nxt not in JOIN and not self._i_work(i):
                    continue
                if low == "i" and nxt in _SUBJECT_VERBS and self.word(i + 2).endswith("ing"):
                    continue  # "8 employees and im hiring 3 more": the one asking, speaking
                if low == "i" and nxt in _ACTS_ON_PEOPLE and not self._i_work(i):
                    continue  # "8 employees, and I put 3 temps on payroll": who acts, not listed
                if low == "yours" and nxt != "truly":
                    continue
                if low == "me" and (
                    prev in ("for", "to", "tell", "let", "help", "give", "if", "asked", "showed")
                    or prev in _SAYS
                ):  # "my foreman told me": the one told, not one of a list
                    continue
                if not seen_self:
                    seen_self = True
                    out.append(Mention(1, "you", "self", i, single=True))
                continue
            if low == "parents" and prev in ("my", "our") and nxt != "'s":
                self.used.update(range(i - 1, i + 1))  # "my parents both help out": two people
                out.append(Mention(2, "your parents", "family", i - 1, single=True))
                continue
            noun = self.person(i)
            if noun is None or noun in NOT_SINGLE or low in NOT_SINGLE or nxt == "'s":
                continue  # "the wife's cousin": the cousin is the one named
            if self._self_in_role(i):
                self.used.add(i)
                continue  # "me as owner", "myself as the bookkeeper": the one asking, once
            if low in BODY and prev in POSSESSIVE - {"my", "our"}:
                continue  # "cut his hand": a hand, not a hired hand
            if self.norms[i + 1 : i + 2] and self.norms[i + 1] in _COUNT_NOUNS:
                continue  # "our full-time headcount is 8": how the count is named, no one
            if self._speaks(i):
                continue  # "my foreman told me ...": whose word it is, not one more person
            if (
                prev in ("old", "former", "ex", "previous", "ex-")
                and self.word(i - 2) in POSSESSIVE
            ):
                continue  # "i ran COR for my old boss": someone of another time or company
            if self.word(i + 1) in _COMPANY_NOUNS:
                continue  # "a small mechanical outfit", "a framing company": the company
            if self._of_another_company(i, noun) or self._theirs(i):
                self._name_other(i)
                continue  # "the GC's super (and his foreman)", "the WCB inspector": not ours
            if self._i_am(i):
                self.used.add(i)  # "i am owner of small tile company": the one asking
                if not seen_self:
                    seen_self = True
                    out.append(Mention(1, f"you (the {low})", "self", i, single=True))
                continue
            if self.value(i - 1) is not None or (
                self.person(i + 1) is not None
                and self.lowers[i + 1] not in SELF
                and not self.lowers[i + 1].endswith("s")
            ):
                continue  # "my part-time janitor": the head is the last word
            if low.endswith("s") and singular_person(low) != low and low != noun:
                continue  # a plural: "do the owners count?"
            pair = self._pair(i)
            if pair is not None:
                out.append(pair)
                continue
            k, det = i - 1, prev
            if prev == "'s" and self.word(i - 3) in POSSESSIVE | ARTICLE:
                k, det = i - 3, self.word(i - 3)  # "the wife's cousin"
            if (
                det not in POSSESSIVE | ARTICLE
                and self.word(i - 2) in POSSESSIVE | ARTICLE
                and det.replace("_", "").replace("-", "").replace(" ", "").isalpha()
                and self.value(i - 1) is None
            ):
                k, det = i - 2, self.word(i - 2)  # "my business partner", "a site super"
            elif det not in POSSESSIVE | ARTICLE and self.value(i - 1) is None:
                k, det = self._modified(i, k, det)  # "a part-time office lady"
            if (
                det in POSSESSIVE
                and self.word(k - 1) in ("from", "at", "of")
                and any(self.value(j) is not None for j in range(max(k - 4, 0), k - 1))
            ):
                continue  # "3 guys from our church volunteer": where the 3 come from, no one more
            if det not in POSSESSIVE | ARTICLE:
                listed = (
                    prev in ("+", "plus", ",", "&")
                    or (prev.isalpha() and self.word(i - 2) in ("+", "plus", ",", "&"))
                    or nxt in ("+", "plus", "&")
                    or (i == 0 and nxt == ",")
                    or self._heads_list_item(i)
                    # "Company: owner (works on site), office manager, 6 installers"
                    or (
                        (prev == ":" or (prev == "-" and self.person(i - 2) is None))
                        and nxt in (",", "(")
                    )  # (not "owner-operator", one person)
                    or (prev.isalpha() and self.word(i - 2) in (":", "-") and nxt in (",", "("))
                    # "john (owner), mary (admin), 4 framers": a person named, by role
                    or (prev == "(" and nxt == ")" and self._named_before_paren(i))
                    or self._listed_without_joiners(i)  # "me partner 5 crew"
                )
                bare_family = low in (
                    "wife", "hubby", "missus", "husband", "wifey", "mom", "mum", "dad", "ma", "pa"
                ) or (  # "me wife 2 sons and daughter": one more of a list already begun
                    low in ("son", "daughter", "brother", "sister")
                    and bool(out)
                    # "my brother's son and daughter", "his son and daughter": theirs, shared
                    and not {"'s", "his", "her", "their"} & set(self.lowers[max(i - 4, 0) : i])
                    and not _ASKED_COUNTS.match(" ".join(self.lowers[i + 1 : i + 5]))
                )  # fmt: skip
                opens = i == 0 or prev in (".", "!", "?", ";", "(")  # "Mom volunteers ..."
                if not (listed or (bare_family and (prev in JOIN or nxt in JOIN or opens))):
                    continue
                k, det = i - 1, "the" if not bare_family else "your"
                if (
                    prev.isalpha()
                    and prev not in JOIN
                    and self.value(i - 1) is None
                    and not self._listed_without_joiners(i)
                ):
                    k = i - 2  # "office mgr"
            if (
                det in ("a", "an", "one")
                and noun in GENERIC
                and self.word(k - 1) not in JOIN
                and nxt not in JOIN
            ):
                continue  # "is a guy who ...": no one listed
            if nxt in ("count", "counts", "included", "?") and det in ("the", "a", "an"):
                continue  # "does the owner count?"
            if det == "the" and self._rule_told(i, seen_self):
                continue  # "in Ontario the owner was not counted": a rule, no one more
            after_me = self.word(k - 1) in ("me", "myself") or (
                self.word(k - 1) in (",", "-", "(") and self.word(k - 2) in ("me", "myself")
            )
            if (
                det == "the"
                and after_me
                and seen_self
                and low in ("owner", "boss", "proprietor", "president", "founder")
            ):
                continue  # "me the owner", "me, the owner": the one asking, named once
            if self.word(k - 1) in ("'s", "is") and self.word(k - 2) == "who":
                continue  # "my buddy who's my partner": the same person
            if noun in ("part_time", "full_time") and k != i - 1:
                continue  # "the girl in the office part time": how she works
            if self.word(k - 1) in ("if", "whether", "does", "do", "would") and (
                det in ("the", "a", "an")
            ):
                continue
            if det in POSSESSIVE and noun in GENERIC and self._names_a_count(i):
                continue  # "my worker now are 7 person": the group the number counts
            if (
                det in ("a", "an")
                and self.word(k - 2) == "we"
                and self.word(k - 1) in _ARE
                and self.word(last_of(self, i) + 1) not in JOIN
            ):
                continue  # "we're an electrical contractor": the company, no one person
            if det in ("a", "an") and self._generic(k, last_of(self, i)):
                continue  # "i didnt think a volunteer would matter": a kind, no one named
            if _IS_ONE_OF.match(" ".join(self.lowers[last_of(self, i) + 1 : i + 8])):
                self.used.update(range(k, i + 1))
                continue  # "my wife is one of them", "my brother is one of the 9"
            if _ONE_OF_WHOM.search(" ".join(self.lowers[max(k - 6, 0) : k])):
                self.used.update(range(k, i + 1))
                continue  # "5 employees, one of whom is my nephew": one of them, named
            said = self._said_of(k, out, det in POSSESSIVE)
            if said == "you" and not seen_self:
                seen_self = True  # "I work as a foreman": the one asking
                out.append(Mention(1, f"you (the {low})", "self", i, single=True))
            if said is not None:
                self.used.update(range(k, i + 1))
                continue  # "my son comes out as a volunteer", "my brother is a journeyman"
            if (
                self.word(i + 1) in ("who", "that")
                and det in ("a", "an")
                and not out
                and self.norms[k - 1 : k] != ["have"]
                and self.word(k - 1) not in _HAVE
                and not self._listed_after_count(k)
            ):
                continue  # "is a guy who ...", not "we have a cleaner who comes once a week"
            if (
                self.word(i + 1) in ("who", "that")
                and det == "the"
                and noun in GENERIC
                and self.word(k - 1) not in JOIN | {","}
            ):
                continue  # "the person who did our audit left": a role, not one more person
            if det in ("the", "a", "an", "their", "his", "her") and (
                self.word(k - 1) in ("am", "im", "i'm")
                or self.lowers[max(k - 2, 0) : k] in (["i", "'m"], ["i", "m"])
            ):
                if not seen_self:
                    seen_self = True
                    of = det if det in ("their", "his", "her") else "the"
                    out.append(Mention(1, f"you ({of} {low})", "self", i, single=True))
                self.used.update(range(k, i + 1))
                continue  # "I'm the bookkeeper", "I'm their accountant": the one asking
            owner = {"my": "your", "our": "your"}.get(det, det)
            last = i
            if self.word(i + 1) in ("-in-law", "in-law") or self.lowers[i + 1 : i + 3] in (
                ["-", "in"],
                ["in", "-"],
                ["in", "law"],
            ):
                while last < self.n - 1 and self.lowers[last] != "law" and last < i + 4:
                    last += 1  # "my father-in-law"
            words = "".join(
                w if w in ("-", "'s") or (j > k + 1 and self.lowers[j - 1] == "-") else f" {w}"
                for j, w in enumerate(self.lowers[k + 1 : last + 1], start=k + 1)
            ).strip()
            self.used.update(range(max(k, 0), last + 1))
            kind = self.kind(noun, self.norms[k + 1 : i])
            me = self._that_is_me(last + 1) if kind == "owner" else 0
            if me:  # "the owner (that's me)": the one asking, named once
                self.used.update(range(last + 1, last + 1 + me))
                if not seen_self:
                    seen_self = True
                    out.append(Mention(1, f"you (the {low})", "self", k, single=True))
                continue
            out.append(Mention(1, f"{owner} {words}", kind, k, single=True))
        return out

    def _modified(self, i: int, k: int, det: str) -> tuple[int, str]:
        """Where the determiner of the person at I stands when two or three words of how or
        where they work come between ("a part-time office lady", "our new full-time yard
        guy"); (K, DET) as they were when no determiner is found that way."""
        j = i - 1
        while j >= max(i - 3, 1) and self._work_modifier(j) and j not in self.used:
            j -= 1
            if self.word(j) in POSSESSIVE | ARTICLE and i - j > 2 and j not in self.used:
                return j, self.word(j)
        return k, det

    def _work_modifier(self, j: int) -> bool:
        """The word at J says how or where someone works ("part-time", "office", "new")."""
        low = self.word(j)
        near = range(max(j - 2, 0), j + 3)  # "our eight-person business": a size, not a role
        if (low == "-" or "-" in (self.word(j - 1), self.word(j + 1))) and all(
            self.value(k) is None for k in near
        ):
            # a word joined by a hyphen: "a first-year apprentice", "a red-seal welder"
            return low == "-" or low.isalnum()
        return (
            low in ITEM_MODIFIERS
            or low in PLACES
            or self.norms[j] in ITEM_MODIFIERS
            or self.person(j) in ITEM_MODIFIERS
        )

    def _listed_without_joiners(self, i: int) -> bool:
        """The person word at I is an item of a list written without joiners, right after
        the one asking and before another count or person: "me partner 5 crew 2 students",
        "me wife 4 guys"."""
        if self.word(i - 1) not in ("me", "myself", "owner"):
            return False
        nxt = i + 1
        return self.value(nxt) is not None or (
            self.person(nxt) is not None and self.value(nxt + 1) is None
        )

    def _theirs(self, i: int) -> bool:
        """The person at I is "his/her/their X" right after a person of another party in
        the same phrase: "the GC's super and his foreman" (the super's foreman, not ours)."""
        if self.word(i - 1) not in ("his", "her", "their"):
            return False
        lo = max(i - 4, 0)
        return any(k in self.others for k in range(lo, i - 1)) and any(
            w in ("and", "&", ",", "with", "plus") for w in self.lowers[lo : i - 1]
        )

    def _name_other(self, i: int) -> None:
        """Keep the words naming the person of another party at I ("the GC's super")."""
        lo = i
        while lo > max(i - 4, 0) and self.word(lo - 1) not in (",", "and", "&", ".", "with"):
            lo -= 1
        self.others[i] = " ".join(self.lowers[lo : i + 1]).replace(" 's", "'s")

    def _of_another_company(self, i: int, noun: str) -> bool:
        """The person at I works for another party, not on the asker's WCB account: one
        said as another company's ("the GC's super", "our client's site manager", "the
        general contractor's safety guy"), the general or prime contractor itself, or an
        officer of an authority ("the WCB inspector", "an OHS officer", "the auditor")."""
        before = self.lowers[max(i - 4, 0) : i]
        if "'s" in before:
            owner = before[before.index("'s") - 1] if before.index("'s") else ""
            if owner in OTHER_PARTIES:
                return True
        if noun in CONTRACTORS and self.word(i - 1) in ("general", "prime", "main"):
            return True
        if self.word(i - 1) in POSSESSIVE - {"his", "her"}:
            return False  # "our safety officer": one of the company
        mods = set(before[-2:])
        return noun in OFFICIALS or (
            noun in FOREMEN | {"officer", "guy", "rep"} and bool(mods & AUTHORITIES)
        )

    def _named_before_paren(self, i: int) -> bool:
        """The word before the "(" of the role at I is a name that opens a list item: "john
        (owner), mary (admin)" (not "my wife (a bookkeeper)", said of someone counted)."""
        name = self.word(i - 2)
        return (
            name.isalpha()
            and self.person(i - 2) is None
            and self.word(i - 3) in ("", ",", ":", "-", "and", "&", "+", "plus", ";")
            and name not in POSSESSIVE | ARTICLE | SELF
        )

    def _speaks(self, i: int) -> bool:
        """The person at I (said with my, our, the) is the subject of a verb of saying: "my
        foreman told me", "our accountant says", "the guy at the bank thinks"."""
        det = self.word(i - 1)
        if det not in POSSESSIVE | {"the"}:
            det = self.word(i - 2)  # "my business partner says"
            if det not in POSSESSIVE | {"the"}:
                return False
        listed_later = any(
            self.word(k) in ("him", "her", "he", "she")
            and (self.word(k - 1) in JOIN or self.word(k + 1) in JOIN)
            for k in range(i + 1, self.n)
        )
        if listed_later:
            return False  # "my wife says she doesn't count. its me, her and 6 guys": one of them
        for k in range(i + 1, min(i + 6, self.n)):
            if self.word(k) in _SAYS or (
                self.word(k) == "asked" and self.word(k + 1) in ("me", "us", "if", "whether")
            ):
                return True  # "the guy at the bank told me", "my office manager asked me"
            if self.word(k) in JOIN | SEGMENT or self.person(k) is not None:
                return False
        return False

    def _i_am(self, i: int) -> bool:
        """The person word at I, with no article, is what the one asking is: "i am owner of
        small tile company", "im owner and operator"."""
        before = self.lowers[max(i - 2, 0) : i]
        return self.word(i - 1) != "a" and (
            before in (["i", "am"], ["i", "'m"], ["i", "m"]) or before[-1:] in (["im"], ["i'm"])
        )

    def _introduces_self(self, i: int) -> bool:
        """The person word at I opens a sentence and says who is writing: "Bookkeeper here,
        ...", "office manager here.", "Safety coordinator speaking"."""
        modifier = self.word(i - 1)
        start = i - 1 if modifier.isalpha() and modifier not in POSSESSIVE | ARTICLE else i
        return (
            self.person(i) is not None
            and self.word(i + 1) in ("here", "speaking")
            and self.word(i + 2) in ("", ",", ".", "!", "-", ":", ";")
            and self.word(start - 1) in ("", ".", ",", "!", "?")
        )

    def _generic(self, k: int, end: int) -> bool:
        """The indefinite person at K..END names a kind in a supposition or a question, not
        someone on the crew: "i didnt think a volunteer would matter", "would a temp count"."""
        return self.word(end + 1) in _GENERIC_AFTER or self.word(k - 1) in _SUPPOSE

    def _said_of(self, k: int, out: list[Mention], owned: bool = False) -> str | None:
        """Whom the person at K ("a volunteer", "an apprentice", "the owner") is said of, when
        it is an attribute of someone named before it in the clause and not one more person:
        "my son comes out saturdays as a volunteer", "my brother is a journeyman", "he's an
        apprentice", "my wife (a bookkeeper)", "he's semi retired but still the owner". "you"
        when it is the one asking ("I work as a foreman"), "them" for a pronoun, the person's
        words for one named, else None."""
        lo, _ = self.segment(k)
        if owned and self.word(k - 1) != "as" and not self._copula_after_named(k, out):
            return None  # "my wife and my son": a list; "my daughter is our receptionist": one
        v = k - 1
        while v > max(k - 4, 0) and self.word(v) in _ADVERBS:
            v -= 1  # "is still the owner", "is also a volunteer"
        verb = self.word(v)
        if verb in ("but", "and") and v < k - 1:
            # "he's semi retired but still the owner": the copula said before, of a pronoun
            return "them" if self._pronoun_is(max(v - 8, 0), v) else None
        if verb not in _PREDICATE or self.lowers[max(v - 2, 0) : v][-2:] in _NOT_PREDICATE:
            return None
        if self.word(v - 1) in ("there", "it", "that", "this") and verb != "as":
            return None  # "there's a foreman", "it's the owner and 4 guys": a list
        subject = self.word(v - 1)
        if verb != "as" and verb != "(" and subject in _PRONOUNS:
            return "them"  # "he's an apprentice", "who is a bookkeeper", "one is a journeyman"
        j = v - 1
        while j >= lo and self.lowers[j] not in _LIST_BREAK:
            if self.lowers[j] in ("i", "i'm", "im") and verb in ("as", "am", "'m"):
                return "you"  # "I work as a foreman", "i come in as a helper"
            if self.lowers[j] in ("him", "her", "them") and verb == "as":
                return "them"  # "we put him on our wcb as a volunteer": the one named before
            named = next((m for m in out if m.at <= j < m.at + len(m.who.split())), None)
            if named is None and j in self.used:  # "my brother-in-law" spans more words
                named = max((m for m in out if m.at <= j), key=lambda m: m.at, default=None)
                if named is None or any(j2 not in self.used for j2 in range(named.at, j)):
                    return None  # a group of people: "4 guys as well"
            if named is not None:
                return named.who  # "my son comes out saturdays as a volunteer"
            j -= 1
        return None

    def _names_a_count(self, i: int) -> bool:
        """The person word at I is the subject of a number: "my worker now are 7 person",
        "our employee is 5" (a plural said as one, as some employers write)."""
        j = i + 1
        while self.word(j) in ("now", "currently", "total", "all", "today"):
            j += 1
        return self.word(j) in ("are", "is", "=", "were", "was") and (
            self.value(j + 1) is not None
            or (self.word(j + 1) in ("now", "about", "around") and self.value(j + 2) is not None)
        )

    def _i_work(self, i: int) -> bool:
        """ "I" at I says the one asking works in the company or is on its account: "I run
        things day to day", "(I'm on the account too)", "I work on the tools"."""
        return bool(_I_WORK.match(" ".join(self.lowers[i + 1 : i + 7])))

    def _copula_after_named(self, k: int, out: list[Mention]) -> bool:
        """ "my daughter is our receptionist", "our office manager is also my wife": the
        person at K (said with my, our) follows a copula right after a person named."""
        v = k - 1
        while v > 0 and self.word(v) in _ADVERBS:
            v -= 1
        if self.word(v) not in ("is", "'s", "was", "as", "("):
            return False  # "office manager (my wife)" too
        named = max((m for m in out if m.at < v), key=lambda m: m.at, default=None)
        return (
            named is not None
            and named.kind != "self"
            and all(j in self.used for j in range(named.at, v))
        )

    def _pronoun_is(self, lo: int, hi: int) -> bool:
        """A pronoun and its copula between LO and HI: "he's", "she is", "they are"."""
        return any(
            self.word(j) in ("he", "she", "they") and self.word(j + 1) in _PREDICATE
            for j in range(lo, hi)
        )

    def _heads_list_item(self, i: int) -> bool:
        """The person word at I opens the first item of a comma list, after only words of
        how they work: "part time bookkeeper 2 days a week, a receptionist, me and 8"."""
        start = i
        while start > 0 and self.lowers[start - 1] not in (",", ".", ";", ":", "!", "?"):
            start -= 1
        if start != 0 or not all(n in ITEM_MODIFIERS for n in self.norms[start:i]):
            return False
        return "," in self.lowers[i + 1 : i + 8]

    def _that_is_me(self, j: int) -> int:
        """How many words from J say the person just named is the one asking, else 0:
        "(that's me)", "(me)", ", that is me", "which is me", "- me"."""
        words = self.lowers[j : j + 5]
        for said in (
            ["(", "that", "'s", "me"],
            ["(", "thats", "me"],
            ["(", "that", "is", "me"],
            ["(", "me"],
            ["(", "myself"],
            [",", "that", "'s", "me"],
            [",", "that", "is", "me"],
            [",", "which", "is", "me"],
            ["which", "is", "me"],
            ["-", "me"],
            ["i.e.", "me"],
        ):
            if words[: len(said)] == said:
                return len(said) + (1 if words[len(said) : len(said) + 1] == [")"] else 0)
        return 0

    def _pair(self, i: int) -> Mention | None:
        """ "a husband and wife team", "father and son": two people named as a pair."""
        first, joiner, second = self.word(i), self.word(i + 1), self.word(i + 2)
        if joiner not in ("and", "&", "n") or (first, second) not in PAIRS:
            return None
        if self.word(i - 1) in POSSESSIVE:
            return None  # "my husband and wife" is not a pair phrase
        self.used.update(range(i, i + 3))
        return Mention(2, f"the {first} and {second}", "family", i, single=True)


def last_of(reader: MentionReader, i: int) -> int:
    """The last word of the person named at I ("father-in-law" spans several tokens)."""
    last = i
    while reader.word(last + 1) in ("-in-law", "in-law"):
        last += 1
    return last


def _plural(title: str) -> str:
    """ "foreman" -> "foremen", "lead hand" -> "lead hands"."""
    return title[:-3] + "men" if title.endswith("man") else f"{title}s"
