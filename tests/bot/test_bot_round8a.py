"""Issue 11, round 8a: who is counted, and which reader decides.

- a person named, then described ("his wife Karen does the payroll from home") is one
  person, counted whatever their hours or place of work;
- the one asking who gives only their job ("Bookkeeper here", "I'm the office manager") is
  in the team's count said with "we" or "our"; one who writes of the company as "they" is
  outside it, and the answer says so;
- "N including him" holds the person named before; a person named again with "the" in a
  later sentence ("The receptionist never goes on site") is the same person;
- whose word a belief is ("my foreman told me ...") adds nobody, and a count built on a
  wrong belief is corrected, not refused;
- a person word inside a question about a document or an event ("one of our guys had a
  near miss") is no head count: where the grammar of groups set a number aside, the token
  reader does not bring it back.

The phrasings are ours.
"""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.bot.test_bot_round7a import assert_total


@pytest.mark.parametrize(
    ("question", "total"),
    [
        # a person named by name, then described
        (
            "The owner Mike runs the crew, his wife Sandra does the books from home, and they "
            "have 6 framers. small enough for secor?",
            8,
        ),
        (
            "I do the payroll for a roofing outfit. The owner works on the roofs, his son Kyle "
            "drives the truck and they have 5 roofers. can they get secor?",
            7,
        ),
        (
            "I keep the books for a small concrete company: the owner, his daughter in the "
            "office part time, and they have 8 finishers. are they under?",
            10,
        ),
        # the one asking in the team's count, said with "we" or "our"
        ("Bookkeeper here. Our headcount is 9 including the owner. Do we qualify?", 9),
        (
            "office manager here, our full-time headcount is 7 including him. we also have 2 "
            "part-timers. eligible?",
            9,
        ),
        ("I'm the office manager. We are 8 people. Can we do secor?", 8),
        (
            "Bookkeeper here, writing for the owner. Our full time headcount is 6 including "
            "him, plus a temp from an agency on our WCB. secor?",
            7,
        ),
        # "I am owner" with no article
        (
            "i am owner of small framing company. i have 5 worker full time and my wife do "
            "office. ok for secor?",
            7,
        ),
        ("im owner, i have 3 guys and 1 apprentice. we qualify?", 5),
        # the same person named again in a later sentence
        (
            "We have 9 tradespeople, 1 receptionist and the owner. The receptionist works from "
            "home. Do we qualify?",
            11,
        ),
        ("we have 6 roofers, 1 bookkeeper and me. the bookkeeper is part time. under 10?", 8),
        (
            "started with just me. hired my nephew in may and my buddy in june. now its me, "
            "nephew, buddy. are we ok?",
            3,
        ),
        # whose word it is
        (
            "my accountant says owners don't count. it's me, my partner and 8 guys. so we're at "
            "8, right?",
            10,
        ),
        (
            "the guy at the bank told me volunteers dont count. its me and 6 guys plus 2 "
            "volunteers. so 7, correct?",
            9,
        ),
        # a described person said of with a pronoun: "we put him on our wcb as a volunteer"
        (
            "my uncle helps out and we put him on our wcb as a volunteer. so its me, 7 workers "
            "and my uncle. ok?",
            9,
        ),
        ("does my mom count? we put her on the wcb as a volunteer. its me, 5 guys and mom", 7),
        # a count of one part of the team at a time, then people added to it
        (
            "in winter its 2 people, in summer we go to 8 on the crew plus me and my wife in the "
            "office. which number counts?",
            10,
        ),
        ("we go up to 9 in the field in summer, plus me. are we over?", 10),
        # "his retired dad" is how he is, not someone leaving
        (
            "owner plus 3 drivers, me, and his retired dad who volunteers and is on our WCB. "
            "our count?",
            6,
        ),
    ],
)
def test_who_is_counted_round8a(engine: Engine, question: str, total: int) -> None:
    assert_total(engine, question, total)


@pytest.mark.parametrize(
    "question",
    [
        "I do the books for a small framing outfit. The owner runs it, his wife helps and "
        "they have 7 carpenters. can they do secor?",
        "I'm the bookkeeper for a drywall company, they have 6 tapers and the owner. eligible?",
    ],
)
def test_a_writer_outside_the_company_is_not_counted_and_told_so(
    engine: Engine, question: str
) -> None:
    count = engine.nlp(question)._.headcount
    assert count is not None and not any("you" in g.who for g in count.groups), count
    answer = engine.ask(question).answer
    assert 'write of the company as "they"' in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "Hello, one of our guys had a near miss with a ladder and we wrote it up. What "
        "element is that for SECOR?",
        "one of the workers got hurt on site, where does the report go",
        "2 of my guys did the first aid course, which element is that",
        "one of our apprentices found a frayed cord, where do I file the inspection",
    ],
)
def test_a_person_in_a_question_about_an_event_is_no_head_count(
    engine: Engine, question: str
) -> None:
    assert engine.nlp(question)._.headcount is None, question


