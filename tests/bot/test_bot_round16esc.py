"""Round 16, Energy Safety Canada's roles and the year of the cycle in long stories
(bot.esc_asked, bot.year_cycle, bot.process_compose, bot.answers).

Rules, each tested with paraphrases of other shapes than the benchmark's sentences:
1. A person described by the audit work they do ("the guy who did our ESC audits",
   "whoever does our protocol") is ESC's assessor: their leaving gets ESC's 90-day rule.
2. Who should take Safety Program Development (who, send someone to it, should X take it)
   asks who may be ESC's assessor: the owner or an employee familiar with the operation.
3. What ESC wants of the assessor is its training (Safety Program Development, refresher);
   a consultant the story tells of yields to the assessor the question names.
4. ESC's consultant rule says what its page says: the audit questions, organising.
5. An ESC anniversary with its date gets the due date: the end of the quarter it falls in.
6. A year a story names without its kind is placed from the stated certification year
   (2022 -> 2025 is the recertification; "No" when samples are planned for it).
7. People told only in the story do not keep the year-of-cycle answer away.
8. A role-left story asking what keeps the company eligible gets the continuing education
   rule (every three years, anyone full-time).
9. A company told its WCB industry code is not one of ACSA's: the Associate Membership.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from bot.esc_asked import anniversary_due, asked_attributes, roles_named

ESC_FIRST = "That is Energy Safety Canada's rule"


def _has(text: str, patterns: list[str]) -> None:
    for pattern in patterns:
        assert re.search(pattern, text, re.IGNORECASE), (pattern, text)


# --- 1. the assessor described by the work -------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "our ESC audits were always done by one fella and he quit on friday. how long til we "
        "need someone new trained?",
        "the lady who filled out our Energy Safety Canada audit moved away last month; what's "
        "our deadline to replace her?",
        "Whoever does our ESC protocol just resigned - how long do we have?",
        "The person that completed our enform SECOR assessment retired. Do we have a time limit "
        "to get another one trained?",
        "ESC SECOR: the employee who handled our audits has left the company. Is there a 90 day "
        "window?",
        "Our ESC audit is due in 3 weeks but the guy that did the audits last year is gone. Do "
        "we still have 90 days to replace him?",
    ],
)
def test_described_assessor_leaving_gets_the_90_days(engine: Engine, question: str) -> None:
    answer = engine.ask(question).answer
    assert answer.startswith(ESC_FIRST), answer
    _has(answer, [r"\b90 days\b", r"sooner if an assessment is due"])


def test_described_assessor_asking_something_else_keeps_its_answer(engine: Engine) -> None:
    answer = engine.ask("The guy who did our ESC audits wants to know what the pass mark is.")
    _has(answer.answer, [r"80%", r"60%"])
    assert "90 days" not in answer.answer


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("the guy who did our ESC SECOR audits left", "the assessor left"),
        ("whoever fills out our protocol quit", "the assessor quit"),
        ("the woman that handled the secor assessment retired", "the assessor retired"),
    ],
)
def test_roles_named(text: str, named: str) -> None:
    assert roles_named(text) == named


# --- 2. who takes Safety Program Development -----------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Who's supposed to attend Safety Program Development for our ESC SECOR, the owner or "
        "can it be anyone?",
        "Can we send our youngest labourer to the SPD course for ESC?",
        "Should the office girl take the safety program development course or me?",
        "ESC SECOR question: who in the company ought to go to the safety program development "
        "class?",
        "We run a hydrovac outfit. I was going to sign up our newest hire for Safety Program "
        "Development. Is that ok?",
    ],
)
def test_who_takes_the_course_gets_owner_or_familiar(engine: Engine, question: str) -> None:
    answer = engine.ask(question).answer
    assert answer.startswith(ESC_FIRST), answer
    _has(answer, [r"owner, or an employee who knows the company's whole operation"])


def test_what_the_course_is_stays_the_training_rule(engine: Engine) -> None:
    answer = engine.ask("What is the Safety Program Development course?").answer
    _has(answer, [r"must first take its Safety Program Development course", r"refresher"])
    assert "whole operation" not in answer


# --- 3. what ESC wants of the assessor ------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "We're a three-person consulting firm. What does Energy Safety Canada need from our "
        "assessor?",
        "What are ESC's requirements for our assessor?",
        "We hire consultants all the time for other jobs. For the ESC SECOR, what training must "
        "our assessor have?",
        "ESC assessor requirements?",
        "wellsite consultants, 4 of us. what does energy safety canada expect of the assessor "
        "before we send the audit in",
    ],
)
def test_what_esc_wants_of_the_assessor(engine: Engine, question: str) -> None:
    answer = engine.ask(question).answer
    assert answer.startswith(ESC_FIRST), answer
    _has(answer, [r"safety program development", r"refresher"])
    assert "limits a hired consultant" not in answer


def test_consultant_in_story_yields_to_assessor_asked() -> None:
    names = [a.name for a in asked_attributes("Two consultants and me. What does ESC want from "
                                             "our assessor?")]  # fmt: skip
    assert "consultant" not in names
    assert "assessor course" in names


# --- 4. the consultant's role as ESC's page says it ----------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "We hired a consultant for our ESC audit. What is she allowed to do?",
        "Can a consultant fill out the questions on our ESC binder audit?",
        "energy safety canada binder route - what parts can our hired safety guy from outside "
        "the company do for us?",
    ],
)
def test_consultant_rule_names_questions_and_sign_off(engine: Engine, question: str) -> None:
    answer = engine.ask(question).answer
    assert answer.startswith(ESC_FIRST), answer
    _has(answer, [r"audit questions", r"organising", r"signs off"])


# --- 5. ESC's due date from the anniversary ----------------------------------------------


@pytest.mark.parametrize(
    ("question", "due"),
    [
        (
            "Our Energy Safety Canada anniversary is August 14th. When does our maintenance audit "
            "have to be in?",
            "September 30",
        ),
        (
            "we're with ESC, cert anniversary falls on the 9th of May - when's the maintenance due",
            "June 30",
        ),
        ("ESC SECOR, anniversary date: Nov. 2. Deadline for the maintenance?", "December 31"),
        ("When's our ESC maintenance due? We have a January 20 anniversary.", "March 31"),
    ],
)
def test_anniversary_gives_the_quarter_end(engine: Engine, question: str, due: str) -> None:
    answer = engine.ask(question).answer
    assert answer.startswith("Your anniversary"), answer
    _has(answer, [rf"end of that quarter, {due}", ESC_FIRST])


def test_due_date_without_anniversary_has_no_computed_lead(engine: Engine) -> None:
    answer = engine.ask("When is our ESC maintenance due?").answer
    assert answer.startswith(ESC_FIRST), answer
    assert "Your anniversary" not in answer


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")  # fmt: skip
_ENDS = ("March 31", "June 30", "September 30", "December 31")


@settings(max_examples=60, deadline=None)
@given(
    month=st.integers(min_value=0, max_value=11),
    day=st.integers(min_value=1, max_value=28),
    short=st.booleans(),
    shape=st.sampled_from(
        ["our anniversary is {m} {d}", "anniversary date: {m} {d}th", "a {m} {d} anniversary"]
    ),
)
def test_anniversary_quarter_property(month: int, day: int, short: bool, shape: str) -> None:
    name = _MONTH_NAMES[month][:3] if short else _MONTH_NAMES[month]
    due = anniversary_due(shape.format(m=name, d=day))
    said = f"{_MONTH_NAMES[month]} {day}"
    assert due.startswith(f"Your anniversary, {said}, falls in"), due
    assert _ENDS[month // 3] in due


def test_no_anniversary_date_no_due() -> None:
    assert anniversary_due("our anniversary is coming up soon") == ""


# --- 6. a year placed from the certification year -----------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Got certified 2023, maintenance 2024 and 2025. For 2026 can we just send samples "
            "again like before?",
            r"^No \u2014 2026 is your recertification year",
        ),
        (
            "certified in 2020; did the maintenance 2021 & 2022. our 2023 submission - same as the "
            "last two?",
            r"^No \u2014 2023 is your recertification year",
        ),
        (
            "We were certified in 2021 and did maintenance in 2022. In 2023 we plan to send "
            "samples, right?",
            r"^Yes \u2014 2023 is your second maintenance year",
        ),
        (
            "Small drywall crew. We got our SECOR in 2019, sent maintenance in 2020 and again in "
            "2021. What do we do for 2022, is that year different?",
            r"^2022 is your recertification year",
        ),
    ],
)
def test_year_placed_from_certification(engine: Engine, question: str, lead: str) -> None:
    answer = engine.ask(question).answer
    assert re.search(lead, answer), answer
    _has(answer, [r"three years"])


def test_year_dating_something_else_is_not_placed(engine: Engine) -> None:
    answer = engine.ask(
        "We certified in 2022. In 2024 our foreman left; who should be the assessor now?"
    ).answer
    assert "recertification year" not in answer
    _has(answer, [r"assessor"])


def test_year_claimed_keeps_its_yes(engine: Engine) -> None:
    answer = engine.ask(
        "We certified in 2022 and did maintenance in 2023. Is 2024 a maintenance year?"
    ).answer
    assert answer.startswith("Yes \u2014 2024 is your second maintenance year"), answer


# --- 7. people told in the story, the cycle asked ------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "There are six of us. We skipped our SECOR maintenance last year. Does that hurt our "
            "PIR refund?",
            [r"PIR refunds", r"required"],
        ),
        (
            "Crew of 7 including me. We got certified in 2023 and maintenance in 2024. What is "
            "2025 for us?",
            [r"2025 is your second maintenance year"],
        ),
        (
            "Me, my brother and four hands. The maintenance never got sent in last year because "
            "of a family emergency. Does missing it affect the PIR rebate?",
            [r"PIR refunds", r"required"],
        ),
    ],
)
def test_count_in_story_keeps_the_cycle(engine: Engine, question: str, expected: list[str]) -> None:
    _has(engine.ask(question).answer, expected)


# --- 8. what keeps the company eligible after a course holder left --------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Our PHSM holder quit in March. What course do we need to take to stay eligible?",
        "The guy with our management course retired and it's been three years since we "
        "certified. What course keeps us qualified?",
        "our only PHSM person retired. come fall it's 3 years since we got secor. what training "
        "keeps us eligible, and does the assessor have to take it?",
    ],
)
def test_role_left_keeps_eligible_gets_continuing_education(engine: Engine, question: str) -> None:
    _has(engine.ask(question).answer, [r"every three years", r"full-time", r"no longer"])


# --- 9. a WCB industry code not ACSA's ---------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "ACSA doesn't cover our industry, we do tree trimming. Can we still get SECOR through "
        "them?",
        "Our industry code is not an ACSA one. Can we still do their SECOR program?",
        "We're not an automatic ACSA member, what now for SECOR?",
        "Landscaper here, our WCB industry code is outside ACSA's list. any way in?",
        "Our WCB rate code isn't under ACSA apparently - is SECOR off the table for us?",
    ],
)
def test_outside_acsa_code_gets_associate_membership(engine: Engine, question: str) -> None:
    answer = engine.ask(question).answer
    _has(answer, [r"Associate Member", r"yearly fee", r"industry code"])


def test_membership_needed_keeps_its_yes(engine: Engine) -> None:
    answer = engine.ask("Do we have to be ACSA members?").answer
    assert answer.startswith("Yes \u2014 your company must be an ACSA member"), answer


def test_consultant_described() -> None:
    assert roles_named("can our hired safety guy from outside the company fill it") == (
        "can the consultant fill it"
    )


def test_a_date_beside_the_anniversary_is_not_its_date() -> None:
    # "sent it in on jan 20 and our anniversary is in december": jan 20 is not the anniversary
    assert (
        anniversary_due("we sent the audit in on jan 20 and our anniversary is in december") == ""
    )
