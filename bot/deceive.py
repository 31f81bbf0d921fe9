"""Requests to deceive or to do harm, read as their parts (issue 11, round 10).

``bot.misstate`` reads requests to hide workers or to misstate records. This module reads
the other ways a message may ask the bot to help mislead ACSA, WCB or a client, or to harm a
worker. A message is refused when it has two parts:

- *a request or a plan*: something asked of the bot ("can you", "help me", "write me",
  "draft ...") or a plan of the asker ("can I", "how do I", "I want to", "walk me through");
- *an act of misrepresentation or harm*, one of:

  - **someone else's identity**: signing with another person's name, editing or using
    someone else's certificate, card or signature;
  - **a made-up credential**: making up or creating a certificate, card or ticket that a
    course gives (not a copy, a scan or a template of one);
  - **false dates**: records written or filled in with old, earlier or made-up dates;
  - **on paper**: people moved to another company or account "on paper", or so the count
    or the WCB account "shows" a smaller number;
  - **a contrary statement**: a letter, message or listing that says something the message
    itself denies ("we have 13 ... saying we qualify"; "list him as our employee, he
    doesn't actually work for us"), or whose purpose is to get under the limit;
  - **a suppressed claim**: dismissing a hurt worker before, or so that, he files a claim;
    keeping a worker from reporting an injury;
  - **another company's documents**: pulling up, sending or copying a competitor's or
    another company's submission, manual or records;
  - **concealment** (round 13): a purpose of keeping something from ACSA, WCB or a client
    ("make sure it doesn't come up", "without the auditor noticing", "so it gets reported as
    ... instead", "nobody checks" beside something to be put down) together with a fact the
    message states about workers, an injury, names or records ("two of our framers are paid
    cash", "a back injury on our site", "some random name as our assessor"). The refusal
    speaks of what would be kept back: the injury, the people, the name or the records.

An honest question may share the words ("can my consultant sign for us?", "do volunteers
count?", "can I copy the template ACSA gives?", "can I make a copy of his first aid card?"):
it names no act of the list, so it is answered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.acsa_request import asked_of_acsa
from bot.answers import Answer
from bot.mislead import left_out_to_get_under, misleading_purpose, planned_misstatement
from bot.unstated_events import OTHERS_CERTIFICATE
from knowledge.facts import contacts

_I = re.IGNORECASE

# A request to the bot or a plan of the asker.
_ASKS = re.compile(
    r"\b(?:can|could|would|will|should|may|might)\s+(?:you|u|i|we|he|she)\b|"
    r"\bhelp (?:me|us)\b|\bwalk (?:me|us) (?:through|thru)\b|"
    r"\b(?:i|we)\s*(?:'d|would)?\s+(?:want|need|like|plan|am going|are going|'m going|'re going|"
    r"gonna|intend)\b|\b(?:i|we)(?:'m|'re| am| are) (?:going|planning|thinking of|about) to\b|"
    r"\bhow (?:do|can|could|should|would|to) (?:i|we|you)?\b|"
    r"\b(?:is there|any) (?:a )?way\b|\bis it (?:ok|okay|fine|possible) (?:to|if)\b|"
    r"(?:^|[.!?;:,]\s*|\bjust\s+|\bplease\s+|\bpls\s+)(?:write|draft|make|create|generate|print|"
    r"edit|sign|list|move|put|pull|send|give|fill|change|show|find|get|type)\b",
    _I,
)

# Whose: another person or company, never the asker's own.
_SOMEONE_ELSES = (
    r"(?:someone(?: else)?'?s|somebody(?: else)?'?s|some other (?:guy|person|worker)'?s|"
    r"another (?:\w+ )?(?:guy|person|worker|employee|man|woman|fellow|company|contractor|"
    r"business|employer|outfit|firm)'?s|a different (?:guy|person|worker|employee)'?s|"
    r"the other (?:guy|person|worker)'?s|(?:his|her|my|our) (?:buddy|buddies|friend|pal)'?s|"
    r"(?:my |our |a )?competitor'?s|(?:my |our |a )?competition'?s|"
    r"(?:other|another) compan(?:y|ies)'?s?)"
)
_CREDENTIAL = r"(?:certificates?|certs?|cards?|tickets?|diplomas?|credentials?|signatures?)"

# Someone else's identity: a name signed that is not the signer's, another's certificate.
_IDENTITY = re.compile(
    r"\bsign\w*\b(?:\s+\w+){0,6}?\s+(?:with|using|under|in)\s+(?:his|her|their|"
    r"(?:my |our |the )?\w+'s|"
    rf"{_SOMEONE_ELSES})\s+(?:name|signature|initials)\b|"
    r"\bsign\w*\s+(?:his|her|their|\w+'s)\s+(?:name|signature|initials)\b|"
    # signing as another person: "and sign for him", "sign it in place of her"
    r"\bsign\w*\s+(?:it\s+|that\s+|them\s+|(?:the|this)\s+\w+\s+)?(?:for|on behalf of|"
    r"in place of|instead of)\s+(?:him|her)\b(?!\s*(?:self|and))|"
    r"\bsign\w*\s+(?:\w+\s+){0,4}?(?:as if i was|as if i were|as|pretending to be)\s+"
    r"(?:him|her|them|my (?:consultant|assessor|foreman|partner|buddy))\b|"
    r"\b(?:edit|edits|editing|change|changing|alter|altering|modify|modifying|doctor|photoshop\w*|"
    r"swap|swapping|use|using|borrow|borrowing|copy|copying|take|taking|put|putting)\s+"
    rf"(?:\w+\s+){{0,2}}?{_SOMEONE_ELSES}\s+(?:\w+\s+){{0,3}}?{_CREDENTIAL}|"
    r"\b(?:his|her|their|my)\s+name\s+(?:on|onto|in(?:to)?)\s+(?:\w+\s+){0,2}?"
    rf"{_SOMEONE_ELSES}\s+(?:\w+\s+){{0,2}}?{_CREDENTIAL}",
    _I,
)

# A credential made up: "make up a first aid certificate", "create him a ticket".
_MADE_UP = re.compile(
    r"\b(?:make|makes|making|whip|cook|dream|knock)\s+(?:me\s+|us\s+|him\s+|her\s+|them\s+)?"
    rf"up\s+(?:\w+\s+){{0,5}}?{_CREDENTIAL}\b|"
    r"\b(?:make|create|generate|produce|design|mock up|fake|invent|forge)\s+"
    r"(?:me\s+|us\s+|him\s+|her\s+|them\s+)?(?P<what>(?:\w+\s+){0,4}?)"
    rf"{_CREDENTIAL}\b",
    _I,
)
# A copy, a scan or a template of a credential is no new one: "make a copy of his card".
_COPY = re.compile(
    r"\b(?:cop(?:y|ies)|scans?|photos?|pictures?|photocop\w*|templates?|blank|list|folder|"
    r"binder|record of|spreadsheet|tracker|log)\b",
    _I,
)

# Records dated as they were not: "write some up with old dates on them".
_FALSE_DATES = re.compile(
    r"\b(?:write|writing|make|making|fill|filling|create|creating|draft|drafting|type|typing|"
    r"print|printing|do|put|putting|add|adding|redo|sign|signing)\b.{0,50}?"
    r"\b(?:with|put|putting|using|and)\s+(?:\w+\s+){0,2}?(?:old|older|earlier|past|previous|"
    r"fake|false|made-?up|wrong|phony|bogus|back)\s+dates?\b",
    _I,
)

# People moved to another company or account on paper, or so a number "shows".
_ON_PAPER = re.compile(r"\b(?:on paper|paper only|only on paper|just on paper)\b", _I)
# Paper as where records are kept ("we keep everything on paper", "on paper in binders",
# "on paper or on a USB stick"): the medium, no one moved anywhere (round 27).
_PAPER_MEDIUM = re.compile(
    r"\b(?:keep|keeps|kept|keeping|store|stores|stored|file|filed|print|printed|written|"
    r"handwritten|everything|all|records?|documents?|forms?|copies|logs?|still|mostly)\s+"
    r"(?:\w+\s+){0,2}?on paper\b|"
    r"\bon paper\s+(?:in|or|and|copies|binders?|forms?|files?|folders?)\b",
    _I,
)
_MOVED = re.compile(
    r"\b(?:move|moving|put|putting|transfer\w*|shift\w*|switch\w*|split\w*|list|listing|"
    r"register\w*|run|running|park|parking)\b",
    _I,
)
_SHOWS = re.compile(
    r"\bso\s+(?:that\s+)?(?:it|we|our|the|my|they|each|everything)\b(?:\s+\w+){0,3}?\s+"
    r"(?:shows?|reads?|says?|looks?|appears?|seems?)\b",
    _I,
)

# A text or listing the asker asks for: a letter, a message, a claim, a listing.
_STATEMENT = re.compile(
    r"\b(?:letter|message|email|e-mail|note|statement|memo|text|declaration|form|"
    r"say|says|saying|said|stating|state|claim|claiming|tell|telling|declare|declaring|"
    r"list|listing|call|calling|name|naming|show|showing|classify|classifying|record|"
    r"recording|put|putting|mark|marking|enter|entering|write|writing)\b",
    _I,
)
# The words that put what follows in a text to be written: "a note saying (that) ...".
_SAYS_BEFORE = re.compile(
    r"\b(?:saying|says|say|stating|states?|claiming|declaring|confirming|certifying|"
    r"tell(?:ing)?\s+(?:them|him|her|acsa|wcb|the \w+))(?:\s+that)?\s*$",
    _I,
)
# What the statement would say: qualifying, being under the limit, a status of people.
_CLAIMS_QUALIFYING = re.compile(
    r"\b(?:we|i|us|our company|the company)\s*(?:'re|are|am|do|'ll|will)?\s*(?:still\s+)?"
    r"(?:qualify|qualified|eligible|under (?:the )?(?:10|ten|limit)|small enough|"
    r"within (?:the )?(?:limit|10|ten))\b",
    _I,
)
_STATUS = re.compile(
    r"\b(?:saying|say|says|stating|state|claim\w*|declar\w*|list\w*|call\w*|nam\w*|"
    r"classify\w*|record\w*|show\w*|put)\b(?:\s+\S+){0,6}?\s+(?:is|are|was|were|as)\s+"
    r"(?:an?\s+|our\s+|my\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:contractors?|sub-?contractors?|subs|"
    r"self-employed|volunteers?|casuals?|employees?|workers?|staff|foreman|assessor|"
    r"full[- ]?timers?|part[- ]?timers?)\b",
    _I,
)
# The message denies what the statement would say.
_DENIAL = re.compile(
    r"\b(?:doesn'?t|does not|don'?t|do not|isn'?t|is not|aren'?t|are not|hasn'?t|has not|"
    r"never)\s+(?:actually|really|even|ever)\b|"
    r"\b(?:not|isn'?t|aren'?t)\s+(?:actually|really)\s+(?:\w+\s+){0,2}?(?:employees?|workers?|"
    r"on (?:our|my|the) (?:payroll|wcb|books))\b|"
    r"\b(?:doesn'?t|does not|don'?t|do not|never|not|isn'?t|is not)\s+(?:\w+\s+)?"
    r"work(?:s|ed|ing)?\s+(?:for|with)\s+(?:us|me|our company)\b|"
    r"\b(?:he|she|they)\s*(?:'s|'re|is|are)\s+(?:actually|really|in fact)\s+(?:just\s+)?(?:an?\s+)?"
    r"(?:sub\w*|contractors?|casuals?|part[- ]?tim\w*|volunteers?|not)\b",
    _I,
)
# A purpose of getting under the limit or off the account.
_UNDER = re.compile(
    r"\b(?:get|getting|be|being|stay|staying|come in|keep (?:us|it|me))\s+(?:\w+\s+){0,2}?"
    r"(?:under|below|within)\s+(?:the\s+)?(?:10|ten|limit|cap)\b|"
    r"\b(?:come|comes|coming|go|goes|taken|take)\s+off\s+(?:my|our|the)\s+(?:wcb\s+)?"
    r"(?:account|payroll|books|count)\b|"
    r"\b(?:shows?|says?|reads?)\s+(?:only\s+)?(?:10|ten|nine|9|8|eight|under 10)\b",
    _I,
)
# A head count over the limit stated as a fact of the asker's: "we have 13 people".
_OVER = re.compile(
    r"\b(?:we|i)\s*(?:'ve|have|'re|are|had|were)?\s*(?:got|have|had|at|hit|employ|are)?\s+"
    r"(?:about\s+|around\s+)?(?P<n>1[1-9]|[2-9]\d|eleven|twelve|thirteen|fourteen|fifteen)\b|"
    r"\b(?P<m>1[1-9]|[2-9]\d|eleven|twelve|thirteen|fourteen|fifteen)\s+(?:people|guys|workers|"
    r"employees|staff|men|hands|on (?:the )?payroll)\b",
    _I,
)

# A worker's injury claim kept from being made: dismissed before or so he files it.
_SUPPRESS = re.compile(
    r"\b(?:let\s+(?:\w+\s+){0,3}?go|fire|firing|lay\s+(?:\w+\s+){0,2}?off|laying\s+(?:\w+\s+)"
    r"{0,2}?off|terminat\w*|get rid of|dismiss\w*|can|sack|cut)\b.{0,60}?"
    r"\b(?:before|so(?: that)?|because)\s+(?:he|she|they|the (?:worker|guy|employee))\b.{0,30}?"
    r"\b(?:claims?|wcb|reports?|files?|filing|hurt|injur\w*|comp)\b|"
    r"\b(?:stop|prevent|keep|talk|discourage|convince|pay|persuade|bribe)\s+(?:\w+\s+){0,3}?"
    r"(?:from|out of|not to|to not|so he doesn'?t|so she doesn'?t)\s+(?:\w+\s+)?"
    r"(?:fil\w*|report\w*|mak\w* a claim|claim\w*|going to (?:wcb|the board)|tell\w* (?:wcb|"
    r"the board))\b|"
    r"\b(?:not|never|don'?t|avoid|without|skip)\s+(?:report\w*|fil\w*|tell\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:injur\w*|incident|accident|claim)\b.{0,60}?\bso\b",
    _I,
)
# Another company's documents, fetched or copied.
_FETCH = (
    r"(?:pull\w* up|pull|get|getting|find|send|sending|show|showing|give|share|access|see|look"
    r" at|look up|download|copy|copying|grab|submit|steal)"
)
_DOCUMENTS = (
    r"(?:submissions?|manuals?|programs?|evaluations?|audits?|documents?|docs|files?|records?|"
    r"paperwork|binders?|policies|policy|forms?|package|tool)"
)
_OTHERS_DOCS = re.compile(
    rf"\b{_FETCH}\s+(?:me\s+|us\s+)?(?:\w+\s+){{0,2}}?{_SOMEONE_ELSES}\s+(?:\w+\s+){{0,3}}?"
    rf"{_DOCUMENTS}\b",
    _I,
)
_COMPETITOR = re.compile(
    r"\b(?:competitors?|competition|rival|another (?:company|contractor|employer|business|outfit|"
    r"firm)|other (?:compan(?:y|ies)|contractors|employers|businesses))\b",
    _I,
)
_THEIR_DOCS = re.compile(
    rf"\b{_FETCH}\s+(?:me\s+|us\s+)?(?:up\s+)?(?:their|its|his|the)\s+(?:\w+\s+){{0,3}}?"
    rf"{_DOCUMENTS}\b",
    _I,
)
# Whoever must be told of an injury or the count: WCB, OHS, ACSA, an auditor (round 21).
_WATCHERS = (
    r"(?:acsa|wcb|ohs|osha|(?:alberta\s+)?(?:ohs|wcb)|the board|work(?:er)?s'? ?comp\w*(?: board)?|"
    r"the government|(?:the\s+)?(?:auditors?|assessors?|inspectors?|qa \w+|cor department))\b"
)
# What is kept because it was received ("the letters we got from WCB"): no concealment.
_RECEIVED = (
    r"(?:got|gotten|get|received|sent|came|mailed|emailed|letters?|statements?|notices?|"
    r"invoices?|copies|copy|documents?|paperwork|forms?|cheques?|refunds?|separate\w*|apart|"
    r"distinct|different)\b"
)
# Concealment: a purpose of keeping something from whoever reads it (not "again": a problem
# that should not recur is no secret).
_KEPT_FROM = re.compile(
    r"\b(?:doesn'?t|does not|doesnt|don'?t|do not|dont|won'?t|will not|wont|never)\s+(?:ever\s+)?"
    r"(?:com(?:e|es|ing) (?:up|out|to light)|gets? (?:noticed|caught|found out|picked up|spotted|"
    r"seen)|turns? up|surfaces?|raises? (?:any )?(?:flags?|questions?|eyebrows))\b(?!\s+again)|"
    r"\bso\s+(?:that\s+)?(?:acsa|wcb|they|the \w+|nobody|no one|no-one|it|this|that|them)\s+"
    r"(?:doesn'?t|doesnt|won'?t|wont|don'?t|dont|never|can'?t|cant)\s+(?:\w+\s+)?(?:notice|know|"
    r"find out|see|catch on|check|show|spot)\b|"
    r"\bwithout\s+(?:acsa|wcb|them|anyone|anybody|the (?:auditor|assessor|client|gc|board|qa "
    r"\w+|cor department))\s+(?:finding out|noticing|knowing|seeing|catching on|asking)\b|"
    r"\b(?:so|so that|and|to)\s+(?:\w+\s+){0,6}?(?:gets?|be|is|was|got)\s+(?:reported|"
    r"recorded|logged|listed|written up|put down|filed|classed|coded)\s+as\b"
    r"(?=.{0,60}\b(?:instead|rather than|not (?:at|on) (?:work|the (?:job|site)|site))\b)|"
    r"\bkeep\s+(?:it|this|that|them|those|the \w+)\s+(?:quiet|hidden|secret|under wraps|"
    r"off the record|out of (?:the|our) (?:submission|report|records|file|paperwork|audit))\b|"
    r"\b(?:hide|hiding|conceal\w*|cover\w* up)\b(?:\s+\w+){0,5}?\s+from\s+(?:acsa|wcb|the "
    r"(?:auditor|assessor|client|gc|board|qa \w+))\b",
    _I,
)
# Round 21: kept from, or not reported to, whoever must be told ("keep this incident from
# wcb", "skip telling the board", "make sure we don't have to report it to OHS").
_KEPT_FROM_TOLD = re.compile(
    rf"\b(?:keep|keeping|kept)\s+(?:(?!{_RECEIVED})[\w']+\s+){{0,4}}?(?:from|frm|away from|out of "
    rf"sight of)\s+(?:the\s+)?{_WATCHERS}|"
    r"\b(?:avoid|avoiding|skip|skipping|get out of|get around|without|dodg\w*|not|never)\s+"
    r"(?:\w+\s+)?(?:report\w*|tell\w*|notify\w*|inform\w*|call\w*|lett\w* (?:\w+ )?know)\b"
    rf"(?:\s+\w+){{0,5}}?\s+(?:to\s+)?{_WATCHERS}|"
    rf"\bso\s+(?:that\s+)?{_WATCHERS}\s+(?:doesn'?t|doesnt|won'?t|wont|never|don'?t|dont)\s+"
    r"(?:\w+\s+)?(?:hears?|gets? wind|learns?)\b|"
    r"\bmake sure\s+(?:we|i|it|they|nobody|no one)\s+(?:don'?t|doesn'?t|never|isn'?t|aren'?t)\s+"
    r"(?:have to\s+|need to\s+|get\s+)?(?:report\w*|tell\w*|notify\w*|inform\w*)\b"
    rf"(?:\s+\w+){{0,5}}?\s+(?:to\s+)?{_WATCHERS}|"
    r"\b(?:handle|handled|handling|deal with|dealt with|take care of)\s+(?:it|this|that|them)?\s*"
    r"(?:quietly|off the record|under the radar|on the quiet|hush[- ]hush)\b",
    _I,
)
# "Nobody checks": a purpose of concealment beside something to be put down or said.
_NOBODY_CHECKS = re.compile(
    r"\b(?:nobody|no one|no-one|noone)\s+(?:ever\s+|really\s+|actually\s+)?(?:checks?|will "
    r"check|would check|looks?|will look|notices?|will notice|will know|would know|finds? out|"
    r"will find out|asks?|cares?)\b",
    _I,
)
_PUT_DOWN = re.compile(
    r"\b(?:put|write|list|say|tell|enter|sign|use|leave|fill|name|mark|skip|type)\b", _I
)
# What the message says would be kept back, by what the refusal speaks of.
_KEPT_FACTS = (
    (
        "injury",
        re.compile(
            r"\b(?:injur\w*|hurt|accident|incident|claims?|near miss|hospital|stitches|"
            r"(?:cut|broke|burned|sprained|strained)\s+(?:his|her|their|my)\s+\w+)\b",
            _I,
        ),
    ),
    (
        "identity",
        re.compile(r"\b(?:names?|assessor|signatures?|certificates?|certs?|cards?)\b", _I),
    ),
    (
        "count",
        re.compile(
            r"\b(?:workers?|guys?|framers|employees?|staff|crew|labou?rers?|temps?|helpers?|"
            r"hands|people|men|cash|payroll|wcb account|on (?:our|my|the) wcb|\d+)\b",
            _I,
        ),
    ),
    ("records", re.compile(r"\b(?:records?|inspections?|minutes|forms?|logs?|meetings?)\b", _I)),
)


# A plan asked about in other words: "what do I say to WCB so ...", "we'll just ...".
# The words asked for (round 16): "tell me what to write", "give me the wording": a request
# as much as "can you", when its purpose is to mislead (bot.mislead).
WORDS_ASKED = re.compile(
    r"\b(?:tell|show|give)\s+(?:me|us)\s+(?:exactly\s+)?(?:what|how)\s+to\s+(?:write|say|put|"
    r"word|phrase|answer|fill|report|list|enter|tell)\b|"
    r"\bwhat\s+(?:exactly\s+)?to\s+(?:write|say|put|tell|answer|report)\b|"
    r"\b(?:give|send|get)\s+(?:me|us)\s+(?:the\s+|some\s+|a\s+)?(?:right\s+|best\s+|exact\s+)?"
    r"(?:wording|words|phrasing|language|lines?|script)\b",
    _I,
)
_PLAN = re.compile(
    r"\bwhat\s+(?:do|should|can|could|would)\s+(?:i|we)\b|\b(?:i|we)\s*(?:'ll|will)\s+just\b|"
    + WORDS_ASKED.pattern,
    _I,
)


def concealment(text: str) -> Deception | None:
    """A plan or request to keep a fact the message states (people, an injury, a name,
    records) from ACSA, WCB or a client (see the module), as the kind of its refusal."""
    if not (_ASKS.search(text) or _PLAN.search(text) or _WAY.search(text)):
        return None
    if _KEPT_FROM_TOLD.search(text):  # kept from WCB, OHS or ACSA: refused whatever it is
        return next((Deception(k) for k, f in _KEPT_FACTS if f.search(text)), Deception("mislead"))
    kept = _KEPT_FROM.search(text)
    if kept is None:
        nobody = _NOBODY_CHECKS.search(text)
        if nobody is None or not _PUT_DOWN.search(text[: nobody.start()]):
            return None
    for kind, facts in _KEPT_FACTS:
        if facts.search(text):
            return Deception(kind)
    return None


# Asked whether something is allowed, of a rule: "is it ok to copy a template", not a plan.
_PERMITTED = re.compile(
    r"\b(?:is (?:that|it|this) (?:legal|allowed|ok|okay|permitted)|are (?:we|they) allowed)\b",
    _I,
)
# Reported, not planned: "my GC says he'll fire anyone who files a claim".
_REPORTED = re.compile(r"\b(?:says?|said|told (?:me|us)|thinks?|heard|claims?|threaten\w*)\b", _I)


@dataclass(frozen=True)
class Deception:
    """A request read as deceiving or harming: its KIND (what the refusal speaks of)."""

    kind: str  # "identity", "records", "count", "claim", "others", "injury", "mislead",
    # "certificate", "answers"


# A request for a way to do something: "what's the easiest way to set that up".
_WAY = re.compile(
    r"\bwhat(?:'s| is|s)\s+(?:the\s+)?(?:easiest|best|simplest|quickest|safest|smartest|"
    r"cleanest)\s+way\b|\b(?:any|some)\s+(?:tips|ideas|advice)\b",
    _I,
)


def misleading(text: str) -> Deception | None:
    """A purpose of misleading with a request or a plan, or a plan stated to misstate the
    count or to leave people out of it (bot.mislead), as the kind of its refusal."""
    if planned_misstatement(text) or left_out_to_get_under(text):
        return Deception("count")
    if not misleading_purpose(text):
        return None
    if not (_ASKS.search(text) or _PLAN.search(text) or _WAY.search(text)):
        return None
    for kind, facts in _KEPT_FACTS:
        if facts.search(text):
            return Deception(kind)
    return Deception("mislead")


def deception(text: str) -> Deception | None:
    """The act of misrepresentation or harm TEXT asks the bot's help with, or None."""
    if OTHERS_CERTIFICATE.search(text):
        # "my brother's company has a SECOR. can we put his certificate number on our bids?"
        return Deception("certificate")
    if assessor_named_falsely(text):
        return Deception("identity")  # "can I complete the tool and put her name as assessor"
    if answers_without_evidence(text):
        return Deception("answers")  # "tell me what to put in the tool, we have no records"
    if not _ASKS.search(text) and not asked_of_acsa(text):
        # "what do I say to WCB so ...": a plan in other words ("can ACSA give me a letter
        # saying ...": a request, of ACSA, read for its acts as one of the bot)
        return concealment(text) or misleading(text)
    if _IDENTITY.search(text):
        return Deception("identity")
    if _made_up_credential(text):
        return Deception("identity")
    if _FALSE_DATES.search(text):
        return Deception("records")
    if _ON_PAPER.search(_PAPER_MEDIUM.sub(" ", text)) and (
        _MOVED.search(text) or _SHOWS.search(text)
    ):
        return Deception("count")
    if _contrary_statement(text):
        return Deception("count")
    if _planned(text, _SUPPRESS):
        return Deception("claim")
    if _others_documents(text):
        return Deception("others")
    return concealment(text) or misleading(text)


