"""Which documents named in a maintenance-year question are records and which are program
documents: "emergency drill records and contact list: do those go in for maintenance?"

A record (a completed form, log, minutes, contact list, action plan) is sampled from
the past 12 months; a program document (a policy, program, plan, procedure, practice,
rules) stays on file from the certification and is sent again only if it changed. The
answer says this for each document, with its element.
"""

from __future__ import annotations

import re

from bot.element_answer import cue_label
from bot.labeler import words_label
from knowledge.labels import by_label

_MAINTENANCE_YEAR = re.compile(
    r"\b(?:maintenance|maint\.?)\s+(?:year|yr|audit|submission|time|round)s?\b|"
    r"\b(?:for|in|during|at)\s+(?:a\s+|our\s+|the\s+|my\s+)?maintenance\b"
    r"(?!\s+(?:records?|logs?|program|plan|forms?|schedule|checklists?|element|of)\b)|"
    r"\byears?\s+(?:2|3|two|three)\b|\bin[- ]between years?\b|"
    r"\b(?:2nd|3rd|second|third) year\b",
    re.IGNORECASE,
)
_RECORD_NOUNS = (
    r"records?|logs?|forms?|minutes|checklists?|sheets?|reports?|certificates?|certs|tickets?|"
    r"talks?|flhas?|statistics|stats|claims?|sign[- ]offs?|attendance|receipts?|inspections?|"
    r"assessments?|drills?|orientations?|agreements?|summar(?:y|ies)|acknowledg(?:e?ments?)|"
    r"lists?|tags?"
)
_PROGRAM_NOUNS = (
    r"polic(?:y|ies)|programs?|plans?|procedures?|practices?|rules|manuals?|erps?|swps?|sjps?"
)
_NOUN = rf"(?:{_PROGRAM_NOUNS}|{_RECORD_NOUNS})"
_DOCUMENT = re.compile(
    rf"(?P<doc>(?:[\w'-]+\s+){{0,3}}?{_NOUN}(?:\s+(?:[\w'-]+\s+)??{_NOUN})*)\b",
    re.IGNORECASE,
)
_PROGRAM = re.compile(rf"(?:{_PROGRAM_NOUNS})$", re.IGNORECASE)
# Records although named like a program document: the pages list action plans (with proof
# they were carried out) among the operational records to sample.
_RECORD_LISTS = re.compile(r"\baction plans?$", re.IGNORECASE)
_LEADING = re.compile(
    r"^(?:(?:do|does|i|we|you|the|our|my|a|an|send|include|need|to|and|or|also|those|these|"
    r"all|any|both|go|in|for|maintenance|year|yr|audit|submission|should|must|have|again|"
    r"resend|re-send|it|them|what|about|with|plus|just|only|still|every|each|of|is|are|"
    r"required|needed|new|updated|current|completed|years?|in-between|between|count|as|"
    # words of the question, not of a document's name ("how many inspection samples",
    # "the same tool or a different form", "corrective actions from last year's report")
    r"how|many|much|which|same|different|another|other|from|last|year's|this|that|people|"
    r"skip|skipping|resend|resending|sending|letting|let|start|started|"
    # "what element do ppe inspection reports go in": where it goes is asked, not named
    r"element|elements|folder|section|where|put|file|"
    # "what kinda records do they want": the kind asked, no document named
    r"kind|kinds|kinda|sort|sorts|sorta|type|types|"
    # what was done to it ("I rewrote our policy", "we updated the manual")
    r"re-?wrote|updated|revised|changed|amended|modified|redid|wrote|fixed|made|"
    # what the company has ("we had an action plan", "we've got the drill records")
    r"had|has|got|gotten)\s+)+",
    re.IGNORECASE,
)
# Not sorted here: the tool is answered by the engine; the pages are silent on the legislation list.
_SKIP = re.compile(
    r"\b(?:evaluation tool|samples?|documents?|docs|paperwork)$|\blegislation\b|"
    r"\b(?:the|this|that|secor|acsa|cor) program$|"  # "to stay in the program": SECOR itself
    # the report the company got back from its last evaluation: not a record it keeps
    r"\b(?:secor|cor|acsa|audit|evaluation) reports?$",
    re.IGNORECASE,
)
# A noun alone that names no document ("what records go in?").
_GENERIC = re.compile(
    r"records?|forms?|logs?|reports?|sheets?|lists?|plans?|programs?|certificates?|tickets?|"
    r"inspections?|assessments?|drills?|talks?|checklists?|stats|statistics|claims?|"
    r"attendance|receipts?|sign[- ]offs?|orientations?",
    re.IGNORECASE,
)
MAX_DOCUMENTS = 3