@pytest.mark.parametrize(
    ("question", "total"),
    [
        (
            "My foreman told me the owners don't count because we're not employees. It's me "
            "and my partner plus 9 guys. So we're at 9 and good to go, right?",
            11,
        ),
        (
            "my buddy reckons family doesn't count. its me, my wife, my son and 8 guys, so 8 "
            "and we're fine, right?",
            11,
        ),
        (
            "our safety guy said part timers don't count. we have 7 full time and 4 part "
            "timers so we're at 7, correct?",
            11,
        ),
    ],
)
def test_a_wrong_belief_is_corrected_not_refused(engine: Engine, question: str, total: int) -> None:
    answer = engine.ask(question)
    assert answer.kind == "eligibility", answer.answer
    assert answer.answer.startswith(f"No \u2014 with {total} people you are over the limit"), (
        answer.answer
    )


@pytest.mark.parametrize(
    "question",
    [
        "what does 'at any given time' mean for the 10 employee limit?",
        "is the limit based on our average staff over the year or the most we had?",
        "our numbers swing a lot. does acsa go by the average or the busiest month?",
        "is it the average headcount or the peak?",
    ],
)
def test_the_window_of_the_limit_is_explained(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answer.startswith('"At any given time" means the most people'), answer.answer
    assert "not an average" in answer.answer
    assert answer.sources


@pytest.mark.parametrize(
    ("question", "total"),
    [
        (
            "what does 'at any given time' mean exactly. like if for one week we were 11 does "
            "that kill it",
            11,
        ),
        (
            "we average 7 but we were 12 for two weeks in july. is it the average or the peak "
            "that counts?",
            12,
        ),
        ("what does at any given time mean? we had 13 for a month last fall", 13),
    ],
)
def test_the_window_is_applied_to_the_people_counted(
    engine: Engine, question: str, total: int
) -> None:
    answer = engine.ask(question)
    assert answer.answer.startswith('"At any given time" means'), answer.answer
    assert f"So {total} people, even for a week, is over the limit" in answer.answer
    assert f"with {total} people you are over the limit" in answer.answer


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("12 in summer, plus 2 more students in july", 14),
        ("12 in the summer plus 2 students in july. secor ok?", 14),
        ("about 9 in summer plus 3 summer students", 12),
        ("6 in winter, 9 in summer plus 2 students", 11),
        ("10 in spring and 3 more in june", 13),
    ],
)
def test_people_added_with_plus_join_the_team_of_that_time(
    engine: Engine, question: str, total: int
) -> None:
    count = engine.nlp(question)._.headcount
    assert count is not None and count.total == total, (question, count)


@pytest.mark.parametrize(
    "question",
    [
        "We have 9 tradespeople, 1 receptionist and the owner. The receptionist never goes on "
        "site. Do we qualify?",
        "me, 6 guys and my wife who does the books from home. ok?",
        "5 full time, plus a temp from an agency who is on our WCB account. under 10?",
    ],
)
def test_hours_and_place_of_work_do_not_change_who_counts(engine: Engine, question: str) -> None:
    answer = engine.ask(question).answer
    assert "everyone on your WCB account counts, whatever their hours" in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "our SECOR is through Energy Safety Canada. We're in a maintenance year and we've grown "
        "to 12 employees. Will ESC still accept our maintenance audit this year?",
        "ESC secor, maintenance year, we hired a bunch and are at 13 people now. does energy "
        "safety canada still take the audit?",
    ],
)
def test_growth_in_an_esc_maintenance_year_is_answered_by_its_rule(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question).answer
    assert "Yes, by Energy Safety Canada's procedure" in answer, answer
    assert "no longer a small employer" in answer
    assert "For ACSA's SECOR" in answer  # ACSA's rule said beside it


@pytest.mark.parametrize(
    "question",
    [
        "we're a brand new company, haven't bothered setting up WCB yet since its only 3 of us. "
        "can we still start on secor?",
        "we have not registered with wcb yet, can we begin the secor process?",
        "never got around to opening a WCB account, is that a problem for secor?",
    ],
)
def test_no_wcb_account_yet_is_told_an_active_account_is_needed(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question).answer
    assert "active Alberta WCB account" in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "Before we start on SECOR, do we have to be ACSA members? I honestly have no idea "
        "whether we are or not.",
        "I manage the office for a small paving company. is acsa membership required for secor?",
        "not sure if we're acsa members, does it matter for secor and how do we find out?",
    ],
)
def test_membership_is_required_and_associate_membership_is_named(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question).answer
    assert answer.startswith("Yes \u2014 your company must be an ACSA member"), answer
    assert "Associate Member" in answer and "industry code" in answer


