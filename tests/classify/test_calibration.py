"""Calibration and the combination of content with folder and name signals."""

from __future__ import annotations

import numpy as np

from intake.classify.calibration import ece, fit_temperature, nll
from intake.classify.combine import FloatArray, Weights, kind_operational, label_probs, softmax
from knowledge.labels import labels

NAMES = labels()


def _probs(**mass: float) -> FloatArray:
    p = np.full((1, len(NAMES)), 1e-4)
    for label, value in mass.items():
        p[0, NAMES.index(label)] = value
    return np.asarray(p / p.sum(), dtype=np.float64)


def test_ece_is_zero_when_confidence_matches_accuracy() -> None:
    assert ece([1.0, 1.0, 0.5, 0.5], [True, True, True, False]) == 0.0
    assert ece([0.9] * 10, [False] * 10) > 0.85


def test_fitted_temperature_recovers_the_true_one() -> None:
    rng = np.random.default_rng(0)
    logits = rng.normal(0, 3, size=(4000, 5))
    truth = [int(rng.choice(5, p=p)) for p in softmax(logits / 2.0)]
    fitted = fit_temperature(lambda t: softmax(logits / t), truth)
    assert 1.7 < fitted < 2.3
    assert nll(softmax(logits / fitted), truth) <= nll(softmax(logits), truth)


def test_a_tidy_folder_wins_over_weak_content() -> None:
    p = label_probs(_probs(inspections=0.5, maintenance=0.3), ["maintenance"], [None], Weights())
    assert NAMES[int(p.argmax())] == "maintenance" and p.max() > 0.9


def test_strong_junk_evidence_stays_other_in_an_element_folder() -> None:
    p = label_probs(_probs(other=0.999), ["maintenance"], [None], Weights())
    assert NAMES[int(p.argmax())] == "other"


def test_weak_junk_evidence_gives_way_to_the_folder() -> None:
    p = label_probs(_probs(other=0.6, maintenance=0.1), ["maintenance"], [None], Weights())
    assert NAMES[int(p.argmax())] == "maintenance"


def test_a_name_signal_tips_a_close_call() -> None:
    p = label_probs(
        _probs(safe_job_procedures=0.45, safe_work_practices=0.4),
        [None],
        ["safe_work_practices"],
        Weights(),
    )
    assert NAMES[int(p.argmax())] == "safe_work_practices"


def test_no_evidence_gives_low_confidence() -> None:
    p = label_probs(np.zeros((1, len(NAMES))), [None], [None], Weights())
    assert p.max() < 0.1


def test_the_label_default_kind_is_a_prior() -> None:
    undecided = np.array([[0.5, 0.5]])
    assert kind_operational(undecided, ["hazard_assessment"], Weights(kind_prior=1.0))[0] > 0.5
    assert kind_operational(undecided, ["safe_work_practices"], Weights(kind_prior=1.0))[0] < 0.5
    sure = np.array([[0.01, 0.99]])
    assert kind_operational(sure, ["safe_work_practices"], Weights(kind_prior=1.0))[0] > 0.5
