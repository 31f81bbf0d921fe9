"""The fact a question's asking part picks, whatever else the message says (round 19).

Employers wrap one precise question in a story or another topic's words: "what acsa stand
for", "when a sub holds SECOR, what does that actually prove?", "before anybody takes a
course, which accounts or memberships do they need?", "the owner has PHSM and is the
assessor: are we set?". The intent model reads the story (a head count, the courses, the
membership) and the asked fact is lost. The general rule: the part that asks (what X stands
for, what it proves, what must be in place before, is that all, which course for whom,
what happens when it is late) picks the fact, and that fact is said first, as the pages
state it, with its source (concepts for bot.asked_fact).
"""

from __future__ import annotations

from bot.answers import NAMES_ESC
from bot.concept import Concept, pattern
from bot.esc_asked import ACSA_TRAINING

# The SECOR courses, named in any of the ways employers name them.
_COURSE = (
    r"(?:courses?|training|trained|trainings|tickets?|first aid|sfa|phsm|csts|rsts|ests|pcst|"
    r"certs?|certificates?|cards?)"
)
# A trade with an industry course of its own instead of CSTS (road building, electrical, pipeline).
_OWN_COURSE_TRADE = r"\b(?:road\w*|pav\w*|highways?|electric\w*|pipelines?)\b"
# A course or card that is no longer current.
_EXPIRED = r"(?:expir\w*|lapsed?|ran out|run out|out of date|outdated|no longer (?:valid|current))"
# The submission or its evaluation.
_SUBMITTED = r"(?:submit\w*|send\w*|sent|evaluation|audit|application|apply\w*)"

