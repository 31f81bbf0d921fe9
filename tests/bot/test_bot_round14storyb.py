"""Round 14, Energy Safety Canada and two organisations inside long messages (bot.esc_asked,
bot.questions, bot.answers).

Rules, each tested with paraphrases of other shapes than the benchmark's sentences:
1. A head count told in the story ("we're a five-man wellsite crew.") while the sentences
   that ask hold no number is context: the ESC rule asked is answered (within the limit).
2. "She", "he" or "they" in the question stands for the role the story named last (a
   consultant, the assessor): "We use a consultant ... what may she do?" asks her role.
3. ESC's own rules asked in new words reach its facts: whether the assessor still approves
   or signs (its consultant rule), an option short of the full year (its one-year SECOR).
4. Over 10 people with Energy Safety Canada named: its rule past 10 (MECOR or COR) is said.
5. Two companies, one with each organisation, asked "for each" / "both": each side labelled
   by organisation, in the order the message names them, neither cut away.
6. A statement naming Energy Safety Canada as the employer's organisation carries to the
   later questions of the message that name none (bot.questions.stated_organisation).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from bot.esc_asked import (
    asked_attributes,
    asking_sentences,
    count_in_story,
    two_organisations,
)
from bot.questions import carry_context, stated_organisation

ESC_LABEL = "Energy Safety Canada's rule"


def _has(text: str, patterns: list[str]) -> None:
    for pattern in patterns:
        assert re.search(pattern, text, re.IGNORECASE), (pattern, text)


# --- 1. a count told in the story ----------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "We're four guys doing pipeline locates and we're set up with Energy Safety Canada. "
            "Which course does our assessor have to take?",
            [r"Safety Program Development", ESC_LABEL],
        ),
        (
            "My son and I run a two-truck vac outfit, ESC is who we audit with. Our assessor "
            "finished her course in 2019. Is she still good or does she need a refresher?",
            [r"refresher", r"Hazard Management", r"Three or more years"],
        ),
        (
            "Six of us in total, oilfield painting, with Energy Safety Canada. How many days "
            "do we get to finish the online submission?",
            [r"\b36 days", ESC_LABEL],
        ),
        (
            "Energy Safety Canada member here, 3 employees plus me. What pass mark do we need "
            "on the certification audit?",
            [r"80%", r"50%"],
        ),
        (
            "We have seven staff on the ESC side of things. Who keeps the QA review and the "
            "action plan, and for how long?",
            [r"at least a year"],
        ),
    ],
)
def test_a_count_told_in_the_story_leaves_the_esc_rule_asked(
    engine: Engine, question: str, expected: list[str]
) -> None:
    answer = engine.ask(question)
    _has(answer.answer, expected)
    assert "within the limit of 10" not in answer.answer or "Energy Safety Canada" in answer.answer


@pytest.mark.parametrize(
    ("question", "story"),
    [
        ("We are eight people with ESC. What course does the assessor need?", True),
        ("We're 9 with Energy Safety Canada, are we still small enough?", False),
        ("Our crew is five people. We use ESC. Which refresher counts?", True),
        ("Five of us. Is that under ESC's cap of 10?", False),
        ("There are three of us. Do we qualify?", True),
    ],
)
def test_a_count_is_in_the_story_only_when_the_asking_sentences_hold_no_number(
    question: str, story: bool
) -> None:
    assert count_in_story(question) is story


@pytest.mark.parametrize(
    "question",
    [
        "we're 7 people with energy safety canada, can we do secor?",
        "There are seven of us and we're with ESC. Do we qualify?",  # no ESC rule asked
    ],
)
def test_a_count_asked_with_esc_still_gets_the_verdict(engine: Engine, question: str) -> None:
    """Look-alikes: the count is asked, or nothing but the count: the verdict answers it."""
    answer = engine.ask(question)
    assert answer.kind == "eligibility", answer.answer
    _has(answer.answer, [r"\b7\b", r"within the limit"])


# --- 2. the role the story named ---------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Our ESC binder is being put together by a consultant we hired. How far can he "
            "go with it, and is there anything he can't do?",
            [r"organis", r"packag", r"signs off"],
        ),
        (
            "We've brought in an outside consultant to help with our Energy Safety Canada "
            "SECOR. What exactly is she permitted to do for us?",
            [r"organis", r"consultant"],
        ),
        (
            "Energy Safety Canada audit coming up and a contractor is helping us. What is "
            "he allowed to handle?",
            [r"organis", r"consultant"],
        ),
        (
            "A consultant friend offered to do our ESC audit for us. Is she allowed to fill "
            "in the audit questions herself on the binder version?",
            [r"drafting answers", r"assessor"],
        ),
        (
            "ESC SECOR, online route. We hired a safety consultant last month. What can they "
            "actually do for us during submission?",
            [r"registration or submission"],
        ),
    ],
)
def test_she_or_he_in_the_question_is_the_consultant_the_story_named(
    engine: Engine, question: str, expected: list[str]
) -> None:
    answer = engine.ask(question)
    assert answer.topic == "consultant", answer.answer
    _has(answer.answer, [ESC_LABEL, *expected])


def test_a_role_named_in_the_question_itself_is_not_replaced() -> None:
    """Look-alike: "our assessor" in the asking sentence comes first: no consultant read."""
    names = [
        a.name
        for a in asked_attributes(
            "We hired a consultant for our ESC audit. Our assessor left, who replaces him?"
        )
    ]
    assert "assessor leaving" in names and "consultant" not in names


# --- 3. ESC's rules in new words -----------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "With ESC, does our assessor still have to sign the binder audit if a consultant wrote it?",
        "Energy Safety Canada binder: who approves the answers before it goes in, the "
        "consultant or our assessor?",
        "for esc secor, must the assessor OK everything the consultant prepared?",
        "Our consultant drafted the ESC protocol. Does the assessor need to check it over "
        "and put a signature on it?",
        "ESC question: is the assessor's sign off needed on a binder someone else packaged?",
    ],
)
def test_the_assessor_signing_off_reaches_escs_consultant_rule(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    _has(answer.answer, [ESC_LABEL, r"reviews and signs off"])


def test_a_signed_up_assessor_is_no_sign_off() -> None:
    """Look-alike: "the assessor signed up for a refresher" asks about the course."""
    names = [
        a.name
        for a in asked_attributes(
            "Our ESC assessor signed up for a refresher that got cancelled. What now?"
        )
    ]
    assert "assessor sign-off" not in names and "cancelled course" in names


@pytest.mark.parametrize(
    "question",
    [
        "We only set up our safety program five months ago and we're with Energy Safety "
        "Canada. Is there some interim certificate we could get?",
        "ESC: our system isn't a year old yet. Any temporary option in the meantime?",
        "We're an Energy Safety Canada company with a new program. Is there a shorter "
        "route than waiting the whole year?",
        "Through ESC, program running 4 months. Is there a provisional SECOR or do we wait?",
        "Our customer wants SECOR now but our ESC program just started. Is there a "
        "certificate in between?",
    ],
)
def test_an_option_short_of_the_full_year_is_escs_one_year_secor(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    _has(answer.answer, [r"full year", r"one-year SECOR"])


# --- 4. over 10 with ESC -------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "esc company, certification year, we just hit 12 people. still ok to send the secor?",
        "We're with Energy Safety Canada and we're now 14 on the WCB account. What happens "
        "to our SECOR?",
        "ESC: 11 workers this year. can we still do secor",
        "we went up to thirteen guys, energy safety canada certified, is our SECOR done?",
        "Energy Safety Canada SECOR, but we have 15 employees now. Any path for us?",
    ],
)
def test_over_ten_with_esc_gets_its_rule_past_ten(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    _has(answer.answer, [r"MECOR|Medium Employer", r"standard COR"])


def test_over_ten_without_esc_gets_no_mecor(engine: Engine) -> None:
    """Look-alike: ACSA's employer over 10 is told about a full COR, not ESC's MECOR."""
    answer = engine.ask("we're at 12 people now, can we still submit secor to acsa?")
    assert "MECOR" not in answer.answer
    _has(answer.answer, [r"full COR"])


# --- 5. two companies, one with each organisation ----------------------------------------


@pytest.mark.parametrize(
    ("question", "first", "expected"),
    [
        (
            "I own a framing company that's with ACSA and a second business doing oilfield "
            "hauling that audits through Energy Safety Canada. How long must each one's "
            "safety program have been running before we apply?",
            "ACSA",
            [r"three months", r"full year"],
        ),
        (
            "Two separate businesses here: a pipeline crew with ESC and a roofing company "
            "with the ACSA. What score does each one need to pass?",
            "Energy Safety Canada",
            [r"80%", r"do not say what pass mark ACSA uses"],
        ),
        (
            "For both companies, which assessor course applies? One is ACSA construction, "
            "the other an Energy Safety Canada wellsite outfit.",
            "ACSA",
            [r"Safety Program Development", r"PHSM"],
        ),
        (
            "My wife runs a renovation company through ACSA and I run an oilfield service "
            "company with ESC, 4 people each. Under each organisation, how long is the "
            "program required to be in place?",
            "ACSA",
            [r"three months", r"full year"],
        ),
        (
            "We have an Energy Safety Canada company and a sister company with ACSA. Can a "
            "hired consultant help with both, and what may she do for each?",
            "Energy Safety Canada",
            [r"organis", r"do not say what a hired consultant"],
        ),
    ],
)
def test_two_companies_each_get_their_side_labelled(
    engine: Engine, question: str, first: str, expected: list[str]
) -> None:
    answer = engine.ask(question)
    text = answer.answer
    assert "For the company with ACSA" in text, text
    assert "For the company with Energy Safety Canada" in text, text
    assert text.startswith(f"For the company with {first}"), text
    _has(text, expected)


@pytest.mark.parametrize(
    ("message", "both"),
    [
        ("We have a company with ACSA and another company with ESC; for each, what course?", True),
        ("Is ESC's course the same as ACSA's?", False),
        ("We're with ACSA, not ESC. How long do we need records?", False),
        ("For each one of our two businesses (ESC and ACSA), what pass mark?", True),
        ("How long does ESC give for corrections?", False),
    ],
)
def test_two_organisations_are_read_only_when_both_companies_are_asked_of(
    message: str, both: bool
) -> None:
    assert two_organisations(message) is both


def test_one_company_with_acsa_is_no_two_company_answer(engine: Engine) -> None:
    """Look-alike: ACSA named as the employer's, ESC only as the contrast."""
    answer = engine.ask("We're with ACSA, not Energy Safety Canada. How long do we need records?")
    assert "For the company with" not in answer.answer
    _has(answer.answer, [r"three months"])


