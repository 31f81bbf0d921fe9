"""Requests about something other than SECOR, with no word of the program: refused (round 13).

A message can ask about prices, school work, sports, food or the weather in words the
facts happen to use ("charge", "install", "class 10"), so the off-topic checks of
``bot.abstain`` (no word any fact uses) miss it, and the answer is an abstention ("the pages
do not say what it costs") or, worse, a topic. A message is refused politely when two parts
hold:

- *its request is of a kind SECOR never answers*: the price of one's own work or of goods
  ("what should I charge per sq ft", "how much should I bid per square", "a fair price for a
  used truck"), school work ("an essay for my son's grade 10 class", "homework"), a recipe or
  cooking, a game or a team, the weather, taxes;
- *no SECOR anchor*: no word of the program (SECOR, COR, ACSA, WCB, an element, a course,
  an audit, a record, a hazard ...; the lexicon's concepts and the program's own nouns).
  People and numbers are no anchor: "grade 10" is not a head count, and a crew is not SECOR.

"How much does the PHSM course cost?" and "what does ACSA charge for SECOR?" have an anchor
and are answered (or the pages' silence is said).
"""

from __future__ import annotations

import re
from functools import cache

from bot.lexicon import lexicon

_I = re.IGNORECASE

# Kinds of request SECOR never answers, each by what it asks for.
_FOREIGN = re.compile(
    # the price of one's own work or of goods
    r"\b(?:charge|charging|bid|bidding|quote|quoting|price|pricing|mark ?up|rate)\b.{0,40}?"
    r"\b(?:per|a|an|by the)\s+(?:sq(?:uare)?\.?|foot|feet|ft|hour|hr|yard|metre|meter|m2|job|"
    r"day|linear|sheet|piece)\b|"
    r"\b(?:what|how much)\s+(?:should|do|would|can|could)\s+(?:i|we)\s+(?:charge|bid|quote|ask|"
    r"mark ?up|bill|invoice)\b|"
    r"\b(?:good|fair|going|decent|reasonable)\s+(?:price|rate)\s+(?:for|on)\b|"
    r"\b(?:hourly|daily|day) rate\b|"
    # school work
    r"\b(?:essay|homework|term paper|book report|science fair|school project|school "
    r"assignment|social studies|report card)\b|"
    r"\bgrade\s+\d{1,2}\s+(?:class|homework|project|math|science|english|social|history)\b|"
    # food and cooking
    r"\b(?:recipes?|slow cooker|crock ?pot|marinade|baking|cook(?:ing)? (?:a|the|some)|"
    r"(?:dry )?rub for)\b|"
    # sports and games
    r"\b(?:nhl|nfl|nba|mlb|stanley cup|world cup|super bowl|playoffs|hockey|football|soccer|"
    r"golf|fantasy (?:team|league))\b|"
    r"\bwin\w*\b.{0,30}\b(?:game|match|cup|series)\b|"
    r"\b(?:game|match)\s+(?:tonight|last night|this weekend)\b|\bscore of the\b|"
    # the weather, taxes
    r"\b(?:weather|forecast|gst|income tax|tax return|write off|write-off)\b",
    _I,
)
# The program's own nouns, beside the lexicon's concepts (people and numbers are no anchor).
_PROGRAM = re.compile(
    r"\b(?:elements?|audits?|assessors?|evaluations?|submissions?|certif\w*|safety|hazards?|"
    r"injur\w*|incidents?|inspections?|records?|documents?|training|courses?|tickets?|"
    r"polic(?:y|ies)|maintenance|samples?|refunds?|membership|member|orientations?|toolbox|"
    r"program|qa|analyst|deadline|registration|register)\b",
    _I,
)


@cache
def _anchors() -> re.Pattern[str]:
    """Every written form of the lexicon's concepts (SECOR, COR, ACSA, WCB, the courses ...)."""
    forms = sorted(
        {form for variants in lexicon().concepts.values() for form in variants if len(form) > 2},
        key=len,
        reverse=True,
    )
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)", _I)


def anchored(text: str) -> bool:
    """TEXT names something of the SECOR program (see the module)."""
    return bool(_PROGRAM.search(text) or _anchors().search(text))


