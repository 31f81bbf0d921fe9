"""Head counts and the eligibility verdict, round 10 (issue 11): the rules, in new words.

- a season told as a team: the people of the quiet season said again in the busy one are
  the same people, counted once, and the busy season's team is the count;
- a peak told as additions to today's crew ("now me and 3 guys; in July 2 more plus my 2
  kids (15 and 17)"): the ages in brackets are no people;
- a list of kinds of workers is their sum; a bookkeeper writing of a client is not counted;
- subcontractor companies with their own WCB account are not counted, whatever else is on
  the asker's account;
- an owner named right after "me" ("just me, the owner") is the one asking;
- exactly 10 is within the limit, said plainly;
- a count before "now" is an earlier snapshot: the count now is the one that matters,
  and over 10 the answer names the full COR;
- "do part timers count?", with no number: yes, for the kinds named;
- a maintenance year with a head count: over 10, Energy Safety Canada's rule is a labelled
  aside; asked what to send, the records to sample come first.
"""

from __future__ import annotations

import pytest

from bot.engine import Engine


def _count(engine: Engine, text: str) -> int | None:
    count = engine.nlp(text)._.headcount
    return None if count is None else count.total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "off season it is only me and my husband. from may to september the crew is 6 "
            "labourers and 3 students, and my husband and i are still working too. are we "
            "small enough for secor?",
            11,
        ),
        (
            "in winter its just me and my son. come summer we run 5 guys plus 1 student and me "
            "and my son are still on the tools. do we qualify?",
            8,
        ),
        (
            "snow removal in winter: its just me and my brother. summer the crew is 4 guys "
            "plus 3 students, and me and my brother keep working. secor ok?",
            9,
        ),
    ],
)
def test_a_season_told_as_a_team_counts_its_people_once(
    engine: Engine, text: str, total: int
) -> None:
    assert _count(engine, text) == total
    answer = engine.ask(text).answer
    assert f"with {total} people" in answer


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "currently its me and 2 guys. back in august i had 3 more guys plus my 2 daughters "
            "(16 and 18) working at once, all on wcb. can i get secor?",
            8,
        ),
        (
            "right now it is me and 4 employees. last summer i added 2 more guys and my nephew "
            "(17) at the same time. are we under the limit?",
            8,
        ),
        ("its me and my 2 sons (aged 19 and 21) plus 3 framers. secor?", 6),
        ("me and 6 guys, plus my daughter who's 17 in the summer. under the secor limit?", 8),
    ],
)
def test_ages_in_brackets_are_no_people(engine: Engine, text: str, total: int) -> None:
    assert _count(engine, text) == total
    assert f"with {total} people you are within the limit" in engine.ask(text).answer


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "I do the payroll for a client. Client has 4 full-timers, 2 part-timers and 2 "
            "summer students. Are they under the SECOR cap?",
            8,
        ),
        (
            "Accountant here. My client has 3 full time carpenters, 2 part time labourers and "
            "1 seasonal worker. small enough for secor?",
            6,
        ),
        (
            "bookkeeper here - the client has 6 framers, 2 part-timers and 2 students on "
            "their wcb. under 10?",
            10,
        ),
    ],
)
def test_a_clients_bookkeeper_is_not_counted(engine: Engine, text: str, total: int) -> None:
    assert _count(engine, text) == total
    answer = engine.ask(text).answer
    assert f"with {total} people you are within the limit" in answer
    assert "client's company" in answer


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Me and 5 guys on my WCB. We also hire 3 subcontractor companies that have their "
            "own WCB. head count for SECOR?",
            6,
        ),
        (
            "my wife and I plus 4 carpenters, all on our wcb. we use 2 subcontractor outfits "
            "who carry their own wcb coverage. how many do we count?",
            6,
        ),
        (
            "8 employees on my wcb counting me, and 3 subcontractor firms with their own WCB "
            "accounts. are we ok for secor?",
            8,
        ),
    ],
)
def test_subcontractors_with_their_own_wcb_are_not_counted(
    engine: Engine, text: str, total: int
) -> None:
    assert _count(engine, text) == total
    answer = engine.ask(text).answer
    assert f"with {total} people" in answer
    assert "their own WCB account are not on yours" in answer


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "just me, the owner. my husband does the books unpaid and he is on our wcb "
            "account. can we do secor?",
            2,
        ),
        ("me, sole proprietor, plus my daughter on the wcb. small enough for secor?", 2),
        ("Just me, sole owner. My son works weekends and he is on the WCB. Can I get SECOR?", 2),
    ],
)
def test_an_owner_named_after_me_is_me(engine: Engine, text: str, total: int) -> None:
    assert _count(engine, text) == total
    assert f"with {total} people you are within the limit" in engine.ask(text).answer


