"""The three-year cycle of a SECOR, when a question names a year of it.

A SECOR is usually good for three years; in each of the two years in between the company
does a maintenance on the evaluation tool (facts.toml validity, maintenance-*). Employers
name those years in three ways, and each is answered from the same facts:

- by their place in the cycle: "do we have to do anything in year 2 and 3 or just wait
  for the recert?" (the maintenance years: what is done and sent);
- by the calendar, often as a plan to confirm or correct: "certified in 2024, maintenance
  in 2025 and 2026, then recertify in 2027. Is that how it works?", "we got certified in
  2023, did a maintenance in 2024. so what is 2025 for us?";
- by comparing the certification year with a maintenance year: "for the first
  certification do i need a full 12 months of records like the maintenance?" (at least
  three months, against the previous 12 months' samples).

A document changed in a maintenance year ("I rewrote our policy this year and it's a
maintenance year, do I send it?") is sent: ACSA refers to the copies on file only for the
documents that did not change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answers import Answer, compose
from knowledge.facts import contacts

_CYCLE_FACTS = ("validity", "maintenance-evaluation-tool", "maintenance-operational")
_NUMBER = r"(?:2|3|two|three|2nd|3rd|second|third)"
_ORDINAL = r"(?:2nd|3rd|second|third)"
# A year of the business or of its owner, not of the SECOR cycle: "my second year running
# the company", "our third year in business", "second year as owner".
_NOT_CYCLE = (
    r"(?!\s+(?:running|operating|owning|(?:in|of) (?:business|operation|operating|running)|"
    r"in (?:the|this) (?:trade|business|industry)|as (?:an? |the )?(?:owner|boss|company)))"
)
# A year of the cycle named by its place: "year 2 and 3", "the second and third years",
# "the years in between", "the off years".
_CYCLE_YEAR = re.compile(
    rf"\byears? {_NUMBER}(?:\s*(?:and|&|or|,|-|to)\s*{_NUMBER})?\b(?!\s*(?:employees|people|"
    rf"guys|workers|of (?:business|operation)))|"
    rf"\b{_ORDINAL}(?:\s*(?:and|&|or|-)\s*{_ORDINAL})? years?\b{_NOT_CYCLE}|"
    rf"\b{_NUMBER}(?:\s*(?:and|&|or|-)\s*{_NUMBER})? "
    r"years?\b(?= (?:of the|after|between|of our|in between|before the recert))|"
    r"\b(?:in[- ]between|off|middle|interim) years?\b|\byears? in between\b|"
    r"\bbetween (?:the )?(?:certs?|certifications?|recerts?|recertifications?|audits?)\b",
    re.IGNORECASE,
)
# What is asked of those years: whether anything is done, or what.
_ASKS_DONE = re.compile(
    r"\b(?:anything|nothing|something|what (?:do|does|is|are|happens|needs?|must)|just wait|"
    r"sit (?:back|tight)|what'?s (?:required|needed|involved)|is there (?:any|some)|coast\w*)\b",
    re.IGNORECASE,
)
# Those years asked of as a rest ("do we just coast"): the answer opens "No".
_IDLE = re.compile(
    r"\b(?:just (?:wait|coast|relax|chill|sit)|coast\w*|nothing|do nothing|sit (?:back|tight)|"
    r"off the hook|take (?:it|them|a break|a year) off|free pass)\b",
    re.IGNORECASE,
)
# Those years asked of as work ("do we have to do anything"): the answer opens "Yes".
_WORK = re.compile(
    r"\b(?:have to|has to|need(?:s)? to|must|required|anything|something)\b", re.IGNORECASE
)
# Whether the maintenance is needed to keep something: "do i need to keep doing maintenance to
# keep getting pir refunds", "is the maintenance required to keep our certificate".
_NEEDED_TO_KEEP = re.compile(
    r"\b(?:need|needs|have|has|must|required|necessary|mandatory)\b.{0,40}\bmaint\w*\b.{0,40}"
    r"\b(?:keep|stay|remain|continue|get|getting|qualify)\b|"
    r"\bmaint\w*\b.{0,30}\b(?:required|needed|necessary|mandatory)\b.{0,30}\b(?:keep|stay|"
    r"remain|continue|get|getting|qualify)\b",
    re.IGNORECASE,
)
_RECERT = re.compile(
    r"\b(?:re-?certif\w*|re-?cert|recertify|renew\w*|certify again|new certification|full "
    r"audit again)\b",
    re.IGNORECASE,
)
_CERTIFIED = re.compile(
    r"\b(?:certified|certification|got (?:our|their|the|my)? ?(?:acsa )?(?:secor|cert\w*)|"
    r"achieved|received|earned|obtained|got it|first got|issued|awarded|granted|passed|"
    # round 21: "got our first SECOR letter", "our first certificate came in"
    r"got (?:our|their|the|my)? ?first (?:acsa )?(?:secor|cert\w*|letter)|"
    r"first (?:secor |acsa )?(?:letter|certificate|cert)\b)\b",
    re.IGNORECASE,
)
_MAINTENANCE = re.compile(r"\bmaint\w*\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(20[1-4]\d)\b")
# A plan or a reading asked to be confirmed: "Is that how it works?", "right?".
_CONFIRM = re.compile(
    r"\b(?:is that (?:how it works|right|correct|accurate)|am i right|is this right|"
    r"does that sound right|correct\s*\?|right\s*\?|that'?s how it works)|\?\s*$",
    re.IGNORECASE,
)
_WHAT_YEAR = re.compile(
    r"\bwhat(?: is|'s| will| about|s) (20[1-4]\d)\b|\b(20[1-4]\d) (?:is|will be) what\b",
    re.IGNORECASE,
)
# A year claimed to be of a kind: "is 2026 a maintenance year?", "is 2027 our recert year".
_IS_YEAR = re.compile(
    r"\bis (20[1-4]\d) (?:a|an|our|the|my) (maint\w*|recert\w*|re-cert\w*|cert\w*)", re.IGNORECASE
)
# When the next steps fall: "when is our first maintenance due", "when do we recertify".
_WHEN_NEXT = re.compile(
    r"\bwhen\b.{0,40}\b(?:maint\w*|recert\w*|re-cert\w*|renew\w*|expire\w*)|"
    # "when do we have to do a full certification again", "when do we certify again"
    r"\bwhen\b.{0,40}\b(?:certif\w*|certify|audit)\b.{0,15}\bagain\b|"
    r"\bwhen\b.{0,40}\b(?:full|next|new) (?:certification|audit|cert)\b|"
    r"\b(?:which|what) years?\b.{0,40}\b(?:maint\w*|recert\w*)|"
    # "when do we do the full thing again", "when's the full one due"
    r"\bwhen\b.{0,40}\bfull (?:thing|one|deal|submission|evaluation|package|audit)\b",
    re.IGNORECASE,
)
# The certification year's records compared with a maintenance year's: "do i need a full 12
# months of records for the first certification", "how many months of records to certify".
_FIRST = re.compile(
    r"\b(?:first|initial|1st|original) (?:certification|cert|audit|submission|time|evaluation)|"
    r"\bcertification year\b|\bto (?:get|become) certified\b|\bfor (?:the )?certification\b",
    re.IGNORECASE,
)
# A maintenance year compared with the certification: both named.
_COMPARED = re.compile(
    r"\bmaint\w*\b.{0,80}\b(?:certification|cert|certifying|first time|initial)\b|"
    r"\b(?:certification|cert|certifying|first time|initial)\b.{0,80}\bmaint\w*",
    re.IGNORECASE,
)
_RECORD_PERIOD = re.compile(
    r"\b(?:\d+|twelve|full|whole|three|six) (?:months?|year)(?:'s)? (?:of|worth)\b|"
    r"\bhow (?:many|much|long|far back)\b.{0,40}\b(?:records?|documentation|months?|paperwork)\b|"
    r"\b(?:months?|year) of (?:records?|documentation|paperwork)\b",
    re.IGNORECASE,
)
# A directive document said to have changed: "I rewrote our policy", "new safe work practices".
_CHANGED = re.compile(
    r"\b(?:re-?wrote|re-?written|rewrote|updated|revised|changed|redid|redone|amended|"
    r"new|replaced|overhauled)\b.{0,50}\b(?:polic(?:y|ies)|manual|procedures?|practices|"
    r"program|rules|processes)\b|\b(?:polic(?:y|ies)|manual|procedures?|practices|program)\b"
    r".{0,30}\b(?:changed|updated|revised|is new|was rewritten|got rewritten)\b",
    re.IGNORECASE,
)
# A maintenance left undone, asked about: "what if we just don't bother with the maintenance".
_SKIPS = re.compile(
    r"\b(?:skip(?:ped|ping)?|miss(?:ed|ing)?|(?:do ?n[o']?t|not|never) (?:bother|do|did|doing|"
    r"send|submit)|didn'?t (?:do|bother|send|submit)|forg[eo]t|ignore|pass on|sit out)\b"
    r"(?: (?:with|on|doing|to do|about))?(?: \w+){0,3}? maint\w*|"
    # told after the maintenance: "the maintenance just never got sent in"
    r"\bmaint\w*\b(?: \w+){0,3}? (?:never|didn'?t|did not|wasn'?t|was not|not) (?:get |got |"
    r"been |be )?(?:sent|done|submitted|filed|handed|completed)\b",
    re.IGNORECASE,
)
# What the maintenance is for: "what does doing the maintenance keep us eligible for".
_WHAT_FOR = re.compile(
    r"\b(?:what|why)\b.{0,40}\bmaint\w*\b.{0,40}\b(?:keep|keeps|eligible|point|purpose|"
    r"matter|get us|gets us|do for us|good for)\b|"
    r"\b(?:point|purpose) of (?:the |a |doing (?:the |a )?)?maint\w*|"
    r"\bwhy (?:do|would|should) (?:we|i) (?:even )?(?:bother (?:with|doing) )?(?:the |a )?"
    r"maint\w*",
    re.IGNORECASE,
)
_AGO = {"last year": 1, "a year ago": 1, "one year ago": 1, "1 year ago": 1,
        "two years ago": 2, "2 years ago": 2, "this year": 0, "three years ago": 3,
        "3 years ago": 3}  # fmt: skip
_CERTIFIED_AGO = re.compile(
    r"\b(?:certified|got (?:our |the |my )?(?:secor|cert\w*)|achieved (?:secor|it)|received "
    r"(?:our |the )?(?:secor|cert\w*)|passed (?:our |the )?(?:secor|audit|certification))"
    r"(?: \w+){0,2}? (?P<ago>" + "|".join(_AGO) + r")\b",
    re.IGNORECASE,
)
_ORDINALS = {"1": 1, "one": 1, "first": 1, "1st": 1, "2": 2, "two": 2, "second": 2, "2nd": 2,
             "3": 3, "three": 3, "third": 3, "3rd": 3}  # fmt: skip
_ORDINAL_MAINTENANCE = re.compile(r"\b(first|second|1st|2nd) maint\w*", re.IGNORECASE)
_YEAR_OF_CYCLE = re.compile(
    r"\b(?:year (1|2|3|one|two|three)|(first|second|third|1st|2nd|3rd) year) (?:of|in) "
    r"(?:our|the|my) (?:secor|cert\w*|cycle|three years)\b",
    re.IGNORECASE,
)
_WHICH_YEAR = re.compile(
    r"\bwhat (?:kind of |type of )?year (?:is|'s)\b|\bwhat (?:is|'s) (?:this|that) year\b|"
    r"\bwhich year\b|\bis (?:this|that|it) (?:a |our )?(?:maint\w*|recert\w*|cert\w*)",
    re.IGNORECASE,
)
_NEXT_YEAR = re.compile(r"\bnext year\b|\bafter (?:that|this)\b|\bthen what\b", re.I)
_EXPIRES = re.compile(
    r"\b(?:expires?|expiring|expiry|runs? out|is up|ends|lapses?)\b.{0,40}\b(?:next year|this "
    r"year|soon|recert\w*)|\brecertif\w* (?:from scratch|all over|again from)|\b(?:start|do it) "
    r"(?:all )?over (?:again|from scratch)\b.{0,30}\bsecor|\bfrom scratch\b.{0,40}\brecert",
    re.IGNORECASE,
)
_REFUND = re.compile(r"\b(?:refunds?|rebates?|pir|premium)\b", re.IGNORECASE)
# How many documents to pick, asked beside the period: "how many docs per week".
_SAMPLE = re.compile(
    r"\b(?:per|a|each|every) (?:week|month)\b|\bhow many (?:docs|documents|samples|forms)\b", re.I
)
_UNCHANGED = re.compile(
    r"\b(?:nothing|not|n't|no|if|unless|hasn'?t|haven'?t|didn'?t|never)\s+(?:\w+\s+)?(?:been\s+)?"
    r"(?:changed|updated|revised|rewritten)\b|\bunchanged\b|\bsame (?:policy|manual|as before)\b",
    re.IGNORECASE,
)
_SEND = re.compile(r"\b(?:send|submit|include|resend|re-send|provide|hand in|put in)\b", re.I)


# Beside the year, the question may ask about the courses or how long the certificate lasts:
# the facts that answer it are carried first, whatever the year's answer is.
_COURSE_ASKED = re.compile(r"\b(?:courses?|training|classes|tickets)\b", re.IGNORECASE)
_VALIDITY_ASKED = re.compile(
    r"\bhow long\b.{0,40}\b(?:good|valid|last|lasts)\b|\bexpir\w*\b", re.IGNORECASE
)


def _asked_facts(question: str) -> tuple[str, ...]:
    """The facts a question about a year of the cycle also asks for (courses, validity)."""
    asked = []
    if _COURSE_ASKED.search(question):
        asked.append("continuing-education")  # "... do we need to take any more courses"
    if _VALIDITY_ASKED.search(question):
        asked.append("validity")  # "... and how long is the certificate good for"
    return tuple(asked)


def _compose(
    question: str,
    topic: str,
    fact_ids: Sequence[str],
    confidence: float,
    *,
    lead: str = "",
    priority: Sequence[str] = (),
) -> Answer:
    """``compose`` for a year of the cycle, with the facts QUESTION also asks for kept first."""
    asked = _asked_facts(question)
    return compose(
        topic,
        tuple(dict.fromkeys((*asked, *fact_ids))),  # what is also asked, said first
        confidence,
        lead=lead,
        priority=(*asked, *priority),
    )


def year_cycle_answer(question: str, confidence: float) -> Answer | None:
    """The answer to QUESTION when it names a year of the cycle (see the module), else None."""
    for read in (
        _validity_from_year,
        _calendar,
        _relative,
        _place_in_cycle,
        _changed_document,
        _record_period,
        _skipped,
        _what_for,
        _expiry,
        _when_in_cycle,
        _cycle_years,
        _how_many_years,
    ):
        answer = read(question, confidence)
        if answer is not None:
            return answer
    return None


def _cycle_years(question: str, confidence: float) -> Answer | None:
    """ "do we have to do anything in year 2 and 3 or just wait for the recert?" """
    if not _CYCLE_YEAR.search(question) or not _ASKS_DONE.search(question):
        return None
    idle, work = _IDLE.search(question), _WORK.search(question)
    resting = idle is not None and (work is None or idle.start() < work.start())
    lead = (
        f"{'No' if resting else 'Yes'} \u2014 the two years between certifications are "
        "maintenance years, not a wait: "
        "in each you complete a SECOR maintenance on the evaluation tool and send it in, with "
        "samples of your operational records from the previous 12 months. That keeps the "
        "certificate and your PIR refund eligibility; then you recertify."
    )
    return _compose(question, "maintenance_year", _CYCLE_FACTS, confidence, lead=lead)


def _roles(question: str) -> list[tuple[int, str]]:
    """The calendar years QUESTION names, each with its place in the cycle said just before
    it: "c" certified, "m" maintenance, "r" recertification, "?" none said."""
    out: list[tuple[int, str]] = []
    last = 0
    for found in _YEAR.finditer(question):
        before = question[max(last, found.start() - 60) : found.start()]
        last = found.end()
        cues = [
            (m.end(), role)
            for pattern, role in ((_RECERT, "r"), (_MAINTENANCE, "m"), (_CERTIFIED, "c"))
            for m in pattern.finditer(before)
        ]
        role = max(cues)[1] if cues else "?"
        if role == "c" and _RECERT.search(before[-25:]):
            role = "r"
        out.append((int(found.group(1)), role))
    return out


# How long the certificate lasts, asked: "how long is it good for", "when does it expire",
# "when do we renew", "until when is it valid", "how many years does it last".
_LASTS = re.compile(
    r"\bhow long\b.{0,40}\b(?:good|valid|last|lasts|running|current|active|for)\b|"
    r"\bhow many years\b.{0,40}\b(?:good|valid|last|lasts|for)\b|"
    r"\b(?:when|what year|which year)\b.{0,40}\b(?:expir\w*|run(?:s)? out|lapse\w*|renew\w*|"
    r"recert\w*|re-cert\w*|(?:is|it'?s) (?:it )?up|end|ends|over)\b|"
    r"\b(?:expiry|expiration|end) (?:date|year)\b|\b(?:good|valid) (?:until|till|through)\b|"
    r"\buntil when\b|\b(?:does|will) (?:it|the cert\w*|our secor|the secor) (?:expire|run out|"
    r"lapse)\b",
    re.IGNORECASE,
)
# The SECOR courses by name (a course's own certificate has no expiry on the pages).
_COURSE_NAMES = r"first aid|sfa|phsm|csts|rsts|ests|pcsts?"
# A course's certificate, not the company's SECOR: "we got our first aid in 2022".
_COURSE_CERTIFICATE = re.compile(
    rf"\b(?:{_COURSE_NAMES}|tickets?|courses?|cards?|training)\b", re.IGNORECASE
)


def _validity_from_year(question: str, confidence: float) -> Answer | None:
    """ "We got our SECOR in 2022. How long is it good for?", "certified 2023 - when do we have
    to renew?": the three years counted from the certification year said (a course's
    certificate is not the SECOR: the pages give no expiry for it)."""
    roles = _roles(question)
    certified = [y for y, r in roles if r == "c"]
    if len(roles) != 1 or not certified or not _LASTS.search(question):
        return None
    if _COURSE_CERTIFICATE.search(question):
        return None
    start = certified[0]
    lead = (
        f"Certified in {start}, your SECOR is usually good until {start + 3}: maintenance in "
        f"{start + 1} and {start + 2}, and recertification in {start + 3}."
    )
    return _compose(
        question,
        "validity",
        _CYCLE_FACTS,
        confidence,
        lead=lead,
        priority=("validity",),
    )


def _calendar(question: str, confidence: float) -> Answer | None:
    """A plan by calendar years to confirm or correct, or one year's place asked."""
    roles = _roles(question)
    certified = [y for y, r in roles if r == "c"]
    if not certified:
        return None
    start = certified[0]
    cycle = (
        f"certified in {start}, maintenance in {start + 1} and {start + 2}, and recertification "
        f"in {start + 3}"
    )
    places = {
        start + 1: "your first maintenance year",
        start + 2: "your second maintenance year",
        start + 3: "your recertification year (a full certification again)",
    }
    if len(roles) < 2 and _WHEN_NEXT.search(question):
        # "issued in March 2024. When is our first maintenance due, and when do we recertify?"
        # (the validity fact after it says the three years: said once)
        lead = f"Your years run: {cycle}."
        return _compose(question, "maintenance_year", _CYCLE_FACTS, confidence, lead=lead)
    if len(roles) < 2:
        return None
    asked = _WHAT_YEAR.search(question)
    if asked is not None:
        year = int(asked.group(1) or asked.group(2))
        place = places.get(year)
        if place is None:
            return None
        lead = f"{year} is {place}: a SECOR is usually good for three years, so {cycle}."
        return _compose(question, "maintenance_year", _CYCLE_FACTS, confidence, lead=lead)
    claimed = _IS_YEAR.search(question)
    if claimed is not None:
        year = int(claimed.group(1))
        place = places.get(year)
        if place is None:
            return None
        said = claimed.group(2).lower()
        right = said.startswith("maint") == ("maintenance" in place)
        opening = "Yes \u2014 " if right else "No \u2014 "
        lead = f"{opening}{year} is {place}: a SECOR is usually good for three years, so {cycle}."
        return _compose(question, "maintenance_year", _CYCLE_FACTS, confidence, lead=lead)
    unplaced = _unplaced_year(question, roles, places)
    if unplaced is not None:
        return _compose(
            question, "maintenance_year", _CYCLE_FACTS, confidence, lead=f"{unplaced} {cycle}."
        )
    if not _CONFIRM.search(question):
        return None
    maintenance = {y for y, r in roles if r == "m"}
    recert = {y for y, r in roles if r == "r"}
    if not maintenance and not recert:
        return None
    right = maintenance <= {start + 1, start + 2} and recert <= {start + 3}
    lead = (
        f"Yes \u2014 that's how it works: a SECOR is usually good for three years, so {cycle}."
        if right
        else f"Not quite: a SECOR is usually good for three years, so {cycle}."
    )
    return _compose(question, "maintenance_year", _CYCLE_FACTS, confidence, lead=lead)


