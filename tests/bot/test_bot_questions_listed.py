"""A message that lists its questions ("1) ... 2) ...", "(a) ... (b) ...") gets each answered."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.questions import split_questions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hi, 2 questions. 1) what email do we send the secor to 2) can our first aid guy "
            "be a part timer?",
            ["what email do we send the secor to", "can our first aid guy be a part timer?"],
        ),
        (
            "three things: (a) how long the certificate is valid, (b) whether we resubmit "
            "our policies every year, and (c) which number to call. Thank you.",
            [
                "how long the certificate is valid",
                "whether we resubmit our policies every year",
                "which number to call",
            ],
        ),
        (
            "two things: 1. how do i send it 2. what is the deadline",
            ["how do i send it", "what is the deadline"],
        ),
        (
            "maintenance year: 1) what do we send 2) do we send the tool",
            ["maintenance year: what do we send", "do we send the tool"],
        ),
    ],
)
def test_a_list_of_questions_is_split_at_its_markers(text: str, expected: list[str]) -> None:
    assert split_questions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we have 3 guys (a) and 2 office staff, do we qualify?",  # a lone marker is no list
        "is ppe element 6) right?",
        "we have 2) guys and 1) office",  # out of order from the first: no list
    ],
)
def test_what_is_no_list_is_not_split_at_markers(text: str) -> None:
    assert split_questions(text) == [text]


def test_each_listed_question_is_answered(engine: Engine) -> None:
    text = engine.ask(
        "Hi, 2 questions. 1) what email do we send the secor to 2) can our first aid guy "
        "be a part timer?"
    ).answer
    assert "cor@youracsa.ca" in text and "full-time" in text
