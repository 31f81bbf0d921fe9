"""Answers "which element does X go in" with the element's number and name."""

from __future__ import annotations

import re

from bot.answers import Answer, compose
from bot.labeler import SURE, DocumentLabeler, words_label
from knowledge.labels import by_label

# The document a question asks about: "which element do fire drill records go in".
_ASKED = (
    re.compile(
        r"\b(?:element|folder)\s+(?:for|of)\s+(?:the\s+|our\s+|my\s+|a\s+|an\s+)?"
        r"(?P<x>.+?)\s*[?.!]*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:which|what)\s+(?:element|folder|section|category)(?:\s+number)?\s+"
        r"(?:(?:do|does|should|would|will|can|must)\s+(?:i\s+|we\s+)?(?:put|file|place|"
        r"save|add)?\s*)?(?:is|are|for|covers?|gets?|takes?)?\s*(?:the\s+|our\s+|my\s+|a\s+|an\s+)?"
        r"(?P<x>.+?)\s*(?:go(?:es)?|belongs?|fits?|fall|falls|sits?|live|lives)?\s*"
        r"(?:in|into|under|to|with)?\s*[?.!]*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:where|in which folder|which folder)\s+(?:do|does|should|would|will|can|must|to)\s+"
        r"(?:i\s+|we\s+)?(?:put|file|place|save|add|send|include)?\s*(?:the\s+|our\s+|my\s+|a\s+)?"
        r"(?P<x>.+?)\s*(?:go|belong|fit|be filed|be saved|be put)?\s*(?:in|into|under)?\s*[?.!]*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:where|which element|what element)\s+(?:is|are)\s+(?:the\s+|our\s+|my\s+)?"
        r"(?P<x>.+?)\s*(?:filed|saved|put|going)?\s*[?.!]*$",
        re.IGNORECASE,
    ),
)
_TRIM = re.compile(
    r"^(?:element|folder|section)\s+(?:does|do|is|are|for)\s+|"
    r"\s+(?:go|goes|belong|belongs|fit|fits)\s*(?:in|into|under|to)?$",
    re.IGNORECASE,
)


def asked_document(question: str) -> str:
    """The words naming the document a "which element" question asks about."""
    text = question.strip()
    for pattern in _ASKED:
        match = pattern.search(text)
        if match and match.group("x").strip():
            found = match.group("x").strip(" ?.!,")
            return _TRIM.sub("", found).strip() or found
    return _FALLBACK.sub("", text).strip(" ?.!,") or text


# The question's own words around the document, when no pattern above matched.
_FALLBACK = re.compile(
    r"^.*?\b(?:put|file|place|save|store|add|include)\s+(?:the\s+|our\s+|my\s+|a\s+)?|"
    r"\s*\b(?:go|goes|belong|belongs|fit|fits)\b.*$",
    re.IGNORECASE,
)


# "which element", "where do fire drill records go", "where should I file the ERP"
ELEMENT_QUESTION = re.compile(
    r"\b(?:which|what)\s+(?:element|folder|section|category)\b(?!s)|"
    r"\bwhere\s+(?:do|does|did|should|would|can|to|will|must|is|are)\b.{0,60}?"
    r"\b(?:go|goes|put|file|filed|belong|belongs|fit|fits|place|placed|sit|sits)\b",
    re.IGNORECASE,
)


def is_element_question(text: str) -> bool:
    """The question asks where a document goes."""
    return bool(ELEMENT_QUESTION.search(text))


def element_label(question: str, labeler: DocumentLabeler | None) -> tuple[str, str, float]:
    """(the words asked about, label, confidence): the classifier, else the element words."""
    asked = asked_document(question)
    label, sure = labeler(asked) if labeler is not None else ("other", 0.0)
    words, words_sure = words_label(asked)
    if (label == "other" or sure < SURE) and words != "other":
        label, sure = words, max(words_sure, sure)
    return asked, label, sure


def element_answer(
    question: str, confidence: float, labeler: DocumentLabeler | None = None
) -> Answer:
    """The element a document goes in, by the intake's classifier, else by element words."""
    asked, label, sure = element_label(question, labeler)
    info = by_label().get(label)
    if info is None or label == "other":
        lead = (
            f"We could not tell which element {asked!r} belongs in. Each document goes in the "
            "folder of the element whose question it answers; the elements are listed below."
        )
        return compose(
            "which_element",
            ["elements-secor", "submit-organise"],
            confidence,
            lead=lead,
            silent="where every kind of document goes",
        )
    if info.element is None:
        place = (
            f"It is not an element's document: it is the {info.name}, kept as a document "
            "of its own."
        )
    else:
        place = f"That goes in Element {info.element}, {info.name}."
    lead = f"Understood: where to file {asked}. {place}"
    if sure < SURE:
        lead += " (We are not fully sure: if it answers another element's question, file it there.)"
    return compose("which_element", ["submit-organise", "elements-secor"], confidence, lead=lead)
