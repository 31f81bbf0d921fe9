"""One described document is one document, however many clauses describe it (round 23).

The class: an employer describes a document in their own words and asks where it goes. The
description often holds an "and" followed by a question word: "a sheet listing what could
hurt somebody on the site and what we're doing about it", "the form on the dangers of the
job and how we'll control them", "the log of when we serviced each machine and what parts we
replaced". ``split_questions`` cuts a message at "and what/how ..." because that is how a
second question usually opens; here it cuts the description in two, and the classifier reads
only the first half.

The rule: a piece that opens with a question word in the order of a statement ("what we're
doing about it", "how they'll deal with it", "where everyone meets", "what could injure
someone", "how many days were lost") asks nothing of its own: it is a clause of the
description. It is joined back to the piece before it when the two together ask where a
document goes, and the piece before it does not already close its own question ("... go
in?"). A piece that asks in the order of a question ("and what do we send?", "and how long
is it valid?", "where do the first aid tickets go?"), or asks about sending, deadlines or
cost, stays a question of its own: two documents asked about separately stay two.
"""

from __future__ import annotations

import re

from bot.element_answer import asked_document, is_element_question

_I = re.IGNORECASE
_OPENING = re.compile(r"^(?:[,;]\s*)?(?:(?:and|also|plus|then|&|\+)\s+)+", _I)
# A clause opened by a question word, the noun it may take ("what parts", "how many days")
# and what follows: the word after it decides between a question and a statement's order.
_WH = re.compile(
    r"^(?P<wh>what|how|where|when|who|which|whose)(?P<c>'s|s(?=\s)|'re|'ll)?"
    r"(?:\s+(?:many|much|long|often|soon|far))?(?:\s+(?!(?:do|does|did|is|are|was|were|can|"
    r"could|should|would|will|must|has|have|had|may|might|shall|i|we|you|they|he|she|it|"
    r"everyone|everybody|someone|somebody|people)\b)[a-z-]+(?=\s))?"
    r"\s+(?P<next>[\w']+)(?:\s+(?P<after>[\w']+))?",
    _I,
)
# The auxiliaries that open a question when a subject follows them ("is the", "can we").
_AUX = re.compile(
    r"^(?:is|are|was|were|can|could|should|would|will|must|has|have|had|may|might|shall|"
    r"am)$",
    _I,
)
# Words that open a subject after an auxiliary: "what is THE deadline", "how can WE".
_SUBJECT = re.compile(
    r"^(?:i|we|you|they|he|she|it|there|the|a|an|our|my|your|their|his|her|this|that|these|"
    r"those|each|every|any|all|someone|somebody|anyone|acsa|secor|cor)$",
    _I,
)
# Always a question: "why", "what happens", "what if", "how come", another place asked, an
# auxiliary and its subject ("do we", "is it").
_ALWAYS_ASKS = re.compile(
    r"^(?:why\b|how come\b|what (?:happens|if|about)\b|"
    # another place asked: "which one for the SWPs", "what number is", "which element folder"
    r"(?:which|what)\s+(?:one\b|number\b|no\.|#|(?:secor\s+|cor\s+)?(?:elements?|folders?|"
    r"sections?|tabs?|part\s+of)\b)|(?:do|does|did|is|are|can|should|"
    r"will|must|would|could)\s+(?:i|we|you|they|it|there|the|our|my|these|those)\b)",
    _I,
)
# What a second question asks about, never what a document holds: sending, dates, money.
_PROCESS = re.compile(
    r"\b(?:send|sent|submit\w*|upload\w*|deadline|due|cost\w*|fees?|price|pay|paid|refunds?|"
    r"pir|apply|application|audit\w*|how long (?:is|does|do|will|are))\b",
    _I,
)
# A placement question already closed before the "and": "... go in", "... belong under".
_CLOSED = re.compile(
    r"(?:\b(?:go|goes|belong|belongs|fit|fits|fall|falls|sit|sits|be filed|be put)"
    r"(?:\s+(?:in|into|under|with))?|\b(?:element|folder|section|tab))\s*[?.!]*$|\?\s*$",
    _I,
)


def continues_description(piece: str) -> bool:
    """PIECE opens with a question word in a statement's order ("and what we're doing about
    it", "how many days were lost"): a clause of a description, no question of its own."""
    opening = _OPENING.sub("", piece.strip())
    if _ALWAYS_ASKS.match(opening) or _PROCESS.search(opening):
        return False
    match = _WH.match(opening)
    if match is None:
        return False
    if match["c"] and match["c"].lower() in ("'s", "s"):  # "what's the ...": "what is the ..."
        return not _SUBJECT.match(match["next"])
    if re.fullmatch(r"do|does|did", match["next"], _I):
        return False  # "what do we send": a question's order
    if _AUX.match(match["next"]):
        return match["after"] is None or not _SUBJECT.match(match["after"])
    return True


def _asks_of_its_own(piece: str) -> bool:
    """PIECE is a question already (a question mark, or the placement question closed)."""
    return bool(_CLOSED.search(piece.strip()))


def _joined(text: str, first: str, second: str) -> str:
    """FIRST and SECOND as TEXT writes them, with the words between ("and"); else with "and"."""
    start = text.find(first)
    end = text.find(second, start + len(first)) if start >= 0 else -1
    if start < 0 or end < 0:
        return f"{first} and {second}"
    return text[start : end + len(second)].strip()


def _points_back(piece: str) -> bool:
    """PIECE asks where a document goes and names it only by a pronoun ("which element does
    it go in?", "where do those go?"): the document is the one described before it."""
    if not is_element_question(piece):
        return False
    words = re.findall(r"[a-z#]+", asked_document(piece).lower())
    return not words or words[0] in _PRONOUNS or all(w in _PLACE_WORDS for w in words)


_PRONOUNS = frozenset(("it", "that", "this", "they", "them", "those", "these", "one"))
# Words that ask a place and name no document: "which of the SECOR elements", "what element".
_PLACE_WORDS = frozenset(
    [
        "which",
        "what",
        "of",
        "the",
        "our",
        "my",
        "secor",
        "cor",
        "element",
        "elements",
        "folder",
        "folders",
        "section",
        "sections",
        "part",
        "binder",
        "submission",
        "package",
        "number",
        "#",
        "tab",
        "one",
        "in",
        "into",
        "under",
        "go",
        "goes",
    ]
)


def rejoined(text: str, pieces: list[str]) -> list[str]:
    """PIECES (the questions of TEXT, as ``split_questions`` cut them) with each description
    clause joined back to the piece before it, when the two together ask where a document
    goes (or the next piece asks it of "it"), and the piece before does not close a question
    of its own."""
    out: list[str] = []
    rest = list(pieces)
    while rest:
        piece = rest.pop(0)
        if out and continues_description(piece) and not _asks_of_its_own(out[-1]):
            joined = _joined(text, out[-1], piece)
            if is_element_question(joined):
                out[-1] = joined
                continue
            if rest and _points_back(rest[0]):  # "..., which element does it go in?"
                out[-1] = _joined(text, joined, rest.pop(0))
                continue
        out.append(piece)
    return out
