"""Specific figures and lists the pages never give, asked for by name (round 24).

The class: an employer asks for one particular figure or list ("the biggest zip your email
takes", "which industry codes are automatic members") or for the rule behind a word the
pages use without a test ("do I count as full-time if I pay myself dividends"). The
pages state the neighbouring fact (email a zipped folder; the WCB industry code decides
membership; the courses are held by full-time employees), and the topic model answers
that fact as if it were the figure asked. Each class here is what the pages do not say
and a pattern of the question's own words, read before ``bot.silent``'s topics (by
``bot.unstated.CLASSES``), whatever topic ranks first:

- **a size limit** on a file, zip, attachment or upload: the pages give none (``FILE_SIZE``,
  the shapes "the biggest zip your email takes", "will an 80 MB zip go through", read by
  ``bot.silent``'s size-limit silence, which adds the pages' download link as an aside);
- **the list of industry codes** that make a company an automatic ACSA member: the pages
  say only that the code on the WCB account decides membership;
- **how someone is paid** (dividends, a salary, an owner's draw, no wages) as a test of
  being a full-time employee: the pages do not define full-time;
- **whether a submission is kept confidential** or private, or shared with others (round
  25): the pages say where to send it and that the QA Analyst reviews it, not how it is
  kept.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_FILE = r"(?:zip(?:ped)?|files?|attachments?|uploads?|folders?|submissions?)"
_SIZE = (
    r"(?:size limits?|limits? (?:on|for) (?:the |a )?(?:\w+ )?size|sizes? (?:limit|cap|max\w*)|"
    r"max(?:imum)? (?:\w+ )?size|max\. size|(?:biggest|largest) (?:\w+ )?size)"
)
FILE_SIZE = re.compile(
    # "the biggest zip file your email will accept", "a size limit on the zip", "how big can
    # the upload be"; not "too big to email" (the pages answer that: send a link), nor the
    # size of a company or a refund
    rf"\b(?:biggest|largest|max(?:imum)?|max\.)\s+(?:\w+\s+){{0,2}}{_FILE}\b|"
    rf"\b{_SIZE}\b[^.?!]{{0,40}}\b{_FILE}\b|\b{_FILE}\b[^.?!]{{0,40}}\b{_SIZE}\b|"
    rf"\bhow (?:big|large)\s+(?:can|may|could|should|is)\s+(?:the |a |an |our |my )?"
    rf"(?:\w+\s+)?{_FILE}\b|"
    # "will an 80MB zip go through", "is 2 GB accepted"
    r"\b\d+(?:\.\d+)?\s*(?:mb|gb|megs?|megabytes?|gigs?|gigabytes?)\b[^.?!]{0,40}\b(?:accept\w*|"
    r"allow\w*|go through|bounce\w*|over the limit|under the limit)\b",
    _I,
)
_CODE = r"(?:industry|wcb|rate|classification|naics)\s+(?:codes?|numbers?|classes)"
INDUSTRY_CODES = re.compile(
    # "which WCB industry codes get automatic membership", "a list of the codes that are
    # members"; not "what industry code we have" (their own code, which decides it)
    rf"\b(?:which|what|list of|all)\s+(?:the\s+)?(?:\w+\s+){{0,2}}{_CODE}\b"
    r"(?!\s+(?:we|i|you|they)\b)"
    r"(?=[^.?!]{0,40}\b(?:automatic\w*|auto|qualif\w*|covered|included|get|make|members?"
    r"(?:hip)?)\b)",
    _I,
)
INDUSTRY_CODES_WHAT = (
    "which WCB industry codes make a company an automatic ACSA member; they say only that "
    "the industry code on your WCB account decides your membership, and that a company "
    "that is not an automatic member can become an Associate Member for a yearly fee"
)

_PAY = (
    r"(?:dividends?|shareholders?|owner'?s draws?|draws? from the company|salar(?:y|ied)|"
    r"(?:not|no|without|don'?t (?:take|draw|get)) (?:a )?(?:wages?|pay ?cheques?|paycheck\w*|"
    r"salary))"
)
_FULL = r"(?:full[- ]?tim\w*|f/t|(?:an? )?employees?|staff|on (?:the )?payroll)"
_COUNTS = r"(?:count\w*|qualif\w*|consider\w*|classed|treated|(?:is|am|are) (?:i|he|she|they))"
PAY_FORM = re.compile(
    # "I pay myself dividends, not wages. Do I count as a full-time employee?"
    rf"\b{_PAY}\b[^?]{{0,120}}\b{_COUNTS}\b[^.?!]{{0,30}}\b{_FULL}|"
    rf"\b{_COUNTS}\b[^.?!]{{0,30}}\b{_FULL}\b[^?]{{0,80}}\b{_PAY}\b",
    _I,
)
PAY_FORM_WHAT = (
    "whether how someone is paid (dividends, a salary, an owner's draw) decides if they "
    "count as a full-time employee; they say the SECOR courses are held by full-time "
    "employees, but do not define full-time"
)

_DOCS = r"(?:documents?|docs|files?|records?|submissions?|information|info|data|paperwork)"
CONFIDENTIAL = re.compile(
    # "is what we send kept confidential", "privacy of our files", "do you share our
    # documents with WCB"; not "who looks at my submission" (the pages answer: the QA
    # Analyst), nor "we are a private company", nor "a confidential reporting policy"
    r"\b(?:kept|keep|stays?|remains?|treated|held|handled)\s+(?:\w+\s+){0,3}"
    r"(?:confidential(?:ly)?|private(?:ly)?)\b|\b(?:is|are)\s+(?:\w+\s+){0,3}confidential\b|"
    r"\bconfidentiality\b|\bprivacy\b|"
    rf"\bshare\w*\s+(?:our|my|the|these|those)\s+(?:\w+\s+)?{_DOCS}\s+with\b",
    _I,
)
CONFIDENTIAL_WHAT = (
    "whether a submission is kept confidential or shared with anyone; they say only where "
    "and how to send it"
)

# Round 27: three specifics the five pages never state, read from the question's own words.
_HEAR = (
    r"(?:hear(?: back| anything| something)?|know|find out|told|tells?|telling|let (?:me|us|you) "
    r"know|notif\w*|get (?:back )?(?:the |a |our |my )?(?:results?|decision|answer|word|verdict)|"
    r"results?|decision|verdict|approv\w*)"
)
_OUTCOME = r"(?:pass\w*|fail\w*|approv\w*|accepted|made it|got it|succe\w*|results?|decision)"
DECISION_WAIT = re.compile(
    # "after I email it in, how long until ACSA tells me if I passed", "how many weeks before
    # we find out whether we got it", "when will we know if we were approved"; not how long a
    # certificate is good for, nor a deadline to send (the pages give both)
    r"\b(?:how (?:long|soon|quick(?:ly)?|fast)|how many (?:days|weeks|months|business days)|"
    r"what(?:'s| is) the (?:usual |normal |typical )?wait|"
    r"when (?:will|would|do|does|should|can) (?:i|we|you|they|acsa|the company))\b"
    rf"[^.?!]{{0,60}}\b{_HEAR}\b[^.?!]{{0,40}}\b{_OUTCOME}\b|"
    r"\b(?:how (?:long|soon)|how many (?:days|weeks|months))\b[^.?!]{0,30}\b(?:until|till|"
    rf"til|before|for)\b[^.?!]{{0,30}}\b{_HEAR}\b",
    _I,
)
DECISION_WAIT_WHAT = (
    "how long a review takes, nor when ACSA will tell you the result once your SECOR "
    "submission is sent; they say how to send it, not when a decision comes"
)
_FIRMS = r"(?:compan(?:y|ies)|business(?:es)?|corporations?|corps?|outfits?|firms?|ltds?)"
_SEVERAL = (
    r"(?:two|2|three|3|four|4|several|multiple|a couple(?: of)?|a few|more than one|separate|"
    r"both|each|other|second|another)"
)
SEVERAL_FIRMS = re.compile(
    # "I own two small companies with 5 guys each: 2 SECORs or 1?", "do both my businesses
    # need their own SECOR", "one certificate for my second company too?"
    rf"\b(?:own|run|have|operate|got)\w*\s+(?:\w+\s+){{0,2}}?{_SEVERAL}\s+(?:\w+\s+){{0,2}}?"
    rf"{_FIRMS}\b[^?]{{0,120}}\b(?:secors?|cors?|certificates?|certs?|certifications?)\b|"
    rf"\b(?:both|each|every|all)\s+(?:of\s+)?(?:my|our|the)\s+(?:\w+\s+)?{_FIRMS}\b"
    r"[^.?!]{0,60}\b(?:secors?|cors?|certificates?|certs?)\b|"
    r"\b(?:2|two|one|1|separate|single)\s+(?:secors?|cors?|certificates?|certs?)\s+or\s+"
    r"(?:2|two|one|1|separate|single)\b",
    _I,
)
SEVERAL_FIRMS_WHAT = (
    "whether an owner of more than one company needs one SECOR or one for each company; "
    "they give the rules for a company with its own WCB account"
)
INSURANCE = re.compile(
    # "will SECOR lower my liability insurance premium", "do insurers give a discount for it";
    # not WCB premiums (the pages name the PIR refund and lower WCB rates), nor insurance
    # certificates collected from subcontractors (documents to place)
    r"\b(?:insurance|insurers?|underwriters?|bonding|surety|liability)\b[^.?!]{0,30}\b(?:premiums?|"
    r"rates?|costs?|bills?|discounts?|cheaper|break|savings?|go(?:es)? down|drops?|lower\w*|"
    r"reduc\w*)\b|"
    r"\b(?:lower\w*|reduc\w*|cut\w*|discount\w*|cheaper|sav(?:e|es|ing)|break on|"
    r"help\w* (?:with|on)|affect\w*|chang\w*|better)\b[^.?!]{0,30}\b(?:insurance|insurers?|"
    r"underwriters?|bonding|liability (?:premium|coverage|policy|rates?))\b",
    _I,
)
INSURANCE_WHAT = (
    "whether SECOR changes your insurance (liability or other) or its premiums; the benefits "
    "they name are WCB ones: lower WCB rates and PIR refunds"
)

# Round 28: how a worker who is away counts, and whether separate companies are counted
# together; both are said in "count" words, so a head count beside them is no verdict.
_AWAY = (
    r"(?:(?:long|short)[- ]term disability|\bltd\b|disability (?:leave|claim|benefits?)|"
    r"(?:on|off on|taking|takes|took|went on) (?:an? |his |her |their )?(?:\w+ )?leave\b|"
    r"leave of absence|(?:maternity|paternity|parental|mat|pat|medical|sick|stress|compassionate|"
    r"unpaid|extended) leave|off (?:on )?(?:mat|pat)\b|sabbatical|"
    r"off (?:work|the job|the tools) (?:for|since|on)\b|off on (?:a )?(?:wcb|comp|compo|claim)\b|"
    r"on (?:a )?(?:wcb|comp|compo) claim|on (?:workers'? )?comp(?:ensation)?\b(?! account)|"
    r"(?:hasn'?t|has not|haven'?t|have not) (?:\w+ )?(?:worked|been (?:in|at work|back)|"
    r"come back)\b(?! (?:on|at|in) (?:a |the )?(?:job ?)?sites?)|"
    r"not (?:worked|working) (?:a|one|since|for)\b|away (?:on|for) (?:\w+ )?(?:months|a year|"
    r"years|leave|disability))"
)
_COUNTED = (
    r"(?:count\w*|head ?counts?|included?|includ\w*|on (?:the|our) (?:\w+ )?(?:count|number|"
    r"books|roster|list)|toward\w* (?:the |our )?(?:10|ten|limit)|part of (?:the|our) (?:10|ten|"
    r"number|count)|against (?:the|our) (?:10|ten|limit)|(?:add|adds|added) (?:him|her|them))"
)
LONG_LEAVE = re.compile(
    # "one of our 11 has been on long-term disability since 2023: does he still count",
    # "do workers off on maternity leave count toward the 10"; not who counts in general
    # (the pages list them), nor people laid off in the past 12 months (the window)
    # (asked first, the story after it: "do we count our welder? he's been on leave")
    rf"\b{_AWAY}[^?]{{0,200}}\b{_COUNTED}\b|\b{_COUNTED}\b[^.!]{{0,120}}\b{_AWAY}",
    _I,
)
LONG_LEAVE_WHAT = (
    "how a worker who is away for a long time (on disability, on a leave, off on a claim) is "
    "counted toward the limit of 10; they say everyone covered by your WCB account counts, "
    "at any given time"
)
_ACCOUNTS = (
    r"(?:separate|different|own|two|2|three|3|several|multiple|both) (?:alberta )?(?:wcb|"
    r"workers'? comp\w*) (?:accounts?|numbers?|policies)"
)
_MANY_FIRMS = (
    rf"(?:\b(?:own|run|have|operate|got)\w*\s+(?:\w+\s+){{0,2}}?{_SEVERAL}\s+(?:\w+\s+){{0,2}}?"
    rf"{_FIRMS}\b|\b{_ACCOUNTS}\b|\b(?:both|two|2|three|3|four|4|several|multiple|separate|"
    rf"different|sister|each)\s+(?:of\s+(?:my|our|the)\s+)?(?:\w+\s+)?{_FIRMS}\b|"
    rf"\b(?:my|our|the) other {_FIRMS}\b)"
)
_TOGETHER = (
    r"(?:(?:add\w*|count\w*|lump\w*|pool\w*|combin\w*|put|taken|looked at|judged|assessed|"
    r"treated|consider\w*) (?:\w+ ){0,2}?(?:together|as (?:one|a single|a whole))|combin\w*|"
    r"lump\w* (?:in|together)|add\w* (?:\w+ )?up|total(?:led)? (?:up|together)|"
    r"(?:on (?:its|their) own|separately|individually|independently|apart)\b)"
)
SEPARATE_FIRMS = re.compile(
    # "two companies, each with its own WCB account: does ACSA add them together for the
    # limit, or is each judged on its own", "are my firms' crews lumped together for the 10";
    # not one company with two divisions on one account (all of its people count)
    rf"{_MANY_FIRMS}[^?]{{0,300}}\b{_TOGETHER}|\b{_TOGETHER}[^?]{{0,60}}{_MANY_FIRMS}",
    _I,
)
SEPARATE_FIRMS_WHAT = (
    "whether the people of separate companies under one owner, each with its own WCB account, "
    "are counted together toward the limit of 10; they say everyone covered by your WCB "
    "account counts"
)
_ONE_YEAR = r"(?:one|1|single)[- ]?(?:year|yr)\b"
ESC_ONE_YEAR = re.compile(
    # "convert our ESC one-year SECOR into a regular three-year one", "what happens after the
    # one-year certificate runs out"; not whether a one-year SECOR is possible (the page says)
    rf"\b{_ONE_YEAR}[^?]{{0,200}}\b(?:convert\w*|turn\w* (?:it |that |this )?into|upgrad\w*|"
    r"(?:move|moving|go|going|step\w*|graduat\w*|switch\w*|transition\w*|bump\w*) (?:\w+ )?"
    r"(?:up )?(?:to|into|onto)|become|roll\w* (?:\w+ )?(?:over|into)|extend\w*|renew\w*|"
    r"expir\w*|runs? out|lapse\w*|ends?|after (?:it|that|the year)|next year|afterwards?|"
    r"(?:three|3)[- ](?:year|yr)|(?:full|regular|standard|normal|3[- ]?year|three[- ]year) "
    r"(?:secor|certificate|cert|one))\b|"
    rf"\b(?:three|3)[- ]year\b[^?]{{0,60}}\bfrom (?:a |an |the |our |my )?{_ONE_YEAR}",
    _I,
)
ESC_ONE_YEAR_WHAT = (
    "what a one-year SECOR from Energy Safety Canada needs to become a regular certificate, "
    "or what follows it"
)


def counting_silence(question: str) -> str | None:
    """What the pages leave open of how people are counted that QUESTION asks (a worker away
    on a long leave, separate companies under one owner), or None: read before the answer to
    which kinds of people count, which would answer a neighbouring fact. (A worker on leave
    among people counted is the head count's own note, so LONG_LEAVE is not in CLASSES.)"""
    if SEPARATE_FIRMS.search(question):
        return SEPARATE_FIRMS_WHAT
    return LONG_LEAVE_WHAT if LONG_LEAVE.search(question) else None


CLASSES: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    (INDUSTRY_CODES_WHAT, INDUSTRY_CODES, ()),
    (PAY_FORM_WHAT, PAY_FORM, ()),
    (CONFIDENTIAL_WHAT, CONFIDENTIAL, ()),
    (DECISION_WAIT_WHAT, DECISION_WAIT, ()),
    (SEVERAL_FIRMS_WHAT, SEVERAL_FIRMS, ()),
    (INSURANCE_WHAT, INSURANCE, ()),
    (SEPARATE_FIRMS_WHAT, SEPARATE_FIRMS, ()),
)
