"""Where one message holds several questions: split it, so that each is answered.

Used by the chat answer (``Engine.ask``) and by the email answer (``answer_email``).
"""

from __future__ import annotations

import re

# A message is split into its questions at question marks; a part this short is context.
MIN_QUESTION_WORDS = 3
# More questions than this in one message are left to a person (the answers would not fit).
MAX_QUESTIONS = 6
# A later question this short is read with the statements that opened the message.
CONTEXT_WORDS = 8
_ASKS = re.compile(
    r"(?:do|does|can|could|is|are|should|will|would|must|how|when|where|which|what|who|why|"
    r"whats|what's|hows|how's|wheres|where's|whos|who's|r|any)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b")
# a chunk that names people or asks something is no context to carry: "Can I apply with me,
# my wife and 8 guys? also how do i send the files" counted "you" in the second question
_PEOPLE = re.compile(
    r"\b(?:me|myself|us|wife|husband|partner|son|daughter|brother|sister|guys?|workers?"
    r"|employees?|people|crew|staff|apprentices?|journeym[ae]n|helpers?|forem[ae]n|owners?"
    r"|bookkeeper|dad|mom|father|mother|nephew|niece|cousin|uncle|volunteers?|students?|temps?"
    r"|(?:and|&) i)\b",
    re.IGNORECASE,
)
_QUESTIONS = re.compile(
    r"(?<=\?)\s+|,?\s+(?:and|also|plus|\+|&)\s+(?=(?:(?:do|does|can|is|are|should|will|must)\s+"
    r"(?:i|we|you|they|it|he|she|the|our|my|a|part|full|there)|how|where|which|what|who|why|"
    r"whats|what's|hows|wheres|whos|when(?!\s+(?:it|its|it'?s|we|we'?re|were|things|work)\b))"
    r"\b)|"
    # ("plus when its busiest we got 9 guys": a time said of the people, asking nothing)
    # "first aid course name + where to send the evaluation": a plus sign or an ampersand
    # before a question word joins two questions
    r"\s+[+&]\s+(?=(?:how|when|where|which|what|who|why|whats|what's|hows|wheres|whos)\b)|"
    # "I'd like the phone number ..., and also to know whether USB drives are still accepted"
    r",?\s+(?:and\s+)?also\s+(?:to\s+(?:know|ask|find out|confirm|check)\s+|(?:i'?d|we'?d) "
    r"(?:like|love)\s+to\s+(?:know|ask)\s+|(?:i|we)\s+(?:want|need|wonder)\w*\s+(?:to know\s+)?)?"
    r"(?=whether\b)",
    re.IGNORECASE,
)
# "if we aren't a member, how do we join": a condition, then a question of its own.
_IF_ASKS = re.compile(
    r"if\b[^.?!]{0,80}?[, ]\s*(?:how|what|when|where|who|which|do|does|can|should|is|are)\s+"
    r"(?:do|does|can|should|is|are|i|we|you|they|it|there)\b",
    re.IGNORECASE,
)
# "whether USB drives are still accepted": a question of its own, asked indirectly.
_WHETHER = re.compile(r"whether\b", re.IGNORECASE)
# The markers of a list of questions: "1)", "(2)", "a)", "(b)"; and "1." or "2." only
# where a space or the start comes before and a letter after ("Dec. 31" is no marker).
_MARKERS = (
    re.compile(r"(?:(?<=\s)|^)\(?(?P<key>[1-6])\)\s*"),
    re.compile(r"(?:(?<=\s)|^)\(?(?P<key>[a-f])\)\s*", re.IGNORECASE),
    re.compile(r"(?:(?<=\s)|^)(?P<key>[1-6])\.\s+(?=[A-Za-z])"),
)
# A courtesy closing the last item of a list ("... if we have questions. Thank you.").
_THANKS = re.compile(r"[.!,]?\s*(?:thank you|thanks|cheers|regards)\b.*$", re.IGNORECASE)
# What a later question inherits from an earlier one that it does not name itself: the
# year type ("maintenance year. what do we send? and the policy?").
_YEAR = re.compile(
    r"\b(?:maintenance|maint\.?|in-between|certification|recertification|recert)"
    r"(?: year| yr| audit| submission)?\b",
    re.IGNORECASE,
)


