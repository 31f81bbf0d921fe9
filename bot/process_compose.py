"""Process answers composed from several facts: comparisons, overviews and roles.

Three kinds of question need facts that no single intent holds together
(knowledge/data/bot_process.toml):

- a **comparison** sets two programs, organisations or year types side by side ("cor vs
  secor whats the difference", "ACSA or Energy Safety Canada, which course does who take",
  "certification year versus maintenance year"): each difference the pages state is
  answered for both sides, labelled and sourced; the rows the question's other words ask
  about, or the main ones when it asks generally;
- an **overview** asks for the process as a whole ("from start to finish", "where do I
  even start", "what happens in the years after we certify"): the ordered steps, each with
  its key fact;
- a **role** someone held leaves ("our first aid guy quit"): what the pages say the role
  needs, and that they do not say what to do when its holder leaves.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from bot.answers import MAX_ANSWER_CHARS, Answer, silent_facts, silent_sentence
from knowledge.facts import Citation, citation, fact, facts

# How sure a composed answer is: the question named what it asks, by rule.
CONFIDENCE = 0.8
# A question asks for a comparison ("vs", "the difference", "compared to").
_COMPARES = re.compile(
    r"\b(?:vs\.?|versus|v\.|differ\w*|compar\w*|distinction|contrast|sets? (?:\w+ ){1,3}apart)\b|"
    r"\bhow (?:does|do|is|are) .{0,40}\b(?:stack up|match)\b",
    re.IGNORECASE,
)
# "Is it the same as ...": a comparison only when asked of the programs as a whole (a rule
# echoed, "ESC gives 36 days, same at ACSA?", is answered by bot.esc_rules).
_SAME = re.compile(r"\b(?:same (?:as|thing)|the same|alike)\b", re.IGNORECASE)
# The words of a question that say nothing of what it asks.
_FILLER = frozenset(
    re.findall(
        r"\S+",
        "a an the is are was were be do does did we i you our my your it its of for to in on "
        "and or with what whats what's how so just really actually honestly thing things one "
        "ones between same as difference differences different differ vs versus compare "
        "compared comparison quick question can could would should tell me us explain main real "
        "big bit both",
    )
)
# A question that asks generally ("cor vs secor, what's the difference") says this few words
# besides the sides' names and the filler; a longer one asks something else.
GENERAL_WORDS = 4
# Where a document goes is asked of the element guide (bot.element_answer), not compared.
_ASKS_WHERE = re.compile(
    r"\bwhere\b|\bwhich (?:\w+ )?(?:element|one|folder)\b|\bgo(?:es)? (?:in|under|into)\b",
    re.IGNORECASE,
)
# Someone leaves a role ("quit", "left", "retired", "no longer with us").
_LEAVES = re.compile(
    r"\b(?:quit|quits|quitting|left|leaves|leaving|retir\w*|fired|let go|laid off|"
    r"moved on|moving on|resign\w*|no longer (?:with|works|here|employed)|passed away|"
    r"gone|walked off|took off)\b",
    re.IGNORECASE,
)
# "A vs B" where a side name holds another ("secor" in "secor vs cor" is not "cor").
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Row:
    """One difference of a pair: its label, each side's words and facts, or what is same."""

    label: str
    words: re.Pattern[str]
    main: bool
    a: str
    a_facts: tuple[str, ...]
    b: str
    b_facts: tuple[str, ...]
    same: str
    same_facts: tuple[str, ...]
    one_side_words: re.Pattern[str] | None = None

    @property
    def facts(self) -> tuple[str, ...]:
        """Every fact the row restates."""
        return (*self.a_facts, *self.b_facts, *self.same_facts)


@dataclass(frozen=True)
class Pair:
    """Two sides a question may compare, and the rows that differ."""

    id: str
    about: str
    a: str
    b: str
    a_words: re.Pattern[str]
    b_words: re.Pattern[str]
    rows: tuple[Row, ...]
    one_side: str = ""
    unless: re.Pattern[str] | None = None

    def names(self, side: str, text: str) -> bool:
        """Whether TEXT names SIDE ("a" or "b"; side b read once side a's names are removed)."""
        if side == "a":
            return bool(self.a_words.search(text))
        return bool(self.b_words.search(self.a_words.sub(" ", text)))


@dataclass(frozen=True)
class Step:
    """One step of an overview, in the project's words, with the facts it restates."""

    text: str
    facts: tuple[str, ...]


@dataclass(frozen=True)
class Overview:
    """The process as a whole, asked for by ASKS: its ordered steps."""

    id: str
    about: str
    asks: re.Pattern[str]
    steps: tuple[Step, ...]
    unless: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Role:
    """A role the program needs filled, what the pages say it needs and what they omit."""

    id: str
    about: str
    words: re.Pattern[str]
    facts: tuple[str, ...]
    lead: str
    silent: str


@dataclass(frozen=True)
class ProcessData:
    """bot_process.toml as read."""

    pairs: tuple[Pair, ...]
    overviews: tuple[Overview, ...]
    roles: tuple[Role, ...]


def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text, re.IGNORECASE)