NAMED_CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "acsa_name",  # "what acsa stand for", "ACSA is short for what?", "full name of ACSA"
        pattern(r"\bacsa\b|\ba\.c\.s\.a\b"),
        pattern(
            r"\bstands?\s+for\b|\bshort\s+for\b|\bfull\s+name\b|\bacronym\b|\babbreviat\w*|"
            # (not "what does ACSA mean by a directive document": a word of ACSA's asked)
            r"\bletters\b|\bwhat\s+(?:does|do)\s+(?:the\s+)?acsa\s+(?:\w+\s+)?mean\b(?!\s+by)|"
            r"\bacsa\s+means?\b(?!\s+by)|\bspell(?:ed|s)?\s+out\b"
        ),
        ("acsa-name",),
        "membership",
        over_silence=True,
    ),
    Concept(
        "secor_proves",  # "what does holding SECOR actually prove about a sub?"
        pattern(r"\b(?:secor|cor|certificate|cert|certification|certified)\b"),
        pattern(
            r"\bprov(?:e|es|ed|ing)\b|\bdemonstrat\w*|\bguarantee\w*|\bvouch\w*|\bassur\w*|"
            r"\bwhat\s+(?:does|do|did|would)\s+(?:\w+\s+){0,3}(?:mean|say|tell\s+(?:me|us|you))"
            r"\s+about\b|\bshows?\s+(?:me\s+|us\s+)?(?:anything\s+)?about\b|\bwhat\s+(?:does|do)\s+"
            r"(?:it|that|this|secor|cor|holding\s+\w+|having\s+\w+)\s+(?:actually\s+|really\s+)?"
            r"(?:show|certify|confirm)\b"
        ),
        ("secor-pir-standard", "secor-hsms-value"),
        "pir",
        replaces=True,
        unless=pattern(r"\bproof of\b|\bprove (?:it|that) to\b|\bhow (?:do|can) (?:i|we) prove\b"),
    ),
    Concept(
        "in_place_before",  # "which accounts or memberships need to be in place before a course?"
        pattern(  # the accounts or memberships themselves asked of, not only named
            r"\b(?:which|what|any)\s+(?:\w+\s+){0,2}(?:accounts?|memberships?)\b|"
            r"\b(?:accounts?|memberships?)\s+(?:or\s+\w+\s+)?(?:do|does|should|must|need|"
            r"have)\b|\bmembership\s+prerequisit\w*"
        ),
        pattern(
            r"\bbefore\s+(?:\w+\s+){0,3}(?:tak\w*|do(?:es|ing)?|book\w*|sign\w*\s+up\s+for|"
            r"enrol\w*\s+in|register\w*\s+for|go(?:es|ing)?\s+to)\s+(?:\w+\s+){0,2}"
            r"(?:course|courses|training|class|classes|phsm|csts|first aid)\b|"
            r"\bin\s+place\b|\bprerequisit\w*|\bset\s+up\s+first\b"
        ),
        ("step-wcb", "step-membership"),
        "membership",
        replaces=True,
        unless=pattern(r"\b(?:fee|fees|cost\w*|price|how much|pay|element)\b"),
    ),
    Concept(
        "money_upside",  # "the financial upside of SECOR?", "secor cuts your WCB bill 50%?"
        pattern(
            r"\b(?:financial\w*|money|premiums?|wcb\s+(?:bill|rates?|premiums?|costs?)|"
            r"bottom\s+line|savings?)\b"
        ),
        pattern(
            r"\b(?:upside|benefits?|advantages?|gains?|pay\s?off|cuts?|cutting|half|halve[sd]?|"
            r"lower\w*|reduc\w*|save|saves|saving|savings|discount\w*|percent|per\s?cent)\b|%"
        ),
        ("pir-refund-amount", "secor-benefits"),
        "pir",
        over_silence=True,  # (beside a head count it leads: "6 of us, would it save us anything?")
        unless=pattern(
            r"\b(?:when|which month|calculat\w*|cheques?|pay out|fees?|course|courses|"
            # insurance is no benefit the pages name (bot.unstated_specifics, round 27)
            r"membership|insurance|insurers?|underwriters?|bonding|surety)\b"
        ),
    ),
    Concept(
        "refund_size",  # "and whats the refund like", "how big is the PIR rebate" (round 20)
        pattern(r"\b(?:pir|refunds?|rebates?)\b"),
        pattern(
            r"\bwhat(?:'?s|s| is| are| was| would be)\s+(?:the\s+|a\s+|that\s+|our\s+|this\s+)?"
            r"(?:pir\s+|wcb\s+|premium\s+)?(?:refund|rebate)s?\s+(?:like|worth)\b|"
            r"\bhow\s+(?:much|big|large|good|generous)\b|\bworth\b|\bamount\b|\bsize\b|"
            r"\bpercent\w*|\bper\s?cent\b|%|\bget\s+back\b|"
            # "what kind of refund can a company expect", "what sort of rebate do SECOR
            # holders see", "the refund we could expect"
            r"\bwhat\s+(?:kind|sort|type|level|range)\s+of\s+(?:\w+\s+)?(?:refund|rebate)s?\b|"
            r"\b(?:refund|rebate)s?\b[^.?!]{0,40}\bexpect\w*\b|"
            r"\bexpect\w*\b[^.?!]{0,40}\b(?:refund|rebate)s?\b"
        ),
        ("pir-refund-amount",),
        "pir",
        # (when it is paid, in what form, how it is worked out: what the pages leave open)
        unless=pattern(
            r"\b(?:when|which month|what month|calculat\w*|worked out|figured|formula|cheques?|"
            r"checks?|paid|pay out|dollars?|bucks|deposit\w*|credit\w*|fees?|courses?)\b|\$"
        ),
    ),
    Concept(
        "benefits_asked",  # "besides the PIR refund, what are the benefits of holding it?"
        pattern(
            r"\b(?:secor|cor|certificate|cert|certification|certified|program|holding\s+it|"
            r"having\s+it|getting\s+it|it)\b"
        ),
        pattern(
            r"\b(?:benefits?|advantages?|perks?|pros)\b(?!\s+(?:plans?|packages?|coverage|"
            r"premiums?))|\bwhat\s+(?:else\s+)?(?:\w+\s+){0,3}(?:gets?|gives?|brings?|does\s+for)"
            r"\s+(?:us|me|the\s+company|our\s+company)\b(?!\s+(?:in|to|a|an)\b)"
        ),
        ("secor-benefits",),
        "benefits",
        replaces=True,
        # (money alone asked: bot.asked_fact's money_in_it and money_upside lead with the figure;
        # a worker's benefits are not the program's)
        unless=pattern(
            r"\b(?:financial\w*|money|monetary|dollars?|cash|savings?|how much|save|"
            r"(?:employee|worker|staff|health|dental|wcb|disability|injury)\s+benefits?|"
            r"on\s+benefits|count\w*)\b"
        ),
    ),
    Concept(
        "courses_all_set",  # "the owner has PHSM and is the assessor: are we set?"
        pattern(rf"\b{_COURSE}\b"),
        pattern(
            r"\bare\s+we\s+(?:all\s+)?(?:set|good|done|covered|ok(?:ay)?|fine|sorted)\b|"
            r"\b(?:anything|what)\s+else\b|\bneed\s+(?:any\s+)?more\s+(?:people\s+)?"
            r"(?:trained|training|courses)\b|\b(?:is|are)\s+(?:that|this|it|those|these)\s+"
            r"(?:enough|all|it)\b|\bstill\s+missing\b"
        ),
        ("step-courses", "step-courses-split"),
        "courses",
        names_people=True,
        # (not "after we certify, more courses or are we done": the continuing education)
        unless=pattern(
            r"\b(?:records?|months?|samples?|documents?|paperwork|maintenance|recert\w*|"
            r"certified|again|keep taking|any ?more|years? ago)\b"
        ),
    ),
    Concept(
        "outside_assessor_in_house",  # "an outside assessor: anyone on payroll still needed?"
        pattern(
            r"\b(?:outside|external|consultant|third[- ]party|hired)\b.{0,80}\bassessor\b|"
            r"\bassessor\b.{0,80}\b(?:outside|external|consultant|third[- ]party)\b"
        ),
        pattern(
            r"\b(?:payroll|in[- ]house|on\s+staff|our\s+own\s+(?:people|staff|employees?|"
            r"guys)|any(?:one|body)\s+else|some(?:one|body)|anything\s+else|ourselves)\b"
        ),
        ("assessor-external-payroll", "assessor-who"),
        "assessor",
        names_people=True,
    ),
    Concept(
        "assessor_course_esc_and_acsa",  # "which course does the assessor need, ESC vs ACSA?"
        NAMES_ESC,
        pattern(
            r"\b(?:which|what)\s+(?:course|courses|training)\b.{0,80}\bacsa\b|"
            r"\bacsa\b.{0,80}\b(?:which|what)\s+(?:course|courses|training)\b"
        ),
        ("assessor-who", "esc-training"),
        "esc_training",
        about_esc=True,
        lead="For ACSA's SECOR the assessor needs the Small Employer Health and Safety "
        "Management course or PHSM; Energy Safety Canada's assessors take its own Safety "
        "Program Development course.",
        lead_always=True,
        # the company's training ACSA wants, no assessor named (bot.esc_asked)
        unless=ACSA_TRAINING,
    ),
    Concept(
        "esc_late",  # "our ESC anniversary is in december, I sent the audit jan 20: late?"
        NAMES_ESC,
        pattern(
            r"\blate\b|\boverdue\b|\bpast\s+(?:the\s+)?(?:due|deadline|anniversary)\b|"
            r"\bmiss(?:ed|ing)?\s+(?:the\s+)?(?:deadline|date|anniversary)\b|"
            r"\bafter\s+(?:the\s+)?(?:deadline|due\s+date|anniversary)\b"
        ),
        ("esc-timeframes",),
        "deadlines",
        about_esc=True,
        replaces=True,
    ),
    Concept(
        "expired_at_submission",  # "his first aid card expired: a problem for the SECOR?"
        pattern(rf"\b{_COURSE}\b"),
        pattern(
            rf"\b{_EXPIRED}\b.{{0,80}}\b(?:{_SUBMITTED}|problem|matter\w*|issue|ok(?:ay)?)\b|"
            rf"\b{_SUBMITTED}\b.{{0,80}}\b{_EXPIRED}"
        ),
        ("training-current-at-evaluation",),
        "courses",
        over_silence=True,
        names_people=True,
        unless=pattern(r"\bhow\s+long\b|\bassessor\b|\bmaintenance\b"),
    ),
    Concept(
        "maintenance_how_many_records",  # "2024 is maintenance? and how much records"
        pattern(r"\bmaintenance\b"),
        pattern(
            r"\bhow\s+(?:much|many)\s+(?:\w+\s+)?(?:records|documents|docs|samples|paperwork|"
            r"stuff|proof)\b"
        ),
        ("submit-sample-size",),
        "maintenance_year",
        unless=pattern(r"\bmonths?\b|\bweeks?\b"),
    ),
    Concept(
        "industry_course_kind",  # "we pave roads: stuck with CSTS, or is there a road one?"
        pattern(
            r"\b(?:csts|industry\s+(?:course|training|program|ticket)s?|safety\s+training\s+"
            r"system|tickets?|courses?)\b"
        ),
        pattern(
            r"\b(?:road\w*|pav\w*|highways?|electric\w*|pipelines?)\b.{0,80}\b(?:one|version|"
            r"option|alternative|instead)\b|\b(?:stuck|forced)\s+(?:with|doing|taking)\b|"
            r"\b(?:another|other|different|alternative)\s+(?:one|course|ticket|option)s?\b|"
            # a trade with its own industry course beside CSTS ("we're electricians: CSTS?")
            rf"{_OWN_COURSE_TRADE}.{{0,120}}\bcsts\b|\bcsts\b.{{0,120}}{_OWN_COURSE_TRADE}"
        ),
        ("course-industry",),
        "industry_course",
        names_people=True,
    ),
    Concept(
        "who_the_assessor_is",  # "who exactly is the assessor?", "whos the assessor for us"
        pattern(r"\bassessors?\b"),
        pattern(
            r"\bwho(?:'s|s| is| are| exactly is| can be| could be| should be| may be| counts as)"
            r"\s+(?:\w+\s+)?(?:the|an|our|my|a)?\s*assessors?\b|"
            r"\bwhat(?:'s| is)\s+(?:an?|the)\s+assessor\b|"
            r"\bassessor\b[^.?!]{0,20}\b(?:is who|means what|who is that)\b"
        ),
        ("assessor-who",),
        "assessor",
        names_people=True,
    ),
)
