"""Five classes of question ACSA's pages leave open, read from what is asked, not the topic.

Each class is one sentence of what the pages do not say and a pattern for the question
that asks it, in the words any employer might use (``bot.silent`` answers them with the
COR department's contact, whatever topic the intent model ranks first):

- the mechanics of the PIR refund: when it is paid, in what form (a cheque, a credit), how
  its amount is worked out; the pages state what it is and its ceiling (up to 20 %);
- moving between programs (a COR holder going down to SECOR, a SECOR holder going up to
  COR part-way through its cycle): the pages state only that more than 10 means COR;
- how long records must be kept: the pages ask for three months of them before the
  evaluation and samples in a maintenance year, but state no retention period;
- services ACSA gives on request: sending someone to help, writing or checking a draft,
  a pre-check of the package before it is sent; the pages describe none.

Pass marks (ACSA's scoring of an evaluation) are a class too: its pattern is here, the topic
in ``bot.silent``. Energy Safety Canada's page states some of these for its own program
(its pass marks, when a growing employer moves to COR): a question naming it is left to the
engine, as ``bot.silent`` does.
"""

from __future__ import annotations

import re

from bot.unstated_events import CLASSES as EVENT_CLASSES
from bot.unstated_specifics import CLASSES as SPECIFIC_CLASSES
from bot.unstated_terms import CLASSES as TERM_CLASSES

_I = re.IGNORECASE
# One clause: no sentence end between two words of the same question.
_NEAR = r"[^.?!]{0,60}"
_REFUND = r"(?:pir|refunds?|rebates?|premium (?:refunds?|rebates?|money back))"

