"""The committed corpus is what the generator makes, covers every label, keeps a held-out split."""

from __future__ import annotations

from collections import Counter

from intake.classify.dataset import load_split
from knowledge.labels import KINDS, has_kind, labels
from tools.corpus import CORPUS_SEED, SPLITS
from tools.corpus.generate import generate_one


def test_committed_data_matches_the_generator() -> None:
    for split in SPLITS:
        docs = load_split(split)
        n = SPLITS[split].per_label
        assert len(docs) == n * len(labels())
        for index in (0, n // 2, n - 1):
            for k, label in enumerate(labels()):
                stored = docs[k * n + index]
                assert stored == generate_one(CORPUS_SEED, split, label, index)


def test_every_label_has_many_document_types_and_valid_kinds() -> None:
    docs = load_split("train")
    for label in labels():
        mine = [d for d in docs if d.label == label]
        assert len({d.gen for d in mine}) >= 2
        kinds = Counter(d.kind for d in mine)
        if has_kind(label):
            assert set(kinds) <= set(KINDS) and len(kinds) == 2
        else:
            assert set(kinds) == {None}


def test_heldout_split_shares_no_document_with_training() -> None:
    train = {d.text for d in load_split("train")}
    # photos with a word or two of text may coincide; documents may not
    assert not any(d.text in train for d in load_split("heldout") if len(d.text) > 100)


def test_hand_written_data_matches_its_sources_and_never_trains_on_the_calibration_set() -> None:
    from intake.classify.dataset import data_file, read_split
    from intake.classify.training import training_set
    from tools.corpus.written import written

    for name in ("written", "calibration"):
        assert read_split(data_file(name).with_suffix("")) == written(name)
    calibration = {d.text for d in written("calibration")}
    assert len(calibration) >= 60
    assert not any(d.text in calibration for d in training_set())
    labels_written = {d.label for d in written("written")}
    assert labels_written == set(labels())
