"""A placement question that names several documents places each one (round 26).

The class: "where does the toolbox talk sheet and the first aid kit checklist go?", "which
element for our FLHA forms, the fire drill records and the truck service log?". One element
for the list answers only the first document. Each document is placed separately, by the same
classifier that places one, and an unsure placement is said for that document alone.

The list is cut at commas, "and", "&", "plus" and "as well as", but only where each part on
its own reads as a document, so one document's own name is never cut: the part before the cut
ends in a document word ("... sheet", "... log", "... records", "ERP"), or the part after it
opens with its own determiner ("the", "our") and the classifier is sure of both parts. "First
aid and CPR certificates", "hazard identification and control form" and "inspection and
maintenance records" stay one document each: their first part ends in no document word and
the second has no determiner of its own.
"""

from __future__ import annotations

import re

from bot.labeler import DocumentLabeler

# Words that end a document's name: its head noun ("the toolbox talk SHEET").
_DOCUMENT_END = re.compile(
    r"\b(?:sheets?|forms?|logs?|logbooks?|checklists?|records?|reports?|notes|polic(?:y|ies)|"
    r"certificates?|certs?|tickets?|minutes|procedures?|practices?|plans?|manuals?|binders?|"
    r"registers?|spreadsheets?|write[- ]?ups?|summar(?:y|ies)|files?|documents?|docs|lists?|"
    r"statements?|agreements?|orientations?|talks?|drills?|inspections?|assessments?|"
    r"audits?|receipts?|invoices?|cards?|tags?|photos?|pictures?|erps?|flhas?|flras?|jhas?|"
    r"swps?|sjps?|sds|msds|hazids?|stats|statistics|rules)$",
    re.IGNORECASE,
)
# Words that make a name incomplete when they end it before a cut ("inspection and ...").
_HEAD_ONLY_IF_ALONE = re.compile(
    r"\b(?:inspections?|assessments?|audits?|drills?|orientations?|talks?|polic(?:y|ies))$", re.I
)
# Where a list may be cut: a comma (its "and" too), "and", "&", "plus", "as well as".
_CUT = re.compile(
    r"\s*,\s*(?:and\s+|&\s+|plus\s+)?|\s+(?:and|&|plus|as well as|along with)\s+", re.I
)
_STRIP = " ,.;:?!-\u2013\u2014"
_WH_OPENS = re.compile(r"^(?:which|what|where|how|when|who|like)\b", re.I)
# A document word anywhere in a part: its head, or the head of what it lists.
_DOCUMENT_WORD = re.compile(
    _DOCUMENT_END.pattern.replace(")$", r")\b")
    + r"|\b(?:stats|numbers|summaries|minutes|clearances?|letters?|schedules?|calendars?)\b",
    re.I,
)
_DETERMINER = re.compile(r"^(?:the|our|my|a|an|their|his|her|those|these|all|any)\b", re.I)
_JOINS = re.compile(r"\b(?:and|plus)\b|&", re.I)
_LISTED = re.compile(r",[^,]+(?:,\s*|\s+)(?:and|&|plus)\s+\S", re.I)
# "There's a stack of ...", "we have a pile of ...": the lead-in names no document.
_THERE_IS = re.compile(
    r"^(?:there'?s|there is|there are|we have|i have|we've got|we keep|i keep)\s+"
    r"(?:(?:a|one)\s+(?:stack|pile|bunch|box|binder|folder)\s+of\s+)?",
    re.I,
)
_ALSO = re.compile(r"^(?:also|then|too)\s+", re.I)
_BOTH = re.compile(r"^(?:both|all of|each of)\s+(?:the\s+)?", re.I)


def _reads_alone(part: str, label: DocumentLabeler, sure: float) -> bool:
    """PART reads as a document on its own: it names a document word ("list", "minutes",
    "ERP") and the classifier places it, or a document word ends it. A thing the document is
    about ("the trucks", "the compressor") or a clause ("which element numbers") is none."""
    words = part.strip(_STRIP)
    if _WH_OPENS.match(words) or not _DOCUMENT_WORD.search(words):
        return False
    if _DOCUMENT_END.search(words):
        return True
    found, confidence = label(words)
    return found != "other" and confidence >= sure


def _cuts_here(before: str, after: str, label: DocumentLabeler, sure: float) -> bool:
    """The cut between BEFORE and AFTER separates two documents, not one document's name."""
    ends = bool(_DOCUMENT_END.search(before.strip(" ,.;:?!")))
    if ends and _HEAD_ONLY_IF_ALONE.search(before) and not _DETERMINER.match(after):
        ends = False  # "inspection and maintenance records": one name shared by both
    if ends:
        return _reads_alone(after, label, sure)
    # "the ERP and the fire drill records": two noun phrases, each with its determiner
    return bool(_DETERMINER.match(after)) and all(
        _reads_alone(p, label, sure) for p in (before, after)
    )


def several_documents(asked: str, label: DocumentLabeler, sure: float) -> list[str]:
    """The documents ASKED names, when it names two or more (else []): the words cut where each
    part reads as a document (LABEL classifies a part; SURE is its confidence to trust)."""
    text = _BOTH.sub("", asked.strip(_STRIP))
    if re.search(r"[?!]|\.\s", text):
        return []  # more than the document's words: another sentence, another question
    listed = _LISTED.search(text) is not None  # "A, B and C": a comma cuts only in a list
    pieces: list[str] = []
    last = 0
    for match in _CUT.finditer(text):
        if match.start() == 0 or match.end() >= len(text):
            continue
        if not listed and "," in match.group(0) and not _JOINS.search(match.group(0)):
            continue  # "the fire drill records, the drill we do twice a year": one, restated
        before = text[last : match.start()]
        after = _up_to_next_cut(text[match.end() :])
        if before.strip() and after.strip() and _cuts_here(before, after, label, sure):
            pieces.append(before.strip())
            last = match.end()
    if not pieces:
        return []
    pieces.append(text[last:].strip(_STRIP))
    pieces = [_ALSO.sub("", p) or p for p in pieces]
    pieces[0] = _THERE_IS.sub("", pieces[0]) or pieces[0]
    return [p for p in pieces if p] if len(pieces) > 1 else []


def _up_to_next_cut(rest: str) -> str:
    """The words of REST up to the next place the list may be cut."""
    match = _CUT.search(rest)
    return rest[: match.start()] if match is not None else rest
