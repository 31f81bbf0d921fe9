"""A tiny classifier trained once for the classifier tests (seconds, not minutes)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from intake.classify.training import TrainingDoc, train_model
from tools.corpus import generate


def tiny_corpus(split: str, per_label: int) -> list[TrainingDoc]:
    """A few generated documents per label."""
    return [
        TrainingDoc(d.path, d.text, d.label, d.kind, 1, d.gen)
        for d in generate(split, 0, per_label)
    ]


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model trained on 8 documents per label for 2 epochs."""
    out = tmp_path_factory.mktemp("model") / "model"
    train_model(
        out,
        train_docs=tiny_corpus("train", 8),
        heldout_docs=tiny_corpus("heldout", 3),
        max_epochs=2,
    )
    return out


def train_args(**values: object) -> argparse.Namespace:
    """The arguments of `secor-intake train` as its parser gives them, with VALUES."""
    base: dict[str, object] = {
        "out": None,
        "seed": 0,
        "corrections": None,
        "no_corrections": False,
        "if_missing": False,
        "quiet": False,
        "force": False,
    }
    return argparse.Namespace(**(base | values))
