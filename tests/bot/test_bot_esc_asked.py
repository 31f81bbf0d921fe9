"""Issue 11, round 8b: a question that names Energy Safety Canada gets ESC's rule for what it
asks (bot.esc_asked), labelled as ESC's, then ACSA's side.

The phrasings are ours, several for each attribute (course, refresher, days, pass mark,
corrections, due date, consultant, fees, growth, review, records kept, assessor leaving);
none is a benchmark question.
"""

from __future__ import annotations

import re

import pytest

from bot.engine import Engine
from bot.esc_asked import asked_attributes, esc_asked_answer, names_esc

ESC_LABEL = "That is Energy Safety Canada's rule"


@pytest.mark.parametrize(
    ("question", "attributes"),
    [
        ("for ESC, what training does the assessor need", ["assessor course"]),
        ("enform secor - name of the course our assessor takes?", ["assessor course"]),
        ("how many days is the on site part of an esc binder audit", ["days to deliver"]),
        ("ESC: what percentage do we need to pass the maintenance", ["pass mark"]),
        ("esc found gaps in our audit, how long to get corrections back", ["corrections"]),
        ("when is our ESC maintenance audit due", ["due date"]),
        ("can a consultant write up the audit answers for an esc audit", ["consultant"]),
        ("who pays the fees for an ESC secor, us or our consultant", ["fees"]),
        ("our esc assessor quit, how long do we have to replace her", ["assessor leaving"]),
        ("how long does esc hang on to its QA reviews", ["records kept"]),
        ("my ESC assessor refresher course got cancelled, what now", ["cancelled course"]),
        ("what happens after we send our audit to ESC", ["review"]),
    ],
)
def test_what_a_question_about_esc_asks_is_read(question: str, attributes: list[str]) -> None:
    assert names_esc(question)
    assert [a.name for a in asked_attributes(question)] == attributes


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("energy safety canada, what is the assessor's course called", [r"Safety Program Dev"]),
        (
            "what training does an ESC SECOR assessor need before the audit goes in",
            [r"Safety Program Development"],
        ),
        (
            "it's been four years since our ESC assessor's course, what now",
            [r"Hazard Management", r"Oilfield Driver Awareness"],
        ),
        (
            "esc binder audit: days allowed on site, then days to get it to them?",
            [r"\b15 days on site\b", r"\b21 days\b"],
        ),
        ("for an esc maintenance audit what score passes", [r"\b60%"]),
        ("ESC certification audit pass mark?", [r"\b80%", r"\b50%"]),
        ("esc sent back deficiencies, how many days to fix them", [r"15 days from its feedback"]),
        (
            "can our consultant complete the questions on an ESC binder audit",
            [r"consultant", r"assessor reviews and signs off"],
        ),
        ("ESC audit sent in on jan 22, is that a problem", [r"invalid", r"January 15"]),
        ("how long does energy safety canada retain the action plan", [r"at least a year"]),
    ],
)
def test_esc_rule_for_what_is_asked_comes_first_labelled(
    engine: Engine, question: str, expected: list[str]
) -> None:
    answer = engine.ask(question)
    assert answer.answer.startswith(ESC_LABEL), answer.answer
    for pattern in expected:
        assert re.search(pattern, answer.answer), (pattern, answer.answer)
    assert any(s.authority == "Energy Safety Canada" for s in answer.sources)


@pytest.mark.parametrize(
    "message",
    [
        "With ESC what is the minimum score for maintenance, and how long do we get to send "
        "corrections?",
        "esc question: pass mark for a maintenance audit? and days to correct after feedback?",
    ],
)
def test_every_esc_attribute_of_a_message_is_answered(engine: Engine, message: str) -> None:
    text = engine.ask(message).answer
    assert "60%" in text and "15 days from its feedback" in text, text


def test_acsa_side_follows_and_says_where_acsa_is_silent(engine: Engine) -> None:
    text = engine.ask("ESC binder audit, how many days do we get on site?").answer
    assert text.index("15 days on site") < text.index("ACSA's pages do not say")
    assert "1-800-661-2272" in text


