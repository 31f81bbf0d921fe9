"""A small grammar of groups: who a sentence counts, with a counted / not counted trace.

A sentence is read as *mentions* of people (``bot.mentions``), each one of:

- a number with a person word ("9 field guys", "3 gals in the office", "6 framers"),
  a number of groups of a size ("2 crews of 4", "3 trucks with 2 guys each"), one person
  per group ("each crew with its own foreman"), "N of us";
- one person ("me", "my brother", "the bookkeeper", "a foreman");
- a bare number next to people ("me plus 6", "11 plus me").

Each mention has a class (you, owner, family, office, foreman, part-time, seasonal,
subcontractor, worker) and a time, read from the words around it: now, the busiest
time of the past 12 months ("12 in summer", "peaked at 14 in July"), older than that
("14 months ago", "two years back"), or planned ("hiring 3 next month"). "counting me",
"incl my wife" say the number already holds those people; "not counting me", "besides
me", "plus me" say it does not.

Mentions combine into the head count the rule looks at (the most people at any one
time in the past 12 months, everyone on the WCB account: facts.toml headcount-limit,
headcount-who-counts). What is not counted is kept with the reason, and what the reading
is unsure of (an unknown word, a number with no person word, whether you are in the
number, subcontractors) is kept so the answer can say the reading and ask.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise

from spacy.tokens import Doc

from bot.firm_people import REASON, of_others_firm, of_own_firm
from bot.lexicon import Lexicon
from bot.mentions import (
    JOIN,
    POSSESSIVE,
    SEGMENT,
    Mention,
    MentionReader,
    Time,
)
from knowledge.facts import contacts

# A person named again with these words is the one named before ("her sister ... does her
# sister count"): a definite mention refers back, it is no new person.
_DEFINITE = ("the ", "your ", "her ", "his ", "their ")
# Words before a count that make it the whole team's at a time: "we were 12", "now we are
# back to 7", "we had 11", "there were 9 of us", "peaked at 13", "down to 4".
_SNAPSHOT_BEFORE = re.compile(
    r"(?:\b(?:we|there|us)\s+(?:were|was|are|'re|re|r|had|have|'ve|'d|got)(?:\s+(?:got|been))?|"
    r"\bpeaked at|\bpeak of|\bback(?: down| up)? to|\bdown to|\bdropped to|\bgrew to|"
    r"\bwent up to|\bnow at|\bit(?:'s| is| was)|\bits|"
    r"\b(?:we|i)\s+(?:had|were|was|got|started)(?:\s+[\w'-]+){1,3}\s+(?:with|of))"
    r"(?:\s+(?:only|just|about|around|like|roughly|maybe|at|back|down|up|to|now|still|all|"
    r"already))*$"
)
# Who a whole team's count is said as: a bare number, "people", "of us", "in all".
# Ends of sentences, and the joiners of two people named together ("my buddy and I").
_ENDS = frozenset({".", "!", ";"})
_m_JOINERS = ("and", "&", ",", "n")
# What opens the list of the people of a total said first: "6 of us: me, ...", "we're 7 - ...".
_LIST_OPENERS = frozenset({":", "-", "--", "\u2013", "\u2014", "("})
# How many words after a total its list may open ("nine of us on our own WCB account: ...").
LIST_OPENING_WORDS = 9
# Words before a total said of people named first: "counting me it's eleven", "that makes 9".
_SAID_TO_BE = frozenset({"'s", "is", "s", "makes", "make", "be", "are", "'re", "re", "were", "was"})
_WHOLE_TEAM = frozenset({"", "people", "in all", "of you (you included)", "others", "total"})
# A time said of a count, nearest first: "last august", "before that", "now".
_WHEN = re.compile(
    r"\b(?:the )?(?:rest|most) of the year\b|\ball year\b|\byear[- ]round\b|"
    r"\b(?:(?:last|this past|this|back in|in|during|over|since|at)\s+)?(?:the\s+)?"
    r"(?:christmas|easter|thanksgiving|holidays)\b|"
    r"\b(?:(?:last|this past|this|back in|in|during|over|since)\s+)?(?:the\s+)?(?:jan(?:uary)?|"
    r"feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|summer|winter|spring|fall|year)\b|\bbefore (?:that|then)\b|"
    r"\bback then\b|\bright now\b|\bnow\b|\btoday\b|\bcurrently\b|\bat (?:the|our) peak\b"
)
# Words that open a list of the whole team at a time: "it was me and 11 guys", "its just me
# and 2 guys", "we had 4 guys, 2 students and me".
_LIST_ANCHOR = re.compile(r"^(?:its|(?:it|we|there) (?:was|were|'s|is|are|'re|had|have|got))\b")
_LIST_STOP = frozenset(
    {"but", "now", "then", "was", "were", "had", "have", "are", "'re", "is", "'s", "hire",
     "hired", "add", "every", "each"}
)  # fmt: skip
# A clause right after a count that says when it was: "our peak was 11 but that was two
# years back", "we had 14, which was in 2023".
_THAT_WAS = re.compile(r"^(?:[\w']+ ){0,3}?(?:, )?(?:but |and )?(?:that|which|this) (?:was|were)\b")
# Words that correct the count said just before: "well, 9 plus me", "sorry, 9 guys".
_CORRECTION = re.compile(
    r"\b(?:well|actually|i mean|sorry|correction|make that|or rather|scratch that|wait|oops)"
    r"(?: (?:it'?s|its|we'?re|we are|more like))?[ ,.:-]*$"
)
# People let go in the past, not planned: "we laid off 3 guys back in feb".
_LAID_OFF = re.compile(r"\b(?:we|i) (?:laid off|let go|had to let go|had to lay off|fired)\b")
# The one asking said to be one of the people just counted: "and I'm one of them", "of which
# I am one", "i'm one of the 5".
_ONE_OF = re.compile(
    r"^(?:(?:,|and|but|\()\s+)?one of (?:them|those|these|us|whom|which) (?:is|'s|being) "
    r"(?:me|myself)\b|"
    r"^(?:(?:,|and|but|of which|of whom|,? which|,? and)\s+)?(?:i (?:'m|am|m)|im)\s+"
    r"(?:also |one |just )?(?:one|1)"
    r"(?:\s+of\s+(?:them|those|these|us|the\s+(?P<of>\w+)))?\b(?!\s+of\b)"
)
_INCLUDING = frozenset(
    {
        "counting",
        "including",
        "incl",
        "incl.",
        "inc",
        "inc.",
        "included",
        "with",
        "includes",
        "include",
    }
)
# "two summers ago", "a couple of winters back", "the summer before last": a season of an
# earlier year, more than 12 months ago.
_SEASONS_AGO = (
    r"\b(?:(?:\d+|two|three|four|five|(?:a )?couple(?: of)?|a few|several)\s+(?:busy\s+)?"
    r"(?:summers|winters|springs|falls|autumns|seasons|christmases)\s+(?:ago|back)|"
    r"(?:summer|winter|spring|fall|autumn|season|christmas) before last)\b"
)
_STALE = re.compile(
    r"\b(?:(?:\d+|two|three|four|five|(?:a )?couple(?: of)?|a few|several|many)\s+(?:years|yrs)\s+"
    r"(?:ago|back)|years ago|(?:1[3-9]|[2-9]\d|eighteen|fifteen|sixteen|fourteen|thirteen|"
    r"twenty)\s+(?:months|mos|mths)\s+(?:ago|back)|back in (?:19|20)\d\d|"
    r"(?:over|more than) (?:a|one) year ago|before covid|the year before last)\b|" + _SEASONS_AGO
)
_RECENT = re.compile(
    r"\b(?:(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?:months|mos|mths|weeks|days)\s+ago|this (?:year|summer|spring|fall|winter|past)|"
    r"last (?:summer|spring|fall|winter|month|season|quarter)|in may|january|february|march|"
    r"april|june|july|august|september|october|november|december|peak\w*|busy|busiest|"
    r"summer|winter|spring|fall|season\w*|at times|sometimes|up to|max(?:imum)?|"
    r"for (?:a |two |three |\d+ )?(?:few |couple (?:of )?)?(?:weeks?|months?|days?))\b"
)
_PLANNED = re.compile(
    r"\b(?:will|'ll|going to|gonna|plan\w*|next (?:year|month|week|season|spring|summer|fall)|"
    r"soon|thinking (?:of|about)|wants? to (?:hire|add|bring|take)|hoping to|about to|"
    r"expect\w* to|if (?:i|we) (?:hire|add|take on|bring on|get)|"
    r"in (?:\d+|a few|a couple of|two|three|four|five|six) (?:months|weeks|years))\b"
)
# Hiring words with no time: planned when nothing says it is a busy time.
_ADDING = re.compile(r"\b(?:hire|hiring|add|adding|bring on|bringing on|take on|taking on)\b")
_ADDING_ONE = re.compile(
    r"\b(?:hire|hiring|add|adding|take on|taking on|bring on|bringing on|start|starting)\s+"
    r"(?:an?|one|another)\b"
)
_REACHED = re.compile(
    r"\b(?:peaked|hit|reached|went up to|go up to|got to|grew to|topped out|maxed out)\b"
)
# Words before a number that make it the company's total at the time ("we hit 12 in july").
_TOTAL_SAID = re.compile(
    r"(?:\b|(?<= ))(?:(?:go|get|grow|end up|be) (?:up )?to|hit|reached|peaked at|peak of|"
    r"went up to|got up to|topped out at|maxed out at|(?:going to|will|'ll|gonna) "
    r"(?:be|have|hit|reach)|"
    r"(?:are|'re|be|r) now|now (?:at|up to)|be at|(?:brings?|bringing|brought|making|makes|"
    r"made|puts?|putting) (?:us|it|the (?:crew|total|count)) (?:up )?(?:to|at)|"
    r"(?:for|with) a total of)$"
)
_LEAVING = re.compile(
    r"\b(?:leaving|leaves|quit\w*|(?<!\ba )(?<!\ban )(?<!semi )(?<!- )(?<!\bmy )(?<!\bhis )"
    r"(?<!\bher )(?<!\bour )retir\w*|laid off|let go|moving on|moving away)\b"
    # not "a retired electrician", "semi retired", "his retired dad": how they are
)
# One person gone already: "our bookkeeper quit", "the foreman we had retired", "left us".
_LEFT = re.compile(
    r"\b(?:left|quit|retired|moved on|moved away|passed away|no longer works?|(?:was|got) "
    r"(?:let go|laid off|fired))\b(?! (?:his|her|their|a|the) (?:old |last )?(?:job|work|"
    r"position|career)\b)(?! to (?:work|help|join|come))"
)
_LET_GO = re.compile(
    r"\b(?:(?:laying|lay|laid) off|let(?:ting)? go(?: of)?|losing|cutting|firing)$"
)
# "my crew is 6", "our shop was about 9": the size of a group named as the subject.
_GROUP_IS = re.compile(
    r"\b(?:my|our|the|his|her) (?:[\w-]+(?: [\w-]+)? )?(?:crew|team|staff|company|outfit|shop|"
    r"group|"
    r"headcount|head count|head-count|workforce) (?:is|was|are|'s|has|had)"
    r"(?: (?:just|only|about|around))?$"
)
# Words before a count that make it the whole team's, the one asking included: "we're 8",
# "our headcount is 8", "our crew is 6" (the writer who gave only their job is in it).
_WE_ARE = re.compile(
    r"\bwe (?:'re|are|r|re|were)(?: (?:just|only|about|around|now|currently|at))*$"
)
_STILL = re.compile(
    r"(?:but |yet |and )?(?:he |she |they )?(?:'s |is |are )?still\b|"
    # "retired but he volunteers at our shop": retired from a trade, working with them now
    r"(?:now |,? ?but |,? ?yet )(?:he |she |they )?(?:also |now )?(?:volunteers?|helps?|works?|"
    r"comes?|pitches?|drives?|does|is on|'s on|are on)\b"
)
# Words that bring a clause to the past 12 months after an older time ("since then").
_SINCE_THEN = re.compile(
    r"\b(?:since|these days|nowadays|this year|lately|past year|last 12|now|currently|today)\b"
)
_NOW = re.compile(r"\b(?:now|currently|today|right now|at the moment|presently)\b")
_MORE = re.compile(r"\b(?:more|extra|additional|another|on top|plus)\b")
_QUESTION_WORDS = frozenset({"how", "what", "can", "could", "is", "are", "do", "does", "will"})
_CLAUSE_JOIN = frozenset({",", "and", "plus", "+", "&", ":", "-", "then"})
_CLAUSE_VERBS = frozenset(
    {"want", "wants", "will", "would", "might", "may", "could", "is", "starts", "joins",
     "plans", "hopes", "needs", "'s", "helps", "comes", "does"}
)  # fmt: skip
_LAST_YEAR = re.compile(r"\blast year\b")
_SINCE_YEAR = re.compile(r"\bsince (?:19|20)\d\d\b")
_YEAR = re.compile(r"\b(20[0-9]{2})\b")
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# a month named as a time ("in june", "june 2025"; "may" only so: it is also a verb)
_WHEN_MONTH = re.compile(
    r"\b(?:in|of|around|during|by|last|back in)\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(?:of\s+)?(?:19|20)\d\d\b"
)


def _month_of(ctx: str) -> int | None:
    """The month (1-12) CTX names as a time, or None."""
    found = _WHEN_MONTH.search(ctx)
    if found is None:
        return None
    return _MONTHS.index((found.group(1) or found.group(2))[:3]) + 1


_ROOM = re.compile(
    r"\bhow many (?:more )?(?:\w+ ){0,2}(?:can|could|may|am i allowed to|are we allowed to)\s+"
    r"(?:i|we)\s+(?:still\s+)?(?:hire|add|take on|bring on|have|get|employ)\b|"
    r"\bhow many more\b|\broom (?:for|to (?:hire|add|grow))\b|"
    r"\b(?:the )?most (?:people |guys |staff )?(?:i|we) (?:can|could) (?:hire|add|have|grow to)\b"
)
# Words before a number said after the people were listed that make it the asker's own sum of
# them ("so we're at 9, right?", "that's 8", "= 11"), no more people: the people listed count.
_SUM_SAID = re.compile(
    r"(?:^|\b)(?:so|thats|that 's|that s|that is|which is|which makes|making it|makes|=|total|"
    r"in total|for a total of)(?: (?:we|we 're|we are|we r|it|it 's|its|us|that 's|that s|"
    r"thats|that is|i 'm))?"
    r"(?: (?:at|only|just|about|still|now))*$"
)
# Words after a count that make it one part of the team's: "9 on the crew", "6 in the field".
_PART_AFTER = re.compile(
    r"(?:people |guys )?(?:on|in|at) (?:the |our |my )?(?:crew|field|site|shop|tools|road|"
    r"jobs?|yard|trucks?|jobsites?)\b"
)
# The company spoken of in the third person: "they have 7 carpenters", "their crew".
_THEY = re.compile(
    r"\b(?:they|he|she) (?:(?:also|still|only|now) )?(?:have|has|'ve|'s got|got|employ|employs|"
    r"runs?|hires?|had|are a|is a)\b|"
    r"\b(?:their|his|her) (?:company|crew|staff|business|outfit|shop|team|guys|workers|"
    r"employees|wcb|payroll)\b|"
    # "Client has 5 full-timers", "my client's crew": a client is a company of others
    r"\b(?:the |my |a |our )?clients?(?:'s| (?:(?:also|only|now) )?(?:has|have|had|employs|runs|"
    r"got|is a))\b"
)
_CLIENT = re.compile(
    r"\bclients?(?:'s)? (?:(?:also|only|now) )?(?:has|have|had|employs|runs|got)\b"
)
# What one does for a company from outside it: "I do the books for", "I keep the books".
_SERVICE = re.compile(r"(?:also |just |only )?(?:do|keep|handle|manage) (?:the )?(?:books|payroll|"
                      r"paperwork|admin|bookkeeping|accounting)\b")  # fmt: skip
# The one asking is employed there, whatever they call the company: "I work for a plumbing
# company as the office admin. They have 6 plumbers".
_EMPLOYED = re.compile(r"\bi (?:work|'m employed|am employed|'ve worked) (?:for|at|with)\b")
# The one asking speaks as the employer: "I also have 6 guys", "my crew".
_MINE = re.compile(
    r"\bi (?:\w+ )?(?:have|employ|hired?|run|own)\b|\bmy (?:company|crew|guys|staff|business|"
    r"shop|outfit|workers|employees|wcb|payroll|team)\b"
)
# How old someone is: "aged 16", "ages 15 and 17", "15 years old", "17 yo".
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages)(?: of)?$|\bwho(?:s| 's| s| is)$")
_AGE_AFTER = re.compile(r"^(?:years?|yrs?|y/o|yo)(?: old)?\b(?! (?:ago|back))")
_AGE_JOINERS = frozenset(
    {"and", "&", ",", "-", "/", "yrs", "years", "old", "yo", "y/o", "+", "aged", "age", "ages"}
)
# Words of the whole staff, a snapshot of the team when nobody else is in their clause.
_STAFF = frozenset({"employees", "staff", "workers", "people", "guys", "men", "persons"})
# Someone said to be on the account: "she is on the WCB account", "he's also on our wcb".
_SAID_ON_WCB = re.compile(r"\b(?:is|are|'s|'re)\s+(?:also\s+|still\s+)?on\s+(?:the|our|my)\s+wcb\b")
# Verbs of a count in the past: "we had 9", "we were 9", "there was 9 of us".
_PAST_VERBS = frozenset({"had", "were", "was", "used"})
# Words between "me" and an owner word that make the owner the one asking ("me, sole owner").
APPOSITION = frozenset({",", "-", "(", ":", "the", "a", "an", "sole", "only", "single", "lone"})
_OWNER_WORDS = frozenset({"owner", "proprietor", "owner-operator", "boss", "operator"})
# Words that may join two people of one list across an apposition ("me, sole owner, plus").
_LIST_WORDS = APPOSITION | _OWNER_WORDS | {"plus", "and", "&", "+", "my", "our", "his", "her"}
# The one asking, named by a role held for others: "I'm their accountant", "I'm his bookkeeper".
_THEIR_ROLE = ("you (their ", "you (his ", "you (her ")
_OWN_WCB = re.compile(r"\b(?:own|their|his|her|separate) wcb\b")
# "... aren't on WCB", "who are not covered by our wcb", "(not on the WCB account)".
_NOT_ON_WCB = re.compile(
    r"^(?:[\w'-]+ ){0,4}?(?:who |that )?(?:are|is|were|was|'re|'s)?\s*(?:n't|not|never) "
    r"(?:on|under|covered by|registered (?:on|with|under)|part of) (?:our |the |my )?wcb\b"
)
_SINGLE_OFF_WCB = re.compile(
    r"^(?:[\w'-]+ ){0,6}?(?:but |and |, )*(?:(?:he|she|who) ?)?(?:(?:'s|is|was) ?(?:n't|nt|not)|"
    r"isnt|wasnt|not|never) "
    r"(?:on|under|covered by|registered (?:on|with|under)|part of) (?:our |the |my )?wcb\b"
)
_ON_LEAVE = re.compile(
    # (the words are read as tokens: "long - term")
    r"\bon (?:\w+ )?(?:maternity|paternity|parental|sick|medical|stress|disability|long ?-? ?term|"
    r"unpaid)? ?leave\b|\boff (?:on )?(?:sick|disability|work injury)\b|\bon (?:(?:long|short)"
    r" ?-? ?term )?disability\b|\b(?:off|away) (?:work )?(?:on|with) (?:an? )?(?:wcb |workers'? "
    r"comp(?:ensation)? )?(?:claim|injury)\b|\bon (?:an? )?(?:wcb|workers'? comp\w*) claim\b"
)
# Where or how someone works that does not change whether they count: "from home", "never
# goes on site", "a temp from an agency", "only a few hours a week".
_ANYWHERE = re.compile(
    r"\b(?:(?:works?|working|does (?:\w+ ){0,3}?|do (?:\w+ ){0,3}?)from home|at home|"
    r"never (?:goes|go|comes|come|is|are|sets foot) (?:on|to|out to|onto) (?:the )?(?:site|"
    r"field|jobs?|tools)|(?:not|never) on (?:site|the tools)|remote(?:ly)?|off[- ]site|"
    r"(?:through|from|by|with) (?:an|a|the) (?:temp )?agency|only (?:a )?few hours)\b"
)
# Growth said before people: "hiring 2", "then hired 2 apprentices", "took on 3 in May":
# they join the team counted before them (round 17: a past hire adds too).
_HIRED_BEFORE = re.compile(
    r"\b(?:hire|hiring|add|adding|bring on|take on|get in|hired|added|brought on|took on|"
    r"taken on|picked up)(?: an?| some| another)?$"
)
# Nouns after "subcontractor" that name the firms ("2 subcontractor companies").
_FIRMS_PLURAL = {"company": "companies", "firm": "firms", "outfit": "outfits",
                 "business": "businesses", "crew": "crews"}  # fmt: skip
_FIRMS = frozenset({*_FIRMS_PLURAL, *_FIRMS_PLURAL.values()})
# Another company named as the one whose people a count is: "my old boss had 20 guys",
# "the GC has 60", "a company I used to work for with 40 guys", "my brother's outfit has 12".
_OTHERS_HAVE = re.compile(
    r"(?P<party>(?:\b(?:my|our|the|a|an|his|her|their) (?:big |large |huge |main )?)?"
    r"(?:\b(?:old|former|previous|ex) (?:[\w-]+ )?(?:boss|employer|company|job|outfit|firm|shop|"
    r"contractor|crew)|\blast (?:boss|employer|company|outfit|firm)|"
    r"\bother (?:company|companies|outfit|firm|contractor|business)|"
    r"(?:gc|gcs|general contractor|prime contractor|competitor|developer|client|customer)s?|"
    r"(?:company|outfit|firm|shop|contractor|place|boss|crew|job) (?:that )?(?:i|we) "
    r"(?:used to|once|previously) (?:work|worked|was|were) (?:for|at|with|under|on)|"
    r"(?:company|outfit|firm|shop|contractor|boss|crew|place|job) (?:that )?(?:i|we) "
    r"(?:worked|was|were) (?:for|at|under|on) (?:before|previously)|"
    r"\b(?:used to|previously) work(?:ed)? (?:for|at|under|with)(?: [\w'-]+){1,4}?|"
    r"[\w-]+ 's (?:company|outfit|crew|business|firm|shop)))"
    r"(?: (?:also|still|now|only|just|probably))? (?:has|had|have|runs?|ran|employs?|employed|"
    r"with|got|of|was|were)(?: (?:like|about|around|over|maybe|almost|nearly|only|just|roughly|"
    r"some))*$"
)
# Said of one person after the team's count: on the account as well ("is on payroll too").
_ALSO_ON = re.compile(
    r"\b(?:too|as well|also)\b|\bon (?:the |our |my )?(?:payroll|wcb|account|books)\b"
)
_OUR_WCB = re.compile(r"\b(?:on|under|through) (?:our|my) wcb\b")
# Kinds of people who come at times on top of the steady crew, not the whole team at a time:
# "2 students every summer", "1 volunteer who helps some weekends", "3 part-timers in spring".
_ADDED_KINDS = frozenset({"seasonal", "family", "volunteer", "part_time"})


@dataclass(frozen=True)
class Reading:
    """The head count a sentence implies, with what was counted, what not and why."""

    total: int
    counted: tuple[Mention, ...]
    not_counted: tuple[str, ...] = ()
    excluded: tuple[int, ...] = ()  # the numbers of people not counted
    unsure: tuple[str, ...] = ()
    peak: bool = False
    planned: int = 0
    asks_room: bool = False
    owner_unsure: bool = False
    # a number with no person word was read as people ("we're 9", "me plus 6")
    bare_numbers: bool = False
    extra_notes: tuple[str, ...] = field(default=())


def read_groups(doc: Doc, lex: Lexicon, today: date | None = None) -> Reading | None:
    """The people DOC counts, or None when it names no number of people.

    TODAY (default: the date now) places years named in the question ("in 2024").
    """
    return _Grammar(doc, lex, today or date.today()).read()


class _Grammar(MentionReader):
    """The mentions of a sentence combined into its head count."""

    outside = False  # the one asking writes of the company as "they" (not counted)
    folded: tuple[int, ...] = ()  # the people of lists folded into the total said before them

    @property
    def first_plural(self) -> bool:
        """The company is spoken of as "we", "our" or "us"."""
        return any(w in ("we", "our", "us", "ours", "ourselves", "we're") for w in self.lowers)

    # mentions ------------------------------------------------------------------------
    def read(self) -> Reading | None:
        mentions = self.mentions()
        if not mentions:
            return None
        mentions = self._same_people(self._named_owners(self._apposed_owner(mentions)))
        mentions = self._writer_in_team(mentions)
        mentions = self._writer_outside(mentions)
        mentions = [self._timed(m, mentions) for m in mentions]
        return self._combine(mentions)

    def _named_owners(self, mentions: list[Mention]) -> list[Mention]:
        """ "two owners, me and my dad", "two owners (husband and wife)": those are the owners."""
        out = list(mentions)
        for m in mentions:
            if m.kind != "owner" or m.single or m.count < 2:
                continue
            end = m.at + 1 + len(m.who.split())
            opener = self.word(end)
            stated = set(self.lowers[max(m.at - 3, 0) : m.at]) & {
                "has", "have", "are", "is", "'s", "got", "with", "and", "'re", "we", "be"
            }  # fmt: skip
            if opener not in ("(", ":", "-", ",") or (opener == "," and not stated):
                continue
            after = sorted(
                (x for x in out if x.single and end < x.at <= end + 2 + 2 * m.count),
                key=lambda x: x.at,
            )
            named: list[Mention] = []
            for x in after:
                if sum(y.count for y in named) >= m.count:
                    break
                named.append(x)
            if sum(x.count for x in named) != m.count:
                continue
            if opener == "," and not any(x.kind == "self" for x in named):
                continue  # "2 guys, 2 owners, my wife and me" lists four kinds of people
            for x in named:
                out.remove(x)
            holds = ("you",) if any(x.kind == "self" for x in named) else ()
            out[out.index(m)] = Mention(
                m.count, f"{m.who} ({' and '.join(x.who for x in named)})", "owner", m.at,
                holds=holds,
            )  # fmt: skip
        return out

    def _apposed_owner(self, mentions: list[Mention]) -> list[Mention]:
        """ "just me, sole owner", "me - the owner", "I, the owner": one owner named right
        after the one asking, with nothing but a comma or an article between, is the one
        asking described, not a second person."""
        selves = [m for m in mentions if m.kind == "self"]
        out = list(mentions)
        for m in mentions:
            if m.kind != "owner" or not m.single:
                continue
            for s in selves:
                if not 0 <= m.at - s.at <= 3:
                    continue
                words = self.lowers[s.at + 1 : s.at + 6]
                head = next((k for k, w in enumerate(words) if w in _OWNER_WORDS), None)
                if head is not None and set(words[:head]) <= APPOSITION:
                    out.remove(m)
                    break
        return out

    def _same_people(self, mentions: list[Mention]) -> list[Mention]:
        """ "the owner ... the owner works on site": one person named twice is counted once."""
        out: list[Mention] = []
        seen: set[str] = set()
        for m in mentions:
            key = m.who
            if m.single and m.who.startswith(_DEFINITE) and key in seen:
                # "my son ... my son isn't on wcb": one person named twice, read where last said
                first = next(x for x in out if x.single and x.who == key)
                out[out.index(first)] = m if self._off_wcb(m) else first
                continue
            if self._said_again(m, out) or self._named_before(m, out):
                continue  # "6 full time guys ... the students work with the 6 guys": the same 6
            if m.single:
                seen.add(key)
            out.append(m)
        return self._you_in_us(out)

    def _you_in_us(self, mentions: list[Mention]) -> list[Mention]:
        """ "my apprentice and I started an outfit. It's the two of us and my wife": "the two
        of us" said in a later sentence holds the one asking, named before: counted once."""
        us = [m for m in mentions if m.kind == "self" and "you" in m.holds and m.count >= 2]
        if not us:
            return mentions
        held: set[int] = set()
        for u in us:
            earlier = [
                m
                for m in mentions
                if m.single and m.at < u.at and any(w in _ENDS for w in self.lowers[m.at : u.at])
            ]
            you = next((m for m in earlier if m.kind == "self"), None)
            if you is None:
                continue
            held.add(you.at)
            # "my buddy and I opened ...": the one named with you is the other of "the two"
            lo, hi = self.segment(you.at)
            pair = [
                m
                for m in earlier
                if m is not you
                and lo <= m.at < hi
                and set(self.lowers[min(m.at, you.at) + 1 : max(m.at, you.at)]) - {"my", "our"}
                <= set(_m_JOINERS) | set(m.who.split()) | {"your"}
            ]
            held.update(m.at for m in pair[: u.count - 1])
        return [m for m in mentions if not (m.single and m.at in held)]

    def _writer_outside(self, mentions: list[Mention]) -> list[Mention]:
        """ "I do the books for a small framing outfit ... they have 7 carpenters": the one
        asking speaks of the company as "they", never "we" or "our", so they work for it from
        outside (a bookkeeper, a consultant) and are not counted; the answer says so."""
        client = _CLIENT.search(self.text) is not None
        theirs = [m for m in mentions if m.kind == "self" and m.who.startswith(_THEIR_ROLE)]
        if theirs and not self.first_plural and not _MINE.search(self.text):
            # "The owner has 3 electricians. I'm his bookkeeper": a role of another's company
            self.outside = True
            return [m for m in mentions if m not in theirs]
        if (
            (self.first_plural and not client)
            or not _THEY.search(self.text)
            or _MINE.search(self.text)
            or _EMPLOYED.search(self.text)
        ):
            return mentions
        writer = [
            m
            for m in mentions
            if m.kind == "self"
            and (
                (
                    self.word(m.at) == "i"
                    and _SERVICE.match(" ".join(self.lowers[m.at + 1 : m.at + 4]))
                )
                or m.who.startswith("you (the ")
            )
        ]  # (not "I work in the field": one who works there)
        if not writer:
            return mentions
        self.outside = True
        return [m for m in mentions if m not in writer]

    def _writer_in_team(self, mentions: list[Mention]) -> list[Mention]:
        """ "Bookkeeper here ... our headcount is 8", "I'm the office manager. We are 8": the
        one asking, who named only their job, is in the team's count said with "we" or "our"."""
        writer = next(
            (m for m in mentions if m.kind == "self" and m.who.startswith("you (the ")), None
        )
        if writer is None or self.norms[writer.at] == "one_person":
            return mentions  # ("winter it's just me and the wife": one of a list, not a job)
        for m in mentions:
            if not m.single and "you" in m.holds and m.at > writer.at:
                return [x for x in mentions if x is not writer]  # "there are 9 of us"
            if m.single or m.subset or "you" in m.holds or m.at < writer.at:
                continue  # (the team's count said after the one asking said who they are)
            lo, _ = self.segment(m.at)
            before = " ".join(self.lowers[max(m.at - 6, lo) : m.at])
            if _GROUP_IS.search(before) or _WE_ARE.search(before):
                who = _held_in(m.who or "people", ["you"])
                held = replace(m, who=who, holds=(*m.holds, "you"))
                return [held if x is m else x for x in mentions if x is not writer]
        return mentions

    def _named_before(self, m: Mention, earlier: list[Mention]) -> bool:
        """M, one person said with "the", names again someone counted in an earlier sentence
        by the same words: "9 tradespeople, 1 receptionist and the owner. The receptionist
        never goes on site"; "my buddy ... right now its me, buddy, cousin" (no new people)."""
        if not m.single or m.count != 1 or not m.who.startswith("the "):
            return False
        words = _head(m.who)
        return any(
            x.at < m.at
            and self.segment(x.at) != self.segment(m.at)  # not two items of one list
            and not x.subset
            and x.kind != "self"
            and _head(x.who)[-len(words) :] == words
            for x in earlier
        )

    def _said_again(self, m: Mention, earlier: list[Mention]) -> bool:
        """M names again, with "the" or "those", a group counted before: the same number of
        the same kind of people ("we got 6 guys ... they work with the 6 guys")."""
        if m.single or m.bare or self.word(m.at - 1) not in ("the", "those", "these", "our"):
            return False
        head = m.who.split(" (")[0].split()[-1:] or [""]
        return any(
            not x.single
            and x.count == m.count
            and x.at < m.at
            and head[0] in x.who.split(" (")[0].split()  # "5 guys full time" ... "the 5 guys"
            for x in earlier
        )

    # time ----------------------------------------------------------------------------
    def _context(self, m: Mention, mentions: list[Mention]) -> str:
        """The words of M's own clause: a few before it, and those up to the next boundary."""
        starts = sorted(x.at for x in mentions if x is not m)
        lo = m.at
        stops = SEGMENT | _CLAUSE_JOIN | _QUESTION_WORDS
        while lo > 0 and m.at - lo < 8 and self.lowers[lo - 1] not in stops:
            if lo - 1 in starts:
                break
            lo -= 1
        hi = m.at + 1
        while hi < self.n and self.lowers[hi] not in stops and hi not in starts:
            hi += 1
        return " ".join(self.lowers[lo:hi])

    def _timed(self, m: Mention, mentions: list[Mention]) -> Mention:
        if m.single and m.kind == "self":
            return m
        ctx = self._context(m, mentions)
        if not m.single and _THAT_WAS.match(" ".join(self.lowers[m.at + 1 : m.at + 14])):
            ctx += " " + " ".join(self.lowers[m.at + 1 : m.at + 14])  # "but that was 2 years back"
        time: Time = m.time
        since = self._since_old_year()
        if since is not None and m.at > since:
            ctx = _SINCE_YEAR.sub(" ", ctx)  # "since 2023 we are 6": today's count
        elif since is not None and not m.single:
            return replace(m, time="stale")  # "we had 14 but since 2023 we are 6"
        year = _YEAR.search(ctx)
        month = _month_of(ctx)
        last_year = (year is not None and int(year.group(1)) == self.this_year - 1) or (
            year is None and _LAST_YEAR.search(ctx) is not None
        )
        if year and int(year.group(1)) < self.this_year - 1:
            time = "stale"  # "in 2024", more than 12 months ago
        elif last_year and month is not None:
            # "last year in june", "june 2025": the rule looks at the past 12 months only
            time = "stale" if self.this_month - month + 12 > 12 else "peak"
        elif year and int(year.group(1)) == self.this_year - 1 and not _MONTH.search(ctx):
            time = "peak"
            self.unsure.append(
                f"whether the {m.count} in {year.group(1)} was within the past 12 months "
                "(I counted it)"
            )
        elif _STALE.search(ctx) or self._season_ago_before(m):
            time = "stale"
        elif _PLANNED.search(ctx) and not re.search(r"\b(?:hired|had|got)\b", ctx):
            time = "planned"
        elif _RECENT.search(ctx) or _LAST_YEAR.search(ctx) or _REACHED.search(ctx):
            time = "peak"
            if _LAST_YEAR.search(ctx) and not _RECENT.search(ctx):
                self.unsure.append(
                    f"whether the {m.count} last year was within the past 12 months (I counted it)"
                )
        elif _ADDING.search(ctx):
            time = "planned"
        if m.single and time == "planned" and _ADDING_ONE.search(ctx):
            pass  # "want to take on an apprentice in january": one more, planned
        elif m.single and time != "stale":
            time = "now"  # one named person is counted with the steady crew
        if _NOW.search(ctx) and time == "peak" and m.time != "peak":
            time = "now"
        added = m.added or (
            time in ("peak", "planned")
            and (
                m.kind in _ADDED_KINDS
                or _MORE.search(ctx) is not None
                or self.word(m.at - 1) in ("plus", "+", "add", "adding", "hire", "hiring")
                or _HIRED_BEFORE.search(" ".join(self.lowers[max(m.at - 3, 0) : m.at])) is not None
            )
        )
        return Mention(
            m.count, m.who, m.kind, m.at, m.single, time, bool(added), m.known, m.bare, m.holds,
            m.subset,
        )  # fmt: skip

    def _season_ago_before(self, m: Mention) -> bool:
        """A season of an earlier year opens M's clause, before other mentions that may stand
        between ("a couple of winters back we had 13 on the crew"): M is that old."""
        lo, _ = self.segment(m.at)
        lo = max([lo, m.at - 10, *(k + 1 for k in range(lo, m.at) if self.lowers[k] == ",")])
        lead = " ".join(self.lowers[lo : m.at])
        return re.search(_SEASONS_AGO, lead) is not None and not _SINCE_THEN.search(lead)

    def _since_old_year(self) -> int | None:
        """Where "since" names a year before last ("but since 2023 we are 6"): the count after
        it has held for more than the 12 months, those before it are older."""
        for k in range(self.n - 1):
            nxt = self.lowers[k + 1]
            old = nxt.isdigit() and len(nxt) == 4 and int(nxt) < self.this_year - 1
            if self.lowers[k] == "since" and old:
                return k
        return None

    # combining -----------------------------------------------------------------------
    def _combine(self, mentions: list[Mention]) -> Reading | None:
        not_counted: list[str] = []
        excluded: list[int] = []
        unsure = self.unsure
        if self.others and any(not m.bare for m in mentions):
            not_counted.append(
                f"{_and_names([_cased(o) for o in self.others.values()])}: people of another "
                "company or an authority (a contractor's, a client's, an inspector) are not on "
                "your WCB account"
            )  # "the GC's super and his foreman come by daily"
        if self.outside:
            spoken = (
                "of a client's company" if _CLIENT.search(self.text) else 'of the company as "they"'
            )
            not_counted.append(
                f"you, as you write {spoken} (if you are on its WCB account, add yourself)"
            )
        people = [m for m in mentions if not m.bare]
        bare = [m for m in mentions if m.bare and m.at not in self.group_counts]
        promoted: set[int] = set()
        snapshots = self._snapshots(mentions)
        # a bare number counts people when it is joined to people or said of "we"
        for m in bare:
            if self._is_age(m.at):
                continue  # "my 2 kids (15 and 17)", "my son, aged 16": how old, not how many
            if m.at in snapshots or self._bare_is_people(m, people):
                if not self._plainly_people(m) and m.at not in snapshots:
                    promoted.add(m.at)
                each = self._leaders_each(m.at)
                if each is not None:  # "each of my 2 foremen runs a crew of 3": 2 x 3
                    leaders, unit = each
                    m = Mention(m.count * leaders, f"people ({m.count} for each of {leaders} "
                                f"{unit})", m.kind, m.at, bare=True)  # fmt: skip
                before = " ".join(self.lowers[max(m.at - 3, 0) : m.at])
                reached = re.search(_TOTAL_SAID, before) and not _PART_AFTER.match(
                    " ".join(self.lowers[m.at + 1 : m.at + 5])
                )  # "we go to 9 on the crew plus me and the wife": the crew's count, not all
                people.append(
                    Mention(m.count, "in all" if reached else m.who or ("others" if self._joined(
                                m, people) else "people" if people else ""),
                            "total" if reached else m.kind, m.at, False, m.time,
                            m.added, True, False, m.holds)
                )  # fmt: skip
            elif len(self.lowers) <= 3:
                people.append(m)
        people.sort(key=lambda m: m.at)
        people = self._as_snapshots(self._corrected(people), snapshots)
        people = self._capped_after(people)
        people = self._leavers(self._counted_list(self._drop_asked(people)))
        for m in [m for m in people if not m.single]:
            party = self._of_others(m)
            if party is not None:  # "my old boss had 20 guys": another company's people
                people.remove(m)
                excluded.append(m.count)
                who = f"{m.count} {m.who}" if m.who else str(m.count)
                not_counted.append(
                    f"the {who} of {party}: people of another company are not on your WCB account"
                )
        if not people:
            return None
        if all(m.single for m in people) and not self._together(people):
            return None
        people = self._timed_lists(self._inclusion(self._one_of_them(people)))
        people = self._listed_after_total(self._sum_said_again(people))
        counted: list[Mention] = []
        planned = 0
        for m in people:
            if (
                m.subset
                or m.time == "stale"
                or (m.kind == "contractor" and not self._contractor_ours(m))
            ):
                excluded.append(m.count)
            if m.subset:
                not_counted.append(f"the {m.count} of them, already in the count")
            elif m.time == "stale":
                not_counted.append(
                    f"the {m.count} from more than 12 months ago (the rule looks at the past 12 "
                    "months only)"
                )
            elif m.kind == "contractor" and _OWN_WCB.search(self._clause(m)):
                not_counted.append(
                    f"the {m.count} {self._firms(m)}: subcontractors with their own WCB account "
                    "are not on yours"
                )  # "we also hire 3 sub companies with their own WCB": never on yours
            elif m.time == "planned":
                planned += m.count if m.kind != "total" else 0
                counted.append(m)
            elif m.kind == "leaving":
                counted.append(m)  # leaves before the new people start: taken off
            elif m.kind == "let_go" and _LAID_OFF.search(self.text):
                excluded.append(m.count)
                not_counted.append(
                    f"the {m.count} {m.who} you let go, as more people: they are in the count of "
                    "the time they were with you"
                )
            elif m.kind == "let_go":
                excluded.append(m.count)
                not_counted.append(
                    f"the {m.count} {m.who} you plan to let go again: they are in your count until "
                    "they leave, and SECOR looks at the most people at any time in the past 12 "
                    "months, so letting them go does not bring that number down for a year"
                )
            elif m.kind == "left":
                excluded.append(m.count)
                not_counted.append(
                    f"{m.who}, who has left: not in your count now, but the limit looks at the "
                    "most people at any one time in the past 12 months, so count them for the "
                    "time they were with you"
                )
            elif m.kind == "in_count":
                excluded.append(m.count)
                not_counted.append(f"{m.who} again: already in your count until they leave")
            elif not m.single and m.kind not in ("self", "contractor") and self._of_others_firm(m):
                excluded.append(m.count)  # "my buddy's company has 12 guys, we have 4"
                not_counted.append(f"the {m.count} {m.who} of the other company you name{REASON}")
            elif not m.single and m.kind not in ("self", "contractor") and self._of_own_firm(m):
                # "another company with its own WCB ... they send 3 electricians" (one person
                # named so is set aside in the same words by bot.accounting)
                excluded.append(m.count)
                not_counted.append(
                    f"the {m.count} {m.who}, who you say are with another company or on their own "
                    "WCB account: the pages count the people covered by your WCB account, and "
                    "they are not on it"
                )
            elif m.kind != "self" and self._off_wcb(m):
                excluded.append(m.count)
                who = m.who if m.single else f"the {m.count} {m.who}"
                not_counted.append(
                    f"{who}, who you say {'is' if m.single else 'are'} not on your WCB account: "
                    "the pages "
                    "count everyone covered by your WCB account and say nothing about people who "
                    "are not on it, so please check them with the COR department"
                )
            elif m.kind == "contractor":
                if self._contractor_ours(m):
                    counted.append(m)
                else:
                    not_counted.append(
                        f"the {m.count} {self._firms(m)}: subcontractors with their own WCB "
                        "account are not on yours"
                    )
                    if not _OWN_WCB.search(self.text):
                        unsure.append(
                            f"whether the {m.who} are on your WCB account (then they count too)"
                        )
            else:
                counted.append(m)
                if not m.known:
                    unsure.append(f"whether the {m.who} are people on your WCB account")
        if not counted:
            return None
        has_self = any(m.kind == "self" or "you" in m.holds for m in counted)
        owner_words = any(m.kind == "owner" for m in counted)
        owner_unsure = (
            not has_self
            and not owner_words
            and self._first_person()
            and "one_person" not in self.concepts
            and bool(re.search(r"\b(?:i|we)\s+(?:have|employ|got|'ve|hire|run)\b", self.text))
        )
        counted = self._grown(counted)
        total, peak = _total(counted)
        unsure.extend(self._maybe_in_team(counted, total))
        expected = [m.count for m in counted if m.kind == "total" and m.time == "planned"]
        if expected and not planned:
            # "me and 3 guys now but i plan to be at 15 by next year": 11 more planned
            now = [m for m in counted if not (m.kind == "total" and m.time == "planned")]
            base = _total(now)[0] if now else 0
            planned = max(max(expected) - base, 0) if base else 0
        if any(m.bare for m in counted) and len(self.lowers) > 3 and total > 0:
            unsure.append("whether the number is people")
        return Reading(
            total=total,
            counted=tuple(counted),
            not_counted=tuple(not_counted),
            excluded=(*excluded, *self.folded),  # (a list folded into its total: read once)
            unsure=tuple(dict.fromkeys(unsure)),
            peak=peak,
            planned=planned,
            asks_room=bool(_ROOM.search(self.text)),
            bare_numbers=any(m.at in promoted for m in counted),  # read from weaker cues
            extra_notes=self._on_leave(),
            owner_unsure=owner_unsure,
        )

    def _is_age(self, at: int) -> bool:
        """The bare number at AT says how old someone is: "aged 16", "15 yrs old", or a
        bracket right after people that holds only numbers ("my 2 kids (15 and 17)")."""
        before = " ".join(self.lowers[max(at - 2, 0) : at])
        after = " ".join(self.lowers[at + 1 : at + 3])
        if _AGE_BEFORE.search(before) or _AGE_AFTER.match(after):
            return True
        opened = next(
            (k for k in range(at - 1, max(at - 6, -1), -1) if self.lowers[k] in ("(", "[")), None
        )
        if opened is None or opened == 0:
            return False
        ends = range(at + 1, min(at + 6, self.n))
        closes = next((k for k in ends if self.lowers[k] == ")"), None)
        if closes is None:
            return False
        inside = self.lowers[opened + 1 : closes]
        numbers_only = all(w.isdigit() or w in _AGE_JOINERS for w in inside)
        return numbers_only and self.person(opened - 1) is not None

    def _of_others(self, m: Mention) -> str | None:
        """The party another company's people M belong to, when the words before M in its
        clause say so: "my old boss had 20 guys", "the GC has about 60 workers", "I used to
        work for a company with 40 guys", "my brother's outfit runs 12"; else None. A client
        is another company only when the one asking speaks of a team of their own ("we")."""
        lo, _ = self.segment(m.at)
        before = " ".join(self.lowers[max(lo, m.at - 12) : m.at])
        found = _OTHERS_HAVE.search(before)
        if found is None:
            return None
        party = found.group("party")
        if party.split()[-1].rstrip("s") in ("client", "customer") and not (
            self.first_plural and not self.outside
        ):
            return None  # "my client has 6 carpenters": the company asked about
        if re.search(r"\b(?:we|i|us|our|my)\b", before[found.end("party") :]):
            return None  # "the gc wants us to have 5": not the party's count
        if re.search(r"\b(?:i|we|used to|previously)\b", party):
            return "a company you worked for before"
        words = [{"my": "your", "our": "your"}.get(w, w) for w in party.split()]
        return " ".join(words).replace(" 's", "'s")

    def _maybe_in_team(self, counted: list[Mention], total: int) -> list[str]:
        """ "We are 7 in total. The bookkeeper is on payroll too.": one person named in a
        sentence after the whole team's count, said to be on the account as well, may be
        one of that count or one more; both readings are said, the larger one counted."""
        team = next(
            (
                m
                for m in counted
                if not m.single
                and m.who in _WHOLE_TEAM
                and (
                    _WE_ARE.search(" ".join(self.lowers[max(m.at - 6, 0) : m.at]))
                    or "you" in m.holds  # "there are 6 of us"
                )
            ),
            None,
        )
        if team is None or len(counted) != 2:
            return []
        other = next(m for m in counted if m is not team)
        if (
            not other.single
            or other.count != 1
            or other.kind == "self"
            or other.at < team.at
            or (self.segment(other.at) == self.segment(team.at) and not self._in_total(team))
            or self.word(other.at - 1) in ("plus", "+", "add", "also")
            or (self.word(other.at - 1) == "and" and self.word(other.at - 2) != ",")
        ):
            return []
        _, hi = self.segment(other.at)
        if not _ALSO_ON.search(" ".join(self.lowers[other.at : hi])):
            return []
        return [
            f"whether {other.who} is one of the {team.count} you gave, which makes "
            f"{total - 1}, or one more on top of them, which makes {total}; I counted {total}"
        ]

    def _in_total(self, team: Mention) -> bool:
        """The team's count is said as everyone: "we're 8 in total", "9 altogether"."""
        after = " ".join(self.lowers[team.at + 1 : team.at + 4])
        return bool(
            re.match(r"(?:people |of us )?(?:in total|total|altogether|all told|in all)\b", after)
        )

    def _firms(self, m: Mention) -> str:
        """The subcontractors M as the message named them, in the plural when more than one:
        "2 separate subcontractor companies" -> "separate subcontractor companies", "3 sub"
        -> "3 subs" (the noun after the person word, when it names firms, is theirs)."""
        end = m.at + 1 + len(m.who.split())
        firm = self.word(end)
        if firm in _FIRMS or firm[:-1] in _FIRMS:
            plural = _FIRMS_PLURAL.get(firm, firm) if m.count > 1 else firm
            return f"{m.who} {plural}"
        last = m.who.split()[-1] if m.who else ""
        if m.count > 1 and last and not last.endswith("s"):
            return f"{m.who}s"
        return m.who

    def _contractor_ours(self, m: Mention) -> bool:
        """Subcontractors M are on the asker's WCB account: the text says "on our WCB", and
        their own clause does not give them an account of their own ("2 subcontractor
        companies that carry their own WCB": not on yours, whatever else is on yours)."""
        own = _OWN_WCB.search(self._clause(m))
        return own is None and _OUR_WCB.search(self.text) is not None

    def _clause(self, m: Mention) -> str:
        """The words of M's sentence part, between segment breaks."""
        lo, hi = self.segment(m.at)
        return " ".join(self.lowers[lo:hi])

    def _sum_said_again(self, people: list[Mention]) -> list[Mention]:
        """ "we have 4 guys so 5 with me", "it's me and 3 guys, so 4 of us": a number said
        after the people, as their sum, is those people again (with the one asking when it
        holds them), not more people."""
        for m in list(people):
            if m.single or m.subset or m not in people:
                continue
            if not _SUM_SAID.search(" ".join(self.lowers[max(m.at - 4, 0) : m.at])):
                continue
            before = [p for p in people if p.at < m.at and not p.subset]
            if not before:
                continue
            with_you = "you" in m.holds and not any(
                p.kind == "self" or "you" in p.holds for p in before
            )
            whole = m.bare or m.who.split(" (")[0] in _WHOLE_TEAM | {"of you", "others"}
            if m.count != sum(p.count for p in before) + (1 if with_you else 0) and not whole:
                continue  # (a sum of the whole team, right or wrong, is the asker's own)
            people = [p for p in people if p is not m]
            if with_you:
                people.append(Mention(1, "you", "self", m.at, single=True))
        return sorted(people, key=lambda p: p.at)

    def _listed_after_total(self, people: list[Mention]) -> list[Mention]:
        """ "6 of us: me, my wife, my son and 2 guys", "there are nine of us on the account -
        me, the wife and 7 employees": a total of the whole team said first, then the list of
        its people after a colon, dash or bracket, is one count: the total, the list folded
        into it (a list that adds up to more is said, so the answer asks)."""
        for m in list(people):
            if m.single or m.subset or m not in people or m.count < 2:
                continue
            if m.who.split(" (")[0] not in _WHOLE_TEAM | {"of you"}:
                continue
            opens = self._list_opening(m.at)
            if opens is None:
                continue
            ends = self._list_end(opens)
            if any(w.startswith(("includ", "incl", "counting")) for w in self.lowers[opens:ends]):
                continue  # "5 of us (me included)": who the total holds, no list of its people
            listed = [p for p in people if opens < p.at < ends and not p.subset]
            if not listed or (len(listed) < 2 and listed[0].count < 2):
                continue
            summed = sum(p.count for p in listed)
            self.folded = (*self.folded, summed)
            if summed > m.count:
                self.unsure.append(f"the people you list add up to {summed}, not {m.count}")
            names = _and_names([_named(p) for p in listed])
            holds = tuple(dict.fromkeys((*m.holds, *(h for p in listed for h in p.holds))))
            if any(p.kind == "self" for p in listed):
                holds = tuple(dict.fromkeys((*holds, "you")))
            base = m.who.split(" (")[0] or "people"
            whole = replace(m, who=f"{base} ({names} included)", holds=holds)
            people = [whole if p is m else p for p in people if p not in listed]
        return people

    def _list_end(self, opens: int) -> int:
        """Where the list opened at OPENS ends: its closing bracket, or its sentence part's end."""
        hi = self.segment(opens)[1]
        if self.lowers[opens] == "(":
            return next((k for k in range(opens + 1, hi) if self.lowers[k] == ")"), hi)
        return hi

    def _list_opening(self, at: int) -> int | None:
        """The index of the colon, dash or bracket that opens a list of the people of the
        total at AT, within a few words after it in its sentence part ("9 of us on our own
        WCB account: ..."), if any."""
        hi = self.segment(at)[1]
        for k in range(at + 1, min(at + LIST_OPENING_WORDS, hi)):
            if self.lowers[k] in _LIST_OPENERS:
                return k
            if self.lowers[k] in (",", "and", "plus", "+") or self.value(k) is not None:
                return None  # the total's own words end before another count
        return None

    def _timed_lists(self, people: list[Mention]) -> list[Mention]:
        """ "its just me and 2 guys now but in august it was me and 11 guys": lists of the
        whole team said at different times are snapshots too; each list is one total of its
        time, and the rule takes the largest."""
        lists: list[tuple[str, list[Mention], int]] = []
        for k in range(self.n):
            if not _LIST_ANCHOR.match(" ".join(self.lowers[k : k + 3])):
                continue
            start = k + 1 if self.lowers[k] == "its" else k + 2
            first = next(
                (
                    m
                    for m in people
                    if start <= m.at <= start + 6
                    and not set(self.lowers[start : m.at]) & (SEGMENT | _LIST_STOP)
                ),
                None,
            )  # after people named before and read there: "it was me, my wife and 8 guys"
            if first is None or any(first in members for _, members, _ in lists):
                continue
            members = [first]
            for m in people:
                if m.at <= members[-1].at:
                    continue
                gap = self.lowers[members[-1].at + 1 : m.at]
                if len(gap) > 5 or set(gap) & (SEGMENT | _LIST_STOP) or not set(gap) & JOIN:
                    break  # the list ends, or a time or a verb starts another statement
                if m.kind == "total" or _WHEN.search(" ".join(gap)):
                    break
                members.append(m)
            if any(m.kind == "total" for m in members) or any(
                _WHEN.search(self.word(m.at + 1) + " " + self.word(m.at + 2)) for m in members[:-1]
            ):
                continue  # "we were 9 in the spring and 12 over the summer": counts of times
            lo, hi = self.segment(k)
            near = " ".join(self.lowers[max(k - 4, lo) : min(members[-1].at + 4, hi)])
            said = _WHEN.search(near)  # the time said in the list's own clause, if any
            lists.append((said.group(0) if said else "", members, start))
        whens = [when for when, _, _ in lists]
        if len(lists) < 2 or "" in whens or len(set(whens)) < 2:
            return people
        if not any(len(members) > 1 for _, members, _ in lists):
            return people  # the counts alone are read as snapshots already
        listed = {id(m) for _, members, _ in lists for m in members}
        out = [m for m in people if id(m) not in listed]
        for said_when, members, start in lists:
            alive = [m for m in members if m.time != "stale" and not m.subset]
            if not alive:
                continue
            span = range(start, members[-1].at + 1)
            me = any(m.kind == "self" for m in alive) or any(
                self.lowers[j] in ("me", "myself") for j in span
            )
            # people named in both lists are read once ("me, my wife and 3 guys ... me, my
            # wife and 8 guys"): each list counts its own
            named = sum(
                1
                for j in span
                if self.lowers[j] in POSSESSIVE
                and self.person(j + 1) is not None
                and self.value(j + 1) is None
                and not self.lowers[j + 1].endswith("s")
            )
            singles = max(sum(m.count for m in alive if m.single), int(me) + named)
            total = sum(m.count for m in alive if not m.single) + singles
            who = f"in all, {said_when}".rstrip(", ")
            out.append(
                Mention(
                    total,
                    who,
                    "total",
                    alive[0].at,
                    time="peak",
                    holds=("you",) if any(m.kind == "self" for m in alive) else (),
                )
            )
        return sorted(out, key=lambda m: m.at)

    def _grown(self, counted: list[Mention]) -> list[Mention]:
        """ "we were 8 in january and took on 4 more in may": people added later with "more"
        join the team said before, whose count is then the base they add to."""
        periods = [
            m for m in counted if not m.single and m.time == "peak" and not m.added
            and m.kind != "total"
        ]  # fmt: skip
        more = [
            m for m in counted if not m.single and m.kind != "total"
            and m.time in ("now", "peak") and "more" in self.lowers[m.at + 1 : m.at + 3]
        ]  # fmt: skip
        totals = [m for m in counted if m.kind == "total" and m.time == "peak"]
        out = list(counted)
        for x in more:  # "we had 6 in the spring and hired 3 more in june": 9 then
            before = [m for m in totals if m.at < x.at]
            if not before or len(totals) < 2:
                continue
            base = next(m for m in out if m.at == before[-1].at)
            out[out.index(base)] = replace(base, count=base.count + x.count)
            out.remove(x)
        out = self._plus_at_the_time(out, periods)
        more = [m for m in more if m in out and m.added and m.time == "peak"]
        if len(periods) != 1 or not more or any(m.at < periods[0].at for m in more):
            return out
        return [replace(m, time="now") if m is periods[0] else m for m in out]

    def _plus_at_the_time(self, out: list[Mention], periods: list[Mention]) -> list[Mention]:
        """ "12 in summer, plus 2 more students in july", "6 in winter, 9 in summer plus 2
        students": people added with "plus" right after one period's count join that period's
        team, whose count is then the most at one time."""
        joined = [
            m
            for m in out
            if not m.single
            and m not in periods
            and m.kind != "total"
            and m.time in ("now", "peak")
            and (m.added or self.word(m.at - 1) in ("plus", "+"))
        ]
        for x in joined:
            lo, _ = self.segment(x.at)
            before = [p for p in periods if p in out and lo <= p.at < x.at]
            if not before:
                continue
            base = before[-1]
            between = self.lowers[base.at + 1 : x.at + 2]
            if not {"plus", "+", "more"} & set(between) or any(
                self.value(k) for k in range(base.at + 1, x.at)
            ):
                continue
            who = _held_in(base.who or "people", [_named(x)])
            out[out.index(base)] = replace(base, count=base.count + x.count, who=who)
            out.remove(x)
        return out

    def _corrected(self, people: list[Mention]) -> list[Mention]:
        """ "we are 9. well, 9 plus me", "8 guys, sorry, 9 guys": a count said again to correct
        it replaces the count said just before."""
        out = list(people)
        for m in people:
            if m.single or m not in out:
                continue
            before = " ".join(self.lowers[max(m.at - 4, 0) : m.at])
            if not _CORRECTION.search(before):
                continue
            earlier = [x for x in out if not x.single and x.at < m.at]
            if earlier:
                out.remove(earlier[-1])
        return out

    def _snapshots(self, mentions: list[Mention]) -> dict[int, str]:
        """The whole team's counts tied to a time, by where they are, with the time said:
        "last August we were 12 people ... now we are back to 7", "we were 11 before that,
        now we are 8". Two or more of them are snapshots of one team at different times,
        so the rule takes the largest of the past 12 months, never their sum."""
        found: dict[int, str] = {}
        for m in mentions:
            if m.single or m.subset or m.time == "stale":
                continue
            lo, _ = self.segment(m.at)
            alone = not any(x is not m and self._one_clause(x.at, m.at) for x in mentions)
            staff = m.who in _STAFF and alone  # "we had a secor with 7 employees, now ..."
            if not (m.bare or m.who in _WHOLE_TEAM or "you" in m.holds or staff):
                continue
            before = " ".join(self.lowers[max(m.at - 6, lo) : m.at])
            if _SNAPSHOT_BEFORE.search(before):
                found[m.at] = self._when(m.at)
        return found if len(found) >= 2 and len(set(found.values())) >= 2 else {}

    def _one_clause(self, a: int, b: int) -> bool:
        """The tokens at A and B are in one clause: no segment break or comma between."""
        lo, hi = min(a, b), max(a, b)
        return not set(self.lowers[lo + 1 : hi]) & (SEGMENT | {","})

    def _when(self, at: int) -> str:
        """The time said of the count at AT ("last august", "now"): the nearest in its own
        clause, else the nearest before it in its sentence, else after it."""
        lo, hi = self.segment(at)
        text = " ".join(self.lowers[lo:hi])
        said = [
            (lo + len(text[: found.start()].split()), found.group(0))
            for found in _WHEN.finditer(text)
        ]
        start, end = at, at
        while start > lo and self.lowers[start - 1] not in _CLAUSE_JOIN:
            start -= 1
        while end + 1 < hi and self.lowers[end + 1] not in _CLAUSE_JOIN:
            end += 1
        own = [(abs(k - at), w) for k, w in said if start <= k <= end]
        if not own and set(self.lowers[start:at]) & _PAST_VERBS:
            # "we had a secor with 9 people, now we're at 15": a past count, before "now"
            later = [w for k, w in said if k > end]
            if later and later[0] in ("now", "right now", "today", "currently"):
                return "before"
        before = [(at - k, w) for k, w in said if k < at]
        after = [(k - at, w) for k, w in said if k > at]
        return min(own or before or after, default=(0, ""))[1]

    def _as_snapshots(self, people: list[Mention], snapshots: dict[int, str]) -> list[Mention]:
        """The snapshots among PEOPLE as totals of the team at their time (the largest holds
        everyone named beside it: "we" is the whole team)."""
        return [
            replace(m, who=f"in all, {snapshots[m.at]}".rstrip(", "), kind="total", time="peak")
            if m.at in snapshots
            else m
            for m in people
        ]

    def _capped_after(self, people: list[Mention]) -> list[Mention]:
        """ "we hire a couple guys in the summer, like 3 max": the number with "max" bounds the
        group just named, it is not a group of its own."""
        out: list[Mention] = []
        for m in people:
            capped = self.word(m.at + 1) in ("max", "maximum", "tops", "at most") and (
                m.who in ("", "people", "others")
            )
            before = next((x for x in reversed(out) if not x.single), None)
            if capped and before is not None and self.segment(before.at) == self.segment(m.at):
                out[out.index(before)] = replace(before, count=max(before.count, m.count))
                continue
            out.append(m)
        return out

    def _on_leave(self) -> tuple[str, ...]:
        """A note when someone is said to be on leave: counted, as the pages count everyone
        on the WCB account and say nothing of leave ("one is on maternity leave"); and one
        when someone works from home, never on site or through an agency: counted too."""
        notes: list[str] = []
        if _ANYWHERE.search(self.text):
            notes.append(
                "everyone on your WCB account counts, whatever their hours and wherever they "
                "work: from home, in the office or never on site, part time, or placed by an "
                "agency but on your account"
            )
        if _ON_LEAVE.search(self.text):
            c = contacts()
            notes.append(
                "I counted the people you say are on leave: the pages count everyone covered by "
                "your WCB account and say nothing about leave (they do not say whether someone "
                f"off work counts), so check with the COR department ({c.phone}, {c.email})"
            )
        return tuple(notes)

    def _of_others_firm(self, m: Mention) -> bool:
        """M's people are someone else's company's ("my buddy's company has 12 guys")."""
        lo, _ = self.segment(m.at)
        return of_others_firm(" ".join(self.lowers[lo : m.at]))

    def _of_own_firm(self, m: Mention) -> bool:
        """M's people are another company's, which has its own WCB account (bot.firm_people)."""
        lo, hi = self.segment(m.at)
        words = len(m.who.split()) + 1  # the number and its person words
        before = " ".join(self.lowers[lo : m.at])
        after = " ".join(self.lowers[m.at + words : hi])
        return of_own_firm(before, after, " ".join(self.lowers))

    def _off_wcb(self, m: Mention) -> bool:
        """M's people are said not to be on the WCB account ("2 students aren't on WCB")."""
        _, hi = self.segment(m.at)
        if m.single:  # "my brother helps on weekends but he's not on our wcb"
            words = 1 if m.kind == "self" else len(m.who.split())
            after = " ".join(self.lowers[m.at + words : m.at + words + 12])
            return bool(_SINGLE_OFF_WCB.match(after))
        end = min(m.at + 12, hi)
        for k in range(m.at + 1, end):
            if self.value(k) is not None or self.lowers[k] in ("plus", "+", "&", "and", ","):
                end = k  # the next people: "we are 9 plus 2 students who are not on wcb"
                break
        return bool(_NOT_ON_WCB.match(" ".join(self.lowers[m.at + 1 : end])))

    def _leavers(self, people: list[Mention]) -> list[Mention]:
        """ "the old guy retires": in the count until he leaves; "2 of my guys are leaving
        the week before the new ones start": taken off the count."""
        out: list[Mention] = []
        for m in people:
            before = " ".join(self.lowers[max(m.at - 3, 0) : m.at])
            if not m.single and _LET_GO.search(before):
                # "we're 12 but laying off 3 guys next month": already in the 12
                out.append(Mention(m.count, m.who, "let_go", m.at))
                continue
            _, hi = self.segment(m.at)
            after = " ".join(self.lowers[m.at : min(m.at + 14, hi)])
            if m.single and m.kind != "self" and self._has_left(m, after):
                out.append(Mention(m.count, m.who, "left", m.at, True))
                continue  # "the foreman we had retired": gone now
            leaving = _LEAVING.search(after)
            if leaving and leaving.group(0).split()[0] in m.who.split():
                leaving = None  # "two retired guys from church volunteer": what they are
            if leaving and re.search(
                r"\b(?:nobody|no one|none|not|n't|never)\b(?:\s+\w+){0,2}\s*$",
                after[: leaving.start()],
            ):
                leaving = None  # "nobody is leaving"
            if leaving is not None:
                verb = m.at + len(after[: leaving.end()].split())
                beyond = " ".join(self.lowers[verb : verb + 5])
                if _STILL.match(beyond):
                    leaving = None  # "my dad who's retired but still comes in": still working
            if leaving is not None:
                verb_at = m.at + len(after[: leaving.start()].split())
                if any(x is not m and m.at < x.at < verb_at for x in people):
                    leaving = None  # "the new guy ... before the old guy retires": not him
            if m.kind in ("self", "total") or not leaving:  # the team at a time stays whole
                out.append(m)
                continue
            if re.search(r"\bbefore (?:the |our )?new\b", after):
                who = m.who if m.single else f"{m.count} {m.who}"
                out.append(Mention(-m.count, f"less {who} leaving first", "leaving", m.at))
            else:
                who = m.who if m.single else f"the {m.count} {m.who}"
                out.append(Mention(m.count, who, "in_count", m.at, m.single))
        return out

    def _has_left(self, m: Mention, after: str) -> bool:
        """The one person M is said to have left already: "the foreman we had retired", "our
        bookkeeper quit last month", "my ex partner left the business" (not "my wife left her
        job to help us", nor "retired but still comes in")."""
        own = len(" ".join(self.lowers[m.at : m.at + len(m.who.split())]))
        left = _LEFT.search(after, own)  # after the person's own words: not "his retired dad"
        if left is None or re.search(
            r"\b(?:not|n't|never)\b(?:\s+\w+)?\s*$", after[: left.start()]
        ):
            return False
        if re.search(r"\b(?:but|and|yet|now)\b", after[: left.start()]):
            return False  # "my son, and our foreman quit": the verb is another's
        if left.group() == "retired" and re.search(
            r"(?:\bis|\bwas|'s|\bare|\bsemi|\ba|\ban)\s*$", after[: left.start()]
        ):
            return False  # "my dad who is retired": how he is, not that he left
        verb = m.at + len(after[: left.end()].split())
        return not _STILL.match(" ".join(self.lowers[verb : verb + 6]))  # "but still comes in"

    def _counted_list(self, people: list[Mention]) -> list[Mention]:
        """ "my wife and kids help out, 3 of them": the 3 are the wife and kids."""
        out = list(people)
        for m in people:
            if not m.subset or m.who != "of them":
                continue
            plural = next(
                (
                    j
                    for j in range(m.at - 1, max(m.at - 9, -1), -1)
                    if self.lowers[j].endswith("s")
                    and self.person(j) is not None
                    and self.value(j - 1) is None
                ),
                None,
            )
            if plural is None:
                continue
            named = [x for x in out if x.single and plural - 4 <= x.at < plural]
            for x in named:
                out.remove(x)
            words = " and ".join([*(x.who for x in named), self.lowers[plural]])
            out[out.index(m)] = Mention(m.count, f"of them ({words})", "family", m.at)
        return out

    def _plainly_people(self, m: Mention) -> bool:
        """A bare number the words around make plainly people: "we hit 12", "3 more"."""
        before = " ".join(self.lowers[max(m.at - 3, 0) : m.at])
        prev, nxt = self.word(m.at - 1), self.word(m.at + 1)
        return bool(
            _TOTAL_SAID.search(before)
            or nxt in self.lex.extra
            or prev in self.lex.extra
            or re.search(r"\b(?:crew|team|staff) of$|\btop of (?:our|the|my)$", before)
            or _GROUP_IS.search(" ".join(self.lowers[max(m.at - 5, 0) : m.at]))
            or nxt in ("of", "counting", "including", "incl", "incl.", "now")
            or (nxt == "with" and self.word(m.at + 2) in ("me", "myself"))
            or prev in ("hiring", "hire", "add", "adding", "plus", "+")
        )

    def _drop_asked(self, people: list[Mention]) -> list[Mention]:
        """ "is it 10 workers plus me or 10 total? i have 10 workers": the options asked about
        are not people; the statement is."""
        asked = set()
        for m in people:
            lo, hi = self.segment(m.at)
            if self.word(hi) == "?" and "or" in self.lowers[lo:hi]:
                asked.add(m.at)
        if asked and len(asked) < len(people):
            return [m for m in people if m.at not in asked]
        return people

    def _more_added_to(self, m: Mention, people: list[Mention]) -> bool:
        """People are added to the bare number M later in its sentence ("12 in summer, plus 2
        more students in july"): the number counts people too."""
        _, hi = self.segment(m.at)
        if any(
            self.value(k) is not None and self.word(k + 1) in ("more", "extra")
            for k in range(m.at + 1, hi)
        ):
            return True  # "10 in spring and 3 more in june"
        return any(
            not p.bare
            and m.at < p.at < hi
            and bool(
                {"plus", "+", "more", "extra", "additional"} & set(self.lowers[m.at : p.at + 2])
            )
            for p in people
        )

    def _bare_is_people(self, m: Mention, people: list[Mention]) -> bool:
        prev, nxt = self.word(m.at - 1), self.word(m.at + 1)
        if (
            _SUM_SAID.search(" ".join(self.lowers[max(m.at - 4, 0) : m.at]))
            and nxt not in ("with", "including", "incl", "counting", "plus", "+", "if")
            and any(not p.bare and p.at < m.at for p in people)
        ):
            return False  # "it's me, my partner and 9 guys. so we're at 9": their own sum
        if self.lowers[m.at] == "one" and nxt not in self.lex.extra:
            return False  # "one company and one WCB account"
        before = " ".join(self.lowers[max(m.at - 3, 0) : m.at])
        if re.search(r"\b(?:crew|team|group|staff|company|outfit|shop) of$", before):
            return True  # "a crew of 3": the size of a group
        if _GROUP_IS.search(" ".join(self.lowers[max(m.at - 5, 0) : m.at])):
            return True  # "my crew is 6 not counting me", "our total headcount is 11"
        if _TOTAL_SAID.search(before) and self._first_person():
            return True  # "we hit 12", "we're going to be 14 next year"
        if prev in ("regular", "usual", "normal", "steady", "core", "permanent", "base") or (
            re.search(r"\btop of (?:our|the|my)$", before)
        ):
            return True  # "on top of our regular 8"
        if (
            nxt in self.lex.extra
            or prev in ("hiring", "hire", "hired", "add", "adding", "adds")
            or nxt in ("counting", "including", "incl", "incl.", "now")
            or (prev in ("another", "extra", "additional"))
        ):
            return True  # "4 more in summer", "nine counting me"
        if nxt in ("without", "besides", "excluding") and self._first_person():
            return True  # "we're 10 without them"
        if prev in _SAID_TO_BE and self._counting_before(m.at):
            return True  # "counting me it's eleven": the total of the people counted first
        on = " ".join(self.lowers[m.at + 1 : m.at + 4])
        if re.match(
            r"(?:people |guys )?on (?:the |our |my )?(?:payroll|wcb|staff|books|crew)\b", on
        ):
            return True  # "this past summer we had 14 on payroll"
        if (prev in JOIN or nxt in JOIN) and any(abs(p.at - m.at) <= 6 for p in people):
            return True  # "me plus 6", "11 plus me"
        lo, _ = self.segment(m.at)
        if (
            prev in JOIN
            and nxt in ("on", "in", "at", "doing", "running", "working", "for")
            and any(not p.single and lo <= p.at < m.at for p in people)
        ):
            return True  # "3 guys on the concrete side and 2 on landscaping": the same kind
        if re.search(
            r"(?:up to|peak\w*(?: at)?|hit|reached|went up to|got to|grew to|between)$", before
        ):
            return True
        if re.search(
            r"\b(?:dropped|down|fell|shrank|shrunk|back|steady at|stayed at)(?: to)?$", before
        ):
            return True  # "dropped to 8 since then"
        since = self._since_old_year()
        if since is not None and 0 < m.at - since <= 5 and m.at != since + 1:
            return True  # "but since 2023 its 7"
        after = " ".join(self.lowers[m.at + 1 : m.at + 3])
        if re.match(r"since (?:then|that|last)\b", after) and self._first_person():
            return True  # "we were 12 in 2024 but only 6 since then"
        if re.search(
            r"\b(?:go|get|grow|end up|be) (?:up )?to$|\b(?:go|get|grow) (?:over|past)$", before
        ):
            return True
        k = m.at + 1
        while k < self.n and k < m.at + 9 and self.lowers[k] not in SEGMENT | {",", "and"}:
            k += 1
        own = " ".join(self.lowers[m.at + 1 : k])
        if (self._first_person() or self._more_added_to(m, people)) and (
            _RECENT.search(own) or _STALE.search(own)
        ):
            return True  # "but had 11 during our big job in june", "13 for 3 weeks in the fall"
        if _NOW.search(before) and self._first_person():
            return True  # "now we have 8"
        earlier = [p for p in people if p.at < m.at and not p.single]
        if (
            earlier
            and _WE_ARE.search(" ".join(self.lowers[max(m.at - 5, 0) : m.at]))
            and all(_STALE.search(self._clause(p)) for p in earlier)
        ):
            return True  # "two years ago we were 14. now we are only 8": today's count
        if earlier:
            return False  # "so we're at 7": a number said again
        return bool(
            re.search(
                r"\b(?:we(?:'re| are| r)?|we have|we've got|we got|i have|i employ|we employ|"
                r"there are|there's|crew of|team of|staff of|total of|company of|business of|"
                r"outfit of|shop of|at|had|have|of|now|to|usually|normally|top of our|top of the)$",
                before,
            )
        ) or (
            ("we" in before.split() and prev in ("be", "'re", "are", "were", "was"))
            or _WE_ARE.search(" ".join(self.lowers[max(m.at - 5, 0) : m.at])) is not None
        )  # "we're 8", "we are only 8"

    def _inclusion(self, people: list[Mention]) -> list[Mention]:
        """ "9 counting me": the 9 holds you; "8 not counting me and my partner": it does not."""
        out = list(people)
        for m in people:
            if m.single or m.at < 0:
                continue
            others = {x.at for x in out if not x.single and x is not m}
            for k in range(m.at + 1, min(m.at + 12, self.n)):
                low = self.lowers[k]
                if low in SEGMENT or k in others:
                    break  # "6 in field 2 in office incl me": the nearest number holds you
                with_me = low == "with" and self.word(k + 1) in ("me", "myself")
                if low == "included":
                    break  # "6 guys, myself included, and my wife": who is before it (below)
                if (low in _INCLUDING and low != "with" and self.word(k - 1) != "not") or with_me:
                    held = self._held_after(k, m, out)
                    if "you" in m.holds:  # "eleven of us counting me": said once
                        held = [x for x in held if x.kind != "self"]
                        out = [x for x in out if not (x.kind == "self" and k < x.at <= k + 2)]
                    if held and m in out:
                        for x in held:
                            out.remove(x)
                        i = out.index(m)
                        out[i] = Mention(
                            m.count, _held_in(m.who, [_named(x) for x in held]),
                            m.kind, m.at, False, m.time, m.added, m.known, m.bare,
                            (*m.holds, *(x.who for x in held)), m.subset,
                        )  # fmt: skip
                    break
        out = self._held_before(out)
        # "2 owners, each with a crew of 3, not counting the owner": the owners said again
        for x in list(out):
            said = [m for m in out if not m.single and m.kind == x.kind and m.at < x.at]
            if x.single and x.kind == "owner" and said and self._after_exclusion(x.at):
                out.remove(x)
        # "me included" after a number
        for x in list(out):
            if x.single and "included" in (self.word(x.at + 1), self.word(x.at + 2)):
                host = [m for m in out if not m.single and 0 < x.at - m.at <= 6]
                if host:
                    out.remove(x)
                    m = host[-1]
                    if x.kind == "self" and "you" not in m.holds and "included" not in m.who:
                        out[out.index(m)] = replace(
                            m, who=f"{m.who} (you included)", holds=(*m.holds, "you")
                        )
        return out

    def _one_of_them(self, people: list[Mention]) -> list[Mention]:
        """ "5 permanent staff and I'm one of them", "8 full timers, of which I am one": the
        one asking is in the group named before, not one more person."""
        out = list(people)
        for k in range(self.n):
            words = " ".join(self.lowers[k : k + 6])
            said = _ONE_OF.match(words)
            if said is None:
                continue
            lo, _ = self.segment(k)
            host = next(
                (m for m in reversed(out) if not m.single and not m.subset and lo <= m.at < k),
                None,
            )
            if host is None:
                continue
            noun = said.group("of") or ""
            if noun and not noun.isdigit() and noun not in host.who.split():
                continue  # "me and 5 guys, i'm one of the owners": other people
            end = k + len(said.group(0).split())
            out = [m for m in out if not k <= m.at < end]  # "i'm one of the 4": no one more
            if "you" not in host.holds:
                out[out.index(host)] = replace(
                    host, who=f"{host.who} (you included)", holds=(*host.holds, "you")
                )
        return out

    def _after_exclusion(self, at: int) -> bool:
        before = " ".join(self.lowers[max(at - 3, 0) : at])
        return bool(re.search(r"\b(?:not counting|not including|excluding|besides)\b", before))

    def _held_after(self, k: int, m: Mention, out: list[Mention]) -> list[Mention]:
        """The people listed right after "counting" at K ("me and my wife", "the 2 owners")."""
        starts = {x.at: x for x in out if x is not m}
        held: list[Mention] = []
        j = k + 1
        if self.word(j) == "." and self.word(k) in ("incl", "inc"):
            j += 1  # "9 staff incl. me"
        pronoun = self._pronoun_held(j, m, out)
        if pronoun:
            return pronoun  # "our headcount is 8 including him": the owner named before
        while j < self.n:
            x = starts.get(j)
            if x is not None:
                if x.single and self._starts_clause(x):
                    break  # "incl me and my niece wants to work for us": a new person
                if not x.single and self.word(j - 1) not in ("the", "both", "all", "our"):
                    break  # "including me, 3 more in summer": another group
                held.append(x)
                j += len(x.who.split(" (")[0].split()) + (0 if x.single else 1)
                continue
            low = self.lowers[j]
            if low == "and" and self.word(j + 1) in ("a", "an"):
                break  # "counting me and a buddy who helps": the buddy is on top
            if (
                low.endswith("s")
                and self.person(j) is not None
                and self.word(j - 1)
                in (
                    "both",
                    "all",
                    "the",
                    "our",
                    "my",
                )
            ):
                j += 1  # "including both owners and me": the owners, then who follows
                continue
            if low not in ("and", ",", "n", "&", "my", "our", "the", "his", "her", "both", "all"):
                break
            j += 1
        return held

    def _pronoun_held(self, j: int, m: Mention, out: list[Mention]) -> list[Mention]:
        """The people a pronoun at J stands for when it follows "including": "him", "her"
        is the last one person named before M (not the one asking); "them both", "both of
        them" the last two."""
        words = self.lowers[j : j + 3]
        if words[:1] in (["him"], ["her"]):
            wanted = 1
        elif words[:2] in (["them", "both"], ["both", "of"]) or words[:1] == ["both"]:
            wanted = 2
        else:
            return []
        named = [x for x in out if x.single and x.kind != "self" and x.at < m.at and x.count == 1]
        return named[-wanted:] if len(named) >= wanted else []

    def _starts_clause(self, x: Mention) -> bool:
        """ "my son wants to start": the person begins a new clause (not in the number)."""
        if not x.single:
            return False
        words = 1 if x.kind == "self" else len(x.who.split(" (")[0].split())
        return self.word(x.at + words) in _CLAUSE_VERBS

    def _counting_before(self, at: int) -> bool:
        """The sentence part of AT opens by naming people counted in ("counting me",
        "including myself and my wife"): a number said after it is their total."""
        lo, _ = self.segment(at)
        return any(
            self.lowers[k] in ("counting", "including", "incl") and self.word(k - 1) != "not"
            for k in range(lo, min(lo + 2, at))
        )

    def _held_before(self, out: list[Mention]) -> list[Mention]:
        """ "counting myself and my wife we have 10": the people named first are in the 10."""
        for k, low in enumerate(self.lowers):
            if low not in ("counting", "including", "incl") or self.word(k - 1) == "not":
                continue
            if self.word(k + 1) in (":", "-", "up", "down"):
                continue  # "ok counting: me, 4 full time, ...": a list follows
            lo, hi = self.segment(k)
            after = [m for m in out if not m.single and k < m.at < hi]
            # "counting me and the 2 office girls we're 12": the total said holds them all
            said = [m for m in after if self.word(m.at - 1) in _SAID_TO_BE]
            host = said[-1] if said else next(iter(after), None)
            if host is None or any(not m.single and lo <= m.at < k for m in out):
                continue
            held = [x for x in out if (x.single or said) and k < x.at < host.at]
            if held:
                out = [x for x in out if x not in held]
                i = out.index(host)
                out[i] = Mention(
                    host.count, _held_in(host.who, [x.who for x in held]),
                    host.kind, host.at, False, host.time, host.added, host.known, host.bare,
                    (*host.holds, *(x.who for x in held)), host.subset,
                )  # fmt: skip
        return out

    def _joined(self, m: Mention, people: list[Mention]) -> bool:
        """ "me plus 6", "11 plus me": the number is joined to a person named on their own."""
        near = [p for p in people if p.single and abs(p.at - m.at) <= 3]
        return bool(near) and (self.word(m.at - 1) in JOIN or self.word(m.at + 1) in JOIN)

    def _together(self, people: list[Mention]) -> bool:
        """Two of PEOPLE are named close, or joined in one clause ("me, sole proprietor,
        plus my daughter")."""
        ats = sorted(m.at for m in people)
        if (
            len(ats) >= 2
            and _SAID_ON_WCB.search(self.text)
            and any(m.kind == "self" for m in people)
        ):
            return True  # "me, sole owner. my wife helps, and she is on the WCB account"
        return len(ats) >= 2 and any(
            b - a <= 4
            or (
                b - a <= 8
                and all(
                    self.lowers[k] in _LIST_WORDS or self.norms[k] == "one_person"
                    for k in range(a + 1, b)
                )
                and bool(set(self.lowers[a + 1 : b]) & {"plus", "and", "&", "+"})
            )
            for a, b in pairwise(ats)
        )


