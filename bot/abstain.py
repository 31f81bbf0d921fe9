"""Calibrated abstention: deciding from evidence that ACSA's pages do not answer a question.

The intent model always names the nearest topic, even for a question the pages never
touch ("if we sell the company does the secor transfer?" is nearest to the assessor).
The evidence here decides whether that topic's answer may be given:

- the question's *uncovered* content words: words (after stop words, SECOR's common
  words and the neutral words of ``knowledge/data/bot_abstain.toml``) that no fact, no
  training question of an answerable intent and no word of the bot's lexicons mentions;
- the intent model's confidence and margin (best score minus the second);
- the share of the question's content words that the chosen topic's own facts and
  training questions mention (its coverage);
- what the question asks for (``bot.asks_for``): a date, a duration, an amount, a list,
  a language, a file format, office hours. When no fact of the knowledge base holds a
  value of that type *and* speaks of the question's own words (weighted, IDF), the pages
  do not say it, however close the topic: "what month does the PIR cheque come" finds no
  fact with a date that speaks of the cheque;
- the words of a typed question that the pages do speak of, with no value of the type
  asked beside them (``unheld``): "when does WCB send the PIR refund" names the refund,
  which the pages state, but no fact states the refund near a moment; the pages say what
  the refund is, not when it comes.

The thresholds are fitted on the development sets (``bench/fit_abstention.py``) and kept
in the data file. An abstention says what the pages do not say, gives the COR
department's contact, and may add the closest fact the pages do give, labelled as such.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Protocol, cast

from spacy.language import Language
from spacy.tokens import Doc, Span

from bot.answers import ESC, NAMES_ESC, Answer, compose
from bot.asks_for import AnswerType, answer_type, asked, holds
from bot.intent import Ranked
from bot.lexicon import element_words, intents, lexicon, paraphrases
from bot.predicate import proposition, stated_share
from knowledge.facts import citation, contacts, fact, facts

# Intents whose training questions are not about what the pages answer.
_NOT_ANSWERS = frozenset({"unknown", "refuse", "smalltalk"})
_WORD = re.compile(r"^[a-z][a-z_'\-]*[a-z]$")
MIN_WORD = 3
# Concepts any topic may name in passing (the program, the association, the board).
EVERYWHERE = frozenset({"secor", "cor", "acsa", "wcb", "esc", "head_count", "one_person"})
# Stop words of the lexicon that can be what a question asks ("buy the company", "our name").
_CONTENT = frozenset(
    {"buy", "name", "fix", "play", "watch", "write", "read", "eat", "cook", "home", "life",
     "world", "start", "stop"}
)  # fmt: skip


@dataclass(frozen=True)
class Thresholds:
    """When to abstain (see knowledge/data/bot_abstain.toml, [fit]); the defaults never do.

    The pages do not answer a question when any of these holds:

    - it has at least STRONG_UNCOVERED words no fact or training question uses;
    - the "unknown" intent scores at least MIN_UNKNOWN times the best intent;
    - no training question or fact of the chosen topic shares MIN_SUPPORT of it (by weight);
    - it has at least MIN_UNCOVERED uncovered words, and its support is below
      WORD_SUPPORT or the intent model's confidence below MAX_CONFIDENCE;
    - it has at least MIN_FOREIGN words that neither the facts nor the chosen topic's own
      training questions use, and its support is below FOREIGN_SUPPORT;
    - it names at least MIN_STRANGE concepts (first aid, PHSM, the evaluation tool ...) that
      the chosen topic's own words never use, and its support is below STRANGE_SUPPORT
      ("how many years is first aid good for" is not asking how long SECOR is good for);
    - it asks for a type of answer (a date, a duration, an amount, a list, a language, a
      file format: ``bot.asks_for``) and no fact that holds a value of that type shares
      TYPED_SUPPORT of the question's own words (by weight).

    - it asks for a moment (a date, "when"; with UNHELD_ALL, any type) and at least
      MIN_UNHELD of its words are words the pages state, but never beside a value of that
      type (``Evidence.unheld``).
    - it is a yes/no question, and no fact or training question of the chosen topic
      states MIN_PREDICATE of its predicate (its verb with its object or complement, by
      weight) together with the verb (``bot.predicate``, ``Evidence.predicate``).

    None of them holds when a fact that holds the type asked for shares TYPED_ANSWERS of
    the question's words: the pages answer it, whatever words the question adds.
    """

    strong_uncovered: int = 10**6
    min_unknown: float = 2.0
    min_support: float = 0.0
    min_uncovered: int = 10**6
    word_support: float = 0.0
    max_confidence: float = 0.0
    min_foreign: int = 10**6
    foreign_support: float = 0.0
    min_strange: int = 10**6
    strange_support: float = 0.0
    typed_support: float = 0.0
    typed_answers: float = 2.0
    min_unheld: int = 10**6
    unheld_all: bool = False
    min_predicate: float = 0.0

    def abstains(self, evidence: Evidence) -> bool:
        """Whether EVIDENCE says the pages do not answer the question."""
        if evidence.asks and evidence.focus and evidence.typed >= self.typed_answers:
            return False  # a fact holds what is asked for and speaks of the question's words
        n = len(evidence.uncovered)
        if evidence.asks and evidence.typed < self.typed_support:
            return True  # it asks for a date, an amount, a list ... that no fact holds
        if evidence.predicate < self.min_predicate:
            return True  # a yes/no question whose verb and object no fact states together
        if evidence.unheld >= self.min_unheld and (self.unheld_all or evidence.asks in MOMENTS):
            return True  # the pages speak of its subject, never with a value of that type
        if n >= self.strong_uncovered or evidence.unknown >= self.min_unknown:
            return True
        if evidence.support < self.min_support:
            return True
        if evidence.foreign >= self.min_foreign and evidence.support < self.foreign_support:
            return True
        if evidence.strange >= self.min_strange and evidence.support < self.strange_support:
            return True
        return n >= self.min_uncovered and (
            evidence.support < self.word_support or evidence.confidence < self.max_confidence
        )


class Decider(Protocol):
    """Decides from evidence whether to abstain (``Thresholds``, or a recorder in benchmarks)."""

    def abstains(self, evidence: Evidence) -> bool:
        """Whether EVIDENCE says the pages do not answer the question."""


class Recorder:
    """A decider that applies THRESHOLDS and records each judgement (evidence, abstained).

    The benchmark and the fitting script use it to count what the abstention changed.
    """

    def __init__(self, decide: Thresholds) -> None:
        self.decide = decide
        self.seen: list[tuple[Evidence, bool]] = []

    def abstains(self, evidence: Evidence) -> bool:
        """Apply the thresholds and remember the judgement."""
        verdict = self.decide.abstains(evidence)
        self.seen.append((evidence, verdict))
        return verdict


# Words sharing their first STEM letters are one word ("registration", "register").
STEM = 6


def stem(word: str) -> str:
    """A crude stem: the first STEM letters of WORD."""
    return word[:STEM]


# A question's word found only among a fact's keywords (its intent's training questions)
# counts this much of a word the fact itself states.
KEYWORD_WEIGHT = 0.5
# A fact's word is about the value of a type it holds when it stands this many words away
# from it, or fewer (``Coverage.near``).
NEAR_WORDS = 8
# How many judgements of evidence are remembered (per engine).
EVIDENCE_CACHE = 8
# Words no vocabulary knows that make a message more than small talk.
MIN_FOREIGN_CHAT = 2
# Thresholds that never abstain (to see the answers the evidence was judged on).
NEVER_COUNT = 10**6
# The types of answer that name a moment (bot.asks_for): "when", "on what date".
MOMENTS = frozenset({"when", "date"})


@dataclass(frozen=True)
class Evidence:
    """What the decision rests on, for one question and the topic the engine chose."""

    uncovered: tuple[str, ...]
    confidence: float
    margin: float
    coverage: float
    unknown: float = 0.0  # the "unknown" intent's score over the best score
    support: float = 1.0  # the most of the question one training question of the topic shares
    foreign: int = 0  # content words neither the facts nor the topic's own questions use
    strange: int = 0  # concepts named (first aid, WCB, PHSM...) the topic's own words never use
    asks: str = ""  # the type of answer asked for (bot.asks_for), "" when not typed
    typed: float = 1.0  # the most of the question's words one fact holding that type shares
    typed_fact: str = ""  # that fact's id
    focus: tuple[str, ...] = ()  # the question's own words (what the typed answer is about)
    typed_words: tuple[str, ...] = ()  # those of them the fact typed_fact states
    unheld: int = 0  # focus words the pages state, never near a value of the type asked
    predicate: float = 1.0  # the most of a yes/no question's predicate one text states


def typed_only(evidence: Evidence) -> Evidence:
    """EVIDENCE with only what the question asks for left to decide on (for an answer that
    is no topic's, such as a greeting before the question)."""
    return Evidence((), evidence.confidence, evidence.margin, 1.0, 0.0, 1.0, 0, 0,
                    evidence.asks, evidence.typed, evidence.typed_fact, evidence.focus,
                    evidence.typed_words, evidence.unheld)  # fmt: skip


@cache
def _data() -> dict[str, object]:
    text = files("knowledge").joinpath("data/bot_abstain.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def thresholds() -> Thresholds:
    """The fitted thresholds of bot_abstain.toml."""
    fit = cast(dict[str, float], _data()["fit"])
    return Thresholds(
        strong_uncovered=int(fit["strong_uncovered"]),
        min_unknown=float(fit["min_unknown"]),
        min_support=float(fit["min_support"]),
        min_uncovered=int(fit["min_uncovered"]),
        word_support=float(fit["word_support"]),
        max_confidence=float(fit["max_confidence"]),
        min_foreign=int(fit["min_foreign"]),
        foreign_support=float(fit["foreign_support"]),
        min_strange=int(fit.get("min_strange", NEVER_COUNT)),
        strange_support=float(fit.get("strange_support", 0.0)),
        typed_support=float(fit.get("typed_support", 0.0)),
        typed_answers=float(fit.get("typed_answers", 2.0)),
        min_unheld=int(fit.get("min_unheld", NEVER_COUNT)),
        unheld_all=bool(fit.get("unheld_all", False)),
        min_predicate=float(fit.get("min_predicate", 0.0)),
    )


def neutral_words() -> frozenset[str]:
    """Words that describe the employer or the moment, never what is asked."""
    return frozenset(cast(list[str], _data()["neutral"]))


class Coverage:
    """The vocabulary of the knowledge base, in the pipeline's normal forms (NORM)."""

    def __init__(self, nlp: Language) -> None:
        self._nlp = nlp
        self._normalize = nlp.get_pipe("secor_normalizer")
        self._merge = nlp.get_pipe("secor_concepts")
        self._parsed: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        lex = lexicon()
        self.stop = lex.stopwords - _CONTENT
        self.concepts = frozenset(lex.concepts)
        fact_words: set[str] = set()
        for item in facts().values():
            fact_words |= self._parse(item.statement)[0]
        by_intent: dict[str, set[str]] = {}
        # each training question and fact of each intent, as its set of content words
        self.examples: dict[str, list[frozenset[str]]] = {}
        for intent in intents().values():
            texts = [*paraphrases()[intent.id], *(fact(i).statement for i in intent.facts)]
            parsed = [self._parse(t) for t in texts]
            by_intent[intent.id] = set().union(*(norms for norms, _ in parsed))
            self.examples[intent.id] = [content for _, content in parsed]
        words: list[str] = [*lex.concepts, *lex.slang.values(), *lex.numbers, *lex.lemmas.values()]
        for group in (lex.person_nouns, lex.singles, lex.titles, lex.units, lex.extra, lex.varies):
            words += group
        for category in lex.categories:
            words += category.words
        for label_words in element_words().values():
            words += label_words
        words += neutral_words()
        word_norms = self._norms(words) | {w.lower() for w in words}
        # words every topic may use: the facts, the lexicons and the neutral words
        self.common = frozenset(fact_words | word_norms)
        known = set(self.common)
        for intent in intents().values():
            if intent.kind not in _NOT_ANSWERS:
                known |= by_intent[intent.id]
        self.known = frozenset(known)
        self.by_intent = {k: frozenset(v) for k, v in by_intent.items()}
        # the words of greetings and thanks ("cheers", "awesome thank you", "bye")
        self.chat = frozenset(
            word
            for intent in intents().values()
            if intent.kind == "smalltalk"
            for word in by_intent[intent.id]
        )
        every = [e for examples in self.examples.values() for e in examples]
        df: dict[str, int] = {}
        for example in every:
            for word in example:
                df[word] = df.get(word, 0) + 1
        self.idf = {w: math.log((1 + len(every)) / (1 + n)) + 1 for w, n in df.items()}
        self.unseen_idf = math.log(1 + len(every)) + 1
        # each fact's words (its every NORM and as written), with the words of the training
        # questions of the intents it answers first (its keywords): what a typed answer needs
        keywords: dict[str, set[str]] = {}
        for intent in intents().values():
            if intent.kind not in _NOT_ANSWERS and intent.facts:
                keywords.setdefault(intent.facts[0], set()).update(by_intent[intent.id])
        self.fact_words = {
            item.id: self._parse(item.statement)[0]
            | frozenset(re.findall(r"[a-z][a-z'\-]+", item.statement.lower()))
            for item in facts().values()
            if not item.is_superseded
        }
        self.fact_keywords = {k: frozenset(v) for k, v in keywords.items()}
        self._holders: dict[str, frozenset[str]] = {}
        self._near: dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]] = {}
        self._evidence: dict[tuple[str, str, str, float], Evidence] = {}
        self.fact_stems = {k: frozenset(map(stem, v)) for k, v in self.fact_words.items()}
        self._example_stems: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
        self.people = frozenset(lex.person_nouns | lex.singles) | frozenset(
            w.rstrip("s") for w in lex.person_nouns
        )

    def _parse(self, text: str) -> tuple[frozenset[str], frozenset[str]]:
        """(every NORM, the content NORMs) of TEXT, parsed once."""
        if text not in self._parsed:
            doc = self._merge(self._normalize(self._nlp.make_doc(text.lower())))
            self._parsed[text] = (
                frozenset(t.norm_ for t in doc),
                frozenset(norm for norm, _ in self.content(doc)),
            )
        return self._parsed[text]

    def subject_words(self, content: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        """The (norm, as written) pairs of CONTENT that may name what a question is about:
        not the neutral words, not SECOR's everywhere words, not a word for people."""
        neutral = neutral_words()
        return [
            (n, w)
            for n, w in content
            if n not in neutral
            and w not in neutral
            and n not in EVERYWHERE
            and w not in self.people
            and w.rstrip("s") not in self.people
        ]

    def content_of(self, text: str) -> list[tuple[str, str]]:
        """(norm, as written) of TEXT's content words (see ``content``)."""
        return self.content(self._merge(self._normalize(self._nlp.make_doc(text.lower()))))

    @staticmethod
    def words_of(text: str) -> frozenset[str]:
        """Every word of TEXT as written, lower case (an answer's words: routing compares
        them by stem, so no parse is needed)."""
        return frozenset(re.findall(r"[a-z][a-z'\-]*", text.lower()))

    def _norms(self, texts: Iterable[str]) -> set[str]:
        out: set[str] = set()
        for text in texts:
            doc = self._merge(self._normalize(self._nlp.make_doc(text.lower())))
            out.update(t.norm_ for t in doc)
        return out

    def off_topic(self, doc: Doc) -> bool:
        """DOC has content words and none that the facts, the training questions of an
        answerable topic, greetings and thanks or the lexicons use (neutral words aside):
        not about SECOR."""
        content = self.content(doc)
        neutral = neutral_words()
        topical = [(n, w) for n, w in content if n not in neutral and w not in neutral]
        vocabulary = self.known | self.chat
        return bool(topical) and not any({n, w, w.rstrip("s")} & vocabulary for n, w in topical)

    def mostly_off_topic(self, doc: Doc) -> bool:
        """DOC names at least MIN_FOREIGN_CHAT things no fact, training question, greeting or
        lexicon knows, and at most one word they know: not small talk about SECOR
        ("who wins tonight, oilers or flames" is no thank-you)."""
        neutral = neutral_words()
        vocabulary = self.known | self.chat
        topical = [
            {n, w, w.rstrip("s")} & vocabulary
            for n, w in self.content(doc)
            if n not in neutral and w not in neutral
        ]
        unknown = sum(not hit for hit in topical)
        return unknown >= MIN_FOREIGN_CHAT and len(topical) - unknown <= 1

    def support(self, words: frozenset[str], topic: str) -> float:
        """How much of WORDS (by weight, IDF) one training question or fact of TOPIC shares."""
        if not words:
            return 1.0
        weight = {w: self.idf.get(w, self.unseen_idf) for w in words}
        total = sum(weight.values())
        best = max(
            (sum(weight[w] for w in words & example) for example in self.examples.get(topic, [])),
            default=0.0,
        )
        return best / total

    def content(self, doc: Doc | Span) -> list[tuple[str, str]]:
        """(norm, as written) of DOC's content words: no stop word, number or short word."""
        out = []
        for token in doc:
            norm = token.norm_
            if norm in self.concepts:  # "first aid", "the evaluation tool": one concept
                out.append((norm, token.lower_))
                continue
            if len(norm) < MIN_WORD or not _WORD.match(norm) or not _WORD.match(token.lower_):
                continue
            if norm in self.stop or token.lower_ in self.stop:
                continue
            out.append((norm, token.lower_))
        return out

    def holders(self, kind: AnswerType) -> frozenset[str]:
        """The facts that hold a value of the type KIND (computed once per type)."""
        if kind.id not in self._holders:
            self._holders[kind.id] = frozenset(
                f for f in self.fact_words if holds(kind, facts()[f].statement)
            )
        return self._holders[kind.id]

    def evidence(self, doc: Doc, ranked: Ranked, topic: str) -> Evidence:
        """The evidence for DOC answered as TOPIC, given the intent model's RANKED (the last
        few are kept: the engine asks for the same twice, to judge and to route)."""
        key = (doc.text, topic, ranked.best, ranked.confidence)
        if key not in self._evidence:
            if len(self._evidence) >= EVIDENCE_CACHE:
                self._evidence.pop(next(iter(self._evidence)))
            self._evidence[key] = self._evidence_of(doc, ranked, topic)
        return self._evidence[key]

    def _evidence_of(self, doc: Doc, ranked: Ranked, topic: str) -> Evidence:
        content = self.content(doc)
        uncovered = tuple(
            dict.fromkeys(
                written
                for norm, written in content
                if not {norm, written, written.rstrip("s")} & self.known
            )
        )
        own = self.by_intent.get(topic, frozenset())
        coverage = sum(n in own for n, _ in content) / len(content) if content else 1.0
        scores = [s for _, s in ranked.ranking]
        margin = scores[0] - scores[1] if len(scores) > 1 else scores[0] if scores else 0.0
        unknown = ranked.score("unknown") / scores[0] if scores and scores[0] > 0 else 0.0
        support = self.support(frozenset(n for n, _ in content), topic)
        foreign = len(
            {
                n
                for n, written in content
                if not {n, written, written.rstrip("s")} & (self.common | own)
            }
        )
        strange = len(
            {n for n, _ in content if n in self.concepts and n not in EVERYWHERE and n not in own}
        )
        best, kind, unheld = Typed(1.0, "", (), ()), None, 0
        found = asked(doc.text)
        if found is not None:
            kind = found.kind
            about_esc = NAMES_ESC.search(doc.text) is not None
            for start, end in (found.clause, found.sentence):
                # the clause that asks ("..., when does the cheque come?"), else its sentence
                span = doc.char_span(start, end, alignment_mode="expand")
                best = self.typed(
                    self.content(span if span is not None else doc), kind, esc=about_esc
                )
                if best.focus:
                    break
            unheld = self.unheld(best.focus, kind)
        return Evidence(
            uncovered,
            ranked.confidence,
            margin,
            coverage,
            unknown,
            support,
            foreign,
            strange,
            kind.id if kind else "",
            best.share,
            best.fact_id,
            best.focus,
            best.stated,
            unheld,
            self.predicate(doc.text, topic),
        )

    def predicate(self, text: str, topic: str) -> float:
        """How much of TEXT's yes/no predicate one fact, or one training question of TOPIC,
        states with its verb (``bot.predicate``; 1.0 when TEXT asks no yes/no question)."""
        said = proposition(text)
        if said is None:
            return 1.0
        words = [
            (n, self.idf.get(n, self.unseen_idf))
            for n, _ in self.subject_words(dict.fromkeys(self.content_of(said)))
        ]
        if not words:
            return 1.0
        if topic not in self._example_stems:
            self._example_stems[topic] = [
                (example, frozenset(map(stem, example))) for example in self.examples.get(topic, [])
            ]
        texts = [
            *((words_, self.fact_stems[f]) for f, words_ in self.fact_words.items()),
            *self._example_stems[topic],
        ]
        return stated_share(words, texts, _states)

    def unheld(self, focus: tuple[str, ...], kind: AnswerType) -> int:
        """How many of the FOCUS words some fact states, but no fact holding a KIND value
        states near that value: the pages speak of what is asked about, never with a value
        of the type asked ("when does the PIR refund cheque show up": the refund is stated,
        beside no date; "after we get certified" is, and does not count)."""
        subject = [w for w in focus if any(self.states(f, w) for f in self.fact_words)]
        holders = self.holders(kind)
        return sum(not any(self._states_near(kind, f, w) for f in holders) for w in subject)

    def focus(self, content: list[tuple[str, str]], kind: AnswerType) -> list[tuple[str, str]]:
        """The words of CONTENT that say what a KIND answer is about: not the words naming
        the type itself, the program or the employer."""
        return [
            (n, w)
            for n, w in self.subject_words(dict.fromkeys(content))
            if n not in kind.own_words
            and w not in kind.own_words
            and w.rstrip("s") not in kind.own_words
        ]

    def states(self, fact_id: str, word: str) -> bool:
        """Whether the fact FACT_ID states WORD (as written, by its stem, or every part of
        a concept: "maintenance year")."""
        known = self.fact_words.get(fact_id, frozenset())
        parts = word.split()
        return (
            bool({word, word.rstrip("s")} & known)
            or stem(word) in self.fact_stems.get(fact_id, frozenset())
            or (len(parts) > 1 and all(p in known for p in parts))
        )

    def near(self, kind: AnswerType, fact_id: str) -> tuple[frozenset[str], frozenset[str]]:
        """(the words, their stems) of the fact FACT_ID that stand within NEAR_WORDS words of a
        KIND value it holds: what that value is about ("good for three years" is about the
        certificate, not about when a PIR refund comes, further on in the sentence)."""
        key = (kind.id, fact_id)
        if key not in self._near:
            statement = facts()[fact_id].statement
            tokens = list(re.finditer(r"\S+", statement))
            kept: set[int] = set()
            for value in kind.holds.finditer(statement):
                inside = [i for i, t in enumerate(tokens) if t.end() > value.start()
                          and t.start() < value.end()]  # fmt: skip
                if inside:
                    kept.update(range(inside[0] - NEAR_WORDS, inside[-1] + NEAR_WORDS + 1))
            text = " ".join(t.group(0) for i, t in enumerate(tokens) if i in kept)
            words = self._parse(text)[0] | frozenset(re.findall(r"[a-z][a-z'\-]+", text.lower()))
            self._near[key] = (words, frozenset(map(stem, words)))
        return self._near[key]

    @staticmethod
    def _acsa_side(fact_id: str) -> bool:
        """Whether the fact FACT_ID speaks for ACSA (or this product), not Energy Safety Canada."""
        return facts()[fact_id].authority != ESC

    def _states_near(self, kind: AnswerType, fact_id: str, word: str) -> bool:
        """Whether WORD is among the fact's words near its KIND value (see ``states``)."""
        known, stems = self.near(kind, fact_id)
        parts = word.split()
        return (
            bool({word, word.rstrip("s")} & known)
            or stem(word) in stems
            or (len(parts) > 1 and all(p in known for p in parts))
        )

    def typed(self, content: list[tuple[str, str]], kind: AnswerType, *, esc: bool = True) -> Typed:
        """The best fact holding a KIND value for the question's focus words (of CONTENT):
        the fact's words count near that value only (``near``). Energy Safety Canada's facts
        count only when the question names it (ESC): its review takes so many days, which
        says nothing of how long ACSA's takes."""
        focus = self.focus(content, kind)
        words = tuple(w for _, w in focus)
        weights = [self.idf.get(n, self.unseen_idf) for n, _ in focus]
        total = sum(weights)
        best = Typed(0.0, "", words, ())
        for fact_id in self.fact_words:
            if fact_id not in self.holders(kind) or not (esc or self._acsa_side(fact_id)):
                continue
            if not focus:
                return Typed(1.0, fact_id, words, ())
            keywords = self.fact_keywords.get(fact_id, frozenset())
            known = self.near(kind, fact_id)[0]
            share = 0.0
            stated: list[str] = []
            for (n, written), weight in zip(focus, weights, strict=True):
                forms = {n, written, written.rstrip("s")}
                if forms & known or self._states_near(kind, fact_id, written):
                    share += weight
                    stated.append(written)
                elif forms & keywords:
                    share += KEYWORD_WEIGHT * weight  # a word of its questions, not the fact's
            share /= total
            if (share, len(stated)) > (best.share, len(best.stated)):
                best = Typed(share, fact_id, words, tuple(stated))
        return best


def _states(word: str, text: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether TEXT (its words, their stems) states WORD, as written or by its stem."""
    words, stems = text
    return word in words or word.rstrip("s") in words or stem(word) in stems


@dataclass(frozen=True)
class Typed:
    """The fact that best answers what a question asks for (bot.asks_for): the share of the
    question's focus words it covers (by weight), its id, the focus words and those of them
    the fact itself states."""

    share: float
    fact_id: str
    focus: tuple[str, ...]
    stated: tuple[str, ...]


def abstention(evidence: Evidence, topic: str | None = None) -> Answer:
    """ "ACSA's pages do not say <what was asked>" and the COR department's contact, then at
    most one fact labelled as the closest thing the pages do say.

    What was asked is the type of answer the question wants (a date, a duration, a list ...,
    ``bot.asks_for``) and the question's own words; otherwise "anything about that" with the
    words the pages never use. The closest fact is the one holding that type of value that
    shares most of the question's words, else the first fact of TOPIC (the nearest topic),
    when TOPIC is one the pages answer.
    """
    c = contacts()
    if evidence.asks == "email":
        # an email address asked for: the pages give the COR department's, for everything
        return compose("how_to_submit", EMAIL_FACTS, evidence.confidence)
    if evidence.asks:
        what = answer_type(evidence.asks).what
        words = ", ".join(f'"{w}"' for w in evidence.focus[:4])
        on = f" (you asked about {words})" if words else ""
    else:
        what = "anything about that"
        words = ", ".join(f'"{w}"' for w in evidence.uncovered[:3])
        on = f" (nothing on {words})" if words else ""  # "(nothing on )" read as broken (QA)
    text = (
        f"ACSA's pages do not say {what}{on}, so I can't answer "
        f"it from them. The COR department can tell you: call {c.phone} or email {c.email}."
    )
    intent = intents().get(topic or "")
    closest = evidence.typed_fact if evidence.asks and evidence.typed > 0 else ""
    nearest = intent.facts[0] if intent and intent.kind == "answer" and intent.facts else ""
    if not (closest or nearest):
        return Answer(text, "not_stated", evidence.confidence, (), "unknown")
    item = fact(closest or nearest)
    if item.authority == ESC:
        text += f" The closest thing the pages say is {ESC_LABEL} {item.statement}"
    else:
        about = intent.about if intent is not None and not closest else "what the pages state"
        text += f" The closest thing the pages do say, on {about}: {item.statement}"
    return Answer(text, "not_stated", evidence.confidence, (citation(item),), "answer")


# The facts that give the COR department's email address: where submissions and questions go.
EMAIL_FACTS = ("submit-how", "contact-email")
# How an Energy Safety Canada fact is labelled when it is the closest thing the pages say.
ESC_LABEL = "Energy Safety Canada's rule for its own SECOR program (not ACSA's):"