def is_maintenance_year(text: str) -> bool:
    """The question is about a maintenance year (not Element 7's maintenance records)."""
    return bool(_MAINTENANCE_YEAR.search(text))


# Where one document's name ends: a list's separators, and the words that open a clause or a
# predicate ("the submission is optional because the certificate is good": no document).
_PARTS = re.compile(
    r"\s*(?:,|;|:|\?|\band\b|&|\bplus\b|\bor\b|\bbecause\b|\bsince\b|\bso\b|\bbut\b|"
    r"\bif\b|\bwhen\b|\bwhile\b|\balthough\b|\bthough\b|\bunless\b|\bwhether\b|"
    r"\b(?:is|are|was|were)\b|\b(?:says?|said|thinks?|told)\b)\s*",
    re.IGNORECASE,
)


def documents(text: str) -> list[tuple[str, bool]]:
    """The documents TEXT names, each with whether it is a program document."""
    found: list[tuple[str, bool]] = []
    text = _HEALTH_AND_SAFETY.sub("health_and_safety", text)  # one name, not two documents
    for part in _PARTS.split(text):
        for match in _DOCUMENT.finditer(part):
            doc = _LEADING.sub("", match["doc"].strip(" -")).strip(" -")
            if not doc or _SKIP.search(doc) or _MAINTENANCE_YEAR.fullmatch(doc):
                continue
            if " " not in doc and _GENERIC.fullmatch(doc):
                continue  # "what records go in": no document named
            program = bool(_PROGRAM.search(doc)) and not _RECORD_LISTS.search(doc)
            doc = doc.replace("health_and_safety", "health and safety")
            if any(d.lower().endswith(f" {doc.lower()}") for d, _ in found):
                continue  # "the health and safety policy ... the new policy": said already
            found.append((doc, program))
    return list(dict.fromkeys(found))[:MAX_DOCUMENTS]


_HEALTH_AND_SAFETY = re.compile(r"\bhealth\s+(?:and|&)\s+safety\b", re.IGNORECASE)
# The employer says a program document changed: "I rewrote our policy", "the updated manual".
_CHANGED = re.compile(
    r"\b(?:re-?wrote|re-?written|re-?writing|updated?|updating|revis\w*|chang\w*|amend\w*|"
    r"modif\w*|new|redid|redone|overhaul\w*)\b",
    re.IGNORECASE,
)


# A change denied or only supposed: "if nothing changed", "it hasn't changed", "unless ...".
_NOT_SO = re.compile(
    r"\b(?:nothing|not|no|never|if|unless|whether|hasn'?t|haven'?t|didn'?t|isn'?t|wasn'?t)\b"
    r"[\w\s']{0,15}$",
    re.IGNORECASE,
)


def _changed(text: str) -> bool:
    """The employer says a document changed ("I rewrote our policy"), not "if nothing changed"."""
    return any(not _NOT_SO.search(text[: m.start()]) for m in _CHANGED.finditer(text))


def _element(doc: str) -> str:
    label = cue_label(doc) or words_label(doc)[0]
    info = by_label().get(label)
    if info is None or info.element is None:
        return ""
    return f" (Element {info.element}, {info.name})"


