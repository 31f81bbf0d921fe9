"""Issue 11, round 6a: head counts of shapes the earlier rounds read wrong.

- a group named again with "the" is the same people ("6 guys ... with the 6 guys");
- where a group comes from is no one more ("3 guys from our church volunteer");
- a total said after people are added ("we hired 2 more and are now 11");
- a cap on one kind of people in a list ("a temp now and then, max one at a time");
- "never more than 3" is at most 3, not more than 3.

The phrasings are ours.
"""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.bot.verdict import whom


@pytest.mark.parametrize(
    ("question", "total"),
    [
        (
            "its me and my partner, we got 5 guys full time and in july 2 students work with "
            "the 5 guys, plus my sister does the books on our wcb. do we fit?",
            10,
        ),
        ("we hired 2 more and are now 11", 11),
        ("we took on 3 more, which brings us to 9. still eligible?", 9),
        ("me + 6 employees and 3 guys from my brother's church help on weekends, on our wcb", 10),
        (
            "me, my wife (she does the books) and 4 guys. a temp now and then, max one at a "
            "time. are we ok?",
            7,
        ),
        ("me and 6 guys, plus summer students, never more than 3 students at a time", 10),
        ("me and 5 guys plus a couple of temps, max 2 temps at a time", 8),
        ("15 different people over the year, but never more than 8 at the same time", 8),
    ],
)
def test_the_total_of_these_shapes(engine: Engine, question: str, total: int) -> None:
    count = engine.nlp(question)._.headcount
    assert count is not None and count.total == total, count
    text = engine.ask(question).answer
    assert f" {total} people" in text.split(".")[0], text


def test_a_total_said_holds_the_people_added(engine: Engine) -> None:
    text = whom(engine.ask("we hired 2 more and are now 11").answer)
    assert text.startswith("I count 11 in all (the 2 you mention included)."), text


def test_a_group_said_again_is_not_counted_twice(engine: Engine) -> None:
    text = engine.ask("we have 4 framers and 2 helpers who work with the 4 framers, ok?").answer
    assert whom(text).startswith("I count 6 people: 4 framers and 2 helpers."), text


@pytest.mark.parametrize(
    ("question", "total", "older"),
    [
        ("we were 12 in 2024 but only 6 since then, can we apply?", 6, "12"),
        ("we used to be 15 but since 2024 its 7, can we apply?", 7, "15"),
        ("we had 14 guys but since 2023 we are 6. do we qualify", 6, "14"),
    ],
)
def test_counts_across_time_are_not_added(
    engine: Engine, question: str, total: int, older: str
) -> None:
    """Both readers place a year before last outside the 12 months: no "read another way"."""
    count = engine.nlp(question)._.headcount
    assert count is not None and count.total == total and not count.unsure, count
    text = engine.ask(question).answer
    assert text.startswith(f"Yes \u2014 with {total} people you are within"), text
    assert f"the {older} from more than 12 months ago" in text, text


@pytest.mark.parametrize(
    ("question", "total", "left"),
    [
        ("2 summer students aren't on WCB, we're 10 without them. do we qualify?", 10, 2),
        ("we are 9 plus 2 students who are not on our wcb, ok?", 9, 2),
    ],
)
def test_people_said_not_to_be_on_the_wcb_account_are_named_apart(
    engine: Engine, question: str, total: int, left: int
) -> None:
    """The pages count everyone on the WCB account and say nothing of people off it: the
    answer counts the rest, names those apart and sends them to the COR department."""
    count = engine.nlp(question)._.headcount
    assert count is not None and count.total == total, count
    text = engine.ask(question).answer
    assert f"Not counted: the {left} " in text and "not on your WCB account" in text, text
    assert "COR department" in text


def test_a_plus_between_numbers_is_no_person_word(engine: Engine) -> None:
    count = engine.nlp("we are 9 plus 2 students")._.headcount
    assert count is not None and count.total == 11 and not count.unsure, count


