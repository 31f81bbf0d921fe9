"""What a question about Energy Safety Canada's SECOR asks for, answered by ESC's own rules.

A question that names Energy Safety Canada (or a term only its program uses: the Safety
Program Development course, MECOR, its audit protocol) asks for one or
more *attributes* of ESC's program: the assessor's course, the refresher, the days on
site and to deliver, the pass mark, the time for corrections, the due date, what a
consultant may do, the fees, what happens after the audit, growing past 10 ... Each
attribute is read from the shape of the question (what is asked, not what is mentioned:
"on an esc binder audit" names the kind of audit, "can my consultant fill out the
questions" is what is asked), and each is held by one of ESC's facts.

The answer gives ESC's facts for every attribute asked, in the order asked, labelled as
Energy Safety Canada's, then ACSA's side on the same things (or that ACSA's pages are
silent, with the COR department's contact). A question that asks whether ACSA does the
same, or that does not name ESC but asks in words only ESC's rule uses ("the on-site part
of the audit"), gets ACSA's side first and ESC's rule as a labelled aside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.answers import (
    ESC_ASIDE,
    MAX_ANSWER_CHARS,
    Answer,
    cut_at_sentence,
    limit_answer,
    silent_sentence,
)
from bot.mentions import LIMIT
from knowledge.facts import Citation, citation, fact

_I = re.IGNORECASE
GROWTH = "growing past 10"
_MAINTENANCE = re.compile(r"\bmaintenance\b", re.IGNORECASE)
# Energy Safety Canada named, or a term only its program uses (a binder or a refresher's name
# may be asked of ACSA: "is oilfield driver awareness a refresher" gets ACSA's side first).
_NAMES_ESC = re.compile(
    r"\b(?:energy safety canada|enform|esc|mecor|medium employer)(?:'s)?\b|"
    r"\bsafety program development\b|"
    r"\baudit protocol\b",
    _I,
)
# The question asks whether ACSA does the same: ACSA's side comes first.
# (a comparison, "is ESC's course the same as ACSA's", is about ESC: ESC's rule first).
_ASKS_ACSA = re.compile(
    r"\b(?:does|do|will|would|did) acsa\b|\bacsa (?:require|need|want|ask|use|follow|"
    r"accept)s?\b|\b(?:apply|applies) (?:to|for|at|with) (?:acsa|us)\b|"
    r"(?<!not )\b(?:with|through|under|via) acsa\b|\bacsa members?\b",
    _I,
)
# A number of people written out: a count that is the question's point ("our office manager"
# alone is one person named, not a head count asked about; a calendar year counts no one).
_NUMBER = re.compile(
    r"\b(?!(?:19|20)\d\d\b)\d+\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|twenty|dozen)\b",
    _I,
)
# The question is about ACSA's own evaluation ("our ACSA QA review"): no ESC rule is asked.
_ACSA_ONLY = re.compile(r"\bacsa\b", _I)
# Taking a course, and ESC's assessor course named ("SPD" is how employers shorten it).
_TAKES = r"(?:tak(?:e|es|ing)|took|attend\w*|go(?:es|ing)? (?:to|on)|sit(?:s|ting)?|do(?:es|ing)?)"
_TAKES_WHO = r"(?:tak(?:e|es|ing)|took|attend\w*|go(?:es|ing)? (?:to|on)|sit(?:s|ting)?)"
_COURSE = r"(?:safety program development|spd|(?:the |that |this )?(?:course|class|training))\b"
# Words that submit, send or deliver an audit.
_DELIVER = r"(?:submit\w*|send|sent|get (?:it|them|the \w+) (?:to|in)|deliver\w*|finish\w*|"
_DELIVER += r"complet\w*|hand\w* in|on ?site|onsite|registration|register\w*|binder|online)"


@dataclass(frozen=True)
class EscAttribute:
    """One thing a question may ask about ESC's program, and the facts on each side."""

    name: str
    asks: re.Pattern[str]
    esc_facts: tuple[str, ...]
    intent: str
    acsa_facts: tuple[str, ...] = ()
    acsa_silent: str = ""
    # attributes this one, more specific, answers instead when both are read
    supersedes: tuple[str, ...] = ()
    # words only ESC's rule uses ("the on-site part of the audit", "once registration is
    # approved"): asked without naming ESC, ACSA's side comes first and ESC's rule follows
    esc_terms: re.Pattern[str] | None = None


# The training ACSA's SECOR asks of a company (not only of its assessor): "what training does
# ACSA want that ESC didn't", "which courses will ACSA need from us once we move over".
_TRAINING = r"(?:training|courses?|tickets?)"
_WANTS = r"(?:want|need|require|ask|expect)s?"
ACSA_TRAINING = re.compile(
    r"^(?![\s\S]*\bassessor)[\s\S]*?(?:"
    rf"\b{_TRAINING}\b[^.?!]{{0,40}}\bacsa\b[^.?!]{{0,12}}\b{_WANTS}\b|"
    rf"\bacsa\b[^.?!]{{0,12}}\b{_WANTS}\b[^.?!]{{0,40}}\b{_TRAINING}\b|"
    rf"\b(?:what|which)\b[^.?!]{{0,20}}\b{_TRAINING}\b[^.?!]{{0,40}}\b(?:for|at|with|under|by|"
    r"from) acsa\b)",
    _I,
)

