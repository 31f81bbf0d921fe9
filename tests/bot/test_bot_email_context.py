"""An email's statement of whose program the employer is in holds for all its questions."""

from __future__ import annotations

import pytest

from bot.email_answer import email_questions
from bot.engine import Engine

ESC_EMAIL = (
    "Hello,\n\nWe are a four-person pipeline crew certified through Energy Safety Canada. "
    "When is our audit due each year? Our office manager is new. "
    "What score does the audit need to pass?\n\nThanks, Bob"
)


def test_the_organisation_named_once_is_read_with_every_later_question() -> None:
    asked = email_questions(ESC_EMAIL)
    assert len(asked) == 2
    assert all("Energy Safety Canada" in q for q in asked), asked
    assert asked[1].endswith("What score does the audit need to pass?")


@pytest.mark.parametrize(
    "email",
    [
        "We are with ESC. When is the deadline? With ACSA, who reviews it?",
        "We used to be with Enform. We have 5 staff. Our manager left. Who reviews it at ACSA?",
    ],
)
def test_a_question_naming_its_own_organisation_is_left_as_it_is(email: str) -> None:
    last = email_questions(email)[-1]
    assert "ESC" not in last and "Enform" not in last, last


def test_no_organisation_named_adds_nothing() -> None:
    assert email_questions("We are 6 people. Hi there. Can we apply? What is the deadline?") == [
        "We are 6 people. Hi there. Can we apply?",
        "What is the deadline?",
    ]


def test_the_later_question_is_answered_from_energy_safety_canadas_page(engine: Engine) -> None:
    answers = engine.ask_email(ESC_EMAIL).answers
    assert len(answers) == 2
    assert "60%" in answers[1].answer.answer, answers[1].answer.answer
    assert "Energy Safety Canada" in answers[1].answer.answer
