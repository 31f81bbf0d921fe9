"""Questions ACSA's pages do not answer: fees, named staff, pass marks, extensions, ...

For these the bot says plainly that ACSA's pages do not say it and gives the COR
department's contact, with no sources (the contract's "could not answer from the
knowledge base"), instead of answering a neighbouring topic as if it were the
question. Questions about Energy Safety Canada's own program are left to the
engine: its page states some of these things.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.acsa_request import LETTER_ASKED
from bot.answers import ESC, ESC_ASIDE, Answer
from bot.asks_for import answer_type
from bot.both_asked import BOTH_WHAT, asks_both
from bot.third_party import LAW, LAW_WHAT, THIRD_PARTY, THIRD_PARTY_WHAT
from bot.unstated import (
    CLASSES,
    ESC_FEE,
    ESC_FEE_WHAT,
    PASS_MARK,
    PIR_AMOUNT,
    PIR_AMOUNT_ASIDE,
    PIR_MECHANICS_WHAT,
    pir_mechanics_asked,
)
from bot.unstated_specifics import ESC_ONE_YEAR, ESC_ONE_YEAR_WHAT, FILE_SIZE
from knowledge.facts import citation, contacts, fact

_ESC = re.compile(r"\b(?:energy safety canada|enform|esc|mecor)\b", re.IGNORECASE)
# Money the pages do state: PIR refunds.
_REFUNDS = re.compile(r"\b(?:pir|refunds?|rebates?|incentives?|save|saving|savings|back)\b", re.I)
# ACSA's people an employer may ask to be named ("who is the QA analyst on our file").
_STAFF = (
    r"(?:coordinator|auditor|analyst|reviewer|advisor|adviser|rep|representative|"
    r"(?:person|lady|guy|woman|man|someone|manager|director) (?:at|from|in) (?:acsa|the cor))"
)

# (what the pages do not say, pattern of the question)
_SILENT: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "what it costs (no fee, membership price or course price is published there)",
        re.compile(
            r"\b(?:how much (?:is|are|for|does|do|will|would)\b(?!.{0,25}\b(?:documentation|"
            r"documents?|records?|time|paperwork|samples?|needed|need|required|send))|costs?|"
            r"costing|prices?|priced|fees?|(?<!in )charges?|dues|pay(?:ing)? for|pay to|expensive|"
            r"cheap|dollars?|\$|free of charge|payment plans?|pay (?:in|by) (?:install?ments|"
            r"credit|cheque|check|card|e-?transfer)|credit cards?|"
            r"(?:is|are)\s+(?:it|the|this|that|secor|they|courses?)\s+(?:[\w-]+\s+){0,3}free\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "the names of ACSA's staff",
        re.compile(
            rf"\b(?:names? of|what'?s (?:her|his|their|the) name|"
            # (not a name put somewhere: "put his name as the assessor", "her name on the tool")
            rf"(?:her|his|their) name(?!\s+(?:down\s+)?(?:as|on|in|onto|into|for)\b)|"
            rf"who(?: is|'s| are) (?:the |my |our |your )?(?:\w+ )?{_STAFF}s?\b|"
            rf"\bwhos (?:the |my |our )?(?:\w+ )?{_STAFF}\b|"
            r"\bwho (?:is|'s|runs) (?:the )?(?:ceo|president|head|boss|chair\w*) (?:of|at)\b|"
            rf"(?:specific|particular|named) {_STAFF})",
            re.IGNORECASE,
        ),
    ),
    (
        "what score or pass mark ACSA uses for SECOR",
        re.compile(
            r"\b(?:pass(?:ing)? (?:mark|score|grade|rate|percent\w*|threshold)|"
            r"(?:score|mark|grade|percent\w*) (?:do|does|to|needed|required|is needed)"
            r"|minimum (?:score|mark|grade)|what (?:score|mark|grade|percent\w*)|"
            r"how many points|fail(?:ing)? (?:mark|score|grade)|score of \d+|\d+ ?%)|"
            + PASS_MARK.pattern,
            re.IGNORECASE,
        ),
    ),
    (
        "whether an extension or more time is possible",
        re.compile(
            r"\b(?:extensions?(?! cords?)|"
            r"extend\w* (?:the |my |our )?(?:deadline|due date|date|time)|"
            r"(?:more|extra|another|additional) (?:\w+ )?(?:weeks?|days?|months?|time)"
            r"(?! th[ae]n\b)|"  # "she has more time than me" compares people
            r"grace period|late submissions?|submit (?:it |them )?late)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "whether SECOR material is available in French or another language",
        re.compile(
            r"\b(?:french|fran[cç]ais|other languages?|another language|spanish|punjabi|"
            r"tagalog|translat\w*)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "whether a SECOR is recognised outside Alberta",
        re.compile(
            r"\b(?:b\.?c\.?|british columbia|saskatchewan|sask|manitoba|ontario|quebec|"
            r"other provinces?|another province|out of province|outside (?:of )?alberta|"
            r"across canada|nationally|other jurisdictions?|the territories|nwt|yukon)\b"
            r".{0,60}\b(?:recogni[sz]\w*|valid|accept\w*|honou?r\w*|transfer\w*|good|"
            r"reciproc\w*|portable)|"
            r"\b(?:recogni[sz]\w*|valid|accept\w*|honou?r\w*|transfer\w*|good|reciproc\w*|"
            r"portable)\b.{0,40}\b(?:b\.?c\.?|british columbia|saskatchewan|sask|manitoba|"
            r"ontario|quebec|other provinces?|another province|out of province|"
            r"outside (?:of )?alberta|across canada|nationally)\b|"
            r"\b(?:secor|cor|certificate|cert)\b.{0,20}\b(?:count|work|apply|hold|cover)s?\b"
            r".{0,25}"
            r"\b(?:b\.?c\.?|british columbia|saskatchewan|sask|manitoba|ontario|quebec|"
            r"other provinces?|another province|outside (?:of )?alberta|nwt|yukon|nunavut|"
            r"the territories|up there|over there|out there)\b|"
            r"\b(?:nwt|yukon|nunavut|northwest territories|the territories|b\.?c\.?|"
            r"british columbia|saskatchewan|manitoba|ontario|quebec)\b.{0,60}\b(?:secor|cor|"
            r"certificate|cert)\b.{0,20}\b(?:cover|count|apply|work|hold)s?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "a deadline or due date for sending it",
        re.compile(
            r"\b(?:deadlines?|due dates?|due by|when (?:is|are) (?:it|they|my|our|the) "
            r"(?:\w+ ){0,3}due|how (?:long|many days|many weeks) do (?:i|we) have to "
            r"(?:submit|send|get)|by when|cut-?off (?:date|day|time)|last day to|"
            r"cut-?off (?:to|for) (?:get|submit|send)|"
            r"(?:is|are|it's|its) (?:the |my |our )?(?:\w+ ){0,2}due\b|"
            r"\bdue (?:date|by|on|when)\b)",
            re.IGNORECASE,
        ),
    ),
)


_SILENT_MORE: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "how long a review takes",
        re.compile(
            r"\bhow long (?:will|does|do) (?:the |it |they |acsa |qa )?(?!(?:\w+ ){0,2}(?:course|"
            r"class))(?:\w+ ){0,2}take\b|"
            # without the auxiliary, as typed: "how long acsa take to check my secor"
            r"\bhow long (?:(?:it|they|acsa|qa|the cor department|you(?: guys)?) )?takes? "
            r"(?:(?:for|until|till|before) (?:acsa|them|you|qa|the \w+) )?(?:to )?(?:check|"
            r"review|process|look (?:at|over)|approve|go (?:through|over)|mark|verify|evaluate|"
            r"get back)\w*\b|"
            r"\bhow (?:long|many (?:days|weeks|months)) (?:does|will|is|until|till|before|do|"
            r"does it take|after)\b.{0,40}\b"
            r"(?:review|hear (?:back|anything|something|from)|wait|response|respond|approv\w*|"
            r"process\w*|turnaround|"
            r"get (?:it|our|the|a) (?:back|certificate|cert|answer|result)|gets? back to|reply|"
            r"replies|answer)|"
            r"turn-?around time|wait(?:ing)? times?|"
            r"processing times?|how (?:soon|fast|quickly) (?:will|do|does|can) (?:we|i|you|acsa)\b"
            r".{0,30}\b(?:hear|review|get|know)|"
            r"\bwhen (?:will|would|do|does|can|should) (?:i|we|you|acsa|they)\b.{0,20}\b"
            r"(?:hear (?:back|anything|from)|get (?:a |an |our )?(?:answer|result|reply|response)|"
            r"gets? back to)",
            re.IGNORECASE,
        ),
    ),
    (
        "ACSA's office hours",
        re.compile(
            r"\b(?:office hours|opening hours|hours of operation|business hours|open on "
            r"(?:weekends|saturdays?|sundays?|holidays))\b",
            re.IGNORECASE,
        ),
    ),
)
_SILENT_MORE += (
    (
        "why a particular submission was returned: only the COR department knows your file",
        re.compile(
            r"\bwhy (?:was|did|has|is|were) (?:my|our|the) (?:submission|package|audit|secor|file|"
            r"evaluation)\b.{0,20}\b(?:returned|sent back|rejected|bounced|refused|denied|failed)",
            re.IGNORECASE,
        ),
    ),
)
_SILENT_MORE += (
    (
        "a fax number or a mailing address for the COR department",
        re.compile(
            r"\bfax\b|\b(?:mailing|postal|street|physical|office|courier) address\b|"
            r"\bwhere (?:is|are) (?:the |your )?(?:acsa|cor department|office)s?"
            r"(?: located)?\s*\??$",
            re.IGNORECASE,
        ),
    ),
    (
        "when, where or how the courses run (dates, places, length, online classes, exams)",
        re.compile(
            r"\b(?:course|class|csts|phsm|sfa|first aid|ests|rsts|pcsts)(?:es)? "
            r"(?:be |is |are )?(?:done |taken |completed |offered |run )?"
            r"(?:online|virtually|remotely|from home|in person)\b|\bclassroom only\b|"
            # taken online: "an online-only first aid course", "virtual phsm classes"
            r"\b(?:online|virtual|remote|e-?learning|web-?based|zoom)(?:[- ]only)? (?:\w+ ){0,2}"
            r"(?:course|class|csts|phsm|sfa|first aid|ests|rsts|pcsts)(?:es)?\b|"
            # (where first aid is taken, the pages do say: bot_intents first_aid)
            r"\b(?:closest|nearest|near me|where\b.{0,30}\b(?:take|taking|attend|go for|sign up|"
            r"register|book|offered|held|run))\b.{0,40}\b(?:(?<!first aid )(?<!sfa )(?:course|"
            r"class)|csts|phsm|rsts|ests|pcst|safety training system)\b|"
            r"\b(?:(?<!first aid )(?<!sfa )(?:course|class)|csts|phsm)\b.{0,30}\b(?:in|near) "
            r"(?:red deer|"
            r"calgary|edmonton|lethbridge|grande prairie|fort mcmurray|medicine hat|"
            r"my (?:town|area|city))\b|"
            r"\bhow (?:many (?:days|hours|weeks)|long) (?:is|does|will) (?:the |it |a )?"
            r"(?:\w+ ){0,3}(?:course|class|(?:csts|phsm|rsts|ests|pcsts?)\b(?! (?:certificate|"
            r"cert|ticket|card)))\b|"
            r"\b(?:next|upcoming) (?:secor |phsm |small employer |first aid |sfa )?"
            r"(?:course|class|session)s?\b|\bcourse (?:dates|schedule|times|calendar)\b|"
            r"\b(?:take|do|attend) (?:the |a )?(?:\w+ ){0,2}(?:course|class) (?:online|virtually|"
            r"remotely|in person)\b|\b(?:course|class)(?:es)? (?:online|virtual)\b|"
            r"\b(?:exam|test|quiz) (?:at|for|in|after) (?:the )?(?:end of )?(?:the )?"
            r"(?:\w+ ){0,2}course\b|"
            r"\bcourse (?:exam|test|quiz)\b",
            re.IGNORECASE,
        ),
    ),
)
_SILENT_MORE += (
    (
        "a size limit for the files or the zipped folder",
        re.compile(
            r"\b(?:file|attachment|zip|folder|upload|email) size\b|"
            r"\b(?:files?|attachments?|zip|folders?|uploads?|emails?)\b.{0,40}\bsize (?:limit|cap|"
            r"max\w*)\b|\bsize (?:limit|cap|max\w*)\b.{0,40}\b(?:files?|attachments?|zip|"
            r"folders?|uploads?|emails?)\b|"
            r"\bmax(?:imum)? (?:file |attachment |upload |zip |folder )?size\b|"
            r"\bhow (?:big|large) (?:can|may|should) (?:the |a |my |our )?(?:file|zip|folder|"
            r"attachment|email)|\b\d+ ?(?:mb|gb|megabytes?|gigabytes?)\b|"
            + FILE_SIZE.pattern,  # "the biggest zip your email takes" (round 24)
            re.IGNORECASE,
        ),
    ),
)
_SILENT_MORE += (
    (
        "whether anyone from ACSA visits your work site or interviews your workers",
        re.compile(
            r"\b(?:acsa|someone|somebody|anyone|anybody|they|an? (?:auditor|inspector|person|"
            r"rep\w*))\b.{0,30}\b(?:come|comes|coming|visit\w*|show up|drop by|stop by)\b"
            r".{0,40}\b(?:site|sites|shop|office|yard|job ?sites?|check|interview\w*)\b|"
            r"\bsite visits?\b|\binterview\w* (?:my|our|the) (?:workers|guys|crew|employees|"
            r"staff|people)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "whether one SECOR can cover more than one company or WCB account",
        re.compile(
            r"\b(?:two|2|three|both|several|multiple|separate|more than one)\s+(?:\w+\s+){0,2}?"
            r"(?:companies|businesses|corporations|wcb accounts|accounts)\b.{0,80}\b(?:one|single|"
            r"same)\s+(?:secor|cor|certificate|cert)\b|"
            r"\b(?:one|single|same)\s+(?:secor|cor|certificate|cert)\b.{0,40}\b(?:cover|for|span)"
            r"\w*\b.{0,30}\b(?:both|two|all|multiple|several)\b",
            re.IGNORECASE,
        ),
    ),
)
_SILENT_MORE += (
    # a sale, a new owner, a merger or a new name (bot.asks_for: no fact holds it); asked
    # here, before any people it names are counted ("if my partner buys me out ...")
    (answer_type("ownership").what, answer_type("ownership").asks),
)
_COURSE_NAMES = (
    r"(?:phsm|csts|rsts|ests|pcsts?|first aid|sfa|(?:small employer|secor|management|industry) "
    r"course|course|ticket|course certificate)"
)
_STILL_VALID = (
    r"(?:expir\w*|still (?:valid|good|current|ok|okay|count)|out of date|lapse[sd]?|"
    r"good for|valid for|stay valid|last)"
)
_SILENT_MORE += (
    (
        "how long a course certificate stays valid (no expiry is given for PHSM, first aid or "
        "the industry courses)",
        re.compile(
            rf"\b{_COURSE_NAMES}\b.{{0,40}}\b{_STILL_VALID}\b|"
            rf"\b{_STILL_VALID}\b.{{0,30}}\b{_COURSE_NAMES}\b",
            re.IGNORECASE,
        ),
    ),
)
_SILENT_MORE += (
    (
        "whether a decision on a submission can be appealed or disputed",
        re.compile(
            r"\b(?:appeal\w*|dispute\w*|contest(?:ing)? (?:the|a|their|our)|challenge (?:the|a|"
            r"their) (?:decision|result|review)|over (?:the |their )?(?:reviewer|analyst)'?s? "
            r"head)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "whether or how the SECOR name or logo may be used on trucks, a website or advertising",
        re.compile(
            r"\b(?:logos?|decals?|stickers?|branding|advertis\w*|marketing|letterhead)\b|"
            # the name put on things: "print secor on our hard hats", "secor on our cards"
            r"\b(?:put|putting|print\w*|paint\w*|stitch\w*|embroider\w*|stick|display\w*|"
            r"show|showing|use|using|add|adding)\b (?:the |our |a )?(?:secor|cor)\b(?: (?:name|"
            r"crest|seal|mark|symbol|emblem))? on (?:our|the|my|all|each|every|its|their)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "whether a SECOR can be suspended or revoked",
        re.compile(
            r"\b(?:suspend\w*|revok\w*|revocation|rescind\w*|strip(?:ped)? of)\b", re.IGNORECASE
        ),
    ),
    (
        "whether your subcontractors need a SECOR or COR of their own",
        re.compile(
            r"\b(?:sub-?contractors?|subs|subtrades?|contractors)\b.{0,40}\b(?:their|its|his|her) "
            r"own (?:secor|cor|certificate|cert)\b|\b(?:sub-?contractors?|subs|subtrades?)\b.{0,30}"
            r"\b(?:need|needs|require[sd]?|must|have to|has to)\b.{0,15}\b(?:secor|cor)\b",
            re.IGNORECASE,
        ),
    ),
)
_SILENT_MORE += (
    (
        "whether there is a public list or directory of the companies that hold SECOR",
        re.compile(
            r"\b(?:directory|registry|register|list(?:ing)?|database|look(?:ing)? up|search)\b"
            r".{0,40}\b(?:compan\w*|employers?|contractors?|holders?|businesses|firms)\b"
            r"\s+(?:\w+\s+){0,2}?(?:that|who|which|with|holding|hold|have|has|are|is)\b.{0,20}"
            r"\b(?:secor|cor|certified|certificates?)\b",
            re.IGNORECASE,
        ),
    ),
)
_SILENT_MORE += (
    # what a general contractor, client or prequalification system accepts, or what the law
    # obliges (bot.third_party): the pages speak for ACSA only
    (THIRD_PARTY_WHAT, THIRD_PARTY),
    (LAW_WHAT, LAW),
)
_SILENT_MORE += (
    (
        "how long you have, or must wait, to resubmit after a submission is returned or fails",
        re.compile(
            r"\b(?:how (?:soon|long|quickly|fast|many (?:days|weeks|months))|when|by when|"
            r"time ?limit|deadline|wait)\b[^.?!]{0,60}\b(?:re-?submit\w*|re-?apply\w*|"
            r"send(?:ing)? (?:it |them |everything )?(?:back )?(?:in )?again|try again|"
            r"submit(?:ting)? (?:it )?again)|\b(?:re-?submit\w*|re-?apply\w*|"
            r"send(?:ing)? (?:it )?again)\b[^.?!]{0,40}\b"
            r"(?:how (?:soon|long)|how many (?:days|weeks)|within|waiting period|time limit)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "whether a SECOR carries over to a new legal entity or a new WCB account",
        re.compile(
            r"\b(?:secor|cor|certificate|cert)\b[^.?!]{0,60}\b(?:move|moves|carry|carries|"
            r"transfer\w*|follow\w*|stay\w*|still (?:valid|good|count|apply))\b[^.?!]{0,60}\b"
            r"(?:new (?:wcb )?account|incorporat\w*|corporation|ltd|inc)\b|"
            r"\b(?:new (?:wcb )?account(?: number)?|incorporat\w*|corporation)\b[^.?!]{0,80}"
            r"\b(?:secor|cor|certificate|cert)\b[^.?!]{0,30}\b(?:move|moves|carry|carries|over|"
            r"transfer\w*|follow\w*|stay\w*|still (?:valid|good))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "whether separate companies or WCB accounts are counted together for SECOR",
        re.compile(
            r"\b(?:two|2|three|3|both|separate|multiple|several)\s+(?:\w+\s+){0,2}?"
            r"(?:companies|businesses|corporations|wcb accounts|accounts)\b[^?]{0,100}\b"
            r"(?:add(?:ed)?|combin\w*|count(?:ed)?|lump\w*|put|pool\w*)\b[^.?!]{0,20}\b"
            r"(?:together|combined|as one)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "whether the three months of records must run without a break or may date from before "
        "you registered; they ask for at least three months of records",
        re.compile(
            r"\b(?:in a row|consecutive\w*|back[- ]to[- ]back|continuous\w*|uninterrupted|"
            r"straight months)\b|\bbefore (?:we|i) (?:registered|signed up|joined|applied|"
            r"enrolled)\b",
            re.IGNORECASE,
        ),
    ),
)
_SILENT_MORE += (
    (
        "whether money owed to WCB affects a SECOR application; they ask for an active Alberta "
        "WCB account",
        re.compile(
            r"\b(?:owe|owes|owing|arrears|behind on|overdue)\b[^.?!]{0,40}\b(?:wcb|premiums?|"
            r"assessments?)\b|\b(?:wcb|premiums?)\b[^.?!]{0,30}\b(?:in arrears|overdue|owing|"
            r"outstanding|past due)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "whether phone photos of paper records are accepted in place of scans; they say paper "
        "records have to be scanned",
        re.compile(
            r"\b(?:pics|photos?|pictures?|snapshots?|phone camera)\b (?:of|from) (?:the |our |"
            r"my |all |each )?(?:\w+ ){0,2}(?:paper|forms?|documents?|records?|paperwork|sheets?|"
            r"pages?)\b|\b(?:take|taking|snap|snapping)\b[^.?!]{0,15}\b(?:pics|photos?|"
            r"pictures?)\b",
            re.IGNORECASE,
        ),
    ),
)
_SILENT_MORE += (
    # ACSA asked for a letter or a written word of where the company stands (round 16):
    # a question about what ACSA does, which the pages never speak of (bot.acsa_request)
    (
        "whether ACSA gives a letter or a written confirmation of where a company stands with "
        "SECOR",
        LETTER_ASKED,
    ),
)
_SILENT_MORE += (
    # another company's SECOR asked of as help to one's own (round 19): no people to count,
    # and no page says a certificate reaches past the employer that earned it
    (
        "whether another company's SECOR or COR (a relative's, a parent or sister company's, a "
        "contractor's) does anything for your own company",
        re.compile(
            r"\b(?:(?:[\w-]+ ?'s|(?:dad|father|mom|mother|brother|sister|uncle|aunt|cousin|friend|"
            r"buddy|son|daughter|wife|husband|partner|family)s?|another|other|parent|related|"
            r"associated)\s+"
            r"(?:[\w-]+\s+)?(?:company|companies|business|outfit|firm|shop|corporation|corp)|"
            r"(?:company|business|outfit|firm|shop) (?:that )?(?:my|our|his|her) (?:[\w-]+ )?"
            r"(?:owns?|runs?))\b[^.?!]{0,40}\b(?:has|have|holds?|got|is|are)\b[^.?!]{0,25}"
            r"\b(?:secor|cor)\b[^?]{0,80}\b(?:help|helps|count|counts|cover|covers|use|share|"
            r"apply|applies|go under|work under|piggy ?back|extend|get us|give us|mean)\b",
            re.IGNORECASE,
        ),
    ),
)
_SILENT = _SILENT + _SILENT_MORE
_DEADLINE = 6  # (a deadline or due date)
_RESUBMIT = next(p for w, p in _SILENT if w.startswith("how long you have, or must wait"))
# Topics answered here outright; for the others (pass marks, deadlines) the engine's answer
# stands when it already says the pages are silent.
DIRECT = frozenset(range(len(_SILENT))) - {2, 6}  # (pass marks and deadlines: see above)
# A labelled aside on the same thing, with its source: (topic index, word, fact id).
_ASIDES: tuple[tuple[int, re.Pattern[str], str], ...] = (
    (
        0,
        re.compile(
            r"\bmembership\b|\b(?:become|be|join as) (?:a |an )?(?:associate )?member\b|"
            r"\bjoin(?:ing)? acsa\b",
            re.IGNORECASE,
        ),
        "membership-associate",
    ),
    (
        12,  # too big to email: the pages' other way, a link to online storage
        re.compile(
            r"\btoo (?:big|large|heavy)\b|\b(?:other|another|different) way\b|\bhow else\b|"
            r"\bwon'?t (?:go through|send|attach|fit)\b|\bbounc\w*\b|\bwhat (?:do|can|should) "
            r"(?:we|i) do\b",
            re.IGNORECASE,
        ),
        "submit-how",
    ),
)
_ASIDES += (
    # how long a course stays valid: the course someone takes every three years
    (16, re.compile(r"."), "continuing-education"),
)
_KEEPS_TRACK = re.compile(
    r"\b(?:remind\w*|keep\w* track|track\w*|responsib\w*|whose job|up to date|notif\w*)\b",
    re.IGNORECASE,
)
_MEMBERSHIP = "what membership costs"
# Another province named of the WCB account, not the certificate ("do I need an Alberta WCB
# account or is my Sask one good"): the pages ask for an active Alberta WCB account.
_ACCOUNT_ASKED = re.compile(
    r"\b(?:wcb|worksafe\w*|wsib|workers'? comp\w*)(?: bc| sask\w*| account| board| coverage)?"
    r"\b[^.?!]{0,25}\b(?:good|ok|okay|fine|valid|enough|work|works|do|count|counts|accepted|"
    r"recogni[sz]ed)\b|\b(?:my|our|the) (?:sask\w*|bc|b\.c\.|manitoba|ontario|quebec|"
    r"yukon|nwt|home province'?s?) (?:one|account|wcb|board|coverage)\b|"
    r"\b(?:need|require[sd]?|have to have|must have|has to be)(?: an?| our| the)? (?:active )?"
    r"(?:alberta|ab) wcb\b",
    re.IGNORECASE,
)
_OUTSIDE_ALBERTA = "whether a SECOR is recognised outside Alberta"
# Growing the crew: "3 more next month" is people, not time.
_GROWTH = re.compile(
    r"\b(?:hir(?:e|es|ed|ing)|add(?:ing)?|bring(?:ing)? on|grow\w*|taking on|take on)\b",
    re.IGNORECASE,
)


# What the COR mailbox's own process says beside a silence: (topic index, words, facts).
# How long a review takes the pages do not say; that every submission gets a reply with a
# reference number, where to look when none came, and that this assistant cannot see
# submissions, the process does (facts of the intake assistant, cited as such).
_PROCESS: tuple[tuple[int, re.Pattern[str], tuple[str, ...]], ...] = (
    (
        7,
        re.compile(r"\bhear\b|\bget(?:s)? back\b|\b(?:answer|result|reply|response)\b", re.I),
        ("submission-auto-reply", "submission-no-reply", "submission-bot-cannot-see"),
    ),
)


@dataclass(frozen=True)
class NotStated:
    """What the pages do not say, whether to answer it outright, an aside's fact, and the
    facts of the COR mailbox's own process that follow."""

    what: str
    direct: bool
    aside: str = ""
    process: tuple[str, ...] = ()
    # the question asks it; False for a deadline, often named as context ("due next month")
    asked: bool = True