# "and do a check on them monthly": DO with an object, a second verb of the same statement,
# not the "do" of a question ("and do the part timers count"), which a bare verb follows.
_DO_OBJECT = re.compile(
    r"(?:do|does)\s+(?:a|an|the|our|my|their|his|her|some|all|each|every|regular|weekly|"
    r"monthly|daily)\b(?P<rest>[^,.;:?!]*)",
    re.IGNORECASE,
)
_QUESTION_VERB = re.compile(
    r"\b(?:count|need|have|go|qualify|matter|get|apply|belong|fit|work|cover|include|require|"
    r"accept|make|take|show|sit|fall(?! arrest| protection)|hold|expire|last|stay|want|mean|"
    r"affect|change|help|come|add|hurt|meet|pass)\b",
    re.IGNORECASE,
)


def _does_a_thing(text: str, at: int) -> bool:
    """Whether the "do"/"does" at AT in TEXT is a verb with an object that carries on a
    statement ("we tag our ladders and do a check on them every month"), not the opening of
    a question ("and do the part timers count", "and do we need ..."): no bare verb follows
    its object in the clause."""
    found = _DO_OBJECT.match(text, at)
    return found is not None and _QUESTION_VERB.search(found.group("rest")) is None


def split_questions(text: str) -> list[str]:
    """The questions of a message: split after question marks, at "and how/what ...", and at
    the markers of a numbered list ("1) ... 2) ...", "(a) ... (b) ...").

    A part shorter than MIN_QUESTION_WORDS stays with its neighbour, as written; what comes
    before the first marker ("Hi, 2 questions.") is left out unless it names the year type.
    """
    listed = _listed(text)
    if listed:
        return listed
    cuts = [0]
    for match in _QUESTIONS.finditer(text):
        if _does_a_thing(text, match.end()):
            continue  # "we tag our ladders and do a check on them": one statement
        cuts += [match.start(), match.end()]
    cuts.append(len(text))
    spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        piece = text[start:end].strip()
        if not piece:
            continue
        if (
            merged
            and min(len(piece.split()), len(text[merged[-1][0] : merged[-1][1]].split()))
            < MIN_QUESTION_WORDS
        ):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    pieces: list[str] = []
    for a, b in merged:
        piece = text[a:b].strip()
        opening = re.sub(r"^(?:and|also|plus|so|but)\s+", "", piece, flags=re.IGNORECASE)
        if (
            pieces
            and "?" not in piece
            and not _ASKS.match(opening)
            and not _WHETHER.match(opening)
            and not _IF_ASKS.match(opening)
        ):
            pieces[-1] = f"{pieces[-1]} {piece}"  # a statement after a question is its context
        else:
            pieces.append(piece)
    pieces = [
        p for piece in pieces for p in _comma_questions(_without_courtesy(_without_thanks(piece)))
    ]
    return _distinct(pieces)[:MAX_QUESTIONS] or [text]


# A question word after a comma opens a question of its own ("how long is it valid, what do
# we do in between, and how big is the refund?") when the clause before it asks one too.
_COMMA_QUESTION = re.compile(
    r",\s+(?=(?:what|how|when|where|which|who|why|whats|what's|hows|how's|do|does|can|is|are|"
    r"should|must|will)\s+(?:\w+\s+){1,}\w+)",
    re.IGNORECASE,
)
# A question after a comma this short continues the one before ("..., how many staff max").
COMMA_QUESTION_WORDS = 5
# Where a sentence (and the clause a comma question follows) starts.
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|:\s+)")


def _comma_questions(piece: str) -> list[str]:
    """PIECE split where a comma is followed by a question of its own and the clause before
    the comma is a question as well (both at least MIN_QUESTION_WORDS words)."""
    out: list[str] = []
    start = 0
    for match in _COMMA_QUESTION.finditer(piece):
        before = piece[start : match.start()]
        clause = _SENTENCE_START.split(before)[-1].split(",")[-1].strip()
        after = piece[match.end() :]
        if not _ASKS.match(clause) or len(clause.split()) < MIN_QUESTION_WORDS:
            continue
        if len(after.split(",")[0].split()) < COMMA_QUESTION_WORDS:
            continue
        out.append(before.strip())
        start = match.end()
    out.append(piece[start:].strip())
    return [p for p in out if p]


def _without_courtesy(piece: str) -> str:
    """PIECE without the greetings that open it ("hi there, quick question, how do we send
    it?"), when a question of at least MIN_QUESTION_WORDS words is left."""
    rest = piece
    while True:
        match = re.match(r"^\s*([^,.!:;?]+)[,.!:;]\s*", rest)
        if match is None or not courtesy(match.group(1)):
            break
        rest = rest[match.end() :]
    return rest if len(rest.split()) >= MIN_QUESTION_WORDS else piece


