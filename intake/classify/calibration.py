"""Calibration on the held-out split: temperature scaling, and the measures that check it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

import numpy as np

from intake.classify.combine import FloatArray

TEMPERATURES = np.exp(np.linspace(np.log(0.05), np.log(20.0), 161))


def nll(probs: FloatArray, truth: Sequence[int]) -> float:
    """Mean negative log-likelihood of the true classes."""
    p = probs[np.arange(len(truth)), np.asarray(truth)]
    return float(-np.mean(np.log(np.clip(p, 1e-12, None))))


def ece(confidence: Sequence[float], correct: Sequence[bool], bins: int = 15) -> float:
    """Expected calibration error: the gap between confidence and accuracy, averaged over bins."""
    conf = np.asarray(confidence, dtype=np.float64)
    hit = np.asarray(correct, dtype=np.float64)
    if len(conf) == 0:
        return 0.0
    edges = np.linspace(0.0, 1.0, bins + 1)
    total = 0.0
    for lo, hi in pairwise(edges):
        mask = (conf > lo) & (conf <= hi) if lo > 0 else (conf >= lo) & (conf <= hi)
        if mask.any():
            total += mask.mean() * abs(hit[mask].mean() - conf[mask].mean())
    return float(total)


def fit_temperature(probs_at: Callable[[float], FloatArray], truth: Sequence[int]) -> float:
    """The temperature whose probabilities give the true classes the highest likelihood."""
    losses = [nll(probs_at(float(t)), truth) for t in TEMPERATURES]
    return float(TEMPERATURES[int(np.argmin(losses))])


def binary_nll(p_positive: FloatArray, positive: Sequence[bool]) -> float:
    """Mean negative log-likelihood of binary outcomes."""
    y = np.asarray(positive, dtype=np.float64)
    p = np.clip(p_positive, 1e-12, 1 - 1e-12)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
