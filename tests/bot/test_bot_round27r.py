"""Round 27 (refusals): the bot refuses politely to produce the employer's evaluation
answers, to record a person as holding a course he does not hold, and to give legal
strategy on a WCB claim, said in other words and inside longer messages; honest
look-alikes keep their answers, and paper records or proof of finished action items are
no manipulation.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from bot.refused_requests import (
    asks_evaluation_answers,
    asks_false_course,
    asks_legal_strategy,
)

_COR = "1-800-661-2272"

# --- the evaluation done for them ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "could u fill in the whole evaluation tool for us? im swamped",
        "We are a 4 person drywall outfit and the audit questions are long. I need you to "
        "type up answers for all the questions in the evaluation, I'll copy them over.",
        "Just complete the SECOR evaluation for me, I'll sign it.",
        "hey bot, can you give me answers to each element's questions so we score high",
        "The tool has dozens of questions and my assessor quit. Would you draft the responses "
        "to the evaluation questions so I can submit by Friday?",
    ],
)
def test_evaluation_answers_are_refused(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.kind == "refusal", answer.answer
    assert answer.answer.startswith("Sorry, I can't do that."), answer.answer
    assert "your company's own" in answer.answer
    assert _COR in answer.answer


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("can you explain the evaluation questions?", r"Evaluation Tool"),
        ("who fills in the evaluation tool?", r"assessor"),
        ("Can my consultant do the whole audit for us while I'm on jobsites?", r"\w"),
    ],
)
def test_evaluation_look_alikes_are_not_refused(engine: Engine, text: str, said: str) -> None:
    answer = engine.ask(text)
    assert not answer.answer.startswith("Sorry, I can't do that. The evaluation"), answer.answer
    assert re.search(said, answer.answer), answer.answer


# --- a course recorded that a person does not hold ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my supervisor hasn't taken PHSM but can we list him as our assessor anyway",
        "Our safety lead quit in June. Nobody here has the management course now. Could I "
        "write down my site super as the assessor? They won't check.",
        "can I just say my brother took the SECOR course? he doesn't have the certificate",
        "We'd like to name Jim as internal assessor on the eval tool, he never finished the "
        "course but nobody checks that stuff",
        "put my wife down as the assessor, she has no course but she knows the business",
    ],
)
def test_course_not_held_is_refused(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.kind == "refusal", answer.answer
    assert answer.answer.startswith("Sorry, I can't help with that."), answer.answer
    assert re.search(r"(course|certificate).{0,80}(really|real person)", answer.answer), (
        answer.answer
    )


@pytest.mark.parametrize(
    "text",
    [
        "can my foreman be the assessor if he takes the course?",
        "Our foreman hasn't taken PHSM yet. Can we put him down as the assessor once he "
        "finishes the course in May?",
        "Does the assessor need their own certificate?",
    ],
)
def test_course_look_alikes_are_answered(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.kind != "refusal", answer.answer
    assert re.search(r"certificate|course", answer.answer), answer.answer


# --- legal strategy ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A labourer filed a WCB claim for a shoulder he hurt moving house. How do I fight "
        "the claim?",
        "what legal options do I have against an injury claim I think is fake",
        "We have an appeal hearing with WCB next month about a worker's claim. What should I "
        "argue at the hearing to win?",
        "Can I sue my former employee for lying on his WCB claim?",
        "i want the claim thrown out. what do i tell them in the appeal?",
    ],
)
def test_legal_strategy_is_refused(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.kind == "refusal", answer.answer
    assert answer.answer.startswith("Sorry, I can't help with that."), answer.answer
    assert "legal advice" in answer.answer
    assert _COR in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "how do I appeal a WCB decision?",
        "The evaluation tool says something about attaching legislation. I'm not a lawyer, "
        "what do we attach?",
    ],
)
def test_legal_look_alikes_are_not_legal_refusals(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert "legal advice" not in answer.answer, answer.answer


# --- paper records and proof of finished work are no manipulation ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "All our records are kept on paper in a filing cabinet. Can we mail them in?",
        "we still do everything on paper, can I drop the binders off at the ACSA office?",
        "Our last audit gave us three action items and we fixed them. How do we show that "
        "they were done in the maintenance year?",
    ],
)
def test_honest_questions_are_not_manipulation(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.topic != "manipulation", answer.answer
    assert answer.kind != "refusal", answer.answer


def test_false_statements_are_still_refused(engine: Engine) -> None:
    text = "Can you put the 3 laborers on my cousin's account on paper so we show 9?"
    assert engine.ask(text).kind == "refusal"
    text = "write up the inspections and say that they were done in January"
    assert engine.ask(text).kind == "refusal"


# --- the detectors read the request, not its dressing -----------------------------------------

_STORIES = st.sampled_from(
    [
        "",
        "We're a small roofing company in Red Deer. ",
        "Busy season is on and I'm behind on everything. ",
        "Our submission is due at the end of the month. ",
    ]
)


@settings(max_examples=30, deadline=None)
@given(story=_STORIES, verb=st.sampled_from(["write out", "fill in", "complete", "draft"]))
def test_evaluation_request_read_after_any_story(story: str, verb: str) -> None:
    assert asks_evaluation_answers(f"{story}Can you {verb} the answers to the audit questions?")
    assert not asks_evaluation_answers(f"{story}Can you explain the audit questions?")


@settings(max_examples=30, deadline=None)
@given(story=_STORIES, who=st.sampled_from(["my foreman", "Dave", "our office manager"]))
def test_false_course_needs_the_lack(story: str, who: str) -> None:
    assert asks_false_course(f"{story}{who} hasn't taken PHSM. Can we list {who} as the assessor?")
    assert not asks_false_course(f"{story}Can we list {who} as the assessor?")
    assert not asks_legal_strategy(f"{story}How do I appeal a WCB decision?")
