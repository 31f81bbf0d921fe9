"""Long enumerations shortened to their first items, so a combined answer keeps its sentences.

When several answers share one message's length limit (``bot.engine.combine``), cutting an
answer at a sentence end drops whatever comes after its longest sentence: in "maintenance
year, 9 employees, still eligible? what do we send?" the list of records to sample used the
room of the sentence on the evaluation tool. A sentence that enumerates many items says
the same kind of thing with its first few ("include A, B, C and D, among others"), so the
longest list is shortened first, and only then is the text cut.
"""

from __future__ import annotations

import re

# A sentence end: the text is split into sentences here, kept with their spacing.
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# Fewest items a list must have to be shortened, and how many of them are kept.
MIN_ITEMS = 6
KEPT_ITEMS = 4


def compact_lists(text: str, budget: int) -> str:
    """TEXT with its longest enumerations shortened, one at a time, until it fits BUDGET
    characters or no list is left to shorten (the caller cuts what still does not fit).
    Only a list with a sentence after it is shortened: that sentence is what it makes room
    for; a numbered list is a reference and is left whole."""
    sentences = _SENTENCE.split(text)
    while sum(len(s) + 1 for s in sentences) - 1 > budget:
        longest = max(
            (i for i, s in enumerate(sentences[:-1]) if _shortenable(s)),
            key=lambda i: len(sentences[i]),
            default=None,
        )
        if longest is None:
            break
        sentences[longest] = _shortened(sentences[longest])
    return " ".join(sentences)


def _shortenable(sentence: str) -> bool:
    """SENTENCE lists many items that are examples of one kind, not a numbered reference
    whose every item may be the one asked for ("1 Corporate Health and Safety Policy, 2
    Hazard Assessments, ...")."""
    if _items(sentence) < MIN_ITEMS:
        return False
    commas = _top_level_commas(sentence)
    numbered = sum(sentence[k + 1 :].lstrip()[:1].isdigit() for k in commas)
    return numbered < len(commas) // 2


def _items(sentence: str) -> int:
    """How many comma-separated items the sentence lists (outside brackets)."""
    return len(_top_level_commas(sentence)) + 1


def _top_level_commas(sentence: str) -> list[int]:
    """The positions of the commas of SENTENCE not inside brackets."""
    depth, commas = 0, []
    for k, ch in enumerate(sentence):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        elif ch == "," and depth == 0:
            commas.append(k)
    return commas


def _shortened(sentence: str) -> str:
    """SENTENCE's list cut after its first KEPT_ITEMS items: "include A, B, C and D, among
    others." (the sentence's own end mark kept)."""
    commas = _top_level_commas(sentence)
    cut = sentence[: commas[KEPT_ITEMS - 1]].rstrip()
    end = sentence.rstrip()[-1:] if sentence.rstrip()[-1:] in ".!?" else "."
    return f"{cut}, among others{end}"
