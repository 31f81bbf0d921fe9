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
    counts.update(f"{a} {b}" for a, b in itertools.pairwise(words))
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
        the character model weighs its n-grams."""
        rows: list[int] = []
        cols: list[int] = []
        data: list[float] = []
        index = self._index
        for row, text in enumerate(texts):
            found = [
                (i, k) for term, k in doc_terms(text).items() if (i := index.get(term)) is not None
            ]
            rows.extend([row] * len(found))
            cols.extend(i for i, _ in found)
            data.extend(k for _, k in found)
        counts = csr_matrix(
            (
                np.asarray(data, dtype=np.float64),
                (np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)),
            ),
            shape=(len(texts), len(self.grams)),
        )
        return self.weighted(counts)  # each term once per text: no duplicate entries
