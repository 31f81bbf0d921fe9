"""What a question is about, when that thing is none of SECOR's: refused (round 19).

``bot.asked_object`` reads the thing a *request* asks for ("write me a quote", "which phone
plan is better"). A question may instead be *about* a thing, in three frames that carry a
word SECOR's pages also use (cheaper, rate, expire, extend), so the intent model answers a
SECOR topic:

- a comparison of goods or shops: "whats cheaper, a gallon of paint at home depot or
  sherwin williams", "which is better: lumber from X or Y";
- a current figure of the market: "what's the current prime lending rate at the banks",
  "what is today's price of diesel";
- a thing of one's own that expires or is renewed: "my work permit expire soon how i extend
  it", "how do I renew my passport".

The thing is foreign when it names nothing of the program (no concept of the lexicon, no
program noun: ``bot.foreign_request.anchored``), the rest of the message names nothing of
the program either, and its words are not SECOR's: its head word is named by no answerable
topic's facts or training questions, or one of its words is named by none and none is a
SECOR thing in itself (named by many topics). "My first aid card expires, how do I renew
it", "which is cheaper, PHSM or the SECOR course" and "what's the current PIR refund rate"
name the program and are answered.
"""

from __future__ import annotations

import re

from bot.abstain import Coverage
from bot.asked_object import COMMON_TOPICS, MIN_LETTERS, topics_naming
from bot.foreign_request import anchored

_I = re.IGNORECASE
# The words that end the thing's phrase: a preposition, a conjunction, a verb, punctuation.
_END = (
    r"(?=\s+(?:for|to|in|on|of|with|from|at|by|that|which|who|and|or|vs\.?|versus|is|are|"
    r"would|should|do|does|can|will|i|we|you|expires?|expired|expiring|runs?|ran|lapse[sd]?|"
    r"soon|next|this|right|now|today)\b|\s*[,.;:?!]|\s*$)"
)
_THING = r"(?P<obj>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?)"
_DET = r"(?:(?:a|an|the|some|one|my|our|his|her|their)\s+){0,2}"
_WHAT = r"(?:what'?s|whats|what is|what are|which(?: one)?(?: is|'s)?|who'?s|who is|where'?s)"
_OWN = r"(?:my|our|his|her|their|the wife'?s|my wife'?s)"
_EXPIRES = (
    r"(?:expires?|expired|expiring|is expiring|runs? out|ran out|lapse[sd]?|is up|renewal|"
    r"extension)"
)
_FRAMES = (
    # a comparison of goods or shops: "whats cheaper paint gallon home depot or ..."
    re.compile(
        rf"\b{_WHAT}\s+(?:the\s+)?(?:cheaper|cheapest|better|best|less expensive|more "
        rf"expensive|better deal|best deal|best price)\b[\s,:-]+(?:for\s+|on\s+)?{_DET}{_THING}"
        rf"{_END}",
        _I,
    ),
    # a current figure of the market: "what's the current prime lending rate at the banks"
    re.compile(
        rf"\b{_WHAT}\s+(?:the\s+)?(?:current|today'?s|todays|latest|going|present|posted|"
        rf"average|typical)\s+{_THING}{_END}",
        _I,
    ),
    # a thing of one's own that expires: "my work permit expire soon"
    re.compile(rf"\b{_OWN}\s+{_THING}\s+(?:will\s+|is\s+going\s+to\s+)?{_EXPIRES}\b", _I),
    # a thing of one's own renewed or extended: "how do I renew my passport"
    re.compile(
        rf"\b(?:extend|extending|renew|renewing|extension (?:of|for|on))\s+{_OWN}\s+{_THING}"
        rf"{_END}",
        _I,
    ),
)


def subjects(text: str) -> list[re.Match[str]]:
    """The matches of the frames of a thing TEXT is about (see the module), in order."""
    return [match for frame in _FRAMES for match in frame.finditer(text)]


def foreign_subject(coverage: Coverage, text: str) -> str | None:
    """The thing TEXT asks about when it is none of SECOR's (see the module), else None."""
    for match in subjects(text):
        thing = match.group("obj")
        rest = text[: match.start("obj")] + " " + text[match.end("obj") :]
        if anchored(thing) or anchored(rest):
            continue  # "my first aid card expires": the program named
        named = _named(coverage, thing)
        if not named:
            continue  # "what's the current one": no thing named
        if named[-1] == 0 or (min(named) == 0 and max(named) <= COMMON_TOPICS):
            return thing.lower()  # "work permit", "prime lending rate", "paint gallon"
    return None


def _named(coverage: Coverage, phrase: str) -> list[int]:
    """How many answerable topics name each content word of PHRASE, as written (a norm the
    spelling corrector gave a word of another stem, "lending" read as "send", is not used)."""
    out = []
    for norm, written in coverage.subject_words(coverage.content_of(phrase)):
        if len(written) < MIN_LETTERS:
            continue
        forms = {written, written.rstrip("s")}
        if norm[:3] == written[:3]:
            forms.add(norm)
        out.append(topics_naming(coverage, frozenset(forms)))
    return out
