"""Round 13, process answers composed from several facts (bot.process_compose).

Rules, each tested with paraphrases of other shapes than the benchmark's sentences:
1. A question that sets two sides side by side (SECOR / full COR, ACSA / Energy Safety
   Canada, certification year / maintenance year) gets the differences the pages state,
   both sides labelled, the rows its words ask about or the main ones.
2. A question asking for the process as a whole (from the start, or the years after
   certifying) gets the ordered steps, each with its key fact.
3. Someone who held a course the program needs leaves: what the pages say the course needs.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from bot.process_compose import compared_pair, process_data
from knowledge.facts import fact


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what sets a full COR apart from a SECOR?", [r"\b13\b", r"\b10\b"]),
        ("SECOR versus COR, which is smaller and how many elements each?",
         [r"10 or fewer", r"\b13 elements"]),
        ("is a regular cor any different from secor", [r"Management Commitment", r"PIR"]),
        ("Could you compare ESC's SECOR with ACSA's for me? We do both oil and construction.",
         [r"Safety Program Development", r"three months", r"full year"]),
        ("ACSA vs Energy Safety Canada: how far back must our records go before we apply?",
         [r"ACSA: at least three months",
          r"Energy Safety Canada: a health and safety system in place for a full year"]),
        ("maintenance year vs certification year - what do we actually send in each?",
         [r"Certification year:", r"Maintenance year:", r"polic"]),
        ("how is a maintenance submission different from the first certification submission",
         [r"previous 12 months", r"three months"]),
    ],
)  # fmt: skip
def test_a_comparison_labels_both_sides(engine: Engine, question: str, expected: list[str]) -> None:
    answer = engine.ask(question)
    assert answer.topic.startswith("compare_"), answer.answer
    for pattern in expected:
        assert re.search(pattern, answer.answer), (pattern, answer.answer)
    assert answer.sources and len(answer.answer) <= 1200


def test_one_side_of_a_pair_is_answered_alone(engine: Engine) -> None:
    answer = engine.ask("how many elements in a standard COR?")
    assert "Full COR: 10 elements, the first Management Commitment" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "toolbox talk sheets go where in secor? in COR they were in a different element",
        "Is Energy Safety Canada's 36 day online window the same at ACSA?",
        "where do i send the secor? back when we did cor we mailed a binder. same thing?",
        "ESC secor: what score do we need in a maintenance year vs the certification year",
    ],
)
def test_other_questions_naming_two_sides_are_not_compared(engine: Engine, question: str) -> None:
    assert not engine.ask(question).topic.startswith("compare_")


@pytest.mark.parametrize(
    "question",
    [
        "I'm brand new to this, where should we begin with secor?",
        "walk me through the whole process please",
        "how do we even get started with this secor thing",
        "my boss wants SECOR, can you lay out the steps for me",
        "what are we getting into with secor, beginning to end",
    ],
)
def test_the_process_from_the_start_is_given_in_order(engine: Engine, question: str) -> None:
    text = engine.ask(question).answer
    assert "1) Have an active Alberta WCB account." in text, text
    assert text.index("WCB") < text.index("ACSA member") < text.index("Standard First Aid")
    assert "three months" in text and "cor@youracsa.ca" in text and len(text) <= 1200


@pytest.mark.parametrize(
    "question",
    [
        "once we get certified, what happens then?",
        "when the 3 years are up what do we do",
        "what's a maintenance year anyway",
        "my partner figures we're done for three years after we pass, right?",
        "after we're certified do we just sit on it till it expires",
    ],
)
def test_the_years_after_certifying_are_given_in_order(engine: Engine, question: str) -> None:
    text = engine.ask(question).answer
    assert "Years 2 and 3 are maintenance years" in text, text
    assert "PIR refunds" in text and "recertify" in text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("our only first aider retired last month, audit coming up", "Standard First Aid"),
        ("the lady with our standard first aid ticket quit, what now", "Standard First Aid"),
        ("the guy who had our CSTS left the company, do we need someone else?", "CSTS"),
        ("our PHSM holder just resigned, what now?", "PHSM"),
        ("Heads up: the one employee with SFA is leaving next week. What does that mean for us?",
         "Standard First Aid"),
    ],
)  # fmt: skip
def test_a_course_holder_leaving_gets_what_the_course_needs(
    engine: Engine, question: str, expected: str
) -> None:
    text = engine.ask(question).answer
    assert expected in text and "full-time" in text, text
    assert "ACSA's pages do not say" in text and "current at the time of the evaluation" in text


def test_the_esc_exemption_is_said_as_the_procedure_words_it(engine: Engine) -> None:
    text = engine.ask(
        "she already holds current ESC auditor credentials, must she do Safety Program Development?"
    ).answer
    assert "exempt" in text


def test_every_number_the_table_says_is_in_its_facts() -> None:
    data = process_data()
    lines: list[tuple[str, tuple[str, ...]]] = []
    for pair in data.pairs:
        for row in pair.rows:
            lines += [(row.a, row.a_facts), (row.b, row.b_facts), (row.same, row.same_facts)]
    for overview in data.overviews:
        lines += [(step.text, step.facts) for step in overview.steps]
    for text, ids in lines:
        said = " ".join(fact(i).statement for i in ids)
        for number in re.findall(r"\d+", text):
            if number in ("2", "3"):  # "years 2 and 3" are the two years in between
                continue
            assert number in said, (number, text)


_SIDES = st.sampled_from(
    [("SECOR", "COR"), ("ACSA", "ESC"), ("certification year", "maintenance year")]
)
_SHAPES = st.sampled_from(["{a} vs {b}, what's the difference?", "how does {a} differ from {b}",
                           "compare {a} and {b} for me"])  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(_SIDES, _SHAPES, st.booleans())
def test_a_comparison_is_found_whichever_side_comes_first(
    sides: tuple[str, str], shape: str, swap: bool
) -> None:
    a, b = reversed(sides) if swap else sides
    assert compared_pair(shape.format(a=a, b=b)) is not None
