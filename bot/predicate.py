"""What a yes/no question asserts, and whether any fact states it (round 12).

A yes/no question ("can I password-protect the zip file?", "does our SECOR move over to the
new account?", "does ACSA add them together?") asks whether a predicate holds: its main
verb with its object or complement. The topic the intent model names may speak of every
thing the question names (the zip file, the account, the companies) and still never say
that predicate; then the pages do not answer it.

``proposition`` reads the yes/no clause: an auxiliary or modal opening it ("do", "can",
"will", "is", "are" ...), the subject after it, and the rest up to the clause's end. With
a pronoun subject ("can *we* ...", "do *you guys* ...") the predicate is what follows it;
otherwise the whole clause is kept (its subject is a noun phrase, and the clause is read
whole). ``stated_share`` is the most of the predicate's words (by weight, IDF) that one fact,
or one training question of the chosen topic, states *with its verb*: "move" and "account"
together, not "account" alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

# An auxiliary or modal that opens a yes/no question (after a filler or a comma).
_YES_NO = re.compile(
    r"(?:^|[.?!;:,]\s*|\b(?:so|and|but|or|then|also|ok|okay|hey|hi|question|like)\s+)"
    r"(?P<aux>do|does|did|can|could|will|would|should|shall|may|might|must|is|are|was|were|"
    r"has|have|had|am)\s+(?P<rest>[^.?!;]+)",
    re.IGNORECASE,
)
# A pronoun subject (the predicate follows it).
_PRONOUN = re.compile(
    r"^(?:i|we|you(?:\s+guys|\s+all|\s+folks)?|u|they|he|she|it|acsa|someone|anyone|one)\s+"
    r"(?:(?:still|just|also|even|really|actually|ever|then|now|only|already)\s+)?"
    r"(?:(?:have|need|want|get)\s+to\s+|(?:be\s+)?(?:able|allowed|required)\s+to\s+)?",
    re.IGNORECASE,
)


def proposition(text: str) -> str | None:
    """The predicate of TEXT's first yes/no clause (see the module), else None."""
    match = _YES_NO.search(text)
    if match is None:
        return None
    rest = match.group("rest").strip()
    subject = _PRONOUN.match(rest)
    return rest[subject.end() :] if subject is not None else rest


def stated_share(
    words: list[tuple[str, float]],
    texts: Iterable[T],
    same: Callable[[str, T], bool],
) -> float:
    """The most of WORDS (each with its weight; the first is the verb) that one of TEXTS
    states together with the verb (SAME: whether a text states a word)."""
    if not words:
        return 1.0
    total = sum(w for _, w in words)
    verb = words[0][0]
    best = 0.0
    for text in texts:
        if not same(verb, text):
            continue
        best = max(best, sum(w for word, w in words if same(word, text)) / total)
    return best
