"""A claim the asker states about a fact the pages give, checked first (issue 11, round 17).

Employers often ask by stating what they believe and asking to have it confirmed: "SECOR's
good for five years, right?", "my buddy says it gets you 50% back", "ACSA makes up its own
standards, doesn't it?", "we'll skip this year's maintenance, do we still get the refund?".
The general rule: when a message states a value or an assertion about something the pages
state (how long a SECOR lasts, the refund's size, who sets the standard, Energy Safety
Canada's assessor course, what the yearly maintenance keeps, whether more paper scores
better), the pages' fact is the answer, opened with "No" when the claim differs from it and
"Yes" when it agrees.

A claim is read as parts: what it is about (``subject``) and the value or assertion said of
it. Numbers are compared with the pages' number; the other claims are assertions the pages
contradict. A plain question that states nothing ("how long is SECOR good for?") is left to
the other routes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.answers import Answer, compose

_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "fifty": 50,
    "forty": 40,
    "thirty": 30,
    "twenty": 20,
    "fifteen": 15,
    "twenty-five": 25,
}
_WORDS = "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
_NUM = r"(?P<n>\d{1,3}|" + _WORDS + r")"
_NUM2 = r"(?P<m>\d{1,3}|" + _WORDS + r")"  # the same, in a pattern's second alternative


def _number(word: str) -> int:
    """The number WORD says ("five", "5")."""
    return int(word) if word.isdigit() else _WORD_NUMBERS[word.lower()]


@dataclass(frozen=True)
class Claim:
    """One kind of claim: what it is about, how its value is read, and the pages' answer."""

    name: str
    subject: re.Pattern[str]
    # the value stated; a claim with the group "n" is compared with TRUE_VALUE
    stated: re.Pattern[str]
    topic: str
    facts: tuple[str, ...]
    no: str
    yes: str = ""
    true_value: int | None = None
    # words that show the message asks something else of the same subject
    unless: re.Pattern[str] | None = None
    about_esc: bool = False
    # what the pages do not say of the claim's subject, said after its facts (round 24)
    silent: str = ""


def _re(text: str) -> re.Pattern[str]:
    return re.compile(text, re.IGNORECASE)


_SECOR = r"\b(?:secor|certificate|cert|certification|it)\b"
_ACSA = r"(?:acsa|alberta construction safety(?: association)?)"
_ESC = r"(?:esc|energy safety(?: canada)?|enform)"
_WCB = r"(?:wcb|workers'? ?comp\w*|compensation board)\b"

