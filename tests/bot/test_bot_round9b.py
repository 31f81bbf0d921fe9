"""Issue 11, round 9b: a claim about someone's hours told to ACSA that the writer's own words
contradict is refused (bot.misstate.claims_contrary_hours); Energy Safety Canada's facts
name the certified external auditor, the next available refresher, September 30; a question
about how ESC's certificate arrives is about what happens after the audit (bot.esc_asked).

The phrasings are ours; none is a benchmark question.
"""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.misstate import misstates
from bot.parts import read_parts
from bot.questions import split_questions, with_context


@pytest.mark.parametrize(
    "request_text",
    [
        "my daughter just works saturdays, is it ok to put her down as full-time on the form",
        "he works full time, can i tell acsa he is part time so he doesnt need the course",
        "our helper only comes in a few days a month. could I say he's full time for secor?",
        "my cousin only works summers but can we tell them she's a full-timer",
    ],
)
def test_a_claim_on_hours_against_the_writers_own_words_is_refused(request_text: str) -> None:
    assert misstates(request_text), request_text


@pytest.mark.parametrize(
    "question",
    [
        "can I tell ACSA my nephew is part-time?",
        "my son only works weekends, do I tell ACSA he's part-time?",
        "she's full time, can we say she's full-time on the form?",
        "do part-time workers need the same courses as full time ones?",
    ],
)
def test_an_honest_question_on_hours_is_not_refused(question: str) -> None:
    assert not misstates(question), question


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        (
            "energy safety canada: we passed 10 people in our certification year, now what?",
            "external auditor",
        ),
        (
            "our esc refresher class was cancelled, the audit is due soon, what now",
            "next available",
        ),
        ("energy safety canada maintenance due date, our anniversary is in july", "September 30"),
        ("once esc approves our certification audit, do they send us the certificate?", "directly"),
        ("can we courier our binder to energy safety canada", "binder"),
    ],
)
def test_esc_answers_name_what_was_asked(engine: Engine, question: str, wanted: str) -> None:
    answer = engine.ask(question)
    assert wanted in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("do we really need the RSTS or could we only take the secor course", "course_choice"),
        ("is first aid mandatory or can we just do phsm and csts", "course_choice"),
        ("can my foreman take phsm instead of the csts", "course_choice"),
        ("which electrical safety training do electricians need for secor", "industry_course"),
        ("what pipeline safety course counts", "industry_course"),
        ("our records are all on paper in a filing cabinet, what now", "paper"),
        ("my forms are paper and handwritten, can I send them", "paper"),
        ("everything is still paper, nothing on the computer", "paper"),
    ],
)
def test_parts_read_from_the_question(engine: Engine, question: str, part: str) -> None:
    assert part in read_parts(engine.nlp(question)).tags, question


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("do we really need the RSTS or could we only take the secor course", "Standard First Aid"),
        ("which electrical safety training do electricians need for secor", "ESTS"),
        ("our forms are all handwritten in a filing cabinet, how do we send them", "scanned"),
        ("first aid course name & what email do we send the evaluation to", "cor@youracsa.ca"),
    ],
)
def test_course_and_paper_answers(engine: Engine, question: str, wanted: str) -> None:
    answer = engine.ask(question)
    assert wanted in answer.answer, answer.answer


def test_a_plus_sign_before_a_question_word_joins_two_questions() -> None:
    parts = split_questions("secor course price + how long is the certificate good for")
    assert parts == ["secor course price", "how long is the certificate good for"]


@pytest.mark.parametrize(
    ("previous", "question", "wanted"),
    [
        ("which element for first aid kits", "which one for toolbox talks", "which element for"),
        ("what course do supervisors take", "and what one for first aid", "what course for"),
    ],
)
def test_which_one_takes_the_thing_the_question_before_asked_about(
    previous: str, question: str, wanted: str
) -> None:
    assert wanted in with_context(previous, question)


def test_a_second_which_one_gets_its_own_element(engine: Engine) -> None:
    answer = engine.ask("which element do fire drills go in and which one for PPE inspections")
    assert "Element 11" in answer.answer and "Element 6" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "once the evaluation is done, who do we send it to?",
        "do I email the finished tool to someone in particular or to a general address",
        "what email address does the submission go to",
    ],
)
def test_whom_to_send_to_gets_the_address(engine: Engine, question: str) -> None:
    assert "send_to" in read_parts(engine.nlp(question)).tags, question
    assert "cor@youracsa.ca" in engine.ask(question).answer, question


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "do we need a wcb account? and if we don't have one yet how do we get it",
            ["do we need a wcb account?", "and if we don't have one yet how do we get it"],
        ),
        (
            "how do we send it in, and is there a size limit on the zip",
            ["how do we send it in", "is there a size limit on the zip"],
        ),
    ],
)
def test_a_condition_then_a_question_and_is_there_are_questions_of_their_own(
    message: str, parts: list[str]
) -> None:
    assert split_questions(message) == parts


def test_months_of_samples_in_a_maintenance_year_is_the_period_asked(engine: Engine) -> None:
    question = "for the maintenance year how many months of samples are needed"
    assert "records_period" in read_parts(engine.nlp(question)).tags
    answer = engine.ask(question).answer
    assert "12 months" in answer.split(".")[1], answer
    understood = answer.split(".")[0]
    assert understood.count("how many records to send") <= 1, understood
