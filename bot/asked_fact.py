"""The fact a process question asks for, said first whatever route answered it.

A question about the SECOR process often asks one precise thing (which first aid course,
who may hold the courses, when the training must be valid, who fills in the evaluation
tool, how paper records get in) inside words that the intent model reads as another topic,
or as a head count ("my foreman has emergency first aid"). The general rule: when a
question names the thing asked (a concept below, read from its words, not its phrasing)
and the answer does not state that thing's fact, the fact leads the answer; when the
answer is a head-count verdict nobody asked for, or has nothing from the pages, the
fact is the answer.

Each concept needs two things said in the question: what it is about (a course, the
evaluation tool, the maintenance year) and what is asked of it (which one, who, when).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answers import (
    ESC,
    ESC_ASIDE,
    MAX_ANSWER_CHARS,
    NAMES_ESC,
    Answer,
    compose,
    cut_at_sentence,
)
from bot.asked_amount import AMOUNT_CONCEPTS, DETAIL_CONCEPTS
from bot.asked_named import NAMED_CONCEPTS
from bot.asked_process import PROCESS_CONCEPTS
from bot.concept import Concept, pattern
from bot.silent import silent_topic
from knowledge.facts import citation, fact

# The SECOR courses, named in any of the ways employers name them.
_COURSE = r"(?:courses?|training|trainings|ticket|tickets|first aid|sfa|phsm|csts|rsts|ests|pcst)"
# A fact stated after this many characters of an answer is moved to its front.
EARLY_CHARS = 250
# What the facts said first beside another answer may take, the first one whatever its length.
LEAD_FACT_CHARS = 350
# Where a document goes, asked.
_PLACEMENT = re.compile(r"\b(?:element|folder|where|file|filed|put)\b", re.I)
# A head count asked for: the verdict stays ("are we small enough", "do we qualify").
_LIMIT_ASKED = re.compile(
    r"\b(?:qualif\w*|eligib\w*|limit|how many|max(?:imum)?|too (?:many|big)|small enough|"
    r"under (?:the )?(?:10|ten)|over (?:10|ten)|count(?:s|ed)?|total|in all|"
    r"(?:ok|okay|good|fine) for secor|secor work|can (?:i|we) (?:do|get|apply)|"
    r"(?:are )?we (?:ok|okay|good|fine))\b",
    re.I,
)


_re = pattern

# The maintenance year, named as employers spell it ("maintanence", "maintenence").
_MAINTENANCE = r"\bmaint[ae]n[ae]nce\b"


# Where a course is given, or by whom: "which locations offer it", "who runs it", "which
# providers are accepted" (whether a course taken elsewhere is accepted is another question).
_WHERE_GIVEN = (
    r"(?:where|locations?|cit(?:y|ies)|towns?|places?|venues?|sites? (?:offer|run|teach)\w*|"
    r"providers?|trainers?|schools?|who (?:runs?|offers?|teach\w*|gives?|provides?)|"
    r"(?:offer|run|teach|give|host|provide)(?:s|es|ed|ing)? (?:it|the course|first aid|sfa|"
    r"them|that|this))"
)

CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "first_aid_where",  # "which ACSA locations offer it?", "which providers are acceptable"
        _re(r"\bfirst[- ]?aid\b|\bsfa\b"),
        _re(rf"\b{_WHERE_GIVEN}\b"),
        ("course-first-aid",),
        "first_aid",
        over_silence=True,
        unless=_re(
            r"\b(?:cost|price|pay|fees?|online|how long|valid|expir\w*|french|language|"
            r"where (?:do|does|should|would|can) (?:i|we|you|it|they) (?:put|file|send|"
            r"submit|upload|email)|elements?|folders?|belongs?|filed|current|"
            # where a document goes: "where do they go", "where does that go in secor"
            r"go(?:es)?(?=\s*(?:[?.!,]|$|in\b|into\b|under\b))|"
            r"good for)\b"
        ),
        names_people=True,
    ),
    Concept(
        "first_aid_kind",
        _re(r"\bfirst[- ]?aid\b"),
        _re(
            r"\b(?:emergency|basic|level|kind|type|"
            r"which(?!\s+(?:acsa\s+|of\s+(?:the|your|acsa.s)\s+)?(?:locations?|providers?|"
            r"places?|cit(?:y|ies)|towns?|trainers?|schools?|ones? (?:offer|run|teach)\w*)))\b"
        ),
        ("step-courses", "course-first-aid"),
        "first_aid",
        lead="The first aid course the pages ask for is Standard First Aid (SFA); they name "
        "no other first aid course.",
        # the kind asked is named by the words, whatever topic ranks first: the three courses
        # state the SFA fact too, but only the lead says which kind of first aid it is
        lead_always=True,
        over_silence=True,
        unless=_re(
            r"\b(?:valid|expir\w*|how long|cost|price|pay|online|where|printed|without|"
            r"days?|hours?|years?|good for|redo|retake|renew\w*|language|french|home|"
            r"classroom|in person)\b"
        ),
        names_people=True,
    ),
    Concept(
        "holder_not_full_time",
        _re(rf"\b{_COURSE}\b"),
        _re(r"\b(?:part[- ]?tim\w*|casual|temp|temps|temporary|seasonal|summer)\b"),
        ("step-courses", "step-courses-split"),
        "courses",
        lead="The pages ask for the SECOR courses to be held by full-time employees.",
        names_people=True,
    ),
    Concept(
        "training_when_valid",
        _re(rf"\b{_COURSE}\b"),
        _re(
            r"\b(?:valid|up[- ]to[- ]date|expir\w*|lapse[ds]?|"
            r"(?:be|stay|still be|is it|are they|have to be|must be) current|"
            r"left|leav\w*|quit|gone|retir\w*|moved on|no longer (?:with|here|works?))\b"
        ),
        ("training-current-at-evaluation", "step-courses-split", "step-courses"),
        "courses",
        unless=_re(r"\bassessor\b|\bhow (?:many|long|much time)\b"),
        names_people=True,
    ),
    Concept(
        "management_course",
        _re(
            r"\b(?:phsm|principles of health|small employer (?:health|course)|"
            r"management course|secor course)\b"
        ),
        _re(
            r"\b(?:which (?:one|course|of)|right one|same (?:thing|course)|separate|either|"
            r"difference|differ\w*|accept\w*|instead|or (?:the )?(?:phsm|small employer|"
            r"secor course|principles))\b"
        ),
        ("course-phsm-or-secor", "step-courses"),
        "courses",
        names_people=True,
    ),
    Concept(
        "courses_listed",  # "which courses have to be done for SECOR, all of them?"
        _re(r"\b(?:courses|trainings?)\b"),
        _re(r"\b(?:all of (?:them|it)|list (?:them|it|all)|every (?:course|one)|which ones)\b"),
        ("step-courses",),
        "courses",
        unless=_re(
            r"\b(?:continuing|three years|3 years|every (?:three|3)|refresher|assessor|expir\w*|"
            r"valid|how long|cost\w*|price|fees?)\b"
        ),
        names_people=True,
    ),
    Concept(
        "other_ticket",
        _re(
            r"\b(?:fall protection|fall arrest|h2s|whmis|ground disturbance|confined space|tdg|"
            r"forklift|aerial (?:work )?platform|scaffold\w*|flagger|flagging|loto)\b"
        ),
        _re(
            r"\b(?:cover\w*|count\w*|enough|instead|substitute|replace|satisf\w*|"
            r"take care of|good for|work for|qualif\w*)\b"
        ),
        ("course-industry", "step-courses"),
        "industry_course",
        lead="The industry course the pages ask for is one of the four they name; they list "
        "no other tickets.",
        names_people=True,
        lead_always=True,  # the facts name the four; only the lead says a ticket is not one
    ),
    Concept(
        "continuing_course_list",
        _re(r"\b(?:courses?|training)\b"),
        _re(r"\b(?:three|3)[- ]?years?\b|\bcontinuing\b|\bevery (?:three|3)\b"),
        ("continuing-education",),
        "continuing_education",
        over_silence=True,
    ),
    Concept(
        "who_fills_tool",
        _re(r"\b(?:evaluation tool|the tool|evaluation|self[- ]?assessment)\b"),
        _re(
            r"\bwho\b.{0,30}\b(?:do|does|fill\w*|complet\w*|sign\w*|write|writes)\b|"
            r"\b(?:myself|himself|herself|as the owner)\b"
        ),
        ("assessor-who",),
        "assessor",
        names_people=True,
    ),
    Concept(
        # the assessor asked to lean on another person's management course ("can I go off
        # my foreman's PHSM", "does his certificate cover me as the assessor")
        "assessor_borrowed_course",
        _re(
            r"\b(?:assessors?|evaluators?|(?:do|doing|fill\w*|complet\w*) (?:the |our )?"
            r"(?:evaluation|eval|evaluation tool|self[- ]?assessment)\b)"
        ),
        _re(
            r"\b(?:his|her|their|someone else'?s|another (?:person|guy|worker)'?s?|"
            r"(?:foreman|supervisor|partner|manager|guy|wife|husband|brother|son|dad)'?s)\s+"
            r"(?:\w+\s+)?(?:certificates?|certs?|courses?|tickets?|training|phsm)\b|"
            r"\bgo (?:off|on|by|under)\b|"
            r"\b(?:under|borrow\w*|use|using|cover\w*|count\w* for)\b[^.?!]{0,15}"
            r"\b(?:his|her|their|me|us)\b"
        ),
        ("assessor-who",),
        "assessor",
        names_people=True,
        replaces=True,
        over_silence=True,  # (not a certificate's expiry: whose certificate it is)
        # the assessor's own training kept current ("renew their training every 3 years")
        unless=_re(
            r"\b(?:renew\w*|refresh\w*|every (?:three|3)|(?:three|3)[- ]years?|expir\w*|"
            r"continuing|up to date|current)\b"
        ),
    ),
    Concept(
        "paper_records",
        _re(
            r"\b(?:paper (?:records|binders?|copies|files|forms)|binders?|hard ?cop(?:y|ies)|"
            r"print ?outs?|on paper)\b"
        ),
        _re(
            r"\b(?:how do (?:i|we) (?:get|send|submit)|mail|courier|drop (?:them )?off|"
            r"bring|ship|post)\b|\bget (?:them|it|these) to (?:you|acsa)\b|"
            # "what do they have to do before submitting?": what the paper needs first
            r"\bbefore (?:submitt\w*|sending|send|applying|(?:we|they|i) (?:send|submit))\b"
        ),
        ("submit-electronic-only", "submit-how"),
        "electronic_only",
    ),
    Concept(
        "maintenance_records_kind",
        _re(_MAINTENANCE),
        _re(
            # a choice between the kinds ("the formal ones or the site ones or both?")
            r"\bor (?:both|all|either)\b|\bwhich (?:ones?|kinds?|types?)\b|"
            r"\b(?:what|which)\s+(?:kinds?|types?|sorts?|categor(?:y|ies))\s+of\s+(?:\w+\s+)?"
            r"(?:records|documents|docs|"
            r"paperwork|samples|stuff|files|proof)\b|"
            r"\b(?:what|which)\s+(?:records|documents|docs|paperwork|samples)\b"
        ),
        ("maintenance-examples", "maintenance-operational"),
        "maintenance_year",
    ),
    Concept(
        "maintenance_subcontractors",
        _re(r"\b(?:sub-?contract\w*|contractors|subs)\b"),
        _re(r"\bmaintenance\b"),
        ("maintenance-examples",),
        "maintenance_year",
        lead="The operational records to sample include contracting services records (Element "
        "13 is Contracting Services).",
        names_people=True,
    ),
    Concept(
        "maintenance_when_quiet",
        _re(r"\bmaintenance\b"),
        _re(
            r"\b(?:even (?:if|though|when)|still)\b.{0,60}\b(?:nothing|no|zero|none|quiet|"
            r"slow)\b|\b(?:nothing|no|zero|none|quiet|slow)\b.{0,60}\bstill\b"
        ),
        ("validity", "maintenance-operational"),
        "maintenance_year",
        lead="Yes: the pages say the maintenance has to be done in each of the two years "
        "between certifications; they name no exception for a quiet year.",
        over_silence=True,
    ),
    Concept(
        "operational_option_start",
        _re(r"\b(?:operational|only (?:the )?(?:samples?|records)|samples? only)\b"),
        _re(
            r"\bwhen\b.{0,80}\b(?:start\w*|begin|began|begun|introduc\w*|chang\w*|since)\b|"
            r"\bsince when\b"
        ),
        ("maintenance-operational",),
        "maintenance_year",
        over_silence=True,
    ),
    Concept(
        "esc_training",
        NAMES_ESC,
        _re(
            r"\b(?:training|courses?|tickets?)\b.{0,60}\b(?:differ\w*|compare\w*|same|versus|vs)\b|"
            r"\b(?:differ\w*|compare\w*|same|versus|vs)\b.{0,60}\b(?:training|courses?|tickets?)\b"
        ),
        ("esc-training",),
        "esc_training",
        about_esc=True,
    ),
    Concept(
        "certificate_issuer",  # "does the government recognise it", "who issues the cert"
        _re(r"\b(?:secor|cor|certificates?|certs?|certification)\b"),
        _re(
            r"\b(?:government|govt|province|provincial|alberta)\b[^.?!]{0,40}\b(?:recogni[sz]\w*|"
            r"issu\w*|back\w*|endors\w*|approv\w*|stand\w* behind|official\w*)\b|"
            r"\b(?:recogni[sz]\w*|issu\w*|backed|endorsed|approved)\b[^.?!]{0,25}\b(?:by|from) "
            r"(?:alberta\b|(?:the )?(?:alberta |provincial )?(?:government|govt|province)\b)|"
            r"\bwho\b[^.?!]{0,20}\b(?:issues?|signs?|awards?|grants?|hands? out)\b|"
            r"\bgovernment[- ](?:issued|certificate|document|recogni[sz]ed|backed)\b"
        ),
        ("certificate-issuer",),
        "certificate",
    ),
    Concept(
        "money_in_it",
        _re(
            r"\b(?:money (?:back|in it)|any money|cash back|savings?|worth it|pay ?off|"
            r"get out of (?:it|this)|what do (?:i|we) (?:actually |really )?get)\b|"
            # "what does SECOR actually get me", "what's in it for us", "why bother"
            r"\bwhat (?:does|will|would|can|could|do) (?:secor|cor|it|this|that|a secor|the "
            r"(?:certificate|cert|program)|certification|having (?:it|secor|one))\b(?: \w+){0,2} "
            r"(?:get|give|do for|bring|buy|earn)\b(?: (?:me|us|my|our|the|a|you)\b)?|"
            r"\bwhat'?s in it for\b|\bwhy (?:bother|should (?:i|we) (?:bother|care))\b|"
            r"\bwhat(?:'s| is) the (?:point|payoff|upside|real benefit)\b"
        ),
        _re(r"."),
        ("pir-refund-amount", "secor-benefits"),
        "pir",
        unless=_re(r"\b(?:when|which month|calculat\w*|cheque|paid|pay out)\b"),
    ),
)
# the facts a question asks of the process (how to send, whose job, optional?): bot.asked_process
CONCEPTS = CONCEPTS + PROCESS_CONCEPTS + AMOUNT_CONCEPTS + DETAIL_CONCEPTS  # bot.asked_amount
# the fact a question's asking part picks, whatever else it says (round 19): bot.asked_named
CONCEPTS = CONCEPTS + NAMED_CONCEPTS


def asked_concepts(text: str) -> list[Concept]:
    """The concepts TEXT asks about: each named and asked of in its words."""
    esc = NAMES_ESC.search(text) is not None  # Energy Safety Canada's questions get its facts
    return [
        c
        for c in CONCEPTS
        if c.about_esc == esc
        and c.about.search(text)
        and c.asks.search(text)
        and not (c.unless is not None and c.unless.search(text))
    ]


def points_back(told: str, asked: str) -> bool:
    """Whether the question ASKED asks something of a thing only the statements before it
    (TOLD) name, among the round-17 details ("the tool wants something about legislation.
    what do we attach?"): the whole message is what is asked, not the question alone."""
    if any(
        c.about.search(told) and not c.about.search(asked) and c.asks.search(asked)
        for c in DETAIL_CONCEPTS
    ):
        return True
    return _named_before(told, asked)


# A word that stands for a thing named before ("which locations offer it", "who runs them"),
# or for a person named before ("can I go off his certificate": the foreman's).
_STANDS_FOR = re.compile(
    r"\b(?:it|them|that one|those|these|his|her|hers|him|their|theirs)\b", re.I
)


def _named_before(told: str, asked: str) -> bool:
    """Whether the question ASKED asks a concept of a thing only the statements before it
    (TOLD) name, with a word standing for it ("I saw ACSA runs first aid itself. Which
    locations offer it?"): the thing is the statements', so the whole message is read."""
    if not _STANDS_FOR.search(asked):
        return False
    whole = f"{told} {asked}"
    return any(
        c.about.search(told)
        and not c.about.search(asked)
        and c.asks.search(asked)
        and not (c.unless is not None and c.unless.search(whole))
        and c.about_esc == (NAMES_ESC.search(whole) is not None)
        for c in CONCEPTS
    )


def limit_asked(text: str) -> bool:
    """Whether TEXT asks about the head count or the limit ("do we qualify", "are we ok"),
    not only names its people as context."""
    return _LIMIT_ASKED.search(text) is not None


def people_are_subject(text: str) -> bool:
    """Whether the people TEXT names are whom its question is about ("my foreman has
    emergency first aid", "can my part-timer take the CSTS"), not a head count asked for."""
    if _LIMIT_ASKED.search(text):
        return False
    return any(c.names_people for c in asked_concepts(text))


def _stated(answer: str, fact_id: str) -> bool:
    return fact(fact_id).statement[:60] in answer


def _silent(answer: Answer) -> bool:
    """ANSWER says first that the pages are silent, or has nothing from them."""
    said_silent = answer.answer.startswith(("ACSA's pages do not say", "Sorry"))
    return not answer.sources or answer.topic == "not_stated" or said_silent


# How the abstention that found nothing the question asks begins (bot.abstain).
_FOUND_NOTHING = "ACSA's pages do not say anything about that"


def _missing(text: str, answer: Answer) -> list[Concept]:
    """The concepts TEXT asks about that may shape ANSWER.

    An answer that says the pages are silent on what TEXT asks (a price, a language, a
    date: ``bot.silent``) is overruled only by a concept the pages answer where that rule
    would not; one that found nothing (the model unsure) is overruled by any concept.
    """
    # the abstention that found nothing ("anything about that", bot.abstain) is no known
    # silence: the words it missed may be a concept's ("my fall protection ticket covers it?")
    found_nothing = answer.answer.startswith(_FOUND_NOTHING)
    known_silence = answer.topic == "not_stated" and not found_nothing
    known_silence = known_silence or silent_topic(text) is not None
    kept = not _silent(answer) or not known_silence
    return [c for c in asked_concepts(text) if c.over_silence or kept]


def with_asked_facts(text: str, answer: Answer) -> Answer:
    """ANSWER to TEXT with the facts of what TEXT asks said first (see the module doc).

    A fact the answer states late is moved to the front, so that a message's other
    answers, sharing its length, cut what was not asked rather than what was.
    """
    if answer.kind in ("refusal", "smalltalk"):
        return _off_topic_asked(text, answer)
    concepts = [c for c in _missing(text, answer) if not answer.answer.startswith(c.said_by)]
    if not concepts:
        return answer
    if answer.answer.startswith(_FOUND_NOTHING):
        # "found nothing" (words it did not know: "we're in red deer") though the question
        # asks a concept, whose facts its closest-thing aside may even quote: they answer
        return _answer_of(concepts, answer.confidence)
    missing = [c for c in concepts if not all(_stated(answer.answer, f) for f in c.facts)]
    placed = answer.topic == "which_element" and not _PLACEMENT.search(text)
    if missing and (
        _silent(answer)
        or placed  # "my h2s ticket covers the course part?": not where a document goes
        or (answer.kind == "eligibility" and not _LIMIT_ASKED.search(text))
    ):
        return _answer_of(missing, answer.confidence)
    replacing = [c for c in concepts if c.replaces and c.topic != answer.topic]
    if replacing and not missing and _silent(answer):
        # a silence whose aside says the fact asked ("no size limit is given; a link works"):
        # answered, so a question after a story is not read again alone (bot.story)
        return replace(answer, topic=replacing[0].topic)
    if replacing:  # "our zip is 2 GB, too big to email": the way that works is the answer
        return _answer_of(replacing, answer.confidence)
    # beside another answer, each concept's first facts (what it asks) are enough
    fact_ids = list(dict.fromkeys(f for c in concepts for f in _first_facts(c)))
    late = [
        f
        for f in fact_ids
        if answer.answer.find(fact(f).statement[:60]) > EARLY_CHARS and fact(f).authority != ESC
    ]
    added = [f for f in fact_ids if not _stated(answer.answer, f)]
    forced = [c for c in concepts if c.lead_always and not answer.answer.startswith(c.lead)]
    if not late and not added and not forced:
        return answer
    # the facts asked are said in the order asked: one already early but asked before a fact
    # moved to the front moves with it ("whose job is tracking the courses": the
    # responsibility, then how the courses are shared)
    moving = {*late, *added}
    last = max(i for i, f in enumerate(fact_ids) if f in moving) if moving else -1
    late = [f for f in fact_ids[: last + 1] if f not in added]
    rest = answer.answer
    for f in late:
        rest = " ".join(rest.replace(fact(f).statement, "").split())
    for c in forced:  # said later in the answer: said first instead
        rest = " ".join(rest.replace(c.lead, "").split())
    lead = " ".join(dict.fromkeys(c.lead for c in concepts if c.lead and c.lead not in rest))
    first = [f for f in fact_ids[: last + 1] if fact(f).authority != ESC]
    said = " ".join([lead, *(fact(f).statement for f in first)]).strip()
    # Energy Safety Canada's facts follow ACSA's answer, labelled (issue 11)
    aside = " ".join(fact(f).statement for f in added if fact(f).authority == ESC)
    aside = f"{ESC_ASIDE} {aside}" if aside else ""
    rest = cut_at_sentence(rest, max(MAX_ANSWER_CHARS - len(said) - len(aside) - 2, 0)) or ""
    sources = tuple(dict.fromkeys((*(citation(fact(f)) for f in added), *answer.sources)))
    text_out = " ".join(p for p in (said, rest, aside) if p)[:MAX_ANSWER_CHARS]
    return replace(answer, answer=text_out, sources=sources)


# The program named: an off-topic reading of a message that names it and asks a concept of it
# is overruled ("which kinds of operational records should a maintenance-year package hold?").
_NAMES_PROGRAM = re.compile(
    r"\b(?:secor|cor|acsa|maintenance[- ]year|evaluation tool|pir)\b", re.IGNORECASE
)


def _off_topic_asked(text: str, answer: Answer) -> Answer:
    """ANSWER, a refusal or small talk to TEXT, unless it refuses as off-topic a message
    that names the program and asks one of its concepts: then that concept's facts."""
    if answer.topic != "offtopic" or not _NAMES_PROGRAM.search(text):
        return answer
    concepts = asked_concepts(text)
    return _answer_of(concepts, answer.confidence) if concepts else answer


def _first_facts(concept: Concept) -> list[str]:
    """CONCEPT's first fact, and those after it while they fit in LEAD_FACT_CHARS."""
    kept = [concept.facts[0]]
    used = len(fact(concept.facts[0]).statement)
    for f in concept.facts[1:]:
        used += len(fact(f).statement)
        if used > LEAD_FACT_CHARS:
            break
        kept.append(f)
    return kept


def spanning_answer(text: str, parts: list[str], answers: list[Answer]) -> Answer | None:
    """The answer to what the message TEXT asks only across its PARTS ("we used two subs.
    do I include anything about them?"): a concept no part asks alone, which the parts'
    ANSWERS were not shaped for; None when there is none."""
    alone = {c.name for part in parts for c in asked_concepts(part)}
    silent = all(_silent(a) for a in answers)
    concepts = [
        c
        for c in asked_concepts(text)
        if c.name not in alone and (c.over_silence or not silent) and not _asked_by_own(c, parts)
    ]
    if not concepts:
        return None
    return _answer_of(concepts, min(a.confidence for a in answers))


def _asked_by_own(concept: Concept, parts: list[str]) -> bool:
    """Whether the words that ask CONCEPT lie in one of PARTS that asks a concept of its own
    ("... 2024 is maintenance? and how much records": the part asks the maintenance year's
    records, not the records before a first application the whole message also names)."""
    return any(concept.asks.search(p) and asked_concepts(p) for p in parts)


def _answer_of(concepts: list[Concept], confidence: float) -> Answer:
    """The answer composed of CONCEPTS' leads and facts."""
    fact_ids = list(dict.fromkeys(f for c in concepts for f in c.facts))
    lead = " ".join(dict.fromkeys(c.lead for c in concepts if c.lead))
    about_esc = any(c.about_esc for c in concepts)
    return compose(
        concepts[0].topic, fact_ids, max(confidence, 0.5), lead=lead, about_esc=about_esc
    )
