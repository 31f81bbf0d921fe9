"""A message that names its topic first, then asks about "it" (round 21).

The class: "About the continuing education rule: does it have to be the person who does our
evaluation, and which courses count?", "Re the maintenance year - when is it due?",
"Quick question on the PIR refund, how do we get it?". The message opens by naming what it
is about, then asks its question of that topic by a pronoun ("it", "they", "the rule"). The
words of the question (evaluation, courses) are then details of the named topic, not topics
of their own: the named topic's answer answers it.

``topic_frame`` reads the frame; the engine ranks the named words alone and answers with the
topic they name, when the intent model's cues find that topic in them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE
# "About the X rule:", "Regarding X,", "Re: X -", "Quick question on X,", "Back to X:".
_FRAME = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|so|hi|hey|also|and|one more|another|a)\s*,?\s+)*"
    r"(?:(?:quick\s+|small\s+|follow[- ]up\s+)?(?:question|q|one)\s+)?"
    r"(?:about|regarding|re:?|on|concerning|as for|as to|with regards? to|in regards? to|"
    r"back to|going back to)\s+"
    r"(?:the|our|your|this|that|that whole|this whole)?\s*"
    # "about fifteen workers", "about a dozen of us": a number, not a topic
    r"(?!\d|(?:a\s+)?(?:dozen|couple|few|half)\b|(?:one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)\b)"
    r"(?P<topic>[a-z][\w' /&-]{2,50}?)\s*"
    r"(?:(?:rule|requirement|thing|part|piece|bit|business|deal|stuff|question|item)s?\s*)?"
    r"[:,\u2013\u2014-]\s*(?P<rest>\S.*)$",
    _I | re.DOTALL,
)
# The question asks of the named topic by a pronoun, early on: "does it have to be ...",
# "is that every year", "do they", "the rule says".
_POINTS_TO_TOPIC = re.compile(
    r"^(?:\S+\s+){0,4}?(?:it|that|this|they|them|those|these|the (?:rule|requirement|course))\b",
    _I,
)
# The rest asks one thing: no sentence after it ("... ? Also, ...").
_SENTENCE_AFTER = re.compile(r"[.?!]\s+\S")


@dataclass(frozen=True)
class TopicFrame:
    """The words naming the topic (TOPIC) and the question asked of it (REST)."""

    topic: str
    rest: str


def topic_frame(text: str) -> TopicFrame | None:
    """The topic TEXT names first and the question it then asks of it by a pronoun, when TEXT
    is one such question; None otherwise."""
    match = _FRAME.match(text)
    if match is None:
        return None
    rest = match["rest"].strip()
    if _SENTENCE_AFTER.search(rest) or not _POINTS_TO_TOPIC.search(rest):
        return None
    return TopicFrame(match["topic"].strip(), rest)