_FORM = (
    r"(?:(?:cheques?|checks?)\b[^.?!]{0,25}\bor\b[^.?!]{0,25}\bcredit|credit\w*\b[^.?!]{0,25}"
    r"\bor\b[^.?!]{0,25}\b(?:cheques?|checks?)\b|(?:by|as|via|in the form of) (?:a )?"
    r"(?:cheques?|checks?|direct deposit|credit|e-?transfer)\b|credit(?:ed)? (?:to|on|"
    r"against|towards?) (?:our|my|the|your) (?:wcb )?(?:account|premiums?|invoice|bill)|"
    r"direct deposit)"
)
_WHEN = (
    r"(?:when|what (?:month|date|day)|which month|what (?:time|month|part) of (?:the )?year|"
    r"how (?:soon|long)(?: after| until| till| before)?)"
)
_PAID = (
    r"(?:paid|pay(?:s|ing)? (?:it |them |us |that )?out|payouts?|come|comes|coming|come out|"
    r"arrive\w*|issue[sd]?|sen[dt]s?|mail(?:s|ed)?|show(?:s)? up|receive\w*|see (?:it|the "
    r"money)|deposit\w*|land)"
)
# An amount asked in dollars, or a sum of money named (the premiums an employer pays).
_DOLLARS = (
    r"(?:how many (?:dollars|bucks)|dollar (?:amount|figure|value|terms)|in dollars|\$ ?amount)"
)
_FIGURE = (
    r"(?:\$\s?\d|\b\d[\d,.]*\s?(?:k|grand|thousand|dollars?|bucks)\b|"
    r"\b\d{1,3}(?:,\d{3})+\b|\b(?!(?:19|20)\d\d\b)\d{4,}\b)"  # (a year is no sum)
)
_BACK = rf"(?:{_REFUND}|get (?:\w+ )?back)"
_PART_YEAR = (
    r"(?:pro[- ]?rat\w*|partial (?:year|refund)|part(?:ial)? of (?:the|a|that) year|"
    r"(?:full|whole|entire) year'?s?\b(?! of records)|for the (?:months|part|portion) (?:before|"
    r"after|we)|(?:portion|fraction) of the year)"
)
_PAYMENT = r"(?:cheques?|checks?|money|payments?|funds|deposit|credit)"
# The refund worked out on the employer's own premiums: "premiums of $9,000, what would we get
# back"; the ceiling the pages give is said beside the silence (``PIR_AMOUNT``).
_ON_PREMIUMS = (
    rf"\b{_BACK}\b[^?]{{0,100}}\bpremiums?\b{_NEAR}{_FIGURE}|"
    rf"\bpremiums?\b{_NEAR}{_FIGURE}[^?]{{0,100}}\b{_BACK}\b|"
    rf"{_FIGURE}[^.?!]{{0,30}}\b(?:premiums?|wcb)\b[^?]{{0,100}}\b{_BACK}\b|"
    rf"\b{_BACK}\b[^?]{{0,100}}{_FIGURE}[^.?!]{{0,30}}\bpremiums?\b"
)
PIR_AMOUNT = re.compile(
    rf"{_ON_PREMIUMS}|\b{_DOLLARS}\b{_NEAR}\b{_REFUND}\b|\b{_REFUND}\b{_NEAR}\b{_DOLLARS}\b", _I
)
"""An amount of refund asked for the employer's own case: the pages' ceiling is the aside."""
PIR_AMOUNT_ASIDE = "pir-refund-amount"
_PIR_HOW = (
    # when: "when will the PIR refund be paid out", "what month does WCB mail the refund"
    rf"\b{_WHEN}\b{_NEAR}\b{_REFUND}\b{_NEAR}\b{_PAID}\b|"
    rf"\b{_WHEN}\b{_NEAR}\b{_PAID}\b{_NEAR}\b{_REFUND}\b|"
    rf"\b{_REFUND}\b{_NEAR}\b{_PAID}\b[^.?!]{{0,30}}\b{_WHEN}\b|"
    # how much exactly: "how is the amount worked out", "what's the formula"
    r"\b(?:calculat\w*|work(?:ed|s)? out|figur(?:ed|es)(?: out)?|determin\w*|formula|comput\w*|"
    rf"based on|exact (?:amount|figure|percent\w*))\b{_NEAR}\b{_REFUND}\b|"
    rf"\b{_REFUND}\b{_NEAR}\b(?:calculat\w*|work(?:ed|s)? out|figur(?:ed|es)(?: out)?|"
    r"determin\w*|formula|comput\w*|based on|exact (?:amount|figure))\b|"
    # in what form: "is it a cheque or a credit on our account"
    rf"\b{_REFUND}\b[^?]{{0,100}}\b{_FORM}|\b{_FORM}[^?]{{0,60}}\b{_REFUND}\b|"
    # prorated for part of a year: "will the refund be prorated for the months before we
    # were certified", "do we get a full year's refund if we certified in October"
    rf"\b{_REFUND}\b[^?]{{0,100}}\b{_PART_YEAR}|\b{_PART_YEAR}[^?]{{0,100}}\b{_REFUND}\b|"
    # the payment named after the refund: "... PIR refund ..., and when will the cheque arrive"
    rf"\b{_REFUND}\b[^?]{{0,200}}?\b{_WHEN}\b{_NEAR}\b{_PAYMENT}\b{_NEAR}\b{_PAID}\b|"
    # ... or a pronoun for it: "what's the PIR refund, and when is it paid?"
    rf"\b{_REFUND}\b[^?]{{0,100}}\b{_WHEN}\b (?:is|are|will|would|does|do|can) (?:it|they|"
    rf"that|this) (?:be |get |usually |normally )?{_PAID}\b"
)
# What the refund comes to for one company: in dollars ("how many dollars would our refund
# be"), or on its own premiums ("premiums of $9,000, what would we get back").
_PIR_OWN = (
    rf"\b{_DOLLARS}\b{_NEAR}\b{_REFUND}\b|\b{_REFUND}\b{_NEAR}\b{_DOLLARS}\b|"
    rf"{_ON_PREMIUMS}"
)
PIR_MECHANICS = re.compile(f"{_PIR_HOW}|{_PIR_OWN}", _I)
_PIR_HOW_ASKED = re.compile(_PIR_HOW, _I)


def pir_mechanics_asked(question: str) -> bool:
    """Whether QUESTION asks when or how the PIR refund is paid or worked out, beyond what
    it would come to for the asker (in dollars, on their premiums)."""
    return _PIR_HOW_ASKED.search(question) is not None


