"""Routing a question's parts to the facts that answer them (issue 11, Deliver 0).

An intent's answer is its topic's facts. A question often names something more that the
topic's facts do not say: "can i mail you a usb? if not how do i organize the files" is
answered by the organising facts, but the USB is in another fact. The router finds the
question's content words that the answer does not mention, ranks the facts of the
knowledge base by BM25 over those words (each fact's own words, and at a lower weight the
training questions of the intent it answers first), and adds the best fact when it wins
clearly (a minimum score and a margin over the next). A question that asks for a type of
answer (a date, a duration, a list: ``bot.asks_for``) gets the fact that holds that type
and shares most of its words, when it shares enough.

Energy Safety Canada's facts keep their place: after ACSA's, labelled, unless the
question is about Energy Safety Canada.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from bot.abstain import EVERYWHERE, KEYWORD_WEIGHT, Coverage, Evidence, neutral_words, stem
from bot.answers import ESC, ESC_ASIDE, MAX_ANSWER_CHARS, Answer, cut_at_sentence
from bot.asks_for import answer_type, asked_type, holds
from bot.esc_rules import acsa_first
from knowledge.facts import citation, contacts, fact, facts

# BM25's usual constants.
K1 = 1.2
B = 0.75
# The best fact must score this much over the question's missing words, and this many
# times the next fact's score (a clear winner, not one of several loosely related facts).
MIN_SCORE = 3.0
MARGIN = 1.3
# The best fact must state this many of the missing words itself (not only in its keywords).
MIN_STATED = 2
# A word counts as stated when at most this many facts use it ("program" says nothing).
MAX_DF = 6
# A keyword (a word of the training questions) counts when at most this many facts use it.
KEYWORD_DF = 2
# A fact that holds the type of answer asked for is added when it shares this much of
# the question's own words (bot.asks_for; the abstention's share is weaker).
TYPED_SHARE = 0.5
# Words that name Energy Safety Canada, not what is asked about it.
_ESC_NAME = frozenset({"energy", "safety", "canada", "esc", "enform"})
# Answer kinds that may get a routed fact: answers from a topic's facts.
_ROUTED_KINDS = frozenset({"answer"})


@dataclass(frozen=True)
class Routed:
    """The fact added to an answer, and the question's words it was chosen for."""

    fact_id: str
    words: tuple[str, ...]


