"""A character n-gram model beside the spaCy categorizer: robust to spelling, abbreviations
and OCR noise, because "inspection", "inspctn" and "INSPECTI0N" share most of their n-grams.

Features are the n-grams (2 to 5 letters) of each word padded with spaces (scikit-learn's
``char_wb``), seen in at least two training documents, weighted TF-IDF with sublinear term
frequency and L2-normalised; a multinomial logistic regression reads them. scikit-learn
fits it at training time only; prediction is numpy, and the model is stored as a JSON list
of n-grams plus numpy arrays (no pickle), so a model folder holds nothing executable.
"""

from __future__ import annotations

import gzip
import json
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Self

import numpy as np
import numpy.typing as npt
from scipy.sparse import csr_matrix

from intake.classify.combine import FloatArray
from intake.classify.errors import ModelIncompatible

FORMAT = 1
MIN_N, MAX_N = 2, 5
MIN_DF = 2
GRAMS = "grams.json.gz"
ARRAYS = "weights.npz"
META = "meta.json"
MEMO_SIZE = 50_000  # words whose n-grams are remembered (bounded: junk words cannot grow it)
MEMO_WORD = 30  # ... of at most this many letters
IntArray = npt.NDArray[np.int64]


def word_grams(word: str) -> list[str]:
    """The n-grams of WORD padded with spaces (a word shorter than n gives itself once)."""
    w = f" {word} "
    out: list[str] = []
    for n in range(MIN_N, MAX_N + 1):
        if len(w) <= n:
            out.append(w)
            break
        out.extend(w[i : i + n] for i in range(len(w) - n + 1))
    return out


def doc_grams(text: str) -> Counter[str]:
    """The n-gram counts of TEXT (words split on white space)."""
    counts: Counter[str] = Counter()
    for word, k in Counter(text.split()).items():
        for gram in word_grams(word):
            counts[gram] += k
    return counts