ATTRIBUTES: tuple[EscAttribute, ...] = (
    EscAttribute(
        "ACSA's courses",
        ACSA_TRAINING,
        ("esc-training",),
        "esc_training",
        acsa_facts=("step-courses", "assessor-who"),
        supersedes=("assessor course",),
    ),
    EscAttribute(
        "assessor course",
        re.compile(
            r"\b(?:what|which|whats|what's)\s+(?:\w+\s+){0,3}?(?:course|training|class|"
            r"ticket|certificat\w*)s?\b|\b(?:course|training|class)\b.{0,40}\b(?:called|"
            r"named|name|required|requirements?|need\w*|have to|must|supposed|before)\b|"
            r"\bsafety program development\b|\bassessor\b.{0,50}\b(?:course|training|class|"
            r"trained|qualif\w*)\b|\b(?:course|training|class|qualif\w*)\b.{0,50}\bassessor\b|"
            # what is asked of the assessor: "what does ESC want from our assessor"
            r"\b(?:want|need|require|expect|ask)\w* (?:from|of) (?:our|the|an?|their|my) "
            r"(?:\w+ )?assessor\b|\bassessor(?:'s|s')? requirements?\b|\brequirements? "
            r"(?:for|of) (?:our|the|an?|my|their) (?:\w+ )?assessor\b",
            _I,
        ),
        ("esc-training",),
        "esc_training",
        acsa_facts=("assessor-who",),
    ),
    EscAttribute(
        "who may be the assessor",
        re.compile(
            r"\bwho (?:can|could|may|should|is allowed to|must|has to|gets to) (?:be|act as|do|"
            r"fill|complete|sign)\b.{0,30}\b(?:assessor|audit|protocol)\b|\b(?:can|could|may) "
            r"(?:i|we|he|she|they|(?:my|our|the|an?) (?:\w+ )?\w+)\s+(?:be|act as) "
            r"(?:the |our )?assessor\b|"
            # who takes the assessor's course: "who should be the one taking Safety Program
            # Development", "can we send our newest hand to SPD", "should the owner do it"
            rf"\bwho\b.{{0,40}}\b{_TAKES_WHO}\b.{{0,30}}\b{_COURSE}|"
            rf"\b(?:send|sign(?:ing)? up|register|enrol+)\b.{{0,40}}\b(?:to|for|in|into|on)\b "
            rf"(?:the |that |this )?{_COURSE}|"
            rf"\b(?:can|could|should|may|must)\b (?:i|we|(?:my|our|the) (?:\w+ ){{0,2}}\w+) "
            rf"(?:be the one (?:to )?)?{_TAKES}\b.{{0,15}}\b{_COURSE}",
            _I,
        ),
        ("esc-assessor-who", "esc-training"),
        "assessor",
        acsa_facts=("assessor-who",),
        supersedes=("assessor course",),
    ),
    EscAttribute(
        "refresher",
        re.compile(
            r"\brefresher\b|\b(?:three|3)\+? (?:or more )?years?\b.{0,40}\b(?:since|ago|"
            r"later|after|passed|gone by)\b|\b(?:since|ago)\b.{0,30}\b(?:three|3) years\b|"
            r"\b(?:expir\w*|renew\w*|re-?take|out of date|lapsed?|still (?:valid|good|current)"
            r")\b.{0,40}\b(?:course|training)\b|\b(?:course|training)\b.{0,40}\b(?:expir\w*|"
            r"renew\w*|out of date|lapsed?|still (?:valid|good|current))\b|"
            r"\bevery (?:3|three) years\b",
            _I,
        ),
        ("esc-training",),
        "esc_training",
        acsa_facts=("continuing-education",),
    ),
    EscAttribute(
        "cancelled course",
        re.compile(r"\bcancel\w*\b", _I),
        ("esc-refresher-cancelled",),
        "esc_training",
        acsa_silent="what to do when a course you signed up for is cancelled",
        supersedes=("assessor course", "refresher"),
    ),
    EscAttribute(
        "days to deliver",
        re.compile(
            rf"\bhow (?:many|much) (?:days|time|weeks)\b|\bhow long\b.{{0,40}}\b{_DELIVER}|"
            rf"\b{_DELIVER}\b.{{0,40}}\bhow long\b|\bdays?\b.{{0,30}}\b{_DELIVER}|"
            r"\bhow long (?:does|will|would) (?:it|that|this) (?:take|last)\b|"
            r"\bon ?site\b|\bonsite\b|\btime ?(?:lines?|frames?|limits?)\b|\bwindows?\b",
            _I,
        ),
        ("esc-submission-windows",),
        "deadlines",
        acsa_silent="how many days you have to submit or to send corrections",
        esc_terms=re.compile(
            r"\bon[- ]?site (?:part|portion|phase|days?|period)\b|\bdays? on[- ]?site\b|"
            r"\bregistration (?:is |was |gets |has been )?approved\b|\bonce (?:we(?:'re| are)|"
            r"i(?:'m| am)) registered\b",
            _I,
        ),
    ),
    EscAttribute(
        "corrections",
        re.compile(r"\bcorrect(?:ions?|ed|ing)\b|\bdeficienc\w*\b|\bfix(?:es|ed|ing)?\b", _I),
        ("esc-submission-windows",),
        "deadlines",
        acsa_facts=("qa-analyst",),
        acsa_silent="a time limit for sending corrections",
        # the same fact, what ACSA is silent on narrower; "after their QA review" is when
        supersedes=("days to deliver", "review"),
    ),
    EscAttribute(
        "pass mark",
        re.compile(
            r"\bscor(?:e|es|ed|ing)\b|\bpass(?:ing)? (?:mark|grade|rate|percent\w*)\b|"
            r"\b\d{2} ?(?:%|percent)|\bpercent(?:age)?\b|\bminimum (?:mark|grade)\b|"
            r"\bneed(?:ed)? to pass\b|\bhow (?:do|does) (?:we|i|it|an? \w+) pass\b",
            _I,
        ),
        ("esc-scoring",),
        "scoring",
        acsa_facts=("qa-analyst",),
        acsa_silent="what pass mark ACSA uses for SECOR",
    ),
    EscAttribute(
        "due date",
        re.compile(
            r"\bdue\b|\bdeadlines?\b|\banniversary\b|\blate\b|\bjan(?:uary)?\.? ?\d{1,2}\b|"
            r"\bquarters?\b|\bgrace\b|\bextension\b|\bwhen (?:does|do|is|must|should|has) "
            r"(?:\w+ ){0,4}(?:audit|maintenance)\b",
            _I,
        ),
        ("esc-timeframes",),
        "deadlines",
        acsa_facts=("validity",),
        acsa_silent="when your yearly maintenance or recertification is due, or any grace period",
    ),
    EscAttribute(
        "consultant",
        re.compile(
            r"\b(?:can|could|may|is|are|does|do|let|have|has|get)\b.{0,20}\bconsultants?\b|"
            r"\b(?:consultants?|contractors?)\b.{0,30}\b(?:do|does|fill|help|assist|complete|"
            r"write|allowed|permitted|handle|role|"
            r"sign|submit|prepare|package|organi[sz]e)\w*\b|"
            r"\bcontractors? (?:to )?(?:help|assist|do|fill|complete|write)\b|"
            r"\b(?:someone|somebody|anyone) (?:else|outside)\b.{0,30}\b(?:fill|do|complete|"
            r"write)\b|\bfill(?:s|ing)? (?:out|in)\b.{0,30}\b(?:audit|questions|protocol)\b|"
            # the one asking is the consultant: "as a consultant ..., what am I allowed to do"
            r"\b(?:as|i'?m|i am) (?:a|an|the|their) (?:\w+ )?consultant\b.{0,80}\b(?:allowed|"
            r"permitted|able|can i|may i|what (?:can|may|do) i)\b",
            _I,
        ),
        ("esc-consultant",),
        "consultant",
        acsa_facts=("assessor-who", "assessor-external-payroll"),
        acsa_silent="what a hired consultant may or may not do",
        # "on an ESC SECOR Online audit" names the kind of audit, not how to submit it
        supersedes=("how to submit",),
    ),
    EscAttribute(
        # whether the assessor still approves or signs what another prepared: ESC's
        # consultant rule says the assessor reviews, approves and signs off the binder audit
        "assessor sign-off",
        re.compile(
            r"\bassessors?\b.{0,40}\b(?:approv\w*|sign(?:s|ed|ing)?(?! up\b| in\b| on\b)|"
            r"ok(?:s|ed|ay)?|check\w* over)\b|"
            r"\b(?:approv\w*|sign\w* off|signature)\b.{0,60}\bassessors?\b",
            _I,
        ),
        ("esc-consultant",),
        "consultant",
        acsa_facts=("assessor-who",),
        acsa_silent="what a hired consultant may or may not do",
        supersedes=("review", "how to submit"),
    ),
    EscAttribute(
        "fees",
        re.compile(r"\bfees?\b|\bpa(?:y|ys|ying|yment|yments|id)\b|\binvoice\b|\bcheque\b", _I),
        ("esc-fees",),
        "esc_submission",
        acsa_silent="who pays or what a SECOR costs",
        supersedes=("consultant",),  # "can my consultant pay": the consultant is who pays
    ),
    EscAttribute(
        GROWTH,
        re.compile(
            r"^(?=.*\b(?:grow\w*|grew|hired|picked up|now (?:at|up to)|went (?:up|over)|"
            r"exceed\w*|(?:over|above|past|more than|beyond) (?:10|ten)|bigger|(?:1[1-9]|[2-9]\d) "
            r"(?:employees|people|workers|staff|guys))\b)(?=.*\b(?:maintenance|certification|"
            r"still (?:accept|take)|what happens|move|mecor|small employer)\b)",
            _I | re.DOTALL,
        ),
        ("esc-growth",),
        "growth",
        acsa_facts=("headcount-limit", "headcount-over-ten-cor"),
    ),
    EscAttribute(
        "assessor leaving",
        re.compile(
            r"\bassessor\b.{0,60}\b(?:leav\w*|left|quit\w*|retir\w*|gone|fired|resign\w*|"
            r"moved (?:on|away)|passed away|let go)\b|\bassessor\b.{0,80}\breplac\w* (?:him|her|"
            r"them)\b|\breplac\w*\b.{0,30}\bassessor\b|\bassessor\b.{0,30}\breplac\w*\b|"
            r"\bnew assessor\b|\bassessor\b.{0,60}\b(?:handed in|gave|giving|gives|put in|"
            r"puts in)(?: (?:her|his|their|a|in|in (?:her|his|their)))? (?:notice|resignation)\b",
            _I,
        ),
        ("esc-assessor-replacement",),
        "assessor_leaves",
        acsa_facts=("assessor-who",),
        acsa_silent="how soon a departing assessor must be replaced",
        supersedes=("days to deliver", "assessor course", "due date"),
    ),
    EscAttribute(
        "review",
        re.compile(
            r"\breview(?:s|ed|ing)?\b(?!.{0,30}\bkeep)|\bqa\b(?!.{0,30}\bkeep)|"
            r"\bquality assurance\b|\bwhat happens (?:after|next|once|then)\b|"
            r"\b(?:after|once) (?:we|i|you) (?:submit|send)\w*\b.{0,60}\b(?:what|who|then|"
            r"next)\b|\bautomatic\w*\b|\bwho (?:checks|looks at|issues|gives|sends)\b|"
            r"\bhear back\b|"
            # who says whether it passed: "who tells us if our audit passed", "will they let us
            # know the result"
            r"\bwho (?:tells|informs|notifies|lets|will (?:tell|inform|let|notify))\b|"
            r"\b(?:tell|inform|notify|let)\w* (?:us|me|you|the employer)\b.{0,30}\b(?:pass\w*|"
            r"fail\w*|results?|outcome)\b|"
            # how the certificate reaches the employer ("do they mail the certificate")
            r"\b(?:get|gets|receiv\w*|mail\w*|send\w*|sent|issu\w*|giv\w*|provid\w*)\b.{0,25}"
            r"\bcertificates?\b|\bcertificates?\b.{0,25}\b(?:mailed|sent|issued|arriv\w*)\b",
            _I,
        ),
        ("esc-after-audit",),
        "qa_review",
        acsa_facts=("qa-analyst", "certificate-issuer"),
    ),
    EscAttribute(
        "records kept",
        re.compile(
            r"\b(?:keep\w*|hang\w* on to|hold\w* on to|hold\w* onto|retain\w*|stor(?:e|es|ed|ing))"
            r"\b.{0,30}\b(?:cop(?:y|ies)|reviews?|records?|action plans?|qa)\b|"
            r"\bhow long\b.{0,40}\b(?:keep\w*|kept|hang\w* on|hold\w* on|retain\w*|"
            r"stor(?:e|es|ed))\b|\b(?:reviews?|cop(?:y|ies)|action plans?)\b.{0,30}\b(?:kept|"
            r"held|retained|stored|on file)\b",
            _I,
        ),
        ("esc-qa",),
        "qa_review",
        acsa_facts=("qa-analyst",),
        acsa_silent="how long ACSA keeps its reviews",
        supersedes=("review", "days to deliver"),
        esc_terms=re.compile(
            r"\b(?:qa|quality assurance) reviews?\b|\baction plans?\b.{0,30}\b(?:kept|keep)", _I
        ),
    ),
    EscAttribute(
        "how to submit",
        re.compile(
            r"\bhow (?:do|can|should|to|would) (?:we |i )?(?:submit|send|hand in|get it to)\b|"
            r"\b(?:mail|courier|post)(?:ed|ing)?\b(?!.{0,25}\bcertificates?\b)|"
            r"\bonline (?:submission|option|audit)s?\b|"
            r"\bbinders?\b.{0,40}\b(?:ok|okay|allowed|accepted|option|still|include|send|"
            r"submit)\b|\bways? to submit\b|\bwhat (?:goes|do (?:we|i) (?:include|send|put))\b|"
            r"\b(?:submit|send)\b.{0,20}\b(?:binders?|on paper|paper)\b|"
            # what goes with the audit: "do we attach an action plan for last report's gaps"
            r"\b(?:attach|include|add|need)\w*\b.{0,20}\baction plans?\b|"
            r"\baction plans?\b.{0,40}\b(?:report|binder|audit)\b",
            _I,
        ),
        ("esc-submission-options",),
        "esc_submission",
        acsa_facts=("submit-electronic-only", "submit-how"),
    ),
    EscAttribute(
        "early recertification",
        re.compile(
            r"\b(?:redo|re-?do|early|earlier|sooner|ahead of time)\b.{0,50}\b(?:recertif\w*|"
            r"re-?certif\w*|full audit|certification audit)\b|\b(?:recertif\w*|re-?certif\w*)"
            r"\b.{0,40}\b(?:early|earlier|sooner|instead of (?:the |a |our )?maintenance)\b",
            _I,
        ),
        ("esc-early-recert",),
        "deadlines",
        acsa_facts=("validity",),
        acsa_silent="whether a company may recertify early, during a maintenance year",
    ),
    EscAttribute(
        "a year in place",
        re.compile(
            r"\bfull year\b|\bone[- ]year secor\b|\b(?:a|one) year of (?:records|documentation|"
            r"paperwork)\b|\b(?:12|twelve) months? of (?:records|documentation|paperwork)\b|"
            r"\bhow long\b.{0,30}\b(?:program|system)\b.{0,20}\b(?:in place|running|going)\b|"
            r"\b(?:just|only) (?:started|set up)\b|"
            # something short of the full year: "any option in between", "an interim cert"
            r"\b(?:in[- ]between|interim|temporary|provisional|stop-?gap|shorter)\b.{0,25}\b(?:"
            r"options?|certificates?|certs?|secor|routes?|paths?|programs?)\b|\b(?:options?|"
            r"certificates?|certs?|secor|routes?)\b.{0,20}\b(?:in[- ]between|interim|temporary|"
            r"provisional|for (?:now|the meantime)|in the meantime)\b|"
            # a system in place some months, asked of: "our system has only been running 6
            # months", "the program is four months old"
            r"\b(?:system|program|programme|hsms)\b.{0,40}\b(?:\d+|one|two|three|four|five|six|"
            r"seven|eight|nine|ten|eleven|a few|few|a couple of|couple of)\s+months?\b|"
            r"\b(?:running|in place|implemented|operating|going|set up|used)\b.{0,30}\b(?:a|one|"
            r"full|whole) year\b|\b(?:a|one|full|whole) year\b.{0,30}\b(?:running|in place|"
            r"implemented|operating|of use)\b",
            _I,
        ),
        ("esc-one-year-system",),
        "documentation",
        acsa_facts=("step-documentation",),
    ),
    EscAttribute(
        "certified auditor",
        re.compile(r"\bcertified (?:external )?auditors?\b|\bauditor (?:credentials|ticket)\b", _I),
        ("esc-auditor-scope", "esc-training"),
        "esc_training",
        acsa_facts=("assessor-who",),
        esc_terms=re.compile(r"\bcertified (?:external )?auditors?\b", _I),
    ),
    EscAttribute(
        "who counts",
        re.compile(
            r"\bwho counts\b|\bcount(?:s|ed|ing)?\b.{0,40}\b(?:owners?|wcb|employees|staff|"
            r"people|office|guys)\b|\b(?:owners?|wcb|office|guys)\b.{0,40}\bcount(?:s|ed)?\b|"
            r"\b(?:how many|max\w*|limit|cap)\b.{0,30}\b(?:employees|people|workers|staff)\b|"
            r"\bsize (?:rule|limit)\b",
            _I,
        ),
        ("esc-headcount",),
        "eligibility",
        acsa_facts=("headcount-limit", "headcount-who-counts"),
    ),
)


