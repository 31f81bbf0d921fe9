"""Answers "which element does X go in" with the element's number and name."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from functools import cache
from importlib.resources import files

from bot.answers import Answer, compose
from bot.labeler import SURE, DocumentLabeler, words_label
from bot.several_documents import several_documents
from knowledge.facts import contacts, fact
from knowledge.labels import by_label

# Element names (and their short forms) as employers write them, to their labels.
_NAMES: tuple[tuple[str, str], ...] = (
    (r"(?:corporate )?(?:health and safety |h&s |hs )?polic(?:y|ies)", "policy"),
    (r"hazard assessments?|hazard id", "hazard_assessment"),
    (r"safe work practices?|swps?", "safe_work_practices"),
    (r"safe job procedures?|sjps?", "safe_job_procedures"),
    (r"company rules?", "company_rules"),
    (r"ppe|personal protective equipment", "ppe"),
    (r"maintenance", "maintenance"),
    (r"training(?: and communication)?|communication", "training_communication"),
    (r"inspections?", "inspections"),
    (r"investigations?", "investigations"),
    (r"emergency (?:planning|response|preparedness)|emergency", "emergency_planning"),
    (r"records and statistics|statistics|stats", "records_statistics"),
    (r"contracting(?: services)?|contractors?", "contracting_services"),
)
_NAME = "|".join(f"(?:{n})" for n, _ in _NAMES)
_CANDIDATE = rf"(?:element\s*#?\s*(?P<{{g}}n>\d{{{{1,2}}}})|(?P<{{g}}w>{_NAME}))"
_TWO = re.compile(
    _CANDIDATE.format(g="a")
    + r"\s*(?:,?\s*or|vs\.?|versus|/)\s*(?:an?\s+|the\s+)?(?:(?:element|el\.?)\s*)?"
    + _CANDIDATE.format(g="b").replace(r"element\s*#?\s*(?P<bn>", r"(?:element\s*#?\s*)?(?P<bn>"),
    re.IGNORECASE,
)
# A place asked among the elements or the binder's parts (round 21): "which of the SECOR
# elements", "what part of the binder", "which section of our submission".
_PART_OF = (
    r"of\s+the\s+(?:\d{1,2}\s+|thirteen\s+)?(?:secor\s+|cor\s+)?(?:elements|folders|sections)\b|"
    # "what part of the binder", "which part of the secor" (the program itself)
    r"(?:part|section|tab|spot)\s+of\s+(?:the|our|my)\s+(?:(?:secor|cor)(?:\s+(?:binder|"
    r"submission|package|manual|audit))?|binder|submission|package|manual)\b"
)
# After an offered element's number: its name and a tag ("element 4 Training, same as COR?",
# "element 7, don't they?"), then the question mark.
_OFFERED_END = (
    r"(?:\s+[a-z][a-z&/ ]{0,40}?)?(?:\s*,?\s*(?:right|correct|yes|no|same as (?:in\s+)?"
    r"(?:a\s+|the\s+)?(?:cor|secor)|like (?:in\s+)?(?:a\s+|the\s+)?cor|don'?t they|"
    r"doesn'?t it|isn'?t it|aren'?t they))?\s*\?+\s*$"
)
_TAIL = re.compile(
    r"[,;:-]?\s*(?:(?:(?:goes?|go|belongs?|fits?|falls?)\s+)?(?:in|into|under|to)\s+)?"
    r"\b(?:which|what)\s+(?:(?:secor|cor)\s+)?(?:element|folder|section)(?:\s+number)?"
    r"(?:\s+(?:is (?:that|this|it)|are (?:they|those|these)|(?:does|do) (?:that|this|it|they) "
    r"go (?:in|under)|for (?:that|this|it)|"
    # "which secor element would that be", "what element do those go under"
    r"(?:would|will|should|could|might) (?:that|this|it|they|those|these) (?:be|go|fit|belong)"
    r"(?: (?:in|into|under))?|(?:do|does) (?:those|these) go (?:in|into|under)))?\s*[?.!]*$|"
    r"[,;:-]?\s*(?:(?:is|does) (?:that|it|this) (?:go )?(?:in |under )?|goes in |go in |in )?"
    r"element\s*#?\s*\d{1,2}" + _OFFERED_END + "|"
    r"[,;:-]?\s*\b(?:under|in|into)\s+which(?:\s+one)?\s*\?*\s*$|"  # "... under which one"
    # "which of the SECOR elements does that fit into", "what part of the binder is it"
    r"[,;:-]?\s*\b(?:which|what)\s+(?:" + _PART_OF + r")(?:\s+(?:does|do|should|would|will|"
    r"is|are|can)\s+(?:that|this|it|they|those|these)(?:\s+(?:go|goes|fit|fits|belong|belongs|"
    r"fall|falls|sit|sits|be filed|be put|be))?(?:\s+(?:in|into|under|to|with))?)?\s*[?.!]*$|"
    r"\s*[,;:.!-]\s*(?:element|folder)\s*\?+\s*$",  # "injury stats and claims summary - element?"
    re.IGNORECASE,
)
# "general safe practices for cold weather - element 3?": one element offered.
_ONE = re.compile(
    r"\S\s*(?:[,;:-]|\b(?:is (?:that|it|this)|goes in|go in|in))\s*element\s*#?\s*\d{1,2}"
    + _OFFERED_END,
    re.IGNORECASE,
)
# "that", "is it", "that for", "those under": a pronoun, with a preposition left after it.
_PRONOUN = re.compile(
    r"^(?:that|this|it|these|those|they|them|one)(?:\s+(?:for|in|into|under|with|to))?$",
    re.IGNORECASE,
)
# Words after "which element" that name no document ("which element folder", "- element #").
_NO_DOCUMENT = re.compile(
    r"^(?:folder|number|#|no\.?|section|category|please|pls|then|again|"
    r"(?:the\s+|our\s+)?(?:secor|cor)(?:\s+(?:submission|audit|evaluation|package))?|"
    r"(?:the\s+|our\s+)?(?:submission|audit|evaluation|package))$",
    re.IGNORECASE,
)


@cache
def _cue_data() -> tuple[tuple[tuple[str, re.Pattern[str]], ...], dict[str, str]]:
    raw = tomllib.loads(files("knowledge").joinpath("data/element_cues.toml").read_text("utf-8"))
    cues = tuple(
        (label, re.compile(pattern, re.IGNORECASE))
        for label, patterns in raw["cues"].items()
        for pattern in patterns
    )
    return cues, dict(raw["why"])


# A cue said not to hold: "not step by step", "no numbered steps", "isn't a how-to".
_NEGATED = re.compile(
    r"\b(?:not|no|isn'?t|aren'?t|never|without|nothing)\s+(?:really\s+|exactly\s+|an?\s+|any\s+|"
    r"like\s+(?:an?\s+)?)?$",
    re.IGNORECASE,
)


def cue_label(text: str, allowed: tuple[str, ...] = ()) -> str | None:
    """The label a description decides outright ("numbered steps"), among ALLOWED if given;
    a cue the description denies ("not step by step") decides nothing."""
    for label, pattern in _cue_data()[0]:
        if allowed and label not in allowed:
            continue
        if any(not _NEGATED.search(text[: m.start()]) for m in pattern.finditer(text)):
            return label
    return None


def _label_of(number: str | None, words: str | None) -> str | None:
    if number:
        found = [i.label for i in by_label().values() if i.element == int(number)]
        return found[0] if found else None
    for pattern, label in _NAMES:
        if words and re.fullmatch(pattern, words, re.IGNORECASE):
            return label
    return None


def candidates(question: str) -> tuple[str, str] | None:
    """The two elements a question offers ("safe work practices or safe job procedures?")."""
    match = _TWO.search(question)
    if match is None:
        return None
    first = _label_of(match["an"], match["aw"])
    second = _label_of(match["bn"], match["bw"])
    if first is None or second is None or first == second:
        return None
    return first, second


# The document a question asks about: "which element do fire drill records go in".
_ASKED = (
    re.compile(
        r"\b(?:element|folder)\s+(?:for|of)\s+(?:the\s+|our\s+|my\s+|a\s+|an\s+)?"
        r"(?P<x>.+?)\s*[?.!]*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:which|what)\s+(?:(?:secor|cor)\s+)?(?:element|folder|section|category)"
        r"(?:\s+number)?\s+(?:(?:under|in|for|of)\s+(?:a\s+|the\s+)?(?:secor|cor)\s+)?"
        r"(?:(?:do|does|should|would|will|can|must)\s+(?:i\s+|we\s+)?(?:put|file|place|"
        r"save|add)?\s*)?(?:is|are|for|covers?|gets?|takes?|holds?|contains?)?\s*"
        r"(?:the\s+|our\s+|my\s+|a\s+|an\s+)?(?P<x>.+?)\s*(?:go(?:es)?|belongs?|fits?|fall|falls|sits?|live|lives)?\s*"
        r"(?:in|into|under|to|with)?\s*[?.!]*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:where(?:\s+in\s+(?:the|our|my)\s+(?:secor\s+|cor\s+)?(?:binder|submission|package|"
        r"manual))?|in which folder|which folder)\s+(?:do|does|should|would|will|can|must|to)\s+"
        r"(?:i\s+|we\s+)?(?:put|file|place|save|add|send|include)?\s*(?:the\s+|our\s+|my\s+|a\s+)?"
        r"(?P<x>.+?)\s*(?:go|belong|fit|be filed|be saved|be put)?\s*(?:in|into|under)?\s*[?.!]*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:where|which element|what element)\s+(?:is|are)\s+(?:the\s+|our\s+|my\s+)?"
        r"(?P<x>.+?)\s*(?:filed|saved|put|going)?\s*[?.!]*$",
        re.IGNORECASE,
    ),
)
_TRIM = re.compile(
    r"\s*[-,:;]\s*(?:which\s+|what\s+)?element(?:\s*(?:number|#|no\.?|folder))?$|"
    # "ppe inspection reports go in and do i send them": a second question after the first
    r"\s+(?:go|goes|belong|belongs|fit|fits)\s+(?:in|into|under)\s*(?:,|\band\b|\bor\b).*$|"
    r"\s*\b(?:go|goes|belong|belongs|fit|fits)?\s*(?:in|into|under)\s+(?:the|our|my)\s+"
    r"(?:secor\s+|cor\s+)?(?:submission|package|audit|evaluation)$|"
    # round 23: "a sheet go that lists ...", "the write-up go for when ...": the asking verb
    # inside the description, before the clause that describes the document
    r"\s+(?:go|goes|belong|belongs|fit|fits)(?=\s+(?:that|which|for when|where|with the)\b)|"
    r"^(?:element|folder|section)\s+(?:does|do|is|are|for)\s+|"
    r"\s+(?:go|goes|belong|belongs|fit|fits)\s*(?:in|into|under|to)?$|"
    # "... for the year. does that", "... checklist, signed by the foreman — where"
    r"[.?!]?\s+(?:does|do|is|should|would|can)\s+(?:that|it|this|they|these)$|"
    r"\s*[-\u2013\u2014,:;]\s*where$|"
    # "those sheets go in the SECOR", "those forms for": the place, or a preposition left
    r"\s+(?:go|goes|belong|belongs|fit|fits)?\s*(?:in|into|under)\s+(?:the\s+|our\s+|my\s+)?"
    r"(?:secor|cor)$|\s+(?:for|in|into|under|to|with)$|"
    # "do our customer invoices": the asking verb, not the document
    r"^(?:do|does|should|would|will|can|must|are|is)\s+(?=(?:our|the|my|these|those|all|any)\b)|"
    r"^(?:i|we)?\s*(?:got|have|received|get)\s+(?:a|an|the|our|some)\s+|"
    # "what element number is that for SECOR": the program is no part of the document
    r"\s+(?:for|in|of|under)\s+(?:the\s+|our\s+|my\s+|a\s+)?(?:secor|cor)(?:\s+(?:submission|"
    r"audit|evaluation|package|program))?$",
    re.IGNORECASE,
)


# A question that points back to the sentence before it: ". is that", "? is it".
_POINTS_BACK = re.compile(
    r"[.!?]\s+(?:is|are|does|do|should|would)\s+(?:that|it|this|these|those)$", re.IGNORECASE
)


def asked_document(question: str) -> str:
    """The words naming the document a "which element" question asks about."""
    text = question.strip()
    tail = _TAIL.search(text)
    if tail is not None and tail.start() > 0:  # "the rules sheet the guys sign, which element"
        return _antecedent(text[: tail.start()]) or text[: tail.start()].strip(" ?.!,:;-")
    pair = _TWO.search(text)
    if pair is not None:  # "the chainsaw how-to, element 3 or 4?": the words before the pair
        before = text[: pair.start()].strip(" ?.!,:;-")
        before = re.sub(r"\s+(?:an?|the)$", "", before)
        pointing = _POINTS_BACK.search(before)
        if pointing is not None:  # "we wrote up the step-by-step for ... . is that a ..."
            return _antecedent(before[: pointing.start() + 1]) or before
        before = re.sub(r"^(?:is|are|does|do|should)\s+(?:it\s+|that\s+)?", "", before)
        return (
            re.sub(r"[,:;-]?\s*(?:is it|is that|should it be|does it go in)$", "", before) or text
        )
    for pattern in _ASKED:
        match = pattern.search(text)
        if match and match.group("x").strip():
            found = match.group("x").strip(" ?.!,")
            found = _TRIM.sub("", found).strip() or found
            if _PRONOUN.match(re.sub(r"^(?:is|are)\s+", "", found)) or _NO_DOCUMENT.match(found):
                head = re.sub(r"\b(?:which|what)\s*$", "", text[: match.start()], flags=re.I)
                before = _antecedent(head)  # "X, what element is that"
                return before or found
            return found
    rest = _FALLBACK.sub("", text).strip(" ?.!,")
    return _TRIM.sub("", rest).strip() or rest or text


_LEAD_IN = re.compile(
    r"^(?:(?:so|and|also|separately|besides|plus|then|additionally|apart from that),?\s+)?"
    r"(?:i|we|i've|we've|i'm|we're|"
    # "my son-in-law made a spreadsheet", "our office manager keeps a log"
    r"(?:my|our|the)\s+[\w'-]+(?:\s+[\w'-]+)?)\s+(?:(?:have|has|keep|keeps|kept|got|"
    r"wrote up|write up|writes up|filled out|fill out|fills out|made|make|makes|do|did|use|"
    r"uses|started|are keeping|put together|puts together|set up|drew up|typed up|created|"
    r"built|have been keeping|wants? to (?:include|add|put in|send))\s+|"
    # a verb that is also a noun ("our inspection log and ..."): only before what it logs
    r"(?:tracks?|logs?|records)\s+(?=(?:a|an|the|our|my|all|every|each|their)\b))"
    r"(?:copies of\s+|a copy of\s+|track of\s+)?(?:all\s+)?"
    r"(?:(?:a|an|the|our|my)\b\s*)?",
    re.IGNORECASE,
)


def _antecedent(before: str) -> str:
    """What "that" points back to: the last sentence before the question, lead-in dropped."""
    sentences = [x.strip() for x in re.split(r"(?<=[.!?])\s+", before.strip()) if x.strip()]
    if not sentences:
        return ""
    last = _SEND_ASKED.sub("", sentences[-1].strip(" ?.!,:;-")).strip() or sentences[-1]
    last = last.strip(" ?.!,:;-")
    last = _YEAR_LEAD.sub("", last)  # "maint yr, do the toolbox talk sheets go in and"
    if len(sentences) > 1 and _QUALIFIES.match(last):
        # "Not step by step, just rules of thumb": a fragment that qualifies the sentence
        # before it; the two together describe the document
        before = _LEAD_IN.sub("", sentences[-2].strip(" ?.!,:;-")).strip() or sentences[-2]
        return f"{before}. {last}"
    trimmed = _TRIM.sub("", last).strip(" ?.!,:;-")
    if trimmed != last and not _PUT_ASKED.search(last):
        return trimmed or last
    be_in = _BE_IN.match(last)
    if be_in is not None:  # "should our photos of finished decks be in the package, which"
        return be_in.group("x")
    if _PUT_ASKED.search(last):  # "should i put X in the secor folders? under which element"
        put = _TRIM.sub("", _FALLBACK.sub("", last)).strip(" ?.!,")
        return _IN_SUBMISSION.sub("", put).strip() or last
    return _LEAD_IN.sub("", last).strip() or last


# A sentence that only qualifies the one before it: "Not step by step, just ...", "Only the
# general rules.", "Just a list of ...".
_QUALIFIES = re.compile(r"^(?:not|no|just|only|nothing|none)\b", re.IGNORECASE)
# The year a question opens with ("maintenance year:", "maint yr,"): no part of the document.
_YEAR_LEAD = re.compile(r"^[^,:;]{0,30}?\b(?:year|yr)\b\s*[:,;-]\s*", re.IGNORECASE)
# A sentence that asks whether to send a document ("maintenance year: do we send our ERP
# again"): the document is what is left once the year and the asking are set aside.
_SEND_ASKED = re.compile(
    r"^(?:.{0,40}?\b(?:year|yr)\b\s*[:,-]?\s*|in\s+(?:a|our|the|my)\s+\S+\s+(?:year|yr)\s+)?"
    r"(?:do|does|should|must|can|will)\s+(?:i|we|you)\s+(?:(?:still|also)\s+)?(?:(?:need|have|got)"
    r"\s+to\s+)?(?:re-?)?(?:send|submit|include|hand in)\s+(?:in\s+)?(?:all\s+)?"
    r"(?:the\s+|our\s+|my\s+)?|"
    r"\s+(?:again|in|too|as well|for (?:the )?maintenance(?: year)?)$",
    re.IGNORECASE,
)
# A sentence that itself asks whether to put a document in ("should i put X in ...").
_PUT_ASKED = re.compile(
    r"^(?:so\s+|and\s+)?(?:should|do|does|can|could|would|must|shall)\s+(?:i|we|you)\s+"
    r"(?:\w+\s+)?(?:put|file|place|save|store|add|include)\b",
    re.IGNORECASE,
)
# "should our X be in the secor package", "do the Y go in the folders": X and Y.
_BE_IN = re.compile(
    r"^(?:so\s+|and\s+)?(?:should|do|does|can|could|would|must|will)\s+(?:(?:our|the|my|"
    r"these|those|all|any)\s+)?(?P<x>.+?)\s+(?:be|go|goes|belong|fit)\s+(?:in|into|under|with)"
    r"\s+(?:the\s+|our\s+|my\s+|a\s+|an\s+|any\s+)?(?:secor\s+|cor\s+)?(?:folders?|"
    r"elements?|submission|package|binder|audit|evaluation|secor|cor)\b",
    re.IGNORECASE,
)
# Where it would be put: the submission, its folders or its elements, not the document.
_IN_SUBMISSION = re.compile(
    r"\s+(?:in|into|under|with)\s+(?:the\s+|our\s+|my\s+|a\s+|an\s+|any\s+)?"
    r"(?:secor\s+|cor\s+)?(?:folders?|elements?|submission|package|binder|audit|evaluation)"
    r"(?:\s+folders?)?$",
    re.IGNORECASE,
)


# The question's own words around the document, when no pattern above matched.
_FALLBACK = re.compile(
    r"^.*?\b(?:put|file|place|save|store|add|include)\s+(?:the\s+|our\s+|my\s+|a\s+)?|"
    r"\s*\b(?:go|goes|belong|belongs|fit|fits)\b.*$",
    re.IGNORECASE,
)


# "which element", "where do fire drill records go", "where should I file the ERP"
ELEMENT_QUESTION = re.compile(
    r"\b(?:which|what)\s+(?:(?:secor|cor|submission)\s+)?(?:element|folder|section|category)"
    r"\b(?!s)|"
    # round 21: "which of the SECOR elements", "what part of the binder", "where in the binder"
    r"\b(?:which|what)\s+(?:" + _PART_OF + r")|"
    r"\bwhere\s+in\s+(?:the|our|my)\s+(?:secor\s+|cor\s+)?(?:binder|submission|package)\b|"
    # "is there an element for our brochure", "any element that takes job photos"
    r"\b(?:is there|are there|there is|any)\s+(?:an?\s+|any\s+)?(?:secor\s+)?"
    r"(?:element|folder)s?\s+(?:for|that (?:covers?|takes?))\b|"
    # "... we wrote up the investigation. element?": the bare word asked after a statement
    r"(?:^|[-,:;.!])\s*(?:which\s+|what\s+)?(?:element|folder)(?:\s*(?:number|#|no\.?|folder))?"
    r"\s*\?+\s*$|"
    r"\bwhere\s+(?:do|does|did|should|would|can|to|will|must|is|are)\b.{0,60}?"
    r"\b(?:go|goes|put|file|filed|belong|belongs|fit|fits|place|placed|sit|sits)\b|"
    r"\b(?:go|goes|belong|belongs|fit|fits|file it|put it|filed)\s+(?:where|under what)\b|"
    # "does that go somewhere in the secor?", "... orientation checklist — where?"
    r"\b(?:go|goes|belong|belongs|fit|fits)\s+(?:somewhere|anywhere)\s+in\b|"
    r"[-\u2013\u2014,:;]\s*where\s*\?*\s*$|"
    # "should i add the brochure to the secor folders? under which one"
    r"\b(?:folders?|elements?)\b.{0,30}?\b(?:under|in|into)\s+which(?:\s+one)?\s*\?*\s*$|"
    # "do i need to put our customer invoices in one of the elements"
    r"\b(?:put|file|place|include|add|send|submit|go|goes|belong|belongs)\b.{0,60}?\b(?:in|into|"
    r"under)\s+(?:one of\s+)?(?:the|an?|any|which|what)\s+(?:secor\s+)?(?:elements?|element "
    r"folders?)\b",
    re.IGNORECASE,
)


# Where people go to do something ("where can my guys go to take first aid"): no document.
_PEOPLE_GO = re.compile(
    r"\bwhere\s+(?:can|do|does|should|could|would|will)\s+(?:i|we|you|they|he|she|"
    r"(?:my|our|the)\s+\w+)\s+go\s+(?:to|for)\b|"
    # where a course is taken ("where is the closest place to do the small employer course")
    r"\bwhere\b.{0,40}\b(?:take|taking|do|attend|go for|sign up for|register for|book)\b"
    r"(?:\s+\w+){0,3}?\s+(?:course|class|training|csts|phsm|first aid|sfa|"
    r"safety training system)\b",
    re.IGNORECASE,
)


# Where a thing is obtained, not filed: "where do I get the evaluation tool file", "where can
# we download the tool".
_OBTAIN = re.compile(
    r"\bwhere\s+(?:do|does|can|could|would|should|to)\s+(?:i|we|you|one)?\s*"
    r"(?:get|find|download|obtain|access|grab|pick up)\b",
    re.IGNORECASE,
)


# Whether a kind of document is sent at all, against another: "do the policies go in or only
# records?", "are procedures sent too or just the forms", "do we include policies or only the
# records": a question of what to send, not of where a document goes.
_SENT_OR_ONLY = re.compile(
    r"\b(?:go(?:es)? in|get sent|sent|submitted|included|include|send|submit)\b(?: \w+){0,3}?"
    r"\s*,?\s*\bor (?:only|just|simply)\b",
    re.IGNORECASE,
)


def asks_if_sent(text: str) -> bool:
    """TEXT asks whether a kind of document is sent at all or only another ("do the policies
    go in or only records?"), not where one goes."""
    return _SENT_OR_ONLY.search(text) is not None


def is_element_question(text: str) -> bool:
    """The question asks where a document goes, or which of two elements it is."""
    if _PEOPLE_GO.search(text) or _OBTAIN.search(text):
        return False
    if ELEMENT_QUESTION.search(text) or _ONE.search(text):
        return True
    match = _TWO.search(text)
    if match is None or candidates(text) is None:
        return False
    # "..., element 3 or 4?": the pair ends the question, or elements are named, or their
    # number is asked next ("a safe work practice or a safe job procedure, and which number?")
    rest = text[match.end() :].strip(" ?.!")
    return not rest or "element" in text.lower() or bool(_NUMBER_ASKED.match(rest))


# "..., and which number", "and what number is it": the element's number asked after a pair.
_NUMBER_ASKED = re.compile(
    r"^[,;]?\s*(?:and\s+)?(?:which|what)\s+(?:number|no\.?|#|one)\b", re.IGNORECASE
)


def element_label(question: str, labeler: DocumentLabeler | None) -> tuple[str, str, float]:
    """(the words asked about, label, confidence): the classifier, else the element words."""
    asked = asked_document(question)
    pair = candidates(question)
    cue = cue_label(asked, pair or ())
    if cue is not None:
        return asked, cue, 1.0
    described = described_document(question, asked)  # "those checklists": the sentence before
    label, sure = document_label(described, labeler)
    if _POINTING.match(asked):
        asked = asked[0].lower() + asked[1:]  # "where to file those completed checklists"
    return asked, label, sure


def document_label(described: str, labeler: DocumentLabeler | None) -> tuple[str, float]:
    """(label, confidence) of a DESCRIBED document: the classifier, else the element words;
    business paperwork (invoices, loans, brochures) is "other"."""
    label, sure = labeler(described) if labeler is not None else ("other", 0.0)
    words, words_sure = words_label(described)
    if (label == "other" or sure < SURE) and words != "other":
        label, sure = words, max(words_sure, sure)
    elif _business(described):
        label, sure = "other", words_sure
    return label, sure


# A document named only by pointing back: "those completed checklists", "these forms",
# "the spreadsheet", "that write-up" (a determiner, then words that say nothing of content).
_POINTING = re.compile(r"^(?:those|these|that|this|such|said|both)\b", re.IGNORECASE)
_GENERIC_ONLY = re.compile(
    r"^(?:(?:the|our|my|his|her|their|all|completed|filled(?:[- ](?:in|out))?|finished|signed|"
    r"new|old|same|whole|two|both|of|monthly|weekly|daily|paper|printed|scanned|"
    r"excel|digital)\s+)*"
    r"(?:spreadsheets?|binders?|forms?|sheets?|files?|documents?|docs|lists?|write[- ]?ups?|"
    r"paperwork|logs?|reports?|records?|folders?|papers?|printouts?|copies|pictures?|photos?|"
    r"things?|stuff|ones?)$",
    re.IGNORECASE,
)


def points_back(asked: str) -> bool:
    """ASKED names its document only by pointing back to what was said before it."""
    words = asked.strip(" ?.!,:;-")
    return bool(_POINTING.match(words) or _GENERIC_ONLY.match(words))


def described_document(question: str, asked: str) -> str:
    """ASKED, described with the words of the sentence before it when it only points back
    ("Every month I walk each site with a checklist ... Those completed checklists"): the
    classifier reads what the earlier sentence says the document holds."""
    if not points_back(asked):
        return asked
    sentences = [x.strip() for x in re.split(r"(?<=[.!?])\s+", question.strip()) if x.strip()]
    key = asked.strip(" ?.!,:;-").lower()
    for i, sentence in enumerate(sentences):
        if i and key and key in sentence.lower():
            before = sentences[i - 1]
            if len(before.split()) < SHORT_SENTENCE and i > 1:  # "We do that monthly."
                before = f"{sentences[i - 2]} {before}"
            return f"{before} {asked}"
    return asked


# A sentence this short before a pointing question says too little alone.
SHORT_SENTENCE = 6


# Documents of no element whose place the pages do not give, with the fact they do state.
_NO_ELEMENT_SAID = {"legislation": "legislation-list"}
# The pages name the elements, never which document goes where: the placement is ours.
OUR_READING = (
    "ACSA's pages name the 13 elements but not where each kind of document goes; "
    "that placement is our reading."
)


def _business(asked: str) -> bool:
    """Business paperwork no element asks for ("customer invoices", "loan papers")."""
    words, sure = words_label(asked)
    return words == "other" and sure >= SURE


def is_business(asked: str, question: str = "") -> bool:
    """Whether ASKED (the words a placement question asks about, described by the sentence
    before it in QUESTION when it only points back) is business paperwork."""
    return _business(described_document(question, asked) if question else asked)


def element_answer(
    question: str,
    confidence: float,
    labeler: DocumentLabeler | None = None,
    decided: tuple[str, str, float] | None = None,
) -> Answer:
    """The element a document goes in, by the intake's classifier, else by element words
    (DECIDED: what ``element_label`` already said, so the classifier runs once)."""
    several = several_answer(question, confidence, labeler, decided)
    if several is not None:
        return several  # "where do the toolbox talk sheet and the first aid checklist go"
    asked, label, sure = decided or element_label(question, labeler)
    info = by_label().get(label)
    if label == "other" and _business(described_document(question, asked)):
        lead = (
            f"Understood: where to file {asked}. That is not part of a SECOR evaluation: no "
            "element asks for it, so leave it out of the submission."
        )
        return compose(
            "which_element", ["submit-only-requested", "elements-secor"], confidence, lead=lead
        )
    if info is None or label == "other":
        lead = (
            f"We could not tell which element {asked!r} belongs in. Each document goes in the "
            "folder of the element whose question it answers; the elements are listed below."
        )
        return compose(
            "which_element",
            ["elements-secor", "submit-organise"],
            confidence,
            lead=lead,
            silent="where every kind of document goes",
        )
    if info.element is None and label in _NO_ELEMENT_SAID:
        # the pages name no element for it: say so, with what they do say and the contact
        c = contacts()
        lead = (
            f"Understood: where to file {asked}. ACSA's pages do not say which element the "
            f"{info.name} goes in: it is not one of the 13 elements' documents. Keep it as a "
            f"document of its own; the COR department can tell you more ({c.phone}, {c.email})."
        )
        return compose("which_element", [_NO_ELEMENT_SAID[label]], confidence, lead=lead)
    cor = _cor_placement(question, label, info.element, info.name)
    if cor is not None:
        what = re.sub(r"\s+(?:go|goes|be|belongs?|fit|fits)\b.*$", "", asked)
        lead = f"Understood: which COR element for {what}. {cor} {OUR_READING}"
        return compose(
            "which_element", ["elements-cor", "secor-vs-cor-elements"], confidence, lead=lead
        )
    if info.element is None:
        place = (
            f"It is not an element's document: it is the {info.name}, kept as a document "
            "of its own."
        )
    else:
        place = f"That goes in Element {info.element}, {info.name}."
    offered = _ONE.search(question)
    if offered is not None and info.element is not None:
        number = int(re.findall(r"\d+", offered.group(0))[-1])
        verdict = "Yes." if number == info.element else f"No, not Element {number}."
        place = f"{verdict} {place}"
    lead = f"Understood: where to file {asked}. {place}"
    pair = candidates(question)
    if pair is not None and label in pair and info.element is not None:
        other = by_label()[pair[1] if label == pair[0] else pair[0]]
        why = _cue_data()[1].get(label, "")
        lead = (
            f"Understood: where to file {asked}. Of the two: Element {info.element}, "
            f"{info.name}, because {why}; not Element {other.element}, {other.name}."
        )
    if sure < SURE:
        lead += " (We are not fully sure: if it answers another element's question, file it there.)"
    if info.element is not None:
        lead += f" {OUR_READING}"
    return compose("which_element", ["submit-organise", "elements-secor"], confidence, lead=lead)


# A question about a full COR's elements, not SECOR's: "if we move up to COR, which element",
# "in a full COR". ("what cor element is it" alone is often SECOR's, named loosely.)
_COR_ASKED = re.compile(
    r"\bfull\s+cor\b|\b(?:move|moving|moved|go|going|switch\w*|upgrad\w*|step|stepping|"
    r"grow|growing)\s+(?:up\s+)?(?:to|for|into)\s+(?:a\s+|the\s+)?cor\b|"
    r"\bcor\s+(?:instead|rather than)\b|"
    # "under COR, which element", "in a COR audit where does it go": COR named as the frame
    r"\bunder\s+(?:a\s+|the\s+)?(?:full\s+)?cor\b(?!\s+(?:folders?|binder|package|"
    r"submission)\b)|"
    r"\b(?:in|for)\s+(?:a\s+|the\s+)?cor\b(?=\s*(?:,|\?|$|(?:audit|program|instead)\b))",
    re.IGNORECASE,
)
# SECOR named only as what a full COR replaces: "a COR instead of SECOR", "move up from SECOR".
_SECOR_LEFT = re.compile(
    r"\b(?:instead of|rather than|than|from|beyond|past|out of|outgrow\w*)\s+(?:a\s+|the\s+|"
    r"our\s+)?secor\b",
    re.IGNORECASE,
)
# SECOR labels whose subject is one of a full COR's elements by name (elements-cor): a
# document of that label is read as going in that COR element. Labels whose COR element
# the names do not show (safe work practices, company rules ...) are not placed.
_COR_ELEMENT = {
    "contracting_services": 2,
    "training_communication": 4,
    "hazard_assessment": 5,
    "inspections": 7,
    "maintenance": 7,
    "emergency_planning": 8,
    "investigations": 9,
}
_COR_NAME = re.compile(r"(\d+) (.+?)(?=, \d+ |\.$)")


def _cor_placement(question: str, label: str, element: int | None, name: str) -> str | None:
    """Where a document of LABEL goes in a full COR, when QUESTION asks about COR's elements
    and the COR element's name shows it (else None: the SECOR answer stands)."""
    if not _COR_ASKED.search(question) or re.search(
        r"\bsecor\b", _SECOR_LEFT.sub("", question), re.IGNORECASE
    ):
        return None
    number = _COR_ELEMENT.get(label)
    if number is None or element is None:
        return None
    statement = fact("elements-cor").statement
    names = {int(n): words for n, words in _COR_NAME.findall(statement.split(": ", 1)[1])}
    return (
        f"In a full COR that goes in Element {number}, {names[number]} (a full COR has 10 "
        f"elements); in a SECOR it is Element {element}, {name}."
    )


def with_year_lead(answer: Answer, lead: str) -> Answer:
    """ANSWER (a document's element) with LEAD, what a maintenance year asks of the document,
    said right after the placement ("... that placement is our reading. X are records: ...")."""
    if not lead or lead in answer.answer:
        return answer
    text = answer.answer
    at = text.find(OUR_READING)
    end = at + len(OUR_READING) if at >= 0 else text.find(". ") + 1
    if end <= 0:
        return replace(answer, answer=f"{text} {lead}")
    return replace(answer, answer=f"{text[:end]} {lead} {text[end:].lstrip()}".strip())


def several_answer(
    question: str,
    confidence: float,
    labeler: DocumentLabeler | None,
    decided: tuple[str, str, float] | None = None,
) -> Answer | None:
    """Each document QUESTION names placed separately, when it names two or more
    (bot.several_documents); None for one document."""
    if candidates(question) is not None or _ONE.search(question) or _COR_ASKED.search(question):
        return None  # elements offered, or a full COR's: the one-document answers say those
    asked = decided[0] if decided is not None else asked_document(question)
    if _POINTING.match(asked):
        return None
    # each part is classified once: the cuts and the placements read the same parts
    label = cache(lambda described: document_label(described, labeler))
    documents = several_documents(asked, label, SURE)
    if not documents:
        return None
    placed = "; ".join(_one_placed(d, *label(d)) for d in documents)
    placed = placed[0].upper() + placed[1:]
    lead = (
        f"Understood: where to file {len(documents)} documents, each placed on its own. "
        f"{placed}. {OUR_READING}"
    )
    return compose("which_element", ["submit-organise", "elements-secor"], confidence, lead=lead)


def _one_placed(document: str, label: str, sure: float) -> str:
    """Where one of several DOCUMENTS goes, as a clause: "the fire drill log: Element 11, ..."."""
    name = document
    info = by_label().get(label)
    if label == "other" and _business(document):
        return f"{name}: no element asks for it, so leave it out of the submission"
    if info is None or label == "other":
        return (
            f"{name}: we could not tell which element it belongs in (file it in the folder "
            "of the element whose question it answers)"
        )
    if info.element is None:
        return f"{name}: not an element's document, it is the {info.name}, kept on its own"
    said = f"{name}: Element {info.element}, {info.name}"
    if sure < SURE:
        said += " (we are not fully sure: if it answers another element's question, file it there)"
    return said
