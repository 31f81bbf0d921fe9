"""The answering engine behind every channel: question in, answer with sources out."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc

from bot.answers import (
    Answer,
    answer_intent,
    cannot_answer,
    eligibility_answer,
    refusal,
    who_counts_answer,
)
from bot.guard import clean, is_manipulative
from bot.intent import Ranked, rank
from bot.lexicon import intents
from bot.model import load_or_train
from bot.nlp import NormalizerComponent

log = logging.getLogger(__name__)

# Below this confidence the bot says it cannot answer and points to the COR department.
THRESHOLD = 0.22
# Intents whose questions get the head-count verdict when the question counts people.
HEADCOUNT_INTENTS = frozenset({"eligibility", "over_ten", "growth", "who_counts", "what_is_secor"})
# A bare number ("eleven", "we're at 12") is read as a head count only for these.
BARE_NUMBER_INTENTS = frozenset({"eligibility", "over_ten"})


class Engine:
    """Answers free-text questions from the knowledge base with a spaCy pipeline."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        normalizer = cast(NormalizerComponent, nlp.get_pipe("secor_normalizer"))
        self.domain = normalizer.domain
        self.smalltalk = normalizer.smalltalk
        self.intents = intents()

    @classmethod
    def load(cls, cache_root: Path | None = None) -> Engine:
        """The engine with its intent model loaded from CACHE_ROOT (trained there if missing)."""
        started = time.perf_counter()
        engine = cls(load_or_train(cache_root))
        log.debug("engine ready in %.2f s", time.perf_counter() - started)
        return engine

    def ask(self, question: str) -> Answer:
        """The answer to one question (never raises on odd input)."""
        text = clean(question)
        if not text:
            return answer_intent(self.intents["greeting"], 1.0)
        if is_manipulative(text):
            return refusal(manipulative=True)
        doc = self.nlp(text)
        ranked = rank(doc)
        return self._decide(doc, ranked)

    def _decide(self, doc: Doc, ranked: Ranked) -> Answer:
        best, confidence = ranked.best, ranked.confidence
        intent = self.intents[best]
        in_domain = any(t.norm_ in self.domain for t in doc)
        count = doc._.headcount
        cues = doc._.cues or {}
        if intent.kind == "refuse":
            if best == "manipulation" and confidence >= 0.5:
                return refusal(manipulative=True, confidence=confidence)
            if not in_domain or confidence >= 0.5:
                return refusal(manipulative=best == "manipulation", confidence=confidence)
            return cannot_answer(confidence)
        if count is not None and self._counts_people(ranked, count.bare, cues, len(doc)):
            topic = best if best in ("over_ten", "growth") else "eligibility"
            return eligibility_answer(count, doc._.categories, max(confidence, 0.6), topic)
        if not in_domain and (
            intent.kind != "smalltalk" or any(t.norm_ not in self.smalltalk for t in doc)
        ):
            return refusal(manipulative=False, confidence=confidence)
        if intent.kind == "unknown" or confidence < THRESHOLD:
            return cannot_answer(confidence)
        if intent.kind == "who_counts":
            return who_counts_answer(doc._.categories, confidence)
        return answer_intent(intent, confidence)

    @staticmethod
    def _counts_people(ranked: Ranked, bare: bool, cues: dict[str, int], length: int) -> bool:
        """Whether the people read from the question are its point (not a side remark)."""
        best = ranked.best
        eligibility_cue = "eligibility" in cues or "over_ten" in cues
        if bare:
            return best in BARE_NUMBER_INTENTS or length <= 3 or eligibility_cue
        close = ranked.score("eligibility") >= 0.5 * ranked.ranking[0][1]
        return best in HEADCOUNT_INTENTS or eligibility_cue or close

    def read_headcount(self, text: str) -> int | None:
        """The peak head count in a free-text reply ("9 plus my wife", "eleven"), if any."""
        count = self.nlp(clean(text))._.headcount
        return count.total if count is not None else None
