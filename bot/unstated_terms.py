"""Terms and states the pages use but never define or deal with (round 19).

The pages say the SECOR courses are held by *full-time* employees, and that a SECOR runs
three years with a maintenance in each year between. An employer asks what lies behind
those words, and the topic model answers the nearest topic (the courses, the maintenance
year) as if it said it:

- **what full-time means**: how many hours a week make someone full-time ("my foreman
  does 32 hours, is that full time for the courses?"); the pages give no definition;
- **a lapsed SECOR**: whether one that lapsed (maintenance stopped, the three years run
  out) can be reinstated, or must be started again; the pages describe only the cycle;
- **the certificate's form** (round 20): whether the SECOR certificate comes on paper or as
  a file, is mailed, can be framed or hung, or copied; the pages say only who issues it
  (the Alberta Government). Not the submission's form, which they do state (electronic
  only), nor a course certificate or card an employer sends in.

Each class is what the pages do not say and a pattern of the question, read before
``bot.silent``'s topics (by ``bot.unstated.CLASSES``), whatever topic ranks first.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_FULL = r"(?:full[- ]?tim\w*|full[- ]?timers?|f/t)"
_HOURS = r"(?:\d{1,2}(?:\.\d)?\s*(?:hours?|hrs?|h)\b|how many hours|hours (?:a|per|each) week)"
FULL_TIME = re.compile(
    # "how many hours a week is full time", "how many hours to count as 'full-time'"
    rf"\bhow many hours\b[^.?!]{{0,60}}\b{_FULL}|"
    rf"\b{_FULL}[^.?!]{{0,40}}\bhow many hours\b|"
    # "what counts as full-time", "what does ACSA mean by full time", "define full-time"
    r"\bwhat\s+(?:counts?|qualifies|is considered|is classed|do(?:es)?\s+(?:acsa|they|you|the "
    rf"pages?)\s+(?:mean|consider|count|call))\s+(?:as\s+|by\s+)?(?:an?\s+)?['\"]?{_FULL}|"
    rf"\b(?:defin\w*|meaning)\s+(?:of\s+)?['\"]?{_FULL}|\b{_FULL}['\"]?\s+(?:is\s+)?defined\b|"
    # "is 32 hours a week full time", "does 30 hrs count as full-time for the course"
    rf"\b{_HOURS}[^.?!]{{0,40}}\b(?:count\w*|considered|enough|qualif\w*|classed|be|is|as)\s+"
    rf"(?:as\s+)?(?:an?\s+)?['\"]?{_FULL}|"
    # "my foreman does 32 hours, is he full time for the courses"
    rf"\b{_HOURS}[^?]{{0,80}}\b(?:is|are|does|do|would|will|counts?)\s+(?:he|she|they|that|"
    rf"this|it|him|her)\s+(?:\w+\s+)?(?:as\s+)?(?:an?\s+)?['\"]?{_FULL}",
    _I,
)
FULL_TIME_WHAT = (
    "how many hours a week make someone full-time: they say the SECOR courses are held by "
    "full-time employees, but do not define full-time"
)

_SECOR = r"(?:secor|(?<!se)cor|certificate|cert|certification)"
_LAPSED = (
    r"(?:lapsed?|expired?|ran out|run out|ended|let (?:it|our \w+) (?:go|slide|lapse)|"
    r"stopped|dropped|is gone|went away|no longer (?:valid|current|active))"
)
_BACK = (
    r"(?:reinstat\w*|re-?instat\w*|restor\w*|reactivat\w*|re-?activat\w*|reviv\w*|renew\w*|"
    r"revalidat\w*|get (?:it|them|our \w+|the \w+) back|start (?:over|again|from scratch|fresh)|"
    r"from scratch|from square one|all over again|back on track|pick (?:it|up) (?:back )?up)"
)
LAPSED = re.compile(
    # "our SECOR lapsed two years ago ... reinstatement, or do we start from scratch"
    rf"\b{_SECOR}\b[^?]{{0,80}}\b{_LAPSED}\b[^?]{{0,160}}\b{_BACK}|"
    rf"\b{_BACK}\b[^.?!]{{0,40}}\b(?:a |an |the |our |my )?(?:lapsed|expired|old|dead)\s+"
    rf"{_SECOR}\b|"
    r"\b(?:reinstat\w*|re-instat\w*|reactivat\w*)\b|"
    rf"\b{_SECOR}\b[^.?!]{{0,30}}\b(?:reinstat\w*|reactivat\w*)",
    _I,
)
LAPSED_WHAT = (
    "whether a lapsed SECOR can be reinstated or has to be earned again from the start (they "
    "give only the cycle: three years, with a maintenance in each year between)"
)

# The certificate an employer is given: not a course's ("first aid certificate"), which the
# employer sends in, so a message naming a course is left to the other rules.
_CERT = r"(?:certificates?|certs?|plaques?)"
_COURSE_NAMED = (
    r"\b(?:first[- ]?aid|sfa|phsm|csts|rsts|ests|pcsts?|course|courses|training|card|cards|"
    r"tickets?|wallet)\b"
)
# How a certificate reaches the employer or is kept: its form, its delivery, its display.
_FORM = (
    r"(?:paper|hard ?copy|hard ?copies|pdf|digital|electronic(?:ally)?|e-?copy|printed|print "
    r"(?:it|one|our own)|physical|original|framed?|frames|laminat\w*|copies|copy)"
)
_DISPLAY = (
    r"(?:hang(?:s|ing)?|frame|framed|display\w*|show\s+off|put\s+(?:it\s+)?up|on\s+(?:the|"
    r"our|my)\s+(?:wall|office)|in\s+(?:the|our|my)\s+(?:office|lobby|shop|truck))"
)
# The certificate coming to the employer (not sent in by it): mailed to us, do we get,
# comes as, hung up, or a form only a received certificate has (paper, a pdf, framed).
_RECEIVED = (
    r"\b(?:mail(?:s|ed)?|post(?:s|ed)?|courier\w*|ship\w*|e-?mail(?:s|ed)?|sen[dt]s?)\s+"
    r"(?:it\s+|one\s+|that\s+)?(?:to\s+)?(?:me|us)\b|"
    r"\b(?:do|will|would|can|could|should|shall)\s+(?:we|i)\s+(?:\w+\s+)?"
    r"(?:get|receive|be (?:given|sent|mailed))\b|\b(?:come|comes|arrive\w*|issued|delivered|"
    r"given)\s+(?:out\s+)?(?:as|in|on|by)\b|"
    # ACSA the sender: "does acsa send out a paper one", "will they email it"
    r"\b(?:acsa|they|the cor department)\s+(?:\w+\s+)?(?:mail|send|post|e-?mail|courier|ship)"
    r"\w*\b|\b(?:in|through) the (?:mail|post)\b|\blooks?\s+like\b|"
    rf"\b{_DISPLAY}\b"
)
CERTIFICATE_FORM = re.compile(
    # "will acsa mail me a paper certificate or is it a pdf", "do we get a framed cert";
    # a message naming a course is about a course's certificate, and needs the delivery
    rf"^(?!.*{_COURSE_NAMED})(?=.*(?:{_RECEIVED}))(?:.*\b{_CERT}\b[^?]{{0,80}}\b(?:{_FORM}|"
    rf"{_DISPLAY})\b|.*\b(?:{_FORM}|{_DISPLAY})\b[^.?!]{{0,40}}\b{_CERT}\b)",
    _I | re.S,
)
CERTIFICATE_FORM_WHAT = (
    "in what form the SECOR certificate comes (on paper or as a file), how it is delivered, "
    "or whether copies are given; they say only that the certificate is issued by the "
    "Alberta Government"
)


CLASSES: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    (FULL_TIME_WHAT, FULL_TIME, ()),
    (LAPSED_WHAT, LAPSED, ()),
    (CERTIFICATE_FORM_WHAT, CERTIFICATE_FORM, ()),
)