def test_the_one_asking_named_only_by_what_they_do_is_no_head_count(engine: Engine) -> None:
    for question in (
        "I manage the office for a landscaping company. do we have to be ACSA members?",
        "I run the books for a roofing company, what courses does secor need?",
    ):
        assert engine.nlp(question)._.headcount is None, question


@pytest.mark.parametrize(
    ("question", "total"),
    [
        # the one asking works there, whatever they call the company
        (
            "I work for a small plumbing company as the office admin. They have 6 plumbers and 2 "
            "owners.",
            9,
        ),
        # the team's count said before the one asking names themself: they are not in it
        (
            "Our crew is 7 guys. The owner (me) and my brother who is also an owner also work on "
            "site.",
            9,
        ),
        # whose question it is ("asked me") adds nobody; a speaker listed again counts once
        (
            "My office manager asked me to find out. We're 5 in the field and 2 in the office, "
            "plus the two owners.",
            9,
        ),
        ("my wife wants to know if she counts. its me, her and 6 guys", 8),
        ("my wife says she doesnt count. so its me, my wife and 6 guys", 8),
        ("we're 9 incl myself and my son wants to start with us in june, ok?", 10),
    ],
)
def test_who_asks_and_who_speaks_round8a(engine: Engine, question: str, total: int) -> None:
    assert_total(engine, question, total)


def test_a_writer_for_him_is_outside_too(engine: Engine) -> None:
    question = "I do the books for my brother's company. He has 5 guys and his wife helps out."
    count = assert_total(engine, question, 6)
    assert not any("you" in g.who for g in count.groups)


def test_now_or_the_most_asks_the_window(engine: Engine) -> None:
    for question in (
        "is it based on the number of employees right now or the most we had?",
        "do they count the people we have now or the most we ever had this year",
    ):
        assert engine.ask(question).answer.startswith('"At any given time" means'), question


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("Office admin here - there are 9 of us including the two owners.", 9),
        ("Our headcount is 9 including both owners and me.", 9),
        (
            "Payroll here. Our total headcount is 11 but 2 are summer students who left in August.",
            11,
        ),
        ("we have 8 guys, and 3 are part time. ok for secor?", 8),
        ("Safety coordinator here. We have 8 workers plus the owner. Eligible?", 10),
    ],
)
def test_counts_said_of_the_whole_team_round8a(engine: Engine, question: str, total: int) -> None:
    assert_total(engine, question, total)


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("we are a crew of 9 plus the boss", 10),
        ("we are a crew of 9 and the boss makes 10, ok?", 10),
        ("me and the boss and 4 guys", 6),
        ("i ran COR for my old boss for years, now its me and 5 guys. secor?", 6),
        ("my former partner left last year, now its me and 3 guys", 4),
    ],
)
def test_the_boss_and_people_of_another_time(engine: Engine, question: str, total: int) -> None:
    assert_total(engine, question, total)


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("we grew to 13 this year, what happens to our secor?", 13),
        ("we hit 12 last summer, are we still ok?", 12),
    ],
)
def test_a_count_then_a_time_is_people(engine: Engine, question: str, total: int) -> None:
    assert_total(engine, question, total)


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("i have 3 full time, 2 part time, 1 student in summer, and my self. ok?", 7),
        (
            "Company: owner (works on site), office manager (part-time), 6 installers, 1 "
            "apprentice.",
            9,
        ),
        ("staff list - john (owner), mary (admin), 4 framers, 2 labourers", 8),
        ("one owner-operator, one foreman, nine labourers", 11),
        ("my wife (a bookkeeper) and me and 5 guys", 7),
    ],
)
def test_lists_with_roles_round8a(engine: Engine, question: str, total: int) -> None:
    assert_total(engine, question, total)


def test_how_to_tell_membership_does_not_open_with_yes(engine: Engine) -> None:
    answer = engine.ask("how do we know if we are acsa members?").answer
    assert answer.startswith("Your company must be an ACSA member"), answer
    assert "industry code" in answer


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("we have 4 guys so 5 with me", 5),
        ("we have 6 guys, so that's 7 with me", 7),
        ("it's me and 3 guys, so 4 of us. ok?", 4),
        ("me plus 6 guys so 7 total", 7),
        ("My dad owns the company and I work in the field. They have 6 other guys.", 8),
    ],
)
def test_the_sum_said_again_is_no_more_people(engine: Engine, question: str, total: int) -> None:
    assert_total(engine, question, total)