PIR_MECHANICS_WHAT = (
    "when or how the PIR refund is paid out (on what date or in what month, as a cheque or a "
    "credit), how its amount is worked out or whether it is prorated for part of a year; they "
    "say only that it can be up to 20% of WCB premiums"
)

_COR = r"(?<!se)(?<!se-)\bcor\b"
_SECOR = r"\b(?:secor|small employer (?:program|cor|certificate|certification))\b"
_MOVE = (
    r"(?:switch\w*|mov(?:e|es|ed|ing)|go(?:ing)? (?:down|back|over)|goes (?:down|back|over)|"
    r"chang\w*|convert\w*|transition\w*|"
    r"transfer\w*|downgrad\w*|step(?:ping)? down|drop(?:ping)? (?:down|back)|"
    r"upgrad\w*|trade\w* (?:in|up|down))"
)
PROGRAM_CHANGE = re.compile(
    # "switch from COR down to SECOR", "move our COR over to a SECOR"
    rf"\b{_MOVE}\b[^.?!]{{0,25}}\bfrom (?:(?:a|an|our|the|my|full) )?{_COR}[^.?!]{{0,30}}"
    rf"\bto (?:(?:a|an|the) )?{_SECOR}|"
    rf"{_COR}\s+(?:(?:down|back|over)\s+)?to (?:(?:a|an|the) )?{_SECOR}\b|"
    # "we hold a COR ... can we go down to SECOR"
    r"\b(?:have|has|had|hold|holding|held|got) (?:had )?(?:a |an |our )?(?:full )?"
    rf"{_COR}\b[^?]{{0,120}}"
    rf"\b{_MOVE}\b[^.?!]{{0,25}}\b{_SECOR}|"
    # SECOR up to COR part-way: "mid-cycle", "do the maintenance years carry over"
    rf"\b{_SECOR}\b[^.?!]{{0,40}}\b(?:to|into|up to) (?:(?:a|an|the|full) )?{_COR}\b"
    r"[^.?!]{0,80}\b(?:mid[- ]?cycle|middle of (?:the |our )?cycle|part[- ]way|"
    r"carr(?:y|ies) over|count toward|credit|keep (?:our|the) (?:years?|cycle)|"
    r"(?:finish|complete|wait out|run out) (?:the |our )?(?:\w+ )?(?:cycle|years?|"
    r"certification)|start (?:over|again|from scratch))\b|"
    r"\b(?:finish|complete|wait out|run out) (?:the |our )?(?:cor|secor) (?:cycle|"
    r"certification|years?)\b",
    _I,
)
PROGRAM_CHANGE_WHAT = (
    "how or when a company moves between COR and SECOR part-way through a certificate's cycle; "
    "they say only that an employer with more than 10 employees applies for COR"
)

_KEEP = (
    r"(?:keep|kept|keeping|retain\w*|store|storing|hold (?:on ?to|onto)|hang (?:on ?to|onto)|"
    r"archiv\w*)"
)
_RECORDS = (
    r"(?:records?|forms?|files?|paperwork|documents?|documentation|docs|binders?|copies|"
    r"hazard assessments?|inspections?|flhas?|minutes|logs?|reports?|sheets?|them|those|"
    r"these|everything|it all|stuff)"
)
_DISCARD = (
    r"(?:shred\w*|destroy\w*|throw\w* (?:\w+ )?(?:out|away)|toss\w*|purg\w*|dispos\w*|"
    r"delet\w*|get rid of|bin (?:them|it)|recycl\w*|clear out)"
)
# The employer keeps them ("how long does ESC keep our QA review" is ESC's page's own fact).
_WE = r"(?:we|i|you|(?:(?:an?|the|small|our) )*(?:employers?|compan(?:y|ies)|business(?:es)?))"
RECORD_RETENTION = re.compile(
    # "how many years do we have to keep our forms on file", "how long must I store them"
    r"\bhow (?:long|many (?:years?|months?))\b (?:do|does|must|should|would|will|are|is|"
    rf"have) {_WE}\b[^.?!]{{0,30}}\b{_KEEP}\b(?! (?:up|going|doing|it up))[^.?!]{{0,40}}"
    rf"\b{_RECORDS}\b|"
    # "we keep the records for how long?"
    rf"\b{_WE} (?:[\w-]+ ){{0,4}}{_KEEP} (?:[\w-]+ ){{0,4}}{_RECORDS}\b[^.?!]{{0,40}}"
    r"\b(?:for )?how (?:long|many years)\b|"
    # "before we can shred them", "ok to toss the old binders?"
    rf"\b(?:before|until|till|when) {_WE} (?:can|could|may|are allowed to) {_DISCARD}|"
    rf"\b(?:can|could|may|ok to|okay to|allowed to|safe to) (?:we |i )?{_DISCARD}\b"
    rf"[^.?!]{{0,40}}\b{_RECORDS}\b|"
    r"\bretention (?:period|time|rules?|requirements?|policy|schedule)\b|"
    r"\brecords? retention\b",
    _I,
)
RECORD_RETENTION_WHAT = (
    "how long records must be kept on file or when they may be destroyed; they ask for at "
    "least three months of records before the evaluation and samples of the past 12 months "
    "in a maintenance year"
)

