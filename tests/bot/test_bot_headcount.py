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
    ],
)
def test_no_head_count_where_none_is_given(engine: Engine, text: str) -> None:
    assert engine.read_headcount(text) is None


def test_names_the_people_it_counted(engine: Engine) -> None:
    count = engine.nlp("9 guys plus my wife does the books")._.headcount
    assert count is not None
    assert count.describe() == "9 guys + your wife = 10"


def test_peak_is_described_as_the_busiest_time(engine: Engine) -> None:
    count = engine.nlp("12 in summer, 6 in winter")._.headcount
    assert count is not None and count.peak
    assert "busiest" in count.describe()


def test_who_counts_categories(engine: Engine) -> None:
    doc = engine.nlp("does my wife count if she does the books, and the part-timers?")
    assert set(doc._.categories) >= {"family", "clerical", "part_time"}
