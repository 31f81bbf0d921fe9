"""The bot's language data, read once from ``knowledge/data/bot_*.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any, Literal

from knowledge.facts import facts

IntentKind = Literal[
    "answer", "eligibility", "who_counts", "smalltalk", "unknown", "refuse", "element"
]
INTENT_KINDS: tuple[IntentKind, ...] = (
    "element",
    "answer",
    "eligibility",
    "who_counts",
    "smalltalk",
    "unknown",
    "refuse",
)


class LexiconError(ValueError):
    """A bot data file is inconsistent (unknown fact, intent without paraphrases)."""


def _read(name: str) -> dict[str, Any]:
    return tomllib.loads(files("knowledge").joinpath(f"data/{name}").read_text("utf-8"))


@dataclass(frozen=True)
class Intent:
    """What a question asks for and the facts that answer it."""

    id: str
    kind: IntentKind
    facts: tuple[str, ...]
    note: str
    silent: str = ""
    about: str = ""


@dataclass(frozen=True)
class Category:
    """A group of people the head-count rule names (owners, family members, ...)."""

    id: str
    label: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    """Concepts, slang, number words, person words and lemma exceptions."""

    concepts: dict[str, tuple[str, ...]]
    slang: dict[str, str]
    numbers: dict[str, int]
    person_nouns: frozenset[str]
    singles: frozenset[str]
    units: frozenset[str]
    before_units: frozenset[str]
    extra: frozenset[str]
    varies: frozenset[str]
    compare_over: frozenset[str]
    compare_under: frozenset[str]
    categories: tuple[Category, ...]
    lemmas: dict[str, str]
    stopwords: frozenset[str]
    titles: frozenset[str] = frozenset()


@cache
def lexicon() -> Lexicon:
    """The language rules of bot_lexicon.toml."""
    raw = _read("bot_lexicon.toml")
    people = raw["people"]
    return Lexicon(
        concepts={k: tuple(v) for k, v in raw["concepts"].items()},
        slang=dict(raw["slang"]),
        numbers={k: int(v) for k, v in raw["numbers"].items()},
        person_nouns=frozenset(people["nouns"]),
        singles=frozenset(people["singles"]),
        units=frozenset(people["units"]),
        before_units=frozenset(people["before_units"]),
        extra=frozenset(people["extra"]),
        varies=frozenset(people["varies"]),
        compare_over=frozenset(people["compare_over"]),
        compare_under=frozenset(people["compare_under"]),
        categories=tuple(
            Category(id=key, label=val["label"], words=tuple(val["words"]))
            for key, val in raw["categories"].items()
        ),
        lemmas=dict(raw["lemmas"]),
        stopwords=frozenset(raw["general"]["stopwords"]),
        titles=frozenset(people.get("titles", ())),
    )


@cache
def intents() -> dict[str, Intent]:
    """Every intent by id, checked against facts.toml."""
    known = facts()
    out: dict[str, Intent] = {}
    for item in _read("bot_intents.toml")["intent"]:
        kind = item.get("kind", "answer")
        if kind not in INTENT_KINDS:
            raise LexiconError(f"intent {item['id']}: unknown kind {kind!r}")
        missing = [f for f in item["facts"] if f not in known]
        if missing:
            raise LexiconError(f"intent {item['id']}: unknown facts {missing}")
        out[item["id"]] = Intent(
            id=item["id"],
            kind=kind,
            facts=tuple(item["facts"]),
            note=" ".join(item.get("note", "").split()),
            silent=item.get("silent", ""),
            about=item.get("about", item["id"].replace("_", " ")),
        )
    return out


@cache
def paraphrases() -> dict[str, tuple[str, ...]]:
    """Training questions by intent id; every intent has some."""
    raw = _read("bot_paraphrases.toml")
    known = intents()
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise LexiconError(f"paraphrases for unknown intents: {unknown}")
    empty = sorted(i for i in known if not raw.get(i))
    if empty:
        raise LexiconError(f"intents without paraphrases: {empty}")
    return {key: tuple(raw[key]) for key in known}


@cache
def examples() -> dict[str, tuple[str, ...]]:
    """Strangers' questions by intent id (bot_examples.toml, from the development sets)."""
    raw = _read("bot_examples.toml")
    unknown = sorted(set(raw) - set(intents()))
    if unknown:
        raise LexiconError(f"examples for unknown intents: {unknown}")
    return {key: tuple(value) for key, value in raw.items()}


@cache
def cues() -> dict[str, tuple[str, ...]]:
    """Cue words by intent id (bot_cues.toml)."""
    raw = _read("bot_cues.toml")
    unknown = sorted(set(raw) - set(intents()))
    if unknown:
        raise LexiconError(f"cues for unknown intents: {unknown}")
    return {key: tuple(value) for key, value in raw.items()}


@dataclass(frozen=True)
class Combo:
    """Facts that answer a question combining several parts (a year type and a document)."""

    id: str
    when: frozenset[str]
    understood: str
    facts: tuple[str, ...]
    silent: str = ""


@cache
def combos() -> tuple[Combo, ...]:
    """The combinations of bot_combos.toml, most specific first."""
    known = facts()
    out: list[Combo] = []
    for item in _read("bot_combos.toml")["combo"]:
        missing = [f for f in item["facts"] if f not in known]
        if missing:
            raise LexiconError(f"combo {item['id']}: unknown facts {missing}")
        out.append(
            Combo(
                id=item["id"],
                when=frozenset(item["when"]),
                understood=item["understood"],
                facts=tuple(item["facts"]),
                silent=item.get("silent", ""),
            )
        )
    return tuple(sorted(out, key=lambda c: -len(c.when)))


@cache
def element_words() -> dict[str, tuple[str, ...]]:
    """Words typical of each label's documents (element_words.toml): the classifier's fallback."""
    raw = _read("element_words.toml")
    return {label: tuple(words) for label, words in raw.items()}
