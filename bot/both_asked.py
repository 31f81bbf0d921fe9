"""Two safety practices, asked whether both are needed or one will do.

ACSA's pages name the elements of a health and safety program and, for a maintenance year,
the records to sample (hazard assessments, formal and site-specific, among them). They
never compare two practices of a program: whether a formal hazard assessment and field
level hazard assessments are both needed, whether toolbox talks replace safety meetings,
whether one kind of inspection covers another. Such a question is silence (the COR
department), not the eligibility or element answer a neighbouring topic would give.

The class: two practices named and a question whether both are needed ("X and Y both?",
"both X and Y", "X and Y, or just one?", "does X replace Y?"). Left to the engine: a
maintenance year or a submission (what to send, which the pages do answer), the courses
(the pages say which are needed, and that either management course will do) and where a
document goes (the element classifier's question).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# A practice or a document of a safety program.
_P = (
    r"(?:(?:formal|site[- ]specific|field[- ]level|written|daily|pre-?job|general|job)\s+)?"
    r"(?:hazard (?:ass?ess?ments?|ids?|identifications?|analys[ie]s|assessment forms?)|"
    r"flhas?|fhas?|jhas?|jsas?|toolbox (?:talks?|meetings?)|"
    r"tailgate (?:talks?|meetings?)|safety (?:meetings?|talks?)|crew (?:talks?|meetings?)|"
    r"(?:site |equipment |vehicle |shop |workplace )?inspections?|checklists?|"
    r"safe work practices?|swps?|safe job procedures?|sjps?|procedures?|policies|policy|"
    r"orientations?|(?:fire |emergency )?drills?|emergency (?:response )?plans?|erps?|"
    r"investigations?|(?:incident|near[- ]miss) reports?|pre-?use checks?|walk-?arounds?)"
)
_NEED = r"(?:need|needs|have to|has to|require[sd]?|must|supposed to|should|want|do)"
BOTH = re.compile(
    # "do we need a formal hazard assessment and FLHAs both?"
    rf"\b{_NEED}\b[^?.!]{{0,40}}\b{_P}\b[^?.!]{{0,30}}\b(?:and|&|plus)\b[^?.!]{{0,30}}"
    rf"\b{_P}\b[^?.!]{{0,20}}\bboth\b|"
    # "hazard assessment and flha both needed?"
    rf"\b{_P}\b[^?.!]{{0,30}}\b(?:and|&|plus)\b[^?.!]{{0,30}}\b{_P}\b,? both\b|"
    # "do I have to do both toolbox talks and safety meetings"
    rf"\bboth\b (?:a |an |the |our |my |of )?(?:the )?{_P}\b[^?.!]{{0,30}}\b(?:and|&)\b"
    rf"[^?.!]{{0,20}}\b{_P}\b|"
    # "FLHAs and a hazard assessment, or is one enough?"
    rf"\b{_P}\b[^?.!]{{0,30}}\b(?:and|&|plus)\b[^?.!]{{0,30}}\b{_P}\b[^?.!]{{0,30}}\bor\b"
    r"(?: (?:is|would|will|does|do|can) )?[^?.!]{0,10}\b(?:(?:just|only) (?:one|the one)|"
    r"one (?:is |would be |will be )?enough|one or the other|either one|one of them)\b|"
    # "do FLHAs replace the formal hazard assessment", "does the JHA count as our FLHA"
    rf"(?:\b{_P}\b[^?.!]{{0,20}}|\b{_P}\b[^?]{{0,80}}[.!;,] *(?:\w+ )?"
    r"(?:does|do|would|will|can|could) (?:that|this|it|they|those|these)(?: \w+)? )"
    r"\b(?:replace|cover|count as|take the place of|substitute for|do away with|"
    rf"do (?:the job|instead) of)\b[^?.!]{{0,20}}\b{_P}\b",
    _I,
)
# What the pages do answer about two documents: a maintenance year's records, a submission,
# the courses, where a document goes.
_ANSWERED = re.compile(
    r"\b(?:maintenance|maint|samples?|send|sending|submit\w*|submission|resend|audit|"
    r"element|folder|courses?|phsm|csts|first aid|tickets?|training|evaluation tool)\b",
    _I,
)
BOTH_WHAT = (
    "whether a safety program needs both of the two practices you name or one can stand in "
    "for the other (they name the elements and kinds of records, but do not compare "
    "those two)"
)


def asks_both(text: str) -> bool:
    """Whether TEXT asks if two practices of a safety program are both needed."""
    return bool(BOTH.search(text)) and not _ANSWERED.search(text)
