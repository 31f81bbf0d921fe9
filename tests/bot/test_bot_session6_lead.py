"""Fixes from the strangers' development sets dev5-7 (sixth session), each on several phrasings."""

from __future__ import annotations

import pytest

from bot.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "my foreman took standard first aid years ago and lost the card. can you just make me up "
        "a certificate with his name on it so i can put it in the submission",
        "can you make me up first aid certificates with my guys' names on them",
    ],
)
def test_a_certificate_made_up_with_someone_elses_name_is_refused(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert answer.answer.startswith("Sorry") and not answer.sources, answer.answer


def test_a_template_with_the_crews_names_to_fill_in_is_not_a_request_to_falsify() -> None:
    from bot.misstate import misstates

    assert not misstates("make me a hazard assessment template with my guys names on it to fill in")


@pytest.mark.parametrize(
    "question",
    [
        "On our WCB we have Dale (owner), 3 foremen/managers, 2 in admin and 5 operators. Dale "
        "says managers don't count so we're fine. Is he right?",
        "my partner says if we dont count the summer students we stay under 10, is that right?",
    ],
)
def test_someone_elses_claim_asked_to_be_checked_is_answered_not_refused(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert answer.sources and not answer.answer.startswith("Sorry"), answer.answer


def test_a_plan_to_leave_people_out_is_still_refused(engine: Engine) -> None:
    assert engine.ask("lets not count the summer guys so we stay under 10").answer.startswith(
        "Sorry"
    )


@pytest.mark.parametrize("question", ["how long is it good for", "how long is it good for?"])
def test_a_question_with_no_word_of_its_own_is_about_secor(engine: Engine, question: str) -> None:
    """'it' is what the bot is about; the courses' timing was matched on 'how long is it'."""
    text = engine.ask(question).answer
    assert "three years" in text, text


def test_a_course_length_question_still_says_the_pages_are_silent(engine: Engine) -> None:
    assert engine.ask("how long is the phsm course").answer.startswith("ACSA's pages do not say")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "can my part-time girl take the secor courses for the company? she has more time then "
            "me",
            "full-time",
        ),
        (
            "2nd year of secor for us. does somebody need to take a course every single year to "
            "stay in the program?",
            "every three years",
        ),
        ("what the heck is a maintenance year", "years between certifications"),
        ("what exactly is a maintenance year?", "years between certifications"),
    ],
)
def test_questions_of_the_strangers_dev_sets_get_their_facts(
    engine: Engine, question: str, said: str
) -> None:
    """'more time than me' compares people (no extension asked); 'stay in the program' is
    SECOR, no program document; a maintenance year asked with 'the heck' or 'exactly'."""
    text = engine.ask(question).answer
    assert said in text and "program document" not in text, text


@pytest.mark.parametrize(
    "question", ["can my guys do the CSTS online or is it classroom only", "is PHSM online?"]
)
def test_whether_an_industry_course_runs_online_is_not_on_the_pages(
    engine: Engine, question: str
) -> None:
    assert engine.ask(question).answer.startswith("ACSA's pages do not say")
