"""Head counts, round 11 (issue 11): who is counted when the message names people who are not.

- people of another company ("my old boss had 20 guys", "the GC has 60 workers", "a
  company I used to work for with 40 guys") are not counted, and the answer says so;
- one person of another party or of an authority ("the GC's super", "our client's site
  manager", "the WCB inspector", "the general contractor") is no one on the account;
- the one asking, introduced after the count by a role held for others ("I'm their
  accountant", "I'm his bookkeeper"), is outside the company and not counted;
- "my dad helps for free, he doesn't count, right?" asks who counts: the answer says
  family and volunteers on the WCB account count, with no head count of one;
- "we are 7 in total. the bookkeeper is on payroll too": both readings are said;
- subcontractors not counted are named as the message named them, in the plural;
- a maintenance year asked with a head count and what to send keeps the verdict, the
  records to sample and the evaluation tool within the length limit.
"""

from __future__ import annotations

import pytest

from bot.answers import MAX_ANSWER_CHARS
from bot.compact import compact_lists
from bot.engine import Engine


def _count(engine: Engine, text: str) -> int | None:
    count = engine.nlp(text)._.headcount
    return None if count is None else count.total


@pytest.mark.parametrize(
    ("text", "total", "note"),
    [
        (
            "my last employer ran 25 guys, but my own crew is me plus 4 workers. can I get secor?",
            5,
            "the 25 guys of your last employer",
        ),
        (
            "the general contractor has about 60 workers and wants our secor. we have 4 guys "
            "plus me. do we qualify?",
            5,
            "the 60 workers of the general contractor",
        ),
        (
            "i used to work at an outfit with 35 framers. now its me and 3 guys. secor ok?",
            4,
            "the 35 framers of a company you worked for before",
        ),
        (
            "our client has 80 employees and asks us for a COR. we are 7 people. can we do "
            "secor instead?",
            7,
            "the 80 employees of your client",
        ),
    ],
)
def test_another_companys_people_are_not_counted(
    engine: Engine, text: str, total: int, note: str
) -> None:
    assert _count(engine, text) == total
    answer = engine.ask(text).answer
    assert f"with {total} people you are within the limit" in answer
    assert f"Not counted: {note}" in answer
    assert "people of another company are not on your WCB account" in answer


@pytest.mark.parametrize(
    ("text", "total", "outsider"),
    [
        ("the GC's super keeps asking for our secor. we are 8 people. eligible?", 8, "super"),
        ("the WCB inspector was out last week. we're 9 people. can we get secor?", 9, "inspector"),
        (
            "our client's site manager asked for it. we have 5 employees and me. secor ok?",
            6,
            "manager",
        ),
        (
            "the general contractor's safety guy wants it. its me, my wife and 6 guys. ok?",
            8,
            "safety guy",
        ),
    ],
)
def test_one_person_of_another_party_is_not_counted(
    engine: Engine, text: str, total: int, outsider: str
) -> None:
    count = engine.nlp(text)._.headcount
    assert count is not None and count.total == total
    assert outsider not in count.describe()
    answer = engine.ask(text).answer
    assert f"with {total} people you are within the limit" in answer


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "My client runs 5 roofers and 2 labourers on their WCB. I'm their accountant. Can "
            "they get SECOR?",
            7,
        ),
        (
            "The owner has 3 electricians and 2 apprentices. I'm his bookkeeper. Small enough "
            "for SECOR?",
            6,
        ),
        (
            "They have 4 plumbers and a helper on their payroll. I'm their outside consultant. "
            "Do they qualify?",
            5,
        ),
    ],
)
def test_the_writer_of_a_role_held_for_others_is_outside(
    engine: Engine, text: str, total: int
) -> None:
    assert _count(engine, text) == total
    answer = engine.ask(text).answer
    assert f"with {total} people you are within the limit" in answer
    assert "you (their" not in answer and "you (his" not in answer


@pytest.mark.parametrize(
    "text",
    [
        "My dad gives us a hand on saturdays for free. he doesn't count, right?",
        "my wife helps out now and then, unpaid. she doesnt count does she?",
        "my mother in law answers our phones, no pay. is she counted?",
        "our neighbour's boy helps us for free in july. would he be included?",
    ],
)
def test_whether_one_unpaid_helper_counts_is_who_counts(engine: Engine, text: str) -> None:
    assert _count(engine, text) is None
    answer = engine.ask(text).answer
    assert "with 1 person" not in answer
    assert answer.startswith("Yes: ")
    assert "count toward the 10" in answer.split(".")[0]
    assert "family members and volunteers" in answer