def _without_thanks(piece: str) -> str:
    """PIECE without a closing courtesy ("... after? Thank you very much"), when it says
    something before it."""
    kept = _THANKS.sub("", piece).strip()
    return kept if len(kept.split()) >= MIN_QUESTION_WORDS else piece


# Chunks that say nothing about SECOR: greetings, thanks, who is writing.
_COURTESY = re.compile(
    r"^\s*(?:hi|hello|hey|dear \w+|good (?:morning|afternoon|day)|greetings|thanks?|thank you|"
    r"cheers|sorry|please|ok|okay|(?:i'?m |i am )?writing (?:on behalf of|for)\b.*|"
    r"(?:quick|newbie|silly|dumb) question)\b[\s!.,]*(?:\w+\s*){0,2}$",
    re.IGNORECASE,
)


def courtesy(chunk: str) -> bool:
    """Whether CHUNK is a greeting, a thanks or who is writing, not part of a question."""
    return bool(_COURTESY.match(chunk.strip(" .,!")))


def asks_of_its_own(question: str) -> bool:
    """Whether a later part of a message opens with a question of its own ("and does one
    person have to ..."), not a remark that adds to the one before ("oh and the wife's
    cousin is on our wcb too, still good?")."""
    opening = re.sub(
        r"^(?:and|also|plus|so|but|oh|ok|okay)\b[\s,]*", "", question.strip(), flags=re.I
    )
    return bool(_ASKS.match(opening))


def _listed(text: str) -> list[str]:
    """The items of a numbered or lettered list of questions, [] when TEXT holds none.

    The markers must run in order from the first ("1) 2)", "(a) (b) (c)"), so a lone
    "(a)" or a number in a sentence is no list.
    """
    for marker in _MARKERS:
        found = list(marker.finditer(text))
        keys = [m.group("key").lower() for m in found]
        first = "1" if keys and keys[0].isdigit() else "a"
        expected = [chr(ord(first) + i) for i in range(len(keys))]
        if len(found) < 2 or keys != expected:
            continue
        lead = text[: found[0].start()].strip()
        items = []
        for n, match in enumerate(found):
            end = found[n + 1].start() if n + 1 < len(found) else len(text)
            item = re.sub(r"[,;]?\s*(?:and|&)?\s*$", "", text[match.end() : end].strip())
            items.append(item)
        items[-1] = _THANKS.sub("", items[-1])
        if lead and _YEAR.search(lead):  # "maintenance year: 1) ... 2) ...": its context
            items[0] = f"{lead} {items[0]}"
        return _distinct([i for i in items if i])[:MAX_QUESTIONS]
    return []


def _distinct(pieces: list[str]) -> list[str]:
    """Each question once: a message that repeats one ("do owners count? do owners count?")
    gets one answer, not the same answer cut short many times."""
    seen: set[str] = set()
    out: list[str] = []
    for piece in pieces:
        key = " ".join(re.findall(r"\w+", piece.lower()))
        if key not in seen:
            seen.add(key)
            out.append(piece)
    return out


def with_context(previous: str, question: str) -> str:
    """QUESTION with the statements that opened PREVIOUS ("maintenance year, ..."), when short.

    "maintenance year, 9 employees total, still eligible? what do we send in?": the second
    question is about the maintenance year. Statements with a number (a head count) are
    left out: they were answered with the first question.
    """
    question = _course_named(previous, _one_named(previous, question))
    if _ELEMENT_OF_IT.search(question):
        # "do we send our ERP again? and which element is it": "it" is the document the
        # question before named, so that question is the context, said in full
        return f"{previous.strip().rstrip('?.!,;: ')}. {question}"
    named = _DOCUMENT_ONLY.match(question) if _ELEMENT_ASKED.search(previous) else None
    if named is not None:
        # "near miss report goes in what element? and the signed rules sheet?": the second
        # part names a document only, so it asks the same thing of that document
        return f"Which element for {named.group('x')}?"
    if len(question.split()) >= CONTEXT_WORDS:
        return question
    chunks = [c.strip() for c in re.split(r"[,;.]", previous)[:-1]]
    kept = [
        c
        for c in chunks
        if c
        and not _NUMBER.search(c)
        and not _PEOPLE.search(c)
        and not _ASKS.match(c.strip())
        and not courtesy(c)
    ]
    return ", ".join([*kept, question]) if kept else question