# A year read as a maintenance year by what is planned for it: "just samples of records",
# "do it like the last two", "the same as last time", "another maintenance".
_AS_MAINTENANCE = re.compile(
    r"\bsamples?\b|\blike (?:the|our) (?:last|previous|other)\b|\bsame (?:as|way as) (?:the |"
    r"our )?(?:last|previous|before|other)\b|\b(?:as|like) (?:before|last time|last year)\b|"
    r"\bmaint\w*\b",
    re.IGNORECASE,
)


# What is done in a year, asked: "what do we do for 2025", "is this year different", "our
# 2025 submission", "the third go-round".
_ABOUT_YEAR = re.compile(
    r"\b(?:this|that) year\b|\bdifferent\b|\bwhat (?:do|does|should|must|is) (?:we|i|it|"
    r"happen\w*)\b|\bgo-?round\b|\bsubmission\b|\bsubmit\w*\b|\bsend\b|\bdue\b|"
    # round 21: the year's place asked ("what year are we in now", "where are we at")
    r"\b(?:what|which) (?:year|kind of year|type of year|stage|part of the cycle) (?:are|is) "
    r"(?:we|this|it)\b|\bwhere (?:are we|do we stand)\b",
    re.IGNORECASE,
)


def _unplaced_year(
    question: str, roles: list[tuple[int, str]], places: dict[int, str]
) -> str | None:
    """The place in the cycle of the last year QUESTION names without saying what it is
    ("certified in 2022, maintenance in 2023 and 2024. For our 2025 submission ... just
    samples?": 2025 is the recertification), counted from the certification year; "No"
    first when what is planned for it is a maintenance's and it is the recertification.
    None when every year named says what it is."""
    unplaced = [y for y, r in roles if r == "?" and y in places]
    if not unplaced:
        return None
    year = unplaced[-1]
    place = places[year]
    after = question[question.rfind(str(year)) :]
    planned = _AS_MAINTENANCE.search(after) is not None
    if not planned and not _ABOUT_YEAR.search(after):
        return None  # the year dates something else ("in 2024 our foreman left")
    if planned and "recertification" in place:
        return (
            f"No \u2014 {year} is {place}, not a maintenance year: the option of sending only "
            "samples of operational records is for the maintenance years. A SECOR is usually "
            "good for three years, so"
        )
    opening = "Yes \u2014 " if planned else ""
    return f"{opening}{year} is {place}: a SECOR is usually good for three years, so"