def _ids(item: dict[str, Any], key: str) -> tuple[str, ...]:
    """The fact ids of ITEM[KEY], each checked to exist in facts.toml."""
    ids = tuple(item.get(key, ()))
    unknown = [i for i in ids if i not in facts()]
    if unknown:
        raise ValueError(f"bot_process.toml names unknown facts: {unknown}")
    return ids


def _row(item: dict[str, Any]) -> Row:
    return Row(
        label=item["label"],
        words=_pattern(item["words"]),
        main=bool(item.get("main", False)),
        a=item.get("a", ""),
        a_facts=_ids(item, "a_facts"),
        b=item.get("b", ""),
        b_facts=_ids(item, "b_facts"),
        same=item.get("same", ""),
        same_facts=_ids(item, "same_facts"),
        one_side_words=_pattern(item["one_side_words"]) if "one_side_words" in item else None,
    )


@cache
def process_data() -> ProcessData:
    """The comparisons, overviews and roles of knowledge/data/bot_process.toml."""
    path = files("knowledge").joinpath("data/bot_process.toml")
    raw = tomllib.loads(path.read_text("utf-8"))
    pairs = tuple(
        Pair(
            id=p["id"],
            about=p["about"],
            a=p["a"],
            b=p["b"],
            a_words=_pattern(p["a_words"]),
            b_words=_pattern(p["b_words"]),
            rows=tuple(_row(r) for r in p["row"]),
            one_side=p.get("one_side", ""),
            unless=_pattern(p["unless"]) if "unless" in p else None,
        )
        for p in raw["pair"]
    )
    overviews = tuple(
        Overview(
            id=o["id"],
            about=o["about"],
            asks=_pattern(o["asks"]),
            steps=tuple(Step(s["text"], _ids(s, "facts")) for s in o["step"]),
            unless=_pattern(o["unless"]) if "unless" in o else None,
        )
        for o in raw["overview"]
    )
    roles = tuple(
        Role(
            id=r["id"],
            about=r["about"],
            words=_pattern(r["words"]),
            facts=_ids(r, "facts"),
            lead=r.get("lead", ""),
            silent=r.get("silent", ""),
        )
        for r in raw["role"]
    )
    return ProcessData(pairs, overviews, roles)


def _cited(fact_ids: Sequence[str]) -> tuple[Citation, ...]:
    """The citations of FACT_IDS, each page section once, in order."""
    seen: dict[tuple[str, str], Citation] = {}
    for fact_id in fact_ids:
        cite = citation(fact(fact_id))
        seen.setdefault((cite.id, cite.section), cite)
    return tuple(seen.values())


def _source_names(fact_ids: Sequence[str]) -> str:
    """The short names of the pages FACT_IDS come from ("SECOR Process")."""
    names = dict.fromkeys(citation(fact(i)).title for i in fact_ids)
    return "; ".join(names)


# --- comparisons --------------------------------------------------------------------------


def compared_pair(text: str) -> Pair | None:
    """The pair TEXT compares: it names both sides and asks for a comparison, of a row the
    pair knows or of the two as a whole (then it says little else)."""
    strong = bool(_COMPARES.search(text))
    if (not strong and not _SAME.search(text)) or _ASKS_WHERE.search(text):
        return None
    for pair in process_data().pairs:
        if not (pair.names("a", text) and pair.names("b", text)):
            continue
        if pair.unless is not None and pair.unless.search(text):
            continue
        rest = _without_sides(pair, text)
        if any(row.words.search(rest) for row in pair.rows):
            if strong:
                return pair
        elif _is_general(rest):
            return pair
    return None


def _is_general(rest: str) -> bool:
    """REST (a question without its sides' names) asks nothing besides the comparison."""
    words = [w for w in re.findall(r"[a-z0-9']+", rest.lower()) if w not in _FILLER]
    return len(words) <= GENERAL_WORDS


def _one_side(text: str) -> tuple[Pair, str, list[Row]] | None:
    """The pair, side and rows TEXT asks about when it names only the pair's ONE_SIDE and
    uses a row's words ("how many elements does a full cor have")."""
    for pair in process_data().pairs:
        side = pair.one_side
        other = "a" if side == "b" else "b"
        if not side or not pair.names(side, text) or pair.names(other, text):
            continue
        if pair.unless is not None and pair.unless.search(text):
            continue
        rows = [r for r in pair.rows if r.one_side_words and r.one_side_words.search(text)]
        if rows:
            return pair, side, rows
    return None


def _without_sides(pair: Pair, text: str) -> str:
    """TEXT with the names of both sides of PAIR taken out."""
    return _SPACES.sub(" ", pair.b_words.sub(" ", pair.a_words.sub(" ", text)))


def _rows_asked(pair: Pair, text: str) -> list[Row]:
    """The rows whose words TEXT uses once the side names are set aside, else the main ones."""
    rest = _without_sides(pair, text)
    asked = [row for row in pair.rows if row.words.search(rest)]
    return asked or [row for row in pair.rows if row.main]