# Round 19: the evaluation tool completed by one person under another's name, and answers
# to the tool asked for while the message says the records behind them do not exist.
# Another person named in a role: "put her name as the assessor", "list my partner as assessor".
_ROLE = (
    r"(?:assessor|evaluator|auditor|internal assessor|person who (?:did|completed|filled)"
    r"(?: \w+){0,3}|one who (?:did|completed|filled)(?: \w+){0,3}|holder|course holder)"
)
_NAMED_AS = re.compile(
    r"\b(?:put|putting|use|using|write|writing|list|listing|enter|entering|type|typing|sign|"
    r"signing|name|naming|add|adding|show|showing)\s+(?:down\s+|in\s+)?(?:(?:his|her|their|"
    r"(?:my|our|the)\s+\w+'s|\w+'s)\s+name|him|her|them|(?:my|our)\s+(?!own\b)\w+)\s+"
    rf"(?:down\s+|in\s+)?(?:as|for)\s+(?:the\s+|our\s+|an?\s+)?{_ROLE}\b",
    _I,
)
# The asker completes the tool: "can I complete the evaluation tool", "I'll fill it out".
_SELF_COMPLETES = re.compile(
    r"\b(?:i|we)\s*(?:'ll|'d|will|would|can|could|should|to|am going to|'m going to|"
    r"are going to|just|then)?\s*(?:just\s+)?(?:complete|fill|do|finish|answer|write|"
    r"go through)\w*\s+(?:out\s+|in\s+)?(?:it|the|our|this|that|all)\b",
    _I,
)
# The person named does the evaluation: "she did the evaluation", "he's doing the audit".
_NAMED_DOES = re.compile(
    r"\b(?:she|he|they)\s*(?:'s|'ll|is|are|will|did|does|has|have)?\s*(?:already\s+)?"
    r"(?:do|does|doing|did|done|complete[sd]?|completing|fill(?:s|ed|ing)?|evaluat\w*|"
    r"assess\w*|run|running|ran)\b",
    _I,
)


