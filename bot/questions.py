"""Where one message holds several questions: split it, so that each is answered.

Used by the chat answer (``Engine.ask``) and by the email answer (``answer_email``).
"""

from __future__ import annotations

import re

# A message is split into its questions at question marks; a part this short is context.
MIN_QUESTION_WORDS = 3
_QUESTIONS = re.compile(
    r"(?<=\?)\s+|,?\s+(?:and|also|plus)\s+(?=(?:(?:do|does|can|is|are|should|will|must)\s+"
    r"(?:i|we|you|they|it|he|she|the|our|my|a|part|full)|how|when|where|which|what|who|why)\b)",
    re.IGNORECASE,
)


def split_questions(text: str) -> list[str]:
    """The questions of a message: split after question marks and at "and how/what ...".

    A part shorter than MIN_QUESTION_WORDS stays with its neighbour, as written.
    """
    cuts = [0]
    for match in _QUESTIONS.finditer(text):
        cuts += [match.start(), match.end()]
    cuts.append(len(text))
    spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        piece = text[start:end].strip()
        if not piece:
            continue
        if (
            merged
            and min(len(piece.split()), len(text[merged[-1][0] : merged[-1][1]].split()))
            < MIN_QUESTION_WORDS
        ):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return [text[a:b].strip() for a, b in merged] or [text]
