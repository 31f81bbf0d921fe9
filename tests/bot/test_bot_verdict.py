"""Issue 11, round 6a: the head-count verdict opens with the plain direction, then whom.

Employers ask "are we small enough", "too many?", "do we qualify": the answer says yes or
no first, with the number and the limit, and then whom it counted. The phrasings are ours.
"""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.bot.verdict import whom


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "me and 4 guys, small enough for secor?",
            "Yes \u2014 with 5 people you are within the limit of 10, so by head count you "
            "qualify for SECOR.",
        ),
        (
            "its me my wife and 9 guys, too many?",
            "No \u2014 with 11 people you are over the limit of 10 and not eligible for SECOR.",
        ),
        (
            "we have 10 people counting me, do we qualify",
            "Yes \u2014 with 10 people you are within the limit of 10, so by head count you "
            "qualify for SECOR.",
        ),
    ],
)
def test_the_verdict_comes_first_then_whom(engine: Engine, question: str, opening: str) -> None:
    text = engine.ask(question).answer
    assert text.startswith(opening), text
    assert whom(text).startswith("I count"), text
    assert len(text) <= 1200


def test_a_verdict_before_another_answer_says_the_direction(engine: Engine) -> None:
    text = engine.ask("we're 3 owners, 4 workers and a secretary. what are the steps?").answer
    assert text.startswith("Yes \u2014 with 8 people you are within"), text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "we're a BC outfit working in alberta, only a worksafe bc account. can we get secor?",
            "Not on that account alone \u2014 ACSA's steps start with an active Alberta WCB",
        ),
        ("we dont have a wcb account yet, can we start secor?", "Not yet \u2014 ACSA's steps"),
    ],
)
def test_another_provinces_account_or_none_gets_the_alberta_wcb_step(
    engine: Engine, question: str, opening: str
) -> None:
    answer = engine.ask(question)
    assert answer.answer.startswith(opening), answer.answer
    assert "active Alberta WCB account" in answer.answer and answer.sources


def test_the_limit_asked_of_both_organisations_gives_both(engine: Engine) -> None:
    question = "is energy safety canada secor the same size rule as acsa, how many max"
    text = engine.ask(question).answer
    assert text.startswith("The limit is 10 people at any given time, for ACSA and for"), text
    assert "Aside, for Energy Safety Canada's own SECOR program (not ACSA's):" in text


def test_an_account_needed_before_starting_is_yes(engine: Engine) -> None:
    text = engine.ask("do we need a wcb account before we start secor? just incorporated").answer
    assert text.startswith("Yes \u2014 ACSA's steps start with an active Alberta WCB"), text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("can my part-timer in the office take the first aid course for our secor", "part-time"),
        ("can a summer student do the CSTS for the company's secor training?", "temporary"),
    ],
)
def test_courses_taken_by_people_not_full_time(engine: Engine, question: str, named: str) -> None:
    """The pages ask for the courses to be held by full-time employees."""
    answer = engine.ask(question)
    assert answer.answer.startswith("Not for the SECOR requirement"), answer.answer
    assert named in answer.answer.split(".")[0] and "full-time employees" in answer.answer
    assert answer.sources


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("we have more than 10 employees, can we do secor", "No \u2014 with more than 10 people"),
        (
            "we have fewer than 8 people, can we apply",
            "Yes \u2014 with fewer than 8 people you are within the limit",
        ),
        ("we have more than 5 people, ok?", "It depends on the exact number"),
    ],
)
def test_a_bound_gets_the_direction_it_allows(engine: Engine, question: str, opening: str) -> None:
    assert engine.ask(question).answer.startswith(opening)


def test_then_typed_for_than_is_read_as_the_comparison(engine: Engine) -> None:
    """'never more then 7 at once' was read as over 12 and answered 'No'."""
    text = engine.ask(
        "turnover has been crazy, 13 different people went thru our payroll but we never "
        "had more then 7 working at once. are we still ok for secor?"
    ).answer
    assert text.startswith("Yes — with 7 people you are within"), text
    assert "at any given time" in text


def test_people_added_in_a_later_part_of_the_message_are_one_head_count(engine: Engine) -> None:
    """'thats 10 right?? oh and the wife's cousin ... still good?' is 11, not 10 and then 1."""
    text = engine.ask(
        "crew is 2 foremen, 5 carpenters, 1 apprentice plus me and my partner so thats 10 "
        "right?? oh and the wifes cousin does our books, shes on our wcb too. still good?"
    ).answer
    assert text.startswith(
        "No — with 11 people you are over the limit of 10 and not eligible for SECOR."
    ), text


def test_a_later_question_of_its_own_is_still_answered_apart(engine: Engine) -> None:
    text = engine.ask(
        "me and 4 guys, is that ok size wise? and does one person have to take all 3 secor "
        "courses or can we split them between us"
    ).answer
    assert "5 people" in text and "You asked about" in text, text