# The price of the asker's own work or services (round 16): a rate per unit of the trade
# ("a per-kilometre rate", "charge by the load", "bid per square foot"), a rate or price to
# charge, bid or quote, a fair or going rate. SECOR's own costs are not these: what ACSA, a
# course or a consultant charges is asked with its name beside it.
_UNIT = (
    r"(?:sq(?:uare)?\.?(?:\s*(?:foot|feet|ft|metres?|meters?|m|yards?))?|foot|feet|ft|hours?|hrs?|"
    r"yards?|metres?|meters?|m2|m3|km|kms|kilomet(?:re|er)s?|klicks?|miles?|loads?|trips?|"
    r"runs?|tonnes?|tons?|units?|heads?|visits?|call-?outs?|calls?|rooms?|windows?|doors?|jobs?|"
    r"days?|linear|lineal|sheets?|pieces?|cubic|bags?|litres?|liters?|gallons?|panels?|"
    r"trucks?|shifts?|weeks?|squares?|installs?|stops?|deliver(?:y|ies))"
)
# The units "a" or "an" may stand for "per" with ("$90 an hour"; "bidding a job" is no rate).
_MEASURE = (
    r"(?:hours?|hrs?|day|week|km|kilomet(?:re|er)|mile|foot|square (?:foot|metre|meter|yard)|"
    r"sq\.? ?ft|yard|metre|meter|load|trip|tonne|ton)"
)
_OWN_PRICE = re.compile(
    rf"\b(?:charge|charging|bid|bidding|quote|quoting|price|pricing|mark ?up|rates?|bill|"
    rf"billing|invoice|invoicing)\b.{{0,40}}?\b(?:(?:per|by the|each)[\s-]+{_UNIT}|"
    rf"(?:a|an)\s+{_MEASURE})\b|"
    r"\b(?:what|how much)\s+(?:should|do|would|can|could)\s+(?:i|we)\s+(?:charge|bid|quote|"
    r"mark ?up|bill|invoice)\b|"
    rf"\bper[\s-]+{_UNIT}\s+(?:\w+\s+)?(?:rates?|prices?|charges?|pricing)\b|"
    r"\b(?:rates?|prices?|amount|much|markup|mark-up|margin)\s+(?:(?:should|do|would|can|could|"
    r"to)\s+)?(?:(?:i|we)\s+)?(?:charge|bid|quote|bill|invoice|ask)\b|"
    r"\b(?:good|fair|going|decent|reasonable|competitive|market|typical|standard|normal|"
    r"usual)\s+(?:[\w-]+\s+){0,2}?(?:prices?|rates?|mark ?ups?|margins?)\b(?=.{0,60}\b(?:"
    r"for|on|to)\b)|"
    r"\b(?:hourly|daily|day|shop|labou?r|trucking|hauling|mileage|standby|call-?out|"
    r"per[\s-]+\w+)\s+rates?\b(?=.{0,60}\b(?:charge|bid|quote|bill|fair|good|going|"
    r"should|what)\b)|"
    r"\bhow (?:do|should|would|can) (?:i|we) (?:price|bid|quote|estimate)\b",
    _I,
)
# What SECOR's own costs are asked with: the program, its courses, fees, membership, refunds.
_SECOR_COST = re.compile(
    r"\b(?:secor|cor|acsa|wcb|courses?|class(?:es)?|phsm|csts|training|membership|member|"
    r"fees?|audits?|evaluations?|certif\w*|refunds?|pir|rebates?|assessors?|consultants?|"
    r"program|submissions?|esc|energy safety canada|first aid)\b",
    _I,
)


def own_price(text: str) -> bool:
    """TEXT asks the price of the asker's own work or services (see ``_OWN_PRICE``), in a
    sentence that names none of SECOR's own costs: "what's a fair per-kilometre rate for
    hot-shot runs" is asked of no page, whatever else the message says of SECOR; "what does
    ACSA charge per submission" and "a fair price for the PHSM course" are SECOR's costs."""
    for match in _OWN_PRICE.finditer(text):
        start = max(text.rfind(mark, 0, match.start()) for mark in ".?!\n")
        ends = [i for i in (text.find(mark, match.end()) for mark in ".?!\n") if i >= 0]
        sentence = text[start + 1 : min(ends) if ends else len(text)]
        if not _SECOR_COST.search(sentence):
            return True
    return False


def foreign_request(text: str) -> bool:
    """TEXT asks for something SECOR never answers and names nothing of the program, or asks
    the price of the asker's own work (``own_price``)."""
    return (bool(_FOREIGN.search(text)) and not anchored(text)) or own_price(text)


def program_look_alike(text: str) -> bool:
    """TEXT names a thing of the program (an anchor: "the safety meeting", "a WCB claim") and
    asks nothing of a kind SECOR never answers: however sure the intent model is that it is
    off-topic, it is no request to refuse ("can we hold the safety meeting at the crew
    barbecue?"); the pages' silence on it is said instead."""
    return anchored(text) and not _FOREIGN.search(text) and not own_price(text)