def names_esc(question: str) -> bool:
    """Whether QUESTION names Energy Safety Canada or a term only its program uses."""
    return bool(_NAMES_ESC.search(question))


# A sentence's end: a message is a story of statements and the sentences that ask.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


# The message asks of two companies or organisations at once ("for each one", "both
# companies", "under each organisation", "a separate company").
_EACH = re.compile(
    r"\b(?:for|under|with|in|of) (?:each|both)\b|\beach (?:one|company|business|outfit|"
    r"organi[sz]ation|side|program)\b|\bboth (?:companies|businesses|outfits|organi[sz]ations|"
    r"of them|sides|programs)\b|\b(?:two|2|separate|second|other|sister) (?:-?companies|"
    r"compan(?:y|ies)|business(?:es)?|outfits?)\b|\btwo-company\b|\beach\b.{0,20}\?",
    _I,
)


def two_organisations(message: str) -> bool:
    """Whether MESSAGE tells of a company with each organisation and asks of both ("an ACSA
    renovation company and an oilfield one with Energy Safety Canada: for each, ...")."""
    return names_esc(message) and bool(_ACSA_ONLY.search(message) and _EACH.search(message))


def asking_sentences(message: str) -> str:
    """The sentences of MESSAGE that ask (end with "?", and the last, where a message split
    into its questions ends), joined; the whole message when it is one sentence."""
    sentences = [s for s in _SENTENCE_END.split(message.strip()) if s]
    asking = [s for s in sentences[:-1] if s.rstrip().endswith("?")] + sentences[-1:]
    return " ".join(asking) if asking and len(asking) < len(sentences) else message


