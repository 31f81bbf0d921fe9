"""Issue 11, round 9a: who is counted, the year cycle, multi-part answers.

- a person who "is retired but" volunteers, helps or works with the team now is counted,
  not read as leaving;

The phrasings are ours.
"""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.bot.test_bot_round7a import assert_total


@pytest.mark.parametrize(
    ("question", "total"),
    [
        (
            "my father is retired but he volunteers in our yard and we have him on our WCB. "
            "there are 10 others including me. is he putting us over?",
            11,
        ),
        (
            "grandpa is retired, but he helps out at the shop a few days a week and is on our "
            "wcb. we are 8 besides him. do we qualify?",
            9,
        ),
        ("our foreman retires in may. we are 10 with him. can we do secor?", 10),
    ],
)
def test_retired_but_working_is_counted(engine: Engine, question: str, total: int) -> None:
    assert_total(engine, question, total)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "two questions from my wife: what is the fee for the course, and does she count "
            "herself in the ten?",
            "Yes: if she is covered by your WCB account, she counts",
        ),
        ("will he count himself in the ten?", "Yes: if he is covered by your WCB account"),
    ],
)
def test_counted_in_the_ten_is_answered(engine: Engine, question: str, opening: str) -> None:
    """ "does he count himself in the 10": who counts, not a refusal for want of SECOR words."""
    answer = engine.ask(question)
    assert answer.kind != "refusal"
    assert opening in answer.answer and "owners" in answer.answer


def test_asked_number_leads_its_part() -> None:
    """ "how many weeks": the sentence with a number of weeks that shares the question's words
    moves to the front of the answer, after the line saying what was understood."""
    from bot.answers import Answer
    from bot.asked_unit import lead_with_asked

    answer = Answer(
        "Understood: the course. Bring a pen. The busiest two weeks are fine. "
        "The course refresher is due every three weeks for a refresher course.",
        "t",
        1.0,
    )
    moved = lead_with_asked("how many weeks between refresher course dates?", answer).answer
    assert moved.startswith("Understood: the course. The course refresher is due every three")
    assert lead_with_asked("what should I bring?", answer) is answer


def test_sentence_cut_in_one_part_is_kept_where_asked_again() -> None:
    """A sentence said at the end of a cut answer is not 'said before' for the next part."""
    from bot.answers import Answer
    from bot.engine import combine
    from knowledge.facts import citation, facts

    cited = (citation(next(iter(facts().values()))),)
    shared = "The shared sentence gives the twelve months asked in the second part."
    first = Answer("First part. " + "Filler words here. " * 300 + shared, "a", 1.0, cited)
    second = Answer("Second part. " + shared, "b", 1.0, cited)
    text = combine([first, second]).answer
    assert text.count(shared) == 1


@pytest.mark.parametrize(
    "question",
    [
        "do we need an alberta wcb account for secor? and if we are not acsa members how do we "
        "sign up, and what does that cost",
        "how do we become acsa members, is there a price?",
    ],
)
def test_membership_and_its_cost_are_both_answered(engine: Engine, question: str) -> None:
    """Joining ACSA and its cost: the Associate Membership and its yearly fee are said, not
    only a "the pages do not say what it costs" line."""
    answer = engine.ask(question).answer
    assert "Associate Member" in answer and "yearly fee" in answer


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("we got certified last spring. years 2 and 3 we just coast, right?", "No \u2014 the two"),
        ("in the in between years we do nothing until the recert, correct?", "No \u2014 the two"),
        ("in year 2 and 3 do we have to do anything or can we sit back", "Yes \u2014 the two"),
        ("must we keep up the yearly maintenance to stay eligible for the refunds?", "Yes \u2014"),
        ("is doing the maintenance required to keep our certificate", "Yes \u2014"),
    ],
)
def test_the_year_cycle_opens_with_the_direction(
    engine: Engine, question: str, opening: str
) -> None:
    """A rest asked of the years between certifications is answered "No"; work, or the
    maintenance needed to keep the refunds or the certificate, "Yes"."""
    answer = engine.ask(question).answer
    assert answer.startswith(opening), answer
    assert "maintenance" in answer


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        ("safety course name + where do we send the evaluation tool", 2),
        ("the pass mark & when is the maintenance due", 2),
        ("me + 4 guys, can we do secor", 1),
    ],
)
def test_a_plus_or_ampersand_joins_two_questions(message: str, parts: int) -> None:
    """ "X + where to send Y": a "+" or "&" before a question word starts a second question."""
    from bot.questions import split_questions

    assert len(split_questions(message)) == parts
