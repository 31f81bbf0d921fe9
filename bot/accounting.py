"""The accounting cross-check of a head count: every person the message names is accounted for.

After the readers have counted (``bot.groups``, ``bot.headcount``), each person named one
at a time ("my daughter", "the owner's wife and daughter", "a volunteer") is either:

- counted: a counted group stands at its words;
- merged with a counted person: the same family word named again ("my dad ... plus dad"),
  a role said of someone already named ("he's on our WCB as a volunteer", "my wife, who
  is our bookkeeper"), or the work someone does ("wife doing admin");
- set aside for a reason the clause states (left, own WCB account, a client's people,
  asked about, "including", a time more than 12 months ago); or
- unaccounted for: then it is added when it is plainly one more item of the list of
  people counted ("me, 6 painters, my daughter part time in the office and ..."), or the
  second person of a shared possessive ("the owner's wife and daughter").

A role said of a person already named that a reader counted as one more person is taken
out again. What is added is named among the people counted, so the answer shows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc

from bot.headcount import Group, HeadCount
from bot.lexicon import Lexicon
from bot.mentions import GENERIC, NOT_SINGLE, Mention, MentionReader

# How someone works, said after the person ("my daughter part time in the office").
_HOW = ("part_time", "full_time", "seasonal")
# Words that join the items of a list of people.
_LIST = frozenset({",", "and", "+", "plus", "&", "n"})
_OWN = frozenset({"my", "our"})
# Words after which a person word names what someone is, not one more person:
# "as a volunteer", "is our bookkeeper", "who's the office manager".
_PREDICATE = frozenset({"as", "is", "'s", "s", "was", "are", "being", "am", "'m"})
_SUBJECTS = frozenset({"he", "she", "they", "who", "hes", "shes", "him", "her", "them", "which"})
# Verbs of the work someone does: "wife doing admin", "my son does payroll".
_ACTIVITY = frozenset(
    {"doing", "does", "do", "did", "handles", "handling", "runs", "running", "covers",
     "covering", "keeps", "keeping", "helps", "helping"}
)  # fmt: skip
# A clause that sets a person aside, or asks about one instead of counting them.
_ASIDE = re.compile(
    r"\b(?:left|quit|quits|retired|retiring|leaving|used to|ago|own (?:wcb|company|business|"
    r"account|crew|outfit)|not on|isn'?t on|aren'?t on|off (?:the |our |my )?(?:wcb|books|"
    r"payroll)|client|customer|gc|another company|other company|counts?\b|counted|included?|"
    r"does|would|whether|if|not|no|never|dont|doesnt|don't|doesn't|cash|contract\w*|sub\w*|"
    r"passed|died|former|old|ex|besides|except|excluding|without|including|incl|counting)\b"
)
# The rest of a person's sentence says they are on another account: "my brother's son works
# for another company", "my wife who has her own company", "he's on his own WCB".
_OTHER_ACCOUNT = re.compile(
    r"\b(?:(?:has|have|runs?|owns?|with|on|under)\s+(?:his|her|their)\s+own\s+(?:company|"
    r"business|outfit|wcb|account|crew)|works?\s+(?:for|with)\s+(?:another|a different|"
    r"some other|an other)\s+(?:company|outfit|business|contractor|firm)|"
    r"(?:is|'s|s)\s+with\s+another\s+(?:company|outfit|business|firm)|"
    # an outside accountant or bookkeeper: "does our books from her own office", "has her
    # own bookkeeping firm", "works out of his own practice"
    r"(?:from|in|at|out\s+of|through)\s+(?:his|her|their)\s+own\s+(?:office|firm|practice|"
    r"business|company|shop)|"
    r"(?:his|her|their)\s+own\s+(?:accounting|bookkeeping|payroll)\s+(?:firm|business|company|"
    r"practice|service))\b"
)
# Words before a person that make them someone outside the company: "an outside bookkeeper".
_OUTSIDE = frozenset({"outside", "external", "independent", "contract", "freelance"})
# The rest of a phrase of people joined by "and" says something of all of them: "my brother
# and his son who are on their own wcb", "my uncle and cousin, they're both on their own".
_PLURAL_SAID = re.compile(
    r"^(?:[,)\]]\s*)*(?:(?:and\s+)?(?:who|that|which|they)\s*(?:are|'re|were|both|all|each|have)|"
    r"both|all|each)\b"
)
# What stands between two people of one list ("a roofer, an electrician and a taper").
_JOINERS = frozenset({"and", "&", ",", ", and", "as well as", "or", ", or"})
# The rest of a person's sentence says they have gone: "my daughter used to help but she
# left last year", "my uncle, he retired in the spring".
_GONE = re.compile(
    r"\b(?:he|she|they)\s+(?:has\s+|have\s+|'s\s+|already\s+)?(?:left|quit|retired|"
    r"moved away|moved on)\b(?!\s+(?:but|and)\s+(?:still|now)|\s+from\s+)"
)
# Words right before a person that set them apart from the list counted.
_BEFORE_ASIDE = frozenset(
    {"including", "incl", "counting", "with", "besides", "except", "excluding", "without",
     "than", "like", "for", "to", "from", "of", "by", "not"}
)  # fmt: skip


@dataclass(frozen=True)
class Named:
    """One person named in the message: where the words start, the person word, and who."""

    start: int
    at: int
    who: str
    shared: bool = False  # the second person of a shared possessive ("wife and daughter")
    opens: int = -1  # where a shared possessive's first person starts ("my wife and ...")

    @property
    def first(self) -> int:
        """Where the words naming this person, with a shared possessive, start."""
        return self.opens if self.shared else self.start


def cross_check(doc: Doc, lex: Lexicon, count: HeadCount | None) -> HeadCount | None:
    """COUNT with every person DOC names accounted for: roles said of someone already
    counted are merged, and people plainly listed but not counted are added."""
    if count is None or count.bound != "exact" or count.bare:
        return count
    if any(g.who.startswith("in all") or "included" in g.who or g.count < 0 for g in count.groups):
        return count  # a total said holds the people named with it ("6 of us: me, ...")
    words = MentionReader(doc, lex, date.today())
    if len(words.lowers) != len(doc):
        return count
    kept = [g for g in count.groups if not _said_of_another(words, g, count.groups)]
    total = count.total - (len(count.groups) - len(kept))
    notes = list(count.notes)
    aside: dict[int, str] = {}
    for g in list(kept):
        reason = _set_aside(words, g, kept)
        if reason is not None:
            kept.remove(g)
            total -= 1
            aside[g.at] = reason
            notes.append(f"not counted: {g.who}, {reason}")
    seen = _seen(MentionReader(doc, lex, date.today()).mentions())
    for named in inventory(words):
        if named.at in seen:
            continue  # the readers saw this person and decided: counted, merged or set aside
        if named.shared and named.opens in aside:
            # "my uncle and cousin, they're both on their own wcb": set aside together
            notes.append(f"not counted: {named.who}, {aside[named.opens]}")
            continue
        if _accounted(words, named, kept, count) or not _plainly_listed(words, named, kept):
            continue
        kept.append(Group(1, named.who, "single", named.start))
        total += 1
    if total == count.total and kept == list(count.groups):
        return count
    kept.sort(key=lambda g: g.at)
    return replace(count, groups=tuple(kept), total=total, notes=tuple(notes))


def _set_aside(words: MentionReader, g: Group, groups: list[Group]) -> str | None:
    """Why G, one person counted by a reader, is not in the count, when the rest of its
    sentence says so: with another company or their own WCB account, or gone already."""
    if g.role != "single" or g.count != 1 or _is_you(g.who) or not g.who:
        return None
    if len(groups) < 2:
        return None
    said = _said_after(words, g, groups)
    if _OTHER_ACCOUNT.search(said) or words.word(g.at + 1) in _OUTSIDE:
        return (
            "who you say is with another company or on their own WCB account: the pages count "
            "the people covered by your WCB account, and they are not on it"
        )
    if _GONE.search(said):
        return (
            "who has left: not in your count now, but the limit looks at the most people at "
            "any one time in the past 12 months, so count them for the time they were with you"
        )
    return None


def _said_after(words: MentionReader, g: Group, groups: list[Group]) -> str:
    """The words said of G after it, up to the next person counted or its sentence's end;
    when only a joiner stands before the next person and what follows that one is said of
    them all ("my brother and his son who are on their own wcb"), those words."""
    _, hi = _sentence(words, g.at)
    start = g.at + len(g.who.split())
    later = sorted((h for h in groups if h.at > g.at), key=lambda h: h.at)
    said = " ".join(words.lowers[start : min([hi, *(h.at for h in later)])])
    for h in (h for h in later if h.at < hi):
        if said.strip() not in _JOINERS:
            break
        end = min([hi, *(x.at for x in later if x.at > h.at)])
        rest = " ".join(words.lowers[h.at + len(h.who.split()) : end])
        if rest.strip() in _JOINERS:
            said = rest  # "a roofer, an electrician and a taper who each ...": the list goes on
            continue
        if not _PLURAL_SAID.match(rest.strip()):
            break
        return rest
    return said


def _seen(mentions: list[Mention]) -> set[int]:
    """The tokens the readers' mentions of people stand at ("my son and daughter": both)."""
    return {k for m in mentions for k in range(m.at, m.at + max(len(m.who.split()), 1) + 1)}


