"""Whether someone counts toward the limit, asked with no word of SECOR (issue 11, round 9a).

"does he count himself in the 10?", "is she counted toward the ten?": the limit named as
"the 10" and a verb of counting make the question one of who counts, even when every other
word is one the knowledge base does not use (a reflexive pronoun, a relative's name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answers import Answer, category_lead, compose
from bot.lexicon import intents

# "count(s|ed) ... in/toward/against/as part of the 10", "in the ten limit".
_COUNTED_IN_LIMIT = re.compile(
    r"\bcount(?:s|ed|ing)?\b(?:\s+\w+){0,3}?\s+(?:in|into|toward|towards|against|as part of|"
    r"under|within|for)\s+(?:the|our|your|that|those)\s+(?:10|ten)\b",
    re.IGNORECASE,
)
_REFLEXIVE = re.compile(r"\b(himself|herself|themselves|themself)\b", re.IGNORECASE)
_PRONOUN = {"himself": "he", "herself": "she", "themselves": "they", "themself": "they"}


def asks_if_counted(text: str) -> bool:
    """TEXT asks whether someone counts toward "the 10"."""
    return _COUNTED_IN_LIMIT.search(text) is not None


def counted_lead(text: str) -> str:
    """The direction first: the person asked about counts, owners included (SECOR Process:
    everyone covered by the WCB account counts toward the 10)."""
    reflexive = _REFLEXIVE.search(text)
    if reflexive is None:
        return "Yes: everyone on your WCB account counts toward the 10, owners included."
    who = _PRONOUN[reflexive.group(1).lower()]
    verb, be = ("count", "are") if who == "they" else ("counts", "is")
    return (
        f"Yes: if {who} {be} covered by your WCB account, {who} {verb} toward the 10 like "
        "everyone else on it, owners included."
    )


def counted_answer(text: str, categories: Sequence[str], confidence: float = 0.9) -> Answer:
    """Who counts toward the limit, opening with whether the one asked about counts."""
    intent = intents()["who_counts"]
    lead = category_lead(categories) or counted_lead(text)
    return compose(intent.id, intent.facts, confidence, lead=lead)
