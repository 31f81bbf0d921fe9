"""A forwarded mail's envelope set aside: what a message asks is in its body, not its headers.

People paste forwarded mail into the chat: a divider ("---------- Forwarded message
---------", "-----Original Message-----"), header lines ("From: Gary (owner)", "To: ...",
"Subject: ...") and the forwarder's own cover note ("forwarding my boss's questions above",
"see his questions below"). None of it asks anything, but its words (names, "forwarded",
"message", "boss") pull the reading away from the questions themselves. ``without_envelope``
drops them and keeps the body; a message with no envelope is returned as it is.
"""

from __future__ import annotations

import re

_DIVIDER = re.compile(
    r"^\s*(?:-{3,}|_{5,}|={3,})\s*(?:(?:begin )?(?:forwarded|original) (?:message|e-?mail)\s*"
    r"(?:-{3,}|_{5,}|={3,})?\s*)?$",
    re.IGNORECASE,
)
_MARKER = re.compile(r"\b(?:forwarded|original) (?:message|e-?mail)\b", re.IGNORECASE)
_HEADER = re.compile(r"^\s*(?:from|to|cc|bcc|sent|date|reply-to|subject)\s*:", re.IGNORECASE)
# A subject line asks something only when it is itself a question.
_SUBJECT = re.compile(r"^\s*subject\s*:\s*(?:(?:re|fwd?)\s*:\s*)*(?P<rest>.*\?)\s*$", re.I)
# The forwarder's note pointing at the forwarded text: it asks nothing of its own.
_COVER = re.compile(
    r"\b(?:forward(?:ing|ed)?|passing (?:along|on)|sending (?:along|on))\b.{0,60}"
    r"\b(?:questions?|message|e-?mail|note|below|above)\b|"
    r"\b(?:see|read)\b.{0,30}\b(?:questions?|message|e-?mail|note)?\s*(?:below|above)\b",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"(?<=[.!?])\s+")
MIN_HEADERS = 2  # header lines that make an envelope without a divider's words


def without_envelope(text: str) -> str:
    """TEXT without a forwarded mail's divider, header lines and cover note, if it has them."""
    lines = text.splitlines()
    headers = sum(1 for line in lines if _HEADER.match(line))
    if not _MARKER.search(text) and headers < MIN_HEADERS:
        return text  # no envelope: "To: whoever reads this" alone is a sentence
    kept = [_body_line(line) for line in lines if not _DIVIDER.match(line)]
    body = "\n".join(line for line in kept if line is not None)
    return body if body.strip() else text


def _body_line(line: str) -> str | None:
    """LINE as the body holds it: a header dropped (a subject that asks kept), a cover note
    cut out of it."""
    subject = _SUBJECT.match(line)
    if subject is not None:
        return subject.group("rest")
    if _HEADER.match(line):
        return None
    sentences = [s for s in _SENTENCES.split(line) if not _is_cover(s)]
    return " ".join(sentences)


def _is_cover(sentence: str) -> bool:
    """SENTENCE is the forwarder's note ("Hi, forwarding my boss's questions above."): it
    points at the forwarded text and asks nothing itself."""
    return "?" not in sentence and _COVER.search(sentence) is not None
