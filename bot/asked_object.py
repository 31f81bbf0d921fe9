"""What a request asks for, and whether SECOR's pages speak of it at all (round 12).

A message may name a crew, a job or a trade and still ask for something SECOR has nothing
to do with: "write me a quote for a bathroom tile job", "which phone plan is better for my
crew", "best welding rod for stainless". The intent model, seeing trade words, names the
nearest SECOR topic. What decides is the *object* of the request: the thing asked for
(a quote, a phone plan, a welding rod), read from the request's frame:

- something to be written or given to the asker: "write me a X", "give us a X";
- a choice between things: "which X is better", "what X should I buy", "best X for ...";
- a recommendation: "recommend a X", "suggest some X";
- a task (round 14): "how do I wire a 3 way switch", "which deck stain holds up best" (a
  number opening the thing, "3 way", "14-3", is part of its name, not a head count).

The object is off-topic when its head word is one no fact, no training question of an
answerable topic and no lexicon uses, or when its head and the word before it (a compound:
"phone plan") never stand together in a fact or a training question, though each does
alone (for a thing few topics name: one many topics name is SECOR's in itself). A SECOR
thing asked for ("which element is better for the FLHA form", "write me a
list of the elements", "best way to organise the binder") passes: its words are the
pages' own.
"""

from __future__ import annotations

import re
from functools import cache

from bot.abstain import Coverage
from bot.acsa_request import asked_of_acsa
from bot.foreign_request import anchored
from bot.lexicon import intents

_I = re.IGNORECASE
# The words that end an object phrase: a preposition, a conjunction, a verb of the frame.
_END = (
    r"(?=\s+(?:for|to|in|on|of|with|from|at|by|that|which|who|and|or|is|are|would|should|"
    r"do|does|can|will|i|we|you)\b|\s*[,.;:?!]|\s*$)"
)
_PHRASE = r"(?P<obj>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?)"
_DET = (
    r"(?:(?:a|an|some|the|any|good|nice|new|cheap|decent|quick|pair of|set of|couple of|"
    r"kind of|type of)\s+){0,3}"
)
# Frames of a request whose object is the thing asked for.
_FRAMES = (
    re.compile(
        r"\b(?:write|draft|make|give|find|build|draw up|whip up|put together|"
        rf"price out|quote)\s+(?:me|us)\s+{_DET}{_PHRASE}{_END}",
        _I,
    ),
    re.compile(
        rf"\b(?:which|what)\s+(?:kind of\s+|type of\s+|brand of\s+)?{_PHRASE}\s+(?:is|are|'s|"
        r"would be|works?|holds? up|stands? up|lasts?|wears?|performs?|looks?)\s+(?:\w+\s+)?"
        r"(?:better|best|cheaper|cheapest|good|nicer|faster|longer|longest)\b",
        _I,
    ),
    re.compile(
        rf"\b(?:which|what)\s+(?:kind of\s+|type of\s+|brand of\s+)?{_PHRASE}\s+(?:should|"
        r"do you (?:recommend|suggest)|would you (?:recommend|suggest|pick|get|buy))\b",
        _I,
    ),
    re.compile(
        rf"(?:^|[.!?]\s*|\b(?:the|a|your|what'?s|whats|what is)\s+)(?:best|cheapest|top)\s+"
        rf"{_PHRASE}{_END}",
        _I,
    ),
    re.compile(
        rf"\b(?:recommend|suggest)\s+(?:me\s+|us\s+)?{_DET}{_PHRASE}{_END}",
        _I,
    ),
)
# A task asked how to do: "how do I wire a 3 way switch", "how should we stain the deck" (a
# number may open the thing: "3 way" is part of its name, no head count).
_TASK = re.compile(
    r"\bhow\s+(?:do|can|should|would|could|to)\s+(?:(?:i|we|you|u)\s+)?(?!(?:i|we|you|u)\s)"
    r"(?P<verb>[a-z]+)\s+(?:(?:a|an|the|my|our|this|that|some|up|in|out|down)\s+){0,2}"
    r"(?P<obj>[a-z0-9][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?)" + _END,
    _I,
)
# What a named thing is ("what are the three courses again?", "what's the evaluation tool
# for"): SECOR's when the thing is (secor_object only: it never refuses by itself).
_IDENTITY = re.compile(
    r"\b(?:what|which)\s*(?:is|are|were|was|'s|'re|s)\s+(?:the|those|these|them|all the|our|"
    r"your)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|thirteen|main|"
    rf"required|mandatory|different)\s+)?{_PHRASE}{_END}",
    _I,
)
# Verbs of getting on with the program itself, no trade task ("how do I reset my login").
_PROGRAM_VERB = re.compile(
    r"(?:i|we|you|u|get|find|do|know|tell|reach|contact|call|email|e-mail|access|reset|log|"
    r"login|open|see|check|read|download|upload|pay|use|start|keep|handle|deal|go|set|put|"
    r"take|send|submit|apply|register|join|count|qualify|prove|show|become|sign|fill|write|"
    r"hear)",
    _I,
)
# A task is SECOR's when any of its words is named by more topics than this.
TASK_TOPICS = 1
# A thing asked for that more topics than this name is one SECOR speaks of, whatever else
# the message says ("write me a hazard assessment for a welding job").
COMMON_TOPICS = 5
# A word this short says nothing of what is asked.
MIN_LETTERS = 3


