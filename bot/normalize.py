"""Word normalisation by rules: slang, spelling correction and lemmas (no downloaded model)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.lexicon import Lexicon

NUM = "_num_"
_WORD = re.compile(r"^[a-z][a-z'\-]*[a-z]$")
_DIGITS = re.compile(r"^\d+(?:[.,]\d+)?$")
_VOWELS = set("aeiouy")


class Normalizer:
    """Turns one lower-cased token into its normal form: slang, then spelling, then lemma."""

    def __init__(self, lex: Lexicon, corpus_words: Iterable[str]) -> None:
        self.lex = lex
        counts: Counter[str] = Counter(w for w in corpus_words if _WORD.match(w))
        for phrases in lex.concepts.values():
            for phrase in phrases:
                counts.update(w for w in phrase.split() if _WORD.match(w))
        counts.update(w for w in lex.slang.values() if _WORD.match(w))
        counts.update(list(lex.numbers))
        counts.update(list(lex.lemmas))
        counts.update(lex.lemmas.values())
        for words in (lex.person_nouns, lex.singles, lex.units, lex.varies, lex.extra):
            counts.update(w for w in words if _WORD.match(w))
        for category in lex.categories:
            counts.update(w for phrase in category.words for w in phrase.split() if _WORD.match(w))
        self.counts = counts
        self.vocab = frozenset(counts)
        self._choices = sorted(counts)
        self.norm = lru_cache(maxsize=8192)(self._norm)

    def _norm(self, lower: str) -> str:
        if lower.isdigit() and len(lower) <= 2:
            return str(int(lower))
        if lower in self.lex.numbers:
            return str(self.lex.numbers[lower])
        if _DIGITS.match(lower):
            return NUM
        word = self.lex.slang.get(lower, lower)
        lemma = self.lemma(word)
        if lemma not in self.vocab and _WORD.match(word) and len(word) >= 4:
            return self.lemma(self.correct(word))
        return lemma

    def correct(self, word: str) -> str:
        """The most frequent known word within a small edit distance, else the word itself."""
        limit = 1 if len(word) < 8 else 2
        found = process.extract(
            word, self._choices, scorer=OSA.distance, score_cutoff=limit, limit=8
        )
        if not found:
            return word
        best = min(score for _, score, _ in found)
        candidates = [choice for choice, score, _ in found if score == best]
        if len(word) < 6:
            # short words: same first letter, and no substituted letter ("taxes" is not "takes")
            candidates = [
                c
                for c in candidates
                if c[0] == word[0] and (len(c) != len(word) or sorted(c) == sorted(word))
            ]
            if not candidates:
                return word
        return max(candidates, key=lambda c: (self.counts[c], c))

    def lemma(self, word: str) -> str:
        """A lemma without a dictionary: exceptions, then suffix rules checked on the vocabulary."""
        if word in self.lex.lemmas:
            return self.lex.lemmas[word]
        if not _WORD.match(word) or len(word) <= 3:
            return word
        for candidate in _candidates(word):
            if len(candidate) >= 3 and candidate in self.vocab and set(candidate) & _VOWELS:
                return candidate
        return word


def _candidates(word: str) -> list[str]:
    out: list[str] = []
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        out.append(word[:-1])
    if word.endswith("ed"):
        out += [word[:-1], word[:-2], _undouble(word[:-2])]
        if word.endswith("ied"):
            out.append(word[:-3] + "y")
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        out += [stem, stem + "e", _undouble(stem)]
    if word.endswith("'s"):
        out.append(word[:-2])
    return out


def _undouble(stem: str) -> str:
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiousl":
        return stem[:-1]
    return stem
