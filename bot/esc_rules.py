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
from functools import cache

from bot.answers import ESC_ASIDE, Answer
from knowledge.facts import Citation, citation, contacts, fact, facts

ESC = "Energy Safety Canada"
# The label of Energy Safety Canada's rule after ACSA's side.
ESC_RULE_ASIDE = f"{ESC_ASIDE} that is Energy Safety Canada's rule;"  # one sentence with it

MAX_CHARS = 1200

_ESC = re.compile(r"\b(?:energy safety canada|enform|esc)(?:'s)?\b", re.IGNORECASE)
_ACSA = re.compile(r"\bacsa\b", re.IGNORECASE)
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
    # asked without naming Energy Safety Canada: answered ACSA's side first when this matches
    unnamed: re.Pattern[str] | None = None


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
        unnamed=re.compile(
            r"^(?=.*\b(?:corrections?|correct(?:ed|ing)?|fix(?:es|ed|ing)?|deficienc\w*)\b)"
            r"(?=.*\b(?:feedback|sen[dt]s? (?:it |them |us |our \w+ )?back|returned|how long|"
            r"how many days|how much time|time limit|deadline)\b)",
            re.IGNORECASE,
        ),
    ),
    EscTopic(
        "cancelled refresher",
        "esc_training",
        re.compile(
            r"\b(?:refresher|course|class)\b.{0,60}\bcancel\w*|\bcancel\w*\b.{0,60}"
            r"\b(?:refresher|course|class)\b",
            re.IGNORECASE,
        ),
        ("esc-refresher-cancelled", "esc-training"),
        acsa_facts=("continuing-education",),
        acsa_silent="what to do when a course you signed up for is cancelled",
        esc_only=True,
    ),
    EscTopic(
        "after the audit is sent",
        "qa_review",
        re.compile(
            r"\bwhat happens (?:next|after (?:we|i|you|it|the|our)|once)\b|"
            r"\b(?:after|once) (?:we|i|you|they) (?:send|submit|mail)\w*\b.{0,60}"
            r"\b(?:what|then|next)\b|\bwho (?:actually |then )?"
            r"(?:gives|issues|sends|provides|hands out)\b.{0,40}\bcert\w*|"
            r"\b(?:after|once)\b.{0,40}\b(?:qa|review)\b.{0,40}\bcert\w*",
            re.IGNORECASE,
        ),
        ("esc-after-audit",),
        acsa_facts=("qa-analyst", "certificate-issuer"),
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
        unnamed=re.compile(r"\brefresher\b", re.IGNORECASE),
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
        acsa_facts=("validity",),
        acsa_silent="whether a company may recertify early, during a maintenance year",
        unnamed=re.compile(
            r"\b(?:redo|re-?do|early|earlier|sooner|ahead of time|before (?:it|our \w+) "
            r"(?:is )?due)\b.{0,50}\b(?:recertif\w*|re-?certif\w*|full audit|"
            r"certification audit)\b|\b(?:recertif\w*|re-?certif\w*)\b.{0,40}\b(?:early|"
            r"earlier|sooner|instead of (?:the |a |our )?maintenance)\b",
            re.IGNORECASE,
        ),
    ),
    EscTopic(
        "binder",
        "esc_submission",
        re.compile(r"\bbinders?\b|\bcouriers?\b|\bcouriered\b", re.IGNORECASE),
        ("esc-submission-options", "esc-submission-windows"),
        acsa_facts=("submit-electronic-only", "submit-how"),  # and how to send instead
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
    """Energy Safety Canada's rule the question asks about with ACSA's side, or None.

    Asked without naming Energy Safety Canada, ACSA's side comes first and the rule of
    Energy Safety Canada follows as a labelled aside. (A question that only restates a
    rule's figures is ``esc_echo_answer``'s.)
    """
    named = bool(_ESC.search(question))
    for topic in _TOPICS:
        unnamed = topic.unnamed is not None and bool(topic.unnamed.search(question))
        if not (topic.pattern.search(question) or unnamed):
            continue
        if named:
            return _answer(topic, confidence, esc_first=not _ASKS_ACSA.search(question))
        if unnamed or (topic.esc_only and _APPLIES.search(question)):
            return _answer(topic, confidence, esc_first=False)
    return None


def esc_echo_answer(question: str, confidence: float = 1.0) -> Answer | None:
    """The ESC rule QUESTION restates (its figures or words), else None: ACSA's side first
    when ESC is not named or is compared with ACSA, ESC's rule first when only ESC is named."""
    echoed = echoed_fact(question)
    if echoed is None:
        return None
    if _ESC.search(question) and not _ACSA.search(question):
        return esc_first(echoed, confidence)
    return acsa_first(echoed, confidence)


def esc_named_fallback(question: str, confidence: float = 1.0) -> Answer | None:
    """For a question naming Energy Safety Canada that nothing else answered: the ESC rule
    sharing the most of its own words with it (one is enough), ESC's rule first."""
    if not _ESC.search(question):
        return None
    echoed = echoed_fact(question, least=1)
    return esc_first(echoed, confidence) if echoed is not None else None


def esc_first(esc_fact: str, confidence: float = 1.0) -> Answer:
    """Energy Safety Canada's fact ESC_FACT first (asked about ESC), then ACSA's side."""
    intent, acsa, silent = ACSA_SIDE[esc_fact]
    parts = [f"That is Energy Safety Canada's rule, from its own SECOR procedure: "
             f"{fact(esc_fact).statement}"]  # fmt: skip
    if acsa:
        parts.append("For ACSA's SECOR: " + " ".join(fact(i).statement for i in acsa))
    if silent:
        parts.append(_silent(silent))
    return Answer(_cut(" ".join(parts)), intent, confidence, _cite((esc_fact, *acsa)))


def _answer(topic: EscTopic, confidence: float, *, esc_first: bool = True) -> Answer:
    """ESC's rule then ACSA's side when ESC was named; else ACSA's side, ESC's as an aside."""
    if not esc_first:
        return _acsa_first(topic.intent, topic.esc_facts, topic.acsa_facts, topic.acsa_silent,
                           confidence)  # fmt: skip
    ids = (*topic.esc_facts, *topic.acsa_facts)
    esc = " ".join(fact(i).statement for i in topic.esc_facts)
    parts = [f"That is Energy Safety Canada's rule, from its own SECOR procedure: {esc}"]
    if topic.acsa_facts:
        acsa = " ".join(fact(i).statement for i in topic.acsa_facts)
        parts.append(f"For ACSA's SECOR: {acsa}")
    if topic.acsa_silent:
        parts.append(_silent(topic.acsa_silent))
    return Answer(_cut(" ".join(parts)), topic.intent, confidence, _cite(ids))


# ACSA's side of each of Energy Safety Canada's facts: (the intent it belongs to, ACSA's
# facts on the same thing, what ACSA's pages do not say about it). A test walks them all.
ACSA_SIDE: dict[str, tuple[str, tuple[str, ...], str]] = {
    "esc-scoring": ("scoring", ("qa-analyst",), "what pass mark ACSA uses for SECOR"),
    "esc-timeframes": (
        "deadlines",
        ("validity",),
        "when your yearly maintenance or recertification is due, or any grace period",
    ),
    "esc-submission-windows": (
        "deadlines",
        ("submit-how", "qa-analyst"),
        "how many days you have to submit or to send corrections",
    ),
    "esc-early-recert": (
        "deadlines",
        ("validity",),
        "whether a company may recertify early, during a maintenance year",
    ),
    "esc-training": ("esc_training", ("assessor-who", "continuing-education"), ""),
    "esc-auditor-scope": ("esc_training", ("assessor-who",), ""),
    "esc-assessor-who": ("assessor", ("assessor-who", "assessor-external-payroll"), ""),
    "esc-assessor-replacement": (
        "assessor_leaves",
        ("assessor-who",),
        "how soon a departing assessor must be replaced",
    ),
    "esc-consultant": (
        "consultant",
        ("assessor-who", "assessor-external-payroll"),
        "what a hired consultant may or may not do",
    ),
    "esc-growth": ("growth", ("headcount-limit", "headcount-over-ten-cor"), ""),
    "esc-one-year-system": ("documentation", ("step-documentation",), ""),
    "esc-headcount": ("eligibility", ("headcount-limit", "headcount-who-counts"), ""),
    "esc-submission-options": (
        "esc_submission",
        ("submit-electronic-only", "submit-how"),
        "",
    ),
    "esc-fees": ("esc_submission", (), "who pays or what a SECOR costs"),
    "esc-qa": ("qa_review", ("qa-analyst",), "how long ACSA keeps its reviews"),
    "esc-refresher-cancelled": (
        "esc_training",
        ("continuing-education",),
        "what to do when a course you signed up for is cancelled",
    ),
    "esc-after-audit": ("qa_review", ("qa-analyst", "certificate-issuer"), ""),
}


def acsa_first(esc_fact: str, confidence: float = 1.0) -> Answer:
    """ACSA's side of Energy Safety Canada's fact ESC_FACT first, that fact as a labelled aside."""
    intent, acsa, silent = ACSA_SIDE[esc_fact]
    return _acsa_first(intent, (esc_fact,), acsa, silent, confidence)


def _acsa_first(
    intent: str,
    esc_facts: tuple[str, ...],
    acsa_facts: tuple[str, ...],
    acsa_silent: str,
    confidence: float,
) -> Answer:
    """ "For ACSA's SECOR: ..." (or "ACSA's pages do not say ...") then ESC's rule, labelled."""
    esc = " ".join(fact(i).statement for i in esc_facts)
    parts = []
    if acsa_facts:
        parts.append("For ACSA's SECOR: " + " ".join(fact(i).statement for i in acsa_facts))
    if acsa_silent:
        parts.append(_silent(acsa_silent))
    parts.append(f"{ESC_RULE_ASIDE} {esc}")
    ids = (*acsa_facts, *esc_facts)
    return Answer(_cut(" ".join(parts)), intent, confidence, _cite(ids))


def _silent(what: str) -> str:
    c = contacts()
    return (
        f"ACSA's pages do not say {what}; the COR department can tell you: call {c.phone} or "
        f"email {c.email}."
    )


def _cut(text: str) -> str:
    if len(text) > MAX_CHARS:
        text = text[: MAX_CHARS - 1].rsplit(". ", 1)[0] + "."
    return text


def _cite(ids: tuple[str, ...]) -> tuple[Citation, ...]:
    return tuple(dict.fromkeys(citation(fact(i)) for i in ids))


# --- a question that restates one of Energy Safety Canada's rules without naming it ------
# ("read that you get 36 days to submit online once registered, does that apply to acsa?")

# A number with its unit, or a date: the figures of a rule ("36 days", "80%", "january 15").
_FIGURE = re.compile(
    r"\b(\d+)\s*(%|percent\b|days?\b)|\b(january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\s+(\d{1,2})\b|"
    # a program run for a full year, a one-year SECOR (not "for a whole year we were 8")
    r"\b(?:one|1)[- ](year) secor\b|\bfull (year)\b(?=.{0,40}\b(?:program|system|records?|"
    r"documents?|paperwork|running|in place|going)\b)|\b(?:program|system|records?|running|"
    r"in place|going)\b.{0,40}\bfull (year)\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[a-z]{4,}")
# Words of every fact about the programs themselves, never distinctive of one rule.
_COMMON = frozenset(
    {"energy", "safety", "canada", "canada's", "procedure", "program", "rule", "rules",
     "secor", "employer", "employers", "audit", "audits", "page", "pages", "that", "this",
     "with", "from", "they", "their", "have", "need", "needs", "only", "also", "year",
     "years", "before", "after", "within", "more", "must", "takes", "then", "both",
     # everyday words that name no rule
     "these", "under", "state", "lets", "later", "without", "during", "because", "next",
     "move", "been", "otherwise", "place", "possible", "anyone", "plus", "days", "date",
     "case", "until", "allow", "valid", "ends", "sooner", "detail", "receiv", "belong",
     "refus", "reach", "hired", "sign", "draft", "overall", "mark", "pass", "accident",
     "supervisor", "driver", "development", "leadership", "awarenes", "straight",
     # month names count only as dates (in figures)
     "january", "february", "march", "april", "june", "july", "august", "september",
     "october", "november", "december"}
)  # fmt: skip
# A figure weighs this much, a distinctive word one; a question echoes a rule from a score
# of 2 (1 when it names Energy Safety Canada and nothing else answered it).
FIGURE_WEIGHT = 2


def _figures(text: str) -> set[str]:
    out = set()
    for m in _FIGURE.finditer(text.lower()):
        if m.group(5) or m.group(6) or m.group(7):
            out.add("1year")  # "a full year", "one-year"
        elif m.group(1):
            unit = "%" if m.group(2) in ("%", "percent") else "day"
            out.add(f"{int(m.group(1))}{unit}")
        else:
            out.add(f"{m.group(3)} {int(m.group(4))}")
    return out


def _stem(word: str) -> str:
    for suffix in ("ally", "ation", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _words(text: str) -> set[str]:
    stems = {_stem(w) for w in _TOKEN.findall(text.lower()) if w not in _COMMON}
    return stems - _COMMON


# A name of two or more capitalised words ("Safety Program Development", "Oilfield Driver
# Awareness"): a course or program of one page.
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:&\s+)?[A-Z][a-z]+)+\b")


