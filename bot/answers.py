"""Turns facts into answers: at most 1,200 characters, each with its sources."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from bot.headcount import HeadCount
from bot.lexicon import Intent, intents, lexicon
from bot.mentions import LIMIT  # the one definition, where counts are read
from bot.misstate import about_the_count
from bot.schedule import part_time_schedule
from knowledge.facts import Citation, Fact, citation, contacts, fact

MAX_ANSWER_CHARS = 1200

AnswerKind = Literal["answer", "eligibility", "unknown", "refusal", "smalltalk"]


@dataclass(frozen=True)
class Answer:
    """What the bot says, on which topic, how sure it is, and the sources it cites."""

    answer: str
    topic: str
    confidence: float
    sources: tuple[Citation, ...] = field(default=())
    kind: AnswerKind = "answer"

    def as_dict(self) -> dict[str, Any]:
        """The JSON object of the ask contract."""
        return {
            "answer": self.answer,
            "topic": self.topic,
            "confidence": round(self.confidence, 3),
            "sources": [s.as_dict() for s in self.sources],
            "kind": self.kind,  # added: "eligibility" when it gives a head count's verdict
        }


ESC = "Energy Safety Canada"
ESC_ASIDE = "Aside, for Energy Safety Canada's own SECOR program (not ACSA's):"


def compose(
    topic: str,
    fact_ids: Sequence[str],
    confidence: float,
    lead: str = "",
    note: str = "",
    kind: AnswerKind = "answer",
    *,
    about_esc: bool = False,
    silent: str = "",
    limit: int = MAX_ANSWER_CHARS,
    priority: Sequence[str] = (),
) -> Answer:
    """An answer from LEAD, the facts in order and NOTE, cut to LIMIT by dropping facts
    (those of PRIORITY, the question's own parts, are dropped last).

    ACSA's facts come first. Energy Safety Canada's facts follow as a labelled aside,
    unless the question is ABOUT_ESC. SILENT names what ACSA's pages do not say: the
    answer says so and points to the COR department.
    """
    items = list(dict.fromkeys(fact(i) for i in fact_ids))
    acsa = [f for f in items if f.authority != ESC]
    esc = [f for f in items if f.authority == ESC]
    chosen: list[Fact] = []
    parts = [lead] if lead else []
    required = [silent_sentence(silent)] if silent and not about_esc else []
    if about_esc:
        ordered = [(f, f.statement) for f in esc] + [(f, _sentence(f)) for f in acsa]
    else:
        ordered = [(f, _sentence(f)) for f in acsa]
        if required:
            chosen.extend(silent_facts())
        ordered += [(f, f"{ESC_ASIDE} {f.statement}") for f in esc]
    # the facts of PRIORITY (a question's own parts) are kept first, the rest as room allows;
    # the order of the answer stays: ACSA's facts, then Energy Safety Canada's, labelled
    wanted = set(priority)
    room = limit - _length([*parts, note, *required]) - 1
    kept: set[str] = set()
    for item, sentence in sorted(ordered, key=lambda pair: pair[0].id not in wanted):
        if len(sentence) + 1 <= room or not kept:
            kept.add(item.id)
            room -= len(sentence) + 1
    placed_silent = not required
    for item, sentence in ordered:
        if not placed_silent and item.authority == ESC:
            parts += required
            placed_silent = True
        if item.id not in kept:
            continue
        parts.append(sentence)
        chosen.append(item)
    if not placed_silent:
        parts += required
    if note and _length([*parts, note]) <= limit:
        parts.append(note)
    text = _join(parts)
    return Answer(text[:limit], topic, confidence, _citations(chosen), kind)


def cut_at_sentence(text: str, budget: int, *, min_end: int = 1) -> str | None:
    """TEXT when it fits in BUDGET characters, else cut after its last sentence end within
    BUDGET (one ending at MIN_END or later); None when there is no such end (each caller
    says what stands in then)."""
    if len(text) <= budget:
        return text
    cut = text[:budget]
    end = max(cut.rfind(". "), cut.rfind("? "), cut.rfind("! "))
    return cut[: end + 1] if end >= min_end else None


def _sentence(item: Fact) -> str:
    return f"Note: {item.statement}" if item.is_superseded else item.statement


def silent_sentence(what: str) -> str:
    """ "ACSA's pages do not say WHAT; the COR department can tell you: ..." """
    c = contacts()
    return (
        f"ACSA's pages do not say {what}; the COR department can tell you: call {c.phone} "
        f"or email {c.email}."
    )


def silent_facts() -> list[Fact]:
    """The facts a 'pages do not say' sentence cites: the contacts and the advice to ask."""
    c = contacts()
    return [fact("acsa-silent"), c.phone_fact, c.email_fact]


def _length(parts: Iterable[str]) -> int:
    return len(_join(parts))


def _join(parts: Iterable[str]) -> str:
    return " ".join(p for p in parts if p)


def _citations(chosen: Iterable[Fact]) -> tuple[Citation, ...]:
    seen: dict[tuple[str, str], Citation] = {}
    for item in chosen:
        cite = citation(item)
        seen.setdefault((cite.id, cite.section), cite)
    return tuple(seen.values())


def answer_intent(
    intent: Intent,
    confidence: float,
    lead: str = "",
    *,
    about_esc: bool = False,
    extra: Sequence[str] = (),
    silent: str = "",
) -> Answer:
    """The standard answer of an intent; EXTRA facts (from the question's parts) come first."""
    if intent.kind == "smalltalk":
        return compose(intent.id, intent.facts, confidence, lead=intent.note, kind="smalltalk")
    return compose(
        intent.id,
        [*extra, *intent.facts],
        confidence,
        lead=lead,
        note=intent.note,
        about_esc=about_esc,
        silent=silent or intent.silent,
        priority=extra,
    )


def cannot_answer(confidence: float = 0.0, topic: str = "unknown") -> Answer:
    """The reply when the knowledge base has no answer: points to the COR department."""
    c = contacts()
    text = (
        "Sorry, I can't answer that from the SECOR information I have: ACSA's pages do not say. "
        f"The COR department can help: call {c.phone} or email {c.email}."
    )
    return Answer(text, topic, confidence, (), "unknown")


def refusal(manipulative: bool, confidence: float = 1.0) -> Answer:
    """A short, polite refusal for off-topic or manipulative messages."""
    c = contacts()
    if manipulative:
        text = (
            "Sorry, I can't do that. I only answer questions about SECOR from ACSA's published "
            "information, and I can't approve, certify or change anything. Submissions are "
            f"decided by the COR department ({c.phone}, {c.email})."
        )
        return Answer(text, "manipulation", confidence, (), "refusal")
    text = (
        "Sorry, I can only help with questions about ACSA's SECOR program. For anything else "
        f"about SECOR, the COR department is at {c.phone} or {c.email}."
    )
    return Answer(text, "offtopic", confidence, (), "refusal")


def misstatement_refusal(confidence: float = 1.0, text: str = "") -> Answer:
    """A polite refusal to hide workers or misstate the count or the records, and why
    (TEXT, the message: a statement about courses or records is answered about those)."""
    c = contacts()
    if text and not about_the_count(text):
        said = (
            "Sorry, I can't help with that. What a company tells ACSA has to be true: courses, "
            "records and signatures must show what was really done, by whom and when. The "
            "honest way is to send the records you really have and, for what did not happen, "
            "to start doing it now and keep its records. If something is missing, the COR "
            f"department can tell you what to do ({c.phone}, {c.email})."
        )
        return Answer(said, "manipulation", confidence, (), "refusal")
    text = (
        "Sorry, I can't help with that. What a company tells ACSA has to be true: everyone "
        "covered by your WCB account counts toward the 10, however they are paid, and records "
        "must show what was done and when it was done. If you are over 10, a full COR is the "
        f"way; the COR department can talk it through with you ({c.phone}, {c.email})."
    )
    return Answer(text, "manipulation", confidence, (), "refusal")


# --- eligibility --------------------------------------------------------------------------


def category_lead(categories: Sequence[str]) -> str:
    """'Yes: family members count toward the 10.' for the categories the question names."""
    labels = {c.id: c.label for c in lexicon().categories}
    counted = [labels[c] for c in categories if c != "contractor"]
    lead = ""
    if counted:
        lead = f"Yes: {_and(counted)} count toward the 10."
    if "contractor" in categories:
        lead = _join(
            [
                lead,
                "The rule counts everyone covered by your WCB account; the pages don't say "
                "anything specific about subcontractors, so check with the COR department if "
                "they are not on your account.",
            ]
        )
    return lead


def _and(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def left_out_answer(
    categories: Sequence[str], confidence: float = 0.9, total: int | None = None
) -> Answer:
    """ "can I leave my summer guys off the count?": no, they count, and the rule why; with
    the TOTAL the message gives, the count they stay in ("counting me it's eleven")."""
    labels = {c.id: c.label for c in lexicon().categories}
    named = [labels[c] for c in categories if c != "contractor"]
    lead = (
        f"No \u2014 {_and(named)} count toward the 10 like everyone else on your WCB account, "
        "so they cannot be left out of the head count."
        if named
        else "No \u2014 everyone covered by your WCB account counts toward the 10, so no one on it "
        "can be left out of the head count."
    )
    if "contractor" in categories:
        lead = _join([lead, category_lead(["contractor"])])
    if total is not None:
        where = (
            f"over the limit of {LIMIT}, so not eligible for SECOR"
            if total > LIMIT
            else f"within the limit of {LIMIT}"
        )
        lead = _join([lead, f"Your count stays at {total}: {where}."])
    intent = intents()["who_counts"]
    return compose(intent.id, intent.facts, confidence, lead=lead)


def told_answer(categories: Sequence[str], confidence: float = 0.9) -> Answer:
    """ "do I need to mention the summer students?", "what if we forget someone?": everyone on
    the WCB account counts, so everyone belongs in the head count given."""
    labels = {c.id: c.label for c in lexicon().categories}
    named = [labels[c] for c in categories if c != "contractor"]
    lead = (
        f"{_and(named)[:1].upper()}{_and(named)[1:]} count toward the 10 like everyone else on "
        "your WCB account, so they belong in the head count you give ACSA."
        if named
        else "Everyone covered by your WCB account counts toward the 10, so everyone on it "
        "belongs in the head count you give ACSA, none left out."
    )
    intent = intents()["who_counts"]
    return compose(intent.id, intent.facts, confidence, lead=lead)


# "how many staff max", "the size rule", "what's the employee limit": the limit itself asked.
_ASKS_LIMIT = re.compile(
    r"\bhow many (?:\w+ )?(?:staff|employees?|people|workers?|guys|men)\b.{0,20}\b(?:max\w*|"
    r"allowed|can (?:we|i|you) have|limit|cap|at most|tops)\b|\b(?:size|head ?count|staff|"
    r"employee|people) (?:rule|limit|cap|max\w*)\b|\bmax(?:imum)? (?:number of )?(?:staff|"
    r"employees|people|workers|head ?count)\b",
    re.IGNORECASE,
)
# The employer's size asked in its own words, no count given (round 20): "how small do u
# have to be", "how big can a company get and still do secor", "what size of business".
_EMPLOYER = (
    r"(?:u|you|ya|we|i|a company|the company|my company|our company|your company|ur company|"
    r"a business|the business|our business|an employer|the employer|an outfit|a firm|a crew|"
    r"our crew|an operation|a shop|our shop)"
)
_ASKS_SIZE = re.compile(
    r"\bhow\s+(?:small|big|large)\s+(?:do|does|must|can|could|should|would|will|has|have|is|"
    rf"are|may)(?:n'?t)?\s+{_EMPLOYER}\b|"
    r"\bwhat\s+size\s+(?:of\s+)?(?:a\s+)?(?:company|business|employer|firm|outfit|crew|"
    r"operation|shop)s?\b|\b(?:company|business|employer|firm)\s+size\b|"
    r"\bsize\s+(?:requirements?|restrictions?|cut-?offs?|criteria|rules?)\b",
    re.IGNORECASE,
)


def asks_size(question: str) -> bool:
    """Whether QUESTION asks the size limit in its own words (no count needed)."""
    return _ASKS_LIMIT.search(question) is not None or names_size(question)


def names_size(question: str) -> bool:
    """Whether QUESTION asks how small or big an employer may be ("how small do u have to
    be", "what size of company"): the limit, whatever topic the intent model ranks first."""
    return _ASKS_SIZE.search(question) is not None


# Energy Safety Canada named (the one pattern; bot.asked_fact reads it too).
NAMES_ESC = re.compile(r"\b(?:energy safety canada|esc|enform)\b", re.IGNORECASE)


def limit_answer(question: str, confidence: float) -> Answer | None:
    """The size limit, when QUESTION asks it with no count of its own ("is ESC's SECOR the same
    size rule as ACSA, how many staff max"): ACSA's limit, and Energy Safety Canada's when it
    is named (its procedure states the same cap), labelled."""
    if not asks_size(question):
        return None
    ids = [
        "headcount-limit",
        "headcount-who-counts",
        "headcount-over-ten-cor",
        "headcount-earlier-wording",
    ]
    lead = f"The limit is {LIMIT} people at any given time."
    if NAMES_ESC.search(question):
        ids.append("esc-headcount")
        lead = (
            f"The limit is {LIMIT} people at any given time, for ACSA and for Energy Safety Canada."
        )
    return compose("over_ten", ids, confidence, lead=lead, kind="eligibility")


# A compensation account other than an active Alberta WCB one: another province's board, or
# none ("we only have a BC WorkSafe account", "we're Ontario based with WSIB", "no WCB yet").
_OTHER_ACCOUNT = re.compile(
    r"\b(?:work ?safe ?bc|bc work ?safe|worksafe|wsib|wsbc|cnesst|wcb (?:sask\w*|manitoba|bc|"
    r"ontario|nb|ns|pei|nl|yukon|nwt)|(?:sask\w*|manitoba|bc|b\.c\.|ontario|quebec|yukon|nwt|"
    r"out of province|out-of-province|other province'?s?) (?:wcb|worksafe|account|board|coverage|"
    r"company|business|outfit|based)|(?:need|needs|require[sd]?|have to have|must have)(?: an?)? "
    r"(?:active )?(?:alberta )?wcb(?: account)? (?:before|first|to start|to get|to apply)|"
    r"(?:no|without|don'?t have|do not have|never had|haven'?t got)"
    r"(?: an?| any)? (?:alberta )?wcb(?: account)?|(?:inactive|closed|suspended|lapsed) wcb|"
    r"(?:haven'?t|have not|not yet|never|didn'?t|did not)(?: \w+){0,3}? (?:set(?:ting)? up|setup|"
    r"open(?:ed|ing)?|register(?:ed|ing)?|sign(?:ed)? up|appl(?:y|ied) for|got(?:ten)?)"
    r"(?: (?:for|with))?(?: an?| our| the)? (?:alberta )?wcb)\b",
    re.IGNORECASE,
)


_NO_ACCOUNT = re.compile(
    r"(?:no|without|don'?t|do not|never|haven'?t|inactive|closed|suspended|lapsed)\b", re.I
)


_NEEDS_ACCOUNT = re.compile(r"(?:need|require|have to|must)", re.I)


# The WCB account asked about beside membership: "do we need alberta wcb ... how do we join".
_WCB_TOO = re.compile(r"\bwcb\b", re.IGNORECASE)


# Whether ACSA membership is needed, or how to tell: "do we have to be ACSA members?", "we
# don't know if we're members".
_MEMBERSHIP = re.compile(r"\b(?:acsa )?members?(?:hip)?\b", re.IGNORECASE)
_ASKS_NEEDED = re.compile(
    r"\b(?:have to|need|needed|must|required|requirement|mandatory|do we|are we|is that|"
    r"how do (?:we|i) (?:know|find out|tell|check|become|get)|no idea|not sure|don'?t know)\b",
    re.IGNORECASE,
)


# Whether membership is needed, asked (then the answer opens "Yes"), not only how to tell.
_WHETHER_NEEDED = re.compile(
    r"\b(?:have to|need|needed|must|required|requirement|mandatory|matter|necessary)\b",
    re.IGNORECASE,
)


# The company's industry said to fall outside ACSA: "our WCB code isn't one of ACSA's",
# "ACSA doesn't cover landscaping", "we're not an automatic member": membership is decided
# by the WCB industry code, and an Associate Membership is open to the others.
_OUTSIDE_ACSA = re.compile(
    r"\b(?:wcb|industry|rate|classification)\s+(?:code|codes|class|classification)\b.{0,50}"
    r"\b(?:not|isn'?t|aren'?t|doesn'?t|don'?t|outside|other than)\b|"
    r"\b(?:not|isn'?t|aren'?t|doesn'?t|don'?t)\b.{0,30}\bacsa(?:'s)?\b.{0,25}\b(?:codes?|"
    r"industr(?:y|ies))\b|"
    r"\bacsa\b.{0,20}\b(?:doesn'?t|does not|don'?t|won'?t)\s+(?:cover|include|represent|"
    r"take)\b.{0,30}\b(?:industry|trade|code|our work|landscap\w*|us)\b|"
    # "we're not automatically acsa members", "we aren't members of ACSA"
    r"\bnot (?:an? )?automatic(?:ally)?\b.{0,25}\bmembers?\b|"
    r"\bnot (?:an? )?(?:acsa members?|members? of acsa)\b",
    re.IGNORECASE,
)


# A question to be answered yes or no: "is there still a way", "can we still", "could we".
_YES_NO = re.compile(
    r"(?:^|[.?!]\s+)(?:so |but |and )?(?:is|are|can|could|do|does|will|would|may)\b|"
    r"\b(?:is there|are there|can we|can i|could we|do we)\b",
    re.IGNORECASE,
)


def outside_acsa(question: str) -> bool:
    """Whether QUESTION says the company's industry code is not one of ACSA's."""
    return bool(_OUTSIDE_ACSA.search(question))


def membership_answer(
    question: str, confidence: float, count: HeadCount | None = None
) -> Answer | None:
    """Whether the company must be an ACSA member, when QUESTION asks it: yes (a step of the
    process), and how a company that is not an automatic member becomes one. The head count,
    when COUNT is one, follows."""
    outside = outside_acsa(question)
    if not outside and not (_MEMBERSHIP.search(question) and _ASKS_NEEDED.search(question)):
        return None
    opening = "Yes \u2014 your" if _WHETHER_NEEDED.search(question) or outside else "Your"
    if _WCB_TOO.search(question):  # "do we need alberta wcb? and how do we join acsa"
        start = opening.removesuffix("your")
        opening = f"{start}ACSA's steps start with an active Alberta WCB account, and your"
    lead = (
        f"{opening} company must be an ACSA member "
        "before SECOR. Whether you already are depends on the industry code on your WCB "
        "account; a company that is not an automatic member can become an Associate Member by "
        "paying a yearly fee."
    )
    counted = count is not None and not count.bare
    if outside:  # "our WCB code isn't one of ACSA's, is there still a way?": the way first
        yes = "Yes \u2014 a" if _YES_NO.search(question) and not counted else "A"
        lead = (
            f"{yes} company that is not an automatic ACSA member (the industry code on your WCB "
            "account decides that) can become an Associate Member by paying a yearly fee, as "
            "the earlier ACSA page says; ACSA membership is one of the steps before SECOR."
        )
    if count is not None and not count.bare:
        verdict = headcount_lead(count)[0]
        # "not automatic members, we're 7. eligible?": the verdict first, before the way in
        lead = f"{verdict} {lead}" if outside else f"{lead} {verdict}"
    return compose(
        "membership",
        ["step-membership", "membership-associate", "steps-list"],
        confidence,
        lead=lead,
        kind="eligibility",
    )


def wcb_account_answer(
    question: str, confidence: float, count: HeadCount | None = None
) -> Answer | None:
    """The WCB requirement first when QUESTION speaks of another province's account or none:
    the pages ask for an active Alberta WCB account and say nothing of other boards. The
    head count, when COUNT is one, follows."""
    found = _OTHER_ACCOUNT.search(question)
    if found is None:
        return None
    none = _NO_ACCOUNT.match(found.group(0))
    needed = _NEEDS_ACCOUNT.match(found.group(0))
    lead = (
        "Yes \u2014 ACSA's steps start with an active Alberta WCB account."
        if needed
        else "Not yet \u2014 ACSA's steps start with an active Alberta WCB account."
        if none
        else "Not on that account alone \u2014 ACSA's steps start with an active Alberta WCB "
        "account; the pages say nothing about accounts with other provinces' boards."
    )
    if count is not None and not count.bare:
        lead = f"{lead} {headcount_lead(count)[0]}"
    return compose(
        "wcb",
        ["step-wcb", "steps-list", "headcount-who-counts"],
        confidence,
        lead=lead,
        silent="" if none or needed else "whether an account with another province's board will do",
    )


# A course taken by someone who is not full-time: "can my part time girl do the first aid
# course", "does it count if a summer student takes the CSTS".
_COURSE = re.compile(
    r"\b(?:courses?|training|first aid|sfa|phsm|csts|rsts|ests|pcst|ticket|certificate)\b", re.I
)
_NOT_FULL_TIME = frozenset({"part_time", "temporary"})


def course_holder_answer(
    question: str, categories: Sequence[str], confidence: float
) -> Answer | None:
    """Who must hold the SECOR courses, when QUESTION asks whether someone who is not
    full-time (CATEGORIES) can take them for the company: the pages say full-time employees."""
    named = [c for c in categories if c in _NOT_FULL_TIME]
    schedule = part_time_schedule(question) if not named else None
    if (not named and schedule is None) or not _COURSE.search(question):
        return None
    labels = {c.id: c.label for c in lexicon().categories}
    held = _and([labels[c] for c in named]) + " are" if named else f"working {schedule} is"
    lead = (
        f"Not for the SECOR requirement \u2014 the pages ask for the courses to be held by "
        f"full-time employees, and {held} not full-time."
    )  # "I only work three days a week. If I take the courses, do they count?"
    return compose("courses", ["step-courses", "step-courses-split"], confidence, lead=lead)


def who_counts_answer(categories: Sequence[str], confidence: float) -> Answer:
    """Who counts toward the limit, starting with the categories the question named."""
    intent = intents()["who_counts"]
    return compose(intent.id, intent.facts, confidence, lead=category_lead(categories))


def eligibility_answer(
    count: HeadCount,
    categories: Sequence[str],
    confidence: float,
    topic: str = "eligibility",
    *,
    extra: Sequence[str] = (),
    silent: str = "",
    about_esc: bool = False,
    understood: str = "",
    esc_maintenance: bool = False,
) -> Answer:
    """The head-count verdict for the people the question counted, with the rule and what to do.

    ESC_MAINTENANCE: the question is about Energy Safety Canada's SECOR in a maintenance year;
    over the limit, the verdict is Energy Safety Canada's rule (it still takes that audit),
    labelled, and ACSA's rule follows.
    """
    total = count.total
    how = count.describe()
    counted = f"I count {how}." if any(g.who for g in count.groups) else f"I read that as {total}."
    if count.peak:
        counted = f"I count {how}; {PAST_YEAR}."
    if count.bound == "more_than":
        counted = f"You have more than {total - 1}."
    elif count.bound == "fewer_than":
        counted = f"You have fewer than {total + 1}."
    if count.unsure and count.bound == "exact":
        counted = f"I read {how}. Is that everyone, and is that right?"
        whether = [u for u in count.unsure if u.startswith("whether")]
        other = [u for u in count.unsure if not u.startswith("whether")]
        if whether:
            counted += f" I was not sure {'; or '.join(whether)}."
        counted += "".join(f" {u[:1].upper()}{u[1:]}." for u in other)
    # a peak read: the rule's window said with it (the limit's fact says it for the rest)
    leads = [_with_window(counted, count) if count.peak else counted]
    leads += [_note(n) for n in count.notes]
    today = total - count.planned
    grows_over = bool(count.planned) and count.bound == "exact" and total > LIMIT >= today
    if count.planned and count.bound == "exact" and not grows_over:
        leads.append(
            f"That includes the {count.planned} you plan to add: the limit holds at any time, "
            "so what matters is the most people you will have at once."
        )
    owner = ""
    if count.owner_unsure:
        if total == LIMIT:
            owner = (
                "If that doesn't include you, remember owners count too: with you it would be "
                f"{total + 1}, over the limit."
            )
        elif total < LIMIT:
            owner = "If that doesn't include you, add yourself: owners count too."
    if grows_over:
        # "we're 7 now but we'll hire 5 next spring": eligible today, over once they hire
        verdict = (
            f"Today, with {today}, you are within the limit of {LIMIT} for SECOR. With the "
            f"{count.planned} you plan to add you would be {total}: over the limit from then on, "
            "and SECOR looks at the most people you had at any time in the past 12 months."
        )
        facts = ["headcount-limit", "headcount-over-ten-cor", "headcount-who-counts"]
    elif total > LIMIT:
        verdict = ""
        facts = ["headcount-over-ten-cor", "headcount-limit", "headcount-who-counts"]
    else:
        verdict = (
            f" {LIMIT} is the limit, and {LIMIT} is allowed (the rule is no more than {LIMIT}): "
            "you are right at the limit, so one more person at any time would put you over."
            if total == LIMIT
            else ""
        )
        facts = ["headcount-limit", "headcount-who-counts", "headcount-over-ten-cor"]
    if grows_over:
        leads.insert(0, verdict)  # "Today, with 7, you are within ... over from then on"
        verdict = ""
    elif esc_maintenance and total > LIMIT and count.bound == "exact":
        leads.insert(0, _esc_maintenance_verdict(total))  # ESC's rule, labelled
        facts = ["esc-growth", *facts]
    else:
        leads.insert(0, verdict_line(count))
    leads += [verdict.strip(), owner, _room(count), category_lead(categories)]
    if understood:
        leads.insert(0, understood)
    facts.append("headcount-earlier-wording")
    if about_esc and "esc-growth" not in facts:
        # asked of ESC's SECOR: over its cap, what its procedure says happens past 10 (MECOR
        # or COR); within it, its own cap in its words
        facts.insert(1, "esc-growth" if total > LIMIT else "esc-headcount")
    if topic == "growth":
        facts.append("esc-growth")
    if extra:
        # the parts the question combines come first; keep the rule short after them
        facts = [facts[0], "headcount-earlier-wording"]
    note = (
        "Head count is only the first check: type /eligibility for the full guided check."
        if total <= LIMIT and not extra
        else ""
    )
    return compose(
        topic,
        [*extra, *facts],
        confidence,
        lead=_join(leads),
        note=note,
        kind="eligibility",
        silent=silent,
        about_esc=about_esc,
        priority=extra,
    )


def _esc_maintenance_verdict(total: int) -> str:
    """Over the limit in an Energy Safety Canada maintenance year: its procedure's answer."""
    return (
        f"Yes, by Energy Safety Canada's procedure — with {total} employees it still "
        "accepts your maintenance audit this year, but it will tell you that you are no longer "
        "a small employer, and from the next year you move to a Medium Employer COR (MECOR) or "
        f"a standard COR. (For ACSA's SECOR, more than {LIMIT} people at any time in the past "
        "12 months means a full COR instead.)"
    )


def verdict_line(count: HeadCount) -> str:
    """The plain direction first, in the words employers use: "Yes - with 6 people you are
    within the limit of 10, so by head count you qualify for SECOR." or "No - with 11 people
    you are over the limit of 10, so you are not eligible for SECOR." (a bound: more / fewer
    than)."""
    total = count.total
    people = "person" if total == 1 else "people"
    if count.bound == "more_than" and total > LIMIT:
        return f"No \u2014 with more than {total - 1} people {_OVER}"
    if count.bound in ("more_than", "at_least") and total <= LIMIT:
        said = f"more than {total - 1}" if count.bound == "more_than" else f"at least {total}"
        return (
            f"It depends on the exact number: SECOR allows at most {LIMIT} people at any one "
            f"time, so {said} is within the limit up to {LIMIT} and over it from {LIMIT + 1}."
        )
    if count.bound == "fewer_than":
        return (
            f"Yes \u2014 with fewer than {total + 1} people {_WITHIN}"
            if total <= LIMIT
            else f"It depends on the exact number: SECOR allows at most {LIMIT} people."
        )
    if_said = "If I read you right: " if count.unsure else ""
    if total > LIMIT:
        return f"{if_said}No \u2014 with {total} people {_OVER}"
    yes = "yes" if if_said else "Yes"
    return f"{if_said}{yes} \u2014 with {total} {people} {_WITHIN}"


_OVER = f"you are over the limit of {LIMIT} and not eligible for SECOR."
_WITHIN = f"you are within the limit of {LIMIT}, so by head count you qualify for SECOR."
# Said whenever the question names a time or a peak: the rule's window, in plain words.
PAST_YEAR = "the most at any one time in the past 12 months is what counts"


def _note(note: str) -> str:
    if note.startswith("not counted: "):
        return f"Not counted: {note.removeprefix('not counted: ')}."
    return f"Note: {note}."


def _room(count: HeadCount) -> str:
    """ "how many more can I hire": the room left under the limit for the count read."""
    if not count.asks_room or count.bound != "exact":
        return ""
    room = LIMIT - count.total
    if room > 0:
        more = "person" if room == 1 else "people"
        return (
            f"You can add {room} more {more} and stay at {LIMIT}; one more after that, at any "
            "time, would put you over."
        )
    if room == 0:
        return "You have no room to hire: one more person at any time would put you over."
    return ""


def headcount_lead(count: HeadCount, *, esc_maintenance: bool = False) -> tuple[str, str]:
    """A short head-count verdict to put before another answer, and the fact it rests on
    (ESC_MAINTENANCE: see ``eligibility_answer``)."""
    who = count.describe() if any(g.who for g in count.groups) else str(count.total)
    after = "".join(f" {_note(n)}" for n in count.notes)
    if count.unsure:
        whether = [u for u in count.unsure if u.startswith("whether")]
        # both readings said plainly: "is the bookkeeper one of the 7, or one more?"
        who += (
            f" (is that everyone? I was not sure {'; or '.join(whether)})"
            if whether
            else (" (is that everyone?)")
        )
    if esc_maintenance and count.total > LIMIT and count.bound == "exact":
        return f"{_esc_maintenance_verdict(count.total)} I count {who}.{after}", "esc-growth"
    today = count.total - count.planned
    if count.planned and count.bound == "exact" and count.total > LIMIT >= today:
        return (
            f"Today, with {today}, you qualify by head count (within the limit of {LIMIT} for "
            "SECOR); "
            f"with the {count.planned} you plan to add you would be {count.total}, over the limit "
            "from then on. ACSA cannot accept a SECOR application from an employer with more "
            "than 10; such a company should apply for a full COR (Certificate of Recognition) "
            f"instead. I count {who}.{after}",
            "headcount-over-ten-cor",
        )
    if count.total > LIMIT:
        said = f"I count {who}, so ACSA cannot accept a SECOR application (a full COR is the way "
        said += "instead)."
        if count.peak or count.timed:  # the rule's window instead: its fact says the refusal
            said = f"I count {who}; {PAST_YEAR}."
        return f"{verdict_line(count)} {said}{after}", "headcount-over-ten-cor"
    return (
        f"{verdict_line(count)} {_with_window(f'I count {who}.', count)}{after}",
        "headcount-limit",
    )


def _with_window(counted: str, count: HeadCount) -> str:
    """COUNTED, and the rule's window when the question ties its count to a time or a peak."""
    if not (count.peak or count.timed) or PAST_YEAR in counted:
        return counted
    return f"{counted} {PAST_YEAR[:1].upper()}{PAST_YEAR[1:]}."


def none_happened_answer(confidence: float) -> Answer:
    """An element with nothing to show ("we hired no contractors"): the pages do not say."""
    c = contacts()
    text = (
        "ACSA's pages do not say what to send for an element when nothing of the kind "
        "happened in the year (no contractors hired, no incidents to investigate). Please tell "
        f"the COR department in your submission, or ask them: call {c.phone} or email {c.email}."
    )
    return Answer(text, "unknown", confidence, (), "unknown")
