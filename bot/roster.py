"""Reads a list of people by job title, family word and number: "a site super, an
estimator, the missus, 7 carpenters and me" -> 10.

The token reader (``bot.headcount``) reads numbers, seasons and "counting me";
this one reads a plain list, item by item, where every item names people on its
own. A list of two or more such items gives the head count directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.lexicon import lexicon

_IRREGULAR = {
    "men": "man",
    "women": "woman",
    "people": "person",
    "children": "child",
    "journeymen": "journeyman",
    "tradesmen": "tradesman",
    "staff": "staff",
    "crew": "crew",
    "folks": "folk",
    "folk": "folk",
    "lads": "lad",
}
_PLURAL_ONLY = frozenset({"staff", "crew", "folk", "man", "woman"})
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "couple": 2, "a couple": 2, "a couple of": 2, "couple of": 2,
    "a dozen": 12, "half a dozen": 6, "dozen": 12, "a pair of": 2,
}  # fmt: skip
_NUM = (
    r"(?P<n>\d{1,3}|" + "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True)) + ")"
)
_OWNERS = r"(?:sole prop\w*|owner[- ]operator|one[- ]man (?:shop|show|operation|band))"
_INLAW = re.compile(r"(?:-in-law|\s+in\s+law)s?$|(?<=s)-in-law$")
_OPENER = re.compile(
    r"^(?:(?:so|well|and|but|plus|hi|hey|ok|okay|also|basically|right now|currently|today)"
    r"\b[\s,]*)*"
    r"(?:it'?s|its|it is|we are|we're|were|there'?s|there is|there are|we have|we've got|"
    r"we got|i have|i've got|i got|we employ|i employ|i'?m an?|im an?|i am an?|we'?re an?|"
    r"that'?s|thats|the crew is|our crew is|the team is|our team is)?\s*(?:just|only)?\s*"
)
_FILLER = re.compile(
    r"\s+(?:ok|okay|too|also|as well|total|in total|all together|altogether|right|eh|"
    r"lol|now|currently|full time|full-time|year round|all year)$"
)
# What a listed person does: "the missus doing payroll", "my wife does the books".
_DOING = re.compile(
    r"\s+(?:doing|does|do|who|that|which|helps?|helping|running|runs?|handles?|handling|"
    r"owns?|manages?|"
    r"working|works|on payroll|part[- ]time|full[- ]time|in the summer)\b.*$"
)
# Family words that name one person without "my": "hubby and me run it".
_BARE_FAMILY = frozenset({"hubby", "wife", "husband", "missus", "missis", "wifey", "spouse"})
_SELF = re.compile(r"^(?:me|myself|i|yours truly|me myself)$")
_US = re.compile(rf"^(?:the\s+)?{_NUM}\s+of\s+us(?:\s+(?:owners|partners|bosses|co-owners))?$")
_PLACES = (
    r"(?:office|field|shop|site|sites|tools|yard|desk|road|trucks?|warehouse|front|back|"
    r"crew|jobsite|jobsites|job site|admin side|field side)"
)
_PLACED = re.compile(
    rf"^{_NUM}\s+(?:people\s+|guys\s+|of them\s+|staff\s+)?(?:in|on|at|out in|out on|"
    rf"working in|working on)\s+(?:the\s+)?{_PLACES}$"
)
_COUNTED = re.compile(
    rf"^(?:(?:my|our|his|her|their|the|about|around|like|another|also)\s+)?{_NUM}\s+"
    r"(?P<words>(?:[\w'-]+\s+){0,2}[\w'-]+)$"
)
_SINGLE = re.compile(
    r"^(?P<det>a|an|one|my|our|his|her|their|the)\s+(?P<words>(?:[\w'-]+\s+){0,2}[\w'-]+)$"
)
_OWNER = re.compile(rf"^(?:an?\s+)?{_OWNERS}$")
_ITEMS = re.compile(r"\s*,\s*|\s+(?:and|n|plus|with|&|\+)\s+|\s*[+&]\s*")
_CHUNKS = re.compile(r"[.?!;:()]|\s[-\u2013\u2014]+\s")


@dataclass(frozen=True)
class Member:
    """An item of a list of people: how many, and the words for them."""

    count: int
    who: str
    single: bool
    bare: bool = False  # a job title with no "a" or "the" ("estimator"), read when asked


@cache
def _titles() -> frozenset[str]:
    """Words that name people, in the singular (bot_lexicon.toml [people])."""
    lex = lexicon()
    return lex.titles | lex.singles | lex.person_nouns


def _singular(word: str) -> str | None:
    """The singular person word for WORD, or None when it does not name people."""
    word = _INLAW.sub("", word)
    titles = _titles()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("men") and f"{word[:-3]}man" in titles:
        return f"{word[:-3]}man"  # "foremen"
    if word in titles:
        return word
    for cut in ("es", "s"):
        if word.endswith(cut) and word[: -len(cut)] in titles:
            return word[: -len(cut)]
    if word.endswith("ies") and f"{word[:-3]}y" in titles:
        return f"{word[:-3]}y"  # "ladies", "deputies"
    return None


def _number(text: str) -> int:
    return int(text) if text.isdigit() else NUMBER_WORDS[text]


def _head(words: str) -> str:
    """The head word of a noun phrase, with an in-law suffix kept on it."""
    words = re.sub(r"\s+in\s+law$", "-in-law", words)
    return _INLAW.sub("", words.split()[-1])


# Person words read as one person in a list only ("plus a retired fella"), not everywhere
# (the typo reader would take "fell" for them; "one fella quit" is who left, not a count).
_LIST_ONLY = {"fella": "fella", "fellow": "fellow"}
_ROLE = re.compile(
    r"^the (?:person|guy|one|individual|worker|employee|man|woman|lady|gal|fellow)\b"
)


def read_member(item: str, bare_titles: bool = False) -> Member | None:
    """The people one list item names, or None when it is not a list item of people
    (BARE_TITLES: a job title with no article, "estimator", is one person)."""
    item = _FILLER.sub("", _OPENER.sub("", item.strip(" .?!,'\"")).strip())
    bare = _bare_title(item) if bare_titles else None
    if bare is not None:
        return bare  # "office manager, estimator, me ...": a job title listed is a person
    member = _member(item)
    if member is None and _DOING.search(item):
        if _ROLE.match(item):
            return None  # "the person who did our audit left": a role described, no one listed
        member = _member(_DOING.sub("", item))  # "the missus doing payroll"
    return member


def _member(item: str) -> Member | None:
    if not item:
        return None
    if _SELF.match(item):
        return Member(1, "you", True)
    if item in _BARE_FAMILY:
        return Member(1, f"the {item}", True)  # "hubby and me"
    us = _US.match(item)
    if us:
        return Member(_number(us["n"]), "of you", False)  # "the two of us owners"
    if _OWNER.match(item):
        return Member(1, "you (the owner)", True)
    placed = _PLACED.match(item)
    if placed:
        return Member(_number(placed["n"]), item.split(None, 1)[1], False)
    counted = _COUNTED.match(item)
    if counted:
        n = _number(counted["n"])
        words = counted["words"]
        head = _head(words)
        if _singular(head) is not None and (n > 1 or head == _singular(head)):
            if words.startswith("of ") or n > 200:
                return None
            return Member(n, words, False)
        return None
    single = _SINGLE.match(item)
    if single:
        words = single["words"]
        head = _head(words)
        if "'s " in words:  # "the wife's cousin"
            head = _head(words.split("'s ", 1)[1])
        singular = _singular(head) or _LIST_ONLY.get(head)
        if singular is None or (singular != head and singular not in _PLURAL_ONLY):
            return None  # plural without a number: "the guys"
        if singular in _PLURAL_ONLY and head != singular:
            return None
        owner = {"my": "your", "our": "your"}.get(single["det"], single["det"])
        return Member(1, f"{owner} {words}", True)
    return None


# A job title listed with no "a" or "the": one or two words, the last a title in the
# singular ("office manager", "estimator", "site super"); words that name no one on their
# own in a list ("guy", "hand", "crew") or no employee ("sub") are left to the readers.
_BARE_TITLE = re.compile(r"^(?:(?P<mod>[a-z][\w-]*)\s+)?(?P<head>[a-z][\w-]*)$")
_NOT_BARE = frozenset(
    {"guy", "gal", "worker", "employee", "person", "hand", "crew", "member", "body", "head",
     "hire", "timer", "kid", "child", "boy", "girl", "lad", "sub", "subcontractor",
     "contractor", "individual", "fte", "staffer", "people", "staff", "family", "relative",
     "temp", "casual", "friend", "buddy", "bro", "sis", "office", "partner"}
)  # fmt: skip
# Words before a title that make the item no person listed ("no manager", "is foreman").
_NOT_MODIFIER = frozenset(
    {"no", "not", "any", "every", "each", "which", "what", "who", "is", "was", "are", "be",
     "as", "for", "to", "of", "our", "my", "his", "her", "their", "the", "a", "an", "one",
     "that", "this", "some", "other", "another", "new", "old", "former", "ex", "only", "just"}
)  # fmt: skip


def _bare_title(item: str) -> Member | None:
    """One person named by a bare job title in a list ("office manager", "estimator")."""
    match = _BARE_TITLE.match(item)
    if match is None:
        return None
    head, mod = match["head"], match["mod"]
    lex = lexicon()
    family = next((frozenset(c.words) for c in lex.categories if c.id == "family"), frozenset())
    if head not in lex.titles | lex.singles or head in _NOT_BARE or _singular(head) != head:
        return None
    if head in family:
        return None  # "my wife and daughter": the "my" said once holds both (read as such)
    if mod is not None and (mod in _NOT_MODIFIER or mod.isdigit() or mod in NUMBER_WORDS):
        return None
    return Member(1, f"the {item}", True, bare=True)


# An owner said after "me" as an apposition: the one asking described ("me, the owner").
_APPOSED = re.compile(
    r"\s*(?:the |a |an )?(?:sole |only |single |lone )?(?:owner|proprietor|owner-operator|boss)"
    r"\s*"
)


# A remark in brackets that counts no one ("(we both own it)", "(the owner)"): the list
# goes on after it. A bracket with a number in it may list people and stays a break.
_ASIDE = re.compile(
    r"\((?![^()]*\b(?:\d+|" + "|".join(k for k in NUMBER_WORDS if " " not in k) + r")\b)"
    r"[^()]{0,60}\)"
)


def read_roster(text: str, min_items: int = 2, bare_titles: bool = False) -> tuple[Member, ...]:
    """The largest run of MIN_ITEMS or more people items in TEXT (empty when there is none;
    BARE_TITLES: job titles with no article are people too, see ``read_member``)."""
    best: tuple[Member, ...] = ()
    for chunk in _CHUNKS.split(_ASIDE.sub(" ", text.lower())):
        run: list[Member] = []
        for item in [*_ITEMS.split(chunk), ""]:
            member = read_member(item, bare_titles) if item else None
            if member is not None and run and run[-1].who == "you" and _APPOSED.fullmatch(item):
                continue  # "me, the owner", "me, sole proprietor": the one asking, described
            if member is not None:
                run.append(member)
                continue
            if len(run) >= min_items and sum(m.count for m in run) > sum(m.count for m in best):
                best = tuple(run)
            run = []
    return best


def singular_person(word: str) -> str | None:
    """The singular person word for WORD ("framers" -> "framer"), or None."""
    return _singular(word)
