"""A message that tells its story first and asks last: route by what is asked.

Employers often write a few sentences of context (who they are, how many they are, what
happened last year) before the question. Read whole, the statements' words (people,
family, trades, years) weigh on the intent model as much as the question's, and the
topic chosen answers the story, not the question ("...four carpenters around Airdrie.
How long does it last?" was answered with a head-count verdict).

The general rule: when a message's statements come before its question, the question's
topic is chosen from the question sentences themselves; the statements are context. They
still supply what the question leaves unnamed: the thing "it" stands for ("we got our
SECOR in 2022 ... how long does it last?"), the named course "the course" stands for,
and the year of the cycle ("it's our maintenance year ... what do we send?"). The head
count the statements give is kept for the questions that use it: a question about the
count keeps the reading of the whole message.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.answers import ESC, MAX_ANSWER_CHARS, Answer, cut_at_sentence
from bot.questions import courtesy
from knowledge.facts import Citation

# Sentences: after a full stop, a question mark, an exclamation mark or a colon.
_SENTENCE = re.compile(r"(?<=[.!?:])\s+|\n+")
# A sentence that asks: ends with a question mark or opens as a question ("where do we
# email it", "if they want more, do they ask for it").
_ASKS = re.compile(
    r"^(?:(?:and|also|so|but|ok|okay)\s+)?(?:do|does|did|can|could|is|are|should|will|would|"
    r"must|how|when|where|which|what|who|whose|why|whats|what's|hows|how's|wheres|where's|"
    r"whos|who's|any|if|besides|apart from|other than|is there|are there)\b",
    re.IGNORECASE,
)
# An opening that only announces the questions ("Two questions:", "a couple of things.").
_ANNOUNCES = re.compile(
    r"^(?:(?:i have|i've got|got|just|a|few|quick|couple|of|some|\d|one|two|three|four|five)\s+)"
    r"*(?:questions?|things|items|points|queries)(?:\s+for you)?\s*[:.!]?$",
    re.IGNORECASE,
)
# The question must say this much to be read on its own.
MIN_ASKED_WORDS = 4
# What "it" may stand for, when the statements name it: the certificate, the submission.
_THINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:secor|certificate|cert|certification)\b", re.I), "SECOR"),
    (
        re.compile(r"\b(?:submission|folder|package|evaluation|zip(?:ped)? file)\b", re.I),
        "the submission",
    ),
)
# "it" standing for a thing: the subject after an auxiliary ("how long does it last", "is
# it valid"; not "does it have to be", "does it matter") or the object of a verb that
# takes the certificate or the submission ("keep it", "sending it in", "holding it").
_IT = re.compile(
    r"\b(?:(?<=does )|(?<=is )|(?<=will )|(?<=would )|(?<=did )|(?<=can ))it\b"
    r"(?!\s+(?:have|has|need|needs|matter|mean|make|take|help|hurt|say|work|that|who)\b)|"
    r"\b(?:(?<=keep )|(?<=keeping )|(?<=send )|(?<=sending )|(?<=submit )|(?<=submitting )|"
    r"(?<=hold )|(?<=holding )|(?<=renew )|(?<=renewing )|(?<=lose )|(?<=losing )|"
    r"(?<=mail )|(?<=email )|(?<=get )|(?<=getting )|(?<=having )|(?<=have ))it\b",
    re.I,
)
# The courses named in statements, and "the course" in a question standing for one.
_COURSE_NAMED = re.compile(
    r"\b(?P<name>small employer health (?:and|&) safety management|principles of health "
    r"(?:and|&) safety management|phsm|csts|rsts|ests|pcst|standard first aid|"
    r"emergency first aid|construction safety training system)\b(?: course)?",
    re.I,
)
_THE_COURSE = re.compile(r"\b(?:the|that|this) (?:course|training|ticket)\b", re.I)
# A question that asks whether the count the statements give is within the limit ("can we
# apply now?", "are we ok?", "how do we stand?", "does that matter?"): read whole.
_COUNT_ASKED = re.compile(
    r"\b(?:qualif\w*|eligib\w*|limit|cap|how many|max(?:imum)?|too (?:many|big)|small enough|"
    r"under|over|count(?:s|ed|ing)?|total|numbers?|apply|applying|application|can (?:i|we) "
    r"(?:still )?(?:do|get|go for)|(?:ok|okay|good|fine|alright)\b|allowed|stand|make the cut|"
    r"matters?|problem|secor or cor|cor or secor|small one|work for us)\b",
    re.IGNORECASE,
)
# The year of the cycle the statements name ("it's our maintenance year", "we're in year 2
# of our secor", "our second year after certification"), and the question's own.
# (misspelled as people type it: "maintenence", "maintanence", "maintainance")
_MAINTENANCE = re.compile(
    r"\b(?:maint(?:enance|\.)?|main?t[aei]{1,2}n[aeio]n[cs]e)(?! course)\b|"
    r"\byear (?:2|3|two|three) of\b|\b(?:second|third|2nd|3rd) year (?:of|after|since|in)\b",
    re.I,
)
_RECERTIFICATION = re.compile(r"\b(?:recertif\w*|re-certif\w*|recert)\b", re.I)
# A question whether something holds given the story: "still", "even so", "anyway".
_STILL = re.compile(r"\b(?:still|even so|anyway|regardless)\b", re.IGNORECASE)
# A question that refers to what the statements say rather than naming its own thing: "is
# that right?", "does that mean ...", "true for acsa?", "the new one", "can we send it now?"
# (its answer turns on the story: read whole).
_REFERS_BACK = re.compile(
    r"\b(?:is|does|did|will|would|can|could|was|has)\s+(?:that|this)\b|"
    r"\b(?:that|this)(?:'s|\s+(?:is|was|means?|counts?|matters?|works?|affects?|changes?|"
    r"applies?))\b|\b(?:true|correct|accurate)\b|\b(?:am|are|is) (?:i|we|that|this) right\b|"
    r"\b(?:the|a|that|this) (?:new |old |same |updated |other |first |second )?ones?\b|"
    r"\b(?:now|already|yet|anymore|anyway)\b|\bsomebody else\b|\bsomeone else\b",
    re.IGNORECASE,
)
# A thing the question leaves to the statements to name: "can we fix it and resend?" (after
# "they sent our audit back"; "does someone need to take one?" after a course), once the
# "it" that stands for SECOR or the submission is named.
_UNNAMED_OBJECT = re.compile(
    r"\b(?:fix|fixing|change|changing|redo|resend|send|submit|keep|use|do|get|take|file|put|"
    r"move|add|leave|include|update|sign|approve|"
    # accepted, the thing told: "my first aid is from abroad. ACSA accept it?"
    r"accept|accepts|accepting|recogni[sz]e|recogni[sz]es|honou?r|honou?rs|allow|allows|"
    # something left undone: "does missing it affect the refund" (the maintenance told before)
    r"miss|missing|missed|skip|skipping|skipped|forget|forgetting|forgot|ignore|ignoring)\s+"
    r"(?:it|them|one)\b",
    re.IGNORECASE,
)
# The statements say the company holds its SECOR already: "we got certified last year".
_CERTIFIED = re.compile(
    r"\b(?:certified(?! (?:auditor|assessor|trainer))|got (?:our|the|my) (?:secor|cert\w*)|"
    r"passed (?:our|the) (?:secor|audit))\b",
    re.IGNORECASE,
)
# Courses asked about: "do we still need to do courses", "any more training".
_COURSES = re.compile(r"\b(?:courses?|training|tickets?|classes)\b", re.IGNORECASE)


def told_certified(told: str) -> bool:
    """Whether the statements TOLD say the company is already certified."""
    return _CERTIFIED.search(told) is not None


# The question alone must be this sure to answer what the whole message found nothing for.
SURE_ALONE = 0.6


@dataclass(frozen=True)
class Story:
    """A message split into the statements it opens with and the question it asks."""

    told: str
    asked: str

    def question(self) -> str:
        """The question, with what the statements name for its "it", "the course" and the
        year of the cycle said in it."""
        asked = _course_named(self.told, self.asked)
        asked = _it_named(self.told, asked)
        if _MAINTENANCE.search(asked) or _RECERTIFICATION.search(asked):
            return asked
        if _MAINTENANCE.search(self.told):
            return f"maintenance year: {asked}"
        if _RECERTIFICATION.search(self.told):
            return f"recertification: {asked}"
        return asked


def told_then_asked(text: str) -> Story | None:
    """TEXT split into its statements and the question after them, when it opens with at
    least one statement (not a greeting) and asks a question of MIN_ASKED_WORDS or more
    after it (else None)."""
    sentences = [s.strip() for s in _SENTENCE.split(text.strip()) if s.strip()]
    first = next((i for i, s in enumerate(sentences) if _asks(s)), None)
    if first is None:  # "two questions: earliest date to send ..., ": a colon announces it
        first = next((i + 1 for i, s in enumerate(sentences[:-1]) if s.endswith(":")), None)
    if first is None or first == 0:
        return None
    opening = [s for s in sentences[:first] if not courtesy(s.rstrip(":"))]
    told = [s for s in opening if not _ANNOUNCES.match(s)]
    asked = " ".join(sentences[first:])
    if not opening or len(asked.split()) < MIN_ASKED_WORDS:
        return None
    return Story(" ".join(told), asked)  # (told is empty when the opening only announces)


def _asks(sentence: str) -> bool:
    """Whether SENTENCE asks something (a question mark, or a question's opening)."""
    return sentence.endswith("?") or bool(_ASKS.match(sentence))


def _course_named(told: str, asked: str) -> str:
    """ASKED with "the course" replaced by the course TOLD names, when it names one and
    ASKED names none."""
    named = list(_COURSE_NAMED.finditer(told))
    the = _THE_COURSE.search(asked)
    if not named or the is None or _COURSE_NAMED.search(asked):
        return asked
    name = named[0].group("name")  # the course the story is about, not the one it sets aside
    return f"{asked[: the.start()]}the {name} course{asked[the.end() :]}"


def _it_named(told: str, asked: str) -> str:
    """ASKED with each "it" that stands for a thing replaced by the thing TOLD names last,
    when ASKED names no such thing before it."""
    it = _IT.search(asked)
    if it is None or any(p.search(asked[: it.start()]) for p, _ in _THINGS):
        return asked
    found = [(m.start(), name) for p, name in _THINGS for m in p.finditer(told)]
    if not found:
        return asked
    return _IT.sub(max(found)[1], asked)


@dataclass(frozen=True)
class Reading:
    """How a story-then-question message was read: whole, and its question on its own."""

    asked: str  # the question, as read on its own
    whole: Answer  # the message read whole
    alone: Answer  # the question read on its own, the statements' slots in it
    named: bool  # the question's own words name the topic ALONE answers (an intent cue)
    told_topic: str  # the topic the statements alone are read as ("" when they say nothing)
    whole_named: bool = True  # the question's own words name the topic WHOLE answers
    told_certified: bool = False  # the statements say the company is already certified
    verdict: str = ""  # the short head-count verdict the statements give, when they count
    rule: Citation | None = None  # the fact the verdict rests on
    over_limit: bool = False  # the statements count more people than SECOR's limit
    claims_count: bool = False  # the question restates the people's total ("so we're at 3?")
    typed_silence: bool = False  # a class of ``bot.unstated`` reads the whole message as silent


def asked_over_told(reading: Reading, *, counts: frozenset[str]) -> Answer:
    """The answer to a story-then-question message (see the module).

    The question read on its own answers when it answers from the pages and the whole
    reading answered the story instead: a head-count verdict the question does not ask
    for (the verdict is then said first, briefly), a topic the statements alone are read
    as and the question does not name, or nothing the pages say. The whole reading stays
    when it refuses, agrees, or when the question asks about the head count (a topic in
    COUNTS, or words that ask whether the count is within the limit).
    """
    whole, alone = reading.whole, reading.alone
    if whole.kind in ("refusal", "smalltalk") or alone.topic == whole.topic:
        return whole  # a request refused stays refused, whatever the question alone asks
    if alone.kind != "answer" or not alone.sources or alone.topic in ("not_stated", "unknown"):
        return whole
    if _silent_on_story(reading):
        return alone  # "a course at a community hall ... what first aid does SECOR want?"
    if alone.topic in counts or _COUNT_ASKED.search(reading.asked) or reading.over_limit:
        return whole  # (over the limit, the count is what every answer turns on)
    if reading.claims_count:
        return whole  # "so we're at 3, right?": the total claimed is the count asked about
    if _REFERS_BACK.search(reading.asked) or _UNNAMED_OBJECT.search(reading.asked):
        return whole  # the question leaves what it is about to the statements
    if _STILL.search(reading.asked):
        # "I hired an outside assessor. Do I still need someone with the courses?": the
        # question asks whether a rule holds given the story, so the story is what it asks
        return whole
    if whole.topic.startswith("role_"):
        return whole  # (a role whose holder left is answered from the whole story)
    if whole.sources and whole.sources[0].authority == ESC:
        return whole  # Energy Safety Canada's rule, read from the story
    if whole.kind == "eligibility" and whole.topic in counts:
        return _with_verdict(alone, reading.verdict, reading.rule)
    if not reading.told_topic:
        return alone  # the opening only announced the questions: nothing else to read
    if whole.topic in ("not_stated", "unknown") and alone.confidence >= SURE_ALONE:
        return alone  # the story named something the pages are silent on; not what is asked
    if (
        reading.told_certified
        and whole.topic == "maintenance_year"
        and _COURSES.search(reading.asked)
    ):
        return whole  # courses asked after a certification: the cycle's courses answer it
    if whole.topic == reading.told_topic and (reading.named or alone.confidence >= SURE_ALONE):
        return alone  # the whole was read as its statements; the question asks another thing
    if reading.named and not reading.whole_named and alone.confidence >= SURE_ALONE:
        return alone  # the question names its topic; the story's words chose the other one
    return whole


def _silent_on_story(reading: Reading) -> bool:
    """Whether the whole message found nothing to answer only because of the statements'
    words: no class of silence reads the message (the model or the abstention found no
    topic, the unknown words being the story's; a "closest thing" aside may follow), and the
    question's own words name the topic it is read as alone ("we got certified in 2022 and
    nobody took a course since ... what training keeps us eligible?"). The statements count
    nobody (a count may be what "eligible" asks about) and the question leaves nothing for
    them to name."""
    return (
        reading.whole.topic in ("not_stated", "unknown")
        and not reading.typed_silence
        and reading.named
        and not (reading.verdict or reading.over_limit or reading.claims_count)
        and not (_REFERS_BACK.search(reading.asked) or _UNNAMED_OBJECT.search(reading.asked))
    )


def _with_verdict(answer: Answer, verdict: str, rule: Citation | None) -> Answer:
    """ANSWER with the short head-count VERDICT said first (its RULE cited), within the
    length limit."""
    if not verdict:
        return answer
    room = MAX_ANSWER_CHARS - len(verdict) - 1
    rest = cut_at_sentence(answer.answer, room, min_end=room // 3 + 1) or answer.answer[:room]
    sources = answer.sources if rule is None else (*answer.sources, rule)
    return replace(answer, answer=f"{verdict} {rest}", sources=tuple(dict.fromkeys(sources)))


def counted_without_told_silence(
    story: Story, silent: Callable[[str], object | None]
) -> str | None:
    """The message of STORY with the statements that name something the pages are silent
    on (SILENT finds it: a fee, a name change) left out, when its question asks about the
    head count and names no such thing itself; None otherwise.

    "We were 10 in summer, 5 now. Before I pay for everybody's courses I want to be sure:
    are we eligible?" asks the verdict; the price is only why the asker wants it. The
    statements that count people stay (a sentence with a number in it is kept).
    """
    if silent(story.asked) is not None or not _COUNT_ASKED.search(story.asked):
        return None
    sentences = [s.strip() for s in _SENTENCE.split(story.told) if s.strip()]
    kept = [s for s in sentences if silent(s) is None or _NUMBER.search(s)]
    if len(kept) == len(sentences) or not kept:
        return None
    return " ".join([*kept, story.asked])


# A number in a sentence: it may count people, so the sentence is never left out.
_NUMBER = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|twenty)\b",
    re.IGNORECASE,
)
