"""What the engine needs from a document classifier, and a fallback from element words.

The engine answers "which element does X go in" with the same classifier the
intake sorts submissions with, but the bot does not import the intake: the
composition roots (``bot/cli.py``, the Telegram runner, ``intake/commands/answerer.py``)
pass in any callable of this shape. ``intake/classify/labeler.py`` adapts the intake's
classifier.
"""

from __future__ import annotations

import re
from typing import Protocol

from bot.lexicon import element_words

# Below this confidence the classifier's label is checked against the element words.
SURE = 0.5
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


class DocumentLabeler(Protocol):
    """Text describing a document in, (label of knowledge/data/elements.toml, confidence) out."""

    def __call__(self, text: str) -> tuple[str, float]:
        """The label and a confidence in [0, 1]."""
        ...


def _stem(word: str) -> str:
    for suffix in ("ies", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            if suffix == "es" and not word.endswith(("sses", "xes", "zes", "ches", "shes")):
                continue  # "procedures" is "procedure" + s, not "procedur" + es
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def _words(text: str) -> list[str]:
    return [_stem(w) for w in _WORD.findall(text.lower())]


def words_label(text: str) -> tuple[str, float]:
    """The label whose typical words the text shares most ("other", 0.0 when none).

    A phrase of several words ("fire drill") weighs more than a single word
    ("record"); the confidence is the best label's share of all matches.
    """
    words = _words(text)
    joined = f" {' '.join(words)} "
    scores: dict[str, float] = {}
    for label, phrases in element_words().items():
        score = 0.0
        for phrase in phrases:
            key = " ".join(_words(phrase))
            if key and f" {key} " in joined:
                score += len(key.split()) ** 2
        if score:
            scores[label] = score
    if not scores:
        return "other", 0.0
    best = max(scores, key=lambda k: scores[k])
    return best, scores[best] / sum(scores.values())
