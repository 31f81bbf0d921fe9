"""Split submissions: "part 2 of 3" in a subject."""

from __future__ import annotations

import re

MAX_PARTS = 20
_WORD_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_WORDS = {word: number for number, word in enumerate(_WORD_NUMBERS, 1)}
_NUMBER = r"(\d{1,2}|" + "|".join(_WORD_NUMBERS) + ")"
_PATTERNS = (
    # "part 2 of 3", "Pt. 2/3", "email 2 of 3", "zip #2 of 3"
    re.compile(
        r"(?<![a-z])(?:part|pt\.?|email|e-mail|message|msg|zip|file|batch|attachment)s?\s*#?\s*"
        + _NUMBER
        + r"\s*(?:of|/)\s*"
        + _NUMBER
        + r"(?![\da-z])",
        re.IGNORECASE,
    ),
    # "(2 of 3)", "[2/3]"
    re.compile(r"[(\[]\s*" + _NUMBER + r"\s*(?:of|/)\s*" + _NUMBER + r"\s*[)\]]", re.IGNORECASE),
    # a bare "2/3" that is not part of a date or a longer number
    re.compile(r"(?<![\w/.-])(\d{1,2})\s*/\s*(\d{1,2})(?![\w/-]|\.\d)"),
)


def _number(value: str) -> int:
    return _WORDS[value.lower()] if value.lower() in _WORDS else int(value)


def detect_part(subject: str) -> tuple[int, int] | None:
    """(k, n) when the subject says it is part k of n of a split submission, else None."""
    for pattern in _PATTERNS:
        for match in pattern.finditer(subject[:1000]):
            index, total = _number(match[1]), _number(match[2])
            if 1 <= index <= total and 2 <= total <= MAX_PARTS:
                return index, total
    return None
