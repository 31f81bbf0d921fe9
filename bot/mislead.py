"""Deception carried by a purpose or a stated plan, whatever the object (issue 11, round 14).

``bot.deceive`` and ``bot.compose`` read what a request asks for (a letter, a record, a
signature). A message can ask for nothing named and still ask for help to mislead: "help me
word *it* so the auditor thinks we had 9", "how should I word the application so that
nobody asks about them", "what's the easiest way to set *that* up so the WCB doesn't
notice". The deception is in the *purpose* of the request or in a *plan* the asker states,
read here as parts:

- **a purpose of misleading**: a clause whose goal is that ACSA, WCB, an auditor, a client or
  "they" believe something ("so the auditor thinks ...", "so they assume ..."), do not
  notice, ask, check or find out ("so that nobody asks about them", "so the WCB doesn't
  notice"), or a story made to be believed ("a believable explanation", "a cover story");
- **a stated plan to misstate the count**: the asker plans to say the company was within the
  limit ("I plan to say we've never been over ten") while the message says it was over
  ("we hit 13 people for six weeks");
- **a plan to leave people out or move them to get under the limit**: not mentioning,
  declaring or reporting people with the result that the count comes under the limit ("if
  we just don't mention the students, we'd be at seven"); moving workers onto another
  company's account for the time being ("just until the SECOR goes through").

Each needs a request for help or a plan of the asker (``deceive`` reads it), except the plan
that is itself stated. An honest question shares the words but not the parts: "do students
count?", "what if we forget to mention someone?", "do I have to tell ACSA we were at 11 in
the fall?" (no purpose to mislead, no claim that contradicts the message), "if we don't count
the students we'd be at seven, do they count?" (asks the rule; "count" is no concealment).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# Who would be misled: the program's readers, or "they", "nobody", "anyone".
_READER = (
    r"(?:acsa|wcb|the (?:\w+\s+){0,2}?(?:acsa|wcb|auditor|assessor|analyst|qa|board|client|gc|"
    r"department|inspector|reviewer|government|guy|lady|person|people|folks|staff|office)|"
    r"an? (?:auditor|inspector)|they|he|"
    r"she|them|nobody|no one|no-one|noone|anyone|anybody|everyone|everybody|the people at "
    r"(?:acsa|wcb)|it)"
)
_NOT = r"(?:doesn'?t|doesnt|don'?t|dont|won'?t|wont|will not|does not|do not|never|can'?t|cant)"
_UNNOTICED = (
    r"(?:notice|know|find out|see|catch on|catch it|check|spot|ask|question|dig|look into|"
    r"look twice|think twice|suspect|realize|realise|twig|clue in)"
)

# A purpose of misleading: "so (that) the auditor thinks", "so that nobody asks".
_PURPOSE = re.compile(
    rf"\b(?:so|so that|that way|and|in a way that|such that|to make sure|make sure)\s+"
    rf"(?:that\s+)?{_READER}\s+"
    r"(?:will\s+|would\s+|just\s+|only\s+)?(?:thinks?|believes?|assumes?|figures?|buys? it|"
    r"buys? that|falls? for|is fooled|are fooled|gets? fooled|(?:is|are) convinced|"
    r"(?:will |would )?think|(?:will |would )?believe|(?:will |would )?assume)\b|"
    rf"\b(?:so|so that|that way)\s+(?:that\s+)?(?:nobody|no one|no-one|noone)\s+"
    r"(?:(?:at|from|in|with)\s+(?:the\s+)?(?:acsa|wcb|\w+)\s+)?(?:ever\s+|"
    r"really\s+|even\s+)?(?:asks?|questions?|digs?|checks?|notices?|looks?|finds? out|"
    r"knows?|suspects?|bats an eye)\b|"
    rf"\b(?:so|so that|that way|in a way that|such that|make sure|making sure|ensure)\s+"
    rf"(?:that\s+)?{_READER}\s+(?:\w+\s+)?{_NOT}\s+(?:ever\s+|"
    rf"even\s+|really\s+)?{_UNNOTICED}(?:s|es|ed|ing)?\b|"
    r"\b(?:believable|plausible|convincing|credible|airtight|good)\s+(?:\w+\s+)?(?:explanation|"
    r"story|excuse|reason|cover|answer)\b(?=.{0,80}\b(?:in case|if)\s+(?:they|acsa|wcb|the "
    r"\w+|anyone|somebody|someone)\s+(?:ever\s+)?(?:checks?|asks?|looks?|digs?|audits?|"
    r"questions?|calls?))|"
    r"\b(?:believable|plausible|convincing|credible|airtight)\s+(?:\w+\s+)?(?:explanation|"
    r"story|excuse|reason|lie)\b|"
    r"\bcover stor(?:y|ies)\b|"
    # a belief brought about (round 16): "the wording that makes ACSA think she took PHSM"
    rf"(?<!\bwhat )(?<!\bwhat's )(?<!\bwhats )\b(?:make|makes|making|get|gets|getting)\s+"
    rf"{_READER}\s+(?:to\s+)?(?:think|believe|assume|figure)\b",
    _I,
)

# A plan of the asker to say something: "I plan to say", "I'll tell them", "we'll just say".
_SAY_PLAN = re.compile(
    r"\b(?:i|we)\s*(?:'ll|will|'m going to|am going to|'re going to|are going to|plan to|"
    r"planned to|intend to|want to|'d like to|gonna|was going to|were going to|figure i'?ll)"
    r"\s+(?:just\s+|simply\s+)?(?:say|tell (?:them|acsa|wcb|the \w+|him|her)|claim|state|"
    r"report|answer|put down|write down|put|write|declare|swear|insist)\b",
    _I,
)
_NUM_WITHIN = r"(?:10|ten|[1-9]|one|two|three|four|five|six|seven|eight|nine)"
# What the asker would say: within the limit, never over it.
_WITHIN_CLAIM = re.compile(
    r"\b(?:never|not|n'?t|nobody|no one)\s+(?:\w+\s+){0,2}?(?:been|gone|went|had|were|was|"
    r"got|hit|reached|employed)\s+(?:\w+\s+)?(?:over|above|past|more than|beyond|bigger than|"
    r"larger than)\s+(?:10|ten|the limit|the cap)\b|"
    rf"\b(?:always|only ever|only|never more than|at most|max(?:imum)?)\s+(?:\w+\s+)?"
    rf"(?:had|been|were|was|have|employed)?\s*(?:\w+\s+)?{_NUM_WITHIN}\b|"
    r"\b(?:under|below|within|less than|fewer than)\s+(?:the\s+)?(?:10|ten|limit|cap)\b|"
    rf"\b(?:we|i)\s*(?:'ve|'re|were|are|had|have)?\s*(?:only\s+)?(?:had|been|were|at)\s+"
    rf"(?:only\s+)?{_NUM_WITHIN}\b(?!\s*(?:weeks?|months?|days?|years?|hours?|%))",
    _I,
)
# A count over the limit the message states: "we hit 13 people", "twelve guys last summer".
_OVER = re.compile(
    r"\b(?:1[1-9]|[2-9]\d|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty)\b(?!\s*(?:weeks?|months?|days?|years?|hours?|minutes?|%|"
    r"dollars?|bucks|k\b|grand|percent|sq|square|feet|ft|metres?|meters?|m\b|km|kg|lbs?|"
    r"pounds?|ton|tons|feet|inch))",
    _I,
)

# People left out of what is told, with a count under the limit as the result.
_PEOPLE = (
    r"(?:students?|guys?|workers?|employees?|people|staff|crew|temps?|helpers?|labou?rers?|"
    r"apprentices?|casuals?|part[- ]?timers?|seasonals?|summer (?:\w+)|them|those (?:\w+)|"
    r"men|hands|kids|subs|[a-z]+(?:ers|ors)|"
    r"him|her|my (?:wife|son|daughter|brother|sister|dad|father|mom|mother|nephew|cousin)|"
    r"the (?:\w+ )?(?:students?|guys|workers|kids|temps|extras|others))"
)
_LEAVE_OUT = re.compile(
    r"\b(?:(?:just\s+)?(?:don'?t|dont|do not|not|never|without|avoid|skip)\s+(?:\w+\s+){0,2}?"
    r"(?:mention\w*|tell\w*|report\w*|declar\w*|disclos\w*|bring\w* up|brought up|put\w* "
    r"down|show\w*|admit\w*|(?:list\w*|includ\w*|count\w*|add\w*|put\w*)(?=\s+(?:\w+\s+){0,3}?"
    r"(?:on|in|when|to)\s+(?:the\s+|our\s+|my\s+)?(?:application|submission|form|evaluation|"
    r"paperwork|acsa|wcb|apply|we apply)))|"
    r"(?:leave|leaving|keep|keeping)\s+(?:\w+\s+){0,4}?(?:out|off|quiet)\b(?=.{0,40}\b(?:"
    r"application|submission|form|evaluation|paperwork|acsa|wcb|apply|when we))|"
    r"(?:omit\w*|drop\w*|skip\w*|hide|hiding|conceal\w*|forget about|pretend)\b)"
    rf"(?=\s+(?:\w+\s+){{0,4}}?{_PEOPLE}\b|\s+(?:\w+\s+){{0,2}}?(?:them|it)\b|"
    r"(?<=\bout)|(?<=\boff)|(?<=\bquiet))",  # "leave the two apprentices out": named before
    _I,
)
_RESULT_UNDER = re.compile(
    rf"\b(?:we'?d|we would|we'?ll|we will|that'?d|that would|it'?d|it would|which would|"
    rf"would|that (?:puts|gets|keeps|brings|leaves)|(?:puts|gets|keeps|brings|leaves) us)\s+"
    rf"(?:only\s+|just\s+)?(?:be|come in|come out|get us|put us|show|leave us|us|have|count)?\s*"
    rf"(?:at|to|under|below|with|down to|within)?\s*(?:only\s+|just\s+)?"
    rf"(?:{_NUM_WITHIN}|the limit|10|ten)\b|"
    rf"\b(?:we|that|it|which)\s+(?:come|comes|end|ends|land|lands|drop|drops)\s+(?:in|up|out|"
    rf"down)?\s*(?:at|to|under|below)\s+(?:only\s+)?(?:{_NUM_WITHIN}|the limit)\b|"
    r"\b(?:we'?d|we would|we'?ll|we will|that'?d|that would|would)\s+(?:\w+\s+)?(?:be|come in|"
    r"get|stay|drop)\s+(?:\w+\s+)?(?:under|below|within)\s+(?:the\s+)?(?:10|ten|limit|cap)\b",
    _I,
)
# Workers moved onto another company's account or payroll for the time being.
_MOVE = re.compile(
    r"\b(?:move|moving|put|putting|transfer\w*|shift\w*|switch\w*|park|parking|run|running|"
    r"stick|sticking|bump|bumping)\s+(?:\w+\s+){0,4}?" + _PEOPLE + r"\s+(?:\w+\s+){0,2}?"
    r"(?:onto|on|to|over to|under|into)\s+(?:his|her|their|another|a different|the other|"
    r"someone else'?s|my \w+(?:-in-law)?'?s|\w+'s)\s+(?:\w+\s+){0,2}?(?:company|account|wcb|"
    r"payroll|books|business|outfit|firm)\b",
    _I,
)
_FOR_NOW = re.compile(
    r"\b(?:until|till|til|'til|just for|only for|for now|for the time being|in the meantime|"
    r"while|during|temporarily|for a (?:while|bit|few (?:weeks|months)))\b",
    _I,
)


# A purpose of appearance (round 16): "so it looks like she's a qualified assessor", "make it
# seem as if we were at 10", "so it reads like we had nine". The marker of a purpose ("so",
# "make ... look") with a look, a seeming or a reading of something.
_LOOKER = (
    r"(?:it|this|that|things|everything|we|i|he|she|they|us|me|him|her|them|"
    r"(?:our|my|the|his|her|their)\s+(?:\w+\s+){0,2}?\w+)"
)
_SEEMS = (
    r"(?:look|looks|seem|seems|appear|appears|read|reads|sound|sounds|come across|"
    r"comes across)"
)
_APPEARS = re.compile(
    r"\b(?:so|so that|that way|in a way that|such that|to make sure|make sure|making sure|"
    rf"ensure)\s+(?:that\s+)?{_LOOKER}\s+(?:will\s+|would\s+|'ll\s+|does\s+)?{_SEEMS}\s+"
    r"(?P<how>like|as if|as though|that)\b|"
    rf"\b(?:make|makes|making|get|have)\s+{_LOOKER}\s+(?:\w+\s+)?"
    r"(?:look|seem|appear|read|sound|come across)\s+(?P<how2>like|as if|as though)\b|"
    r"\b(?:give|gives|giving|create|creates|creating|leave|leaves|leaving)\s+(?:\w+\s+)?"
    r"(?:the\s+)?impression\s+that\b",
    _I,
)
# After "like", a clause, not a thing compared: "like she's qualified", "like we were at 10",
# "like 3 months of records" (not "like the sample", "like a professional binder").
_SUBJECT = (
    r"(?:we|i|he|she|they|it|you|there|someone|somebody|everyone|everybody|nobody|all|"
    r"(?:the|our|my|his|her|their|every|each)\s+(?:\w+\s+){0,2}?\w+|"
    r"(?!(?:a|an|the|what|how|this|that|these|those|some|any|so)\b)[a-z]+)"
)
_CLAUSE = re.compile(
    rf"^\s*{_SUBJECT}\s*(?:'s|'re|'ve|'d|'m|\s+(?:\w+\s+)?(?:is|are|was|were|am|had|have|"
    r"has|did|do|does|took|taken|got|been|held|passed|finished|completed|happened|hit|went|"
    r"came|kept|started|done|worked|employed|qualif\w*|certif\w*|trained|never|always|"
    r"already|only|really|actually))\b|"
    r"^\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+"
    r"(?:full\s+)?(?:months?|weeks?|years?|days?|people|guys|workers|employees|staff|"
    r"inspections?|meetings?|records?|docs?|documents?|forms?)\b",
    _I,
)
# What the appearance would show: a past event, a number, a qualification.
_SHOWN = re.compile(
    r"\b(?:was|were|had|did|took|taken|held|happened|got|went|'d|been|done|passed|finished|"
    r"completed|kept|started|qualif\w*|certif\w*|trained|ticketed|eligible|under|within|"
    r"courses?|phsm|\d+|one|two|three|four|five|six|seven|eight|nine|ten|months?|weeks?|"
    r"years?|every|always|never|current|valid|up[- ]to[- ]date|full[- ]?time|still)\b",
    _I,
)
# A fact the message states against it: "never took", "only started", "we hit 13".
_AGAINST = re.compile(
    r"\b(?:never|didn'?t|did not|didnt|haven'?t|hasn'?t|wasn'?t|weren'?t|(?:only|just) "
    r"started|forgot|skipped|missed|no longer|expired|lapsed|ran out|run out|out of date|"
    r"not (?:actually|really|yet|current|valid)|"
    r"isn'?t (?:actually|really))\b",
    _I,
)

# Something done to a text, a record or an answer before "so it looks like": the "so" is a
# purpose, not a conclusion ("we only have two months, so it looks like we wait").
_DONE_TO = re.compile(
    r"\b(?:re-?word\w*|word|wording|phrase|phrasing|writ\w*|wrote|fill\w*|dat(?:e|ed|ing)|"
    r"backdat\w*|chang\w*|edit\w*|mak\w*|made|set\w* up|arrang\w*|put|putting|list\w*|"
    r"present\w*|organi[sz]\w*|sign\w*|dress\w* up|fix\w*|adjust\w*|tweak\w*|alter\w*|"
    r"answer\w*|report\w*|record\w*|log|label\w*|tell|say|describe|explain|fudge|pad|"
    r"add\w*|count\w*|show|spin|frame|help|help (?:me|us))\b",
    _I,
)


def appearance_purpose(text: str) -> bool:
    """TEXT gives a purpose of appearance (round 16): something is to look, seem or read as
    what the message says it is not ("so it looks like she's a qualified assessor", "make it
    seem as if we were at 10"). After "like" a clause or a quantity must follow (not a thing
    compared: "so it looks like the sample"); what it would show must be a past event, a
    number or a qualification, or the message must state a fact against it ("never took",
    "only started"). "How should our binder look so it isn't returned?" has no look of
    something as something else, and keeps its answer."""
    for match in _APPEARS.finditer(text):
        sentence = re.split(r"[.!?;]\s+", text[: match.start()])[-1]
        if match.group("how") is not None and not _DONE_TO.search(sentence):
            continue  # "we only have two months, so it looks like we wait?": a conclusion
        rest = text[match.end() :]
        clause = re.split(r"[.!?;]|\b(?:so|because|but|and then)\b", rest, maxsplit=1)[0]
        how = (match.group("how") or match.group("how2") or "that").lower()
        if how == "like" and not _CLAUSE.match(clause):
            continue
        if _SHOWN.search(clause) or _AGAINST.search(text):
            return True
    return False


def misleading_purpose(text: str) -> bool:
    """TEXT gives a purpose of misleading ACSA, WCB, an auditor or a client (see the
    module): a false belief, something not noticed, not asked, not checked, or a look of
    what is not so (``appearance_purpose``)."""
    return bool(_PURPOSE.search(text)) or appearance_purpose(text)


def planned_misstatement(text: str) -> bool:
    """TEXT states a plan to tell ACSA or WCB the count was within the limit, and says
    elsewhere that it was over ("we hit 13 ... I plan to say we've never been over ten")."""
    for plan in _SAY_PLAN.finditer(text):
        sentence = re.split(r"(?<=[.!?])\s+", text[plan.end() :])[0]
        claim = _WITHIN_CLAIM.search(sentence)
        if claim is None:
            continue
        rest = text[: plan.start()] + " " + sentence[claim.end() :]
        if _OVER.search(rest) or _OVER.search(text[plan.end() + len(sentence) :]):
            return True
    return False


def left_out_to_get_under(text: str) -> bool:
    """TEXT plans to leave people out of what is told, or to move them onto another company's
    account for the time being, so the count comes under the limit (see the module)."""
    left = _LEAVE_OUT.search(text)
    if left is not None and _RESULT_UNDER.search(text[left.end() :]):
        return True
    moved = _MOVE.search(text)
    if moved is None:
        return False
    after = text[moved.end() :]
    return bool(_FOR_NOW.search(after[:80]) or _RESULT_UNDER.search(after))


# An honest question whether people must be told of, or what if one is forgotten: "do I need
# to mention the summer students when we apply?", "what if we forget to mention someone?".
_ASKS_TOLD = re.compile(
    r"\b(?:do|does|should|must|have to|has to|need to|needs to|what if|what happens if|is it ok "
    r"(?:if|to)|are we supposed to|am i supposed to)\b(?:\s+\w+){0,4}?\s+(?:forget\w*\s+to\s+)?"
    r"(?:mention|declare|report|disclose|tell (?:acsa|wcb|them) about|forget|forgot|miss|"
    r"missed|leave out|left out)\w*\s+(?:about\s+)?(?P<people>(?:\w+\s+){0,3}?(?:"
    + _PEOPLE.replace(r"[a-z]+(?:ers|ors)|", r"(?:work|help|labour|labor|fram|roof)ers|")
    + r"|someone|somebody|anyone|anybody|a (?:worker|guy|person|student|helper)))\b",
    _I,
)


def told_people(text: str) -> str | None:
    """The people TEXT asks, honestly, whether to mention to ACSA ("do I need to mention the
    summer students when we apply?", "what if we forget to mention someone?"), as written;
    None without such a question, or with a purpose of misleading or a result under the
    limit beside it (those are refused first)."""
    if misleading_purpose(text) or left_out_to_get_under(text):
        return None
    found = _ASKS_TOLD.search(text)
    return found.group("people") if found is not None else None
