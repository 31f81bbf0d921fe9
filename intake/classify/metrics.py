"""Per-label and macro F1, without a dependency on scikit-learn at run time."""

from __future__ import annotations

from collections.abc import Sequence


def _f1(truth: Sequence[int], pred: Sequence[int], k: int) -> float:
    tp = sum(1 for t, p in zip(truth, pred, strict=True) if t == k and p == k)
    fp = sum(1 for t, p in zip(truth, pred, strict=True) if t != k and p == k)
    fn = sum(1 for t, p in zip(truth, pred, strict=True) if t == k and p != k)
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def macro_f1(truth: Sequence[int], pred: Sequence[int], n_classes: int) -> float:
    """Unweighted mean of the F1 of classes 0..N_CLASSES-1 that occur in TRUTH or PRED."""
    present = sorted(set(truth) | set(pred))
    present = [k for k in present if 0 <= k < n_classes]
    if not present:
        return 0.0
    return sum(_f1(truth, pred, k) for k in present) / len(present)


def per_label_f1(
    truth: Sequence[int], pred: Sequence[int], names: Sequence[str]
) -> dict[str, float]:
    """F1 of every label, by name."""
    return {name: round(_f1(truth, pred, k), 4) for k, name in enumerate(names)}