def assessor_named_falsely(text: str) -> bool:
    """TEXT plans to complete the evaluation tool itself and put another person's name in
    the assessor's place ("I don't have PHSM but my coworker does: can I fill out the tool
    and put her name as the assessor?"); naming the person who does the evaluation as its
    assessor ("our consultant does the evaluation; do we list him as the assessor?") is
    honest."""
    named = _NAMED_AS.search(text)
    if named is None or _NAMED_DOES.search(text):
        return False
    return bool(_SELF_COMPLETES.search(text))


# Answers to the tool asked for: "tell me what answers to put", "what do I write in the tool".
_ANSWERS_ASKED = re.compile(
    r"\b(?:tell|show|give|send|write)\s+(?:me|us)\s+(?:(?:just|exactly|the|some)\s+)?"
    r"(?:what|which|the|some|good|right|best|correct|passing)\s+(?:\w+\s+){0,2}?"
    r"(?:answers?|responses?|to (?:put|write|say|answer|fill|enter|check|tick|mark))\b|"
    r"\bwhat\s+(?:answers?|responses?)\s+(?:(?:do|should|can|could|would|to)\s+)?(?:i|we)?\s*"
    r"(?:put|write|give|enter|use|pick|choose|tick|check)\b|"
    r"\bwhat\s+(?:do|should|can|could)\s+(?:i|we)\s+(?:put|write|say|answer|fill in|enter)\b"
    r"(?=[^.?!]{0,60}\b(?:tool|evaluation|questions?|audit)\b)|"
    r"\b(?:fill|complete|answer|do)\w*\s+(?:out\s+|in\s+)?(?:the\s+|our\s+)?(?:evaluation\s+)?"
    r"(?:tool|evaluation|questions)\s+for\s+(?:me|us)\b",
    _I,
)
# The records behind the answers said not to exist: "we don't really have the documents".
_NO_EVIDENCE = re.compile(
    r"\b(?:don'?t|do not|dont|doesn'?t|does not|haven'?t|have not|never|didn'?t|did not)\s+"
    r"(?:(?:really|actually|even|ever|yet)\s+)?(?:have|got|keep|kept|do|did|made|make|"
    r"write|wrote)\s+(?:(?:any|the|our|those|these|much|all|a lot of|many)\s+)?"
    r"(?:\w+\s+)?(?:documents?|docs|records?|paperwork|evidence|proof|forms?|program|"
    r"inspections?|meetings?|policies|policy|binder)\b|"
    r"\b(?:no|zero|without(?: any)?)\s+(?:\w+\s+)?(?:documents?|docs|records?|paperwork|"
    r"evidence|proof|program)\b(?!\s+(?:of|for)\s+(?:the|that|a)\b)",
    _I,
)


