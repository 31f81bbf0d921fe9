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

CLASSES: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    (INDUSTRY_CODES_WHAT, INDUSTRY_CODES, ()),
    (PAY_FORM_WHAT, PAY_FORM, ()),
    (CONFIDENTIAL_WHAT, CONFIDENTIAL, ()),
)
