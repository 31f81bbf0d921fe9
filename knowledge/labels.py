"""The 16 labels of a submission's files, read once from ``data/elements.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Literal

Kind = Literal["directive", "operational"]
KINDS: tuple[Kind, ...] = ("directive", "operational")
Year = Literal["certification", "maintenance", "unknown"]
YEARS: tuple[Year, ...] = ("certification", "maintenance", "unknown")


@dataclass(frozen=True)
class LabelInfo:
    """One label: an element (1-13), the evaluation tool, legislation or other."""

    label: str
    name: str
    short: str
    element: int | None
    default_kind: Kind | None

    @property
    def title(self) -> str:
        """How a person names it: "Element 2 - Hazard Assessments"."""
        if self.element is None:
            return self.name
        return f"Element {self.element} - {self.name}"


@cache
def all_labels() -> tuple[LabelInfo, ...]:
    """Every label, in contract order (elements 1-13, then the three others)."""
    raw = tomllib.loads(files("knowledge").joinpath("data/elements.toml").read_text("utf-8"))
    out: list[LabelInfo] = []
    for item in raw["label"]:
        element = item.get("element")
        out.append(
            LabelInfo(
                label=item["label"],
                name=item["name"],
                short=item["short"],
                element=element,
                default_kind=item.get("default_kind"),
            )
        )
    return tuple(out)


@cache
def by_label() -> dict[str, LabelInfo]:
    """Label name to its info."""
    return {info.label: info for info in all_labels()}


def labels() -> tuple[str, ...]:
    """All 16 label names."""
    return tuple(info.label for info in all_labels())


def element_labels() -> tuple[str, ...]:
    """The 13 element labels, element 1 first."""
    return tuple(info.label for info in all_labels() if info.element is not None)


def has_kind(label: str) -> bool:
    """False for evaluation_tool, legislation and other (their kind is null)."""
    return by_label()[label].element is not None