def _skipped(question: str, confidence: float) -> Answer | None:
    """ "what happens if we just dont bother with the maintenance this year" """
    if not _SKIPS.search(question):
        return None
    lead = (
        "The yearly maintenance is required, not optional: the pages say that in each of the "
        "two years between certifications you must complete a SECOR maintenance to maintain "
        "your SECOR certification and to stay eligible for PIR refunds. They do not say more "
        "about a maintenance that is skipped; the COR department can tell you what it means "
        f"for your certificate: call {contacts().phone} or email {contacts().email}."
    )
    refund = ("pir-refund-amount",) if _REFUND.search(question) else ()
    return _compose(
        question,
        "maintenance_year",
        (*refund, *_CYCLE_FACTS),
        confidence,
        lead=lead,
        priority=refund,
    )


def _what_for(question: str, confidence: float) -> Answer | None:
    """ "what does doing the maintenance actually keep us eligible for", "what's the point of
    the maintenance" """
    if not _WHAT_FOR.search(question) and not _NEEDED_TO_KEEP.search(question):
        return None
    lead = (
        "the yearly maintenance keeps two things: your SECOR certification for its three years, "
        "and your eligibility for PIR refunds (the WCB premium refunds a SECOR qualifies you for)."
    )
    # "do i need to keep doing maintenance to keep getting pir refunds": the direction first
    lead = lead[0].upper() + lead[1:] if _WHAT_FOR.search(question) else f"Yes \u2014 {lead}"
    return _compose(
        question,
        "maintenance_year",
        ("validity", "pir-refund-amount", "maintenance-evaluation-tool"),
        confidence,
        lead=lead,
    )