_ACSA = r"(?:acsa|you|you guys|your (?:office|team|staff|association)|the cor department|they)"
_HELPER = (
    r"(?:someone|somebody|anyone|anybody|a person|a rep\w*|"
    r"an? (?:advisor|adviser|auditor|consultant|expert))"
)
_DRAFT = (
    r"(?:manual|program(?:me)?|hsms|safety system|policy|policies|procedures?|package|"
    r"submission|evaluation|tool|binder|paperwork|documents?|docs|forms?|draft|folders?)"
)
ACSA_SERVICE = re.compile(
    # "can ACSA send someone out to help us", "does acsa have someone who comes to help"
    rf"\b{_ACSA}\b[^.?!]{{0,20}}\b(?:send|have|provide|offer|assign|lend)\b[^.?!]{{0,10}}"
    rf"\b{_HELPER}\b[^.?!]{{0,40}}\b(?:(?:help|assist|write|set up|build|develop|put "
    r"together|prepare)\w*|(?:review|look over|look at|check|go over|walk us through)\w* "
    rf"(?:\w+ ){{0,2}}{_DRAFT})\b|"
    # "will ACSA help us write our manual", "can you guys review our draft before we send it"
    rf"\b(?:can|could|will|would|do|does) {_ACSA} (?:\w+ )?(?:help (?:us |me )?(?:to )?"
    r"(?:write|build|set up|develop|put together|prepare|fill|complete|organi[sz]e)|write|"
    r"review|look over|look at|check|go over|proof-?read|pre-?check|pre-?screen|pre-?review)"
    rf"\b[^.?!]{{0,30}}\b{_DRAFT}\b[^.?!]{{0,60}}\b(?:before|first|ahead|prior|draft|"
    r"write|help|for us)\w*\b|"
    rf"\b(?:can|could|will|would|do|does) {_ACSA} (?:\w+ )?help (?:us |me )?(?:to )?"
    rf"(?:write|build|set up|develop|put together|prepare)\b[^.?!]{{0,30}}\b{_DRAFT}\b|"
    # "some kind of pre-check", "a pre-review of our package", "a mock audit"
    r"\bpre-?(?:check|screen|review|submission review|assessment)\w*\b|"
    r"\b(?:mock|practice|trial|dry[- ]run) (?:audit|evaluation|review|submission)s?\b|"
    rf"\b(?:look|looks|looking|go|goes|going) over (?:the |our |my )?{_DRAFT}\b[^.?!]{{0,60}}"
    r"\bbefore (?:the |we |i |it )?(?:real|actual|official|final|send|submit)\w*",
    _I,
)
ACSA_SERVICE_WHAT = (
    "whether ACSA sends someone to help, writes or checks a program or a package before it "
    "is submitted, or what such help would cost"
)

