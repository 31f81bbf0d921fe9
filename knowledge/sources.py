"""The public pages the knowledge base cites, read once from ``data/sources.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True)
class Source:
    """One source document: an ACSA or Energy Safety Canada page."""

    id: str
    seed: str
    title: str
    publisher: str
    authority: str
    effective: str
    note: str
    dated: str = ""
    valid_until: str = ""
    replaces: str = ""
    newer_because: str = ""

    def newer_than(self, other: Source) -> bool:
        """True when this page supersedes OTHER (``replaces``), else by effective date."""
        if self.replaces:
            return self.replaces == other.id
        dated = self.effective != "undated" and other.effective != "undated"
        return dated and self.effective > other.effective


@cache
def sources() -> dict[str, Source]:
    """Every source by id."""
    raw = tomllib.loads(files("knowledge").joinpath("data/sources.toml").read_text("utf-8"))
    return {
        item["id"]: Source(**{k: item.get(k, "") for k in Source.__dataclass_fields__})
        for item in raw["source"]
    }