_PLACES = {
    1: "your certification year",
    2: "your first maintenance year",
    3: "your second maintenance year",
    4: "your recertification year (a full certification again)",
}


def _relative(question: str, confidence: float) -> Answer | None:
    """ "we got certified last year, so this is our first maintenance year right?" """
    found = _CERTIFIED_AGO.search(question)
    if found is None:
        return None
    ago = _AGO.get(found.group("ago").lower(), 0)
    place = _PLACES.get(ago + 1)
    if place is None:
        return None
    said = _ORDINAL_MAINTENANCE.search(question)
    right = said is None or _ORDINALS.get(said.group(1).lower()) == ago
    opening = "Yes \u2014 " if said is not None and right else "Not quite: " if said else ""
    lead = f"{opening}certified {found.group('ago').lower()}, this year is {place}."
    return _compose(
        question, "maintenance_year", _CYCLE_FACTS, confidence, lead=lead[:1].upper() + lead[1:]
    )


def _place_in_cycle(question: str, confidence: float) -> Answer | None:
    """ "we're in year 3 of our secor, what's next year?" """
    found = _YEAR_OF_CYCLE.search(question)
    if found is None or not (_NEXT_YEAR.search(question) or _WHICH_YEAR.search(question)):
        return None  # "2nd year of our SECOR - do I include ...": a question of documents
    year = _ORDINALS.get((found.group(1) or found.group(2)).lower(), 0)
    if not 1 <= year <= 3:
        return None
    now = _PLACES[year]
    lead = f"Year {year} of the cycle is {now}"
    if _NEXT_YEAR.search(question):
        lead += f"; next year is {_PLACES[year + 1]}"
    lead += "."
    return _compose(question, "maintenance_year", _CYCLE_FACTS, confidence, lead=lead)


