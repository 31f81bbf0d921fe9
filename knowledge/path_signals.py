"""What the folders and the file name say about a document's element, read by fixed rules.

Employers are asked to keep one folder per element and name it in every style
("Element 2 - Hazard Assessments", "02 Hazard", "E2", "SJPs", "COR 7 - Maintenance").
The folder parser reads an element number or an element's words; the file-name
parser only reads unambiguous references (an element number, "SWP", "SJP", ...).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from knowledge.labels import all_labels

_ELEMENT_BY_NUMBER = {info.element: info.label for info in all_labels() if info.element is not None}

# Words that name a label, most specific first. Matched on a lower-cased folder
# name with separators turned into spaces; \b keeps "swp" from matching "swpx".
_FOLDER_WORDS: tuple[tuple[str, str], ...] = (
    (
        "evaluation_tool",
        r"\b(eval(uation)? tool|audit tool|secor eval\w*|self.?eval\w*|evaluation)\b"
        r"|^(secor )?(audit|eval)s?$",
    ),
    ("legislation", r"\b(legislation\w*|legislative|ohs act|acts? (and|&) reg\w*|regulations?)\b"),
    ("safe_job_procedures", r"\b(safe job proc\w*|sjps?|job proc\w*|sops?|procedures?)\b"),
    ("safe_work_practices", r"\b(safe work prac\w*|swps?|work practices?|practices?)\b"),
    ("hazard_assessment", r"\b(hazard\w*|flhas?|jhas?|jsas?|risk assess\w*)\b"),
    ("company_rules", r"\b(company rules?|safety rules?|rules?|discipline\w*|enforcement)\b"),
    ("ppe", r"\b(ppe|personal protective\w*|protective equipment)\b"),
    ("maintenance", r"\b(preventa?t?ive maint\w*|maintenance|maint|pm)\b"),
    (
        "training_communication",
        r"\b(training|communications?|orientations?|toolbox\w*|tailgate\w*|"
        r"safety meetings?|tickets?|certs?|certificates?)\b",
    ),
    ("inspections", r"\b(inspections?|insp)\b"),
    ("investigations", r"\b(investigations?|incidents?|near miss\w*|accidents?)\b"),
    ("emergency_planning", r"\b(emergency|emerg|erp|evacuation|preparedness)\b"),
    ("records_statistics", r"\b(records? (and|&) stat\w*|statistics|stats)\b"),
    ("contracting_services", r"\b(contract\w*|sub.?contractors?|subs|prequal\w*)\b"),
    ("policy", r"\b(polic(y|ies)|policy statement)\b"),
)
_FOLDER_PATTERNS = tuple((label, re.compile(rx)) for label, rx in _FOLDER_WORDS)
# The program year, not Element 7: "Hilltop SECOR maintenance", "COR Maintenance Year 2026",
# "Maintenance submission". Removed before the element words are read.
_YEAR_TYPE = re.compile(
    r"\b(?:s?e?cor|secor)\s+(?:maint\w*|re-?cert\w*|cert\w*)"
    r"(?:\s+(?:year|yr|submission|package|audit))?\b"
    r"|\bmaint\w*\s+(?:year|yr|submission|package|audit)\b"
)
# "Records" alone is element 12; beside another element's words ("Training Records") it is not.
_WEAK_RECORDS = re.compile(r"\brecords?\b")

# "Element 2", "Elem 1", "El 3", "E12", "COR 7", "Section 7", "Part 4", "#5"
_NUMBERED = re.compile(
    r"^(?:element|elem|elmt|el|e|cor|secor|section|sec|part|no|#)\s*[-#.:]?\s*0?(\d{1,2})(?![\d])"
)
# "02 Hazard", "4. Safe Job Procedures", "05 - Rules", "13", "7_Maintenance"
_LEADING = re.compile(r"^0?(\d{1,2})(?:\s*[-.):]\s*|\s+|$)(?![\d])")

# File names that say nothing about the content.
_GENERIC = re.compile(
    r"^(img|image|dsc|dscn|pxl|photo|pic|scan|scanned|doc|document|new doc|"
    r"new microsoft \w+ document|untitled( document| spreadsheet)?|screenshot|screen shot|"
    r"export|download|file|form|book|sheet|"
    r"camscanner|whatsapp image|mvimg|attachment|copy of|output|print|data)"
    r"[\s_()\-.\d]*(at[\s\d.]*)?$"
    r"|^[\d\s_\-.()]+$"
)
_TOKEN = re.compile(r"[A-Za-z]+|\d+")


@dataclass(frozen=True)
class PathSignal:
    """The label a folder or a file name points to, and which folder or name said so."""

    label: str
    origin: str  # "folder" or "name"
    evidence: str


def _clean(name: str) -> str:
    name = re.sub(r"([a-z])([A-Z])", r"\1 \2", name)
    name = re.sub(r"[_+]+", " ", name).lower()
    return re.sub(r"\s+", " ", name).strip()


def _words_labels(text: str) -> list[str]:
    labels = [label for label, pattern in _FOLDER_PATTERNS if pattern.search(text)]
    if not labels and _WEAK_RECORDS.search(text):
        labels.append("records_statistics")
    return labels


def _words_label(text: str) -> str | None:
    """The one label the words name; None for none or several ("Policies and Procedures")."""
    labels = _words_labels(text)
    return labels[0] if len(labels) == 1 else None


def folder_label(folder: str) -> str | None:
    """The label a single folder name stands for, or None for a folder that names none."""
    text = _YEAR_TYPE.sub(" ", _clean(folder)).strip()
    if not text:
        return None
    number: int | None = None
    m = _NUMBERED.match(text) or _LEADING.match(text)
    if m:
        n = int(m.group(1))
        if n in _ELEMENT_BY_NUMBER:
            number = n
        text = text[m.end() :].strip(" -.:")
    named = _words_labels(text) if text else []
    by_words = named[0] if len(named) == 1 else None
    if number is not None:
        # a number and words that name one other element: trust the words (numbering slips)
        if by_words is not None and by_words != _ELEMENT_BY_NUMBER[number]:
            return by_words
        return _ELEMENT_BY_NUMBER[number]
    if m:  # a number outside 1-13 ("2025 docs"): only the words count
        return by_words if text and not text[:1].isdigit() else None
    return by_words


def folder_signal(folders: Sequence[str]) -> PathSignal | None:
    """The innermost folder that names a label."""
    for folder in reversed(folders):
        label = folder_label(folder)
        if label is not None:
            return PathSignal(label, "folder", folder)
    return None


def contradicted_folder(folders: Sequence[str], label: str) -> PathSignal | None:
    """The element folder a file of LABEL sits in when the folder names another label."""
    folder = folder_signal(folders)
    return folder if folder is not None and folder.label != label else None


_NAME_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "evaluation_tool",
        re.compile(r"\b(secor (audit|eval\w*)|evaluation tool|audit tool|self.?evaluation)\b"),
    ),
    ("legislation", re.compile(r"\b(legislation|legislative)\b")),
    ("safe_job_procedures", re.compile(r"\b(sjps?|safe job procedures?)\b")),
    ("safe_work_practices", re.compile(r"\b(swps?|safe work practices?)\b")),
    ("hazard_assessment", re.compile(r"\b(flhas?|jhas?|hazard assessments?)\b")),
    ("emergency_planning", re.compile(r"\b(erp|emergency (response|plan)\w*)\b")),
    ("contracting_services", re.compile(r"\b(prequal\w*|contractor\w*|sub ?contractors?)\b")),
    (
        "training_communication",
        re.compile(r"\b(toolbox talks?|tailgate meetings?|safety meeting\w*|orientation)\b"),
    ),
    ("investigations", re.compile(r"\b(near miss\w*|investigations?)\b")),
)
_NAME_ELEMENT = re.compile(r"\b(?:element|elem)\s*[-#.:]?\s*0?(\d{1,2})\b")


def is_generic_name(file_name: str) -> bool:
    """True for names like "Scan_0012.pdf", "IMG_1203.jpg" or "Document (3).docx"."""
    stem = PurePosixPath(file_name).stem if "." in file_name else file_name
    return bool(_GENERIC.match(stem.strip().lower()))


def name_signal(file_name: str) -> PathSignal | None:
    """The label a file name names explicitly ("SWP-01 Fall Protection.pdf"), if any."""
    if is_generic_name(file_name):
        return None
    stem = PurePosixPath(file_name).stem
    text = _clean(stem)
    m = _NAME_ELEMENT.search(text)
    if m and int(m.group(1)) in _ELEMENT_BY_NUMBER:
        return PathSignal(_ELEMENT_BY_NUMBER[int(m.group(1))], "name", file_name)
    for label, pattern in _NAME_WORDS:
        if pattern.search(text):
            return PathSignal(label, "name", file_name)
    return None


def name_words(file_name: str) -> str:
    """The words of a file name for the text model ("" for a generic name)."""
    if is_generic_name(file_name):
        return ""
    stem = PurePosixPath(file_name).stem
    return " ".join(_TOKEN.findall(_clean(stem)))