# MECOR, which only Energy Safety Canada's page names (where a growing small employer goes):
# its own size range, or whether ACSA runs one, no page gives.
_MECOR = re.compile(r"\b(?:mecor|medium employer cor)\b", re.IGNORECASE)
_MECOR_ASKED = re.compile(
    r"\bhow (?:many|big|large)\b|\b(?:limit|max\w*|minimum|range|cap|up to|between|from \d+ to)"
    r"\b|\b(?:does|do|will|can|could) (?:acsa|you|you guys|your association) (?:also )?(?:have|"
    r"offer|run|do|provide|give)\b|\b(?:through|from|with|at) (?:acsa|you)\b",
    re.IGNORECASE,
)
_MECOR_WHAT = (
    "anything about MECOR beyond Energy Safety Canada's rule for a growing employer: not its "
    "size range, nor whether ACSA runs one"
)


def mecor_unstated(question: str) -> NotStated | None:
    """What QUESTION asks of MECOR that no page says (its size range, an ACSA MECOR), with
    Energy Safety Canada's growth rule as the aside; None when it asks nothing of that."""
    if _MECOR.search(question) and _MECOR_ASKED.search(question):
        return NotStated(_MECOR_WHAT, True, "esc-growth")  # "how many people for mecor"
    return None


def esc_unstated(question: str) -> NotStated | None:
    """What QUESTION asks of Energy Safety Canada's program that its page does not say (MECOR
    beyond its growth rule, the amount of its fees), read before its stated rules answer."""
    mecor = mecor_unstated(question)
    if mecor is not None or not _ESC.search(question):
        return mecor
    if ESC_ONE_YEAR.search(question):  # "convert our one-year SECOR to a three-year one"
        return NotStated(ESC_ONE_YEAR_WHAT, True, "esc-one-year-system")
    return NotStated(ESC_FEE_WHAT, True) if ESC_FEE.search(question) else None