# What a report asked to be fixed, named as the employer names it: the pages list action
# plans, with proof they were carried out, among the records to sample.
_ACTIONS = re.compile(
    r"\b(?:corrective actions?|action items?|deficienc(?:y|ies)|recommendations?|"
    r"(?:things|items|gaps) (?:to fix|we (?:had to |needed to )?fix(?:ed)?)|fix(?:es)? from "
    r"(?:the|our|last) \w+)\b",
    re.IGNORECASE,
)


# Abbreviations written in capitals at the start of a sentence ("PPE inspection reports").
_ACRONYM = re.compile(r"^(?:ppe|swp|sjp|erp|flha|jha|hsms)(?=s?\b)", re.IGNORECASE)


def _capitalised(doc: str) -> str:
    """DOC at the start of a sentence: its first letter, or its leading abbreviation, upper."""
    found = _ACRONYM.match(doc)
    if found is not None:
        return found.group(0).upper() + doc[found.end() :]
    return doc[0].upper() + doc[1:]


def documents_lead(text: str) -> str:
    """For each document named, record or program document, and what to send; or ""."""
    if not is_maintenance_year(text):
        return ""
    sentences: list[str] = []
    if _ACTIONS.search(text) and not re.search(r"\baction plans?\b", text, re.IGNORECASE):
        sentences.append(
            "What your last report asked you to fix goes in as action plans: ACSA's list of "
            "operational records to sample in a maintenance year includes action plans with "
            "proof they were carried out."
        )
    for doc, program in documents(text):
        plural = doc.endswith("s") and not doc.endswith("ss")
        name = _capitalised(doc)
        if program and _changed(text):
            they, verb = ("they", "are") if plural else ("it", "is")
            kind = "program documents" if plural else "a program document"
            sentences.append(
                f"Yes — since your {doc} changed, send the new version: {they} {verb} {kind}"
                f"{_element(doc)}, and ACSA refers to the copy on file from your certification "
                "only when it has not changed."
            )
        elif program:
            it, verb = ("they", "are") if plural else ("it", "is")
            kind = "program documents" if plural else "a program document"
            sentences.append(
                f"{name} {verb} {kind}{_element(doc)}: ACSA refers to the copy on file from "
                f"your certification, so send {'them' if plural else 'it'} again only if "
                f"{it} changed."
            )
        elif _RECORD_LISTS.search(doc):
            # "do we show we did the items on the action plan?": what the list asks of it
            verb, kind = ("are", "records") if plural else ("is", "a record")
            sentences.append(
                f"Your {doc} {verb} {kind}: ACSA's list of operational records to sample in a "
                "maintenance year includes action plans with proof they were carried out."
            )
        else:
            verb, kind = ("are", "records") if plural else ("is", "a record")
            sentences.append(
                f"{name} {verb} {kind}{_element(doc)}: in a maintenance year send a sample "
                "from the past 12 months."
            )
    return " ".join(sentences)


# "what do we send in?", "what should I submit for it", "what needs to go in": the records
# asked for, not what the tool or the program documents are.
_WHAT_TO_SEND = re.compile(
    r"\bwhat\b(?:\s+[\w']+){0,4}?\s+(?:send|sent|submit|submitted|include|hand in|give|"
    r"provide|go in|goes in|put in)\b",
    re.IGNORECASE,
)
_RECORDS_FIRST = ("maintenance-operational", "maintenance-examples")


def asks_what_to_send(text: str) -> bool:
    """TEXT, about a maintenance year, asks what to send in."""
    return _WHAT_TO_SEND.search(text) is not None and _MAINTENANCE_YEAR.search(text) is not None


def records_first(facts: tuple[str, ...]) -> tuple[str, ...]:
    """FACTS of the maintenance year with the records to sample, and their examples, first:
    asked what to send, the examples are the answer, and a short answer keeps them."""
    first = tuple(f for f in _RECORDS_FIRST if f in facts)
    return (*first, *(f for f in facts if f not in first))