def count_in_story(message: str) -> bool:
    """Whether the numbers of MESSAGE are all told in its statements, none in the sentences
    that ask ("We're a five-man wellsite crew. Which courses count?"): the people counted are
    context of the story, not what is asked."""
    asking = asking_sentences(message)
    return asking != message and _NUMBER.search(asking) is None


# A role the story names, which "she", "he" or "they" in the question then stands for.
_ROLE = re.compile(r"\b(consultant|contractor|assessor|auditor)s?\b", _I)
_PRONOUN = re.compile(r"\b(?:she|he|they)\b", _I)


def _referent_named(asking: str, story: str) -> str:
    """ASKING with its first "she", "he" or "they" replaced by the role STORY named last ("We
    use a consultant ... What is she allowed to do?" asks what the consultant may do)."""
    roles = _ROLE.findall(story)
    pronoun, named = _PRONOUN.search(asking), _ROLE.search(asking)
    if not roles or pronoun is None or (named is not None and named.start() < pronoun.start()):
        return asking
    return f"{asking[: pronoun.start()]}the {roles[-1].lower()}{asking[pronoun.end() :]}"


# A person described by what they do for the audit: "the guy who did our ESC audits",
# "whoever fills out our protocol", "the lady that handled the SECOR assessment" is the
# assessor of ESC's procedure (the one who conducts the audit and submits it).
_DESCRIBED_ASSESSOR = re.compile(
    r"\b(?:the |our |a |my )?(?:guy|gal|fellow|fella|man|woman|lady|person|one|employee|"
    r"worker|foreman|individual|someone|somebody|girl|dude|chap)\s+(?:who|that)\s+"
    r"(?:(?:used to|always|usually|had|has|would|was)\s+)?(?:did|does|do|done|doing|fills?|"
    r"filled|filling|completes?|completed|handles?|handled|ran|runs|wrote|writes|prepared|"
    r"prepares|signs?|signed|conducted|conducts)\s+(?:in |out |up )?(?:all )?(?:of )?"
    r"(?:our|the|their|your|every)?\s*(?:esc |energy safety canada |enform )?(?:secor )?"
    r"(?:audits?|assessments?|evaluations?|protocols?)\b|"
    r"\bwhoever (?:did|does|do|fills?|filled|completes?|completed|handles?|handled|ran|runs)\s+"
    r"(?:in |out )?(?:our|the|their)\s+(?:esc |energy safety canada )?(?:secor )?(?:audits?|"
    r"assessments?|evaluations?|protocols?)\b",
    _I,
)