@pytest.mark.parametrize(
    ("text", "team", "person"),
    [
        (
            "We are 7 in total. The bookkeeper is on payroll too. Do we qualify for SECOR?",
            7,
            "the bookkeeper",
        ),
        ("We're 9 people. Our part-time admin is on the WCB as well. Eligible?", 9, "admin"),
        ("we are 6 people. the estimator is also on our wcb. small enough?", 6, "estimator"),
        ("We're 8 in total, and the owner's wife does the books too. under 10?", 8, "wife"),
        ("There are 5 of us. The owner is on the WCB as well. Eligible?", 5, "the owner"),
    ],
)
def test_one_more_said_to_be_on_the_account_too_gives_both_readings(
    engine: Engine, text: str, team: int, person: str
) -> None:
    count = engine.nlp(text)._.headcount
    assert count is not None and count.total == team + 1
    answer = engine.ask(text).answer
    assert f"is one of the {team} you gave, which makes {team}" in answer
    assert f"or one more on top of them, which makes {team + 1}" in answer
    assert person in answer


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "it's me plus 5 employees on my WCB. we also hire 3 separate subcontractor "
            "companies with their own WCB. what's our head count?",
            "the 3 separate subcontractor companies",
        ),
        ("we have 6 guys and use 2 subs with their own wcb. under 10?", "the 2 subs"),
        (
            "me and 4 guys, plus 2 subcontractor firms that carry their own wcb. eligible?",
            "the 2 subcontractor firms",
        ),
    ],
)
def test_subcontractors_not_counted_are_named_in_the_plural(
    engine: Engine, text: str, named: str
) -> None:
    answer = engine.ask(text).answer
    assert f"Not counted: {named}: subcontractors with their own WCB account" in answer


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("maintenance year here, 9 employees all told. still eligible? what do we send in?", 9),
        ("it's our maintenance year and we're 8 people. still ok for secor, and what goes in?", 8),
        ("we have 7 workers and we're in a maintenance year. do we qualify and what to submit?", 7),
    ],
)
def test_a_maintenance_year_with_a_count_keeps_verdict_samples_and_tool(
    engine: Engine, text: str, total: int
) -> None:
    answer = engine.ask(text).answer
    assert len(answer) <= MAX_ANSWER_CHARS
    assert f"with {total} people you are within the limit" in answer
    assert "Operational records to sample include" in answer
    assert "hazard assessments" in answer
    assert "SECOR Evaluation Tool" in answer


def test_a_long_list_is_shortened_before_the_sentences_after_it() -> None:
    text = (
        "First a short sentence. The list holds alpha, beta, gamma, delta, epsilon, zeta, "
        "eta and theta. The last sentence must stay."
    )
    short = compact_lists(text, 100)
    assert short.endswith("The last sentence must stay.")
    assert "alpha, beta, gamma, delta, among others." in short
    assert compact_lists(text, 1000) == text


@pytest.mark.parametrize(
    ("text", "total", "gone"),
    [
        ("the foreman we had retired. me, my son and 3 labourers. small enough?", 5, "the foreman"),
        ("our bookkeeper quit last month. we have 5 guys and me. qualify?", 6, "your bookkeeper"),
        ("our office lady retired in june, so it's me and 6 guys now. secor?", 7, "office lady"),
    ],
)
def test_one_person_who_has_left_is_not_counted_now(
    engine: Engine, text: str, total: int, gone: str
) -> None:
    assert _count(engine, text) == total
    answer = engine.ask(text).answer
    assert f"with {total} people you are within the limit" in answer
    assert f"{gone}, who has left: not in your count now" in answer
    assert "most people at any one time in the past 12 months" in answer


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("me, my wife and my dad who is retired but still comes in, plus 4 guys. eligible?", 7),
        ("my wife left her job to help us. its me, my wife and 5 guys. ok?", 7),
    ],
)
def test_one_who_still_works_is_counted(engine: Engine, text: str, total: int) -> None:
    assert _count(engine, text) == total
    assert "who has left" not in engine.ask(text).answer


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("We are 8. Plus my wife, she is on the WCB too. Eligible?", 9),
        ("we're 6 people and my brother as well, he's on our wcb. under 10?", 7),
    ],
)
def test_one_added_to_the_team_is_one_more(engine: Engine, text: str, total: int) -> None:
    count = engine.nlp(text)._.headcount
    assert count is not None and count.total == total
    assert not count.unsure
