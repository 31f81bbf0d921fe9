"""Three requests the bot politely refuses, read by their parts wherever they sit in a
longer message (issue 11, round 27).

- **the evaluation done for them**: the bot asked to produce the employer's own evaluation
  ("write out the answers for every question", "fill in the evaluation tool for us", "what
  should I put for each audit question so we pass"). The evaluation is the company's own,
  completed by its assessor; the bot explains, it does not answer the tool's questions.
  Asking what a question means ("can you explain the evaluation questions?") is answered.
- **a course recorded that a person does not hold**: someone to be named the assessor, or
  said to hold a course, while the message says he has not taken it or that nobody checks
  ("put my foreman down as the assessor and say he has the course"). Asking whether he may
  be the assessor once he takes the course is answered.
- **legal strategy**: legal arguments or advice, a lawyer, a lawsuit, or what to say or
  argue to win, fight or overturn a WCB claim or an appeal. The bot answers SECOR only, and
  points elsewhere. "How do I appeal a WCB decision?" asks a process and gets the pages'
  silence instead, not a refusal.
"""

from __future__ import annotations

import re

from bot.answers import Answer, misstatement_refusal
from bot.deceive import answers_without_evidence, assessor_named_falsely, deception
from knowledge.facts import contacts

_I = re.IGNORECASE

# The bot asked to do something ("can you just", "I need you to", "help me"), or an order
# opening a sentence ("Just fill in ...").
_SOFT = r"(?:(?:please|pls|plz|just|maybe|quickly|kindly|simply|also),?\s+)*"
_ASKED = (
    r"(?:\b(?:(?:can|could|would|will)\s+(?:you|u|ya)|(?:i|we)\s*(?:'d|would)?\s+(?:need|want|"
    r"like)\s+(?:you|u)\s+to|help\s+(?:me|us)(?:\s+to)?|is there any way you could)\s+"
    rf"{_SOFT}|(?:^|[.!?]\s+)(?:(?:so|ok|okay|hey|bot),?\s+)*{_SOFT})"
)
# Producing the answers of the evaluation: the verb, then the answers or the tool itself.
_PRODUCE = (
    r"(?:write(?:\s+(?:out|up|down))?|type(?:\s+(?:out|up))?|fill(?:\s+(?:in|out))?|do|"
    r"complete|answer|give\s+(?:me|us)|provide|draft|come up with|generate|prepare|supply|"
    r"send\s+(?:me|us)|list)"
)
_EVALUATION_ANSWERS = re.compile(
    rf"{_ASKED}{_PRODUCE}\s+(?:\w+\s+){{0,3}}?"
    r"(?:(?:the\s+|our\s+|all\s+(?:the\s+)?|some\s+)?(?:answers?|responses?|replies)\b"
    r"(?:\s+\w+){0,4}?\s+(?:questions?|evaluation|eval|audit|tool|element|elements)\b|"
    r"(?:the\s+|our\s+|my\s+)?(?:secor\s+)?(?:evaluation|eval|audit|self[- ]?assessment)"
    r"(?:\s+tool)?\s+(?:for\s+(?:me|us)|questions?\s+for\s+(?:me|us)))",
    _I,
)
# "what should I put (down) for each question so we pass": the answers asked outright.
_ANSWERS_TO_PUT = re.compile(
    r"\bwhat\s+(?:should|do|can)\s+(?:i|we)\s+(?:put|write|answer|say)(?:\s+down)?\s+"
    r"(?:for|on|to)\s+(?:each|every|all(?:\s+the)?|the)\s+(?:\w+\s+){0,2}?questions?\b"
    r"(?=.*\b(?:evaluation|eval|audit|tool)\b)(?=.*\b(?:pass|score|so\s+we|to\s+get)\b)",
    _I,
)

# A person named the assessor, or said to hold a course.
_PUT_AS_ASSESSOR = re.compile(
    r"\b(?:put|putting|list|listing|name|naming|write|writing|enter|entering|sign|signing|"
    r"register|registering|use|using|have)\s+(?:\w+\s+){0,3}?(?:down\s+)?as\s+(?:the\s+|our\s+|"
    r"an?\s+)?(?:internal\s+)?assessor\b|"
    r"\b(?:put|list|write|enter)\s+(?:his|her|their|my\s+\w+'s|\w+'s)\s+name\s+"
    r"(?:down\s+)?as\s+(?:the\s+|our\s+)?assessor\b",
    _I,
)
_SAYS_HOLDS = re.compile(
    r"\b(?:say|saying|claim|claiming|state|stating|tell\s+(?:acsa|them|the\s+\w+)|write|"
    r"put(?:\s+it)?\s+down|report|mark|pretend|act like)\s+(?:that\s+)?(?:(?:my|our|the|his|"
    r"her)\s+\w+|he|she|they|i|we|\w+)\s*(?:'s|'ve|\s+has|\s+have|\s+had|\s+holds?|\s+took|\s+did|"
    r"\s+completed|\s+passed|\s+finished|\s+got)\s+(?:\w+\s+){0,3}?(?:course|phsm|sehsm|"
    r"certificate|cert|certification|ticket|training|card)\b",
    _I,
)
# The message says the person does not hold the course, or that nobody would check.
_LACKS = re.compile(
    r"\b(?:hasn'?t|has not|haven'?t|have not|never|not yet)\b(?:\s+\w+){0,3}?\s+(?:taken|"
    r"done|got|gotten|finished|completed|passed|took|had)\b|"
    r"\b(?:doesn'?t have|does not have|don'?t have|without|no)\s+(?:\w+\s+){0,3}?(?:course|"
    r"phsm|sehsm|certificate|cert|ticket|training)\b|"
    r"\b(?:nobody|no one|no-one)\b(?:\s+\w+){0,3}?\s+(?:has|have|holds?|took|taken|checks?|"
    r"looks?|notices?|will know)\b|"
    r"\b(?:doubt|don'?t think|bet)\s+(?:that\s+)?(?:acsa|they|anyone|anybody|wcb)\s+"
    r"(?:\w+\s+)?(?:checks?|looks?|verif\w*|notices?|cares?)\b|"
    r"\b(?:acsa|they|anyone|wcb)\s+(?:won'?t|wont|never|don'?t|doesn'?t|will never)\s+"
    r"(?:\w+\s+)?(?:check|notice|know|verify|find out|look)\b",
    _I,
)
# Looking ahead: the person is to take the course first.
_AFTER_COURSE = re.compile(
    r"\b(?:if|once|when|after|as soon as|until)\s+(?:he|she|they|\w+)\s+(?:takes|has taken|"
    r"finishes|has finished|completes|has completed|gets|has|does|passes)\b",
    _I,
)