def _total(counted: list[Mention]) -> tuple[int, bool]:
    """The most people at one time: the steady crew and those added, or a period's total."""
    totals = [m.count for m in counted if m.kind == "total"]
    if totals:  # "if we hire a student and go to 11": the total is said
        rest, peak = (
            _total([m for m in counted if m.kind != "total"])
            if len(totals) < len(counted)
            else (0, False)
        )
        timed = any(m.time == "peak" for m in counted if m.kind == "total")  # "peaked at 14"
        return max(rest, *totals), peak or len(totals) > 1 or timed
    singles = sum(m.count for m in counted if m.single)
    steady = sum(m.count for m in counted if not m.single and m.time in ("now", "planned"))
    added = sum(m.count for m in counted if not m.single and m.time == "peak" and m.added)
    periods = [m.count for m in counted if not m.single and m.time == "peak" and not m.added]
    holds_self = any("you" in m.holds for m in counted if m.time == "peak" and not m.added)
    top = max(periods, default=0)
    peak = bool(periods or added)
    if holds_self and singles:
        top -= 0  # the period's number already holds you; singles are added to the steady crew
    return singles + max(steady + added, top), peak


def _cased(words: str) -> str:
    """WORDS with the abbreviations of parties in capitals: "the GC's super"."""
    return re.sub(r"\b(gc|wcb|ohs|acsa|esc)\b", lambda m: m.group(1).upper(), words)