CLAIMS: tuple[Claim, ...] = (
    # Round 27: beliefs about the program's organisations and prerequisites, checked by the
    # subject they are about (which organisation, who the assessor may be, the WCB account),
    # whatever frame carries them ("someone told me", "friend says", "..., right?").
    Claim(
        "esc_is_acsa",  # "ESC and ACSA are the same thing?", "isn't ACSA just part of ESC"
        _re(rf"\b{_ACSA}\b[^.?!]*\b{_ESC}\b|\b{_ESC}\b[^.?!]*\b{_ACSA}\b"),
        _re(
            r"\bsame\s+(?:thing|outfit|organi[sz]ations?|org|people|group|company|association|"
            r"body|crowd|guys)\b|\b(?:are|is|'re|r)\s+(?:\w+\s+){0,2}?(?:the same|identical|"
            r"one and the same)\s*(?:[?.!,]|$)|\b(?:part of|branch of|run by|owned by|renamed|"
            r"merged (?:with|into)|(?:an)?other name for|new name (?:of|for))\s+(?:the\s+)?"
            + rf"(?:{_ACSA}|{_ESC})\b|\b(?:two|different) names\b"
        ),
        "compare_acsa_esc",
        ("acsa-name", "esc-qa"),
        no="No. They are two separate organisations, each with its own SECOR program: ACSA is "
        "the Alberta Construction Safety Association, and Energy Safety Canada runs its SECOR "
        "by its own procedure and rules. ",
        about_esc=True,
        # the two programs' rules compared ("same deadlines for ESC and ACSA?"): the table
        unless=_re(
            r"\b(?:rules?|requirements?|deadlines?|courses?|training|elements?|audits?|fees?|"
            r"process|steps?|pass marks?|scor\w*|submissions?|forms?|tools?)\b"
        ),
    ),
    Claim(
        "assessor_from_acsa",  # "the assessor has to be somebody that works for ACSA"
        _re(r"\b(?:assessors?|auditors?|evaluators?)\b"),
        _re(
            r"\b(?:works?|working|worked|employed|hired|paid|sent|on staff|staff|employees?)\s+"
            rf"(?:\w+\s+){{0,2}}?(?:for|by|from|at|with|of)\s+(?:the\s+)?{_ACSA}\b|"
            rf"\b(?:somebody|someone|person|guy|one)\s+(?:from|at|with|of)\s+(?:the\s+)?{_ACSA}\b|"
            rf"\b{_ACSA}(?:'s|s)?\s+(?:own\s+)?(?:staff|employees?|people|person|guys?|personnel)\b|"
            r"\b(?:must|has to|have to|needs? to|got to|gotta|should|supposed to)\s+be\s+"
            rf"(?:an?\s+)?{_ACSA}\s+(?:assessor|auditor)\b"
        ),
        "assessor",
        ("assessor-who",),
        no="No. ",
        unless=_re(
            rf"\b{_ESC}\b|\b(?:done|completed|carried out|performed) by\b|\b(?:pretend|act as)\b"
        ),
    ),
    Claim(
        "no_wcb_needed",  # "friend says SECOR means you don't need WCB anymore"
        _re(r"\b(?:secor|cor|certificate|cert|certified)\b"),
        _re(
            r"\b(?:don'?t|dont|do not|doesn'?t|does not|no longer|not|never|won'?t|wont|"
            r"wouldn'?t)\s+(?:\w+\s+){0,2}?(?:need|require|have to (?:have|keep|carry)|keep|"
            r"carry)\w*\s+(?:\w+\s+){0,2}?" + _WCB + r"|\b(?:replaces?|replacing|instead of|"
            r"substitutes? for|in place of|without|drop|cancel|get rid of|exempts? (?:\w+ )?from|"
            r"opt out of)\s+(?:\w+\s+){0,2}?" + _WCB
        ),
        "wcb",
        ("step-wcb",),
        no="No. ",
    ),
    Claim(
        "skip_maintenance_refund",  # "if we skip this year's maintenance, still get the refund?"
        _re(r"\b(?:refunds?|rebates?|pir|certificate|cert|secor)\b"),
        _re(
            r"\b(?:skip\w*|miss\w*|not do\w*|don'?t do|pass on|ignore|forget|forgo|drop|"
            r"without (?:doing )?(?:the |our |this year'?s )?)\b[^.?!]{0,30}\bmaintenance\b"
            r"(?=[^?]*\b(?:still|keep|get|refunds?|rebates?|valid|ok|okay|fine)\b)|"
            r"\bmaintenance\b[^.?!]{0,40}\b(?:is|'s|are) (?:just |only )?(?:optional|not (?:needed|"
            r"required|necessary|mandatory))\b"
        ),
        "validity",
        ("validity",),
        no="No. The yearly maintenance is required, not optional. ",
    ),
    Claim(
        "validity_years",  # "SECOR's good for five years, right?", "it lasts 2 yrs"
        _re(_SECOR),
        _re(
            r"\b(?:good|valid|lasts|last(?= for| about| like)|expires?|runs?|renew\w*)\b"
            r"[^.?!]{0,25}?\b"
            r"(?:for |after |every |in )?(?:about |like )?" + _NUM + r"[- ]?(?:years?|yrs?)\b|"
            r"\b" + _NUM2 + r"[- ](?:years?|yrs?)(?: of)? (?:validity|certificate|cert)\b"
        ),
        "validity",
        ("validity",),
        no="No. ",
        yes="Yes. ",
        true_value=3,
        unless=_re(
            r"\b(?:records?|training|course|ticket|first aid|employees?|workers?|months?|ago|"
            r"since)\b"
        ),
    ),
    Claim(
        "forget_until_renewal",  # "once we have it we can forget about it until it expires"
        _re(_SECOR),
        _re(
            r"\b(?:forget about it|nothing (?:else )?(?:to do|needed|required)|"
            r"(?:no|don'?t need (?:any|to do)?) (?:\w+ )?(?:maintenance|paperwork|work)|"
            # "done for good", "done until renewal"; not "courses to have done for SECOR"
            r"set (?:it )?and forget|done (?:with it )?(?:until|till|for (?:good|life|years|"
            r"the next|\d|three|3|a few)))\b"
        ),
        "validity",
        ("validity",),
        no="No. ",
    ),
    Claim(
        "refund_percent",  # "my buddy says 50% back on premiums", "a 10 percent rebate?"
        _re(r"\b(?:refunds?|rebates?|(?:money|premiums?) back|back on|premiums?|pir|discount)\b"),
        _re(
            r"(?<![\d.])" + _NUM + r"\s*(?:%|percent|per cent|pct)(?!\w)"
            r"(?![^.?!]{0,30}\b(?:employees?|workers?|staff|time)\b)"
        ),
        "pir",
        ("pir-refund-amount",),
        # a test score, or the refund worked out for one employer (the pages do not say)
        unless=_re(
            r"\b(?:pass\w*|score\w*|marks?|grade|audit result|calculat\w*|worked out|formula|"
            r"exactly|first year)\b"
        ),
        no="Not quite. ",
        yes="Yes, at most. ",
        true_value=20,
    ),
    Claim(
        "own_standards",  # "ACSA just makes up its own standards, doesn't it?"
        _re(r"\b(?:standards?|rules|criteria|requirements)\b"),
        _re(
            r"\b(?:acsa|they|the association)\b[^.?!]{0,30}\b(?:make|makes|made|making|invent\w*|"
            r"set|sets|write|writes|decide|decides|come up with|comes up with)\b[^.?!]{0,20}\b"
            r"(?:own|up)\b|"
            r"\b(?:acsa|their)(?:'s)? own (?:standards?|rules|criteria)\b"
        ),
        "secor_vs_cor",
        ("secor-pir-standard",),
        no="No. ",
    ),
    Claim(
        "esc_assessor_course",  # "for the ESC SECOR my assessor needs PHSM like ACSA's, right?"
        _re(r"\b(?:esc|energy safety|enform|mecor)\b"),
        _re(
            r"\b(?:assessors?|auditors?)\b[^.?!]{0,60}\b(?:phsm|principles of health|"
            r"small employer (?:health|course)|secor course|acsa(?:'s)? course)\b|"
            r"\b(?:phsm|principles of health|small employer (?:health|course))\b[^.?!]{0,60}\b"
            r"(?:assessors?|auditors?)\b"
        ),
        "esc_training",
        ("esc-training",),
        no="No. ",
        about_esc=True,
    ),
    Claim(
        "more_paper_better",  # "more paper means a better score?", "send everything we have"
        _re(
            r"\b(?:documents?|paper|papers|paperwork|files?|records?|stuff|everything|more|"
            r"binders?|submissions?|package)\b"
        ),
        _re(
            r"\b(?:more|bigger|extra)\b[^.?!]{0,30}\b(?:better|higher|helps?|impress\w*|"
            r"score|marks?|points?|looks? good)\b|"
            r"\b(?:every|all (?:the|of our|our))\s+(?:single\s+)?(?:documents?|papers?|files?|"
            r"records?)\s+(?:we|i)\s+(?:own|have|got)\b"
        ),
        "how_to_submit",
        ("submit-only-requested", "submit-sample-size", "submit-organise"),
        no="No. ",
    ),
    # Round 24: beliefs of beginners, each answered by what the pages say of its subject.
    Claim(
        "same_as_cor",  # "SECOR and COR are the same certificate, just two names?"
        # both named in one sentence ("where do I send the secor? ... cor in 2015 ... same
        # thing?" compares the mailing, not the certificates)
        _re(r"\bsecor\b[^.?!]*\bcor\b|\bcor\b[^.?!]*\bsecor\b"),
        _re(
            # said to be one thing: "are the same certificate", "two names for it"
            r"\b(?:are|is|'re|'s|being|were)\s+(?:\w+\s+){0,2}?(?:the same|identical|"
            r"one and the same|interchangeabl\w*)\b|\bsame thing\b|\bno difference\b|"
            r"\b(?:two|2|different) names?\b|\b(?:another|other|just a|the) name for\b"
        ),
        "secor_vs_cor",
        ("headcount-limit", "headcount-over-ten-cor", "secor-vs-cor-elements"),
        no="No, they are not the same certificate. ",
        unless=_re(r"\b(?:elements?|same time|\d+\s+(?:people|guys|employees|workers|staff))\b"),
    ),
    Claim(
        "acsa_evaluates",  # "is the evaluation done by somebody from ACSA who comes out?"
        _re(r"\b(?:evaluat\w*|assess\w*|audit\w*)\b"),
        _re(
            # who does the evaluation, believed to be ACSA: "is the evaluation done by someone
            # from ACSA", "ACSA does the audit, right?" (a visit alone is a silence of its own)
            r"\b(?:done|completed|carried out|performed|conducted|filled (?:in|out)|evaluated|"
            r"audited|assessed)\s+by\s+(?:\w+\s+){0,3}?acsa\b|"
            r"\bacsa\s+(?:\w+\s+){0,2}?(?:does|do|did|doing|completes?|conducts?|performs?|"
            r"fills? (?:in|out))\s+(?:the|our|my|an?)\s+(?:evaluation|audit|assessment)\b"
        ),
        "assessor",
        ("assessor-who", "qa-analyst"),
        no="As ACSA's pages describe it, the evaluation is done by your assessor, and ACSA "
        "reviews what you send. ",
        silent="whether anyone from ACSA visits your work site",
        unless=_re(r"\b(?:esc|energy safety|enform)\b"),
    ),
    Claim(
        "retype_paper",  # "records in a shoebox, do I have to type them all out?"
        _re(
            r"\b(?:paper|shoebox|box|binder|handwritten|hand-?written|by hand|hard ?cop\w*|"
            r"notebook|filing cabinet|records?|forms?|sheets?|re-?typ\w*|transcrib\w*)\b"
        ),
        _re(
            r"\b(?:re-?type|type|key)(?:s|d|ing)?\b(?!\s+of\b)\s+(?:\w+\s+){0,3}?"
            r"(?:out|up|in|into (?:the |a )?(?:computer|word|excel|pc|laptop))\b|"
            r"\b(?:re-?type|transcrib\w*)\w*\b|"
            r"\b(?:type|put|get|enter)\w*\s+(?:\w+\s+){0,3}?(?:on|onto|into) (?:the |a )?"
            r"(?:computer|pc|laptop|word|excel)\b"
        ),
        "electronic_only",
        ("submit-electronic-only",),
        no="No need to type them out: send them electronically. ",
    ),
)


