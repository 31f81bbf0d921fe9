"""Reading head counts from free text."""

from __future__ import annotations

import pytest

from bot.engine import Engine


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("9 guys plus my wife does the books", 10),
        ("12 in summer, 6 in winter", 12),
        ("me and 3 part-timers", 4),
        ("ten employees", 10),
        ("eleven", 11),
        ("two owners and 9 workers", 11),
        ("we have 8 guys and hire 4 more in summer", 12),
        ("usually 5 guys but up to 9 in busy season", 9),
        ("me plus 5 in winter and 10 in summer", 11),
        ("8 full-timers and 4 seasonal guys", 12),
        ("between 6 and 12 workers", 12),
        ("we employ twenty-five people", 25),
        ("a crew of 8", 8),
        ("a 6 man crew", 6),
        ("we're 11", 11),
        ("me and my wife", 2),
        ("it's just me", 1),
        ("half a dozen workers", 6),
        ("what if I have more than 10 employees", 11),
        ("my two sons and 5 workers plus me", 8),
        ("we have 15 employees but only 8 are full time", 15),
        ("its me, my wife and 9 guys", 11),
        ("11 plus me", 12),
        ("me, my brother and 5 guys", 7),
        ("nine counting me plus a buddy who helps out", 10),
        ("9 guys including me", 9),
        ("8 workers not counting me", 9),
        ("me and my partner own it plus 6 guys", 8),
        ("two owners, my wife in the office and 7 guys", 10),
        ("5 full time, 3 part time and 2 seasonal in summer", 10),
        ("we peaked at 12 last summer, now 7", 12),
        ("we have 9 and plan to hire 3 more next spring", 12),
        ("3 of us own the company and we have 8 employees", 11),
        ("six guys plus myself and my wife", 8),
        ("there are 4 of us plus 2 students in july", 6),
        ("my husband and I run it with 3 employees", 5),
        ("10 counting myself", 10),
        ("ten including me and my wife", 10),
        ("just me and 2 guys", 3),
        ("we are 2 partners and 9 employees", 11),
    ],
)
def test_reads_the_peak_head_count(engine: Engine, text: str, total: int) -> None:
    assert engine.read_headcount(text) == total


@pytest.mark.parametrize(
    "text",
    [
        "does my wife count",
        "call 1-800-661-2272",
        "records for the past 12 months",
        "one of the courses",
        "Is SECOR only for companies under 10?",
        "does the 10 employee limit include the owner",
        "every 3 years",
        "can my foreman take first aid and i take the phsm",
        "what happens if we grow past 10",
        "what if we go over 10 next year",
    ],
)
def test_no_head_count_where_none_is_given(engine: Engine, text: str) -> None:
    assert engine.read_headcount(text) is None


def test_names_the_people_it_counted(engine: Engine) -> None:
    count = engine.nlp("9 guys plus my wife does the books")._.headcount
    assert count is not None
    assert count.describe() == "10 people: 9 guys and your wife"


def test_peak_is_described_as_the_busiest_time(engine: Engine) -> None:
    count = engine.nlp("12 in summer, 6 in winter")._.headcount
    assert count is not None and count.peak
    assert "busiest" in count.describe()


def test_who_counts_categories(engine: Engine) -> None:
    doc = engine.nlp("does my wife count if she does the books, and the part-timers?")
    assert set(doc._.categories) >= {"family", "clerical", "part_time"}
