"""Input hygiene and the rules that spot manipulative messages before any model runs."""

from __future__ import annotations

import re
import unicodedata

MAX_QUESTION_CHARS = 2000

_POLITE = (
    r"(?:(?:please|pls|plz|just|now|kindly|can you|could you|would you|will you|you should|"
    r"you must|i need you to|i want you to|go ahead and|ok|okay|hey|bot)[\s,]+)*"
)
_GRANT = r"(?:approve|certify|pass|sign off on|sign off|rubber[- ]?stamp|grant|issue|award)"
_OURS = r"(?:me|us|my|our|this|it|the)"
_THING = (
    r"(?:secor|s\.?e\.?c\.?o\.?r|cor|certificate|cert|certification|submission|audit|"
    r"application|evaluation|company|business|file|package)"
)

_PATTERNS = [
    # instructions to drop the bot's rules or to take on another role
    r"\b(?:ignore|disregard|forget|override|disable)\b.{0,40}\b(?:rules?|instructions?|prompts?|guidelines?|restrictions?|everything|programming)\b",
    r"\bbypass\b",
    r"\byou are now\b|\byou're now\b|\byoure now\b|\bfrom now on,? you\b",
    r"\bpretend\b|\broleplay\b|\brole-play\b|\bimpersonate\b",
    r"\bact as (?:my|a|an|if)\b(?! (?:assessor|consultant|auditor|external))",
    r"\bjailbreak\b|\bdan mode\b|\bdeveloper mode\b|\badmin mode\b|\bgod mode\b",
    r"\b(?:system|hidden|initial|original)\s+prompt\b|\byour (?:instructions|prompt|programming)\b",
    # asking the bot to decide what only the COR department decides
    rf"^{_POLITE}{_GRANT}\b.{{0,30}}\b{_OURS}\b.{{0,30}}\b{_THING}\b",
    rf"^{_POLITE}{_GRANT} (?:me|us)\b",
    rf"^{_POLITE}give (?:me|us) (?:a |an |the |my |our )?"
    r"(?:secor|cor|certificate|cert|pass)\b(?! department)",
    r"\bmark (?:me|us|it|my|our)\b.{0,30}\b(?:approved|passed|complete|certified)\b",
    r"\b(?:say|tell (?:them|the cor department|acsa)) (?:that )?(?:we|i) "
    r"(?:are|am|have|passed|qualify)\b",
    r"\b(?:make|give) (?:an |us an )?exception\b",
    r"\bchange (?:the|your) rules\b",
]
_MANIPULATION = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2028-\u202e\u2066-\u2069]")
_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def clean(text: str, limit: int = MAX_QUESTION_CHARS) -> str:
    """The question as one line: normalised Unicode, no control characters, at most LIMIT chars."""
    text = unicodedata.normalize("NFKC", text[: limit * 2])
    text = _CONTROL.sub(" ", text)
    text = text.translate(_QUOTES)
    return _SPACE.sub(" ", text).strip()[:limit]


def is_manipulative(text: str) -> bool:
    """True for attempts to change the bot's rules or to get it to approve something."""
    return bool(_MANIPULATION.search(text))
