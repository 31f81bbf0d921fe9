"""Spots a request to misstate the head count or the records, by what it means.

A request is read as parts, not as one fixed phrase:

- a *way of hiding or misstating*: paying cash or off the books, keeping people off the
  WCB account or the payroll, calling workers subcontractors "on paper", telling ACSA a
  smaller number, back-dating, inventing, copying or rewriting records, a look-alike
  certificate, putting someone's name down for work they did not do;
- what it is about: workers, the count, the WCB account, the payroll, records, forms,
  dates, a certificate;
- and, for the weaker ways, a purpose: so they do not count, to stay under 10, to qualify,
  so it looks done.

The strong ways ("off the books", "back-date", "forge") need no purpose. An honest
question ("do the guys I pay cash count?") has no purpose clause and is answered.
"""

from __future__ import annotations

import re

_NUMBER = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# Ways of hiding or misstating that need nothing else to be clear.
_STRONG = re.compile(
    r"\b(?:off the books|under the table|off (?:the )?payroll|(?:back|pre)[- ]?dat\w*|"
    r"forg(?:e|ed|ing|ery)\b|falsif\w*|fabricat\w*|fudg(?:e|ed|ing)\b|cook the books|"
    r"(?:just|instead|only) (?:tell|say|report|put down|write down|claim|list)\b.{0,40}\b"
    r"(?:we|i)\s+(?:were|was|had|have|are|only had)\s+(?:only\s+)?" + _NUMBER + r"|"
    r"(?:look|looks|seem|seems) like (?:an? |the )?(?:real|official|genuine|acsa|wcb|legit)|"
    r"put (?:his|her|their|my|our|someone(?:'s| else's)|a different|another) name on|"
    r"(?:lie|lying|lied) (?:to|on)\b|"
    r"(?:sub-?contractors?|subs|contractors|casuals?|volunteers) on paper|on paper as\b|"
    r"help me (?:word|phrase|write) (?:it|that|this)\b.{0,40}\b(?:so|to)\b.{0,30}\b"
    r"(?:acsa|they|it)\b)",
    re.IGNORECASE,
)
# Ways of hiding or misstating that need a purpose to be clear.
_WEAK = re.compile(
    r"\b(?:pay(?:ing)? (?:\w+ ){0,4}?(?:cash|under)|cash (?:only|jobs?|wages)|"
    r"(?:not|don'?t|doesn'?t|never|won'?t|without) (?:put|putting|register|registering|report|"
    r"reporting|declare|declaring|list|listing|include|including|add|adding|count|counting|"
    r"show|showing)\b(?!\s+(?:me|myself|us|the owners?|him|her)\b)|"
    r"(?:leave|leaving|keep|keeping|take|taking|drop|dropping|hide|hiding|move|moving)\s+"
    r"(?:\w+\s+){0,5}?(?:off|out of|out)\b|"
    r"(?:hide|hiding|exclude|excluding|leave|leaving|drop|dropping|remove|removing)\s+"
    r"(?:\w+\s+){0,5}?from\s+(?:the|our|my)\s+(?:head\s?count|count|numbers?|wcb|payroll)\b|"
    r"(?:call|calling|list|listing|treat|treating|class\w*|pass|passing|put|putting|"
    r"paper|papering|make|making)\s+(?:\w+\s+){0,8}?(?:as\s+)?(?:sub-?contractors?|subs|"
    r"contractors|volunteers|casuals?)\b|on paper|"
    r"(?:say|tell \w+|claim|write|put down|list)\s+(?:that\s+)?(?:\w+\s+){1,3}?"
    r"(?:is|are|was|were)\s+(?:a |an |just )?(?:volunteers?|sub-?contractors?|contractors?|"
    r"casuals?|not (?:an? )?(?:employee|worker)s?)\b|"
    r"(?:tell|say|report|claim|write|put down|list|state)\b.{0,30}\b(?:we|i)\s+"
    r"(?:were|was|had|have|are|only had)\s+(?:only\s+)?" + _NUMBER + r"|"
    r"(?:report|put down|write down|enter|say|list)\s+(?:only\s+)?" + _NUMBER + r"\b|"
    r"split (?:the|our) (?:company|business)|second company|another company|"
    # round 24: people run through someone else's company or account
    r"(?:run|running|put|putting|move|moving|pay|paying)\s+(?:\w+\s+){0,5}?(?:through|under)\s+"
    r"(?:[\w']+\s+){0,3}?(?:company|account|business|corp\w*|books)\b|"
    r"(?:re-?write|re-?writing|re-?word\w*|rephras\w*|change|changing|alter|altering|edit|"
    r"editing|redo|tweak\w*)\s+"
    r"(?:\w+\s+){0,6}?(?:it|them|reports?|investigations?|records?|forms?|logs?|minutes|"
    r"inspections?)\b|"
    r"(?:make(?! up for)|making(?! up for)|write|writing|fill|filling|sign|signing|create|"
    r"creating|copy|copying)\s+"
    r"(?:\w+\s+){0,6}?(?:records?|forms?|logs?|minutes|inspections?|flhas?|certificates?|"
    r"sign-?offs?|signatures?|sheets?)\b)",
    re.IGNORECASE,
)
# What the request is for: looking smaller or looking done.
_PURPOSE = re.compile(
    r"\b(?:so (?:that )?(?:they|he|she|we|it|them|those|the \w+)\b.{0,30}?(?:\b(?:don'?t|"
    r"doesn'?t|won'?t|aren'?t|isn'?t|not|never|stays?|are|is|looks?|seems?|qualify|counts?)\b|"
    r"'re\b|'s\b)|"
    r"(?:to|and) (?:stay|keep (?:us|it|the \w+)|get|remain|be|come in|look)\s+"
    r"(?:\w+\s+){0,2}?(?:under|below|within|small|eligible|compliant|good|done)|"
    r"(?:to|so we can|so i can|and) (?:still )?(?:qualify|pass|keep (?:our )?secor|get secor|"
    r"be eligible)|"
    r"under (?:the )?(?:10|ten|limit|cap)|below (?:10|ten)|not (?:on|in) (?:the )?(?:wcb|count|"
    r"payroll)|(?:won'?t|don'?t|doesn'?t|not) count|off (?:the|our) (?:wcb|count|books)|"
    r"for the (?:audit|submission|evaluation)|"
    # round 24: what the account or the books are to show: "so WCB only shows 10"
    r"so (?:that )?(?:wcb|acsa|the (?:board|account|payroll|books|numbers?|count|auditor|"
    r"assessor)|our (?:wcb|account|payroll|books|numbers?|count)|it|they|we)\b.{0,25}?\b"
    r"(?:shows?|says?|reads?|lists?|sees?|counts?|has|have|reports?)\s+(?:only\s+|just\s+)?"
    r"(?:\d{1,2}|ten|nine|eight|seven|six|five|under|less|fewer|below)\b|"
    r"(?:so (?:that )?(?:it|they|the \w+) (?:says?|reads?|blames?)\b)|"
    r"(?:we|i|they|he|she|the guys|who|that)\s+(?:forgot|never|didn'?t|did not|missed|skipped)\s+"
    r"(?:to\s+)?"
    r"(?:do|did|hold|held|have|had|fill|filled|keep|kept|make|made|run|write|wrote)\b|"
    r"(?:nobody|no one|no-one) (?:will|would) "
    r"(?:check|know|notice|find out|tell)|(?:acsa|the auditor|the assessor|they) "
    r"(?:won'?t|will never|wouldn'?t|can'?t) (?:know|notice|check|find out|tell))",
    re.IGNORECASE,
)
# Honest questions that share words with the above: asked, not planned.
_HONEST = re.compile(
    r"\bif (?:they|he|she)(?:'re| are| is|'s) (?:only|just)\b|"
    r"\b(?:count|counts|counted)\W+(?:right|correct|true|eh)\s*\?|"
    r"^(?:do|does|is|are|would|will)\s+(?:\w+\s+){0,6}?(?:count|counted|included|allowed)\b"
    r"(?!.*\b(?:so|to)\b.{0,20}\b(?:under|below|qualify)\b)|"
    # what someone else says, asked to be checked: "Dale says managers don't count. Is he right?"
    r"\b(?:says?|said|told (?:me|us)|thinks?|claims?|reckons?)\b.{0,120}?"
    r"\b(?:(?:is|was) (?:he|she|they|that|this|it) (?:right|correct|true)|"
    r"(?:are|were) (?:they|we) (?:right|correct))\b|"
    # ... then a count built on it, asked to be confirmed: "So we're at 9, right?"
    r"\b(?:says?|said|told (?:me|us)|thinks?|claims?|reckons?)\b.{0,240}?"
    r"\b(?:right|correct|true|eh|yes or no)\s*\?+\s*$",
    re.IGNORECASE,
)