@pytest.mark.parametrize(
    ("question", "total"),
    [
        # people on the payroll at a busy time, beside today's smaller crew
        ("its 4 of us now but last fall we had 12 on payroll for a school job. can we apply", 12),
        # someone retired who still works is still counted
        ("5 guys, me and my uncle whos retired but still helps 2 days a week on payroll", 7),
        # "mom" and "dad" named in a list without "my"
        ("me and my wife, 5 carpenters, and mom does the books. small enough?", 8),
        # "8 all year" is the steady crew; 2 more for a month are on top at the peak
        ("in july we brought on 2 extra guys for a month, otherwise its me + 7 all year", 10),
        # "counting:" opens a list, it does not say the number holds you
        ("ok counting: me, 3 full time, 2 part time and my daughter on wcb. how many?", 7),
        ("a couple years back we had 15 guys, now its me and 4 guys. does the 15 count", 5),
    ],
)
def test_more_shapes_from_the_development_sets(engine: Engine, question: str, total: int) -> None:
    count = engine.nlp(question)._.headcount
    assert count is not None and count.total == total, count


def test_people_to_be_let_go_still_count_for_twelve_months(engine: Engine) -> None:
    text = engine.ask("we're 13 now but letting go of 4 guys in january, then can we apply?").answer
    assert text.startswith(
        "No \u2014 with 13 people you are over the limit of 10 and not eligible for SECOR."
    ), text
    assert "past 12 months" in text


@pytest.mark.parametrize(
    ("question", "today", "later"),
    [
        ("currently 9 employees and I'm hiring 3 more next month, can we apply?", 9, 12),
        ("its me and 4 guys now but i plan to be at 14 by next year, is secor right?", 5, 14),
        ("currently ten counting me. want to take on an apprentice in march, ok?", 10, 11),
    ],
)
def test_growth_says_today_first_then_after_the_hiring(
    engine: Engine, question: str, today: int, later: int
) -> None:
    text = engine.ask(question).answer
    assert f"Today, with {today}, you " in text.split(".")[0], text
    assert f"you would be {later}" in text, text


def test_a_crew_named_as_the_subject_has_its_size(engine: Engine) -> None:
    question = "our crew is 4 not counting me, my partner runs a crew of 3 not counting him"
    count = engine.nlp(question)._.headcount
    assert count is not None and count.total == 9 and not count.unsure, count


@pytest.mark.parametrize(
    ("question", "total", "apart"),
    [
        (
            "me and 6 workers, plus my brother helps on weekends but he's not on our wcb",
            7,
            "brother",
        ),
        ("my wife helps out but she is not on the wcb, me and 9 guys", 10, "wife"),
        ("me and my son and 8 guys, my son isnt on wcb", 9, "son"),
    ],
)
def test_one_person_said_not_to_be_on_the_account(
    engine: Engine, question: str, total: int, apart: str
) -> None:
    count = engine.nlp(question)._.headcount
    assert count is not None and count.total == total, count
    assert f"Not counted: your {apart}, who you say is not on your WCB account" in (
        engine.ask(question).answer
    )


def test_one_person_named_twice_is_counted_once(engine: Engine) -> None:
    count = engine.nlp("me, my wife and 8 guys, my wife is on the wcb")._.headcount
    assert count is not None and count.total == 10, count


def test_owners_named_need_no_reminder_that_owners_count(engine: Engine) -> None:
    text = engine.ask("we employ 6 people and the two owners also work. under the limit?").answer
    assert whom(text).startswith("I count 8 people: 6 people and 2 owners."), text
    assert "add yourself" not in text


def test_people_on_leave_are_counted_with_what_the_pages_do_not_say(engine: Engine) -> None:
    text = engine.ask("we are 10 but one of the guys is on parental leave, ok for secor?").answer
    assert text.startswith("Yes \u2014 with 10 people you are within"), text
    assert "say nothing about leave" in text and "COR department" in text


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("its me and my 2 sons and we hire a couple guys in the summer, like 3 max. secor?", 6),
        ("our firm employs 4 tradespeople and 1 admin; the two principals also work in it", 7),
    ],
)
def test_a_max_after_a_group_and_principals(engine: Engine, question: str, total: int) -> None:
    count = engine.nlp(question)._.headcount
    assert count is not None and count.total == total, count