def _applies(claim: Claim, text: str) -> re.Match[str] | None:
    """The claim's stated value in TEXT, when TEXT states CLAIM."""
    if claim.unless is not None and claim.unless.search(text):
        return None
    if not claim.subject.search(text):
        return None
    return claim.stated.search(text)


def _opening(claim: Claim, found: re.Match[str]) -> str:
    """ "No." or "Yes." as the stated value differs from the pages' or agrees."""
    groups = found.groupdict()
    value = groups.get("n") or groups.get("m")
    if claim.true_value is None or value is None:
        return claim.no
    return claim.yes if _number(value) == claim.true_value else claim.no


def checked_claims(text: str) -> list[tuple[Claim, str]]:
    """The claims TEXT states, each with how its answer opens."""
    found: list[tuple[Claim, str]] = []
    for claim in CLAIMS:
        match = _applies(claim, text)
        if match is not None and all(c.facts != claim.facts for c, _ in found):
            found.append((claim, _opening(claim, match)))
    return found


def claim_answer(text: str) -> Answer | None:
    """The pages' facts answering the claims TEXT states, opened with "No"/"Yes"; None when
    it states none."""
    found = checked_claims(text)
    if not found:
        return None
    claim, opening = found[0]
    fact_ids = list(dict.fromkeys(f for c, _ in found for f in c.facts))
    answer = compose(claim.topic, fact_ids, 0.6, about_esc=claim.about_esc, silent=claim.silent)
    return replace(answer, answer=f"{opening}{answer.answer}")