# Someone hired from outside to help, described: "our hired safety guy from outside the
# company", "an outside safety person", "the external help" is a consultant/contractor of
# ESC's procedure.
_DESCRIBED_CONSULTANT = re.compile(
    r"\b(?:our |the |a |an )?(?:hired|outside|external|third[- ]party)\s+(?:safety\s+)?"
    r"(?:guy|gal|person|help|helper|advis[eo]r|expert|pro)\b(?:\s+from (?:outside|out of house)"
    r"(?: (?:the|our) company)?)?",
    _I,
)


def roles_named(text: str) -> str:
    """TEXT with a person described by the audit work they do named as the assessor ("the
    guy who did our ESC audits left" says the assessor left), and one hired from outside to
    help named as the consultant."""
    text = _DESCRIBED_ASSESSOR.sub("the assessor", text)
    return _DESCRIBED_CONSULTANT.sub("the consultant", text)


# The roles of ESC's procedure a sentence may name: the one asked about is the asking
# sentences' ("a consulting company ... what does ESC want from our assessor" asks of the
# assessor, though the story tells of consultants).
_ASSESSOR_ROLE = re.compile(r"\bassessors?\b|\bsafety program development\b|\bspd\b", _I)
# (a pronoun in the question may be the consultant: "I'm helping as a consultant. Do I need
# the training myself?")
_CONSULTANT_ROLE = re.compile(
    r"\b(?:consultants?|contractors?|she|her|he|him|i|me|myself|herself|himself)\b", _I
)