def _row_text(pair: Pair, row: Row) -> str:
    """One row: each side labelled, with the pages it comes from."""
    if row.same:
        return f"{row.label}: {row.same} ({_source_names(row.same_facts)})."
    return (
        f"{row.label}: {pair.a}: {row.a} ({_source_names(row.a_facts)}). "
        f"{pair.b}: {row.b} ({_source_names(row.b_facts)})."
    )


def comparison_answer(text: str) -> Answer | None:
    """The differences the pages state between the two sides TEXT compares, if it does."""
    pair = compared_pair(text)
    if pair is None:
        return one_side_answer(text)
    return compared(pair, text)


def compared(pair: Pair, text: str) -> Answer:
    """The rows of PAIR that TEXT asks about (the main ones if none), each side labelled."""
    lines = [f"Understood: {pair.about}."]
    used: list[str] = []
    for row in _rows_asked(pair, text):
        line = _row_text(pair, row)
        if len("\n".join([*lines, line])) > MAX_ANSWER_CHARS:
            break
        lines.append(line)
        used.extend(row.facts)
    return Answer("\n".join(lines), f"compare_{pair.id}", CONFIDENCE, _cited(used))


def one_side_answer(text: str) -> Answer | None:
    """One side's part of the rows TEXT asks about, when it names only that side."""
    found = _one_side(text)
    if found is None:
        return None
    pair, side, rows = found
    name = pair.a if side == "a" else pair.b
    lines = []
    used: list[str] = []
    for row in rows:
        said, ids = (row.a, row.a_facts) if side == "a" else (row.b, row.b_facts)
        lines.append(f"{row.label}: {name}: {said} ({_source_names(ids)}).")
        used.extend(ids)
    return Answer(" ".join(lines), f"compare_{pair.id}", CONFIDENCE, _cited(used))


# --- overviews ----------------------------------------------------------------------------


def asked_overview(text: str) -> Overview | None:
    """The overview TEXT asks for (the first in the data file that its words ask for)."""
    return next(
        (
            o
            for o in process_data().overviews
            if o.asks.search(text) and not (o.unless is not None and o.unless.search(text))
        ),
        None,
    )


def overview_answer(text: str) -> Answer | None:
    """The ordered steps of the process TEXT asks for as a whole, if it does."""
    overview = asked_overview(text)
    if overview is None:
        return None
    lines = [f"Understood: {overview.about}."]
    used: list[str] = []
    for n, step in enumerate(overview.steps, start=1):
        line = f"{n}) {step.text}"
        if len("\n".join([*lines, line])) > MAX_ANSWER_CHARS:
            break
        lines.append(line)
        used.extend(step.facts)
    return Answer("\n".join(lines), f"overview_{overview.id}", CONFIDENCE, _cited(used))


# --- roles --------------------------------------------------------------------------------


# A course asked of to keep the company eligible, or the three years of continuing education.
_KEEPS_ELIGIBLE = re.compile(
    r"\b(?:keep|keeps|keeping|stay|stays|staying|remain|remains|remaining)\b(?: \w+){0,2} "
    r"(?:eligible|qualified|certified|in good standing)\b|\b(?:3|three)[- ]years?\b|"
    r"\bcontinuing education\b",
    re.IGNORECASE,
)


def role_left(text: str) -> Role | None:
    """The role whose holder TEXT says left, if it names one of the program's roles."""
    if not _LEAVES.search(text):
        return None
    return next((r for r in process_data().roles if r.words.search(text)), None)


def role_answer(text: str) -> Answer | None:
    """What the pages say a role needs, when TEXT says the person who held it left."""
    role = role_left(text)
    if role is None:
        return None
    parts = [f"Understood: {role.about}."]
    if role.lead:
        parts.append(role.lead)
    used: list[str] = []
    silent = silent_sentence(role.silent) if role.silent else ""
    # "what course keeps us eligible now", "it'll be three years": the continuing education
    # rule (a course every three years, by anyone full-time) is what is asked, said first
    asked = ("continuing-education",) if _KEEPS_ELIGIBLE.search(text) else ()
    for fact_id in dict.fromkeys((*asked, *role.facts)):
        statement = fact(fact_id).statement
        if len(" ".join([*parts, statement, silent])) > MAX_ANSWER_CHARS:
            continue
        parts.append(statement)
        used.append(fact_id)
    if silent:
        parts.append(silent)
        used.extend(f.id for f in silent_facts())
    return Answer(" ".join(parts), f"role_{role.id}", CONFIDENCE, _cited(used))


def process_answer(text: str) -> Answer | None:
    """A comparison, an overview or a role answer for TEXT, whichever it asks for."""
    return comparison_answer(text) or overview_answer(text) or role_answer(text)


def message_answer(text: str, questions: Sequence[str]) -> Answer | None:
    """The process answer to a message of QUESTIONS: what the whole TEXT asks, or a
    comparison its first question opens with, its rows chosen from the whole message ("Is
    ACSA's SECOR the same as ESC's? ESC wants a full year, ACSA 3 months")."""
    whole = process_answer(text)
    if whole is not None or not questions:
        return whole
    pair = compared_pair(questions[0])
    return compared(pair, text) if pair is not None else None