def _expiry(question: str, confidence: float) -> Answer | None:
    """ "our secor expires next year, do we have to recertify from scratch?" """
    if not _EXPIRES.search(question):
        return None
    lead = (
        "A SECOR is usually good for three years, with a maintenance in each of the two years "
        "between; when the three years are up you certify again. ACSA's pages do not describe "
        "the recertification separately from the certification (the evaluation tool with at "
        "least three months of records); the COR department can tell you what yours involves: "
        f"call {contacts().phone} or email {contacts().email}."
    )
    return _compose(
        question,
        "maintenance_year",
        ("validity", "step-documentation", "maintenance-evaluation-tool"),
        confidence,
        lead=lead,
    )


# A moment asked as a due date or a day of the calendar: the pages give none ("when is our
# maintenance due"), so the place in the cycle does not answer it.
_DUE = re.compile(
    r"\b(?:due|deadline|date|day|month|week|by when|how soon|anniversary|start\w*|began|"
    r"begin\w*|since)\b",
    re.IGNORECASE,
)
# "when" asking about the company's own next step, opening a question ("so when do we ..."),
# not a clause of time ("every year when we do the maintenance") nor the past ("when did").
_ASKS_WHEN = re.compile(
    r"(?:^|[.?!,;:]\s*|\b(?:so|and|but|then|ok|okay)\s+)when\s+(?:do|does|would|will|should|"
    r"shall|must|can|are|is|'s)\s+(?:we|i|you|our|my|the|us)\b",
    re.IGNORECASE,
)


