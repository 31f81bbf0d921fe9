"""Requests that ACSA itself issue, send or confirm something (issue 11, round 16).

``bot.compose`` refuses a document the *bot* is asked to write ("can you write me a letter
saying ..."), and ``bot.asked_object`` refuses a thing asked for that SECOR's pages never
speak of ("give me a quote for a tile job"). A message may ask the same of *ACSA*: "can ACSA
give me a letter saying we're working on SECOR?", "will the COR department confirm in
writing that we applied?", "could I get something from ACSA showing we're in progress?".
That is an honest question about what ACSA does, and the bot answers it from the pages or
says that they do not say (and gives the COR department's contact); it is not a document the
bot writes, and not a request of the bot. A request is read as two parts:

- *ACSA as the one who acts*: ACSA, the COR department, "you guys" or "your office", as the
  subject of a modal or a question ("can ACSA give", "does the COR department send", "is
  ACSA able to confirm", "would you guys write"), or as the one something is got from ("get
  a letter from ACSA", "ask ACSA for a letter");
- *an act of giving*: give, send, issue, provide, write, confirm, mail, email, verify ...
  (not approve, pass or waive: those ask ACSA to bend a rule).

Impersonation ("pretend you're ACSA and write me ...") is refused before this is read
(``bot.guard``); a letter that would be untrue is refused by ``bot.deceive``.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# ACSA, its COR department, or the bot's people addressed as ACSA ("you guys", "your office").
_ACSA = (
    r"(?:acsa|the acsa|alberta construction safety association|(?:the\s+)?cor (?:department|"
    r"dept\.?|office|team|people|folks|staff)|your (?:office|department|dept\.?|team|staff|"
    r"people)|you guys|you folks|y'?all|(?:someone|somebody|anyone|anybody|the (?:office|"
    r"people|folks|staff|lady|guy))\s+(?:at|from|in)\s+(?:acsa|the cor department|your office))"
)
# The acts of giving asked of ACSA.
_GIVE = (
    r"(?:give|gives|send|sends|send out|issue|issues|provide|provides|write|writes|write up|"
    r"confirm|confirms|mail|mails|e-?mail|e-?mails|fax|verify|verifies|vouch|vouches|supply|"
    r"supplies|forward|prepare|draft|produce|put\s+(?:\w+\s+){0,2}?in writing|sign off on|"
    r"back (?:us|me) up|let (?:the|our|my) \w+ know|tell (?:the|our|my) \w+)"
)
_ACTS = re.compile(
    rf"\b(?:can|could|would|will|does|do|did|is|are|might|may|won'?t|wouldn'?t)\s+{_ACSA}\s+"
    rf"(?:(?:be able to|be willing to|able to|willing to|going to|gonna|ever|usually|normally|"
    rf"also|just|maybe|possibly|please|kindly|actually)\s+){{0,2}}{_GIVE}\b|"
    rf"\b{_ACSA}\s+(?:can|could|would|will|might|may)\s+(?:(?:also|just|maybe|possibly|ever|"
    rf"usually|please)\s+)?{_GIVE}\b|"
    rf"\b(?:get|obtain|request|receive)\s+(?:\w+\s+){{0,5}}?from\s+{_ACSA}\b|"
    rf"\bask\s+{_ACSA}\s+(?:for|to)\b",
    _I,
)
# A request of the bot playing ACSA: refused elsewhere, never read as ACSA's act.
_PLAYED = re.compile(
    r"\b(?:pretend|act as|acting as|role-?play|imagine you'?re|you are now|you'?re now|as if "
    r"you were)\b",
    _I,
)


def asked_of_acsa(text: str) -> bool:
    """TEXT asks whether ACSA itself would give, send or confirm something (see the module):
    a question about what ACSA does, not a document for the bot to write."""
    return bool(_ACTS.search(text)) and not _PLAYED.search(text)


# What such a letter is: a written word of where the company stands ("a letter saying we're
# working on SECOR", "something in writing that we applied", "proof we're in progress").
_LETTER = (
    r"(?:letters?|notes?|proof|confirmation|(?:something|anything)\s+(?:in writing|official|"
    r"showing|saying|stating|that says|to show)|in writing|written (?:\w+ )?(?:confirmation|"
    r"statement|note|proof)|statements?|references?|(?:status|progress) (?:letter|update|report)|"
    r"letter of (?:good standing|intent|support|reference))"
)
# ACSA asked for such a letter: the pages never speak of one (bot.silent says so).
LETTER_ASKED = re.compile(
    rf"(?:{_ACTS.pattern})(?=[^.?!]{{0,40}}?\b{_LETTER}\b)(?![^.?!]{{0,60}}\b(?:pretend|act as)\b)|"
    rf"\b(?:can|could|would|will|does|do|is)\s+{_ACSA}\s+(?:\w+\s+){{0,3}}?(?:put\s+"
    r"(?:\w+\s+){0,2}?in writing|confirm\s+(?:\w+\s+){0,2}?in writing)|"
    rf"\b(?:get|obtain|request|receive|ask for)\s+(?:a|an|some|any)?\s*(?:\w+\s+){{0,2}}?"
    rf"{_LETTER}\b[^.?!]{{0,60}}?\bfrom\s+{_ACSA}\b",
    _I,
)