_NOT_NAME_START = ("under ", "the ", "a ", "an ", "at ", "for ", "in ", "if ", "energy ")
# A name this long is one page's own ("hazard management" may be anyone's words).
NAME_WORDS = 3


def _names(text: str) -> set[str]:
    found = {m.group(0).lower() for m in _NAME.finditer(text)}
    return {n for n in found if len(n.split()) >= NAME_WORDS and not n.startswith(_NOT_NAME_START)}


@cache
def _distinctive() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Each ESC fact's figures and names (weighed as figures) and words that no ACSA fact
    states."""
    acsa_text = " ".join(f.statement for f in facts().values() if f.authority != ESC)
    acsa_words, acsa_figures = _words(acsa_text), _figures(acsa_text)
    acsa_lower = acsa_text.lower()
    return {
        f.id: (
            frozenset(
                (_figures(f.statement) - acsa_figures)
                | {n for n in _names(f.statement) if n not in acsa_lower}
            ),
            frozenset(_words(f.statement) - acsa_words),
        )
        for f in facts().values()
        if f.authority == ESC
    }


# Words too general to tie a figure to a rule.
_GENERAL = frozenset(
    {"that", "this", "with", "from", "they", "their", "have", "need", "needs", "only", "also",
     "then", "both", "more", "must", "energy", "safety", "canada", "secor", "year", "years",
     "employer", "procedure", "program", "rule", "rules", "page", "pages", "within", "before",
     "after", "days", "what", "when", "does", "will", "just", "your", "ours"}
)  # fmt: skip


def _all_words(text: str) -> set[str]:
    return {_stem(w) for w in _TOKEN.findall(text.lower())} - _GENERAL


@cache
def _fact_words() -> dict[str, frozenset[str]]:
    """Every word of each ESC fact, general words aside (distinctive or not)."""
    return {
        f.id: frozenset(_all_words(f.statement)) for f in facts().values() if f.authority == ESC
    }


def _bare(figure: str) -> bool:
    """A number of days or a percentage, which may be anyone's ("50% of my guys")."""
    return figure.endswith(("day", "%"))