def answers_without_evidence(text: str) -> bool:
    """TEXT asks for the answers to put in the evaluation tool and says the records behind
    them do not exist ("just tell me what answers to put so we pass, we don't really have
    the documents"); asking what the tool's questions ask, or what to gather before
    completing it, is answered."""
    return bool(_ANSWERS_ASKED.search(text) and _NO_EVIDENCE.search(text))


def _made_up_credential(text: str) -> bool:
    """A certificate, card or ticket made anew (not a copy, scan or template of one)."""
    return any(not _COPY.search(match.group(0)) for match in _MADE_UP.finditer(text))


def _contrary_statement(text: str) -> bool:
    """A statement to be made that the message itself denies, or made to get under 10."""
    if not _STATEMENT.search(text):
        return False
    qualifies = _CLAIMS_QUALIFYING.search(text)
    if qualifies is not None and _OVER.search(text[: qualifies.start()] + text[qualifies.end() :]):
        return bool(_SAYS_BEFORE.search(text[: qualifies.start()]))
    status = _STATUS.search(text)
    if status is None:
        return False
    rest = text[status.end() :]
    return bool(_DENIAL.search(rest) or _UNDER.search(rest))


def _planned(text: str, act: re.Pattern[str]) -> bool:
    """ACT is in TEXT as the asker's plan, not reported of someone else or asked of a rule."""
    match = act.search(text)
    if match is None:
        return False
    before = text[: match.start()]
    sentence = re.split(r"[.!?]\s+", before)[-1]
    return not (_REPORTED.search(sentence) or _PERMITTED.search(text))


