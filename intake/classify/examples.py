"""Staff-labelled files as training and evaluation examples, split by date.

A fixed share of days is held out: files of submissions dated on those days never
train a model and form, with the samples, the frozen evaluation set the retrain gate
judges a new model on. A file never moves between the two sides.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from intake.corrections import LabelledFile

HOLDOUT_EVERY_DAYS = 5  # one day in five is held out


def held_out(day: date) -> bool:
    """True when files dated DAY belong to the frozen evaluation set."""
    return day.toordinal() % HOLDOUT_EVERY_DAYS == 0


def split_by_date(
    files: Sequence[LabelledFile],
) -> tuple[list[LabelledFile], list[LabelledFile]]:
    """(training examples, held-out evaluation examples)."""
    train = [f for f in files if not held_out(f.day)]
    frozen = [f for f in files if held_out(f.day)]
    return train, frozen
