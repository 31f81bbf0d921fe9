"""The employer's company name, for staff to recognise a submission at a glance.

Found, in this order: a "Company name: ..." field in a document (the evaluation
tool asks for it), a file or folder name such as "SECOR Evaluation Tool - Birch
Roofing Ltd.docx" or "Birch Roofing SECOR 2026/", a line of the email signature
that ends in a legal suffix (Ltd., Inc., Corp., ...), or the sender's display name
when it carries such a suffix. None when nothing says it; a guess is never made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePosixPath

from intake.documents import Document
from intake.envelope import Envelope

MAX_CHARS = 120
_SUFFIX = r"(?:Ltd\.?|Limited|Inc\.?|Incorporated|Corp\.?|Corporation|LLC|LLP|Co\.|ULC)"
_FIELD = re.compile(
    r"^\s*(?:company|employer|business|organi[sz]ation|legal)(?:'s)?(?: legal)?"
    r"(?: (?:business )?name)?\s*[:\-]\s*(?P<name>[^\n\r\t|]{2,100}?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_TOOL_NAME = re.compile(
    r"evaluation\s+tool\s*(?:20\d\d)?\s*[-\u2013\u2014:]\s*(?P<name>.+)$", re.IGNORECASE
)
_FOLDER_NAME = re.compile(r"^(?P<name>.+?)\s+-?\s*SECOR\b", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"\b(?:secor|element|completed|final|draft|copy)\b", re.IGNORECASE)
# where a form's next field starts on the same line: "Birch Roofing Ltd.   Assessor: ..."
_NEXT_FIELD = re.compile(r"\s{2,}|\t|\s+(?:[A-Z][\w']*)(?:\s[\w']+)?:\s")


_SUFFIX_AT = re.compile(rf"\b{_SUFFIX}(?=\s|$|[,;)|])")
_MORE_SUFFIX = re.compile(rf",?\s+{_SUFFIX}(?=\s|$|[,;)|])")
_SUFFIX_WORD = re.compile(rf"{_SUFFIX},?")
_NAME_WORD = re.compile(r"[A-Z0-9&][\w&'\-]*(?:\.[A-Za-z0-9]+)*")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,4}")
_JOINERS = frozenset({"&", "and", "of", "the", "de", "du", "la", "le"})


def _name_word(word: str) -> bool:
    """Whether WORD can be part of a company name (capitalised, initials, "&", a suffix)."""
    return bool(
        _NAME_WORD.fullmatch(word)
        or _INITIALS.fullmatch(word)
        or word.lower() in _JOINERS
        or _SUFFIX_WORD.fullmatch(word)
    )


def _name_before_suffix(text: str) -> str | None:
    """The company a legal suffix in TEXT closes: the run of name words just before it.

    The run stops at a word that is not part of a name (lower case, or ending a clause or
    a sentence), so "Hi, here is our submission. Thanks, Ridgeline Paving Inc." gives
    "Ridgeline Paving Inc.", and "we are a small company Ltd." gives nothing.
    """
    for found in _SUFFIX_AT.finditer(text):
        if _MORE_SUFFIX.match(text, found.end()):  # "Co. Ltd.": the last suffix closes it
            continue
        words: list[str] = []
        for word in reversed(text[: found.start()].split()):
            if not _name_word(word):
                break
            words.insert(0, word)
        while words and words[0].lower() in _JOINERS:
            words.pop(0)
        if words and (name := _tidy(" ".join([*words, found.group(0)]))):
            return name
    return None


def _tidy(value: str) -> str | None:
    value = re.sub(r"\s+", " ", value).strip(" -\u2013\u2014:,;\"'")
    if len(value) < 3 or len(value) > MAX_CHARS or not re.search(r"[A-Za-z]", value):
        return None
    return value


def from_documents(documents: Sequence[Document]) -> str | None:
    """A company name written in a document's text, or in a file or folder name."""
    for doc in documents:
        match = _FIELD.search(doc.text[:20_000])
        if match and (name := _tidy(_NEXT_FIELD.split(match.group("name"), maxsplit=1)[0])):
            return name
    for doc in documents:
        stem = PurePosixPath(str(doc.member_path)).stem
        match = _TOOL_NAME.search(stem)
        if match and (name := _tidy(match.group("name"))) and not _NOT_A_NAME.search(name):
            return name
    for doc in documents:
        for folder in PurePosixPath(str(doc.member_path)).parts[:-1]:
            match = _FOLDER_NAME.match(folder)
            if match and (name := _tidy(match.group("name"))) and not _NOT_A_NAME.search(name):
                return name
    return None


def from_signature(body: str) -> str | None:
    """A line near the end of the email that ends in a legal suffix (the signature)."""
    lines = [line.strip() for line in body.strip().splitlines() if line.strip()]
    for line in reversed(lines[-12:]):
        if line.startswith(">") or len(line) > MAX_CHARS:
            continue
        if name := _name_before_suffix(line):
            return name
    return None


def company_name(envelope: Envelope, documents: Sequence[Document]) -> str | None:
    """The employer's company name from the documents, the signature or the sender's name."""
    found = from_documents(documents) or from_signature(envelope.body)
    if found is None and envelope.sender_name:
        found = _name_before_suffix(envelope.sender_name)
    return found
