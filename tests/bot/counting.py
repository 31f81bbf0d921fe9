"""What the head-count property tests share: a number said as digits or as a word, their
Hypothesis settings, and the check of a count with the verdict that opens its answer."""

from __future__ import annotations

from collections.abc import Mapping

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from bot.engine import Engine

WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}
Case = tuple[str, int]
SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def said(draw: st.DrawFn, low: int, high: int, words: Mapping[int, str] = WORDS) -> tuple[str, int]:
    """A number from LOW to HIGH, as digits or (when WORDS has it, half the time) a word."""
    n = draw(st.integers(min_value=low, max_value=high))
    return (words[n] if n in words and draw(st.booleans()) else str(n)), n


def checked(engine: Engine, text: str, total: int, *, direction: bool = True) -> None:
    """TEXT is read as TOTAL people, and an eligibility answer opens with that verdict
    (with DIRECTION, its "Yes —" / "No —" too)."""
    count = engine.nlp(text)._.headcount
    assert count is not None, text
    assert count.total == total, f"{text!r}: read {count.total} ({count.describe()}), is {total}"
    answer = engine.ask(text)
    if answer.kind != "eligibility":
        return  # a message that asks something else answers that, the count said first
    people = "person" if total == 1 else "people"
    verdict = (
        f"with {total} {people} you are within the limit"
        if total <= 10
        else f"with {total} {people} you are over the limit"
    )
    if direction:
        verdict = ("Yes \u2014 " if total <= 10 else "No \u2014 ") + verdict
    assert verdict in answer.answer, f"{text!r}: {answer.answer[:160]}"