def _others_documents(text: str) -> bool:
    """Another company's submission, manual or records, to be fetched or copied (not asked
    whether that is allowed: "is it ok to copy a competitor's manual?" is a question)."""
    if _PERMITTED.search(text):
        return False
    if _OTHERS_DOCS.search(text):
        return True
    return bool(_COMPETITOR.search(text) and _THEIR_DOCS.search(text))


# What each kind of refusal says, after "Sorry, I can't help with that."
_WHY = {
    "identity": (
        "A name, a signature or a course certificate in a SECOR submission has to be the real "
        "person's own, from what that person really did: I can't put one in someone else's "
        "name or make one up."
    ),
    "records": (
        "Records have to show what was really done and when it was done: I can't write or "
        "date them otherwise. The honest way is to send the records you really have and, for "
        "what did not happen, to start doing it now and keep its records."
    ),
    "count": (
        "What a company tells ACSA, WCB or a client has to be true: the people, the count and "
        "who works for you must be as they really are. If you are over 10, a full COR is the "
        "way."
    ),
    "claim": (
        "I won't help keep a worker from reporting an injury or making a claim, or let a worker "
        "go for it. I only answer questions about ACSA's SECOR program."
    ),
    "injury": (
        "An injury has to be reported as it really happened, where and when it happened: I "
        "can't help report it otherwise or keep it from WCB, and a SECOR submission has to "
        "show the same."
    ),
    "mislead": (
        "What a company tells ACSA, WCB or a client has to be true: I can't help word or set "
        "up anything so that they believe what is not so, or do not notice or ask about it."
    ),
    "answers": (
        "The answers in the evaluation tool have to show what your company really does, with "
        "the records behind them: I can't give answers for a program or records you do not "
        "have. The honest way is to put the program to work now, keep its records (at least "
        "three months of them), then complete the tool."
    ),
    "others": (
        "I can't see or share any company's submission, and I won't help get or copy another "
        "company's safety program or documents."
    ),
    "certificate": (
        "What a company tells a client, ACSA or WCB has to be true of that company: I can't "
        "help put another company's SECOR or certificate number forward as yours. Your own "
        "company can earn its SECOR: ask me for the steps."
    ),
}


def deception_refusal(found: Deception, confidence: float = 1.0) -> Answer:
    """A polite refusal of FOUND, what it would take, and the COR department's contact."""
    c = contacts()
    text = (
        f"Sorry, I can't help with that. {_WHY[found.kind]} The COR department can talk it "
        f"through with you ({c.phone}, {c.email})."
    )
    return Answer(text, "manipulation", confidence, (), "refusal")