class Router:
    """BM25 over the knowledge base's facts, for the words an answer leaves out."""

    def __init__(self, coverage: Coverage) -> None:
        self._coverage = coverage
        self._terms: dict[str, dict[str, float]] = {}
        for fact_id in coverage.fact_words:
            own = coverage.content_of(fact(fact_id).statement)
            terms = dict.fromkeys((stem(norm) for norm, _ in own), 1.0)  # stems: one word for
            for word in coverage.fact_keywords.get(fact_id, frozenset()):  # "responsible"
                terms.setdefault(stem(word), KEYWORD_WEIGHT)  # and "responsibility"
            self._terms[fact_id] = terms
        lengths = [sum(t.values()) for t in self._terms.values()]
        self._average = sum(lengths) / len(lengths) if lengths else 1.0
        df: dict[str, int] = {}
        for terms in self._terms.values():
            for word in terms:
                df[word] = df.get(word, 0) + 1
        self._df = df
        n = len(self._terms)
        self._idf = {w: math.log(1 + (n - k + 0.5) / (k + 0.5)) for w, k in df.items()}

    def scores(self, words: list[str]) -> list[tuple[float, str]]:
        """Each fact's BM25 score for WORDS, best first."""
        out = []
        for fact_id, terms in self._terms.items():
            length = sum(terms.values())
            score = 0.0
            for word in words:
                tf = terms.get(word, 0.0)
                if tf:
                    norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / self._average))
                    score += self._idf.get(word, 0.0) * norm
            if score > 0:
                out.append((score, fact_id))
        return sorted(out, reverse=True)

    def esc_rule(self, doc: Doc) -> str | None:
        """The one Energy Safety Canada fact a question about ESC asks for, when BM25 over
        ESC's facts alone (those holding the type of answer asked for, if one is: a
        duration, a date) finds a clear winner for the question's words (else None)."""
        kind = asked_type(doc.text)
        words = list(
            dict.fromkeys(
                stem(n)
                for n, _ in self._coverage.content(doc)
                if n not in EVERYWHERE and n not in _ESC_NAME
            )
        )
        ranked = [
            (score, f)
            for score, f in self.scores(words)
            if fact(f).authority == ESC and (kind is None or holds(kind, fact(f).statement))
        ]
        if not ranked or ranked[0][0] < MIN_SCORE:
            return None
        if len(ranked) > 1 and ranked[0][0] < MARGIN * ranked[1][0]:
            return None
        return ranked[0][1]

    def _specific(self, fact_id: str, word: str) -> bool:
        """Whether WORD ties the fact FACT_ID to the question: the fact states it and few
        facts do, or it is among the fact's keywords and almost no other fact's."""
        weight = self._terms[fact_id].get(word, 0.0)
        df = self._df.get(word, 0)
        return (weight == 1.0 and df <= MAX_DF) or (weight > 0 and df <= KEYWORD_DF)

    def _answered(self, answer: Answer, evidence: Evidence) -> bool:
        """Whether a fact ANSWER already states holds the type EVIDENCE asks for and states
        every word the typed fact was chosen for."""
        kind = answer_type(evidence.asks)
        for item in facts().values():
            if item.statement not in answer.answer or not holds(kind, item.statement):
                continue
            if item.authority == ESC:
                continue  # Energy Safety Canada's rule does not answer for ACSA's
            keywords = self._coverage.fact_keywords.get(item.id, frozenset())
            if all(
                self._coverage.states(item.id, w) or w in keywords for w in evidence.typed_words
            ):
                return True
        return False

    def missing(self, doc: Doc, answer: Answer) -> list[str]:
        """DOC's content words (normal forms) that ANSWER's text does not mention."""
        said = self._coverage.words_of(answer.answer)
        said_stems = {stem(w) for w in said}
        neutral = neutral_words()
        return list(
            dict.fromkeys(
                n
                for n, w in self._coverage.content(doc)
                if not {n, w, w.rstrip("s")} & said
                and stem(w) not in said_stems
                and n not in EVERYWHERE
                and n not in neutral
                and w not in neutral
            )
        )

    def route(self, doc: Doc, answer: Answer, evidence: Evidence) -> Routed | None:
        """The fact that answers a part of DOC that ANSWER leaves out, if one clearly does."""
        if evidence.asks and evidence.focus and evidence.typed >= TYPED_SHARE:
            if self._answered(answer, evidence):
                return None  # a fact of the answer already gives that value on those words
            stated = evidence.typed_words
            whole = len(stated) == len(evidence.focus)  # every word of the question
            if (len(stated) >= MIN_STATED or whole) and facts()[
                evidence.typed_fact
            ].statement not in answer.answer:
                return Routed(evidence.typed_fact, tuple(stated))
            return None  # the fact the type asks for is there already, or too loosely
        words = list(dict.fromkeys(stem(w) for w in self.missing(doc, answer)))
        if not words:
            return None
        ranked = self.scores(words)
        if not ranked or ranked[0][0] < MIN_SCORE:
            return None
        best, fact_id = ranked[0]
        if len(ranked) > 1 and best < MARGIN * ranked[1][0]:
            return None
        specific = [w for w in words if self._specific(fact_id, w)]
        if len(specific) < MIN_STATED or facts()[fact_id].statement in answer.answer:
            return None  # one shared word is a coincidence ("hire" is not "hire a consultant")
        return Routed(fact_id, tuple(specific))

    def complete(
        self, doc: Doc, answer: Answer, evidence: Evidence, *, judged: bool, about_esc: bool
    ) -> Answer:
        """ANSWER to DOC with the fact that answers a part it leaves out, when one clearly does.

        - a topic's answer (JUDGED by the abstention) gets the fact added;
        - "ACSA's pages do not say ..." gets it as the closest thing the pages do say;
        - "I can't answer that" gets the fact as the answer, when the question's words
          name it clearly (the intent model was unsure, the facts are not).
        """
        if judged and answer.kind in _ROUTED_KINDS and answer.sources:
            routed = self.route(doc, answer, evidence)
            return answer if routed is None else with_fact(answer, routed, about_esc=about_esc)
        if answer.sources or answer.kind not in ("unknown", "smalltalk"):
            return answer
        # every word is missing; a question the pages are known to be silent on gets no fact
        # for its type of answer (that fact's value is not what was asked), only one that
        # speaks of what it names
        untyped = replace(evidence, asks="") if SILENT in answer.answer else evidence
        routed = self.route(doc, replace(answer, answer=""), untyped)
        if routed is None:
            return answer
        item = fact(routed.fact_id)
        if answer.topic == "not_stated" or SILENT in answer.answer:
            label = f"{ESC_ASIDE} " if item.authority == ESC else ""
            text = f"{answer.answer} The closest thing the pages do say: {label}{item.statement}"
            return replace(answer, answer=text[:MAX_ANSWER_CHARS], sources=(citation(item),))
        if answer.kind == "smalltalk":
            return answer
        return _from_fact(item.id, answer.confidence, about_esc=about_esc)

    def retrieve(
        self, doc: Doc, evidence: Evidence, confidence: float, *, about_esc: bool
    ) -> Answer | None:
        """The answer from the one fact the question's own words clearly name, when the
        topic the intent model chose does not cover the question (the abstention's case):
        "is a Google Drive link ok" is answered by the submitting fact, whatever topic
        the model guessed."""
        empty = Answer("", "unknown", confidence, (), "unknown")
        routed = self.route(doc, empty, replace(evidence, asks=""))
        if routed is None:
            return None
        return _from_fact(routed.fact_id, confidence, about_esc=about_esc)


