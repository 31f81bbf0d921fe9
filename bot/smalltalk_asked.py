"""A question dressed as small talk: "can you explain the evaluation questions?" (round 29).

The intent model may rank a greeting or a thank-you first for a message that opens like
one ("can you explain ...", "hi, could you tell me ...") though it asks about a topic in its
own words. The class: a message that asks (a question mark, or a question's opening) and
whose words cue a topic the pages answer (``doc._.cues``), with a word of the domain that
is no small-talk word, is read as that question, not answered with the greeting. A
greeting or thanks alone ("hi there", "thanks, that helps") keeps its small talk.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Set

from spacy.tokens import Doc

from bot.lexicon import Intent

# A question's opening: "can you", "could you", "what", "how", "is there" ...
_ASKS = re.compile(
    r"(?:^|[.!,;]\s*)(?:can|could|would|will|do|does|is|are|what|which|how|when|where|who|"
    r"why|whats|what's|explain|tell me)\b",
    re.IGNORECASE,
)


def asks_a_cued_topic(
    doc: Doc, intents: Mapping[str, Intent], smalltalk: Set[str], domain: Set[str]
) -> bool:
    """Whether DOC, ranked as small talk, asks a question whose words cue a topic INTENTS
    answer and name a DOMAIN word outside SMALLTALK (see the module)."""
    text = doc.text.strip()
    if not (text.endswith("?") or _ASKS.search(text)):
        return False
    cues = doc._.cues or {}
    if not any(c in intents and intents[c].kind == "answer" for c in cues):
        return False
    return any(t.norm_ in domain and t.norm_ not in smalltalk for t in doc)