# The assessor's own rules: read from the question, a consultant told of in the story yields.
_ASSESSOR_RULES = frozenset({"assessor course", "who may be the assessor", "assessor leaving"})


def _told_role_only(attribute: EscAttribute, position: int, story_end: int, asking: str) -> bool:
    """Whether ATTRIBUTE (a consultant's rule) was read at POSITION in the story only (before
    STORY_END), while the sentences that ask (ASKING) name the assessor and no consultant, and
    ask one of the assessor's own rules."""
    return (
        attribute.name == "consultant"
        and position < story_end
        and bool(_ASSESSOR_ROLE.search(asking))
        and not _CONSULTANT_ROLE.search(asking)
        and any(a.asks.search(asking) for a in ATTRIBUTES if a.name in _ASSESSOR_RULES)
    )


def asked_attributes(question: str) -> list[EscAttribute]:
    """The attributes of ESC's program QUESTION asks about, in the order it asks them: read
    from the whole message (its story may say what is asked: "we started our program seven
    months ago. can we get it yet?") and from the sentences that ask with "she", "he" or
    "they" read as the role the story named ("We use a consultant. What is she allowed to
    do?"); the more specific attributes are kept."""
    found: list[tuple[int, int, EscAttribute]] = []
    question = roles_named(question)
    asking = asking_sentences(question)
    story_end = len(question) - len(asking) if asking != question else 0
    texts = [question]
    if asking != question:
        resolved = _referent_named(asking, question[: question.find(asking[:20])])
        if resolved != asking:
            texts.append(resolved)
    for order, attribute in enumerate(ATTRIBUTES):
        for text in texts:
            match = attribute.asks.search(text)
            if match is not None:
                if text is question and _told_role_only(
                    attribute, match.start(), story_end, asking
                ):
                    break  # a role the story tells of, not the one asked about
                found.append((match.start() if match.group(0) else 0, order, attribute))
                break
    ordered = [a for _, _, a in sorted(found, key=lambda t: (t[0], t[1]))]
    superseded = {name for a in ordered for name in a.supersedes}
    return [a for a in ordered if a.name not in superseded]