# A course's certificate running out ("when does my CSTS expire"): the pages give no expiry.
_COURSE_LAPSES = re.compile(
    rf"\b(?:{_COURSE_NAMES}|ticket|course|card)\b.{{0,40}}"
    r"\b(?:expir\w*|run out|runs out|lapse[sd]?|go(?:es)? out of date)\b",
    re.IGNORECASE,
)


def _when_in_cycle(question: str, confidence: float) -> Answer | None:
    """ "when do we do our first maintenance", "when would we recertify": the step's place in
    the three-year cycle (the years between certifications), not a calendar date."""
    if not _ASKS_WHEN.search(question) or not _WHEN_NEXT.search(question):
        return None
    if _DUE.search(question) or _YEAR.search(question) or _COURSE_LAPSES.search(question):
        return None  # (a course certificate's expiry is no step of the cycle: bot.silent)
    return _compose(
        question,
        "maintenance_year",
        ("validity", "maintenance-evaluation-tool", "maintenance-operational"),
        confidence,
    )


def _record_period(question: str, confidence: float) -> Answer | None:
    """ "for the first certification do i need full 12 month of records like the
    maintenance, or less is ok" """
    if not _RECORD_PERIOD.search(question):
        return None
    if not _FIRST.search(question) and _COMPARED.search(question):
        # "do maintenance years need the full 12 months or is 3 months enough like the cert"
        lead = (
            "For a maintenance year, the samples come from the previous 12 months; the at least "
            "three months of records are the certification's."
        )
        return _compose(
            question,
            "maintenance_year",
            ("maintenance-operational", "step-documentation"),
            confidence,
            lead=lead,
        )
    if not _FIRST.search(question):
        return None
    lead = (
        "For the certification, at least three months of records are enough: once your "
        "health and safety system is running and you have three months of records, you "
        "complete the evaluation tool."
    )
    facts = ["step-documentation", "maintenance-operational"]
    if _MAINTENANCE.search(question):
        lead += " The 12 months are a maintenance year's: its samples cover the previous 12 months."
    if _SAMPLE.search(question):
        facts.insert(1, "submit-sample-size")  # "... and how many docs per week should i pick"
    return _compose(question, "documentation", facts, confidence, lead=lead)


