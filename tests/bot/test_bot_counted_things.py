"""Issue 11, round 7b: numbers that name a day or count things are not a head count
(bot.counted_things), so the question is answered for what it asks. Phrasings are ours."""

from __future__ import annotations

import pytest

from bot.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "what happens if our esc maintenance audit gets in after jan 15",
        "it's january 20 and our esc audit isn't in yet",
        "is december 31 the last day for the esc maintenance audit?",
        "we had a couple of corrective actions from last year's report, do they go in?",
        "I have 2 questions about the evaluation tool",
        "How many elements does SECOR have? I thought it was 10",
        "how many folders do I need, is it 13?",
    ],
)
def test_days_and_things_are_not_people(engine: Engine, question: str) -> None:
    assert engine.nlp(question)._.headcount is None, question


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("headcount this year by month: jan 5, feb 8, march 11. can we apply", 11),
        ("We sat at 10 all year but had 11 for one week in August. does that matter?", 11),
        ("we're 7 guys, 2 trucks", 7),
        ("me and 3 guys, we had 12 in july", 13),
    ],
)
def test_people_are_still_counted(engine: Engine, question: str, total: int) -> None:
    count = engine.nlp(question)._.headcount
    assert count is not None and count.total == total, question


def test_a_premise_about_the_elements_is_answered_with_13(engine: Engine) -> None:
    text = engine.ask("How many elements does SECOR have? I thought it was 10").answer
    assert "13" in text and "limit of 10" not in text, text


def test_an_esc_audit_after_january_15_is_not_valid(engine: Engine) -> None:
    answer = engine.ask("what happens if our esc maintenance audit gets in after jan 15")
    assert "January 15" in answer.answer and "invalid" in answer.answer, answer.answer
    assert "new certification audit" in answer.answer
    assert "15 people" not in answer.answer