def esc_asked_answer(
    question: str, people: int | None = None, confidence: float = 1.0
) -> Answer | None:
    """ESC's rules on what QUESTION asks about its program, labelled, with ACSA's side;
    None when it does not name Energy Safety Canada or asks nothing its facts hold.

    PEOPLE, the head count read from the question: a count is the question's point (the
    verdict answers it) unless what is asked is ESC's rule for growing past 10.
    """
    if not names_esc(question):
        return _unnamed(question, people, confidence)
    attributes = asked_attributes(question)
    names = {a.name for a in attributes}
    # a count is the question's point unless the story tells it and the sentences that ask
    # do not (within the limit: over it, the verdict and ESC's rule past 10 answer)
    told = (
        people is not None
        and people <= LIMIT
        and count_in_story(question)
        and not _ACSA_ONLY.search(question)  # (asked of ACSA too: its verdict answers)
    )
    if two_organisations(question):  # each company's people are its own: no total asked
        return compose_both(attributes, confidence, esc_first=_esc_named_first(question))
    counted = people is not None and _NUMBER.search(question) is not None and not told
    if counted and people is not None and people > LIMIT and not _MAINTENANCE.search(question):
        # over 10 and asked of ESC: its rule past 10 (MECOR or COR) is the answer
        attributes = [a for a in ATTRIBUTES if a.name == GROWTH]
        names = {GROWTH}
    if not attributes or (counted and GROWTH not in names):
        return None
    if counted and people is not None and people > LIMIT and _MAINTENANCE.search(question):
        return None  # over 10 in an ESC maintenance year: the verdict says ESC's "yes" first
    if "who counts" in names and (len(attributes) > 1 or limit_answer(question, confidence)):
        # a count in passing, or the limit of both organisations (``limit_answer``'s)
        attributes = [a for a in attributes if a.name != "who counts"]
        if not attributes:
            return None
    answer = compose_esc(attributes, confidence, acsa_first=bool(_ASKS_ACSA.search(question)))
    due = anniversary_due(question) if "due date" in names else ""
    if due:
        text = f"{due} {answer.answer}"
        answer = replace(
            answer, answer=cut_at_sentence(text, MAX_ANSWER_CHARS) or text[:MAX_ANSWER_CHARS]
        )
    if people is not None and GROWTH not in names and "who counts" in names:
        # "it's me and 9 employees. owners don't count for ESC, do they?": the rule, applied
        return replace(answer, answer=f"{_verdict(people)} {answer.answer}"[:MAX_ANSWER_CHARS])
    if people is None or GROWTH not in names:
        return answer
    lead = f"I count {people} {'person' if people == 1 else 'people'}."
    return replace(answer, answer=f"{lead} {answer.answer}"[:MAX_ANSWER_CHARS])


def _verdict(people: int) -> str:
    """The head-count verdict for PEOPLE counted, said before who counts."""
    said = f"I count {people} {'person' if people == 1 else 'people'}"
    if people <= LIMIT:
        return f"{said}: within the limit of {LIMIT}, so by head count you qualify."
    return f"{said}: over the limit of {LIMIT}, so by head count you do not qualify."


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?P<{}>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?\b"
# The certificate's anniversary with its date: "our ESC anniversary is Feb 3", "anniversary
# date of August 14th", "our cert anniversary falls on the 9th of May", "a May 9 anniversary".
_ANNIVERSARY = re.compile(
    r"\banniversary\b(?: date)?(?:\s*[:=]|'s|\s+(?:is|was|falls|lands|comes|of|on))*"
    r"(?:\s+(?:on|in|around|about))?\s+"
    + f"(?:{_MONTH.format('month')}\\s+{_DAY.format('day')}|(?:the\\s+)?{_DAY.format('day2')}"
    + f"\\s+of\\s+{_MONTH.format('month2')})|\\b{_MONTH.format('month3')}\\s+"
    + f"{_DAY.format('day3')}(?:\\s+(?:esc|secor|cert\\w*))*\\s+anniversary\\b",
    _I,
)
_QUARTER_ENDS = ("March 31", "June 30", "September 30", "December 31")
_QUARTER_NAMES = ("first", "second", "third", "fourth")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")  # fmt: skip


def anniversary_due(question: str) -> str:
    """ESC's due date for the anniversary QUESTION states ("our ESC anniversary is Feb 3"):
    the anniversary or the end of the quarter it falls in (esc-timeframes); empty when no
    date of the anniversary is stated."""
    found = _ANNIVERSARY.search(question)
    if found is None:
        return ""
    groups = found.groupdict()
    month = next(groups[k] for k in ("month", "month2", "month3") if groups[k])
    day = int(next(groups[k] for k in ("day", "day2", "day3") if groups[k]))
    number = _MONTHS.index(month[:3].lower())
    if not 1 <= day <= 31:
        return ""
    quarter = number // 3
    said = f"{_MONTH_NAMES[number]} {day}"
    december = (
        " (a December anniversary must be in before the year ends)"
        if number == len(_MONTHS) - 1
        else ""
    )
    end = _QUARTER_ENDS[quarter]
    by = f"{said}, the end of that quarter" if said == end else f"{said} or by the end of that "
    by += "" if said == end else f"quarter, {end}"
    return (
        f"Your anniversary, {said}, falls in the {_QUARTER_NAMES[quarter]} quarter, so under "
        f"Energy Safety Canada's procedure the maintenance audit is due by {by}{december}."
    )


def _unnamed(question: str, people: int | None, confidence: float) -> Answer | None:
    """ACSA's side then ESC's rule, labelled, for a question that does not name ESC but asks
    about what only ESC's rule speaks of, in its words ("how many days for the on-site part
    of the audit"); None otherwise."""
    counted = people is not None and _NUMBER.search(question) is not None
    if counted or _ACSA_ONLY.search(question):
        return None
    attributes = [
        a for a in asked_attributes(question) if a.esc_terms and a.esc_terms.search(question)
    ]
    return compose_esc(attributes, confidence, acsa_first=True) if attributes else None


