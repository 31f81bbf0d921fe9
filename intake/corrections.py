"""A label fixed by COR staff, kept as training data for the next ``secor-intake train``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from knowledge.labels import Kind


@dataclass(frozen=True)
class Correction:
    """One document as the staff labelled it."""

    member_path: str
    text: str
    label: str
    kind: Kind | None


@dataclass(frozen=True)
class LabelledFile:
    """A file whose label staff confirmed (its submission marked reviewed or accepted) or set.

    ``relabelled`` is true when staff changed the label themselves: such a file weighs most.
    ``day`` is the submission's date: it decides whether the file is held out for evaluation.
    ``key`` identifies the file (its store id, or the correction's).
    """

    member_path: str
    text: str
    label: str
    kind: Kind | None
    relabelled: bool
    day: date
    key: str
