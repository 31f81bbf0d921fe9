"""Combines the trained intent model with the cue words into one ranking."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

CUE_WEIGHT = 0.5
CUE_STEP = 0.1


@dataclass(frozen=True)
class Ranked:
    """The best intents for a question, best first, with a confidence in [0, 1]."""

    ranking: tuple[tuple[str, float], ...]
    confidence: float

    @property
    def best(self) -> str:
        """The top intent id."""
        return self.ranking[0][0]

    def score(self, intent_id: str) -> float:
        """The combined score of one intent (0 when absent)."""
        return dict(self.ranking).get(intent_id, 0.0)


def without(ranked: Ranked, intent_id: str) -> Ranked:
    """RANKED with INTENT_ID left out, its confidence the new best's share of the rest."""
    kept = tuple(pair for pair in ranked.ranking if pair[0] != intent_id)
    total = sum(score for _, score in kept) or 1.0
    return Ranked(kept, kept[0][1] / total if kept else 0.0)


def rank(doc: Doc) -> Ranked:
    """Model probability plus a bonus for each intent whose cue words appear."""
    cues: dict[str, int] = doc._.cues or {}
    combined = {
        intent: prob + (CUE_WEIGHT + CUE_STEP * (cues[intent] - 1) if intent in cues else 0.0)
        for intent, prob in doc.cats.items()
    }
    ordered = tuple(sorted(combined.items(), key=lambda kv: (-kv[1], kv[0])))
    total = sum(combined.values()) or 1.0
    return Ranked(ordered, ordered[0][1] / total if ordered else 0.0)