def esc_message_answer(questions: list[str], people: int | None = None) -> Answer | None:
    """One answer to a message of several QUESTIONS about Energy Safety Canada's program
    ("is the ESC binder route an option, and what are its time limits"), when every one of
    them asks something ESC's facts hold: the attributes of all of them, composed once."""
    if len(questions) < 2:
        return None
    for n, part in enumerate(questions):
        # "she" in a later part is the role an earlier part named ("a consultant helps us.
        # what may she do?")
        resolved = _referent_named(part, " ".join(questions[:n]))
        if not (asked_attributes(part) or asked_attributes(resolved)):
            return None
    return esc_asked_answer(" ".join(questions), people)


def compose_esc(
    attributes: list[EscAttribute], confidence: float, *, acsa_first: bool = False
) -> Answer:
    """ESC's facts of ATTRIBUTES then ACSA's side (ACSA_FIRST: ACSA's side, then ESC's rule
    as a labelled aside), within the length limit: the side asked about is kept whole, the
    other keeps the facts that fit (at least its first)."""
    esc_ids = list(dict.fromkeys(i for a in attributes for i in a.esc_facts))
    acsa_ids = list(dict.fromkeys(i for a in attributes for i in a.acsa_facts))
    silent = list(dict.fromkeys(a.acsa_silent for a in attributes if a.acsa_silent))
    silent_text = _silent(silent)
    room = MAX_ANSWER_CHARS - len(silent_text) - len(ESC_ASIDE) - 40
    if acsa_first:
        esc_ids = _fitting(esc_ids, room - _length(acsa_ids)) or esc_ids[:1]
    else:
        acsa_ids = _fitting(acsa_ids, room - _length(esc_ids))
    esc_text = " ".join(fact(i).statement for i in esc_ids)
    acsa_text = " ".join(fact(i).statement for i in acsa_ids)
    if acsa_first:
        parts = [f"For ACSA's SECOR: {acsa_text}" if acsa_text else "", silent_text,
                 f"{ESC_ASIDE} {esc_text}"]  # fmt: skip
    else:
        parts = [
            f"That is Energy Safety Canada's rule, from its own SECOR procedure: {esc_text}",
            f"For ACSA's SECOR: {acsa_text}" if acsa_text else "",
            silent_text,
        ]
    text = " ".join(p for p in parts if p)
    if len(text) > MAX_ANSWER_CHARS:
        text = text[: MAX_ANSWER_CHARS - 1].rsplit(". ", 1)[0] + "."
    cited = (*acsa_ids, *esc_ids) if acsa_first else (*esc_ids, *acsa_ids)
    return Answer(text, attributes[0].intent, confidence, _cite(cited))


def _esc_named_first(message: str) -> bool:
    """Whether MESSAGE names Energy Safety Canada before ACSA."""
    esc, acsa = _NAMES_ESC.search(message), _ACSA_ONLY.search(message)
    return esc is not None and (acsa is None or esc.start() < acsa.start())


def compose_both(
    attributes: list[EscAttribute], confidence: float, *, esc_first: bool = True
) -> Answer | None:
    """Each organisation's side of ATTRIBUTES for a message about two companies, one with
    each: labelled by the organisation, in the order the message names them, both kept (each
    side keeps the facts that fit in half the room, at least its first). None when ATTRIBUTES
    is empty."""
    if not attributes:
        return None
    esc_ids = list(dict.fromkeys(i for a in attributes for i in a.esc_facts))
    acsa_ids = list(dict.fromkeys(i for a in attributes for i in a.acsa_facts))
    silent = _silent(list(dict.fromkeys(a.acsa_silent for a in attributes if a.acsa_silent)))
    half = (MAX_ANSWER_CHARS - len(silent)) // 2 - 60
    esc_ids = _fitting(esc_ids, half) or esc_ids[:1]
    acsa_ids = _fitting(acsa_ids, half) or acsa_ids[:1]
    esc = "For the company with Energy Safety Canada (its own SECOR procedure): " + " ".join(
        fact(i).statement for i in esc_ids
    )
    acsa = " ".join(
        p
        for p in (
            "For the company with ACSA: " + " ".join(fact(i).statement for i in acsa_ids)
            if acsa_ids
            else "For the company with ACSA:",
            silent,
        )
        if p
    )
    sides = [esc, acsa] if esc_first else [acsa, esc]
    text = "\n\n".join(sides)
    if len(text) > MAX_ANSWER_CHARS:
        text = text[: MAX_ANSWER_CHARS - 1].rsplit(". ", 1)[0] + "."
    cited = (*esc_ids, *acsa_ids) if esc_first else (*acsa_ids, *esc_ids)
    return Answer(text, attributes[0].intent, confidence, _cite(cited))


def _length(ids: list[str]) -> int:
    return sum(len(fact(i).statement) + 1 for i in ids)


def _fitting(ids: list[str], room: int) -> list[str]:
    """The first of IDS whose statements fit in ROOM characters."""
    kept: list[str] = []
    for fact_id in ids:
        size = len(fact(fact_id).statement) + 1
        if size <= room:
            kept.append(fact_id)
            room -= size
    return kept


def _silent(whats: list[str]) -> str:
    if not whats:
        return ""
    if len(whats) == 1:
        return silent_sentence(whats[0])
    return silent_sentence(", ".join(whats[:-1]) + " or " + whats[-1])


def _cite(ids: tuple[str, ...]) -> tuple[Citation, ...]:
    return tuple(dict.fromkeys(citation(fact(i)) for i in ids))
