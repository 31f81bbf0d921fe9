"""Issue 11, round 7a: whom a head count counts, and the verdict in plain words.

- the verdict says "within the limit" / "over the limit" and "not eligible for SECOR";
- a count tied to a time or a peak says that the most people at any one time in the
  past 12 months is what counts.

The phrasings are ours.
"""

from __future__ import annotations

import pytest

from bot.engine import Engine


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "me and 5 guys, can we do secor",
            "Yes \u2014 with 6 people you are within the limit of 10, so by head count you "
            "qualify for SECOR.",
        ),
        (
            "its me, my wife and 9 guys, are we ok for secor",
            "No \u2014 with 11 people you are over the limit of 10 and not eligible for SECOR.",
        ),
        (
            "just me, do i qualify",
            "Yes \u2014 with 1 person you are within the limit of 10",
        ),
    ],
)
def test_the_verdict_says_within_or_over_the_limit_in_plain_words(
    engine: Engine, question: str, opening: str
) -> None:
    assert engine.ask(question).answer.startswith(opening)


@pytest.mark.parametrize(
    "question",
    [
        "12 in the summer and 6 in the winter, secor?",
        "we had 13 guys in july but we're down to 5 now, can we apply",
        "peaked at 14 last fall, now its me and 3 guys. how long is secor valid for?",
        "we are 12 now, can we still do secor?",
    ],
)
def test_a_count_tied_to_a_time_says_the_past_12_months_count(
    engine: Engine, question: str
) -> None:
    text = engine.ask(question).answer
    assert "past 12 months" in text, text