# Where a document goes, asked: "what element", "which folder", "- element?".
_ELEMENT_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:secor\s+|cor\s+)?(?:element|folder)\b|"
    r"(?:^|[-,:;.!])\s*(?:element|folder)\s*\?+\s*$",
    re.IGNORECASE,
)
# A part that only names a document: "and the signed company rules sheet?", "what about our
# FLHAs?", "also the toolbox talks" (no verb of its own, nothing else asked).
_DOCUMENT_ONLY = re.compile(
    r"^\s*(?:and|also|plus|what about|how about|same for|and what about)\s+(?:for\s+)?"
    r"(?P<x>(?:the|our|my|a|an|those|these)?\s*(?!(?:how|what|when|where|why|who|which|is|are|"
    r"do|does|can|could|should|would|will|if|it|that|this|they|them|you|we|i)\b)"
    r"[^?.!]{2,60}?)\s*\?+\s*$",
    re.IGNORECASE,
)
# "which element is it", "what folder are they in", "where do those go": where a document
# goes, the document only pointed to.
_ELEMENT_OF_IT = re.compile(
    r"^\s*(?:and|also|so|then)?\s*(?:(?:which|what)\s+(?:secor\s+|cor\s+)?(?:element|folder|"
    r"section)(?:\s+number)?\s+(?:is|are|do|does|would|should|will)\s+|"
    r"(?:where|in which element|under which element)\s+(?:do|does|would|should|will|is|are)\s+)"
    r"(?:it|that|they|those|these|this|them)\b[^.?!]{0,25}[?.!]*\s*$",
    re.IGNORECASE,
)


def carry_context(questions: list[str]) -> list[str]:
    """QUESTIONS, each later one prefixed with the year type an earlier one named, when it
    names none of its own ("when did the samples-only maintenance start? and what if we
    rewrote a procedure?": the second is about the maintenance year too).

    The organisation is not carried: naming it weighs on the intent model as a cue of its
    own, and an answer's organisation is already labelled.
    """
    out: list[str] = []
    year = ""
    opening = _SCOPE.match(questions[0]) if questions else None
    scope = opening.group("scope") if opening is not None else stated_organisation(questions)
    for question in questions:
        own = _YEAR.search(question)
        carried = f"{year}, {question}" if year and own is None else question
        if scope and out and not _ORGANISATION.search(question):
            carried = f"{scope}, {carried}"  # the whole message is about ESC
        out.append(carried)
        if own is not None:
            year = own.group(0) if " " in own.group(0) else f"{own.group(0)} year"
    return out


# A message that opens by saying whose program it is about ("for energy safety canada secor,
# what's the pass mark ... and how long can the on-site part take?"): every question is.
_SCOPE = re.compile(
    r"^\s*(?:hi,?\s+|hello,?\s+)?(?P<scope>(?:(?:for|about|re|regarding|on|with)\s+)?"
    r"(?:the\s+)?(?:energy safety canada|esc|enform)\b[^,:;?.]{0,30}?)\s*[,:;-]",
    re.IGNORECASE,
)
_ORGANISATION = re.compile(r"\b(?:acsa|energy safety canada|esc|enform)\b", re.IGNORECASE)
_ESC_NAMED = re.compile(r"\b(?:energy safety canada|esc|enform)\b", re.IGNORECASE)
_ACSA_NAMED = re.compile(r"\b(?:acsa|alberta construction safety)\b", re.IGNORECASE)
_STATEMENT = re.compile(r"[^.!?]*[.!](?=\s|$)")


def stated_organisation(questions: list[str]) -> str:
    """ "with Energy Safety Canada" when a statement of the message's first question says the
    employer is with it ("we go through Energy Safety Canada. ...can we get it yet?") and no
    part names ACSA: every later question is asked of its program; else ""."""
    if not questions or any(_ACSA_NAMED.search(q) for q in questions):
        return ""
    statements = _STATEMENT.findall(questions[0])
    return "with Energy Safety Canada" if any(_ESC_NAMED.search(s) for s in statements) else ""


# A belief stated after a question ("How many elements does SECOR have? I thought it was
# 10"): the question is answered, which settles the belief; the number in it is no count.
_PREMISE = re.compile(
    r"^(?P<question>[^?]{8,}\?)\s*(?P<premise>(?:i|we|my \w+|our \w+|someone|somebody|"
    r"a (?:guy|buddy|friend)|they)\s+(?:thought|think|heard|was told|were told|believed?|"
    r"assumed?|figured|said|says|told (?:me|us))\s+(?:(?:it\s+was|it'?s|it\s+is|they\s+(?:said|"
    r"were)|there\s+(?:were|are|was))\s+)?[^?.!]{1,30})[?.!]?\s*$",
    re.IGNORECASE,
)