# --- 6. the organisation stated carries to later questions -------------------------------


@pytest.mark.parametrize(
    ("questions", "carried"),
    [
        (
            [
                "We haul water for rigs and go through ESC. Our program is new, can we apply?",
                "is there any option in between?",
            ],
            True,
        ),
        (
            [
                "Energy Safety Canada is who certifies us. What's the pass mark?",
                "and how long for corrections?",
            ],
            True,
        ),
        (["What does ESC charge?", "and how do we pay ACSA?"], False),
        (["What's ESC's pass mark?", "and how long is SECOR valid?"], False),
        (["We're with ESC. Our assessor left.", "who counts as our assessor now at ACSA?"], False),
    ],
)
def test_an_esc_statement_carries_to_later_questions(questions: list[str], carried: bool) -> None:
    assert bool(stated_organisation(questions)) is carried
    out = carry_context(questions)
    assert out[1].startswith("with Energy Safety Canada") is carried


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text(alphabet="abcdefgh ijk?.!,", min_size=0, max_size=40), min_size=1, max_size=4)
)
def test_carrying_never_loses_a_question(questions: list[str]) -> None:
    out = carry_context(questions)
    assert len(out) == len(questions)
    assert all(o.endswith(q) for o, q in zip(out, questions, strict=True))


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="abc 12?.!", min_size=1, max_size=60))
def test_the_asking_sentences_are_part_of_the_message(message: str) -> None:
    asking = asking_sentences(message)
    assert asking == message or all(part in message for part in asking.split(" ") if part)
    if count_in_story(message):
        assert not re.search(r"\b\d+\b", asking)  # no number word or figure
