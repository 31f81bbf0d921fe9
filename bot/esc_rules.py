"""Questions about one of Energy Safety Canada's own SECOR rules.

Energy Safety Canada's procedure has rules ACSA's pages do not state, or state
differently: binders by mail or courier, pass marks, fees paid by the employer,
15 days for corrections after its feedback, what a consultant may do. Asked
about one of them (by naming Energy Safety Canada, or an ACSA member asking
whether the rule applies), the answer gives Energy Safety Canada's rule,
labelled as Energy Safety Canada's, then what ACSA's pages say, or that they
are silent with the COR department's contact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answers import Answer
from knowledge.facts import citation, contacts, fact

MAX_CHARS = 1200

_ESC = re.compile(r"\b(?:energy safety canada|enform|esc)(?:'s)?\b", re.IGNORECASE)
# "does that apply to us", "we're ACSA members": whether another body's rule holds here.
_APPLIES = re.compile(
    r"\b(?:appl(?:y|ies)|same (?:for|with)|true for|for us|acsa members?|"
    r"with acsa|at acsa|does acsa|is that (?:a |an )?(?:acsa|real)|rule)\b",
    re.IGNORECASE,
)


# "what does ACSA require": asked about ACSA's own rule, answered ACSA's side first.
_ASKS_ACSA = re.compile(
    r"\b(?:does|do|will|would) acsa\b|\bacsa (?:require|need|want|ask)s?\b", re.IGNORECASE
)


@dataclass(frozen=True)
class EscTopic:
    """One of Energy Safety Canada's rules, how a question names it, and ACSA's side."""

    name: str
    intent: str
    pattern: re.Pattern[str]
    esc_facts: tuple[str, ...]
    acsa_facts: tuple[str, ...] = ()
    acsa_silent: str = ""
    esc_only: bool = False  # the rule itself says it is Energy Safety Canada's


_TOPICS: tuple[EscTopic, ...] = (
    EscTopic(
        "fees",
        "esc_submission",
        re.compile(r"\b(?:fees?|pays?|paying|paid|payment|invoice|cheque)\b", re.IGNORECASE),
        ("esc-fees",),
        acsa_silent="who pays or what a SECOR costs",
    ),
    EscTopic(
        "corrections",
        "deadlines",
        re.compile(
            r"^(?=.*\b(?:corrections?|correct\w*|fix(?:es)?|deficienc\w*)\b)"
            r"(?=.*\b(?:feedback|sent (?:it |our \w+ )?back|returned|deficienc\w*|how long|"
            r"how many days|time limit)\b)",
            re.IGNORECASE,
        ),
        ("esc-submission-windows",),
        acsa_facts=("qa-analyst",),
        acsa_silent="a time limit for sending corrections",
    ),
    EscTopic(
        "assessor refresher",
        "assessor",
        re.compile(
            r"\brefresher\b|\bassessor\b.{0,40}\b(?:expir\w*|renew\w*|refresh\w*|"
            r"re-?train\w*|every (?:\w+ )?years?)\b",
            re.IGNORECASE,
        ),
        ("esc-training",),
        acsa_facts=("continuing-education", "assessor-who"),
        esc_only=True,
    ),
    EscTopic(
        "early recertification",
        "deadlines",
        re.compile(
            r"\b(?:redo|re-?do|early|earlier|sooner|instead of)\b.{0,50}\b(?:certification|"
            r"recertif\w*|full audit|certification audit)\b",
            re.IGNORECASE,
        ),
        ("esc-early-recert",),
        acsa_silent="whether a company may recertify early, during a maintenance year",
    ),
    EscTopic(
        "binder",
        "esc_submission",
        re.compile(r"\bbinders?\b|\bcouriers?\b|\bcouriered\b", re.IGNORECASE),
        ("esc-submission-options", "esc-submission-windows"),
        acsa_facts=("submit-electronic-only",),
        esc_only=True,
    ),
    EscTopic(
        "scoring",
        "scoring",
        re.compile(
            r"\b\d{2} ?%|\b\d{2} percent\b|\bpass(?:ing)? (?:mark|score)\b|\bscores?\b",
            re.IGNORECASE,
        ),
        ("esc-scoring",),
        acsa_silent="a pass mark or score for SECOR",
        esc_only=True,
    ),
)


def esc_rule_answer(question: str, confidence: float = 1.0) -> Answer | None:
    """Energy Safety Canada's rule the question asks about with ACSA's side, or None."""
    named = bool(_ESC.search(question))
    for topic in _TOPICS:
        if not topic.pattern.search(question):
            continue
        if named or (topic.esc_only and _APPLIES.search(question)):
            return _answer(topic, confidence, esc_first=named or not _ASKS_ACSA.search(question))
    return None


def _answer(topic: EscTopic, confidence: float, *, esc_first: bool = True) -> Answer:
    """ESC's rule then ACSA's side when ESC was named; else ACSA's side, ESC's as an aside."""
    ids = (*topic.esc_facts, *topic.acsa_facts)
    esc = " ".join(fact(i).statement for i in topic.esc_facts)
    parts = [f"That is Energy Safety Canada's rule, from its own SECOR procedure: {esc}"]
    if topic.acsa_facts:
        acsa = " ".join(fact(i).statement for i in topic.acsa_facts)
        if esc_first:
            parts.append(f"For ACSA's SECOR: {acsa}")
        else:
            ids = (*topic.acsa_facts, *topic.esc_facts)
            parts = [
                f"For ACSA's SECOR: {acsa}",
                f"Aside, for Energy Safety Canada's own SECOR program (not ACSA's): {esc}",
            ]
    if topic.acsa_silent:
        c = contacts()
        parts.append(
            f"ACSA's pages do not say {topic.acsa_silent}; the COR department can tell you: "
            f"call {c.phone} or email {c.email}."
        )
    text = " ".join(parts)
    if len(text) > MAX_CHARS:
        text = text[: MAX_CHARS - 1].rsplit(". ", 1)[0] + "."
    return Answer(text, topic.intent, confidence, tuple(citation(fact(i)) for i in ids))
