"""The program's facts in the project's own words, read once from ``data/facts.toml``.

Most facts restate a seed page (``knowledge/sources.py``). A few describe how this
product itself handles submissions; they cite an ``[[own_source]]`` of facts.toml,
which has no seed page and names the product as its authority.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from knowledge.sources import Source, sources


class FactsError(ValueError):
    """facts.toml is inconsistent (unknown source, duplicate id, dangling reference)."""


@dataclass(frozen=True)
class _Data:
    """facts.toml as read: facts, citation labels, every citable source, the own ones."""

    facts: dict[str, Fact]
    cite: dict[str, str]
    sources: dict[str, Source]
    own: frozenset[str]


@dataclass(frozen=True)
class Fact:
    """One statement with the page, section and date it comes from."""

    id: str
    topic: str
    statement: str
    source: str
    section: str
    effective: str
    authority: str
    replaced_by: str | None = None

    @property
    def origin(self) -> Source:
        """The source this fact is drawn from (a seed page, or the product's own process)."""
        return _data().sources[self.source]

    @property
    def is_own_process(self) -> bool:
        """True for a fact about how this product works, not drawn from a seed page."""
        return self.source in _data().own

    @property
    def is_superseded(self) -> bool:
        """True for an earlier page's wording that a newer fact replaces."""
        return self.replaced_by is not None


# How a page that prints no date is recorded in sources.toml / facts.toml.
UNDATED = "undated"


@dataclass(frozen=True)
class Citation:
    """How an answer names a fact's source (the ``sources`` items of the ask contract)."""

    title: str
    source: str
    section: str
    effective: str
    id: str
    authority: str
    valid_until: str = ""

    def as_dict(self) -> dict[str, str | bool | None]:
        """The contract's JSON object (title, source, section, effective, plus id, authority).

        ``effective`` stays what the contract and its checks expect, a non-empty string:
        the ISO date the page prints, or ``"undated"`` for a page that prints none (no
        date is invented). Added for scripts that parse dates: ``dated`` (whether the page
        prints a date) and ``effective_date`` (the ISO date, or null when undated).
        ``valid_until`` is added when the page prints one (Energy Safety Canada's procedure).
        """
        dated = self.effective != UNDATED
        out: dict[str, str | bool | None] = {
            "title": self.title,
            "source": self.source,
            "section": self.section,
            "effective": self.effective,
            "id": self.id,
            "authority": self.authority,
            "dated": dated,
            "effective_date": self.effective if dated else None,
        }
        if self.valid_until:
            out["valid_until"] = self.valid_until
        return out


def _load() -> _Data:
    raw = tomllib.loads(files("knowledge").joinpath("data/facts.toml").read_text("utf-8"))
    seeds = sources()
    own = {item["id"]: _own_source(item) for item in raw.get("own_source", [])}
    clash = sorted(set(own) & set(seeds))
    if clash:
        raise FactsError(f"own sources reuse seed source ids: {clash}")
    known = {**seeds, **own}
    cite: dict[str, str] = dict(raw.get("cite", {}))
    out: dict[str, Fact] = {}
    for item in raw["fact"]:
        src = known.get(item["source"])
        if src is None:
            raise FactsError(f"fact {item['id']}: unknown source {item['source']!r}")
        if item["id"] in out:
            raise FactsError(f"duplicate fact id {item['id']!r}")
        out[item["id"]] = Fact(
            id=item["id"],
            topic=item["topic"],
            statement=" ".join(item["statement"].split()),
            source=item["source"],
            section=item["section"],
            effective=item.get("effective", src.effective),
            authority=item.get("authority", src.authority),
            replaced_by=item.get("replaced_by"),
        )
    for fact in out.values():
        if fact.replaced_by is not None and fact.replaced_by not in out:
            raise FactsError(f"fact {fact.id}: replaced_by names unknown fact {fact.replaced_by!r}")
    for source_id in known:
        cite.setdefault(source_id, known[source_id].title)
    return _Data(out, cite, known, frozenset(own))


def _own_source(item: dict[str, str]) -> Source:
    """An ``[[own_source]]`` entry: the product's own process, so it has no seed page."""
    if item.get("seed"):
        raise FactsError(f"own source {item['id']}: an own source has no seed page")
    return Source(**{k: item.get(k, "") for k in Source.__dataclass_fields__})


@cache
def _data() -> _Data:
    return _load()


def facts() -> dict[str, Fact]:
    """Every fact by id, in file order."""
    return _data().facts


def cited_sources() -> dict[str, Source]:
    """Every source a fact may cite: the seed pages, then the product's own process."""
    return dict(_data().sources)


def own_sources() -> dict[str, Source]:
    """The sources that are the product's own process (no seed page behind them)."""
    data = _data()
    return {k: v for k, v in data.sources.items() if k in data.own}


def fact(fact_id: str) -> Fact:
    """One fact by id (KeyError if unknown)."""
    return facts()[fact_id]


def facts_for_topic(topic: str) -> tuple[Fact, ...]:
    """The facts of one topic, in file order."""
    return tuple(f for f in facts().values() if f.topic == topic)


def topics() -> tuple[str, ...]:
    """Every topic, in order of first appearance."""
    return tuple(dict.fromkeys(f.topic for f in facts().values()))


def citation(item: Fact) -> Citation:
    """The citation of a fact: source title and label, section and effective date."""
    src = item.origin
    return Citation(
        title=src.title,
        source=_data().cite[src.id],
        section=item.section,
        effective=item.effective,
        id=src.id,
        authority=item.authority,
        valid_until=src.valid_until,
    )


@dataclass(frozen=True)
class Contacts:
    """The COR department's phone and email, each with the fact it comes from."""

    phone: str
    email: str
    phone_fact: Fact
    email_fact: Fact


@cache
def contacts() -> Contacts:
    """The COR department's contacts as stated in the seeds (``[contacts]`` of facts.toml)."""
    raw = tomllib.loads(files("knowledge").joinpath("data/facts.toml").read_text("utf-8"))
    table = raw["contacts"]
    phone_fact, email_fact = fact(table["phone_fact"]), fact(table["email_fact"])
    if table["phone"] not in phone_fact.statement or table["email"] not in email_fact.statement:
        raise FactsError("[contacts] values must appear in the statements of their facts")
    return Contacts(
        phone=table["phone"], email=table["email"], phone_fact=phone_fact, email_fact=email_fact
    )
