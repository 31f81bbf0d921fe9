"""The sentence that gives the number asked for, said first (issue 11, round 9a).

"in maintenance year, how many months of samples?": of the facts that answer a part of a
message, the one that states a number of months ("samples from the previous 12 months")
is what was asked. A message of several questions shares its length among their answers
and keeps each answer's first sentences, so that sentence is moved to the front of its
answer (after the line saying what was understood) and is not cut.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answers import Answer

_UNITS = r"(?:days?|weeks?|months?|years?|hours?)"
_HOW_MANY = re.compile(rf"\bhow (?:many|much|long)\b(?:\s+\w+)?\s+(?P<unit>{_UNITS})\b", re.I)
_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|sixty)"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_UNDERSTOOD = "Understood:"
_ASKING = frozenset({"many", "much", "long", "what", "when", "does", "have", "with", "that"})


def lead_with_asked(question: str, answer: Answer) -> Answer:
    """ANSWER with its first sentence giving the number of the unit QUESTION asks "how many"
    of moved to the front; ANSWER unchanged when none is asked or one already leads."""
    asked = _HOW_MANY.search(question)
    if asked is None:
        return answer
    unit = asked.group("unit").lower().rstrip("s")
    stated = re.compile(rf"\b{_NUMBER}[- ]{unit}s?\b", re.I)
    sentences = _SENTENCE_END.split(answer.answer)
    head = 1 if sentences and sentences[0].startswith(_UNDERSTOOD) else 0
    words = {w for w in re.findall(r"[a-z]{4,}", question.lower()) if w not in _ASKING}
    scored = [
        (-len(words & set(re.findall(r"[a-z]{4,}", s.lower()))), i)
        for i, s in enumerate(sentences)
        if i >= head and stated.search(s)
    ]  # the sentence with the number that shares most of the question's words
    if not scored or min(scored)[1] == head:
        return answer
    found = min(scored)[1]
    moved = [*sentences[:head], sentences[found], *sentences[head:found], *sentences[found + 1 :]]
    return replace(answer, answer=" ".join(moved))
