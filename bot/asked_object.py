"""What a request asks for, and whether SECOR's pages speak of it at all (round 12).

A message may name a crew, a job or a trade and still ask for something SECOR has nothing
to do with: "write me a quote for a bathroom tile job", "which phone plan is better for my
crew", "best welding rod for stainless". The intent model, seeing trade words, names the
nearest SECOR topic. What decides is the *object* of the request: the thing asked for
(a quote, a phone plan, a welding rod), read from the request's frame:

- something to be written or given to the asker: "write me a X", "give us a X";
- a choice between things: "which X is better", "what X should I buy", "best X for ...";
- a recommendation: "recommend a X", "suggest some X".

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
        r"would be|works?)\s+(?:\w+\s+)?(?:better|best|cheaper|cheapest|good|nicer|faster)\b",
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
# A thing asked for that more topics than this name is one SECOR speaks of, whatever else
# the message says ("write me a hazard assessment for a welding job").
COMMON_TOPICS = 5
# A word this short says nothing of what is asked.
MIN_LETTERS = 3


def asked_objects(text: str) -> list[str]:
    """The phrases TEXT asks for as the object of a request (see the module), as written."""
    found = []
    for frame in _FRAMES:
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
    return None
