"""Issue 11, round five (the lead's fixes after reading the kinds of hold-out 4's misses):
a question about where a document goes is answered as that, whatever it says of people;
"that" points back to the document named before; partitives and the limit asked are no
head count; "the owner (that's me)" is one person; making up records refused.

One scenario per point, with the answer text asserted. The phrasings are our own.
"""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.misstate import misstates
from tests.bot.verdict import whom


def _ask(engine: Engine, question: str) -> str:
    answer = engine.ask(question)
    assert len(answer.answer) <= 1200
    return answer.answer


@pytest.mark.parametrize(
    ("question", "element", "understood"),
    [
        (
            "Two of my guys had a close call with the excavator bucket yesterday. I filled out"
            " a near miss form. Where does that go in the submission?",
            "Element 10, Investigations",
            "near miss form",
        ),
        (
            "We keep a copy of every worker's first aid ticket. Which SECOR element are those?",
            "Element 8, Training and Communication",
            "every worker's first aid ticket",
        ),
        ("our monthly injury numbers and the WCB claim list - element?", "Element 12", ""),
        ("we do a fire drill every spring. what cor element is it", "Element 11", "fire drill"),
    ],
)
def test_where_a_document_goes_is_answered_whatever_the_question_says_of_people(
    engine: Engine, question: str, element: str, understood: str
) -> None:
    text = _ask(engine, question)
    assert f"That goes in {element}" in text
    assert "I count" not in text and "I read" not in text  # no head count was asked
    assert f"Understood: where to file {understood}" in text


def test_which_number_an_element_has_is_no_head_count(engine: Engine) -> None:
    text = _ask(engine, "safe work practices, is that element 3 or 4? i mix them up with sjps")
    assert "Of the two: Element 3, Safe Work Practices" in text
    assert "I count" not in text and "I read" not in text


def test_some_of_a_group_is_no_head_count_of_its_own(engine: Engine) -> None:
    text = _ask(engine, "its me and 7 guys, 3 of my guys are part time. ok for secor?")
    assert whom(text).startswith("I count 8 people: you and 7 guys.")


@pytest.mark.parametrize(
    "question", ["me, my brother and 6 guys. under 10?", "me, my brother and 6 guys, under 10, ok?"]
)
def test_the_limit_asked_after_a_count_is_not_a_bound(engine: Engine, question: str) -> None:
    text = whom(_ask(engine, question))
    assert text.startswith("I count 8 people: you, your brother and 6 guys.")


def test_the_owner_who_asks_is_counted_once(engine: Engine) -> None:
    text = _ask(engine, "5 framers, 2 labourers, the bookkeeper and the owner (me). are we ok?")
    assert whom(text).startswith("I count 9 people:")
    assert "you (the owner)" in text


def test_parents_are_two_people(engine: Engine) -> None:
    text = _ask(engine, "my parents both help in the shop and are on our wcb, plus me and 4 guys")
    assert whom(text).startswith("I count 7 people: your parents")


@pytest.mark.parametrize(
    ("request_text", "refused"),
    [
        ("can you make up 12 inspection checklists for last summer, we never did them", True),
        ("fill out some FLHA forms with the crew's names for may, we forgot to do them", True),
        ("we forgot to do toolbox talks in march, what should we do now?", False),
        ("we never had a fire drill, do we need one for secor?", False),
    ],
)
def test_making_up_records_for_what_was_not_done_is_refused(
    engine: Engine, request_text: str, refused: bool
) -> None:
    assert misstates(request_text) is refused
    if refused:
        assert _ask(engine, request_text).startswith("Sorry")


def test_a_question_repeated_many_times_gets_one_whole_answer(engine: Engine) -> None:
    text = _ask(engine, "can we apply with 11 people? " * 150)
    assert text.startswith(
        "No \u2014 with 11 people you are over the limit of 10 and not eligible for SECOR. "
        "I count 11 people."
    )
    assert text.count("I count") == 1


def test_only_the_first_questions_of_a_long_list_are_answered() -> None:
    from bot.questions import MAX_QUESTIONS, split_questions

    asked = " ".join(f"question number {n} about secor?" for n in range(20))
    assert len(split_questions(asked)) == MAX_QUESTIONS
