"""Input hygiene and the rules that spot manipulative messages before any model runs."""

from __future__ import annotations

import re
import unicodedata

MAX_QUESTION_CHARS = 2000

_POLITE = (
    r"(?:(?:please|pls|plz|just|now|kindly|can you|could you|would you|will you|you should|"
    r"you must|i need you to|i want you to|go ahead and|ok|okay|hey|bot)[\s,]+)*"
)
_GRANT = r"(?:approve|certify|pass|sign off on|sign off|rubber[- ]?stamp|grant|issue|award)"
_OURS = r"(?:me|us|my|our|this|it|the)"
_THING = (
    r"(?:secor|s\.?e\.?c\.?o\.?r|cor|certificate|cert|certification|submission|audit|"
    r"application|evaluation|company|business|file|package)"
)

# Records an employer might ask the bot to invent or back-date.
_RECORDS = (
    r"(?:records?|forms?|signatures?|sign-?offs?|minutes|logs?|reports?|documents?|docs|"
    r"paperwork|inspections?|checklists?|talks?|certificates?|certs|hazard assessments?|"
    r"flhas?|attendance|sheets?|dates?|entries|evidence|proof|meetings?)"
)

_PATTERNS = [
    # instructions to drop the bot's rules or to take on another role
    r"\b(?:ignore|disregard|forget|override|disable)\b.{0,40}\b(?:rules?|instructions?|prompts?|guidelines?|restrictions?|everything|programming)\b",
    r"\bbypass\b",
    r"\byou are now\b|\byou're now\b|\byoure now\b|\bfrom now on,? you\b",
    r"\bpretend\b|\broleplay\b|\brole-play\b|\bimpersonate\b",
    r"\bact as (?:my|a|an|if)\b(?! (?:assessor|consultant|auditor|external))",
    r"\bjailbreak\b|\bdan mode\b|\bdeveloper mode\b|\badmin mode\b|\bgod mode\b",
    r"\b(?:system|hidden|initial|original)\s+prompt\b|\byour (?:instructions|prompt|programming)\b",
    # asking the bot to decide what only the COR department decides
    rf"^{_POLITE}{_GRANT}\b.{{0,30}}\b{_OURS}\b.{{0,30}}\b{_THING}\b",
    rf"^{_POLITE}{_GRANT} (?:me|us)\b",
    rf"^{_POLITE}give (?:me|us) (?:a |an |the |my |our )?"
    r"(?:secor|cor|certificate|cert|pass)\b(?! department)",
    r"\bmark (?:me|us|it|my|our)\b.{0,30}\b(?:approved|passed|complete|certified)\b",
    r"\b(?:say|tell (?:them|the cor department|acsa)) (?:that )?(?:we|i) "
    r"(?:are|am|have|passed|qualify)\b",
    r"\b(?:make|give) (?:an |us an )?exception\b",
    r"\bchange (?:the|your) rules\b",
    # asking for records that were never kept: made up, back-dated, forged
    r"\b(?:fabricat\w*|forg(?:e|ed|ing|ery)|falsif\w*|fudg\w*|doctor(?:ed|ing)?)\b",
    rf"\b(?:make|making|cook|cooking|whip|whipping)\s+up\s+(?!for\b)(?:\w+\s+){{0,3}}?{_RECORDS}\b",
    rf"\b(?:make|making|cook|cooking|whip|whipping)\s+(?:\w+\s+){{0,3}}?{_RECORDS}\s+up\b",
    rf"\b(?:invent|inventing|write up|writing up)\s+(?:\w+\s+){{0,3}}?{_RECORDS}\b"
    r"(?!\s+(?:the|our|a|an|element|program|system|submission)\b)",
    r"\b(?:meetings?|inspections?|drills?|talks?|training|assessments?|sessions?)\s+"
    r"(?:that\s+)?(?:we|i|they)\s+(?:never|didn't|did not|didnt)\s+"
    r"(?:had|have|hold|held|do|did|run|ran|done)\b",
    r"\b(?:back[- ]?dat\w*|pre[- ]?dat\w*|date (?:them|it|those|these)\s+back|"
    r"dated? (?:them |it |those |these )?(?:back|earlier|to (?:look|seem))|"
    r"(?:put|use|write) (?:an? )?(?:old|earlier|past|fake|false) dates?)\b",
    rf"\b(?:fake|phony|phoney|bogus|false)\s+(?:\w+\s+){{0,2}}?{_RECORDS}",
    r"\b(?:fill|filling|sign|signing)\s+(?:\w+\s+){0,4}?(?:for|from) (?:the )?"
    r"(?:months?|weeks?|days?|meetings?|inspections?) (?:we|i|they) (?:missed|skipped|forgot)\b",
    r"\b(?:look|looks|seem|seems) (?:real|legit|genuine|authentic|old)\b",
    rf"\b(?:generate|create|produce|write|draft|fill out|fill in|make|print)\s+(?:\w+\s+){{0,4}}?"
    rf"{_RECORDS}\s+(?:\w+\s+){{0,3}}?(?:dated|with (?:old |past |earlier |last year's )?dates|"
    r"from last (?:year|month|spring|summer|fall|winter)|for (?:a |an )?(?:worker|employee|guy|"
    r"person|someone) who (?:left|quit|never))\b",
    r"\bfor (?:a |an )?(?:worker|employee|guy|person|someone) who (?:left|quit|never|no longer)\b",
    r"\bsign\s+(?:\w+\s+){0,4}?(?:now|today)\s+for\s+(?:the\s+)?(?:meetings?|inspections?|"
    r"talks?|months?|weeks?|training|drills?)\s+(?:from|in|back in|last|we)\b",
    # ("do we need to show that they were done": proof asked for, no claim; round 27)
    r"\b(?:say|claim|pretend|make it look like|(?<!to )(?<!must )(?<!we )(?<!i )show that|"
    r"write that)\s+(?:that\s+)?"
    r"(?:they|we|it|those|these|the \w+)\s+(?:were|was|did|had|happened|got)\b",
    r"\b(?:change|alter|edit|update|swap|redo) (?:the |their |its )?dates?\b|\bnew dates? on\b",
    r"\b(?:recreat\w*|re-creat\w*|rewrite|rewriting|redo|redoing)\b.{0,30}\bfrom memory\b",
    r"\bsign (?:them|it|those|these) now\b",
    r"\b(?:for|on) the (?:days?|weeks?|months?|dates?|times?|jobs?|sites?) (?:that )?(?:we|i|they) "
    r"(?:didn'?t|did not|never|missed|skipped|forgot)\b",
    # copies of records with other people's names or other dates on them
    r"\b(?:make|making|generate|create|produce|fill(?:ed)?(?:[- ](?:out|in))?|write|print|"
    r"cop(?:y|ies))\b.{0,60}\b(?:different|other|changed|made-up|fake|new|someone else's)\s+"
    r"(?:dates?|names?|signatures?)\b",
    # keeping people off the WCB account or the count to stay under the limit
    r"\b(?:leave|leaving|keep|keeping|take|taking|drop|dropping|hide|hiding|put|putting)\s+"
    r"(?:\w+\s+){0,5}?(?:off|out of)\s+(?:of\s+)?(?:the|our|my)\s+"
    r"(?:wcb|payroll|books|count|head ?count|numbers|account)\b",
    r"^(?=.*\b(?:hide|hiding|leave (?:\w+ ){0,4}?(?:off|out)|not (?:count|report|list|include|"
    r"declare|register)|don'?t (?:count|report|list|include|declare|register)|off the books|"
    r"under the table|on paper)\b).*\b(?:so|to)\b.{0,25}\b(?:under|below|within|at)\s+"
    r"(?:the\s+)?(?:10|ten|limit|cap)\b",
    # someone claiming authority over the bot or announcing a rule
    r"\b(?:i am|i'm|im)\s+(?:\w+\s+){0,4}?(?:manager|staff|auditor|analyst|coordinator|director|"
    r"employee|admin\w*|officer|rep\w*|supervisor)\s+(?:at|from|with|for) (?:the )?"
    r"(?:acsa|cor department|energy safety canada)\b",
    r"\b(?:ignore|disregard|override)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:limit|cap|requirement|maximum|rule)\b",
    r"^\W*this is (?:the )?(?:acsa|cor department|cor dept|energy safety canada)\b",
    r"\b(?:answer|say|reply|respond|tell (?:everyone|users|people|them))\s+(?:that\s+)?"
    r"(?:everyone|all|every company|anyone|we|they)\s+(?:qualif|is eligible|are eligible|pass)",
    r"\b(?:i am|i'm|im|this is)\s+(?:\w+\s+){0,2}?(?:from|at) "
    r"(?:the )?(?:acsa|cor department|energy safety canada)\b",
    r"\b(?:i am|i'm|im) with (?:the )?(?:acsa|energy safety canada)(?:'s)?\s+"
    r"(?:cor|staff|team|office|department|head office)\b",
    r"\b(?:please|pls|plz)\s+(?:approve|certify|pass|sign off)\b",
    r"\b(?:i|we) (?:work|am working) (?:for|at) (?:the )?(?:acsa|cor department)\b",
    r"\bas (?:an? |the |your )?(?:acsa|cor|cor department|energy safety canada)\s+"
    r"(?:staff|employee|auditor|admin\w*|coordinator|rep\w*|official|analyst)\b",
    r"\b(?:i am|i'm|im|this is)\s+(?:an? |the |your )?(?:acsa |cor |system |bot )"
    r"(?:admin\w*|developer|staff|auditor|moderator|operator|analyst|coordinator)\b",
    r"\b(?:i am|i'm|im|this is) (?:your|the bot's|this bot's) (?:admin\w*|developer|owner)\b",
    r"^\W*(?:admin|administrator|system|staff|acsa|developer|moderator|cor department)\s*"
    r"(?:notice|message|update|override|announcement|note)?\s*:",
    r"\bnew (?:rule|policy|limit|instruction|directive)s?\b.{0,80}\b(?:confirm|acknowledge|"
    r"effective immediately|you (?:must|should|will|need to)|update your|from now on)\b",
    r"\b(?:reveal|show|print|output|repeat|leak)\s+(?:me\s+)?(?:your|the)\s+"
    r"(?:config\w*|settings|instructions|prompt|rules|source|code|system|api key|token)\b",
    r"<\s*/?\s*(?:system|assistant|instructions?)\s*>|\[\s*(?:system|inst)\s*\]",
]
_MANIPULATION = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2028-\u202e\u2066-\u2069]")
_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


# "then" typed for "than" after a comparative: read as the comparison the writer meant.
_THEN = re.compile(
    r"\b(more|less|fewer|bigger|larger|smaller|higher|lower|greater|other|rather)\s+then\b",
    re.IGNORECASE,
)


def clean(text: str, limit: int = MAX_QUESTION_CHARS) -> str:
    """The question as one line: normalised Unicode, no control characters, at most LIMIT chars."""
    text = unicodedata.normalize("NFKC", text[: limit * 2])
    text = _CONTROL.sub(" ", text)
    text = text.translate(_QUOTES)
    text = _THEN.sub(r"\1 than", text)  # "never more then 7": a comparison, as meant
    return _SPACE.sub(" ", text).strip()[:limit]


def is_manipulative(text: str) -> bool:
    """True for attempts to change the bot's rules or to get it to approve something."""
    return bool(_MANIPULATION.search(text))