@pytest.mark.parametrize(
    "text",
    [
        "there are 10 of us on the wcb including me. is 10 ok or must we be below 10?",
        "we have exactly ten people counting myself. do we need to be under 10 for secor?",
        "10 people on our account, me included. is ten allowed or is the max 9?",
    ],
)
def test_exactly_ten_is_allowed(engine: Engine, text: str) -> None:
    assert _count(engine, text) == 10
    answer = engine.ask(text).answer
    assert answer.startswith("Yes \u2014 with 10 people you are within the limit")
    assert "10 is the limit, and 10 is allowed" in answer


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("we had a secor with 7 employees, now we're at 12. what now?", 12),
        (
            "We had SECOR with 8 people, now we are at 14 since we won a big tender. What "
            "should we apply for with ACSA?",
            14,
        ),
        ("we were 9 people last year, now we are at 13 after a big job. what now with acsa?", 13),
    ],
)
def test_growth_counts_the_team_now(engine: Engine, text: str, total: int) -> None:
    assert _count(engine, text) == total
    answer = engine.ask(text).answer
    assert f"with {total} people you are over the limit" in answer
    assert "full COR" in answer


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("do casual labourers count towards the limit?", "part-time workers count toward the 10"),
        (
            "are summer students counted or just the permanent staff?",
            "temporary and seasonal staff count toward the 10",
        ),
        (
            "is my wife who does the invoicing from home included in the number?",
            "family members count toward the 10",
        ),
        (
            "our office manager never goes on site, does she count?",
            "clerical and admin staff count toward the 10",
        ),
        (
            "the neighbours kids help us for free in summer, they are volunteers. they dont "
            "count right?",
            "covered by your WCB account",
        ),
    ],
)
def test_a_kind_of_person_asked_about_counts(engine: Engine, text: str, said: str) -> None:
    answer = engine.ask(text)
    assert answer.answer.startswith("Yes: "), answer.answer[:120]
    assert said in answer.answer


def test_a_count_of_things_is_not_a_kind_counted(engine: Engine) -> None:
    answer = engine.ask("does a part-time worker's first aid ticket count for secor?").answer
    assert not answer.startswith("Yes: part-time workers count toward the 10")


@pytest.mark.parametrize(
    "text",
    [
        "we grew to 13 workers during our maintenance year. what happens to our secor?",
        "its our maintenance year and we went up to 12 guys. do we lose secor straight away?",
        "maintenance year for us, but we're at 11 people now. are we still ok?",
    ],
)
def test_over_ten_in_a_maintenance_year_labels_the_esc_rule(engine: Engine, text: str) -> None:
    answer = engine.ask(text).answer
    assert "over the limit" in answer
    assert "Aside, for Energy Safety Canada's own SECOR program (not ACSA's)" in answer
    assert "ACSA's pages do not say how a company that passes 10 people" in answer


@pytest.mark.parametrize(
    "text",
    [
        "it's a maintenance year and we are 8 people. still eligible, and what should we submit?",
        "maintenance yr, 6 guys total. are we good? what do we need to send in?",
        "we're 7 people in our maintenance year. what do we have to submit, and are we ok?",
    ],
)
def test_a_maintenance_year_with_a_head_count_lists_the_records(engine: Engine, text: str) -> None:
    answer = engine.ask(text).answer
    assert "within the limit" in answer
    assert "Operational records to sample include" in answer