# Someone's name put down for work they did not do ("he never touched our evaluation, can
# I put his name down as the assessor?").
_NAME_DOWN = re.compile(
    r"\b(?:put|putting|list|listing|sign|write|use|using)\s+(?:\w+\s+){0,2}?names?\s+"
    r"(?:down\s+)?(?:as|on|for)\b",
    re.IGNORECASE,
)
_NOT_DONE = re.compile(
    r"\b(?:never|didn'?t|did not|wasn'?t|was not|hasn'?t|has not|won'?t be)\s+(?:\w+\s+){0,2}?"
    r"(?:do|did|done|touch\w*|fill\w*|complet\w*|work\w*|involv\w*|help\w*|there|part)\b",
    re.IGNORECASE,
)


# A request for something written, said or signed for the employer: "help me write an
# email to ACSA saying ...", "can you tell them ...", "make me up some ...".
_REQUEST = re.compile(
    r"\b(?:(?:help|can|could|would|will|pls|please)\b.{0,20}?\b(?:write|draft|word|compose|"
    r"send|tell|say|make|put|fill|sign|create|do|generate|add|copy|use)|(?:write|draft|compose|"
    r"send)\s+(?:me|us|an?|the)\b|make\s+(?:me|us)\b|"
    r"^\s*(?:write|draft|make|fill|sign|create|invent|fake|put|add|copy|generate)\b)",
    re.IGNORECASE,
)
# Saying a number of people to ACSA: "saying we only have 9 employees", "that we're 9".
_SAYS_COUNT = re.compile(
    r"\b(?:say\w*|tell\w*|claim\w*|stat(?:e|es|ing)|report\w*|that)\s+(?:\w+\s+){0,3}?"
    r"(?:we|i|the company|they)\s*(?:'re|'ve got|'ve)?\s+(?:only\s+|just\s+)?"
    r"(?:(?:have|had)\s+(?=never|always))?(?:never\s+|always\s+)?"
    r"(?:(?:were|was|had|have|are|got|employ|went|been)\s+)?"
    r"(?:only\s+|just\s+)?(?P<cap>(?:more than|over|above|past|no more than|under|fewer than|"
    r"less than|below)\s+)?(?P<said>" + _NUMBER + r")\b",
    re.IGNORECASE,
)
# What the employer says happened beside it: "we hit 13 in july", "we had 12 last summer".
_WE_HAD = re.compile(
    r"\b(?:we|i)\s*(?:'ve|'re)?\s+(?:hit|had|reached|peaked at|got up to|went up to|were|are|"
    r"have|employ(?:ed)?)\s+(?:at\s+|up to\s+|about\s+|around\s+)?(?P<true>" + _NUMBER + r")\b",
    re.IGNORECASE,
)
# What the employer says is true beside it: "we actually have 13", "really we're 13".
_ACTUALLY = re.compile(
    r"\b(?:actually|really|in fact|truthfully|honestly|in reality|truth is|but we(?:'re| are| have"
    r"| got)|when we(?:'re| are| have| got))\s+(?:[\w']+\s+){0,2}?(?P<true>" + _NUMBER + r")\b",
    re.IGNORECASE,
)
# The true number given as a correction: "(it was 12)", "- really it was 13".
_IT_WAS = re.compile(
    r"[(,;\-]\s*(?:but\s+|really\s+|actually\s+)?(?:it|that|we)\s*(?:was|were|is|'s|are|'re)\s+"
    r"(?:really\s+|actually\s+)?(?P<true>" + _NUMBER + r")\b",
    re.IGNORECASE,
)
# Making up records or other people's signatures: "make me up some hazard assessments",
# "with my crew's names and signatures on them", "sign their names for them".
_INVENTED = re.compile(r"\binvent\w*\b|\bfake\w*\b", re.IGNORECASE)
_MADE_UP = re.compile(r"\b(?:make|making|made)\s+(?:\w+\s+){0,2}?up\b(?!\s+for)", re.IGNORECASE)
# Other people's names or signatures put on records.
_FOR_OTHERS = re.compile(
    r"\b(?:their|his|her|the guys'?|the crew'?s?|my crew'?s?|our crew'?s?|my guys'?|workers'?|"
    r"employees'?)\s+(?:names?\s+(?:and|&)\s+)?signatures?\b|"
    r"\bsign\s+(?:\w+\s+){0,4}?(?:for them|for him|for her|on (?:their|his|her) behalf|"
    r"their names?|his name|her name|for (?:my|our|the) (?:guys|crew|workers|employees|men|"
    r"staff|foreman|supervisor|workers?))\b|"
    r"\b(?:my|our|the|his|her|their)\s+(?:\w+\s+)?(?:foreman'?s?|supervisor'?s?|worker'?s?|"
    r"employee'?s?|guy'?s?|crew'?s?|boss'?s?|assessor'?s?)\s+(?:names?\s+(?:and|&)\s+)?"
    r"signatures?\b|"
    # "make me up a certificate with his name on it"
    r"\b(?:with|put)\s+(?:his|her|their|(?:my|our|the)\s+(?:guys|crew|workers|employees|"
    r"men|staff|foreman|supervisor|worker|employee|assessor)'?s?)\s+names?\s+on\b"
    r"(?!.*\b(?:template|blank|to fill in|to fill out)\b)",
    re.IGNORECASE,
)
# Records made up for a time gone by: "make up the inspections for last month".
_PAST = re.compile(
    r"\bfor (?:last (?:week|month|year|spring|summer|fall|winter)|the (?:past|last) \w+|"
    r"the (?:weeks|months|days) (?:we|i|they))\b",
    re.IGNORECASE,
)
# Records made anew for a time gone by, or in bulk: "generate a month's worth of inspections".
_MADE_ANEW = re.compile(
    r"\b(?:make|making|generate|generating|create|creating|produce|whip up|print)\b", re.I
)
_WORTH = re.compile(r"\b\w+(?:'s|s)? worth of\b", re.IGNORECASE)
# A number to be put on a form: "can I just put 10 on the form".
_PUT_NUMBER = re.compile(
    r"\b(?:put|write|enter|report|list|fill in|say|tell them|tell acsa)\s+(?:down\s+)?(?:only\s+|"
    r"just\s+)?(?P<said>" + _NUMBER + r")\b(?!\s*(?:months?|years?|weeks?|days?|%|am|pm))"
    r"(?!\s+(?:of|are|is|were|was|as)\b)",  # "can we say 9 are contractors?": who counts
    re.IGNORECASE,
)
_RECORD = re.compile(
    r"\b(?:records?|forms?|logs?|minutes|inspections?|flhas?|assessments?|hazard ids?|"
    r"reports?|investigations?|drills?|sign-?offs?|signatures?|sign-?in sheets?|sheets?|"
    r"toolbox talks?|tailgates?|meetings?|certificates?|tickets?|training|orientations?|"
    r"evaluations?|audits?|documents?|paperwork)\b",
    re.IGNORECASE,
)
_NUMBER_VALUES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


