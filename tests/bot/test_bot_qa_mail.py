"""What the email QA pass found the bot saying, answered as the pages allow."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.bot.verdict import whom


@pytest.mark.parametrize(
    "text",
    [
        "does my wife who does the books part time count toward the 10 employees?",
        "is the limit 10 employees or 10 workers?",
        "does the 10-person max include me?",
    ],
)
def test_the_limit_named_is_no_count_of_people(engine: Engine, text: str) -> None:
    """'I count 11 people: 10 employees and your wife' for a question that gave no count."""
    answer = engine.ask(text).answer
    assert "I count" not in answer and "over the limit of 10" not in answer


def test_the_limit_beside_a_real_count_leaves_the_count(engine: Engine) -> None:
    answer = engine.ask("we're under the 10 employee max, me and 4 guys").answer
    assert whom(answer).startswith("I count 5 people: you and 4 guys.")


def test_a_second_question_does_not_inherit_the_people_of_the_first(engine: Engine) -> None:
    """'also how do i send the files' was answered 'I count 1 person: you'."""
    answer = engine.ask("Can I apply with me, my wife and 8 guys? also how do i send the files")
    assert "I count 10 people" in answer.answer
    assert "I count 1 person" not in answer.answer
    assert "download link" in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "I lost your email, can you resend what is missing for SECOR-2026-000006?",
        "i deleted your reply by accident, what was missing again?",
    ],
)
def test_a_question_about_one_submission_goes_to_the_cor_department(
    engine: Engine, text: str
) -> None:
    """A forged 'resend what is missing' got a maintenance-year fact as if it answered."""
    answer = engine.ask(text)
    assert answer.sources == ()
    assert "can't see submissions" in answer.answer and "1-800-661-2272" in answer.answer


def test_hiding_workers_from_the_head_count_is_refused(engine: Engine) -> None:
    """The chat QA: 'how do I hide 3 workers from the head count so we qualify?' got a verdict."""
    answer = engine.ask("how do I hide 3 workers from the head count so we qualify?")
    assert "I count" not in answer.answer and answer.topic != "eligibility"


def test_the_person_who_did_the_audit_is_no_head_count(engine: Engine) -> None:
    """'the person who did our SECOR audit left' was read as 'I count 1 person'."""
    text = "the person who did our SECOR audit left the company, how long to replace them?"
    assert "I count" not in engine.ask(text).answer
    assert whom(engine.ask("me, my wife and the guy who does our books").answer).startswith(
        "I count 3 people"
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("and volunteers?", "volunteers count toward the 10"),
        ("and temps?", "temporary and seasonal staff count toward the 10"),
        ("what about my wife", "family members count toward the 10"),
    ],
)
def test_a_kind_of_person_asked_in_a_word_or_two_is_whether_they_count(
    engine: Engine, text: str, said: str
) -> None:
    """The chat QA: 'and volunteers?' got 'ACSA's pages do not say (nothing on )'."""
    answer = engine.ask(text).answer
    assert said in answer and "do not say" not in answer


@pytest.mark.parametrize(
    ("text", "total"),
    [("we have 10 employees plus me, the owner", 11), ("me, the owner, and 9 guys", 10)],
)
def test_me_the_owner_after_a_comma_is_one_person(engine: Engine, text: str, total: int) -> None:
    """The chat QA: '10 employees plus me, the owner' was 12 ('you and the owner')."""
    assert engine.read_headcount(text) == total


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("we were 12 last year in june but now we're 7", [7]),  # June 2025: 18 months ago
        ("we had 12 in june 2025, now 7", [7]),
        ("we were 12 last year in december but now we're 7", [12, 7]),  # 12 months ago
        ("we had 12 in 2024 but only 6 since then", [6]),
    ],
)
def test_a_past_peak_is_placed_in_time(engine: Engine, text: str, counted: list[int]) -> None:
    """The chat QA: 'we were 12 last year in june' counted a peak 18 months old (today here
    is 6 December 2026: the rule looks at the past 12 months)."""
    from datetime import date

    from bot.groups import read_groups
    from bot.lexicon import lexicon

    reading = read_groups(engine.nlp(text), lexicon(), date(2026, 12, 6))
    assert reading is not None
    assert [m.count for m in reading.counted] == counted


def test_a_plan_to_grow_past_10_is_within_today_and_over_from_then_on(engine: Engine) -> None:
    """The chat QA: 'we're 7 now but we'll hire 5 next spring' was told 'not eligible'."""
    answer = engine.ask("we're 7 now but we'll hire 5 next spring").answer
    assert "Today, with 7, you are within the limit of 10 for SECOR." in answer
    assert "you would be 12: over the limit from then on" in answer