def silent_topic(question: str) -> NotStated | None:
    """What ACSA's pages do not say that QUESTION asks about, or None."""
    mecor = mecor_unstated(question)
    if mecor is not None:
        return mecor
    if _ESC.search(question):
        # Energy Safety Canada's page states its own rules, but no amount for its fees
        return esc_unstated(question)
    for what, pattern, process in CLASSES:  # a refund's mechanics, ... (bot.unstated)
        if pattern.search(question):
            # what the refund comes to for us (in dollars, on our premiums), or nothing of
            # its mechanics asked: the pages' ceiling is said and cited beside the silence
            amount = what == PIR_MECHANICS_WHAT and (
                PIR_AMOUNT.search(question) is not None or not pir_mechanics_asked(question)
            )
            return NotStated(what, True, PIR_AMOUNT_ASIDE if amount else "", process)
    if asks_both(question):
        return NotStated(BOTH_WHAT, True)  # "a formal hazard assessment and FLHAs both?"
    for index, (what, pattern) in enumerate(_SILENT):
        if not pattern.search(question):
            continue
        if index in (0, 2) and _REFUNDS.search(question):
            continue  # PIR refunds: the pages give the figure
        if what.startswith("whether an extension") and _GROWTH.search(question):
            continue  # "hiring 3 more next month": a head count that grows, not a deadline
        if what.startswith("how long a review") and _RESUBMIT.search(question):
            continue  # "how long do we wait before we can try again": the resubmission's wait
        if what == _OUTSIDE_ALBERTA and _ACCOUNT_ASKED.search(question):
            continue  # the account asked of, not the certificate: an active Alberta account
        if what.startswith("how long a course") and _KEEPS_TRACK.search(question):
            continue  # "does acsa remind us when tickets expire": whose job it is, the pages say
        aside = next((f for i, p, f in _ASIDES if i == index and p.search(question)), "")
        process = next((f for i, p, f in _PROCESS if i == index and p.search(question)), ())
        return NotStated(
            _MEMBERSHIP if aside == "membership-associate" else what,
            index in DIRECT,
            aside,
            process,
            index != _DEADLINE,
        )
    return None


