"""Requests that the bot itself write a document: refused, the bot writes none (round 13).

The bot answers questions about ACSA's SECOR program; it does not write an employer's
records, letters or statements, nor anything else (an essay, a caption, a quote). A request
is read as two parts:

- *the bot asked to compose*: "can you / could u / would you ... VERB", "help me VERB",
  "I need you to VERB", or VERB opening a sentence (an order: "draft an email ...",
  "just put ..."), where VERB composes a text: write, draft, compose, word, phrase, fill in,
  make up, generate, create, produce, prepare, sign, type up, put together, mock up;
- *a document as its object*, in the few words after the verb: a record, log, minutes,
  checklist, form, letter, email, statement, signature, certificate, policy, essay ...
  (after "word" or "phrase", whatever is to be worded: "help me word it"; after "sign",
  whatever is to be signed).

An information request with the same verbs is no request to compose: its object is a
question ("write down what we need to send", "draft out which elements apply") or a
summary of the program ("write me a list of the elements", "a checklist of what to send").
Nor is a question of how the asker writes something ("how do I write a hazard
assessment?"): the bot is not asked to write it.

What the refusal says depends on what the text would hold (``Composition.kind``):

- ``identity``: a signature, or someone's name, a made-up name or a credential: a name or a
  signature has to be the real person's own;
- ``records``: records of events (minutes, inspections, logs ...) the message says did not
  happen, for a time gone by, or to look real ("plausible findings", "make em look legit"):
  records have to show what was really done;
- ``statement``: a letter or statement the message itself shows to be untrue, or made to
  keep people out of the count ("saying my 3 temps were contractors so they don't count");
- ``plain``: anything else: the bot writes no documents; a SECOR document ("draft a safety
  policy for us") is refused as such, anything else ("write an essay") as off-topic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.answers import Answer
from bot.foreign_request import anchored
from bot.misstate import about_the_count, misstates
from knowledge.facts import contacts

_I = re.IGNORECASE

# Verbs that compose a text ("make" only with a document right after it, see _OBJECT).
_VERB = (
    r"(?:write(?:\s+(?:up|out|down))?|draft|compose|re-?word|word|phrase|fill(?:\s+(?:in|out))?|"
    r"make(?:\s+(?:me|us|him|her|them))?(?:\s+up)?|generate|create|produce|prepare|sign|"
    r"type(?:\s+(?:up|out))?|put together|whip up|mock up|come up with|invent|do up|knock up|"
    r"forge|fake)"
)
# Who is asked: the bot ("can you", "help me", "I need you to") or nobody (an order).
_SOFT = r"(?:(?:please|pls|plz|just|maybe|possibly|quickly|kindly|also|ever)\s+)*"
_ASKED = re.compile(
    rf"\b(?:can|could|would|will|cud|wud|can't|won't)\s+(?:you|u|ya|ye)\s+{_SOFT}"
    rf"(?:help\s+(?:me|us)\s+(?:to\s+)?{_SOFT})?(?P<a>{_VERB})\b|"
    rf"\b(?:i|we)\s*(?:'d|would)?\s+(?:need|want|like)\s+(?:you|u)\s+to\s+{_SOFT}(?P<c>{_VERB})\b|"
    rf"(?:^|[.!?;:]\s+|\n|,\s*(?=(?:please|pls|plz|just|kindly)\b))\s*"
    rf"(?:(?:hey|hi|ok|okay|so|now|bot|hello),?\s+)*{_SOFT}"
    rf"(?:help\s+(?:me|us)\s+(?:to\s+)?{_SOFT})?(?P<d>{_VERB})\b",
    _I,
)
# The documents a request may ask to be composed.
_DOCUMENT = (
    r"(?:documents?|docs?|records?|logs?|log ?books?|minutes|checklists?|letters?|e-?mails?|"
    r"statements?|signatures?|forms?|reports?|essays?|captions?|posts?|ads?|adverts?|policy|"
    r"policies|manuals?|procedures?|practices?|hazard assessments?|hazard ids?|flhas?|"
    r"inspections?|evaluations?|eval(?:uation)? tools?|applications?|submissions?|"
    r"declarations?|notes?|memos?|agendas?|templates?|cards?|certificates?|certs?|tickets?|"
    r"invoices?|quotes?|estimates?|resumes?|contracts?|bids?|proposals?|paperwork|"
    r"sign-?in sheets?|sheets?|attendance|toolbox talks?|tailgates?|plans?|programs?|"
    r"speech|poem|story|review|texts?|entries|names?|assessments?)"
)
# The object of the verb: a document within a few words, in the same sentence.
_OBJECT = re.compile(rf"^(?:\s+[\w'&/-]+){{0,7}}?\s+{_DOCUMENT}\b", _I)
# Documents named by a pronoun or a quantity ("can you fill some in", "generate those",
# "write up 3 months worth"): a request to compose when the message names a document.
_STAND_IN = re.compile(
    r"^\s+(?:(?:me|us)\s+)?(?:up\s+|out\s+|in\s+)?(?:some|them|those|these|a few|a bunch|a set|"
    r"a couple|one|(?:\d+|a|one|two|three|four|five|six|several|a few)\s+(?:months?|weeks?)'?s?"
    r"\s+worth)\b",
    _I,
)
_NAMED_DOCUMENT = re.compile(rf"\b{_DOCUMENT}\b", _I)
# What "word" or "phrase" is asked to put in words: anything named ("help me word it").
_WORDED = re.compile(r"^\s+(?:it|this|that|them|those|these|my|our|an?|the|something)\b", _I)
# What "sign" is asked to sign: anything named ("sign the ethics page for him"), not
# "sign up" (for a course) or "sign in".
_SIGNED = re.compile(
    r"^\s+(?!up\b|in\b|off\b)(?:it|this|that|them|those|these|my|our|an?|the|his|her|their)\b", _I
)
# The object is a question or a summary of the program, not a document.
_INFORMATION = re.compile(
    r"^\s+(?:(?:down|out|up)\s+)?(?:for\s+(?:me|us)\s+)?(?:what|which|how|where|when|who|whether|"
    r"if|why)\b|"
    r"^\s+(?:(?:me|us)\s+)?(?:a|an|the)?\s*(?:quick\s+|short\s+|simple\s+)?(?:list|summary|"
    r"overview|rundown|breakdown|outline|explanation|description)\b|"
    rf"^(?:\s+[\w'-]+){{0,4}}?\s+{_DOCUMENT}\s+(?:of|on|about|for|showing|with)\s+(?:what|which|"
    r"how|everything|all the (?:things|documents|records|elements|requirements)|the "
    r"(?:elements|requirements|steps|courses|documents we need))\b",
    _I,
)
# The sentence's end: what the object is read in.
_SENTENCE = re.compile(r"[.!?;\n]|\bso\b|\bbecause\b|\bbut\b", _I)

# What the refusal speaks of: identity (a credential, a signature, someone's name).
_CREDENTIAL = re.compile(
    r"\b(?:cards?|certificates?|certs?|tickets?|credentials?|signatures?|sigs?|signed|"
    r"initials)\b",
    _I,
)
_NAMES = re.compile(
    r"\b(?:random|fake|made[- ]?up|different|other|someone(?: else)?'?s|somebody(?: else)?'?s|"
    r"worker|workers'?|crew'?s?|employees?'?|guys'?|his|her|their|attendee)\s+names?\b|"
    r"\bnames?\s+(?:of|for)\s+(?:the\s+)?(?:workers|guys|crew|employees|people)\b|"
    r"\bwith\s+(?:his|her|their|(?:my|our|the)\s+\w+'?s?)\s+names?\b",
    _I,
)
# Records of events: what took place, not a rule.
_EVENT_RECORD = re.compile(
    r"\b(?:minutes|logs?|records?|inspections?|checklists?|hazard assessments?|flhas?|"
    r"attendance|sign-?in|reports?|toolbox talks?|tailgates?|meetings?|drills?|entries|"
    r"orientations?|investigations?|sheets?|forms?)\b",
    _I,
)
# Cues that the events did not happen, or that the record is to look as if they had.
_NOT_HAPPENED = re.compile(
    r"\b(?:didn'?t|did not|didnt|never|skipped|missed|forgot|weren'?t|wasn'?t|haven'?t|"
    r"hasn'?t|no one|nobody|(?:only|just) started|who (?:left|quit)|no longer)\b|"
    r"\b(?:plausible|realistic|believable|legit|genuine|authentic|real[- ]looking|convincing|"
    r"random|made[- ]?up|fake|different (?:topics|names|dates|workers|signatures))\b|"
    r"\b(?:look|looks|seem|seems|appear|appears)\s+(?:\w+\s+)?(?:real|legit|genuine|complete|"
    r"full|done|right|official|like)\b|\bisn'?t empty\b|\bnot empty\b|"
    r"\b(?:for|from)\s+(?:those|these|previous)\s+(?:\w+\s+)?(?:weeks?|"
    r"months?|days?|years?|jobs?|period|summer|spring|winter|fall)\b|"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|several|a "
    r"couple of|a)\s+(?:months?|weeks?|years?)(?:'s?)?\s+(?:worth\s+)?of\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s*(?:to|through|thru|-)"
    r"\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b(?:back-?dat\w*|dat(?:e|ed|ing)\s+(?:\w+\s+)?back|(?:old|older|earlier|past|different|"
    r"random) dates|with dates|change the dates?)\b",
    _I,
)
# Statements to an authority, and what shows them untrue: a purpose of not counting people,
# getting under the limit, keeping people off the account, or a denial or a truth beside it.
_STATEMENT = re.compile(
    r"\b(?:letters?|e-?mails?|statements?|declarations?|notes?|memos?|applications?|"
    r"submissions?|forms?|it|that|this|something)\b",
    _I,
)
_UNTRUE = re.compile(
    r"\bso\s+(?:that\s+)?(?:they|he|she|we|it|those|these|them|the \w+)\s+(?:\w+\s+)?"
    r"(?:don'?t|dont|doesn'?t|won'?t|wont|aren'?t|isn'?t|not|never)\s+(?:\w+\s+)?"
    r"(?:count|show|appear|matter|come up)\b|"
    r"\bso\s+(?:that\s+)?(?:they|he|she|it|those|these|them)\s+come off\b|"
    r"\b(?:under|below|within)\s+(?:the\s+)?(?:10|ten|limit|cap)\b|"
    r"\b(?:i'?m|we'?re|im|were|keeps? us|puts? us|stay|get)\s+(?:at|to)\s+(?:10|ten|9|nine|8|"
    r"eight)\b|"
    r"\b(?:keep|keeping|leave|leaving|take|taking)\s+(?:\w+\s+){0,3}?off\s+(?:the\s+|our\s+|my\s+)?"
    r"(?:wcb|payroll|books|count)\b|"
    r"\bpa(?:y|id|ying)\s+(?:\w+\s+){0,3}?(?:cash|under the table)\b|\bon paper\b|"
    r"\b(?:not|never|isn'?t|aren'?t|wasn'?t|weren'?t|don'?t|doesn'?t|doesnt|hasn'?t|hasnt|"
    r"haven'?t)\s+(?:really|actually|yet)\b|"
    r"\b(?:he|she|they|it|we)\s*(?:'s|'re| is| are| was| were)\s+(?:really|actually)\b|"
    r"\b(?:actually|really|in fact)\s+(?:\w+\s+){0,2}?(?:had|have|has|hit|was|were|is|are|"
    r"only|\d+)\b|\bit was really\b|"
    r"\b(?:nobody|no one|no-one)\s+(?:\w+\s+)?(?:checks?|notices?|knows?|will know|looks?)\b|"
    r"\b(?:acsa|they|wcb)\s+(?:won'?t|wont|never|don'?t|dont|will never)\s+(?:\w+\s+)?"
    r"(?:check|notice|know|find out)\b",
    _I,
)

# A text that asks or requests, not one that claims: "an email asking if ...".
_ASKING = re.compile(
    r"\b(?:asking|to ask|requesting|to request|inquiring|enquiring|wondering)\b", _I
)
# A text that claims something: "a letter saying ...", "so it reads like ...", "word it".
_CLAIMING = re.compile(
    r"\b(?:saying|says|stating|states|claiming|declaring|confirming|certifying|that (?:we|he|she|"
    r"they|our|my|the)|so (?:that )?(?:it|they) (?:says?|reads?|looks?|shows?))\b",
    _I,
)
# Made for use from now on, not for a time gone by: a template, a blank form.
_FORWARD = re.compile(
    r"\b(?:templates?|blank|going forward|from now on|next (?:week|month|time)|future)\b", _I
)
# "make it look like ...": advice on a document of one's own, no document asked for.
_MAKE_IT = re.compile(r"^\s+(?:it|them|this|that|those|these|everything|things|sure)\b", _I)

Kind = Literal["identity", "records", "statement", "plain"]


@dataclass(frozen=True)
class Composition:
    """A request that the bot write a document: the verb, the object read, and the KIND of
    refusal (see the module)."""

    verb: str
    obj: str
    kind: Kind


def composition(text: str) -> Composition | None:
    """The document TEXT asks the bot itself to compose (see the module), or None."""
    for match in _ASKED.finditer(text):
        verb = next(g for g in match.groups() if g is not None)
        rest = text[match.end() :]
        if verb.lower() in ("make", "make up") and _MAKE_IT.match(rest):
            continue  # "can you make sure ...", "make it look professional": no document
        end = _SENTENCE.search(rest)
        clause = rest[: end.start()] if end else rest
        if _INFORMATION.match(clause):
            continue  # "write down what we need", "write me a list of the elements"
        obj = _OBJECT.match(clause)
        worded = verb.lower() in ("word", "reword", "re-word", "phrase") and _WORDED.match(clause)
        if verb.lower() == "sign" and _SIGNED.match(clause):
            worded = _SIGNED.match(clause)  # "sign the code of ethics page": whatever is signed
        named = _STAND_IN.match(clause) and _NAMED_DOCUMENT.search(text)
        if obj is None and not worded and not named:
            continue
        said = obj.group(0) if obj is not None else clause
        if obj is None and named:
            said = f"{clause} ({named.group(0)})"  # "fill some in" (the hazard assessments)
        read = f"{clause} ({named.group(0)})" if named else clause
        return Composition(verb.lower(), said.strip(), _kind(text, verb.lower(), read))
    return None


def _kind(text: str, verb: str, obj: str) -> Kind:
    """What the refusal of a document composed by VERB in TEXT speaks of (OBJ: the words
    after the verb, to the end of its clause). A template or a text that asks something is
    no untrue document: its refusal is plain."""
    untrue = _NOT_HAPPENED.search(text) or _UNTRUE.search(text) or misstates(text)
    if verb in ("sign", "forge") or _CREDENTIAL.search(obj):
        return "identity"  # a signature, a certificate: only the person's own
    if _FORWARD.search(obj) or _ASKING.search(text):
        return "plain"  # "a toolbox talk template", "an email asking if ..."
    if _EVENT_RECORD.search(text) and (untrue or _NAMES.search(text)):
        return "records"  # minutes for meetings never held, with names made up
    if _NAMES.search(text) and untrue:
        return "identity"  # "put some random name as our assessor"
    worded = verb in ("word", "reword", "re-word", "phrase") or _CLAIMING.search(text)
    if _STATEMENT.search(obj) and worded and (_UNTRUE.search(text) or misstates(text)):
        return "statement"  # "saying my temps were contractors so they don't count"
    return "plain"


def composition_refusal(found: Composition, text: str, confidence: float = 1.0) -> Answer:
    """A polite refusal of FOUND (read in TEXT): the bot writes no documents, and, when the
    document would not be true, why; then the COR department's contact."""
    c = contacts()
    why: dict[Kind, str] = {
        "identity": (
            "I can't sign anything or put a name on a SECOR document: a name, a signature or a "
            "certificate there has to be the real person's own, for what that person really "
            "did."
        ),
        "records": (
            "I don't write an employer's records, and records in a SECOR submission have to "
            "show what really happened, when and with whom: records written for meetings, "
            "inspections or weeks that did not happen are not records. Send the records you "
            "really have, and start keeping them now."
        ),
        "statement": (
            "I don't write letters or statements for employers, and what a company tells ACSA, "
            "WCB or a client has to be true"
            + (
                ": everyone covered by your WCB account counts toward the 10, however they are "
                "paid. If you are over 10, a full COR is the way."
                if about_the_count(text)
                else ": courses, records and who works for you must be as they really are."
            )
        ),
    }
    if found.kind == "plain" and anchored(text):
        said = (
            "Sorry, I can't write that for you: I answer questions about ACSA's SECOR program, "
            "and I don't write, fill in or sign an employer's documents, records, letters or "
            "emails. Ask me what the program needs and I'll say what its pages say; the COR "
            f"department can help too ({c.phone}, {c.email})."
        )
        return Answer(said, "document", confidence, (), "refusal")
    if found.kind == "plain":
        said = (
            "Sorry, I can only help with questions about ACSA's SECOR program: I don't write, "
            "fill in or sign documents, records, letters or emails for anyone. For anything "
            f"about SECOR, the COR department is at {c.phone} or {c.email}."
        )
        return Answer(said, "offtopic", confidence, (), "refusal")
    opening = "I can't do that" if found.kind == "identity" else "I can't help with that"
    said = (
        f"Sorry, {opening}. {why[found.kind]} The COR department can help with anything about "
        f"SECOR ({c.phone}, {c.email})."
    )
    return Answer(said, "manipulation", confidence, (), "refusal")
