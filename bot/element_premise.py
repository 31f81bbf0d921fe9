"""A question that states what an element number is ("element 2 is the visitor one right?").

The premise is checked against the element guide: SECOR's 13 elements and a full COR's
10 (facts ``elements-secor`` and ``elements-cor``). The answer confirms it, or corrects
it with the element as the pages give it, and says where the described element is (a
SECOR element of another number, or a COR element: employers often mix the two lists).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.answers import Answer
from knowledge.facts import Citation, citation, fact
from knowledge.labels import all_labels

_NUMBER = r"(?:element|elem|el\.?)\s*#?\s*(?P<n>\d{1,2})"
# The program named beside the number: "element 3 in secor", "element 9 of the big COR".
_OF_PROGRAM = (
    r"(?:\s+(?:in|of|for|under)\s+(?:the\s+|a\s+|our\s+)?(?:(?:regular|full|big|standard|"
    r"normal|large)\s+)?(?P<prog>secor|cor))?"
)
_END = r"(?:\s*(?:,|\?|\.|!|$)|\s+(?:right|correct|yes|no|isn'?t it|or not|thing|element)\b)"
# "element 2 is the visitor one", "is element 2 the public one", "training goes in element 4"
_CLAIMS = (
    re.compile(rf"\b{_NUMBER}\s+(?:is|=|was|covers|means)\s+(?:the\s+|for\s+)?(?P<d>.+?){_END}",
               re.IGNORECASE),
    re.compile(rf"\bis\s+{_NUMBER}{_OF_PROGRAM}\s+(?:the\s+|for\s+)?(?P<d>.+?){_END}",
               re.IGNORECASE),
    re.compile(rf"\b(?P<d>[\w ,'/-]+?)\s+(?:goes|go|belongs?|falls?)\s+(?:in|under|into)\s+"
               rf"{_NUMBER}\b(?!\s*(?:or|/)\s*\d)", re.IGNORECASE),
    # "he says incident investigations are element 9"
    re.compile(rf"\b(?P<d>[\w ,'/-]+?)\s+(?:is|are)\s+(?:in\s+)?{_NUMBER}\b"
               rf"(?!\s*(?:or|/)\s*\d)", re.IGNORECASE),
)  # fmt: skip
# Who said it, before the claim itself ("my old boss said inspections are element 7").
_REPORTED = re.compile(
    r"\b(?:said|says|say|thinks?|thought|told (?:me|us)|reckons?|claims?|believes?|heard)\b",
    re.IGNORECASE,
)
# A comparison after the description ("the committee one like in the big COR"): not its name.
_COMPARED = re.compile(r"\s+(?:like|as|same as|just like)\s+(?:in\s+)?(?:the\s+|a\s+)?\S.*$",
                       re.IGNORECASE)  # fmt: skip
_STOP = frozenset(
    {"the", "and", "of", "a", "an", "one", "ones", "health", "safety", "stuff", "thing", "for",
     "that", "this", "it", "is", "my", "our", "he", "says", "said", "buddy", "guy", "cor",
     "secor", "employees", "employee", "right"}
)  # fmt: skip
# The description is read from its last words (the noun phrase of the claim).
NOUN_WORDS = 4
# A word of the description must share this many first letters with a word of the name,
# once singular ("committees" is not "commitment").
STEM = 7


@dataclass(frozen=True)
class Element:
    """One element of a program's list."""

    program: str  # "SECOR" or "COR"
    number: int
    name: str
    short: str = ""  # how people name it ("PPE")


@cache
def elements() -> tuple[Element, ...]:
    """SECOR's 13 elements (knowledge/data/elements.toml) and a full COR's 10 (its fact)."""
    secor = [
        Element("SECOR", i.element, i.name, i.short) for i in all_labels() if i.element is not None
    ]
    listed = fact("elements-cor").statement.split(":", 1)[1]
    cor = [
        Element("COR", int(m.group(1)), m.group(2).strip(" ."))
        for m in re.finditer(r"(\d+) (.+?)(?=, \d+ |\.?$)", listed.strip())
    ]
    return (*secor, *cor)