def _and_names(names: list[str]) -> str:
    """NAMES in plain words: "you, your wife and 7 employees"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _named(m: Mention) -> str:
    return m.who if m.single or m.who.startswith("of ") else f"{m.count} {m.who}"


def _held_in(who: str, names: list[str]) -> str:
    """WHO with NAMES said to be in it: "8 people (you and the owner included)"."""
    names = [n for n in names if f"{n} included" not in who and f" {n} and" not in who]
    if not names:
        return who
    if who.split(" (")[0] == "others" and any(n.split(" (")[0] == "you" for n in names):
        who = "people" + who.removeprefix("others")  # "we are 7 with me": you are no other
    if who.endswith(" included)"):
        return f"{who.removesuffix(' included)')} and {' and '.join(names)} included)"
    return f"{who} ({' and '.join(names)} included)"


def _head(who: str) -> list[str]:
    """The words that name the people of WHO, the last one singular, without a determiner:
    "9 carpenters on staff" -> ["carpenter"], "the new guy" -> ["new", "guy"]."""
    words = who.split(" (")[0].split()
    for stop in ("in", "on", "at", "from", "who", "that"):
        if stop in words[1:]:
            words = words[: words.index(stop, 1)]
    while words and words[0] in ("the", "your", "his", "her", "their", "a", "an"):
        words = words[1:]
    if not words:
        return [""]
    head = words[-1]
    return [*words[:-1], head[:-1] if head.endswith("s") and not head.endswith("ss") else head]
