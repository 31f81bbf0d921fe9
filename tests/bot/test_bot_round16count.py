"""Head counts and the verdict, round 16: lists of people described by how they work, other
companies' people, dates that are no people, and a count beside a second question.

Rules (each with paraphrases of shapes other than the development questions', and a
Hypothesis strategy that composes lists with known totals):
- a person with two or three words of how or where they work before the person word ("a
  part-time office lady", "a new full-time site super") is one item of the list
  (bot/mentions.py ``_modified``);
- a group of people another company sends, that company said to have its own WCB account
  (before them, after them, or elsewhere in the message), is set aside with the reason
  (bot/firm_people.py);
- a month's day ("Feb 3", "April 20") is a date, never people (bot/mentions.py ``_number``,
  bot/headcount.py ``_date_day``); "be the one with first aid" is a role, no one more;
- someone whose schedule is plainly below full time ("three days a week", "weekends only")
  asking whether their courses count gets the full-time rule (bot/schedule.py);
- a count beside "can we have SECOR by June? doable?" gets the three months of records
  (bot/first_timing.py), and a later part asking the limit ("and are we still small
  enough?") gets the verdict on the message's count (bot/engine.py ``_limit_part``).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.engine import Engine
from tests.bot.counting import SETTINGS, checked, said


def _total(engine: Engine, text: str) -> int:
    count = engine.nlp(text)._.headcount
    assert count is not None, text
    return count.total


# -- (1) a person described by how they work is one list item ----------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("six roofers, a part time office girl, myself and the wife. can we go for secor?", 9),
        ("Our crew: 7 carpenters, a new full-time site super, my brother and me. Under the cap?",
         10),
        ("Me + my partner + 5 techs + a casual shop helper. eligible?", 8),
        ("We're 5 plus a part-time office lady. Eligible?", 6),
        ("a new part-time office gal, 5 roofers and me", 7),
        ("me, a full-time shop guy and 4 painters", 6),
    ],
)  # fmt: skip
def test_a_person_described_by_their_work_is_counted(engine: Engine, text: str, total: int) -> None:
    checked(engine, text, total, direction=False)


def test_a_described_person_is_named_among_the_counted(engine: Engine) -> None:
    answer = engine.ask("9 field guys, a part-time office lady and me. school board wants secor")
    assert "No \u2014 with 11 people you are over the limit" in answer.answer
    assert "a part-time office lady" in answer.answer


def test_a_kind_said_before_a_place_and_person_is_not_counted_twice(engine: Engine) -> None:
    # "a seasonal yard hand" is one person, however the words before "hand" are read
    assert _total(engine, "We have 6 framers plus a seasonal yard hand. Do we qualify") == 7


_HOW = ("a part-time", "a new part-time", "a casual", "a full-time", "a new")
_WHERE = ("office", "shop", "yard", "site", "")
_WHO = ("lady", "gal", "guy", "helper", "hand")


@st.composite
def described_lists(draw: st.DrawFn) -> tuple[str, int]:
    """A list of workers, one person described by how and where they work, and the owner."""
    n_text, n = said(draw, 2, 9)
    person = " ".join(w for w in (draw(st.sampled_from(_HOW)), draw(st.sampled_from(_WHERE)),
                                   draw(st.sampled_from(_WHO))) if w)  # fmt: skip
    trade = draw(st.sampled_from(("guys", "framers", "painters", "roofers", "installers")))
    items = [f"{n_text} {trade}", person, "me"]
    order = draw(st.permutations(items))
    text = f"{', '.join(order[:-1])} and {order[-1]}. do we qualify for secor?"
    return text, n + 2


@SETTINGS
@given(case=described_lists())
def test_described_lists_are_counted(engine: Engine, case: tuple[str, int]) -> None:
    checked(engine, *case, direction=False)


# -- (2) another company's people on its own WCB account -------------------------------


@pytest.mark.parametrize(
    ("text", "total", "named"),
    [
        ("me and 6 employees, plus 3 welders from another shop with their own WCB coverage. "
         "secor ok?", 7, "the 3 welders"),
        ("we're 8 counting me. the plumbing outfit we use has its own WCB and puts 2 plumbers "
         "on our jobs. are we still 8?", 8, "the 2 plumbers"),
        ("Do the 4 drywallers our sub brings count? The sub carries its own wcb account. We are "
         "me and 5 guys.", 6, "the 4 drywallers"),
        ("there's 8 of us. a roofing outfit with its own WCB lends us 4 roofers in july - does "
         "that push us over?", 8, "the 4 roofers"),
        ("We employ 7 people. Our electrical sub has its own WCB account and sends 2 guys most "
         "weeks. Are we at 9?", 7, "the 2 guys"),
        ("We're 4 people, and the 3 guys our GC sends are on the GC's WCB. total?", 4,
         "the 3 guys"),
    ],
)  # fmt: skip
def test_another_companys_people_are_named_not_counted(
    engine: Engine, text: str, total: int, named: str
) -> None:
    assert _total(engine, text) == total
    answer = engine.ask(text)
    assert f"Not counted: {named}, who you say are with another company" in answer.answer, (
        answer.answer
    )


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # the asker's own people, before the company or with "we"/"our" after it: counted
        ("We have 6 guys and another company has its own WCB. We also hired 3 laborers. "
         "Under 10?", 9),
        ("We have 7 guys on our own WCB and 3 more guys. eligible?", 10),
        ("We have 6 guys and our sub has its own WCB. we are fine?", 6),
    ],
)  # fmt: skip
def test_own_people_beside_another_company_still_count(
    engine: Engine, text: str, total: int
) -> None:
    assert _total(engine, text) == total


# -- (3) dates and roles are no people ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("our cert anniversary is March 12 and we are 7 people. still ok?", 7),
        ("It's Sept 4 and there's 6 of us, me included. Can we still apply?", 6),
        ("we had 6 in june, then july 12. does that count?", 12),
        ("headcount by month: jan 5, feb 8, mar 11. are we under?", 11),
    ],
)
def test_a_days_date_is_no_people(engine: Engine, text: str, total: int) -> None:
    assert _total(engine, text) == total


def test_the_one_with_a_course_is_a_role(engine: Engine) -> None:
    answer = engine.ask(
        "my bookkeeper comes in tuesdays and thursdays only, can she be the one with the "
        "first aid and csts for secor?"
    )
    assert "full-time employees" in answer.answer
    assert "I count" not in answer.answer


# -- (4) a schedule below full time and the courses -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Can the guy who helps us on weekends only take the PHSM course for our company?",
        "i do the books 2 days a week. would my first aid and CSTS count for our secor?",
        "Our estimator only works mornings, a few hours a week. Can he take the SECOR course "
        "for us?",
        "she works just mondays and fridays in the office - can she take the first aid "
        "course for our secor?",
    ],
)
def test_a_part_time_schedule_gets_the_full_time_rule(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert "held by full-time employees" in answer.answer, answer.answer
    assert "not full-time" in answer.answer


def test_a_schedule_of_documents_is_no_person(engine: Engine) -> None:
    answer = engine.ask("We send two documents a week for samples, is the training ok?")
    assert "not full-time" not in answer.answer


# -- (5) a count beside a second question ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "me and 5 guys, starting from scratch. can we get secor in 6 weeks?",
        "We are 8 people. Our client needs SECOR before September and we haven't started on "
        "the paperwork, is that realistic?",
        "crew of 6 incl. me. GC says we need a secor by the end of the month, is it even "
        "possible if we have nothing yet?",
    ],
)
def test_a_count_beside_a_target_date_gets_the_records_time(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert "within the limit" in answer.answer, answer.answer
    assert "three months of health and safety records" in answer.answer, answer.answer


def test_a_due_date_of_a_held_certificate_is_not_the_records_time(engine: Engine) -> None:
    answer = engine.ask("we're 7 people and our maintenance is due by June 1. is that doable?")
    assert "three months of health and safety records" not in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "Our ESC renewal date is Oct 9, and we have 7 guys plus me. When's the audit due? And "
        "do we still qualify?",
        "We're an ESC SECOR company, 6 people counting me. When is the maintenance audit due? "
        "Are we still under the limit?",
    ],
)
def test_a_later_part_asking_the_limit_gets_the_verdict(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert "you are within the limit of 10" in answer.answer, answer.answer