def _stems(text: str) -> set[str]:
    words = re.findall(r"[a-z]+", text.lower())
    return {_singular(w)[:STEM] for w in words if w not in _STOP and len(w) > 2}


def _singular(word: str) -> str:
    """WORD without a plural ending ("policies" -> "policy", "rules" -> "rule")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _match(description: str, prefer: str = "SECOR") -> Element | None:
    """The element whose name the DESCRIPTION names best (None when none clearly); a tie
    goes to the program PREFER."""
    said = _stems(description)
    if not said:
        return None
    scored = sorted(
        (
            (len(said & _stems(f"{e.name} {e.short}")) / len(said), e.program == prefer, e)
            for e in elements()
        ),
        key=lambda t: (t[0], t[1]),
        reverse=True,
    )
    best = scored[0]
    return best[2] if best[0] >= 0.5 else None


# "what element number is safe job procedures", "which number is PPE": numbers asked by name.
_NUMBER_OF = re.compile(
    r"\b(?:what|which)\s+(?:element\s+)?(?:number|no\.?|#)\s+(?:is|are|for)\s+(?P<d>[^?,.;]+?)"
    r"(?=\s+and\s+(?:what|which)\b|[?,.;]|$)",
    re.IGNORECASE,
)
# "is Management Commitment one of the SECOR elements?": a name asked to be on the list.
_ONE_OF = re.compile(
    r"\bis\s+(?P<d>[\w ,'/&\"“”-]+?)\s+(?:one of|among|part of|on the list of|in)\s+(?:the\s+)?"
    r"(?:(?:(?P<prog>secor|cor)(?:'?s)?\s+)?elements?\b|(?P<prog2>secor|cor)'?s\b)|"
    # "is contracting services an element in SECOR", "is PPE one element of the COR"
    r"\bis\s+(?P<d2>[\w ,'/&\"“”-]+?)\s+(?:an?|one)\s+elements?\s+(?:in|of|for)\s+(?:the\s+|a\s+)?"
    r"(?:full\s+|big\s+)?(?P<prog3>secor|cor)\b",
    re.IGNORECASE,
)


def _sources() -> tuple[Citation, ...]:
    items = [fact("elements-secor"), fact("elements-cor")]
    return tuple(dict.fromkeys(citation(i) for i in items))


def number_answer(question: str) -> Answer | None:
    """The numbers of the elements QUESTION names and asks the number of ("what element
    number is safe job procedures and what number is safe work practices?")."""
    named = [_match(m.group("d")) for m in _NUMBER_OF.finditer(question)]
    found = [e for e in named if e is not None]
    if not found:
        return None
    said = "; ".join(
        f"{e.name} is Element {e.number}" + ("" if e.program == "SECOR" else " of a full COR")
        for e in dict.fromkeys(found)
    )
    text = f"For SECOR: {said}. SECOR has 13 elements; a full COR has 10."
    return Answer(text, "elements", 0.9, _sources())


def membership_answer(question: str) -> Answer | None:
    """Whether the element QUESTION names is one of SECOR's (or a full COR's) elements."""
    found = _ONE_OF.search(question)
    if found is None:
        return None
    program = found.group("prog") or found.group("prog2") or found.group("prog3") or ""
    asked = "COR" if program.lower() == "cor" else "SECOR"
    named = _match(found.group("d") or found.group("d2"), prefer=asked)
    if named is None:
        return None
    if named.program == asked:
        where = "a full COR" if asked == "COR" else "SECOR"
        text = f"Yes: {named.name} is Element {named.number} of {where}."
    else:
        where = "a full COR" if named.program == "COR" else "SECOR"
        text = (
            f"No: {named.name} is not one of {'SECOR' if asked == 'SECOR' else 'a full COR'}'s "
            f"elements; it is Element {named.number} of {where}."
        )
        same = {(e.program, e.number): e for e in elements()}.get((asked, named.number))
        if same is not None:  # the lists are often mixed up: the same number in the other
            text += f" (In {'SECOR' if asked == 'SECOR' else 'a full COR'}, Element "
            text += f"{named.number} is {same.name}.)"
    return Answer(_with_list(text, asked), "elements", 0.9, _sources())


def _with_list(text: str, program: str) -> str:
    """TEXT, with the element guide's list of SECOR's 13 elements after a "No" about SECOR
    (what the employer's folders should be), else the two lists' sizes."""
    if text.startswith("No") and program == "SECOR":
        return f"{text} {fact('elements-secor').statement} A full COR has 10."
    return f"{text} SECOR has 13 elements; a full COR has 10."


def premise_answer(question: str) -> Answer | None:
    """The answer to a question that states what element number N is, or asks its name
    (``name_answer``), its number (``number_answer``) or whether it is one of the elements
    (``membership_answer``), or None."""
    for pattern in _CLAIMS:
        found = pattern.search(question)
        if found is None:
            continue
        number = int(found.group("n"))
        # what is said to go in it: the words just before "goes in" ("he says training")
        claim = _REPORTED.split(found.group("d"))[-1]  # "my old boss said | inspections"
        words = _COMPARED.sub("", claim).split()
        described = _match(" ".join(words[-NOUN_WORDS:]))
        if described is None or not 1 <= number <= 13:
            # no element described ("is element 2 called", "is element 1 for SECOR"): another
            # shape may still state one ("Management Commitment is element 1"), else perhaps
            # its name is asked
            continue
        named = (found.groupdict().get("prog") or "").upper()  # "element 3 in secor"
        return _answer(number, described, question, program=named)
    return (
        name_answer(question)
        or number_answer(question)
        or membership_answer(question)
        or cor_list_answer(question)
        or secor_list_answer(question)
    )


# The list of elements asked for: "what are they", "list them", "what are COR's elements".
_LIST_ASKED = re.compile(
    r"\b(?:what (?:are|r) (?:they|them|those|the(?:ir)?\b[^?.!]{0,20}\belements)|"
    r"(?:list|name) (?:them|the elements|all)|which (?:are|ones)|elements? list|"
    r"what(?:'s| is) on the\b[^?.!]{0,15}\blist|"
    r"what elements|how many elements|"
    r"what (?:are|r) (?:a |the )?(?:full |big )?cor'?s? elements)\b",
    re.IGNORECASE,
)
_ASKING = re.compile(r"[^.?!]*\?|[^.?!]+$")


def cor_list_answer(question: str) -> Answer | None:
    """A full COR's list of elements, when a sentence of QUESTION that asks for the list
    names COR and not SECOR ("we'll outgrow SECOR. what are COR's elements?": SECOR is only
    the story); None otherwise."""
    for sentence in _ASKING.findall(question):
        cor = re.search(r"\bcor'?s?\b", sentence, re.I)
        if cor and not re.search(r"\bsecor\b", sentence, re.I) and _LIST_ASKED.search(sentence):
            return _facts_answer(("elements-cor", "secor-vs-cor-elements"), "cor_elements")
    return None


# SECOR's list asked for in so many words: "could you list the SECOR elements", "name all 13
# elements for me", "what are the elements called" (not "what elements do we send").
_SECOR_LIST_ASKED = re.compile(
    r"\b(?:list|name|give me|tell me|spell out|run me through|go over|go through|write out)"
    r"\b(?:\s+(?:me|us|all|of|out|the|your|secor'?s?|\d{1,2}|thirteen)){0,4}\s+elements\b|"
    r"\bwhat (?:are|r) (?:the\s+|all\s+|secor'?s?\s+|\d{1,2}\s+|thirteen\s+)*elements"
    r"(?:\s+(?:called|named|again|of secor|in secor))?\s*\?",
    re.IGNORECASE,
)
# Words that make a list request about what is sent, not the elements' names.
_SENDING = re.compile(r"\b(?:send|submit|maintenance|need|required|missing)\b", re.IGNORECASE)


def secor_list_answer(question: str) -> Answer | None:
    """SECOR's 13 elements with the folder advice, when a sentence of QUESTION asks for the
    list in so many words and names no full COR ("could you list the SECOR elements so I can
    label my folders?"); None otherwise."""
    for sentence in _ASKING.findall(question):
        if _SENDING.search(sentence) or _program(sentence) == "COR":
            continue
        if _SECOR_LIST_ASKED.search(sentence):
            return _facts_answer(("elements-secor", "submit-organise"), "elements")
    return None


def _facts_answer(ids: tuple[str, ...], topic: str) -> Answer:
    """The facts IDS said one after another, as a TOPIC answer citing each page once."""
    items = [fact(i) for i in ids]
    sources = tuple(dict.fromkeys(citation(i) for i in items))
    return Answer(" ".join(i.statement for i in items), topic, 0.9, sources)


# "what is element 2 called", "whats element 7", "the name of element 5": a name asked for.
_NAME_ASKED = re.compile(
    rf"\b(?:what(?:'s| is| are)?|whats|which is)\s+(?:the\s+)?(?:name\s+of\s+)?(?:the\s+)?"
    rf"{_NUMBER}\b(?!\s+(?:or|and|/)\s)(?=\s*(?:called|named|about|for|in (?:a |the )?\w+|\?|$|"
    rf"\)))",
    re.IGNORECASE,
)
# The number named first, its name asked after: "in COR element 3 what is that one",
# "element 7, what's that again?", "elem 4 - which is it?".
_NAME_ASKED_AFTER = re.compile(
    rf"\b{_NUMBER}\b[^.?!]{{0,25}}?\b(?:what(?:'s| is)|whats|which is|what does)\s+"
    rf"(?:that|this|it|that one|this one)\b(?:\s+(?:one|again|called|mean|stand for|cover))*"
    rf"\s*(?:\?|$)",
    re.IGNORECASE,
)
# A full COR named against SECOR: "the regular COR (not secor)", "a full COR", "big COR".
_FULL_COR = re.compile(
    r"\b(?:regular|full|big|standard|normal|large)\s+cor\b|\bcor\s*\(?\s*(?:not|non)[- ]secor\b",
    re.IGNORECASE,
)


def _program(question: str) -> str:
    """The program whose list QUESTION asks about: a full COR when it names one."""
    if _FULL_COR.search(question):
        return "COR"
    cor = re.search(r"\bcor\b", question, re.I) and not re.search(r"\bsecor\b", question, re.I)
    return "COR" if cor else "SECOR"


def name_answer(question: str) -> Answer | None:
    """The name of the element number QUESTION asks about ("in the regular COR (not secor)
    what is element 2 called"), from the program it names, with the other program's."""
    found = _NAME_ASKED.search(question) or _NAME_ASKED_AFTER.search(question)
    if found is None:
        return None
    number = int(found.group("n"))
    listed = {(e.program, e.number): e for e in elements()}
    program = _program(question)
    stated = listed.get((program, number))
    if stated is None:
        return None
    name = "a full COR" if program == "COR" else "SECOR"
    text = f"For {name}, Element {number} is {stated.name}."
    other = "SECOR" if program == "COR" else "COR"
    same = listed.get((other, number))
    if same is not None:
        text += (
            f" (In {'a full COR' if other == 'COR' else 'SECOR'}, Element {number} is {same.name}.)"
        )
    text += " SECOR has 13 elements; a full COR has 10."
    items = [fact("elements-secor"), fact("elements-cor")]
    return Answer(text, "elements", 0.9, tuple(dict.fromkeys(citation(i) for i in items)))


def _answer(number: int, described: Element, question: str, program: str = "") -> Answer:
    program = program or _program(question)
    listed = {(e.program, e.number): e for e in elements()}
    stated = listed.get((program, number))
    if stated is None:
        program, stated = "SECOR", listed[("SECOR", number)]
    if described == stated:
        text = f"Yes: for {program}, Element {number} is {stated.name}."
    else:
        text = f"No: for {program}, Element {number} is {stated.name}."
        if described.program == program:
            text += f" {described.name} is Element {described.number}."
        else:
            text += (
                f" {described.name} is Element {described.number} of "
                + ("a full COR" if described.program == "COR" else "SECOR")
                + "."
            )
    other = "COR" if program == "SECOR" else "SECOR"
    same = listed.get((other, number))
    if same is not None and same != described:
        text += (
            f" (In {'a full COR' if other == 'COR' else 'SECOR'}, Element {number} is {same.name}.)"
        )
    return Answer(_with_list(text, program), "elements", 0.9, _sources())