def _from_fact(fact_id: str, confidence: float, *, about_esc: bool) -> Answer:
    """An answer that is one fact (labelled when Energy Safety Canada's and not asked
    about), with the COR department's contact for anything more."""
    item = fact(fact_id)
    if item.authority == ESC and not about_esc:
        # not asked about ESC: ACSA's side first (or that ACSA's pages are silent), then ESC's
        # rule as a labelled aside, never ESC's rule alone
        return replace(acsa_first(fact_id, confidence), topic=item.topic)
    text = item.statement
    c = contacts()
    text += f" For anything more, the COR department: call {c.phone} or email {c.email}."
    return Answer(text, item.topic, confidence, (citation(item),), "answer")


# How an answer says the pages are silent.
SILENT = "ACSA's pages do not say"


def with_fact(answer: Answer, routed: Routed, *, about_esc: bool) -> Answer:
    """ANSWER with the routed fact said: first (after a lead that says what was understood)
    for ACSA's facts, last and labelled for Energy Safety Canada's unless ABOUT_ESC."""
    item = fact(routed.fact_id)
    esc = item.authority == ESC and not about_esc
    sentence = f"{ESC_ASIDE} {item.statement}" if esc else item.statement
    room = MAX_ANSWER_CHARS - len(sentence) - 1
    if room < MAX_ANSWER_CHARS // 4:
        return answer
    text = _cut(answer.answer, room)
    if esc:
        combined = f"{text} {sentence}"
    else:
        lead, rest = _lead(text)
        combined = " ".join(p for p in (lead, sentence, rest) if p)
    sources = (*answer.sources, citation(item)) if esc else (citation(item), *answer.sources)
    unique = tuple(dict.fromkeys(sources))
    return replace(answer, answer=combined, sources=unique)


_LEADS = ("Understood:", "I count", "I read", "You asked about")


def _lead(text: str) -> tuple[str, str]:
    """(a first sentence that says what was understood, the rest) of TEXT."""
    if not text.startswith(_LEADS):
        return "", text
    end = text.find(". ")
    if end < 0:
        return text, ""
    return text[: end + 1], text[end + 2 :]


def _cut(text: str, budget: int) -> str:
    """TEXT cut at a sentence end to at most BUDGET characters (else mid-sentence)."""
    cut = cut_at_sentence(text, budget)
    return cut if cut is not None else text[:budget].rstrip()