def silent_answer(stated: NotStated, confidence: float = 1.0) -> Answer:
    """ "ACSA's pages do not say WHAT" with the COR department's contact.

    No sources, unless a labelled aside on the same thing follows (then its source).
    """
    c = contacts()
    text = (
        f"ACSA's pages do not say {stated.what}, so I can't answer that from them. The COR "
        f"department can tell you: call {c.phone} or email {c.email}."
    )
    if stated.process:
        items = [fact(i) for i in stated.process]
        text += " What the COR mailbox does: " + " ".join(i.statement for i in items)
        cited = tuple(dict.fromkeys(citation(i) for i in items))
        return Answer(text, "not_stated", confidence, cited, "answer")
    if not stated.aside:
        return Answer(text, "not_stated", confidence, (), "unknown")
    item = fact(stated.aside)
    label = ESC_ASIDE if item.authority == ESC else "Aside, on the same thing:"
    text += f" {label} {item.statement}"
    return Answer(text, "not_stated", confidence, (citation(item),), "answer")


def continues_silence(previous: str, follow_up: str) -> bool:
    """Whether FOLLOW_UP, read after PREVIOUS, asks more of the same thing the pages are
    silent on ("when is the PIR refund paid? and how is the amount worked out?"): a
    pattern of ``bot.unstated`` matches only with words of both parts."""
    joined = f"{previous.rstrip(' ?!.')}, {follow_up}"
    cut = len(previous.rstrip(" ?!."))
    starts = [m.start() for m in re.finditer(r"\b\w", joined[:cut])]
    spans = any(
        (found := pattern.match(joined, start)) is not None and found.end() > cut + 2
        for _what, pattern, _process in CLASSES
        for start in starts
    )
    return spans or _points_back_to_silence(previous, follow_up)


# A word of a follow-up that stands for what the question before it named.
_BACK = re.compile(r"\b(?:it|that|this|they|them|those|these|one)\b", re.IGNORECASE)
_NAMED = re.compile(r"\b[A-Za-z][\w-]{2,}\b")


def _points_back_to_silence(previous: str, follow_up: str) -> bool:
    """FOLLOW_UP points back ("it", "that") to something PREVIOUS names, and read with that
    thing in the pronoun's place it asks what the pages are silent on for PREVIOUS ("does
    acsa run CSTS in red deer? how many days is it?": the course's length, as its place)."""
    before = silent_topic(previous)
    back = _BACK.search(follow_up)
    if before is None or back is None or silent_topic(follow_up) is not None:
        return False
    for named in dict.fromkeys(m.group(0) for m in _NAMED.finditer(previous)):
        if silent_topic(named) is not None:
            continue  # ("a fee"): the word alone is the silence, not what the follow-up asks
        read = f"{follow_up[: back.start()]}{named}{follow_up[back.end() :]}"
        if silent_topic(read) == before:
            return True
    return False