def asked_objects(text: str) -> list[str]:
    """The phrases TEXT asks for as the object of a request (see the module), as written."""
    found = []
    for frame in (*_FRAMES, _TASK):
        for match in frame.finditer(text):
            found.append(match.group("obj").lower())
    return found


@cache
def _topics(coverage: Coverage) -> tuple[frozenset[str], ...]:
    """The content words (normal forms) of each answerable topic: its facts and its
    training questions together."""
    return tuple(
        frozenset().union(*coverage.examples[intent.id])
        for intent in intents().values()
        if intent.kind not in ("unknown", "refuse", "smalltalk")
    )


def topics_naming(coverage: Coverage, forms: frozenset[str]) -> int:
    """How many answerable topics name any of FORMS (the written forms of one word)."""
    return sum(1 for t in _topics(coverage) if t & forms)


def _forms(norm: str, written: str) -> frozenset[str]:
    return frozenset({norm, written, written.rstrip("s")})


def foreign_object(coverage: Coverage, text: str) -> str | None:
    """The thing TEXT asks for when SECOR's pages never speak of it ("phone plan"), else None:
    no topic's facts or training questions name it, or none names it with any other word
    the message says (the frame's own words, "write me", "which ... is better", aside)."""

    def topical(phrase: str) -> list[frozenset[str]]:
        return [
            _forms(n, w)
            for n, w in coverage.subject_words(coverage.content_of(phrase))
            if len(w) >= MIN_LETTERS
        ]

    if asked_of_acsa(text):
        return None  # "can ACSA give me a letter ...": what ACSA does (bot.acsa_request)
    for frame in _FRAMES:
        for match in frame.finditer(text):
            words = topical(match.group("obj"))
            if not words:
                continue  # "which guys should do it", "the best way": no thing named
            head = words[-1]
            outside = text[: match.start()] + " " + match.group("obj") + text[match.end() :]
            others = [w for w in topical(outside) if not w & head]
            topics = [t for t in _topics(coverage) if t & head]
            if not topics:
                return match.group("obj")  # "welding rod": no fact or training question says it
            if len(topics) > COMMON_TOPICS:
                continue  # "a hazard assessment", "a course": a SECOR thing in itself
            if others and not any(t & o for t in topics for o in others):
                return match.group("obj")  # "a phone plan, Telus or Rogers": never together
    return _foreign_task(coverage, text)


def secor_object(coverage: Coverage, text: str) -> bool:
    """TEXT asks for a thing SECOR speaks of in itself, one more than COMMON_TOPICS topics
    name ("what hazard assessment form is best", "how do I write a hazard assessment", "what
    are the three courses again")."""
    for frame in (*_FRAMES, _TASK, _IDENTITY):
        for match in frame.finditer(text):
            named = [
                sum(1 for t in _topics(coverage) if t & _forms(n, w))
                for n, w in coverage.subject_words(coverage.content_of(match.group("obj")))
                if len(w) >= MIN_LETTERS
            ]
            if named and max(named) > COMMON_TOPICS:
                return True
    return False


def _named(coverage: Coverage, phrase: str) -> list[int]:
    """How many topics name each content word of PHRASE."""
    return [
        sum(1 for t in _topics(coverage) if t & _forms(n, w))
        for n, w in coverage.subject_words(coverage.content_of(phrase))
        if len(w) >= MIN_LETTERS
    ]


def _foreign_task(coverage: Coverage, text: str) -> str | None:
    """The task TEXT asks how to do when it is a trade's, not SECOR's: none of its words (the
    verb and the thing) is named by more than TASK_TOPICS topics, one by none, and the message
    names nothing of the program ("how do I wire a 3 way switch"; "how do I write a hazard
    assessment" is SECOR's)."""
    if anchored(text):
        return None  # "how do I get ahold of someone at ACSA": the program named
    for match in _TASK.finditer(text):
        if _PROGRAM_VERB.fullmatch(match.group("verb")):
            continue
        phrase = f"{match.group('verb')} {match.group('obj')}"
        named = _named(coverage, phrase)
        if named and max(named) <= TASK_TOPICS and min(named) == 0:
            return phrase
        if not any(_named(coverage, match.group("obj"))):
            return phrase  # "replace a toilet flange": no topic names the thing at all
    return None