@pytest.mark.parametrize(
    "question",
    [
        "we're ACSA members, does the Safety Program Development course count for our assessor",
        "does acsa use the same assessor course as ESC?",
    ],
)
def test_asked_about_acsa_gets_acsa_first_and_esc_as_an_aside(
    engine: Engine, question: str
) -> None:
    text = engine.ask(question).answer
    assert text.startswith("For ACSA's SECOR"), text
    assert "PHSM" in text
    assert "Aside, for Energy Safety Canada's own SECOR program" in text


@pytest.mark.parametrize(
    "question",
    [
        "with ESC we've gone up to 13 staff during our maintenance year, will they still take "
        "the audit",
        "ESC secor, we grew to 11 people in a maintenance year, what happens",
    ],
)
def test_growing_past_ten_with_esc_is_esc_growth_rule_with_the_count(
    engine: Engine, question: str
) -> None:
    """Over 10 in a maintenance year: ESC's "yes" to the audit, with the count, labelled."""
    text = engine.ask(question).answer
    assert "Yes, by Energy Safety Canada's procedure — with 1" in text, text
    assert "still accepts your maintenance audit" in text and "MECOR" in text


def test_a_count_beside_another_esc_attribute_is_left_to_the_verdict() -> None:
    assert esc_asked_answer("ESC secor, we're 9 people, what course for the assessor", 9) is None


@pytest.mark.parametrize(
    "question",
    [
        "my consultant says we need an esc course for the acsa secor",  # consultant only says
        "what elements does ESC use",
        "how do I email my acsa submission",  # no ESC named
    ],
)
def test_nothing_asked_of_esc_facts_is_left_to_the_engine(question: str) -> None:
    names = [a.name for a in asked_attributes(question)]
    assert "consultant" not in names
    if not names_esc(question) or not names:
        assert esc_asked_answer(question) is None


@pytest.mark.parametrize(
    ("question", "acsa", "esc"),
    [
        (
            "how many days are allowed for the on-site portion of the audit",
            "ACSA's pages do not say how many days",
            "15 days on site",
        ),
        (
            "once we're registered for the online submission, how long to finish it",
            "ACSA's pages do not say how many days",
            "36 days",
        ),
        (
            "how long is a QA review kept on file",
            "For ACSA's SECOR: At ACSA a Quality Assurance (QA) Analyst",
            "at least a year",
        ),
        (
            "our safety guy is a certified auditor, does he still need a course to be our assessor",
            "For ACSA's SECOR: The assessor",
            "certified external auditor",
        ),
    ],
)
def test_esc_only_words_without_esc_named_get_acsa_first_then_esc(
    engine: Engine, question: str, acsa: str, esc: str
) -> None:
    text = engine.ask(question).answer
    assert text.startswith(acsa), text
    assert text.index("Aside, for Energy Safety Canada's own SECOR program") < text.index(esc)


@pytest.mark.parametrize(
    "question",
    [
        "how long does the ACSA QA review take",  # ACSA's own review: no ESC rule asked
        "we're 6 people, how long is the on-site part",  # a count: the verdict's
    ],
)
def test_esc_only_words_about_acsa_or_with_a_count_are_left_to_the_engine(question: str) -> None:
    people = 6 if "6 people" in question else None
    assert esc_asked_answer(question, people) is None


@pytest.mark.parametrize(
    "question",
    [
        "what happens if we fail the QA review",
        "after the review who hands out the actual certificate",
    ],
)
def test_an_esc_fact_found_for_an_acsa_question_is_never_alone(
    engine: Engine, question: str
) -> None:
    text = engine.ask(question).answer
    assert not text.startswith(("Aside", "That is Energy Safety Canada")), text
    if "Energy Safety Canada" in text:  # after ACSA's side, labelled
        assert text.index("Aside, for Energy Safety Canada") > 0, text


@pytest.mark.parametrize(
    "question",
    [
        "with ESC who can be our secor assessor",
        "energy safety canada: can our office manager be the assessor?",
        "ESC secor, my wife does the books, can she be the assessor",
    ],
)
def test_who_may_be_the_esc_assessor(engine: Engine, question: str) -> None:
    text = engine.ask(question).answer
    assert text.startswith(f"{ESC_LABEL}, from its own SECOR procedure: Who is the assessor"), text
    assert "Safety Program Development" in text and "I count" not in text
