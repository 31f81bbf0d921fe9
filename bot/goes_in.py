"""Whether a document "goes in" the SECOR submission is asking its element (round 26).

The class: "we bought a new company truck, does the pre-trip inspection sheet go in SECOR?",
"should our monthly fire extinguisher checks be included in the submission?", "can I put the
crew's orientation checklists in our SECOR?", "do the toolbox talk minutes count towards
SECOR?". The message names a document (a document word: sheet, form, log, checklist, record,
report, policy, minutes ...) and asks whether it goes in, belongs in, counts for or is included
in the SECOR submission. That is a placement question: the answer is its element, by the same
classifier as "which element does X go in"; paperwork no element asks for (invoices, loans)
is answered "leave it out".

Look-alikes keep their answers: people ("does my wife count for SECOR?"), courses and
certificates that count ("does my first aid ticket count for SECOR?" asks whether the course
meets the requirement), and anything that names no document word.
"""

from __future__ import annotations

import re

from bot.answers import Answer
from bot.element_answer import document_label, element_answer, is_business
from bot.labeler import DocumentLabeler

_I = re.IGNORECASE
_DET = r"(?:(?:the|our|my|a|an|this|that|these|those|all|any|all of (?:the|our|my)|all our)\s+)?"
# The submission named as the place: "SECOR", "the SECOR submission", "our COR binder".
_PROGRAM = (
    r"(?:the\s+|our\s+|my\s+|a\s+)?(?:(?:secor|cor)(?:\s+(?:submission|package|binder|audit|"
    r"evaluation|application|folders?))?|(?:submission|package|audit)\b)"
)
_INTO = r"(?:in|into|under|with|for|towards?|as part of|to)\s+"
# The document is the subject: "does the pre-trip sheet go in SECOR", "would X count for ...".
_SUBJECT_ASKS = re.compile(
    r"\b(?:do|does|would|will|should|could|can|must|is|are)\s+" + _DET + r"(?P<x>[^?.!]{3,80}?)"
    r"\s+(?:(?:need|have|got)\s+to\s+|also\s+|still\s+)?"
    r"(?P<v>go|goes|belong|belongs|fit|fits|count|counts|be included|be added|be put|be sent|"
    r"be submitted|get included|get sent|be part of|part of)\s+"
    r"(?:(?:in|into|under|with|for|towards?|as part of|to)\s+)?" + _PROGRAM + r"\b",
    _I,
)
# The employer is the subject: "should I include the pre-trip sheets in our SECOR".
_PUT_ASKS = re.compile(
    r"\b(?:do|does|would|will|should|could|can|must|shall)\s+(?:i|we|you)\s+"
    r"(?:(?:need|have|got)\s+to\s+|also\s+|still\s+)?"
    r"(?:include|put|add|send|submit|file|throw)\s+"
    + _DET
    + r"(?P<x>[^?.!]{3,80}?)\s+"
    + _INTO
    + _PROGRAM
    + r"\b",
    _I,
)
# A document's head word somewhere in the words asked about.
_DOCUMENT_WORD = re.compile(
    r"\b(?:sheets?|forms?|logs?|logbooks?|checklists?|records?|reports?|notes|polic(?:y|ies)|"
    r"certificates?|certs?|tickets?|minutes|procedures?|manuals?|registers?|spreadsheets?|"
    r"write[- ]?ups?|summar(?:y|ies)|documents?|docs|paperwork|checks|inspections?|"
    r"assessments?|receipts?|invoices?|agreements?|photos?|pictures?|erp|flhas?|flras?|jhas?|"
    r"sds|msds|talks?|drills?|plans?)\b",
    _I,
)
# A credential or course that "counts" meets a requirement: not a placement question.
_CREDENTIAL = re.compile(r"\b(?:certificates?|certs?|tickets?|cards?|course|training)\b", _I)
_COUNTS = re.compile(r"^counts?$", _I)
_WH = re.compile(r"\b(?:where|which|what|how|when|who)\b", _I)


def goes_in_document(text: str) -> str | None:
    """The document TEXT asks about, when a sentence of it asks whether that document goes in,
    counts for or is included in the SECOR submission (and no sentence before it asks
    something else); None otherwise."""
    for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
        match = _SUBJECT_ASKS.search(sentence) or _PUT_ASKS.search(sentence)
        if match is None:
            if sentence.rstrip().endswith("?"):
                return None  # another question first: the message is not this one
            continue
        if _WH.search(sentence[: match.start()]):
            return None  # "where do those sheets go in the submission": the placement answers
        words = match["x"].strip(" ,")
        verb = match.groupdict().get("v") or ""
        if not _DOCUMENT_WORD.search(words):
            return None
        if _COUNTS.match(verb) and _CREDENTIAL.search(words):
            return None  # "does my first aid ticket count": a requirement met, not a place
        return words
    return None


def goes_in_answer(text: str, confidence: float, labeler: DocumentLabeler | None) -> Answer | None:
    """The element of the document TEXT asks whether to include, or None (no such question,
    or no element and no business paperwork: the other answers decide)."""
    words = goes_in_document(text)
    if words is None:
        return None
    label, sure = document_label(words, labeler)
    if label == "other" and not is_business(words):
        return None
    return element_answer(text, confidence, labeler, (words, label, sure))
