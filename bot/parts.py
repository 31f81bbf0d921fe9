"""The parts of a question: organisation, year type, documents, people, deadlines.

Most employer questions combine two things ("we're in a maintenance year, do I
send the evaluation tool?", "12 guys in summer, can we still do our
maintenance?"). The engine answers each part from the facts that match it
(knowledge/data/bot_combos.toml) and says what it understood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from bot.lexicon import Combo, combos, lexicon
from bot.mentions import LIMIT

# Concepts (bot_lexicon.toml [concepts]) and words (token NORM) naming each part.
CONCEPT_PARTS: dict[str, str] = {
    "esc": "esc",
    "mecor": "esc",
    "acsa": "acsa",
    "maintenance_year": "maintenance",
    "certification_year": "certification",
    "evaluation_tool": "evaluation_tool",
    "directive_doc": "directive_docs",
    "sfa": "first_aid",
    "phsm": "certificate_course",
    "secor_course": "certificate_course",
}
WORD_PARTS: dict[str, str] = {
    "legislation": "legislation",
    "law": "legislation",
    "regulation": "legislation",
    "policy": "directive_docs",
    "policies": "directive_docs",
    "rule": "directive_docs",
    "procedure": "directive_docs",
    "practice": "directive_docs",
    "sample": "samples",
    "deadline": "deadline",
    "due": "deadline",
    "anniversary": "deadline",
    "late": "deadline",
    "timeline": "deadline",
    "timeframe": "deadline",
    "extension": "deadline",
    "window": "deadline",
    "windows": "deadline",
    "cost": "cost",
    "price": "cost",
    "fee": "cost",
    "charge": "cost",
    "assessor": "assessor",
    "replace": "replace",
    "replacement": "replace",
    "quit": "replace",
    "leave": "replace",
    "left": "replace",
    "retire": "replace",
    "gone": "replace",
    "fired": "replace",
    "fire": "replace",
    "resign": "replace",
}
# Ways of naming a maintenance year without the word ("not a certification year", "year two").
_MAINTENANCE = re.compile(
    r"\b(?:not (?:a |the |our )?certification year|non[- ]?certification|in[- ]between(?: years?)?|"
    r"years? in[- ]between|"
    r"interim years?|off years?|year (?:two|2|three|3)|(?:second|third|2nd|3rd) year)\b",
    re.IGNORECASE,
)
# "if we go above 10", "more than ten workers": the limit, asked about.
_OVER_LIMIT = re.compile(
    r"\b(?:over|above|past|beyond|more than|exceed\w*|pass\w*|bigger than)\s+(?:10|ten)\b",
    re.IGNORECASE,
)
# "we hired no contractors", "there were no incidents": an element with nothing to show.
_NONE_HAPPENED = re.compile(
    r"\b(?:no|zero|never (?:had|hired|used)|did(?:n't| not) (?:have|hire|use)|"
    r"have(?:n't| not) (?:had|hired|used))\s+(?:any\s+)?(?:sub)?"
    r"(?:contractors?|incidents?|accidents?|injur(?:y|ies)|near[- ]?miss(?:es)?|"
    r"investigations?|claims?|drills?|emergenc(?:y|ies))\b",
    re.IGNORECASE,
)
# A deadline named without the word: a day of a month, a missed date, a submission not in yet
# ("it's jan 20 and our audit still isn't in", "gets in after jan 15", "we missed it").
_LATE = re.compile(
    r"\b(?:jan|january|feb|february|mar|march|apr|april|jun|june|jul|july|aug|august|sep|"
    r"sept|september|oct|october|nov|november|dec|december)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|"
    r"\bmissed\s+(?:it|the\s+(?:date|deadline|cut-?off)|our\s+(?:date|deadline|window))\b|"
    r"\b(?:is|isn'?t|is not|still not|not yet|still isn'?t|was not|wasn'?t)\s+(?:\w+\s+)?in\s+"
    r"(?:yet|on time)\b|\bstill\s+(?:isn'?t|is not|not)\s+in\b|"
    r"\b(?:gets?|got|comes?|came|goes|went|sent|send|submit\w*)\s+(?:\w+\s+){0,3}?(?:in\s+)?"
    r"(?:after|past|later than|behind)\b",
    re.IGNORECASE,
)
# What a maintenance year is: its place in the three-year cycle ("what does maintenance year
# actually mean", "whats a maintenance year"; "got our secor in 2024. what do I do in 2025").
_CYCLE = re.compile(
    r"\bwhat(?: the (?:heck|hell)| exactly| even)?(?:'s|s| is| does| do)\s+"
    r"(?:(?:exactly|even|actually|really)\s+)?"
    r"(?:a |the |an? )?(?:secor )?maintenance(?: years?| yr)?\s*"
    r"(?:actually\s+|even\s+|really\s+)?(?:mean|is|means|\?|,|$)|"
    r"\bhow long (?:is|does|will|would) (?:a |the |our |my )?(?:secor|certificate|cert|"
    r"certification)\b.{0,25}\b(?:good|valid|last)|"
    r"\bmeaning of (?:a |the )?maintenance\b|\bmaintenance years?\s+(?:mean|means)\b|"
    r"\bwhat\s+(?:do|does|should|must)\s+(?:we|i|you)\s+(?:have to |need to |got to )?do\s+"
    r"(?:(?:in|during)\s+(?:the\s+)?years?\s+)?in[- ]between\b",
    re.IGNORECASE,
)
_CERTIFIED_IN = re.compile(
    r"\b(?:got|get|received|earned|achieved|certified|passed|awarded|issued)\b[^.?!]{0,30}?"
    r"\b(?:in\s+)?(?P<year>20\d\d)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b20\d\d\b")
# The course a full-time employee takes every three years to stay eligible.
_RENEWAL = re.compile(
    r"\bevery[- ](?:three|3)[- ]years?\b|\bevery (?:three|3) (?:years|yrs)\b|\brefresher\b|"
    r"\b(?:three|3)[- ]year(?:ly)? (?:course|training|refresh\w*)\b|"
    r"\b(?:renew|redo|retake|re-take|refresh)\w*\s+(?:the\s+|our\s+|a\s+)?"
    r"(?:course|training)s?\b|"
    r"\bhow often\b.{0,40}\b(?:training|course|courses)\b|"
    # "every how many years someone need take an acsa course", "course every few years"
    r"\bevery how many (?:years|yrs)\b|\bhow many years\b.{0,40}\bcourses?\b|"
    r"\bcourses?\b.{0,40}\bevery (?:few |couple of |so many |\w+ )?(?:years|yrs)\b|"
    r"\b(?:take|do)\s+(?:a|an|the|any|another)\s+(?:\w+\s+)?course\b.{0,30}"
    r"\b(?:in[- ]between|maintenance|each year|every year)\b|"
    # a course asked for again once certified: "take another course now", "any more courses",
    # "take a course again", "keep taking courses", "are we done with training"
    r"\b(?:take|do|need)\s+(?:another|any more|more|any other|a further)\s+(?:\w+\s+)?"
    r"(?:course|training|class)|\b(?:course|training|class)e?s?\s+again\b"
    r"(?=.{0,40}\b(?:renew\w*|recert\w*|how often|every|maintenance|certified)\b)|"
    r"\bkeep (?:taking|doing) (?:the\s+)?(?:courses|training|classes)\b|"
    r"\bdone with (?:the\s+|our\s+|all\s+)?(?:training|courses)\b",
    re.IGNORECASE,
)
# Someone from outside the company doing the SECOR work: a consultant, a hired assessor.
_OUTSIDE = re.compile(
    r"\b(?:(?:hire|hiring|hired|use|using|pay|paying|get|getting|bring in|bringing in)\s+"
    r"(?:a\s+|an\s+|the\s+|our\s+|some\s+)?(?:safety\s+|outside\s+)?consultants?|"
    r"consultants?\s+(?:to|do|does|doing|did|could|can|will|would|for)\b|"
    r"outside (?:guy|person|company|firm|help|assessor|auditor)|"
    r"(?:external|third[- ]party) (?:assessor|person|company|consultant)|"
    r"(?:hire|hired|hiring|pay|paying|bring in|bringing in)\s+(?:someone|somebody|"
    r"a guy|an outside \w+|a company|a firm|a pro|a professional)\b(?!\s+else))",
    re.IGNORECASE,
)
# Where a course can be taken: "where can my guys do the standard first aid".
_WHERE_TAKEN = re.compile(
    r"\bwhere\b(?:\s+\w+){0,5}?\s+(?:do|take|get|find|book|go for|sign up for|register for)\b"
    r"(?!.{0,40}\b(?:go|goes|belong|file|put)\b)",
    re.IGNORECASE,
)
# How much to send: "all of them?", "every single one", "everything we have".
_HOW_MUCH = re.compile(
    r"\bhow many\b.{0,40}\b(?:put in|send|submit|include|scan|sen[dt] in)\b|"
    r"\b(?:all of them|every single|every one of|each and every|everything (?:we|i)(?: have|'ve "
    r"got| got|'ve)?|every (?:form|record|sheet|paper|document)|the whole (?:lot|year|pile)|"
    r"just to be safe|more is better)\b|"
    # "resubmit the entire documentation package", "resend the whole manual"
    r"\b(?:re-?submit|re-?send|send (?:in )?again|submit again)\w*\b.{0,30}\b(?:entire|whole|"
    r"full|complete|all (?:the|our|my))\b|"
    r"\b(?:huge|massive|enormous|gigantic|very large|really big)\s+(?:submission|package|pile|"
    r"amount|binder|zip)\b|\b(?:submission|package|pile|zip) (?:is|was|will be) (?:huge|massive|"
    r"enormous|very large|really big)\b",
    re.IGNORECASE,
)
# What is sent: how much to send is asked about records, not about people ("do all of them
# need first aid?").
_SENDING = re.compile(
    r"\b(?:send\w*|sen[dt]|scan\w*|submit\w*|submission|put in|include|upload\w*|records?|"
    r"sheets?|forms?|paperwork|papers|documents?|docs|files?|package|zip|samples?|binders?)\b",
    re.IGNORECASE,
)
# Whose job it is that the training stays current: "who keeps track ... up to date".
_TRAINING_CURRENT = re.compile(
    r"^(?=.*\b(?:training|courses?|tickets?|certificates?|certs?)\b)(?=.*\b(?:up to date|"
    r"current|expir\w*|lapse\w*|renewals?)\b)(?=.*\b(?:who|whos|who's|responsib\w*|keeps? "
    r"track|remind\w*|on us|our job|acsa's job)\b)",
    re.IGNORECASE,
)
# Not doing a maintenance: "can we just skip the maintenance", "dont bother with it".
_SKIP_MAINTENANCE = re.compile(
    r"\b(?:skip|skipping|miss|missing|don'?t bother with|not bother with|not do|forget about|"
    r"pass on|sit out)\s+(?:(?:the|our|a|this|this year'?s|doing|with|it|one|just)\s+){0,2}"
    r"(?:yearly\s+|annual\s+)?maintenance\b",
    re.IGNORECASE,
)
# An action plan from the last report, and proof it was carried out.
_ACTION_PLAN = re.compile(
    r"\baction plans?\b|\bcorrective actions?\b|\bproof (?:that )?(?:we|it was|they were) "
    r"(?:actually )?(?:fixed|did|done|finished|completed|carried)\b",
    re.IGNORECASE,
)
# Records kept on paper: "all our records are paper in binders", "we dont do computers",
# "all my forms are paper", "it's all in a filing cabinet, nothing on computer".
_PAPER = re.compile(
    r"\b(?:on paper|paper only|all paper|paper (?:copies|records)|in binders|"
    r"hard ?cop(?:y|ies)|(?:don'?t|do not|never) (?:do|use|have) (?:a )?computers?|"
    r"no computers?|records are paper|"
    r"(?:forms?|records?|paperwork|papers|documents?|docs|files?|everything|stuff|it)\s+"
    r"(?:is|are|'s|'re)\s+(?:all\s+)?(?:still\s+)?(?:on\s+)?paper|"
    r"filing cabinets?|nothing (?:is )?on (?:the |a )?computers?|hand-?written|"
    r"(?:filled|written) (?:out )?(?:by hand|in pen))\b",
    re.IGNORECASE,
)
# The courses by name: ACSA's three kinds (management, first aid, industry).
_COURSE_NAMES = (
    r"(?:phsm|csts|sfa|rsts|ests|pcst|first aid|standard first aid|secor course|"
    r"(?:small employer )?health (?:&|and) safety management)"
)
# One course asked about against another: "is CSTS required or can we just do PHSM", "can
# we take PHSM instead of CSTS", "do we only need first aid".
_COURSE_CHOICE = re.compile(
    r"\b" + _COURSE_NAMES + r"\b.{0,30}\b(?:actually |really )?(?:required|mandatory|"
    r"necessary|needed)\b.{0,20}\bor\b|"
    r"\b(?:just|only)\s+(?:do|take|need|have|use)\s+(?:the\s+)?" + _COURSE_NAMES + r"\b|"
    r"\b(?:instead of|rather than|in place of|skip)\s+(?:the\s+|doing\s+|taking\s+)?"
    + _COURSE_NAMES
    + r"\b",
    re.IGNORECASE,
)
# Whom the submission is sent to: "do i email it to somebody specific", "what email do we
# send the evaluation to", "who do we send it to".
_SEND_TO = re.compile(
    r"\b(?:e-?mail|send|submit|mail|forward)\w*\s+(?:\w+\s+){0,3}?to\s+(?:somebody|someone|"
    r"anyone|any ?one|who|whom|which|what|a (?:specific|particular)|a person)\b|"
    r"\bwho (?:do|should|can|would) (?:i|we) (?:send|e-?mail|submit|address|give)\w*\b|"
    r"\bwhat (?:e-?mail|address|email address)\b(?!.{0,20}\bfor (?:questions|help)\b)",
    re.IGNORECASE,
)
# An industry's safety course named by its trade: "what electrical safety course".
_INDUSTRY_COURSE = re.compile(
    r"\b(?:electrical|electricians?|road ?build\w*|pipeline|construction)\s+safety\s+"
    r"(?:course|training|program|ticket)s?\b|\b(?:safety )?(?:course|training) for "
    r"(?:electricians|roadbuilders|road builders|pipeline\w*)\b",
    re.IGNORECASE,
)
# The courses shared out among people: "the phsm by my office manager and the csts by a
# labourer", "does one person have to take all the courses".
_COURSES_SHARED = re.compile(
    r"\b(?:phsm|csts|sfa|first aid|secor course|rsts|ests|pcst)\b.{0,40}\bby\b.{0,40}\b(?:and|"
    r",)\s+(?:the\s+)?(?:phsm|csts|sfa|first aid|secor course|rsts|ests|pcst)\b|"
    r"\bone (?:person|guy|employee) (?:have to |has to |need to |to )?(?:take|do) (?:all|every)\b|"
    r"\b(?:split|share|divide) (?:up )?the (?:courses|training)\b|"
    r"\bdifferent (?:people|guys|employees) (?:take|do)\b|"
    # "does it have to be the same person doing them all", "one guy for every course"
    r"\b(?:same|one) (?:person|guy|employee|individual)\b.{0,30}\b(?:all|every|each|both)\b|"
    r"\b(?:all|every|each) (?:three |3 )?(?:courses|of them|course)\b.{0,30}\b(?:same|one) "
    r"(?:person|guy|employee|individual)\b|"
    # "could I take the first aid course instead (of the owner)"
    r"\b(?:could|can|may) (?:i|we|someone else|another \w+|my \w+|our \w+|\w+) (?:take|do) "
    r"(?:the |a )?(?:first aid|sfa|phsm|csts|secor course|\w+ course)(?: course)? instead\b",
    re.IGNORECASE,
)
# Completing the evaluation tool: that person is the assessor ("I'm the one going to fill out
# the evaluation tool. do I need the course too?").
_FILLS_TOOL = re.compile(
    r"\b(?:fill\w*\s+(?:out|in)|complet\w*|do|doing|does|did|answer\w*|writ\w*)\s+(?:the\s+|our\s+"
    r"|my\s+)?(?:secor\s+)?(?:evaluation|eval)(?:\s+tool)?\b",
    re.IGNORECASE,
)
# How to lay out the submission: "how should we set up the folders", "how do I organize it".
_LAYOUT = re.compile(
    r"\b(?:set ?up|organi[sz]e|structure|arrange|lay ?out|sort|label|name)\w*\s+(?:\w+\s+){0,2}?"
    r"(?:folders?|files?|submission|documents|zip)\b|\bfolder (?:structure|layout|names?)\b|"
    # how a thing sent should look: "what should the evaluation tool look like when done"
    r"\b(?:how|what) (?:should|does|do|must|would|will|is|are) (?:the |our |my |a |an |it\b)?"
    r"(?:\w+ ){0,2}?(?:submission|binder|package|folders?|files?|zip|tool|documents|docs)"
    r"(?: (?:be )?supposed to| have to| need to)? (?:look|appear)\b",
    re.IGNORECASE,
)
# How many elements (or element folders) there are: "how many element folders will I have".
_ELEMENT_COUNT = re.compile(
    r"\bhow many (?:secor |cor )?(?:element )?(?:folders|elements|sections)\b|"
    r"\bnumber of (?:secor |cor )?(?:element )?(?:folders|elements)\b",
    re.IGNORECASE,
)
# Who carries out the evaluation: "does someone from acsa come out and audit us or do we do it
# ourselves", "is it a self-assessment", "who does the audit".
_WHO_AUDITS = re.compile(
    r"\bdo (?:it|the (?:audit|evaluation|assessment)) (?:ourselves|myself|in[- ]house)\b|"
    r"\baudit (?:ourselves|our own company)\b|\bself[- ]?(?:audit|assess)\w*\b|"
    r"\bwho (?:does|do|will do|conducts?|performs?|carries out) (?:the |our )?(?:audit|evaluation|"
    r"assessment)\b|\b(?:somebody|someone|anyone|an auditor|acsa)\b.{0,20}\b(?:come|comes|"
    r"coming) (?:out )?(?:and |to )(?:audit|assess|evaluate)\b|"
    # someone sent to look at the work itself: "send someone out to our shop to verify"
    r"\b(?:send|sends|sending)\s+(?:someone|somebody|anyone|anybody|an? (?:auditor|inspector|"
    r"person|rep\w*|analyst))\s+(?:\w+\s+){0,5}?(?:verify|check|audit|inspect|look|see|visit)\w*\b|"
    r"\b(?:someone|somebody|anyone|anybody|an? (?:auditor|inspector|person|rep\w*|analyst))\s+"
    r"(?:\w+\s+){0,3}?(?:be |get |gets )?sent (?:out|over|down)\b",
    re.IGNORECASE,
)
# How far back the head count is read: "how far back do you look at our headcount".
_LOOKBACK = re.compile(
    r"^(?=.*\b(?:how far back|how (?:many|much) (?:months|time) back|what (?:time )?period|"
    r"over (?:what|which|how long a) (?:period|time|window)|which months|what window)\b)"
    r"(?=.*\b(?:head ?count|count|employees|people|staff|workers|guys|size|limit|busiest|peak)\b)",
    re.IGNORECASE,
)
# What follows a submission once it is sent: "what happens next", "i emailed the zip, now
# what", "after we submit, then what", "how long until we hear back".
_AFTER_SUBMIT = re.compile(
    r"^(?=.*\b(?:sent|send|sending|submit\w*|emailed|e-?mail\w*|upload\w*|zip|link|handed "
    r"in|mailed|in to you)\b)(?!.*\bhow (?:many|long|soon)\b).*(?:"
    r"\bwhat happens (?:next|now|then|after(?:wards?)?)\b|"
    r"\b(?:now|then) what\b|\bwhat(?:'s| is| comes) (?:next|the next step)\b|"
    r"\bafter (?:we|i) (?:send|sent|submit|submitted|email|emailed|upload|uploaded)\b.{0,40}"
    r"\b(?:what|who|how)\b|\b(?:hear|heard) back\b)",
    re.IGNORECASE | re.DOTALL,
)
# What happens when something is missing from the submission: "will somebody contact us if
# something is missing or do we just fail", "if a record is missing do they tell us".
_MISSING_ASKED = re.compile(
    r"\b(?:missing|incomplete|not enough|left (?:\w+ ){0,4}?out|forgot(?:ten)?)\b.{0,60}\b"
    r"(?:contact|call|"
    r"tell|ask|email|reach out to|let|notify|fail|failed|rejected|reject)\b|"
    r"\b(?:contact|call|tell|ask|email|reach out to|notify)\s+(?:us|me)\b.{0,40}\b(?:missing|"
    r"incomplete|not enough|left out|forgot(?:ten)?)\b",
    re.IGNORECASE,
)
# Registering or applying before submitting: "do we register first", "is there a sign-up",
# "do I need to apply before sending".
_REGISTER = re.compile(
    r"\b(?:register|registration|sign[- ]?up|signing up|apply|application(?: form)?|enrol+)\w*"
    r"\b.{0,40}\b(?:first|before|beforehand|ahead)\b|"
    r"\b(?:first|before)\b.{0,20}\b(?:register|sign up|apply)\b|"
    r"\bapplication form\b|\bhow do (?:we|i) (?:register|sign up|apply)\b",
    re.IGNORECASE,
)
# A first certification named without the word: "first time going for secor", "our first
# submission", "brand new to secor".
_FIRST_TIME = re.compile(
    r"\bfirst[- ]time\b|\b(?:our|my|the|a) (?:first|initial|very first) (?:secor|submission|"
    r"audit|evaluation|certification|cert)\b|\bnever (?:had|done|been certified)\b",
    re.IGNORECASE,
)
# Emailed or electronic submissions asked about: "do you take emailed submissions only",
# "can it be sent by email", "electronic only?".
_BY_EMAIL = re.compile(
    r"\be-?mail(?:ed)? (?:submissions?|only)\b|\b(?:by|over|through|via) e-?mail\b|"
    r"\belectronic (?:submissions?|only|cop(?:y|ies)|files?|format)\b|"
    r"\belectronically\b(?!.{0,12}\bsign)|\bsubmit\w* online\b|\bonline submissions?\b",
    re.IGNORECASE,
)
# How the submission is sent: "how do I send it", "how do we submit this".
_SEND_HOW = re.compile(
    r"\bhow (?:do|should|can|would|will|to) (?:i |we |you )?(?:send|submit|hand|deliver|"
    r"upload)\b(?!.{0,15}\b(?:certified|certificate)\b)",
    re.IGNORECASE,
)
# The COR department asked for: "who do we call", "a phone number", "who can we contact".
_CONTACT = re.compile(
    r"\bwho (?:do|can|should|would) (?:we|i) (?:call|phone|ring|contact|talk to|ask)\b|"
    r"\b(?:phone|contact|telephone) (?:number|info|details)\b|\bwho to (?:call|contact)\b",
    re.IGNORECASE,
)
# Where the evaluation tool is obtained: "where do I get the evaluation tool", "download".
_GET_TOOL = re.compile(
    r"\b(?:where|how)\b.{0,30}\b(?:get|find|download|obtain|access)\b.{0,30}"
    r"\b(?:evaluation|eval)(?:\s+tool)?\b|\bdownload\w*\b.{0,30}\b(?:evaluation|eval|tool)\b",
    re.IGNORECASE,
)
# The steps asked for, in order, or what must be in place first: "what are the steps in
# order", "what do I need to have in place before I can go for a SECOR".
_STEPS = re.compile(
    r"\bsteps?\b.{0,20}\b(?:in order|order)\b|"
    r"\b(?:in )?what order\b|\bwhat (?:do|does|would|will) (?:i|we) (?:need|have) to "
    r"(?:have )?(?:in place|do|get done|have done|set up)\b.{0,20}\b(?:before|first|"
    r"to (?:get|go for|apply))\b",
    re.IGNORECASE,
)
# One of the courses asked of a worker: "does he have to take csts", "do all my guys need first
# aid", "is PHSM required for our new hire".
_COURSE_REQUIRED = re.compile(
    r"\b(?:have to|has to|need to|needs to|must|required to|supposed to)\s+(?:take|do|get|have|"
    r"hold)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?" + _COURSE_NAMES + r"\b|"
    r"\b" + _COURSE_NAMES + r"\b.{0,20}\b(?:required|mandatory|needed)\s+(?:for|of|by)\b",
    re.IGNORECASE,
)
# The training someone must hold, asked: "what training does that outside person need",
# "which course does the assessor have to take".
_TRAINING_ASKED = re.compile(
    r"\b(?:what|which)\s+(?:kind of\s+|sort of\s+)?(?:training|courses?|certificates?|tickets?|"
    r"qualifications?|certs?)\b.{0,40}\b(?:need|needs|have|has|require\w*|take|hold)\b",
    re.IGNORECASE,
)
# A busy season named: samples from the busy months ("crazy May to July and dead the rest").
_SEASON = re.compile(
    r"\b(?:busy|busiest|peak|seasonal|high season|slow season|dead (?:the rest|in winter|"
    r"season))\b",
    re.IGNORECASE,
)
_MORE_TIME = re.compile(r"\bmore time\b|\bpast new years?\b|\bgrace period\b", re.IGNORECASE)
_WHAT_TO_SEND = re.compile(
    r"\b(?:element|folder|send|put|submit|include|leave|empty|blank)\b", re.IGNORECASE
)
# "two months of records", "how many months of documentation"
PERIOD_WORDS = frozenset({"month", "week"})
RECORD_WORDS = frozenset(
    {
        "record",
        "documentation",
        "document",
        "paperwork",
        "history",
        "program",
        "hsms",
        "system",
        "sample",
    }
)


@dataclass(frozen=True)
class Parts:
    """What a question is about, as tags, and the combinations of facts that match."""

    tags: frozenset[str]

    def matching(self) -> tuple[Combo, ...]:
        """The combinations whose parts are all in the question, most specific first."""
        found: list[Combo] = []
        covered: set[str] = set()
        for combo in combos():
            if combo.when <= self.tags and not combo.when <= covered:
                found.append(combo)
                covered |= combo.when
        return tuple(found)

    @property
    def about_esc(self) -> bool:
        """The question asks about Energy Safety Canada (or MECOR), not comparing it with ACSA."""
        return "esc" in self.tags and "acsa" not in self.tags


# Parts that say what a question is about (not only who asks or how many people).
_SUBJECT_PARTS = frozenset(
    {
        "esc", "maintenance", "certification", "evaluation_tool", "legislation",
        "directive_docs", "samples", "deadline", "assessor", "replace", "records_period",
        "certificate_course", "cycle", "course_renewal", "outside_help", "first_aid",
        "where_taken", "how_much", "training_current", "skip_maintenance", "action_plan",
        "industry_course", "season",
    }
)  # fmt: skip


# Parts read from the shape of what is asked ("all of them?", "who keeps track", "can we
# skip the maintenance"), not from one word: one of them is enough to name the facts.
ASKING_PARTS = frozenset(
    {
        "how_much", "training_current", "skip_maintenance", "action_plan", "cycle",
        "course_renewal", "outside_help", "paper", "courses_shared", "layout", "lookback",
        "element_count", "who_audits", "course_choice", "send_to", "after_submit", "register",
        "electronic", "contact", "get_tool", "steps", "course_required",
    }
)  # fmt: skip


def combines_parts(parts: Parts) -> bool:
    """Whether PARTS name two or more things the question is about, or one thing by the
    shape of the question (ASKING_PARTS), and facts answer them: an answer composed from
    those facts is not replaced by "the pages do not say"."""
    named = len(parts.tags & _SUBJECT_PARTS) >= 2 or bool(parts.tags & ASKING_PARTS)
    return named and bool(parts.matching())


# Parts named by one pattern each, in one table: the pattern, and the parts it names.
_NAMED_PARTS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (_TRAINING_CURRENT, frozenset({"training_current"})),
    (_SKIP_MAINTENANCE, frozenset({"skip_maintenance", "maintenance"})),
    (_ACTION_PLAN, frozenset({"action_plan"})),
    (_LOOKBACK, frozenset({"lookback"})),
    (_LAYOUT, frozenset({"layout"})),
    (_PAPER, frozenset({"paper"})),
    (_COURSES_SHARED, frozenset({"courses_shared"})),
    (_MORE_TIME, frozenset({"deadline"})),
    (_FILLS_TOOL, frozenset({"assessor"})),  # whoever completes the evaluation tool
    (_OUTSIDE, frozenset({"outside_help"})),
    (_WHERE_TAKEN, frozenset({"where_taken"})),
    (_RENEWAL, frozenset({"course_renewal"})),
    (_OVER_LIMIT, frozenset({"over_limit"})),
    (_ELEMENT_COUNT, frozenset({"element_count"})),
    (_WHO_AUDITS, frozenset({"who_audits"})),
    (_COURSE_CHOICE, frozenset({"course_choice"})),
    (_INDUSTRY_COURSE, frozenset({"industry_course"})),
    (_SEND_TO, frozenset({"send_to"})),
    (_SEND_HOW, frozenset({"send_to"})),
    (_AFTER_SUBMIT, frozenset({"after_submit"})),
    (_MISSING_ASKED, frozenset({"after_submit"})),
    (_REGISTER, frozenset({"register"})),
    (_BY_EMAIL, frozenset({"electronic"})),
    (_CONTACT, frozenset({"contact"})),
    (_GET_TOOL, frozenset({"get_tool"})),
    (_STEPS, frozenset({"steps"})),
    (_COURSE_REQUIRED, frozenset({"course_required"})),
    (_SEASON, frozenset({"season"})),
    (_TRAINING_ASKED, frozenset({"training_asked"})),
)


def read_parts(doc: Doc) -> Parts:
    """The parts of DOC, read from its concepts, words and head count."""
    tags: set[str] = set()
    text = doc.text  # spaCy joins the tokens on each access: read it once
    for concept in doc._.concepts or ():
        if concept in CONCEPT_PARTS:
            tags.add(CONCEPT_PARTS[concept])
    norms = [t.norm_ for t in doc]
    for norm in norms:
        if norm in WORD_PARTS:
            tags.add(WORD_PARTS[norm])
    if RECORD_WORDS & set(norms) and _period(doc):
        tags.add("records_period")
    if _FIRST_TIME.search(text):
        tags.add("certification")
    if _MAINTENANCE.search(text):
        tags.add("maintenance")
        tags.discard("certification")
    compared = _COMPARED_YEAR.search(text)
    if compared is not None:
        # "for the first certification ... like the maintenance": a year named to compare
        tags.discard(compared.group("year").lower())
    if _late(doc):
        tags.add("deadline")
    if _CYCLE.search(text) or _later_years(text):
        tags |= {"cycle", "maintenance"}
        tags.discard("certification")
    if _HOW_MUCH.search(text) and _SENDING.search(text):
        tags.add("how_much")
    for pattern, named in _NAMED_PARTS:
        if pattern.search(text):
            tags |= named
    if _NONE_HAPPENED.search(text) and _WHAT_TO_SEND.search(text):
        tags.add("none_happened")
    count = doc._.headcount
    if count is not None and not count.bare:
        tags.add("people")
        if count.total > LIMIT:
            tags.add("over_limit")
    return Parts(frozenset(tags))


# A year type named only to compare ("like the maintenance", "same as for certification").
_COMPARED_YEAR = re.compile(
    r"\b(?:like|as|same as|than|unlike)\s+(?:in\s+|for\s+|with\s+)?(?:the\s+|a\s+|our\s+)?"
    r"(?P<year>maintenance|certification)\b(?!\s+(?:year|yr|audit)s?\s+(?:do|does|is|are|we))",
    re.IGNORECASE,
)


def _period(doc: Doc) -> bool:
    """A length of time in months or weeks: "two months of records", "how many months"."""
    for i, token in enumerate(doc):
        if token.norm_ not in PERIOD_WORDS or i == 0:
            continue
        before = [t for t in doc[max(i - 2, 0) : i]]
        if any(t.like_num or t.lower_ in ("many", "long", "few", "couple") for t in before):
            return True
    return False


_LAST_YEAR = re.compile(
    r"\b(?:got|were|was|became|get|received|earned)\s+(?:our\s+|my\s+)?(?:secor\s+|certified\s+|"
    r"certificate\s+|cert\s+)(?:\w+\s+)?last year\b.{0,80}\bthis year\b",
    re.IGNORECASE,
)


def _later_years(text: str) -> bool:
    """ "got our secor in 2024. what do I do in 2025 and 2026": a year one or two after the
    certification year is a maintenance year (and "certified last year ... this year")."""
    if _LAST_YEAR.search(text):
        return True
    match = _CERTIFIED_IN.search(text)
    if match is None:
        return False
    certified = int(match.group("year"))
    later = [int(y) for y in _YEAR.findall(text[match.end() :])]
    return any(1 <= y - certified <= 2 for y in later)


def _late(doc: Doc) -> bool:
    """A deadline named without the word (``_LATE``), where a day is no number of people
    ("in july 2 students work with us" counts students)."""
    text = doc.text
    count = doc._.headcount
    counted = [doc[g.at].idx for g in count.groups if 0 <= g.at < len(doc)] if count else []
    people = lexicon().person_nouns
    for match in _LATE.finditer(text):
        following = text[match.end() :].split()[:1]
        if following and following[0].lower() in people | {p + "s" for p in people}:
            continue  # "in july 2 students work with us"
        if not any(match.start() <= i < match.end() for i in counted):
            return True
    return False