def without_premise(text: str) -> str | None:
    """The question of TEXT without a belief stated after it, when TEXT has one (else None).
    A statement that names people is no belief but a head count ("we think we have 9 guys")."""
    match = _PREMISE.match(text.strip())
    if match is None or _PEOPLE_COUNTED.search(match.group("premise")):
        return None
    return match.group("question")


# A clause that places the question after certification, then the question itself: "once
# we have it, how long is it good for?", "after we get our SECOR, what do we do each year?".
_ONCE_HELD = re.compile(
    r"^(?:and |so )?(?:once|after|when|after that) (?:we|i|you|the company) (?:have|get|got|"
    r"receive|hold|are|'re|'ve got|finally get|do get) (?:it|secor|our secor|the secor|the "
    r"certificate|our certificate|the cert|certified|approved)(?: certificate)?\s*[,-]?\s*"
    r"(?P<question>(?:how|what|when|is|does|do|will|can|are|who|where)\b.*\?)\s*$",
    re.IGNORECASE,
)


def after_certification(text: str) -> str | None:
    """The question of TEXT without a clause that only places it after certification ("once
    we have it, how long is it good for?"), when TEXT opens with one (else None)."""
    match = _ONCE_HELD.match(text.strip())
    return match.group("question") if match is not None else None


# People counted in a statement: a number with people, or people words alone.
_PEOPLE_COUNTED = re.compile(
    r"\b(?:guys?|workers?|employees?|people|crew|staff|wife|husband|son|daughter|brother|"
    r"sister|partner|owners?|temps?|students?|helpers?|volunteers?|us|me)\b",
    re.IGNORECASE,
)


# A question, then a statement of context ("what courses does secor need? i did the COR
# stuff years ago with a bigger outfit ..."): read as one, the context can drown the question.
_QUESTION_THEN_CONTEXT = re.compile(r"^(?P<question>[^?]{8,}\?)\s+(?P<context>[^?]+)$")
# The context must say this much to be set aside.
MIN_CONTEXT_WORDS = 4


def question_before_context(text: str) -> str | None:
    """The question TEXT opens with, when a statement of context follows it (else None)."""
    found = _QUESTION_THEN_CONTEXT.match(text.strip())
    if found is None or len(found.group("context").split()) < MIN_CONTEXT_WORDS:
        return None
    return found.group("question")


# "which one" standing for the thing the question before asked about: "which element for
# ppe and which one for maintenance records" asks "which element" twice.
_WHICH_ONE = re.compile(r"\b(?P<which>which|what) one\b", re.IGNORECASE)
_WHICH_NOUN = re.compile(
    r"\b(?:which|what)\s+(?P<noun>element|folder|section|course|form|document|record|"
    r"training|ticket|program|certificate|email|address|file)s?\b",
    re.IGNORECASE,
)


# A course's certificate named ("our foreman's Standard First Aid is from 2019"), then asked
# how long "it" lasts: the certificate, not the SECOR.
_COURSE_NAMED = re.compile(
    r"\b(?:standard first aid|first aid|sfa|phsm|csts|rsts|ests|pcsts?|"
    r"(?:small employer|secor|management|industry) course|ticket|course certificate)\b",
    re.IGNORECASE,
)
_HOW_LONG_IT = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\bhow long (?:is|are|does|do|will|would|until) (?P<it>it|that|this|they|those)\b",
        r"\b(?:when|does|do|will|would) (?P<it>it|that|this|they|those) (?:expire|run out|"
        r"lapse|go out of date)",
        r"\b(?P<it>it|that|this|they|those)(?: is| are| stays?)? (?:good|valid) for\b",
    )
)


def _course_named(previous: str, question: str) -> str:
    """QUESTION with "it" replaced by the course PREVIOUS named, when QUESTION asks how long
    "it" is good for ("... Standard First Aid is from 2019 ... and how long is it good for?")."""
    course = _COURSE_NAMED.search(previous)
    found = next((m for p in _HOW_LONG_IT if (m := p.search(question)) is not None), None)
    if course is None or found is None or _COURSE_NAMED.search(question):
        return question
    named = f"the {course.group(0)} certificate"
    return f"{question[: found.start('it')]}{named}{question[found.end('it') :]}"


def _one_named(previous: str, question: str) -> str:
    """QUESTION with "which one" replaced by the thing PREVIOUS asked "which ..." about."""
    one = _WHICH_ONE.search(question)
    noun = _WHICH_NOUN.search(previous)
    if one is None or noun is None:
        return question
    return (
        f"{question[: one.start()]}{one.group('which')} {noun.group('noun')}{question[one.end() :]}"
    )
