"""Property-based tests of the head-count reader: generated phrasings with known totals."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine import Engine

NUMBER_WORDS = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
}
NOUNS = ("guys", "workers", "employees", "labourers", "part-timers", "carpenters", "owners")
RELATIVES = ("my wife", "my brother", "my son", "my dad", "our bookkeeper", "my partner")
JOINERS = (" and ", " plus ", " + ", " & ")
ENDINGS = ("", ", can we get secor?", " - are we eligible", ". do we qualify for SECOR?")


@st.composite
def crew(draw: st.DrawFn) -> tuple[str, int]:
    """A list of people ("me, my wife and 9 guys") and how many they are."""
    parts: list[tuple[str, int]] = []
    nouns = draw(st.lists(st.sampled_from(NOUNS), min_size=1, max_size=2, unique=True))
    for noun in nouns:
        n = draw(st.integers(min_value=2, max_value=12))
        word = NUMBER_WORDS[n] if draw(st.booleans()) else str(n)
        parts.append((f"{word} {noun}", n))
    # "2 owners, 2 guys, me and my wife" says who the owners are as often as it adds two
    # people: a careful reader cannot tell, so owners come with no "me", wife or partner
    owners = "owners" in nouns
    relatives = [r for r in RELATIVES if not (owners and r in ("my wife", "my partner"))]
    for relative in draw(st.lists(st.sampled_from(relatives), max_size=2, unique=True)):
        parts.append((relative, 1))
    if not owners and draw(st.booleans()):
        parts.append((draw(st.sampled_from(("me", "myself"))), 1))
    parts = draw(st.permutations(parts))
    joiner = draw(st.sampled_from(JOINERS))
    if len(parts) == 1:
        text = parts[0][0]
    else:
        text = ", ".join(p for p, _ in parts[:-1]) + joiner + parts[-1][0]
    opener = draw(st.sampled_from(("", "its ", "we are ", "there's ")))
    ending = draw(st.sampled_from(ENDINGS))
    return f"{opener}{text}{ending}", sum(n for _, n in parts)


@st.composite
def counting_me(draw: st.DrawFn) -> tuple[str, int]:
    """A number that already holds the owner, plus maybe someone else."""
    n = draw(st.integers(min_value=2, max_value=12))
    word = NUMBER_WORDS[n] if draw(st.booleans()) else str(n)
    marker = draw(st.sampled_from(("counting me", "including me", "including myself")))
    extra = draw(st.sampled_from(("", " plus my wife", " and a buddy who helps out")))
    return f"we're {word} {marker}{extra}", n + (1 if extra else 0)


@st.composite
def seasons(draw: st.DrawFn) -> tuple[str, int]:
    """Counts that change over the year: the busiest moment is what counts."""
    low = draw(st.integers(min_value=1, max_value=8))
    high = draw(st.integers(min_value=low + 1, max_value=14))
    form = draw(st.integers(min_value=0, max_value=2))
    if form == 0:
        return f"we have {low} guys in winter and {high} in summer", high
    if form == 1:
        return f"usually {low} workers but up to {high} in the busy season", high
    extra = high - low
    return f"we have {low} guys and hire {extra} more in summer", high


PHRASINGS = st.one_of(crew(), counting_me(), seasons())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=PHRASINGS)
def test_generated_phrasings_have_their_known_total(engine: Engine, case: tuple[str, int]) -> None:
    text, total = case
    assert engine.read_headcount(text) == total, text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("its me, my wife and 9 guys", "11 people: you, your wife and 9 guys"),
        ("11 plus me", "12 people: 11 others and you"),
        ("nine counting me plus a buddy", "10 people: 9 people (you included) and a buddy"),
        ("ten including me and my wife", "10 people (you and your wife included)"),
    ],
)
def test_says_whom_it_counted(engine: Engine, text: str, words: str) -> None:
    count = engine.nlp(text)._.headcount
    assert count is not None
    assert count.describe() == words