def _value(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_VALUES.get(word.lower(), -1)


# Something to be said to ACSA in writing: "a letter saying ...", "a cover note stating ...".
_SAYING = re.compile(
    r"\b(?:saying|stating|claiming|that says|which says|to say|tell(?:ing)? (?:them|acsa) that|"
    r"so (?:that )?(?:it|they|the \w+) (?:says?|shows?|reads?|states?))\b",
    re.IGNORECASE,
)
# What the employer says beside it shows that it is not so: "he's really a contractor", "he
# never actually finished it", "ACSA won't check".
_CONTRARY = re.compile(
    r"\b(?:he|she|it|they|we|that)\s*(?:'s|'re| is| are| was| were)\s+(?:really|actually)\b|"
    r"\b(?:never|didn'?t|did not|hasn'?t|has not|not|isn'?t|wasn'?t)\s+(?:really|actually)\b|"
    r"\b(?:acsa|they|nobody|no one|no-one)\s+(?:won'?t|will not|wouldn'?t|never|don'?t|do not|"
    r"can'?t|cannot)\s+(?:\w+\s+)?(?:check|know|find out|look|notice|verify)\b",
    re.IGNORECASE,
)


def asks_to_state_falsely(text: str) -> bool:
    """A request to write, say or sign something for the employer that the employer says is
    not true: a number of people told to ACSA beside the real one ("write an email saying we
    only have 9, we really have 13"), or records made up or signed for others."""
    said = _SAYS_COUNT.search(text) if _REQUEST.search(text) or _ACTUALLY.search(text) else None
    put = _PUT_NUMBER.search(text)
    if put is not None and _UNTRUE.search(text):
        return True  # "just put 9 on the form, nobody checks anyway"
    said = said or put
    if said is not None:
        claimed = _value(said.group("said"))
        rest = text[: said.start()] + " " + text[said.end() :]
        facts = [
            _value(m.group("true"))
            for m in (*_ACTUALLY.finditer(text), *_WE_HAD.finditer(rest), *_IT_WAS.finditer(rest))
        ]
        if "cap" in said.groupdict() and said.group("cap"):  # "never had more than 10": above it
            if any(n > claimed for n in facts):
                return True
        elif any(n != claimed for n in facts if n > 0):
            return True  # the number to be said is not the one the employer says is true
    if _REQUEST.search(text) and _SAYING.search(text) and _CONTRARY.search(text):
        return True  # "write a letter saying he is full time; he's really a contractor"
    if not (_REQUEST.search(text) and _RECORD.search(text)):
        return False
    # "fake some FLHAs"; "make up the FLHAs with my crew's names"; "sign their names on them"
    others = _FOR_OTHERS.search(text) is not None
    anew = _MADE_ANEW.search(text) is not None
    past = bool((_MADE_UP.search(text) or anew) and _PAST.search(text))
    past = past or bool(anew and _WORTH.search(text))
    return bool(_INVENTED.search(text)) or others or past


# A request to produce something: write, word, generate, fill in, sign, make (issue 11,
# round 7b: "can u generate those", "help me word the application", "sign these for me").
_PRODUCE = re.compile(
    r"\b(?:(?:help|can|could|would|will|pls|plz|please|need|want|i'?d like|how (?:do|can|could|"
    r"would|should) (?:i|we)|is there a way to|any way to)\b.{0,30}?\b|^\s*)"
    r"(?:write|re-?write|word|re-?word|phrase|draft|compose|generate|make|create|produce|"
    r"fill(?:\s+(?:in|out))?|sign|type|print|put together|whip|do up|come up with|invent|"
    r"back-?fill|redo|recreate|re-create|mark|put down)\b|"
    r"\b(?:need|want)\s+(?:\w+\s+){0,3}?(?:an? )?(?:email|letter|note|statement|records?|sheets?|"
    r"forms?|signatures?|minutes|logs?)\b(?!\s+address)",
    re.IGNORECASE,
)
# A cue, beside the request, that what is to be produced is not true: what ACSA will not
# check or notice, making it look like something, events that did not happen, a text "so it
# says" something with a contrary beside it.
_UNTRUE = re.compile(
    r"\b(?:acsa|they|the auditors?|the assessors?|the cor department|nobody|no one|no-one|"
    r"anyone|anybody)\s+(?:won'?t|will not|wouldn'?t|would not|never|don'?t|do not|doesn'?t|"
    r"can'?t|cannot|will never|is not going to|isn'?t going to|are not going to|aren'?t going "
    r"to)\s+(?:\w+\s+)?(?:check|know|find out|look|notice|verify|see|care|tell|ask)\b|"
    r"\b(?:nobody|no one|no-one)\s+(?:will|would|is going to|'?ll)\s+(?:ever\s+)?"
    r"(?:check|know|notice|find out|tell|ask|look)\b|"
    r"\b(?:nobody|no one|no-one)\s+(?:ever\s+|really\s+|actually\s+)?(?:checks|knows|notices|"
    r"looks|verifies|cares)\b|"
    r"\bmake\s+(?:it|them|those|these|us|the \w+)\s+(?:look|seem|appear|sound|read)\s+"
    r"(?:as if|as though|like\s+(?:we|they|he|she|i|it|everyone|everybody|someone|somebody|"
    r"the \w+|our \w+|his|her)\b)|"
    r"\b(?:look|looks|seem|seems|appear|appears|read|reads)\s+(?:like|as if|as though)\s+"
    r"(?:we|they|he|she|it|the \w+|our \w+)\s*(?:'ve|'d|'re|have|had)?\s+(?:been\s+)?(?:did|had|"
    r"held|were|was|ran|done|have|always|never|actually|really|doing|holding|running|keeping)\b|"
    r"\b(?:did(?:n'?t| not)|never|hasn'?t|has not|haven'?t|have not)\s+(?:really\s+|actually\s+)?"
    r"happen(?:ed)?\b|\bpretend\b|"
    r"\b(?:as if|as though|like)\s+(?:we|they|he|she|it|the \w+|our \w+)\s+(?:were|was|had|did|"
    r"'d)\s+(?:really\s+|actually\s+|all\s+)?(?:done|held|filled|signed|made|there|been|run|"
    r"taken|completed)\b|\bas if we\b|\bas though we\b",
    re.IGNORECASE,
)
# Events the employer says did not take place: "we never actually held them", "the guys
# didn't really do the orientation", "those meetings weren't actually held".
_NOT_HELD = re.compile(
    r"\b(?:never|didn'?t|did not|haven'?t|have not|hasn'?t|has not|weren'?t|were not|"
    r"wasn'?t|was not)\s+(?:actually|really|even|ever)\b|"
    r"\b(?:never|didn'?t|did not)\s+(?:\w+\s+){0,2}?(?:held|hold|had|have|ran|run|did|do|"
    r"done|attended|attend|went|took|take|filled|fill|kept|keep|made|fixed|fix|finished|"
    r"completed|corrected)\s+(?:them|those|these|"
    r"any|it|one|the (?:meetings?|talks?|inspections?|drills?|sessions?|orientations?|"
    r"training|courses?))\b",
    re.IGNORECASE,
)
# What shows that something took place: records, sheets, signatures, or the things referred
# back to ("generate those", "fill them in").
_EVIDENCE = re.compile(
    r"\b(?:records?|sheets?|signatures?|sign-?(?:in|offs?|ins?)|logs?|minutes|forms?|"
    r"attendance|checklists?|reports?|inspections?|flhas?|certificates?|tickets?|cards?|"
    r"paperwork|proof|evidence|entries|dates?|those|these|them)\b",
    re.IGNORECASE,
)
# What is made for use from now on, not for a time gone by: a template, a blank form.
_GOING_FORWARD = re.compile(
    r"\b(?:templates?|blank|examples?|samples? of what|going forward|from now on|next (?:week|"
    r"month|time)|start(?:ing)? (?:to|doing|holding|now)|begin|future|"
    r"(?:do|take|hold|redo|run|attend)\s+(?:it|them|one|that|this|the \w+)\s+now|"
    r"(?:once|after|when)\s+(?:they|we|he|she|the \w+)\s+(?:do|does|finish\w*|complete\w*|"
    r"take|takes|attend\w*|hold)\b)\b",
    re.IGNORECASE,
)


# Something marked as what it is not: "mark our training as current even though it expired",
# "put the inspections down as done even though they weren't".
_MARKED_AS = re.compile(
    r"\b(?:mark|list|show|put|record|enter|write|say|call)\w*\s+(?:\w+\s+){0,4}?(?:down\s+)?"
    r"as\s+(?:\w+\s+){0,2}?\w+\s+even though (?:it|they|we|he|she|the \w+|our \w+|his \w+|"
    r"her \w+)\s*(?:'s|'re)?\s*(?:expired|lapsed|is expired|are expired|didn'?t|never|isn'?t|"
    r"aren'?t|wasn'?t|weren'?t|hasn'?t|haven'?t|don'?t|doesn'?t|not)\b",
    re.IGNORECASE,
)
# A claim to be said, then its denial: "a letter saying he took PHSM, he hasn't yet".
_DENIED = re.compile(
    r"[,.;(]\s*(?:but\s+)?(?:he|she|they|we|i|it)\s+(?:hasn'?t|haven'?t|didn'?t|did not|has not|"
    r"have not|isn'?t|aren'?t|wasn'?t|weren'?t|don'?t|doesn'?t)(?:\s+(?:yet|really|actually|"
    r"though|at all))?\s*(?:[.!?,;)]|$)",
    re.IGNORECASE,
)
# An honest question about what to record: "do I leave it out", "what do I put".
_HOW_TO_RECORD = re.compile(
    r"\b(?:leave (?:it|them|that) (?:out|off|blank)|mark (?:it|them|that) as|"
    r"what (?:do|should|would) (?:i|we) (?:put|write)|"
    r"should (?:i|we) (?:leave|include|put|send))\b",
    re.IGNORECASE,
)
# Events not held, with no object named: "courses the guys never took", "we never did".
_NEVER_DONE = re.compile(
    r"\b(?:never|didn'?t|did not|haven'?t|have not|hasn'?t|has not)\s+(?:\w+\s+)?(?:took|taken|"
    r"take|attended|attend|held|hold|had|did|done|ran|run|completed|finished)\b",
    re.IGNORECASE,
)
# Records that show something was done (not a blank form to use).
_DONE_RECORDS = re.compile(
    r"\b(?:records?|minutes|logs?|attendance|sign-?in|signatures?|sheets?|notes|certificates?|"
    r"tickets?|reports?)\b",
    re.IGNORECASE,
)
# Records worth a period the employer says it has not had yet: "3 months of meeting notes, we
# only started last week".
_PERIOD_OF = re.compile(
    r"\b(?:\d+|a|one|two|three|four|five|six|several|a few|a couple of)\s+(?:months?|weeks?|"
    r"years?)(?:'s?)?\s+(?:worth\s+)?(?:of|worth)\b",
    re.IGNORECASE,
)
_JUST_STARTED = re.compile(
    r"\b(?:only|just)\s+(?:started|began|begun|set (?:it |things )?up|got going|opened)\b|"
    r"\bstarted\s+(?:only\s+|just\s+)?(?:last week|yesterday|this week|a few days ago|"
    r"\w+ (?:days|weeks) ago)\b",
    re.IGNORECASE,
)


def asks_to_fabricate(text: str) -> bool:
    """A request to produce a record, a text or a signature together with a cue, beside it,
    that what it would show is untrue: "can u generate those, we never actually held them";
    "help me word it so it looks like we had the meetings"; "acsa won't check anyway"."""
    if _MARKED_AS.search(text):
        return True
    request = _PRODUCE.search(text)
    if request is None:
        return False
    rest = f"{text[: request.start()]} ... {text[request.end() :]}"
    if _UNTRUE.search(text) or (_SAYING.search(text) and _DENIED.search(text)):
        return True
    if _GOING_FORWARD.search(text) or _HOW_TO_RECORD.search(text):
        return False
    held = _NOT_HELD.search(rest)
    if held and _EVIDENCE.search(rest):
        return True
    if _NEVER_DONE.search(rest) and _DONE_RECORDS.search(rest):
        return True  # "training records for courses the guys never took"
    return bool(_PERIOD_OF.search(rest) and _JUST_STARTED.search(rest) and _RECORD.search(rest))


def about_the_count(text: str) -> bool:
    """Whether a refused false statement in TEXT is about the people counted (else about
    courses or records): a number said beside people, the head count, the WCB account."""
    if asks_to_backdate(text):
        return False  # dates put on records: about records, whatever number of months
    if asks_to_fabricate(text) and _RECORD.search(text) and not _SAYS_COUNT.search(text):
        return False  # records made up for a crew: about records, whatever the crew's size
    return _ABOUT_COUNT.search(text) is not None


# A false statement about people (the head count), not about courses or records.
_ABOUT_COUNT = re.compile(
    r"\b(?:\d+|employees?|people|guys|workers|staff|crew|head ?count|count|wcb|payroll|helpers|"
    r"labou?rers|framers|hands|temps)\b",
    re.IGNORECASE,
)


def misstates(text: str) -> bool:
    """True when TEXT asks to hide workers or misstate the count or the records."""
    if _STRONG.search(text) or asks_to_state_falsely(text) or asks_to_fabricate(text):
        return True
    if asks_to_backdate(text):
        return True
    if claims_contrary_hours(text):
        return True
    if _NAME_DOWN.search(text) and _NOT_DONE.search(text):
        return True
    if _HONEST.search(text) or _GOING_FORWARD.search(text):
        return False  # (records kept from now on: "once they do it", "a template")
    for weak in _WEAK.finditer(text):
        start, end = _sentence_of(text, weak.start(), weak.end())
        if _REPORTED.search(text[start : weak.start()]):
            continue  # "my foreman told me the owners don't count": someone's belief, asked about
        if _BELIEF.search(text[start : weak.start()]) and _NOT_COUNTED.fullmatch(weak.group(0)):
            continue  # "I figure she doesn't count, so we're 9?": the asker's belief, asked
        rest = f"{text[start : weak.start()]} ... {text[weak.end() : end]}"
        if _PURPOSE.search(rest):  # a purpose beside the way, in its sentence
            return True
        if _UNTRUE.search(f"{text[: weak.start()]} ... {text[weak.end() :]}"):
            return True  # "... Payroll shows 12 but they won't check": anywhere in the message
    return False


# Where a sentence ends: ".", "!" or "?" before a space or the end, or a line break.
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n+")
# What someone else believes or said, reported: "the owner thinks ...", "my foreman told me
# ...", "I heard ...". A way of hiding inside it is the belief asked about, not a plan.
_REPORTED = re.compile(
    r"\b(?:thinks?|thought|believes?|believed|says?|said|told (?:me|us|him|her)|tells (?:me|us)|"
    r"claims?|claimed|reckons?|heard|was told|were told|is convinced|insists?|according to)\b",
    re.IGNORECASE,
)

# The one asking says what they believe: "I figure", "I guess", "we assumed", "I'd suppose".
_BELIEF = re.compile(
    r"\b(?:i|we)(?:'d| would)?\s+(?:\w+\s+)?(?:figured?|guess(?:ed)?|assumed?|supposed?|presumed?|"
    r"reckoned|understood|always thought|was under the impression|were under the impression)\b",
    re.IGNORECASE,
)
# Someone said not to count (no one acted on): "doesn't count", "won't count", "not count".
_NOT_COUNTED = re.compile(r"(?:not|don'?t|doesn'?t|never|won'?t) count(?:ing)?", re.IGNORECASE)


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence of TEXT that holds the span START..END."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else 0), (after.end() if after else len(text))


# A question whether some people may be left out of the count: "can I leave my summer guys
# off the count", "can we exclude the students", "can I not count my wife". With no purpose
# beside it (``misstates`` is False) it asks the rule, and the answer is that they count.
# Off the WCB account, the payroll or the books is hiding, not a question of the count.
_LEFT_OUT = re.compile(
    # at the start of any sentence: "Counting me it's 11. Couldn't we just leave me off?"
    r"(?:^|(?<=[.!?;])\s*)(?:\w+\s+){0,3}?(?:can|could|may|should|can'?t|couldn'?t|"
    r"is it ok(?:ay)? to|am i allowed to|are we allowed to|why not)\s+(?:i|we|you)?\s*"
    r"(?:just\s+)?(?:(?:leave|keep|take|drop)\b(?:\s+\w+){1,5}?\s+"
    r"(?:off|out of|out)\s+(?:of\s+)?(?:the|our|my)\s+(?:count|head ?count|numbers|total)\b|"
    r"(?:exclude|not count|not include|omit|leave out)\b(?!.*\b(?:wcb|payroll|books)\b))",
    re.IGNORECASE,
)


def asks_to_leave_out(text: str) -> bool:
    """TEXT asks whether people may be left out of the count (see ``_LEFT_OUT``); the caller
    checks that it names people."""
    return _LEFT_OUT.search(text) is not None


# A way of working to be told to ACSA or written down: "can I tell ACSA he's full time",
# "say she is part-time", "put him down as full-time".
_CLAIM_HOURS = re.compile(
    r"\b(?:tell|telling|say|saying|write|writing|claim|claiming|report|reporting|state|list|"
    r"listing|put|putting|mark|marking)\b(?:\s+(?:acsa|them|it|the form|on the form))?"
    r"(?:\s+(?:that|down))?\s+(?:\w+\s+){0,3}?(?:\w+(?:'s|'re)|is|are|was|were|as|works?|"
    r"worked)\s*"
    r"(?:a\s+|an\s+)?(?P<claim>full[- ]?time(?:r)?|part[- ]?time(?:r)?)\b",
    re.IGNORECASE,
)
# What the writer says of the same person's hours, each against one claim.
_WORKS_LESS = re.compile(
    r"\b(?:only|just)\s+(?:\w+\s+){0,4}?(?:weekends?|saturdays?|sundays?|summers?|evenings?|"
    r"nights?|a few (?:hours|days|shifts)|(?:one|two|1|2) days?|part[- ]?time|casual\w*|"
    r"sometimes|occasionally|once in a while)\b|"
    r"\b(?:is|he's|she's|they're|are|works?)\s+(?:\w+\s+){0,2}?(?:part[- ]?time|casual\w*|"
    r"on weekends|weekends only)\b",
    re.IGNORECASE,
)
_WORKS_FULL = re.compile(
    r"\b(?:is|he's|she's|they're|are|works?)\s+(?:\w+\s+){0,2}?(?:full[- ]?time|every day|"
    r"40 hours)\b",
    re.IGNORECASE,
)


def claims_contrary_hours(text: str) -> bool:
    """A request to tell ACSA (or write down) that someone works full time or part time when
    the writer says, beside it, that the person works otherwise: "he only works weekends, can
    I tell ACSA he's full time". Asking whether to call someone part-time, with nothing said
    against it, is an honest question."""
    for claim in _CLAIM_HOURS.finditer(text):
        rest = f"{text[: claim.start()]} ... {text[claim.end() :]}"
        full = claim.group("claim").lower().startswith("full")
        if _WORKS_LESS.search(rest) if full else _WORKS_FULL.search(rest):
            return True
    return False


# Round 24: records dated earlier than they were made. A date act that names an earlier
# time ("put march and april dates on some", "date them back to March", "change the dates
# to last month", "use earlier dates"), asked or planned, beside what shows the time is not
# the real one: the employer says the records only began later ("we only started in may",
# "didn't start until June"), or the dates are to reach the months the rule asks for ("so we
# have the 3 months", "to make 3 months"). Dates of records really made then are no lie, and
# asking how many months are needed is a question.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_EARLIER_TIME = (
    rf"(?:{_MONTH}(?:\s*(?:,|and|or|&|-|to|through|thru)\s*{_MONTH})*|earlier|older|"
    r"last (?:month|year|spring|summer|fall|winter)'?s?|previous|prior|past)"
)
_DATE_ACT = re.compile(
    r"\b(?:put|putting|write|writing|mark|marking|change|changing|stamp\w*|use|using|fill\w*|"
    r"enter\w*|set|setting|make|making|add|adding|give|giving|backfill\w*)\b[^.?!]{0,40}?\b"
    rf"{_EARLIER_TIME}\s+dates?\b|"
    r"\b(?:re-?|back-?)?dat(?:e|ed|ing)\b(?!\s+of\b)\s+(?:\w+\s+){0,4}?"
    rf"(?:back\s+)?(?:to|as|for|in)\s+(?:early\s+|mid\s+|late\s+)?{_EARLIER_TIME}\b|"
    r"\b(?:change|changing|switch\w*|move|moving)\s+(?:the\s+)?dates?\b[^.?!]{0,30}?\b"
    rf"(?:to|back to|into)\s+(?:early\s+|mid\s+|late\s+)?{_EARLIER_TIME}\b",
    re.IGNORECASE,
)
# The records began later than the dates to be put on them.
_BEGAN_LATER = re.compile(
    r"\b(?:only|just|not)\s+(?:really\s+)?(?:started|began|begun|start|begin)\b|"
    r"\b(?:didn'?t|did not|never|haven'?t|have not|wasn'?t|weren'?t)\s+(?:really\s+|actually\s+)?"
    r"(?:start|begin|do|did|doing|have|keep|kept)\b[^.?!]{0,40}?\b(?:until|till|til|before)\b|"
    rf"\bstarted\s+(?:\w+\s+){{0,4}}?(?:in|on|at the (?:start|beginning|end) of)\s+{_MONTH}\b",
    re.IGNORECASE,
)
# The dates are to reach the months the rule asks for: "so we have the 3 months".
_REACH_MONTHS = re.compile(
    r"\b(?:so|to|and)\s+(?:that\s+)?(?:we|it|they|i)?\s*(?:'ll|will|can|would)?\s*"
    r"(?:ha(?:ve|s)|make\w*|hit\w*|reach\w*|get\w*|show\w*|cover\w*|look\w* like|meet\w*|"
    r"fill\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:\d|three|four|six|enough|the)\b[^.?!]{0,20}?\bmonths?\b",
    re.IGNORECASE,
)
# A request or a plan: "can you", "help me", "I want to", "how do I", "I'll just".
_ASKED_OR_PLANNED = re.compile(
    r"\b(?:can|could|would|will|should|may)\s+(?:you|u|i|we)\b|\bhelp\s+(?:me|us)\b|"
    r"\b(?:i|we)\s*(?:'d|would)?\s+(?:want|need|like|plan|gonna|intend)\b|"
    r"\b(?:i|we)\s*(?:'ll|will)\s+(?:just\s+)?\w+|\bhow\s+(?:do|can|should|would)\s+(?:i|we)\b|"
    r"\b(?:is it ok(?:ay)?|any way|is there a way)\b|^\s*(?:pls\s+|please\s+)?"
    r"(?:put|write|mark|change|date|stamp|fill|make)\b",
    re.IGNORECASE,
)


def asks_to_backdate(text: str) -> bool:
    """TEXT asks for (or plans) earlier dates on records than they were made: a date act
    naming an earlier time, with the records said to begin later or the dates meant to
    reach the months required (see above)."""
    act = _DATE_ACT.search(text)
    if act is None or not _ASKED_OR_PLANNED.search(text):
        return False
    rest = f"{text[: act.start()]} ... {text[act.end() :]}"
    return bool(_BEGAN_LATER.search(rest) or _REACH_MONTHS.search(text))
