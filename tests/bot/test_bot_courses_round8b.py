"""Issue 11, round 8b: courses.

- "every how many years", "how often ... a course": the course taken every three years is a
  part of the question (bot.parts), and with the assessor named, both facts answer it;
- "does it have to be the same person doing them all", "could I take the first aid course
  instead": the courses may be shared out (bot.parts courses_shared);
- a question followed by a statement of context is answered alone when the whole message
  finds no answer (bot.questions.question_before_context, Engine.ask);
- "..., and also to know whether X" asks X as a question of its own (bot.questions).

The phrasings are ours; none is a benchmark question.
"""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.parts import read_parts
from bot.questions import question_before_context, split_questions


@pytest.mark.parametrize(
    "question",
    [
        "who is allowed to be our assessor and every how many years do we redo a course",
        "who can do the evaluation as assessor, and how many years between acsa courses",
        "can my office manager be the assessor? and the acsa course is every few years, right",
    ],
)
def test_assessor_and_the_three_yearly_course_are_both_answered(
    engine: Engine, question: str
) -> None:
    text = engine.ask(question).answer
    assert "Small Employer Health and Safety Management course or from PHSM" in text, text
    assert "every three years" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "does one person have to do all three courses?",
        "is it the same guy who takes each course",
        "could my foreman take the first aid course instead",
        "can I do the CSTS course instead, the owner has the rest",
    ],
)
def test_courses_shared_out_is_read(engine: Engine, question: str) -> None:
    assert "courses_shared" in read_parts(engine.nlp(question)).tags
    assert "shared out among several" in engine.ask(question).answer


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "which courses do we need? we ran a big COR at my last job years ago",
            "which courses do we need?",
        ),
        ("how do we submit? my old boss always did it on paper back then", "how do we submit?"),
        ("how long is it good for? ok", None),  # too little context to set aside
        ("how long is it good for", None),
    ],
)
def test_a_question_before_context_is_found(message: str, question: str | None) -> None:
    assert question_before_context(message) == question


def test_context_that_drowns_a_question_is_set_aside(engine: Engine) -> None:
    answer = engine.ask(
        "which courses do we need for secor? i did a bunch of cor training way back with a "
        "different outfit and forget it all"
    )
    assert answer.sources and "Standard First Aid" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "I'd like your email address, and also to know whether paper binders are still ok",
            ["I'd like your email address", "whether paper binders are still ok"],
        ),
        (
            "please send me the element list, and also whether the evaluation tool is separate",
            ["please send me the element list", "whether the evaluation tool is separate"],
        ),
        ("what is the email and also if we can send a link", None),  # "if": not split
    ],
)
def test_and_also_whether_asks_a_question_of_its_own(message: str, parts: list[str] | None) -> None:
    assert split_questions(message) == (parts or [message])


@pytest.mark.parametrize(
    "question",
    [
        "is secor a self assessment or does acsa audit us?",
        "who does the audit for our secor",
        "will someone from acsa come out to audit us, or do we do the evaluation in-house",
    ],
)
def test_who_carries_out_the_evaluation(engine: Engine, question: str) -> None:
    text = engine.ask(question).answer
    assert "internal or an external assessor" in text and "Quality Assurance" in text, text
    assert "do not say whether anyone from ACSA visits" in text