# What ACSA scores an evaluation against: a pass mark, a minimum per element.
PASS_MARK = re.compile(
    r"\b(?:score|mark|grade|percent\w*|points)\b[^.?!]{0,25}\b(?:to pass|need(?:ed)?|"
    r"required|have to (?:get|hit)|must (?:get|hit))\b|"
    r"\bminimum (?:\w+ )?(?:per|for each|in each|on each|on every|for every) element\b|"
    r"\b(?:each|every|per) element\b[^.?!]{0,40}\b(?:minimum|score|mark|pass\w*|percent\w*)\b|"
    r"\bhow (?:is|are|do|does) (?:the |our |an? )?(?:\w+ )?(?:evaluation|submission|audit|"
    r"package|secor)s? (?:get )?(?:scored|marked|graded)\b|"
    r"\bwhat (?:do|does|would) (?:we|i|you|it) (?:need|have) to (?:get|score|hit) to pass\b",
    _I,
)

# Protecting the files sent: a password on the zip, encryption, a secure channel.
PROTECTED_FILES = re.compile(
    r"\bpassword[- ]?(?:protect\w*|lock\w*)?\b|\bencrypt\w*|\bsecure(?:ly)? (?:send\w*|"
    r"email\w*|upload\w*|transfer\w*|link|portal|file sharing|channel)\b|\b(?:lock|protect) "
    r"(?:the |our |my )?(?:zip|zipped|folder|file|attachment)s?\b",
    _I,
)
PROTECTED_FILES_WHAT = (
    "whether the zipped folder or the files may be password-protected or encrypted, or how "
    "to send them securely; they say to email a zipped folder or a download link to "
    "cor@youracsa.ca"
)
# That a submission arrived: a confirmation, a receipt.
CONFIRMED = re.compile(
    r"\bconfirm\w*\b[^.?!]{0,40}\b(?:got|get|gets|received?|receipt|arriv\w*|came through|"
    r"went through|made it)\b|\bconfirmation (?:e-?mail|of receipt|message|notice|number)\b|"
    r"\b(?:receipt|acknowledg\w*)\b[^.?!]{0,30}\b(?:submission|package|email|evaluation)\b|"
    r"\bhow (?:do|will|would|can|could) (?:i|we) know (?:if |whether |that )?(?:you|they|acsa|"
    r"it|the (?:submission|package|email))\b[^.?!]{0,20}\b(?:got|received?|arriv\w*|"
    r"went through|made it)\b",
    _I,
)
CONFIRMED_WHAT = "whether ACSA confirms that a submission arrived"
# what the COR mailbox's own process says beside it (facts of the intake assistant)
CONFIRMED_PROCESS = ("submission-auto-reply", "submission-no-reply")

# (what the pages do not say, pattern of the question, the process facts said beside it),
# read before ``bot.silent``'s topics
CLASSES: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    (PIR_MECHANICS_WHAT, PIR_MECHANICS, ()),
    (PROGRAM_CHANGE_WHAT, PROGRAM_CHANGE, ()),
    (RECORD_RETENTION_WHAT, RECORD_RETENTION, ()),
    (ACSA_SERVICE_WHAT, ACSA_SERVICE, ()),
    (PROTECTED_FILES_WHAT, PROTECTED_FILES, ()),
    (CONFIRMED_WHAT, CONFIRMED, CONFIRMED_PROCESS),
    *EVENT_CLASSES,  # an event's effect, resubmissions, a rush, another's certificate, ...
    *TERM_CLASSES,  # what full-time means, a lapsed SECOR (bot.unstated_terms)
    *SPECIFIC_CLASSES,  # a size limit, the industry codes, pay as full-time (round 24)
)

# What Energy Safety Canada charges: its page says the employer pays its fees, not how much.
ESC_FEE = re.compile(
    r"\bdollars?\b|\$|\b(?:price|prices|priced|cost|costs)\b|"
    r"\bhow much\b[^.?!]{0,40}\b(?:fees?|charges?|charged|pay|paid)\b|"
    r"\bwhat (?:does|do|will|would) (?:esc|energy safety canada|enform|they|it) charge\b|"
    r"\bfee (?:amount|schedule|structure)s?\b|\bhow (?:big|high|expensive) (?:is|are) "
    r"(?:the |their |its )?fees?\b",
    _I,
)
ESC_FEE_WHAT = (
    "how much Energy Safety Canada charges for a SECOR audit; Energy Safety Canada's page says "
    "only that its fees are paid by the employer directly, not by a consultant"
)
