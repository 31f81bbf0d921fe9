"""A ready-made legislation list asked about: may a sample be used as it is?

The evaluation tool asks for a list of the sections or parts of OHS legislation that apply
to the employer's work. ACSA's earlier page links to sample information for each industry
code, and both pages say such documents are guidelines only: the employer stays
responsible for checking all the legislation that applies to its tasks.

The class: a question that names the legislation (the OHS Code, Act or regulations, "the
legislation list", "which laws apply") and asks of a list someone else made (a sample, a
template, ACSA's, one "for our trade") or of using one as it is (copy it, attach it and be
done, is it enough, the final word). Whatever topic the intent model ranks first (it has
said "how to submit", "eligibility", "off topic"), that is the legislation list's
question, answered with its facts: what the tool asks, the samples by industry code and
that they are guidelines.
"""

from __future__ import annotations

import re

from bot.answers import Answer, compose

_I = re.IGNORECASE
# The legislation named: the law itself or the list of it.
_LAW = re.compile(
    r"\b(?:legislations?|legislative|ohs (?:code|act|regs?|regulations?|legislation|laws?)|"
    r"oh&s (?:code|act|regs?|regulations?|legislation|laws?)|occupational health and safety "
    r"(?:code|act|regulations?|legislation)|code sections|sections of the (?:ohs )?code|"
    r"(?:which|what) (?:laws?|regulations?|regs) (?:apply|applies|cover)|"
    r"(?:laws?|regulations?|regs) (?:that|which) (?:apply|applies|cover))\b",
    _I,
)
# A list someone else made: a sample, a template, one ready to use, ACSA's own.
_MADE = re.compile(
    r"\b(?:samples?|templates?|examples?|ready[- ]?made|pre-?made|premade|canned|standard|"
    r"generic|boiler-?plate|off the shelf|pre-?filled|pre-?written|cookie[- ]cutter)\b|"
    r"\b(?:acsa|you|you guys|they)\s+(?:provides?|gives?|has|have|offers?|supplies?|"
    r"publish\w*|puts? out)\b|\b(?:acsa'?s|your|their) (?:own )?(?:list|sheets?|samples?|"
    r"docs?|documents?|info\w*)\b|\bfor (?:my|our|each|every|the|your) (?:trade|industry|"
    r"industry code|line of work|sector)\b|\bby (?:industry|trade|industry code)\b",
    _I,
)
# Using it as it is: copied, attached and done, enough, the last word.
_AS_IS = re.compile(
    r"\b(?:as[- ]is|as it is|just (?:copy|use|attach|send|print|paste|submit|download)|"
    r"copy(?:ing)? (?:it|that|them|this)|copy and paste|(?:good )?enough|be done|"
    r"done with it|final (?:word|say)|all (?:we|i) need|covers? (?:us|me|everything|it all)|"
    r"do (?:we|i) (?:still )?have to (?:figure|work|check)|(?:figure|work) it out (?:myself|"
    r"ourselves)|write (?:it|one|our own) (?:ourselves|myself)|complete|the whole story)\b",
    _I,
)
# The facts that answer it, in order.
FACTS = ("legislation-list", "legislation-samples", "legislation-guidelines")


def asks_ready_made_list(text: str) -> bool:
    """Whether TEXT asks about a ready-made legislation list, or using one as it is."""
    return bool(_LAW.search(text)) and bool(_MADE.search(text) or _AS_IS.search(text))


def legislation_list_answer(text: str, confidence: float = 0.8) -> Answer | None:
    """The legislation list's answer when TEXT asks about a ready-made one, else None."""
    if not asks_ready_made_list(text):
        return None
    return compose("legislation", FACTS, confidence)


def legislation_message_answer(text: str, questions: list[str]) -> Answer | None:
    """The legislation list's answer to a message of several QUESTIONS that all ask of it
    ("is there a sample for my trade? and if I just copy it, that's enough?": the second
    part's "it" is the sample), when the whole TEXT asks about a ready-made list."""
    if not asks_ready_made_list(text):
        return None
    if not all(_LAW.search(q) or _MADE.search(q) or _AS_IS.search(q) for q in questions):
        return None  # another question of its own is in the message: each part is answered
    return compose("legislation", FACTS, 0.8)