def inventory(words: MentionReader) -> list[Named]:
    """Every person of the message named one at a time with "my", "our" or someone's
    ("the owner's wife"), and the second person of a shared possessive ("my wife and son")."""
    found: list[Named] = []
    for i in range(words.n):
        noun = _single_person(words, i)
        if noun is None:
            continue
        owner = _owner(words, i)
        if owner is not None:
            found.append(Named(owner[0], i, f"{owner[1]} {words.lowers[i]}"))
            continue
        if words.word(i - 1) in ("and", "&") and found and found[-1].at == i - 2:
            first = found[-1]
            whose = first.who.rsplit(" ", 1)[0]
            found.append(Named(i, i, f"{whose} {words.lowers[i]}", shared=True, opens=first.first))
    return found


def _single_person(words: MentionReader, i: int) -> str | None:
    """The singular person word at I, when it names one person by family or role."""
    noun = words.person(i)
    low = words.word(i)
    if noun is None or noun in GENERIC or noun in NOT_SINGLE or low in NOT_SINGLE:
        return None
    if noun in (*_HOW, "one_person"):
        return None
    if (low.endswith("s") and low != noun) or words.word(i + 1) in ("'s", "-", "s"):
        return None  # a plural, or the possessor of someone else ("my wife's cousin")
    if words.person(i + 1) not in (None, *_HOW):
        return None  # "my part-time bookkeeper": the head is the last word
    return noun


