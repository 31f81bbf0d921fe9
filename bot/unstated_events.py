"""Round 17: three more classes of question ACSA's pages leave open, read from the words.

- what an event does to a SECOR or the PIR refund (a claim, an injury, an incident, a fine
  or order, a late payment): the pages say what SECOR and the refund are, never how such an
  event weighs on them;
- procedures no page describes: how many times a returned evaluation may be resubmitted, a
  rush or paid faster review;
- a course taken through another province's body (a BC or Saskatchewan association): the
  pages name the courses, not whether one taken elsewhere is accepted.

Checked against the five seed pages (the ACSA SECOR pages old and new, the maintenance-year
update, the element guide and Energy Safety Canada's procedure): none states any of them.
``bot.unstated`` reads these classes with its own, before any topic of the intent model.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# --- what an event does to a SECOR or the refund ------------------------------------------
_EVENT = (
    r"(?:(?:wcb |lost[- ]time |injury |medical |time[- ]loss )?claims?|injur(?:y|ies|ed)|"
    r"(?:got|gets|get|was|were|is|been|getting) (?:\w+ )?hurt|hurt (?:him|her|them)sel\w+|"
    r"broke|broken|fractur\w*|accidents?|incidents?|fatalit\w*|died|death|near[- ]miss\w*|"
    r"(?:stop[- ]work|ohs|compliance) orders?|fined|fines?|ticketed|(?:ohs|safety) tickets?|"
    r"(?:paid|pay|paying) (?:our |the |my )?(?:\w+ ){0,3}late|"
    r"late (?:payments?|premiums?|on (?:our |the )?(?:premiums?|payments?|bills?|invoices?))|"
    r"missed (?:a |our |the )?(?:\w+ )?payments?)"
)
_EFFECT = (
    r"(?:hurt|hurts|affect\w*|impact\w*|jeopardi[sz]\w*|count (?:against|towards?)|lose|losing|"
    r"lost|cost|costs|ruin\w*|harm\w*|reduc\w*|cancel\w*|mess(?:es)? up|at risk|in jeopardy|"
    r"penali[sz]\w*|knock\w*|ding\w*|disqualif\w*|fail|void\w*|hit|cut|dock\w*|lower\w*|"
    r"still (?:get|keep|qualify|be eligible|eligible|good|valid)|get to keep)"
)
_TARGET = (
    r"(?:secor|(?<!se)cor|certificate|cert|certification|pir|refunds?|rebates?|evaluation|"
    r"audit|maintenance year|standing|eligib\w*)"
)
EVENT_CONSEQUENCE = re.compile(
    # "a lost-time claim ... does that hurt our SECOR", "we were fined by OHS, do we lose PIR"
    rf"\b{_EVENT}\b[^?]{{0,150}}?\b{_EFFECT}\b[^.?!]{{0,40}}\b{_TARGET}\b|"
    # "could we lose our secor if someone gets hurt", "is the refund at risk after a claim"
    rf"\b{_EFFECT}\b[^.?!]{{0,40}}\b{_TARGET}\b[^.?!]{{0,40}}\b(?:if|when|because|after|from|"
    rf"by|with|over|due to)\b[^.?!]{{0,50}}\b{_EVENT}\b|"
    rf"\b{_TARGET}\b[^.?!]{{0,40}}\b{_EFFECT}\b[^.?!]{{0,40}}\b(?:if|when|because|after|from|"
    rf"by|with|over|due to)\b[^.?!]{{0,50}}\b{_EVENT}\b",
    _I,
)
EVENT_CONSEQUENCE_WHAT = (
    "what an event such as a claim, an injury, an incident, a fine or a late payment does to a "
    "SECOR or to the PIR refund; they say only that SECOR qualifies an employer for PIR refunds "
    "of up to 20% of WCB premiums while its maintenance is kept up"
)

# --- procedures no page describes ---------------------------------------------------------
_AGAIN = (
    r"(?:re-?submi\w*|re-?send\w*|re-?appl\w*|send (?:it |them |the \w+ )?(?:back |in )?again|"
    r"submit (?:it |them )?again|try again|fix (?:it|them)|correct (?:it|them)|re-?do\w*|"
    r"attempts?|tries|goes|chances|kicks at)"
)
# the same, without "redo": "redoing everything from scratch" says how much work, not that a
# returned submission is sent again
_SENT_AGAIN = _AGAIN.replace(r"re-?do\w*|", "")
RESUBMIT_LIMIT = re.compile(
    # "how many times can we resubmit", "how many tries do we get before starting over"
    rf"\bhow many (?:times|tries|attempts|chances|goes|rounds|kicks)\b[^.?!]{{0,60}}"
    rf"(?:\b{_AGAIN}|\bsubmit\w*|\bsend\w*|\bfix\w*|\bbefore\b)|"
    rf"\b(?:limit|max\w*|cap|number)\b (?:on |of |to )?(?:the )?(?:\w+ )?"
    r"(?:re-?submissions?|resubmits?|attempts|tries|chances|times)\b|"
    r"\bhow many (?:re-?submissions?|resubmits|re-?tries|second chances)\b|"
    rf"\b(?:{_SENT_AGAIN}|(?:sent|send|sends|gets?|got|kicked|bounced) (?:it |them )?back|returned|"
    r"again and again|over and over)\b[^.?!]{0,60}\b(?:start (?:all )?(?:over|again|from scratch)|"
    r"from scratch|"
    r"back to square one|whole (?:thing|process) again)|"
    r"\b(?:unlimited|endless|infinite) (?:re-?submissions?|attempts|tries|chances)\b",
    _I,
)
RESUBMIT_LIMIT_WHAT = (
    "how many times a returned evaluation may be resubmitted, or when a company must start "
    "over; they say only that a submission with more documentation than required may be "
    "returned"
)
_REVIEW = r"(?:review\w*|evaluation|audit|submission|file|package|approv\w*|processing|secor)"
_FASTER = r"(?:faster|quicker|sooner|first|quick|fast|ahead|in time|done (?:before|by|in time))"
RUSH_REVIEW = re.compile(
    # a faster service named: "a rush option", "expedited processing", "priority review"
    r"\b(?:rush|expedit\w*|fast[- ]?track\w*|express|priority)\b (?:\w+ )?(?:options?|service|"
    r"fees?|review\w*|processing|turnaround|requests?|lane)\b|"
    r"\bexpedit\w* (?:the |our |my |a )?(?:\w+ )?" + _REVIEW + r"\b|"
    # the review itself hurried: "can our file be prioritized", "the review sped up"
    rf"\b{_REVIEW}\b[^.?!]{{0,30}}\b(?:rushed|expedited|fast[- ]?tracked|prioriti[sz]\w*|"
    r"bumped up|moved up|sped up|hurried)\b|"
    rf"\b(?:speed|hurry)\w* up (?:the |our |my )?(?:\w+ )?{_REVIEW}\b|"
    # paid for: "we'll pay extra to get our review done before the bid closes"
    r"\b(?:pay|paying|pays|spend) (?:extra|more|a (?:bit|little) more|a fee|a premium|double|"
    rf"whatever)\b[^.?!]{{0,60}}\b{_REVIEW}\b[^.?!]{{0,40}}\b{_FASTER}\b|"
    r"\b(?:pay|paying|pays|spend) (?:extra|more|a (?:bit|little) more|a fee|a premium|double|"
    rf"whatever)\b[^.?!]{{0,40}}\b{_FASTER}\b[^.?!]{{0,40}}\b{_REVIEW}\b|"
    r"\b(?:jump|skip|cut) (?:the |ahead in the )?(?:queue|line)\b|\bfront of the (?:line|queue)\b|"
    r"\bbump (?:us|it|our \w+) up\b",
    _I,
)
RUSH_REVIEW_WHAT = (
    "whether a review can be rushed, put first or sped up for a fee; they give no review "
    "time and no faster option"
)
_KIN = (
    r"(?:brother|sister|dad|father|mom|mum|mother|son|daughter|uncle|aunt|cousin|in-laws?|"
    r"brother-in-law|partner|friend|buddy|pal|neighbou?r|wife|husband|boss|client|"
    r"(?:general )?contractor|gc|parent|sister|other|another|related|affiliated|associated|"
    r"holding|umbrella|family|old)"
)
_FIRM = r"(?:compan(?:y|ies)|firms?|business(?:es)?|outfits?|corp\w*|shops?|crews?)"
_CERT = (
    r"(?:secor|(?<!se)cor|certificate|cert|certification|(?:certificate |cert |secor |cor )?"
    r"number|coverage)"
)
_USE = (
    r"(?:use|using|used|put|putting|borrow\w*|quote|quoting|list|listing|share|sharing|"
    r"piggy-?back\w*|work(?:ing)? under|operat\w* under|go under|bid under|ride on|claim|cite|"
    r"lend\w*|copy|show|showing|give us|hand us|be covered by|covered under|count for us|"
    r"cover us|extend to us)"
)
# "my client's SECOR evaluation": a document of theirs to be sent for them (a consultant's
# work), not their certificate put forward as one's own.
_NOT_A_DOCUMENT = (
    r"(?!\s+(?:evaluations?|submissions?|(?:evaluation )?tool|package|files?|documents?|docs|"
    r"paperwork|binders?|folders?|zip|records?|audit|maintenance))"
)
OTHERS_CERTIFICATE = re.compile(
    # "my brother's company has a SECOR. can we put his certificate number on our bids?"
    rf"\b{_KIN}(?:'s|s'|s)?\b[^.?!]{{0,20}}\b{_FIRM}(?:'s|s')?\b[^?]{{0,120}}?\b{_USE}\b"
    rf"[^.?!]{{0,20}}\b(?:his|her|their|its|that|the same|that same|this|them) (?:\w+ )?{_CERT}\b|"
    # "can we use the SECOR of my dad's company", "bid under our partner firm's certificate"
    rf"\b{_USE}\b[^.?!]{{0,30}}\b{_CERT}\b[^.?!]{{0,20}}\b(?:of|from|belonging to) "
    rf"(?:my|our|a|the|his|her) [^.?!]{{0,20}}\b{_FIRM}\b|"
    rf"\b{_USE}\b[^.?!]{{0,10}}\b(?:my|our|a|the) (?:\w+ )?{_KIN}(?:'s|s')? (?:\w+ )?"
    rf"(?:{_FIRM}(?:'s|s')? )?{_CERT}\b{_NOT_A_DOCUMENT}",
    _I,
)
# Another company's SECOR or certificate number put forward as one's own: no silence, a
# refusal (``bot.deceive``): it would tell a client what is not so.

# --- a course taken through another province's body ---------------------------------------
_PROVINCE = (
    r"(?:b\.?c\.?|british columbia|saskatchewan|sask|manitoba|ontario|quebec|nova scotia|"
    r"new brunswick|pei|newfoundland|yukon|nwt|northwest territories|nunavut|"
    r"other provinces?|another province|out of province|out-of-province|"
    r"bccsa|scsa|ihsa|mcsa|worksafe ?bc|vancouver|kelowna|kamloops|prince george|victoria|"
    r"regina|saskatoon|winnipeg|toronto|ottawa|montreal|halifax|whitehorse|yellowknife|"
    # another country: a course taken abroad is as open as one from another province
    r"other countr(?:y|ies)|another country|abroad|overseas|back home|"
    r"ukrain\w*|poland|polish|philippines|filipino|india|indian|pakistan\w*|mexic\w*|"
    r"united states|the states|usa|u\.s\.a?\.?|american|england|uk|u\.k\.|british|ireland|irish|"
    r"australia\w*|germany|german|romania\w*|nigeria\w*|vietnam\w*|china|chinese)"
)
_COURSE = (
    r"(?:course|class|training|ticket|phsm|csts|first aid|sfa|"
    r"(?:small employer|management)(?: \w+){0,3} (?:course|class|training))"
)
_ACCEPTED = (
    r"(?:accept\w*|count|counts|recogni[sz]\w*|valid|good|honou?r\w*|transfer\w*|equivalen\w*|"
    r"ok|okay|fine|work|works|qualif\w*|carry over|meet|take (?:it|that|them|those|this))"
)
OTHER_PROVINCE_COURSE = re.compile(
    rf"\b{_COURSE}\b[^.?!]{{0,80}}\b(?:thr(?:ough|u)|from|with|by|in|at|out of)\b[^.?!]{{0,15}}"
    rf"\b{_PROVINCE}\b[^?]{{0,160}}?\b{_ACCEPTED}\b|"
    rf"\b{_PROVINCE}\b[^.?!]{{0,60}}\b{_COURSE}\b[^?]{{0,120}}?\b{_ACCEPTED}\b|"
    rf"\b{_ACCEPTED}\b[^.?!]{{0,40}}\b{_COURSE}\b[^.?!]{{0,60}}\b(?:thr(?:ough|u)|from|with|"
    rf"by|in|at|out of)\b[^.?!]{{0,15}}\b{_PROVINCE}\b",
    _I,
)
OTHER_PROVINCE_COURSE_WHAT = (
    "whether a course taken through another province's safety association (or in another "
    "country) is accepted for "
    "SECOR; they name the courses a full-time employee must complete, not equivalents from "
    "elsewhere"
)

CLASSES: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    (EVENT_CONSEQUENCE_WHAT, EVENT_CONSEQUENCE, ()),
    (RESUBMIT_LIMIT_WHAT, RESUBMIT_LIMIT, ()),
    (RUSH_REVIEW_WHAT, RUSH_REVIEW, ()),
    (OTHER_PROVINCE_COURSE_WHAT, OTHER_PROVINCE_COURSE, ()),
)