def _changed_document(question: str, confidence: float) -> Answer | None:
    """ "I rewrote our health and safety policy this year and it's a maintenance year. Do I
    send the new policy in?" """
    if not (_CHANGED.search(question) and _MAINTENANCE.search(question) and _SEND.search(question)):
        return None
    if _UNCHANGED.search(question):
        return None  # "do I resend the safety policy if nothing changed"
    lead = (
        "Yes \u2014 send the new version with your maintenance submission: ACSA refers to the "
        "copies on file from your certification only for policies and processes that have not "
        "changed."
    )
    return _compose(
        question,
        "maintenance_year",
        ("maintenance-directive-on-file", "maintenance-evaluation-tool", "maintenance-operational"),
        confidence,
        lead=lead,
    )


# "how many maintenance years between certifications", "how many years of maintenance"
_HOW_MANY_YEARS = re.compile(
    r"\bhow many (?:maintenance years?|years? of maintenance)\b", re.IGNORECASE
)


def _how_many_years(question: str, confidence: float) -> Answer | None:
    """ "how many maintenance years in between certifications?" """
    if not _HOW_MANY_YEARS.search(question):
        return None
    lead = (
        "Two. A SECOR is usually good for three years: the certification year, then two "
        "maintenance years in which you complete a maintenance on the evaluation tool and send "
        "it in; then you recertify."
    )
    return _compose(question, "maintenance_year", _CYCLE_FACTS, confidence, lead=lead)
