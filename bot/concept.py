"""A thing a process question may ask, read from its words (used by bot.asked_fact).

A concept is named in a question (``about``) and asked of (``asks``); the facts that
answer it are then said first, whatever route answered the question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Concept:
    """One thing a question may ask: the words that name it, the facts that answer it."""

    name: str
    about: re.Pattern[str]
    asks: re.Pattern[str]
    facts: tuple[str, ...]
    topic: str
    lead: str = ""
    # the pages' fact answers a question that a silence rule would read as unanswered
    over_silence: bool = False
    # the people the question names are whom the fact is about, not a head count
    names_people: bool = False
    # words that ask something else of the same thing ("how long is first aid valid")
    unless: re.Pattern[str] | None = None
    # asked about Energy Safety Canada's program (the others are ACSA's)
    about_esc: bool = False
    # the lead is the answer's first words even when the answer already states the facts
    # ("do I resend unchanged policies?": the facts say when, the lead says no)
    lead_always: bool = False
    # an answer on another topic is replaced by the facts, not led by them ("our zip is
    # 2 GB, too big to email": whatever topic the model read, the link is the answer)
    replaces: bool = False
    # how an answer that already says the asked fact opens (another module's lead for it)
    said_by: tuple[str, ...] = ()


def pattern(text: str) -> re.Pattern[str]:
    """TEXT compiled, case-insensitive."""
    return re.compile(text, re.I)
