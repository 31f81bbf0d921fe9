"""A word model beside the spaCy categorizer: TF-IDF of words and word pairs, read by a
logistic regression, for the labels and, as a second model, for the kinds.

Why: on documents by authors the corpus never saw, a plain word TF-IDF with logistic
regression held up better than the categorizer alone (issue 12). Averaged with the
categorizer it did better than either on the development experiment of the seventh
session: a model trained without any hand-written document, read on all 2,137 of them
(content only 0.909 -> 0.917 macro-F1, kind accuracy 0.922 -> 0.941).

Features are the words of the model text (already lower-cased and split on spaces by
``intake/classify/text.py``) and the pairs of neighbouring words, seen in at least two
training documents, at most ``MAX_FEATURES`` of them (those in the most documents),
weighted TF-IDF with sublinear term frequency and L2-normalised, like the character
model, whose storage (no pickle) and typed load errors this one shares.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from typing import Any, ClassVar

import numpy as np
from scipy.sparse import csr_matrix

from intake.classify.chargrams import CharModel

MAX_FEATURES = 200_000


def doc_terms(text: str) -> Counter[str]:
    """The word and word-pair counts of TEXT (words split on white space)."""
    words = text.split()
    counts = Counter(words)
    counts.update(map(" ".join, itertools.pairwise(words)))  # "a b", joined in C
    return counts


class WordModel(CharModel):
    """The fitted vocabulary of words and word pairs, its IDF and the logistic regression."""

    FEATURES: ClassVar[list[object]] = ["words", 1, 2]
    NAME: ClassVar[str] = "word"

    @staticmethod
    def doc_counts(text: str) -> Counter[str]:
        """The feature counts of TEXT, as the fit sees them."""
        return doc_terms(text)

    def matrix(self, texts: Sequence[str]) -> Any:
        """TEXTS as a sparse matrix of L2-normalised TF-IDF weights (rows: texts), weighted as
        the character model weighs its n-grams.

        The terms of the whole batch are looked up in one pass (``map`` over ``dict.get``,
        no Python loop per term); unknown terms get column -1 and are dropped. The matrix is
        built from (row, column, count) triples, which scipy puts in canonical order (columns
        sorted within each row), so the weights are bit-identical to a term-by-term build."""
        terms: list[str] = []
        counts: list[int] = []
        lengths: list[int] = []
        for text in texts:
            found = doc_terms(text)
            terms.extend(found)
            counts.extend(found.values())
            lengths.append(len(found))
        cols = np.fromiter(
            map(self._index.get, terms, itertools.repeat(-1)), dtype=np.int64, count=len(terms)
        )
        rows = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
        known = cols >= 0
        matrix = csr_matrix(
            (np.asarray(counts, dtype=np.float64)[known], (rows[known], cols[known])),
            shape=(len(texts), len(self.grams)),
        )
        return self.weighted(matrix)  # each term once per text: no duplicate entries
