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

CLASSES: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    (INDUSTRY_CODES_WHAT, INDUSTRY_CODES, ()),
    (PAY_FORM_WHAT, PAY_FORM, ()),
    (CONFIDENTIAL_WHAT, CONFIDENTIAL, ()),
    (DECISION_WAIT_WHAT, DECISION_WAIT, ()),
    (SEVERAL_FIRMS_WHAT, SEVERAL_FIRMS, ()),
    (INSURANCE_WHAT, INSURANCE, ()),
)
