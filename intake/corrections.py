"""A label fixed by COR staff, kept as training data for the next ``secor-intake train``."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.labels import Kind


@dataclass(frozen=True)
class Correction:
    """One document as the staff labelled it."""

    member_path: str
    text: str
    label: str
    kind: Kind | None
