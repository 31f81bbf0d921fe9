"""Round 29: a total whose own time is said right after it ("so all 11 of us are working at
once") is still the employer's total; the time does not ask what the limit means."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.stated_total import stated_total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "2 owners both on the tools full time, 8 employees, and when we're slammed a casual "
            "labourer comes in, so all 11 of us are working at once. do we qualify?",
            11,
        ),
        ("me, my wife and 7 guys, so all 9 of us on site at once. can we do secor?", 9),
        ("my brother, me and 6 hands so 8 of us at the same time in july. eligible?", 8),
    ],
)
def test_a_total_with_its_time_is_the_total(text: str, total: int) -> None:
    """The time said right after the total belongs to it."""
    assert stated_total(text) == total


@pytest.mark.parametrize(
    "text",
    [
        "we're 8 all in. does the limit mean 10 at one time or over the year?",
        "does 10 mean 10 all together at one time?",
    ],
)
def test_the_limit_asked_still_sets_no_total(text: str) -> None:
    """A question about what the limit means is not a stated total."""
    assert stated_total(text) is None


def test_the_reply_counts_the_stated_eleven(engine: Engine) -> None:
    """The reply gives the employer's 11 and the verdict, not the parts added to it."""
    reply = engine.ask(
        "2 owners both on the tools full time, 8 employees, and when were slammed we call in a "
        "casual labourer so all 11 of us are working at once. do we qualify for the small one"
    ).answer
    assert reply.startswith("No — with 11 people you are over the limit of 10")
    assert "21" not in reply
