"""The word models beside the spaCy categorizer: scikit-learn's word TF-IDF, stored like the
character model, in the model folder for the labels and for the kinds, with typed load
errors that say to retrain."""

from __future__ import annotations

import json
import shutil
from pathlib import Path, PurePosixPath
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

from intake.classify import Classifier, ModelIncompatible, chargrams
from intake.classify.bundle import STAMP, WORD_KINDS, WORDS
from intake.classify.chargrams import CharModel
from intake.classify.wordgrams import WordModel, doc_terms
from intake.documents import Document
from tests.classify.test_chargrams import LABELS, TARGETS, TEXTS


@pytest.fixture(scope="module")
def model() -> WordModel:
    return WordModel.fitted(TEXTS, TARGETS, [1.0] * len(TEXTS), len(LABELS), 10.0)


def test_terms_are_scikit_learns_words_and_pairs() -> None:
    text = "site inspection of the ladders site inspection ok"
    analyzer = TfidfVectorizer(ngram_range=(1, 2), token_pattern=r"\S+").build_analyzer()
    assert sorted(doc_terms(text).elements()) == sorted(analyzer(text))


def test_matrix_is_scikit_learns_tfidf(model: WordModel) -> None:
    """Same vocabulary, same weights: sublinear TF, smooth IDF, L2 rows."""
    vec = TfidfVectorizer(
        ngram_range=(1, 2), token_pattern=r"\S+", min_df=2, sublinear_tf=True
    ).fit(TEXTS)
    assert model.grams == sorted(vec.vocabulary_)
    texts = ["inspection of the site ladders inspected", "nothing known here", ""]
    order = [vec.vocabulary_[g] for g in model.grams]
    expected = vec.transform(texts).toarray()[:, order]
    assert np.allclose(model.matrix(texts).toarray(), expected)


def test_probabilities_and_round_trip(model: WordModel, tmp_path: Path) -> None:
    probs = model.probs(["safety policy commitment of the owner", "inspection of the site", ""])
    assert probs.shape == (3, len(LABELS)) and np.allclose(probs.sum(axis=1), 1.0)
    assert [int(i) for i in probs[:2].argmax(axis=1)] == [1, 0]
    model.to_disk(tmp_path / "words", LABELS)
    again = WordModel.from_disk(tmp_path / "words", LABELS, "retrain")
    assert np.allclose(again.probs(["policy of the owner"]), model.probs(["policy of the owner"]))


def test_a_character_model_is_not_read_as_a_word_model(model: WordModel, tmp_path: Path) -> None:
    chars = chargrams.CharModel.fitted(TEXTS, TARGETS, [1.0] * len(TEXTS), len(LABELS), 10.0)
    chars.to_disk(tmp_path / "chars", LABELS)
    with pytest.raises(ModelIncompatible, match=r"word model .* another version; retrain"):
        WordModel.from_disk(tmp_path / "chars", LABELS, "retrain")
    model.to_disk(tmp_path / "words", LABELS)
    with pytest.raises(ModelIncompatible, match=r"character model .* another version"):
        CharModel.from_disk(tmp_path / "words", LABELS, "retrain")


def test_max_features_keeps_the_most_frequent(model: WordModel) -> None:
    few = WordModel.fitted(TEXTS, TARGETS, [1.0] * len(TEXTS), len(LABELS), 10.0, 3)
    assert len(few.grams) == 3 and set(few.grams) <= set(model.grams)
    assert few.probs(["policy"]).shape == (1, len(LABELS))


def test_model_folder_holds_both_word_models(tiny_model: Path, tmp_path: Path) -> None:
    stamp = json.loads((tiny_model / STAMP).read_text("utf-8"))
    assert stamp["word_weight"] > 0 and stamp["word_kind_weight"] > 0
    clf = Classifier.load(tiny_model)
    assert clf.partners.words is not None and clf.partners.word_kinds is not None
    assert clf.partners.word_kinds.intercept.shape == (2,)
    doc = Document("a.txt", PurePosixPath("a.txt"), "", 10, text="inspection of the site ladders")
    assert len(clf.predict([doc])) == 1
    for part in (WORDS, WORD_KINDS):
        broken = tmp_path / part
        shutil.copytree(tiny_model, broken)
        shutil.rmtree(broken / part)
        with pytest.raises(ModelIncompatible, match="secor-intake train"):
            Classifier.load(broken)


def _matrix_term_by_term(model: WordModel, texts: list[str]) -> Any:
    """The matrix built term by term (the version before the batch look-up): the oracle."""
    rows: list[int] = []
    cols: list[int] = []
    data: list[float] = []
    for row, text in enumerate(texts):
        for term, k in doc_terms(text).items():
            if (i := model._index.get(term)) is not None:
                rows.append(row)
                cols.append(i)
                data.append(k)
    counts = csr_matrix(
        (np.asarray(data, dtype=np.float64), (rows, cols)), shape=(len(texts), len(model.grams))
    )
    return model.weighted(counts)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.lists(
            st.sampled_from([*sorted({w for t in TEXTS for w in t.split()}), "zzz"]), max_size=30
        ).map(" ".join),
        max_size=8,
    )
)
def test_matrix_is_bit_identical_to_term_by_term(model: WordModel, texts: list[str]) -> None:
    fast, plain = model.matrix(texts), _matrix_term_by_term(model, texts)
    assert np.array_equal(fast.indptr, plain.indptr)
    assert np.array_equal(fast.indices, plain.indices)
    assert np.array_equal(fast.data, plain.data)  # the same bits, in the same order


def test_a_model_regressed_on_another_vocabulary_reads_the_same_matrix(model: WordModel) -> None:
    """The word model of the kinds is fitted on the vocabulary of the label model of every
    word, so one matrix serves both; reading it gives what reading the texts does."""
    kinds = model.regressed(TEXTS, [i % 2 for i in range(len(TEXTS))], [1.0] * len(TEXTS), 2, 10.0)
    assert kinds.same_features(model) and kinds.grams is model.grams
    shared = model.matrix(TEXTS)
    assert np.array_equal(kinds.probs_of(shared), kinds.probs(TEXTS))
    other = WordModel.fitted(TEXTS[:-2], TARGETS[:-2], [1.0] * (len(TEXTS) - 2), len(LABELS), 10.0)
    assert not other.same_features(model)