def _owner(words: MentionReader, i: int) -> tuple[int, str] | None:
    """Where "my X" / "the owner's X" starts and whose the person is, or None."""
    prev = words.word(i - 1)
    if prev in _OWN:
        return i - 1, "your"
    if prev in ("his", "her", "their"):
        return i - 1, prev  # "the owner and his son and daughter"
    if (
        prev == "'s"
        and words.person(i - 2) is not None
        and words.word(i - 3)
        in (
            "the",
            "my",
            "our",
        )
    ):
        whose = {"my": "your", "our": "your"}.get(words.word(i - 3), words.word(i - 3))
        return i - 3, f"{whose} {words.word(i - 2)}'s"
    return None


def _said_of_another(words: MentionReader, g: Group, groups: tuple[Group, ...]) -> bool:
    """G, one person counted, is a role said of someone named before it ("he's on our WCB
    as a volunteer") or the work someone does ("wife doing admin"): no one more."""
    if g.role != "single" or g.count != 1 or _is_you(g.who):
        return False
    doing = words.word(g.at) in _ACTIVITY or any(w in _ACTIVITY for w in g.who.split()[1:])
    if doing and any(h.at <= g.at for h in groups if h is not g):
        return True
    if words.word(g.at) not in ("a", "an", "the", "our", "my"):
        return False
    verb = words.word(g.at - 1)
    if verb not in _PREDICATE or words.word(g.at - 2) in ("well", "such", "there", "it"):
        return False  # "a bookkeeper as well as an estimator", "there's a foreman": a list
    lo, _ = _sentence(words, g.at)
    before = words.lowers[lo : g.at - 1]
    if verb == "as":
        return any(w in _SUBJECTS for w in before) or any(
            lo <= h.at < g.at and h.role == "single" for h in groups if h is not g
        )
    return bool(before) and before[-1] in _SUBJECTS


def _accounted(words: MentionReader, named: Named, groups: list[Group], count: HeadCount) -> bool:
    """NAMED is counted, merged with a person counted, or set aside with a reason."""
    if any(named.start <= g.at <= named.at for g in groups):
        return True  # counted at its words
    noun = words.lowers[named.at]
    if any(g.role == "single" and g.who.split()[-1:] == [noun] for g in groups):
        return True  # the same person named again ("my dad ... plus dad")
    if any(noun in note for note in count.notes):
        return True  # set aside, with the reason said
    if words.word(named.first - 1) in _BEFORE_ASIDE:
        return True  # "including my wife (and daughter)", "besides my son"
    if words.word(named.first - 1) in _PREDICATE:
        return True  # "my wife is my partner": a role said of someone
    after = named.at + 1
    while words.word(after) in ("also", "too", "already", "still", "really", "just"):
        after += 1
    if words.word(after) in ("is", "'s", "s", "was"):
        return True  # "my wife is one of them", "my son is the foreman": said of them
    lo, hi = _clause(words, named)
    return _ASIDE.search(" ".join(words.lowers[lo:hi])) is not None


def _plainly_listed(words: MentionReader, named: Named, groups: list[Group]) -> bool:
    """NAMED is one more item of a list that holds people counted: the word before it joins
    it to a counted person or group, or it shares a counted person's possessive."""
    if named.shared:
        return any(g.at < named.at for g in groups)
    if words.word(named.start - 1) not in _LIST:
        return False
    lo, _ = _sentence(words, named.start)
    return any(lo <= g.at < named.start for g in groups)


def _sentence(words: MentionReader, at: int) -> tuple[int, int]:
    """The sentence around AT."""
    lo = at
    while lo > 0 and words.lowers[lo - 1] not in (".", "?", "!", ";"):
        lo -= 1
    hi = at
    while hi < words.n and words.lowers[hi] not in (".", "?", "!", ";"):
        hi += 1
    return lo, hi


def _clause(words: MentionReader, named: Named) -> tuple[int, int]:
    """The words of NAMED's item of the list: from it to the next joiner or the end."""
    hi = named.at + 1
    while hi < words.n and words.lowers[hi] not in _LIST | {".", "?", "!", ";", "but"}:
        hi += 1
    if words.lowers[hi : hi + 1] == ["and"] and words.word(hi + 1) in ("she", "he", "they"):
        hi += 1  # "my daughter and she is leaving": the clause goes on
    return named.start, hi


def _is_you(who: str) -> bool:
    """WHO is the one asking ("you", "you (the owner)"), not "your son"."""
    return who == "you" or who.startswith("you (")
