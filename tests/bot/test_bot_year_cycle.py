"""Issue 11, round 8a: a year of the SECOR cycle named by its place, by the calendar, or by
comparing the certification year with a maintenance year (bot.year_cycle).

The phrasings are ours.
"""

from __future__ import annotations

import pytest

from bot.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "do we have to do anything in year 2 and 3 or just wait for the recert?",
        "what do we do in the second and third year, is there anything to send before recert?",
        "is there anything required in the in between years or do we just wait for the "
        "recertification",
        "between certifications do we need to do anything for secor?",
    ],
)
def test_the_years_between_certifications_are_maintenance_years(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert "Yes \u2014 the two years between certifications are " in answer.answer, answer.answer
    assert "evaluation tool" in answer.answer and answer.sources


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Our client got their SECOR in 2024. As I understand it they do maintenance in 2025 "
            "and 2026 and then recertify in 2027. Is that how it works?",
            "Yes \u2014 that's how it works",
        ),
        (
            "we were certified in 2023 so maintenance in 2024 and 2025, recert in 2026, right?",
            "Yes \u2014 that's how it works",
        ),
        (
            "certified in 2024, so maintenance in 2025 and recert in 2026, right?",
            "Not quite: a SECOR is usually good for three years, so certified in 2024, "
            "maintenance in 2025 and 2026, and recertification in 2027.",
        ),
        (
            "got our secor in 2022, did maintenance in 2023. what is 2024 for us?",
            "2024 is your second maintenance year",
        ),
        (
            "we achieved SECOR in 2025. what's 2028 for us?",
            "2028 is your recertification year",
        ),
    ],
)
def test_a_plan_by_calendar_years_is_confirmed_or_corrected(
    engine: Engine, question: str, lead: str
) -> None:
    answer = engine.ask(question)
    assert answer.answer.startswith(lead), answer.answer
    assert answer.sources


@pytest.mark.parametrize(
    "question",
    [
        "for the first certification do i need full 12 month of records like the "
        "maintenance, or less is ok",
        "how many months of records do we need for our initial certification?",
        "do we need a whole year of records to get certified or is less fine?",
    ],
)
def test_the_certification_year_needs_three_months_of_records(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert answer.answer.startswith("For the certification, at least three months of records"), (
        answer.answer
    )


@pytest.mark.parametrize(
    "question",
    [
        "I rewrote our health and safety policy this year and it's a maintenance year. Do I "
        "send the new policy in?",
        "we updated our safe work practices, its our maintenance year, do we submit them?",
        "maintenance year for us, but our procedures changed a lot. should I include them?",
    ],
)
def test_a_changed_document_is_sent_in_a_maintenance_year(engine: Engine, question: str) -> None:
    answer = engine.ask(question).answer
    assert "Yes \u2014 send the new version with your maintenance submission" in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "maintenance year: do I resend the safety policy if nothing changed?",
        "our policy hasn't changed since certification, do we send it again for maintenance?",
    ],
)
def test_an_unchanged_document_is_not_said_to_be_sent(engine: Engine, question: str) -> None:
    answer = engine.ask(question).answer
    assert "Yes \u2014 send the new version" not in answer, answer
    assert "changed" in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "we have 2 or 3 guys in year 2, secor?",
        "how do maintenance years work",
        "we were 12 in 2024 but 6 now, is that ok?",
    ],
)
def test_other_questions_are_not_read_as_a_year_of_the_cycle(engine: Engine, question: str) -> None:
    from bot.year_cycle import year_cycle_answer

    assert year_cycle_answer(question, 0.6) is None, question


@pytest.mark.parametrize(
    "question",
    [
        "what happens if we just dont bother with the maintenance this year?",
        "can we skip the maintenance this year? busy season",
        "we missed our maintenance last year, what now?",
    ],
)
def test_a_skipped_maintenance_is_told_it_is_required(engine: Engine, question: str) -> None:
    answer = engine.ask(question).answer
    assert answer.startswith("The yearly maintenance is required, not optional"), answer
    assert "1-800-661-2272" in answer


def test_a_skipped_maintenance_beside_the_refund_keeps_the_refund_figure(engine: Engine) -> None:
    answer = engine.ask("how big is the pir refund and does skipping a maintenance year hurt it")
    assert "20%" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "what does doing the maintenance actually keep us eligible for",
        "whats the point of the maintenance",
        "why do we even bother with the maintenance?",
    ],
)
def test_what_the_maintenance_is_for(engine: Engine, question: str) -> None:
    answer = engine.ask(question).answer
    assert answer.startswith("The yearly maintenance keeps two things"), answer
    assert "PIR" in answer


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "we got certified last year, so this is our first maintenance year right?",
            "Yes \u2014 certified last year, this year is your first maintenance year.",
        ),
        (
            "got our secor 2 years ago, is this our second maintenance year?",
            "Yes \u2014 certified 2 years ago, this year is your second maintenance year.",
        ),
        (
            "we got certified last year, is this our second maintenance year?",
            "Not quite: certified last year, this year is your first maintenance year.",
        ),
        (
            "we're in year 3 of our secor, what's next year?",
            "Year 3 of the cycle is your second maintenance year; next year is your "
            "recertification year",
        ),
        (
            "our secor expires next year, do we have to recertify from scratch?",
            "A SECOR is usually good for three years, with a maintenance in each of the two "
            "years between; when the three years are up you certify again.",
        ),
    ],
)
def test_the_cycle_named_by_relative_years(engine: Engine, question: str, lead: str) -> None:
    answer = engine.ask(question)
    assert answer.answer.startswith(lead), answer.answer
    assert answer.sources


def test_a_year_of_the_cycle_beside_a_document_question_is_left_to_it(engine: Engine) -> None:
    from bot.year_cycle import year_cycle_answer

    question = "2nd year of our SECOR - do I include the first aid records?"
    assert year_cycle_answer(question, 0.6) is None


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "Our SECOR was issued in March 2024. When is our first maintenance due, and when do "
            "we recertify?",
            "certified in 2024, maintenance in 2025 and 2026, and recertification in 2027",
        ),
        ("we certified in 2025. is 2026 a maintenance year?", "Yes \u2014 2026 is your first"),
        ("we certified in 2025. is 2028 a maintenance year?", "No \u2014 2028 is your recert"),
        (
            "do maintenance years need the full 12 months of records or is 3 months enough like "
            "the certification?",
            "For a maintenance year, the samples come from the previous 12 months",
        ),
    ],
)
def test_one_calendar_year_and_the_comparison(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question).answer
    assert said in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "how many maintenance years in between certifications",
        "how many years of maintenance before we recertify?",
        "how many maintenance years does a secor have",
    ],
)
def test_how_many_maintenance_years_is_two(engine: Engine, question: str) -> None:
    answer = engine.ask(question).answer
    assert answer.startswith("Two."), answer
    assert "three years" in answer