def echoed_fact(question: str, least: int = 2) -> str | None:
    """The ESC fact whose own figures and words QUESTION repeats, if one clearly does.

    A bare figure ("90 days", "80%") counts only beside a word of the same fact ("90 days
    to replace the assessor"), not on its own ("a temp for 90 days").
    """
    lower = question.lower()
    figures, words = _figures(question), _words(question)
    figures |= {n for own, _ in _distinctive().values() for n in own if " " in n and n in lower}

    said = _all_words(question)

    def score(fact_id: str, own_figures: frozenset[str], own_words: frozenset[str]) -> int:
        shared = figures & own_figures
        if not said & _fact_words()[fact_id]:
            shared = {f for f in shared if not _bare(f)}
        return FIGURE_WEIGHT * len(shared) + len(words & own_words)

    scored = sorted(((score(i, f, w), i) for i, (f, w) in _distinctive().items()), reverse=True)
    (best, fact_id), (second, _) = scored[0], scored[1]
    if best < max(least, 1) or best == second:
        return None
    return fact_id


def numbers_in_figures_only(question: str) -> bool:
    """Whether every number written in QUESTION is part of a rule's figure ("until
    January 15", "36 days"): then no number in it counts people."""
    spans = [m.span() for m in _FIGURE.finditer(question)]
    numbers = [m.start() for m in re.finditer(r"\d+", question)]
    return bool(numbers) and all(any(a <= n < b for a, b in spans) for n in numbers)
