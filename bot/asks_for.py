"""What a question asks for: the type of its answer (a time, a duration, an amount ...).

"What month does the PIR cheque come out" asks for a month; "how long before we can
resubmit" for a duration; "is there a public list of SECOR holders" for a resource;
"is the course given in Vietnamese" for a language. A fact answers such a question only
when it holds a value of that type (a date, a number of days, a figure, a list or a
website, a language ...) *and* speaks of what the question names. The abstention
(``bot.abstain``) uses both: when no fact of the knowledge base holds the type asked
for together with the question's own words, the pages do not say it, however close the
topic the intent model chose.

The question side reads the interrogative phrase (the way any question answering
system reads its expected answer type); the fact side recognises values of each type.
Neither names a topic of SECOR.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
)
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekends?|weekdays?)"
_NUMBER = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|ninety|several|a few|a couple of)"
)
_FORMAT = r"(?:pdfs?|word|excel|docx?|xlsx?|jpe?gs?|pngs?|scans?|photos?|spreadsheets?)"
_UNIT = r"(?:days?|weeks?|months?|years?|hours?|minutes?)"
_LANGUAGES = (
    r"(?:english|french|spanish|punjabi|vietnamese|tagalog|filipino|chinese|mandarin|"
    r"cantonese|arabic|hindi|urdu|korean|japanese|german|portuguese|polish|ukrainian|"
    r"russian|italian|dutch|romanian|farsi|persian|somali|amharic|tigrinya|cree)"
)


@dataclass(frozen=True)
class AnswerType:
    """One type of answer: how a question asks for it, how a fact holds it, and the words
    that name the type itself (not what it is about)."""

    id: str
    what: str  # "ACSA's pages do not say <what>"
    asks: re.Pattern[str]
    holds: re.Pattern[str]
    own_words: frozenset[str]


_CLAUSE = r"(?:^|[,.;:?!(]\s*|\b(?:and|so|but|or|then|ok|okay|hi|hey)\s+)"
_AUX = (
    r"(?:'s|s|is|are|was|were|do|does|did|will|would|can|could|should|must|has|have|"
    r"might|shall)"
)
_DATE_VALUE = (
    rf"\b{_MONTHS}\b\.?\s*\d{{1,2}}\b|\b(?:in|by|before|after|until|since|from) {_MONTHS}\b|"
    r"\b(?:end of (?:the )?(?:year|quarter|month)|year[- ]end|anniversary)\b|"
    r"\b(?:19|20)\d\d\b"
)
_DURATION_VALUE = (
    rf"\b{_NUMBER}[- ](?:or more )?{_UNIT}\b|\b(?:a|one|each|every) (?:full )?(?:day|week|month|"
    r"year)\b|\bannual(?:ly)?\b|\byearly\b|\b\d+ days\b"
)

TYPES: tuple[AnswerType, ...] = (
    AnswerType(
        "email",
        "which email address to use",
        re.compile(
            r"\b(?:what|which|whats|what's)\s+(?:is\s+|are\s+)?(?:the\s+|your\s+|an?\s+)?"
            r"(?:e-?mail(?:\s+address)?|address)\b(?!\s+(?:of|for)\s+(?:the\s+)?(?:office|"
            r"acsa'?s? office))|\be-?mail address(?:es)?\b|"
            r"\bwhere\s+(?:do|does|should|can|would)\s+(?:i|we|you)\s+e-?mail\b",
            _I,
        ),
        re.compile(r"[\w.+-]+@[\w-]+\.\w+", _I),
        frozenset({"email", "e-mail", "address", "addresses", "mail", "send", "go", "goes"}),
    ),
    AnswerType(
        "hours",
        "what hours or days the COR department is open",
        re.compile(
            rf"\b(?:what|which) (?:hours|days)\b|\b(?:office|opening|business|phone) "
            rf"hours\b|\bhours of operation\b|\bopen (?:on )?(?:a |the )?{_DAYS}\b|"
            rf"\b(?:call|phone|reach|visit|drop by|come in)\b.{{0,25}}\b(?:on )?(?:a |the )?"
            rf"{_DAYS}\b|\b(?:what time|when) (?:do|does|are|is) (?:you|they|acsa|the cor|"
            r"the office)\w* (?:open|close)",
            _I,
        ),
        re.compile(rf"\b{_DAYS}\b|\b\d{{1,2}}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)\b", _I),
        frozenset(
            {
                "hour",
                "day",
                "time",
                "open",
                "call",
                "phone",
                "office",
                "saturday",
                "sunday",
                "weekend",
                "weekday",
                "friday",
                "monday",
                "reach",
                "visit",
            }
        ),
    ),
    AnswerType(
        "date",
        "on what date or in what month",
        re.compile(
            r"\b(?:what|which) (?:month|day|date|week|time of (?:the )?year|season)\b|"
            r"\bwhen exactly\b|\bexact date\b|\bwhat date\b",
            _I,
        ),
        re.compile(_DATE_VALUE, _I),
        frozenset(
            {
                "month",
                "day",
                "date",
                "week",
                "time",
                "year",
                "season",
                "exact",
                "exactly",
                "usually",
                "usual",
            }
        ),
    ),
    AnswerType(
        "when",
        "when",
        re.compile(
            rf"{_CLAUSE}when(?:'s| {_AUX})\b|\bby when\b|\bhow (?:soon|quickly|fast)\b|"
            r"\bhow long (?:after|before|until|till|til)\b|\buntil when\b",
            _I,
        ),
        re.compile(f"{_DATE_VALUE}|{_DURATION_VALUE}", _I),
        frozenset({"soon", "quickly", "fast", "long", "time", "actually", "usually"}),
    ),
    AnswerType(
        "duration",
        "how long",
        re.compile(rf"\bhow long\b|\bhow many {_UNIT}\b|\bfor how long\b", _I),
        re.compile(_DURATION_VALUE, _I),
        frozenset({"long", "day", "week", "month", "year", "hour", "minute", "many"}),
    ),
    AnswerType(
        "code",
        "which code or number applies (no industry, rate or classification code is given there)",
        re.compile(
            # the value of a code asked for ("what's the industry code for fencing", "which
            # wcb code are roofers under"), not what a code is ("what is an industry code")
            r"\b(?:what|which|whats|what's)\s+(?:is\s+|are\s+|would\s+be\s+)?(?:the\s+|our\s+|"
            r"my\s+|their\s+|its\s+)?(?:\w+\s+){0,3}?(?:code|classification)s?\s+(?:number\s+)?"
            r"(?:for|of|do|does|is|are|would|should|applies|fits|covers|under)\b|"
            r"\b(?:code|classification) (?:number|#)|"
            r"\b(?:industry|wcb|rate|classification) codes? (?:for|of) (?:a |an |my |our |the )?"
            r"(?!(?:acsa|secor|membership|automatic)\b)\w+",
            _I,
        ),
        re.compile(r"\b(?:code|classification|number)\s*(?:is\s+|#\s*|:\s*)?\d{3,}\b", _I),
        frozenset(
            {
                "code",
                "codes",
                "industry",
                "wcb",
                "number",
                "classification",
                "rate",
                "trade",
                "apply",
                "applies",
            }
        ),
    ),
    AnswerType(
        "amount",
        "how much, as a figure",
        re.compile(
            r"\bhow much\b(?!\s+(?:\w+\s+)?(?:documentation|documents?|records?|paperwork|"
            r"samples?|stuff|info\w*|time|history|evidence|proof|is enough|should|to send|"
            r"to submit|of (?:the|our|my|it|this|that)|do (?:i|we|you) (?:need|have|want)))|"
            r"\bhow many dollars\b|\bwhat (?:percent(?:age)?|amount|figure|rate)\b",
            _I,
        ),
        re.compile(r"\d+ ?%|\$ ?\d|\b\d+ (?:percent|dollars)\b|\bper ?cent\b", _I),
        frozenset(
            {
                "much",
                "dollar",
                "percent",
                "percentage",
                "amount",
                "figure",
                "rate",
                "exactly",
                "roughly",
            }
        ),
    ),
    AnswerType(
        "resource",
        "of any list, register or website for that",
        re.compile(
            r"\b(?:is there|are there|do you have|does acsa have|where(?:'s| is| are)) "
            r"(?:a |an |any )?(?:\w+ ){0,2}(?:list|lists|registry|database|directory|"
            r"website|web ?site|portal|app|lookup|look-up)\b|"
            r"\bwhere (?:can|could|do|does|would|should) (?:i|we|you|they|a|an|the|my|our)"
            r"(?: \w+){0,3} (?:look (?:\w+ )?up|verify|search)\b|"
            r"\blook (?:\w+ )?up (?:whether|if)\b",
            _I,
        ),
        re.compile(
            r"\b(?:a|an|the|its|this|that|their|your) (?:\w+ ){0,2}lists?\b|\blists? of\b|"
            r"\b(?:website|web page|downloads? section|registry|directory)\b",
            _I,
        ),
        frozenset(
            {
                "list",
                "registry",
                "register",
                "database",
                "directory",
                "website",
                "portal",
                "app",
                "lookup",
                "look",
                "public",
                "search",
                "verify",
                "find",
            }
        ),
    ),
    AnswerType(
        "language",
        "whether anything is offered or accepted in another language",
        re.compile(
            rf"\bin {_LANGUAGES}\b|\b{_LANGUAGES} (?:version|translation|speakers?|class|"
            r"course)\b|\btranslat\w*|\binterpret(?:er|ers|ation)\b|\bother languages?\b",
            _I,
        ),
        re.compile(rf"\b{_LANGUAGES}\b|\blanguages?\b|\btranslat", _I),
        frozenset(
            {
                "language",
                "translate",
                "translation",
                "interpreter",
                "interpretation",
                "speak",
                "english",
                "reading",
            }
        ),
    ),
    AnswerType(
        "format",
        "which file formats are accepted",
        re.compile(
            r"\bfile (?:formats?|types?)\b|\b(?:word|excel) (?:docs?|documents?|"
            r"files?|format)\b|\b(?:ms|microsoft) (?:word|excel)\b|\bdocx\b|\bxlsx?\b|"
            r"\bjpe?gs?\b|\bpngs?\b|\bheic\b|\bgoogle sheets\b|\bpdfs? only\b|\bonly pdfs?\b|"
            # two formats set side by side ("pdf or word", "word and excel ok?"), or one
            # required ("does it have to be pdf"): the question asks which format
            rf"\b{_FORMAT}\b[^.?!;]{{0,25}}\b(?:or|and|vs\.?|versus)\s+(?:is\s+|are\s+)?"
            rf"(?:in\s+)?(?:an?\s+)?{_FORMAT}\b|"
            rf"\b(?:has|have|need|needs|got) to be (?:in )?(?:a )?{_FORMAT}\b",
            _I,
        ),
        re.compile(
            r"\b(?:pdf|word|excel|docx?|xlsx?|jpe?g|png|heic|file formats?|file types?)\b", _I
        ),
        frozenset(
            {
                "format",
                "type",
                "word",
                "excel",
                "doc",
                "docs",
                "jpg",
                "jpgs",
                "jpeg",
                "png",
                "pdf",
                "pdfs",
                "sheet",
                "file",
                "mixed",
            }
        ),
    ),
    AnswerType(
        "delivery",
        "whether it can be done online or must be done in person",
        re.compile(
            r"\b(?:done|taken|take|do|did|offered|given|run|available|completed?|finish(?:ed)?|"
            r"attend(?:ed)?|held|teach|taught)\b(?:\s+\w+){0,3}?\s+(?:online|virtual(?:ly)?|"
            r"remote(?:ly)?|over zoom|on zoom|from home|in[- ]person|in a classroom)\b|"
            r"\b(?:online|virtual|remote|zoom|in[- ]person|classroom|self[- ]paced|e-?learning)"
            r"\s+(?:version|option|course|class|training|only|or\b)",
            _I,
        ),
        re.compile(
            r"\b(?:online|virtual(?:ly)?|remote(?:ly)?|in[- ]person|classroom|self[- ]paced)\b"
            r"(?!\s+(?:storage|registration|submission))",
            _I,
        ),
        frozenset(
            {
                "online",
                "virtual",
                "virtually",
                "remote",
                "remotely",
                "zoom",
                "person",
                "in person",
                "in-person",
                "classroom",
                "home",
                "fully",
                "entirely",
                "completely",
                "paced",
                "elearning",
                "done",
                "taken",
                "offered",
                "available",
            }
        ),
    ),
    AnswerType(
        "ownership",
        "whether a SECOR carries over when the company is sold, changes owner or changes name",
        re.compile(
            r"\b(?:sell|sells|selling|sold)\b.{0,30}\b(?:company|business|outfit|shop|it)\b|"
            r"\b(?:company|business|outfit|shop)\b.{0,20}\b(?:is |gets |was )?(?:sold|bought|"
            r"taken over)\b|\b(?:take|takes|taking|took|taken) over "
            r"(?:the |our |my |his |her |their |its )?(?:\w+ )?(?:company|business|outfit|shop)\b"
            r"(?!\s+(?:trucks?|vehicles?|vans?|cars?|phones?|cards?|accounts?))|"
            # another company's certificate taken over ("take over their SECOR")
            r"\b(?:take|takes|taking|took|taken) over (?:their|its|that company'?s|the other "
            r"company'?s) (?:secor|cor|certificate|cert)\b|"
            r"\bnew owners?\b|"
            r"\b(?:change|changes|changing|transfer\w*) (?:of |in )?"
            r"(?:the )?owner(?:ship|s)?\b|\bownership\b|\b(?:buy|buying|bought|purchas\w*) "
            r"(?:out |over )?(?:the |a |another |an existing )?(?:\w+ )?"
            r"(?:company|business|outfit)\b(?!\s+(?:trucks?|vehicles?|vans?|cars?|phones?|cards?|"
            r"accounts?))|"
            r"\b(?:change|changes|changed|changing|new|different) (?:our |the |my |its |company |"
            r"business |legal |corporate |operating )*names?\b|\bname change\b|"
            r"\b(?:buys?|buying|bought) (?:me|us|him|her|them|my \w+|our \w+) out\b|"
            r"\b(?:secor|cor|certificate|cert)\b.{0,20}\b(?:transfers?|transferred|carr(?:y|ies) "
            r"over)\b|"
            # "does the secor go with the business?" (after a story of a sale)
            r"\b(?:secor|cor|certificate|cert)\b.{0,20}\b(?:go|goes|stay|stays|come|comes|move|"
            r"moves|pass|passes)\s+(?:over\s+)?(?:with|to)\s+(?:the|our|my|its|their)\s+"
            r"(?:business|company|buyer|new owners?|outfit|shop)\b|"
            r"\brenam\w*\b|\b(?:merg|amalgamat)\w*\b",
            _I,
        ),
        re.compile(r"\b(?:ownership|new owners?|sold|sale|renam\w*|merg\w*|transfers? to)\b", _I),
        frozenset(
            {
                "sell",
                "sold",
                "selling",
                "buy",
                "buying",
                "bought",
                "owner",
                "owners",
                "ownership",
                "new",
                "name",
                "change",
                "changing",
                "transfer",
                "rename",
                "merge",
                "company",
                "business",
                "purchase",
            }
        ),
    ),
    AnswerType(
        "requirement",
        "whether that is required, or what follows if it is not done",
        re.compile(
            r"\b(?:mandatory|optional|compulsory)\b|\bwhat happens if\b|"
            r"\b(?:what|whats|what's) the (?:worst|consequence|penalty)\b|"
            r"\bif (?:we|i) (?:just |simply )?(?:skip|miss|drop|don'?t do|do not do|never do|"
            r"stop doing)\b|\b(?:skip|skipping) (?:the |our |a |this )?(?:\w+ )?"
            r"(?:year|maintenance|audit|course|submission)\b",
            _I,
        ),
        re.compile(
            r"\b(?:must|needs?|required|requires?|have to|has to|to keep|to stay eligible|"
            r"to remain eligible|in order to|mandatory|cannot|can't|should|may be returned|"
            r"(?:are|is) refused|no longer|not qualify)\b",
            _I,
        ),
        frozenset(
            {
                "mandatory",
                "optional",
                "compulsory",
                "happen",
                "happens",
                "worst",
                "consequence",
                "penalty",
                "skip",
                "skipping",
                "miss",
                "drop",
                "stop",
                "bother",
                "honestly",
                "still",
            }
        ),
    ),
)
_BY_ID = {t.id: t for t in TYPES}


def asked_type(text: str) -> AnswerType | None:
    """The type of answer TEXT asks for, the most specific first (None: not typed)."""
    found = asked(text)
    return found.kind if found else None


_SENTENCE = re.compile(r"[^.?!;]+[.?!;]*")
_CLAUSE_SPLIT = re.compile(r"[^,:()]+")


@dataclass(frozen=True)
class Asked:
    """The type of answer a question asks for, and where it asks: the clause and the
    sentence (start, end) that hold the question words."""

    kind: AnswerType
    clause: tuple[int, int]
    sentence: tuple[int, int]


def asked(text: str) -> Asked | None:
    """What TEXT asks for and where: what the answer must be about is said there, not in
    the rest of the message ("we're slammed, what happens if we skip it")."""
    for kind in TYPES:
        match = kind.asks.search(text)
        if match is None:
            continue
        sentence = next(
            (
                (m.start(), m.end())
                for m in _SENTENCE.finditer(text)
                if m.start() <= match.start() < m.end()
            ),
            (0, len(text)),
        )
        piece = text[sentence[0] : sentence[1]]
        clause = next(
            (
                (sentence[0] + m.start(), sentence[0] + m.end())
                for m in _CLAUSE_SPLIT.finditer(piece)
                if m.start() <= match.start() - sentence[0] < m.end()
            ),
            sentence,
        )
        return Asked(kind, clause, sentence)
    return None


def answer_type(type_id: str) -> AnswerType:
    """The answer type named TYPE_ID."""
    return _BY_ID[type_id]


def holds(kind: AnswerType, statement: str) -> bool:
    """Whether STATEMENT (a fact) holds a value of the type KIND."""
    return bool(kind.holds.search(statement))
