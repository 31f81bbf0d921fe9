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
_NAME = r"[A-Z0-9][\w&'.,\- ]{1,80}?"
_FIELD = re.compile(
    r"^\s*(?:company|employer|business|organi[sz]ation|legal)(?:'s)?(?: legal)?"
    r"(?: (?:business )?name)?\s*[:\-]\s*(?P<name>[^\n\r\t|]{2,100}?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_WITH_SUFFIX = re.compile(rf"\b(?P<name>{_NAME}\s{_SUFFIX})(?=\s|$|[,;)])")
_TOOL_NAME = re.compile(
    r"evaluation\s+tool\s*(?:20\d\d)?\s*[-\u2013\u2014:]\s*(?P<name>.+)$", re.IGNORECASE
)
_FOLDER_NAME = re.compile(r"^(?P<name>.+?)\s+-?\s*SECOR\b", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"\b(?:secor|element|completed|final|draft|copy)\b", re.IGNORECASE)
# where a form's next field starts on the same line: "Birch Roofing Ltd.   Assessor: ..."
_NEXT_FIELD = re.compile(r"\s{2,}|\t|\s+(?:[A-Z][\w']*)(?:\s[\w']+)?:\s")


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
        match = _WITH_SUFFIX.search(line)
        if match and (name := _tidy(match.group("name"))):
            return name
    return None


def company_name(envelope: Envelope, documents: Sequence[Document]) -> str | None:
    """The employer's company name from the documents, the signature or the sender's name."""
    found = from_documents(documents) or from_signature(envelope.body)
    if found is None and envelope.sender_name:
        match = _WITH_SUFFIX.search(envelope.sender_name)
        found = _tidy(match.group("name")) if match else None
    return found