# Legal strategy: legal words, or arguing to win a claim or an appeal.
_LEGAL = re.compile(
    r"\blegal\s+(?:arguments?|advice|strategy|strategies|options|grounds|loopholes?|angles?|"
    r"case|defen[cs]e|action|route)\b|"
    r"\b(?:sue|suing|lawsuit|litigat\w*)\b|"
    r"\b(?:get|hire|need|call|talk to)\s+(?:a\s+|my\s+|our\s+)?(?:lawyer|attorney)\b(?=.*\bclaim)|"
    r"\b(?:arguments?|argue|say|tell|present|claim)\b(?:\s+\w+){0,6}?\s+(?:at|in|during|for|to)\s+"
    r"(?:the\s+|my\s+|our\s+|an?\s+)?(?:appeals?|hearing|tribunal|review|appeals commission|"
    r"dispute)\b(?=.*\b(?:claim|wcb|decision|win|overturn\w*)\b)|"
    r"\b(?:overturn\w*|beat|win|fight|kill|deny|get rid of|throw out|thrown out|reverse\w*)\s+"
    r"(?:\w+\s+){0,3}?(?:the\s+|his\s+|her\s+|their\s+|this\s+|that\s+|a\s+)?(?:wcb\s+)?"
    r"(?:claim|appeal|case)\b|"
    r"\b(?:claim|appeal|decision)\s+(?:\w+\s+){0,2}?(?:overturned|thrown out|reversed|denied)\b",
    _I,
)


def asks_evaluation_answers(text: str) -> bool:
    """Whether TEXT asks the bot to produce the answers of the employer's own evaluation."""
    return bool(_EVALUATION_ANSWERS.search(text) or _ANSWERS_TO_PUT.search(text))


def asks_false_course(text: str) -> bool:
    """Whether TEXT asks to record a person as the assessor, or as holding a course, while
    it says he does not hold it (or that nobody would check)."""
    named = _PUT_AS_ASSESSOR.search(text) or _SAYS_HOLDS.search(text)
    if not named or not _LACKS.search(text):
        return False
    return _SAYS_HOLDS.search(text) is not None or not _AFTER_COURSE.search(text)


def asks_legal_strategy(text: str) -> bool:
    """Whether TEXT asks for legal advice or how to win, fight or overturn a claim or appeal."""
    return _LEGAL.search(text) is not None


def evaluation_refusal() -> Answer:
    """A polite refusal to fill in the employer's evaluation, and what the bot can do."""
    c = contacts()
    text = (
        "Sorry, I can't do that. The evaluation has to be your company's own: it is completed "
        "by your assessor, who needs their own certificate of the management course, from what "
        "your company really does and keeps. I can explain what ACSA's pages say about an "
        f"element or a step of the process; the COR department can help too ({c.phone}, "
        f"{c.email})."
    )
    return Answer(text, "manipulation", 1.0, (), "refusal")


def legal_refusal() -> Answer:
    """A polite refusal of legal advice on a claim or an appeal, pointing elsewhere."""
    c = contacts()
    text = (
        "Sorry, I can't help with that. I answer questions about ACSA's SECOR program only, "
        "and I can't give legal advice or help argue a WCB claim or an appeal. WCB itself or "
        "a lawyer can advise you on a claim. For SECOR questions, the COR department is at "
        f"{c.phone} or {c.email}."
    )
    return Answer(text, "offtopic", 1.0, (), "refusal")


def refused_request(text: str) -> Answer | None:
    """The refusal of TEXT if it asks for one of the module's three things, else None."""
    if assessor_named_falsely(text) or answers_without_evidence(text):
        return None  # round 19's narrower readings say more (bot.deceive): their refusal
    if asks_evaluation_answers(text):
        return evaluation_refusal()
    if asks_false_course(text) and deception(text) is None:
        # (a made-up or another's name is refused by bot.deceive, which says so)
        return misstatement_refusal(text=text)  # courses must show who really holds them
    if asks_legal_strategy(text):
        return legal_refusal()
    return None