@dataclass
class CharModel:
    """The fitted n-gram vocabulary, its IDF weights and the logistic regression."""

    # what the features are, stored with the model: a model of other features is refused
    FEATURES: ClassVar[list[object]] = ["char_wb", MIN_N, MAX_N]
    NAME: ClassVar[str] = "character"

    grams: list[str]
    idf: FloatArray  # (V,)
    coef: FloatArray  # (V, labels)
    intercept: FloatArray  # (labels,)

    @staticmethod
    def doc_counts(text: str) -> Counter[str]:
        """The feature counts of TEXT, as the fit sees them."""
        return doc_grams(text)

    def __post_init__(self) -> None:
        self._index = {g: i for i, g in enumerate(self.grams)}
        self._memo: dict[str, tuple[IntArray, IntArray]] = {}

    def _word(self, word: str) -> tuple[IntArray, IntArray]:
        done = self._memo.get(word)
        if done is None:
            found = Counter(i for g in word_grams(word) if (i := self._index.get(g)) is not None)
            done = (
                np.fromiter(found.keys(), dtype=np.int64, count=len(found)),
                np.fromiter(found.values(), dtype=np.int64, count=len(found)),
            )
            if len(self._memo) < MEMO_SIZE and len(word) <= MEMO_WORD:
                self._memo[word] = done
        return done

    def matrix(self, texts: Sequence[str]) -> Any:
        """TEXTS as a sparse matrix of L2-normalised TF-IDF weights (rows: texts), built as
        (document x word counts) @ (word x n-gram counts) so the work per word is done once."""
        words: dict[str, int] = {}
        cols: list[int] = []
        data: list[int] = []
        lengths: list[int] = []
        for text in texts:
            counts = Counter(text.split())
            cols.extend([words.setdefault(w, len(words)) for w in counts])
            data.extend(counts.values())
            lengths.append(len(counts))
        rows = np.repeat(np.arange(len(texts)), lengths)
        per_word = [self._word(w) for w in words]
        indptr = np.zeros(len(per_word) + 1, dtype=np.int64)
        indptr[1:] = np.cumsum([len(i) for i, _ in per_word])
        empty = np.zeros(0, dtype=np.int64)
        w_grams = csr_matrix(
            (
                np.concatenate([c for _, c in per_word] or [empty]).astype(np.float64),
                np.concatenate([i for i, _ in per_word] or [empty]),
                indptr,
            ),
            shape=(len(per_word), len(self.grams)),
        )
        d_words = csr_matrix(
            (np.asarray(data, dtype=np.float64), (rows, cols)), shape=(len(texts), len(per_word))
        )
        return self.weighted((d_words @ w_grams).tocsr())  # a sparse product: no duplicates

    def weighted(self, counts: Any) -> Any:
        """COUNTS (a CSR matrix of feature counts, one row per text, no duplicate entries)
        turned in place into L2-normalised TF-IDF weights with sublinear term frequency."""
        x = counts
        x.data = (1.0 + np.log(x.data)) * self.idf[x.indices]
        rows = x.shape[0]
        sq = np.bincount(
            np.repeat(np.arange(rows), np.diff(x.indptr)), weights=x.data**2, minlength=rows
        )
        norm = np.sqrt(sq)
        norm[norm == 0] = 1.0
        x.data /= np.repeat(norm, np.diff(x.indptr))
        return x

    def probs(self, texts: Sequence[str]) -> FloatArray:
        """Label probabilities of TEXTS (columns in the order the model was trained with)."""
        if not texts:
            return np.zeros((0, len(self.intercept)))
        return self.probs_of(self.matrix(texts))

    def same_features(self, other: CharModel) -> bool:
        """Whether OTHER turns a text into the same features with the same weights (the same
        kind of model, vocabulary and IDF), so one ``matrix`` serves both."""
        return (
            type(self) is type(other)
            and (self.grams is other.grams or self.grams == other.grams)
            and np.array_equal(self.idf, other.idf)
        )

    def probs_of(self, matrix: Any) -> FloatArray:
        """Label probabilities of the texts MATRIX holds (``matrix`` of a model with the same
        vocabulary and IDF: see ``same_features``)."""
        z = np.asarray(matrix @ self.coef) + self.intercept
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return np.asarray(e / e.sum(axis=1, keepdims=True), dtype=np.float64)

    def to_disk(self, path: Path, labels: Sequence[str]) -> None:
        """Write the model into the folder PATH: n-grams as JSON, numbers as .npz, a stamp."""
        path.mkdir(parents=True, exist_ok=True)
        with gzip.open(path / GRAMS, "wt", encoding="utf-8") as fh:
            json.dump(self.grams, fh)
        with (path / ARRAYS).open("wb") as fh:
            np.savez(
                fh,
                idf=self.idf.astype(np.float32),
                coef=self.coef.astype(np.float32),
                intercept=self.intercept,
            )
        meta = {"format": FORMAT, "features": self.FEATURES, "labels": list(labels)}
        (path / META).write_text(json.dumps(meta) + "\n", "utf-8")

    @classmethod
    def from_disk(cls, path: Path, labels: Sequence[str], retrain: str) -> Self:
        """The n-gram model in the folder PATH; ModelIncompatible (RETRAIN says what to do) if it
        is missing, damaged or made for other labels or features."""
        try:
            meta = json.loads((path / META).read_text("utf-8"))
            with gzip.open(path / GRAMS, "rt", encoding="utf-8") as fh:
                grams = json.load(fh)
            with (path / ARRAYS).open("rb") as raw, np.load(raw, allow_pickle=False) as arrays:
                idf = np.asarray(arrays["idf"], dtype=np.float64)
                coef = np.asarray(arrays["coef"], dtype=np.float64)
                intercept = np.asarray(arrays["intercept"], dtype=np.float64)
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
            raise ModelIncompatible(
                f"the {cls.NAME} model in {path} is missing or damaged ({exc}); {retrain}"
            ) from None
        if (
            not isinstance(meta, dict)
            or meta.get("format") != FORMAT
            or meta.get("features") != cls.FEATURES
            or meta.get("labels") != list(labels)
        ):
            raise ModelIncompatible(
                f"the {cls.NAME} model in {path} is of another version; {retrain}"
            )
        if (
            not isinstance(grams, list)
            or not all(isinstance(g, str) for g in grams)
            or idf.shape != (len(grams),)
            or coef.shape != (len(grams), len(labels))
            or intercept.shape != (len(labels),)
        ):
            raise ModelIncompatible(f"the {cls.NAME} model in {path} is damaged; {retrain}")
        return cls(grams, idf, coef, intercept)

    @classmethod
    def fitted(
        cls,
        texts: Sequence[str],
        targets: Sequence[int],
        weights: Sequence[float],
        n_labels: int,
        c: float,
        max_features: int | None = None,
    ) -> Self:
        """Fit the vocabulary, IDF and logistic regression on TEXTS (scikit-learn, training only);
        MAX_FEATURES keeps the features found in the most documents."""
        model = cls.vocabulary_of(texts, n_labels, max_features)
        return model.regressed(texts, targets, weights, n_labels, c)

    @classmethod
    def vocabulary_of(
        cls, texts: Sequence[str], n_labels: int, max_features: int | None = None
    ) -> Self:
        """A model with the vocabulary and IDF of TEXTS and no regression yet (all zeros)."""
        df: Counter[str] = Counter()
        for text in texts:
            df.update(cls.doc_counts(text).keys())
        kept = [(g, k) for g, k in df.items() if k >= MIN_DF]
        if max_features is not None and len(kept) > max_features:
            kept = sorted(kept, key=lambda gk: (-gk[1], gk[0]))[:max_features]
        grams = sorted(g for g, _ in kept)
        n = len(texts)
        idf = np.array([np.log((1 + n) / (1 + df[g])) + 1.0 for g in grams])
        return cls(grams, idf, np.zeros((len(grams), n_labels)), np.zeros(n_labels))

    def regressed(
        self,
        texts: Sequence[str],
        targets: Sequence[int],
        weights: Sequence[float],
        n_labels: int,
        c: float,
    ) -> Self:
        """A model of this vocabulary and IDF (the same objects) whose logistic regression is
        fitted on TEXTS (scikit-learn, training only)."""
        from sklearn.linear_model import LogisticRegression

        grams = self.grams
        model = type(self)(grams, self.idf, np.zeros((len(grams), n_labels)), np.zeros(n_labels))
        x = model.matrix(texts)
        lr = LogisticRegression(C=c, max_iter=300)
        lr.fit(x, np.asarray(targets), sample_weight=np.asarray(weights, dtype=np.float64))
        coef = np.zeros((len(grams), n_labels))
        intercept = np.full(n_labels, -30.0)  # a label absent from training is never chosen
        classes = [int(k) for k in lr.classes_]
        if len(classes) == 2:  # scikit-learn's binary form: one column for the second class
            coef[:, classes[1]] = lr.coef_[0]
            intercept[classes[0]], intercept[classes[1]] = 0.0, float(lr.intercept_[0])
        else:
            coef[:, classes] = lr.coef_.T
            intercept[classes] = lr.intercept_
        model.coef, model.intercept = coef, intercept
        return model


def ensemble(spacy_probs: FloatArray, char_probs: FloatArray, weight: float) -> FloatArray:
    """The weighted geometric mean of the two models' label probabilities, renormalised."""
    eps = 1e-9
    z = (1.0 - weight) * np.log(spacy_probs + eps) + weight * np.log(char_probs + eps)
    z -= z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return np.asarray(e / e.sum(axis=1, keepdims=True), dtype=np.float64)
