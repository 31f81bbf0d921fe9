"""Head counts and multi-part messages, round 15: rules that read the question's own words,
so that the topic the intent model ranks first (which moves with every harvest) does not
decide them.

Rules:
- the limit's number offered in two readings ("is it 10 on average or 10 at one time") is
  the rule asked about, not people counted (bot/mentions.py ``_offered_twice``); the window
  asked ("average ... or at one time") routes to the window and the verdict for the people
  the message does count, whatever topic ranks first (bot/peak_rule.py, bot/engine.py);
- a forwarded mail's divider, header lines and cover note ask nothing: the body's
  questions are read without them (bot/envelope.py);
- an ordinal year of the business or its owner ("my second year running the company")
  is no year of the SECOR cycle (bot/year_cycle.py ``_NOT_CYCLE``).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.engine import Engine
from bot.envelope import without_envelope
from bot.year_cycle import year_cycle_answer
from tests.bot.counting import SETTINGS

# -- (1) the limit read two ways, and the window ---------------------------------------

TWO_READINGS_OVER = [
    "does the 10 mean ten on average or ten at one time? some weeks we hit 12 guys",
    "Is it 10 workers averaged across the year or 10 at any one time? We range from 5 to 13.",
    "Quick one: the rule says 10 people. Average over the year, or all at once? In July we "
    "had 11 on the account.",
    "we run between 4 and 12 depending on the season - is the limit ten on average or ten at "
    "the same time?",
    "is it 10 employees at one time or 10 on average? we peaked at 14 in the fall",
]
TWO_READINGS_UNDER = [
    "Does the limit mean 10 on average or 10 all together at one time? we run 4 to 8",
    "is it ten at any one time or ten on average? we are never more than 7 guys",
    "is the cap 10 on average or 10 at once, we go between 3 and 9 people",
]


@pytest.mark.parametrize("text", TWO_READINGS_OVER)
def test_the_limit_read_two_ways_gets_the_window_and_an_over_verdict(
    engine: Engine, text: str
) -> None:
    answer = engine.ask(text)
    assert "at one time" in answer.answer
    assert "not an average" in answer.answer
    assert "over the limit" in answer.answer
    assert "with 10 people" not in answer.answer


@pytest.mark.parametrize("text", TWO_READINGS_UNDER)
def test_the_limit_read_two_ways_gets_the_window_and_an_under_verdict(
    engine: Engine, text: str
) -> None:
    answer = engine.ask(text)
    assert "not an average" in answer.answer
    assert "within the limit" in answer.answer
    assert "with 10 people" not in answer.answer


@pytest.mark.parametrize(
    "text, total",
    [
        ("we had 10 guys last summer and 10 more in fall, or so", 20),
        ("we are 10 people, or 10 with the wife", 10),
        ("10 guys in summer, 6 in winter", 10),
    ],
)
def test_a_count_said_twice_is_still_people(engine: Engine, text: str, total: int) -> None:
    """Look-alikes: the same number twice with people is a count, not the rule."""
    count = engine.nlp(text)._.headcount
    assert count is not None and count.total == total


@SETTINGS
@given(
    first=st.sampled_from(["on average", "averaged over the year", "as a yearly average"]),
    second=st.sampled_from(["at one time", "at any one time", "at once", "at the same time"]),
    top=st.integers(min_value=11, max_value=40),
    flip=st.booleans(),
)
def test_two_readings_of_the_limit_never_count_ten(
    engine: Engine, first: str, second: str, top: int, flip: bool
) -> None:
    a, b = (second, first) if flip else (first, second)
    text = f"is it 10 employees {a} or 10 {b}? we go from 5 up to {top}"
    count = engine.nlp(text)._.headcount
    assert count is not None and count.total == top, text


# -- (2) a forwarded mail's envelope ----------------------------------------------------

FORWARDED = [
    (
        "---------- Forwarded message ---------\nFrom: Rita (owner)\nDate: Tue\nTo: Mo\n"
        "Subject: stuff\n\nmo pls find out how many samples we send and which element the "
        "toolbox talk sheets go in\n\n----------\nHi, forwarding my boss's questions above.",
        ("one or two", "Element 8"),
    ),
    (
        "-----Original Message-----\nFrom: Dave\nSent: Monday\nTo: office\nSubject: Re: secor"
        "\n\ndo the summer students count toward the 10? and which element do the toolbox talk "
        "sign-in sheets go in\n\n---\nPassing this along from our owner, see his questions "
        "below. Cheers, Kim",
        ("seasonal staff count", "Element 8"),
    ),
    (
        "Fwd from the boss:\nFrom: Rick\nTo: me\nSubject: how long is secor good for?\n\n"
        "see below thx",
        ("three years",),
    ),
]


@pytest.mark.parametrize(("text", "said"), FORWARDED)
def test_a_forwarded_mail_is_answered_from_its_body(
    engine: Engine, text: str, said: tuple[str, ...]
) -> None:
    answer = engine.ask(text)
    assert answer.topic != "not_stated"
    for words in said:
        assert words in answer.answer, (words, answer.answer)
    assert "forwarded" not in answer.answer.lower()


def test_the_envelope_is_dropped_and_the_body_kept() -> None:
    text = "--- Forwarded message ---\nFrom: A\nTo: B\nSubject: hi\n\ndo part timers count?"
    assert without_envelope(text).strip() == "do part timers count?"


@pytest.mark.parametrize(
    "text",
    [
        "To: whoever reads this, do part timers count?",
        "I want to send it to: the COR department. how?",
        "we forward the FLHAs to the office every week, which element are they?",
        "From: day one we had 6 guys. eligible?",
    ],
)
def test_a_message_with_no_envelope_is_left_as_it_is(text: str) -> None:
    """Look-alikes: one header-like word, or "forward" in a question, is no envelope."""
    assert without_envelope(text) == text


@SETTINGS
@given(
    header=st.lists(
        st.sampled_from(["From: Joe", "To: Sam", "Cc: office", "Date: May 2", "Sent: Friday"]),
        min_size=2,
        max_size=5,
    ),
    body=st.sampled_from(["do part timers count?", "how long is secor good for?"]),
)
def test_any_header_block_is_set_aside(header: list[str], body: str) -> None:
    text = "\n".join([*header, "", body])
    assert without_envelope(text).strip() == body


# -- (3) a year of the business is no year of the cycle --------------------------------

BUSINESS_YEARS = [
    "It's my second year running the company since my uncle sold it to me. Apart from the "
    "refund, why should we bother with SECOR?",
    "third year in business for us. is secor worth the trouble for a small outfit like ours?",
    "I'm in my second year as owner. What are the upsides of having SECOR, other than PIR?",
]


@pytest.mark.parametrize("text", BUSINESS_YEARS)
def test_a_year_of_the_business_is_not_a_maintenance_year(engine: Engine, text: str) -> None:
    assert year_cycle_answer(text, 0.6) is None
    answer = engine.ask(text)
    assert answer.topic != "maintenance_year", answer.topic
    assert "maintenance years, not a wait" not in answer.answer


def test_the_benefits_asked_after_a_year_of_the_business_are_answered(engine: Engine) -> None:
    answer = engine.ask(BUSINESS_YEARS[0])
    assert answer.topic == "benefits", answer.topic
    assert "culture" in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "what do we do in the second year of our secor?",
        "its our third year since certification, what do we send?",
        "do we have to do anything in year 2 and 3 or just wait for the recert?",
    ],
)
def test_a_year_of_the_cycle_is_still_read(text: str) -> None:
    """Look-alikes: a year of the SECOR cycle keeps its answer."""
    answer = year_cycle_answer(text, 0.6)
    assert answer is not None
    assert "maintenance" in answer.answer
