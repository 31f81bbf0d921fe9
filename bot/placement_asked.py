"""A message that asks where a document it describes goes, read from its own words (round 21).

The class: an employer describes a document in their own words ("a binder of step-by-step
sheets, one per task", "a spreadsheet of injuries, lost days and claim costs") and asks
which element, which section or what part of the binder it belongs in. The document
classifier answers that on the description, whatever topic the intent model ranks first.

A message is read as sentences. It is a placement message when each sentence that asks
something asks the place of the document by naming an element, a section, a folder or a
part of the binder, or asks whether it is the same place as another document ("is it the
same one as the step-by-step sheets?"). The statements around it are the description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.answers import Answer
from bot.element_answer import ELEMENT_QUESTION, OUR_READING, element_label, is_element_question
from bot.labeler import DocumentLabeler
from bot.one_document import rejoined
from bot.questions import split_questions
from knowledge.labels import by_label

_I = re.IGNORECASE
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# The question names the place it asks for: an element, a folder, a section, a part of the
# binder or submission ("which of the SECOR elements", "what part of the binder").
NAMES_PLACE = re.compile(
    r"\b(?:elements?|folders?|sections?|tabs?)\b|"
    r"\b(?:part|spot|place)\s+of\s+(?:the|our|my)\s+(?:secor\s+|cor\s+)?(?:binder|submission|"
    r"package|manual|program)\b|"
    r"\bwhere\s+in\s+(?:the|our|my)\s+(?:secor\s+|cor\s+)?(?:binder|submission|package|manual)\b",
    _I,
)
# Another document the place is compared with: "is it the same one as the step-by-step
# sheets", "same element as our FLHAs?", "or does it go with the toolbox talks?".
_SAME_AS = re.compile(
    r"^(?:and\s+|so\s+|also\s+|or\s+)?(?:(?:is|are|would|does|do|will|should)\s+(?:it|that|this|"
    r"they|those|these|them)\s+(?:be\s+|go\s+|goes\s+|belong\s+|fit\s+)?(?:in(?:to)?\s+|under\s+)?)?"
    r"(?:the\s+)?same\s+(?:one|element|folder|section|place|spot|thing)?\s*(?:as|like)\s+"
    r"(?P<x>.+?)\s*[?.!]*$|"
    r"^(?:and\s+|or\s+)?(?:does|do|should|would|will)\s+(?:it|that|this|they|those|these)\s+"
    r"(?:go|belong|fit|sit)\s+(?:with|beside|alongside|next to)\s+(?P<y>.+?)\s*[?.!]*$",
    _I,
)


@dataclass(frozen=True)
class PlacementAsked:
    """What a placement message asks: QUESTION, the description and its placement question
    (the message up to it), and COMPARED, the words of another document it is compared with."""

    question: str
    compared: str | None


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]


def _asks(sentence: str) -> bool:
    """A sentence that asks something: a question mark, or the placement words themselves."""
    return sentence.rstrip().endswith("?") or bool(ELEMENT_QUESTION.search(sentence))


def compared_with(sentence: str) -> str | None:
    """The other document SENTENCE asks the same place as ("the step-by-step sheets"), if any."""
    match = _SAME_AS.match(sentence.strip())
    if match is None:
        return None
    words = (match["x"] or match["y"] or "").strip(" ?.!,")
    return words or None


def _asks_placement(sentence: str) -> bool:
    return is_element_question(sentence) and bool(NAMES_PLACE.search(sentence))


def placement_asked(text: str) -> PlacementAsked | None:
    """The placement TEXT asks, when every sentence of it that asks, asks where the document it
    describes goes (naming an element, a section or a part of the binder) or whether that is
    the same place as another document's; None otherwise."""
    sentences = _sentences(text)
    asking = [i for i, s in enumerate(sentences) if _asks(s)]
    placing = [i for i in asking if _asks_placement(sentences[i])]
    placed = sentences[placing[0]] if len(placing) == 1 else ""
    if not placed or len(rejoined(placed, split_questions(placed))) > 1:
        return None  # several places asked, or another question in the same sentence
    compared: str | None = None
    for i in asking:
        if i in placing:
            continue
        other = compared_with(sentences[i])
        if other is None or i < placing[0] or compared is not None:
            return None  # a question of another kind: the message is not placement alone
        compared = other
    first = placing[0]
    return PlacementAsked(" ".join(sentences[: first + 1]), compared)


def _place(label: str) -> str | None:
    info = by_label().get(label)
    if info is None or info.element is None:
        return None
    return f"Element {info.element}, {info.name}"


def with_comparison(
    answer: Answer, label: str, compared: str, labeler: DocumentLabeler | None
) -> Answer:
    """ANSWER (the described document goes in LABEL's element) with whether COMPARED, the
    other document the message names, goes in the same one, by the same classifier."""
    ours = _place(label)
    other = element_label(compared, labeler)
    theirs = _place(other[1])
    if ours is None or theirs is None:
        return answer
    if theirs == ours:
        said = f"Yes, the same element: the other document ({compared}) goes in {theirs} too."
    else:
        said = f"No, not the same one: the other document ({compared}) goes in {theirs}."
    text = answer.answer
    at = text.find(OUR_READING)
    if at < 0:
        return replace(answer, answer=f"{text} {said}")
    return replace(answer, answer=f"{text[:at]}{said} {text[at:]}")
