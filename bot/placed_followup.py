"""The questions after a "which element" in one message, answered of the same document (round 24).

The class: an employer describes a document, asks where it goes, and then asks something
more of *it* ("... which element is that? and do they need to be scanned", "where does
that go? And do I resend it every maintenance year if nothing changed?"). Both parts are
asked; the second is no less a question because the first was the placement.

- ``rest_of_message``: the parts of a message after its placement question, each with its
  context, so the engine answers them beside the placement (never dropped).
- ``maintenance_followup``: a later part that asks, by a pronoun, whether the placed
  document goes in (again) in a maintenance year is led by the pages' rule when the
  element's documents are directive documents (the policy, safe work practices, safe job
  procedures): unchanged, ACSA refers to the copy on file from the certification; changed,
  it is sent again.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from bot.answers import Answer
from bot.maintenance_docs import is_maintenance_year
from bot.one_document import rejoined
from bot.questions import carry_context, split_questions, with_context
from knowledge.facts import citation, fact

_I = re.IGNORECASE
# The element the placement answer named ("That goes in Element 4, Safe Job Procedures.").
_PLACED = re.compile(r"\bgoes in Element (?P<n>\d{1,2}), (?P<name>[^.;]+)[.;]")
# The elements whose documents are directive documents, policies and processes (the policy,
# safe work practices, safe job procedures), which ACSA keeps on file from the
# certification; company rules are not called directive documents by any page.
DIRECTIVE_ELEMENTS = frozenset({1, 3, 4})
# The fact: unchanged directive documents are referred to on file; send them if changed.
_HOLDS = "maintenance-directive-on-file"
# An answer that states the rule within its first characters already leads with it.
EARLY_CHARS = 300
# The part refers back to the placed document and asks whether it is sent (again).
_REFERS_BACK = re.compile(r"\b(?:it|them|they|that|those|these|this|one|ones)\b", _I)
_SENT = re.compile(
    r"\b(?:re-?send\w*|re-?submit\w*|send\w*|sent|submit\w*|include\w*|hand(?:ed)? in|"
    r"go(?:es)? in|put (?:it|them) in|again|every (?:maintenance )?year|each (?:maintenance )?"
    r"year|yearly|annually)\b",
    _I,
)


def rest_of_message(text: str) -> list[str]:
    """The parts of TEXT after its first question, each read with the part before it."""
    questions = rejoined(text, split_questions(text))  # one described document, one piece
    if len(questions) < 2:
        return []
    asked = [questions[0]] + [with_context(prev, q) for prev, q in pairwise(questions)]
    return carry_context(asked)[1:]


def placed_element(answer: Answer) -> tuple[int, str] | None:
    """The element number and name ANSWER, a placement answer, put the document in."""
    found = _PLACED.search(answer.answer)
    if found is None:
        return None
    return int(found.group("n")), found.group("name").strip()


def asks_maintenance_of_it(question: str) -> bool:
    """QUESTION asks, by a pronoun, whether the placed document is sent in a maintenance year."""
    return (
        is_maintenance_year(question)
        and _REFERS_BACK.search(question) is not None
        and _SENT.search(question) is not None
    )


def maintenance_rule(element: tuple[int, str]) -> str:
    """What a maintenance year asks of a directive document (a policy or process) in
    ELEMENT, or "" for an element whose documents may be records."""
    number, name = element
    if number not in DIRECTIVE_ELEMENTS:
        return ""
    return f"Element {number}, {name}, holds directive documents. {fact(_HOLDS).statement}"


def maintenance_followup(previous: Answer, question: str, answer: Answer) -> Answer:
    """ANSWER to QUESTION led by the maintenance rule of the document PREVIOUS placed, when
    QUESTION asks of it by a pronoun whether it is sent in a maintenance year."""
    element = placed_element(previous)
    if element is None or not asks_maintenance_of_it(question):
        return answer
    rule = maintenance_rule(element)
    statement = fact(_HOLDS).statement
    at = answer.answer.find(statement[:60])
    if not rule or 0 <= at < EARLY_CHARS:
        return answer  # (an answer that opens with the rule already: "unchanged policies?")
    rest = " ".join(answer.answer.replace(statement, "").split())  # said late: moved first
    cited = citation(fact(_HOLDS))
    return replace(
        answer,
        answer=f"{rule} {rest}",
        sources=(cited, *(s for s in answer.sources if s != cited)),
    )
