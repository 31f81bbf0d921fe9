"""Round 17: claims checked against the pages, and the figure or detail a part asks kept.

Rules (issue 11):
- a stated claim about a fact the pages give (validity, refund %, who sets the standard,
  ESC's assessor course, skipping maintenance, more paper) is answered by that fact, opened
  "No"/"Not quite" when it differs and "Yes" when it agrees (bot.claim_check);
- "X is element N" is checked against the element guide, and a list of elements asked of
  COR alone is COR's list (bot.element_premise);
- a part that asks the refund's size or the first submission's earliest time keeps that
  fact beside another question (bot.asked_amount);
- a process question asking where the tool is had, whether paper must be typed, what the
  legislation item wants, or how membership works outside construction gets that detail.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.claim_check import checked_claims
from bot.engine import Engine


@pytest.mark.parametrize(
    "text",
    [
        "my certificate is valid for 5 years isn't it",
        "Our safety guy told us a SECOR lasts for two years. He's wrong, isn't he?",
        "So once we pass, we're good for like 4 yrs and can forget about it?",
        "secor is good for ten years right",
        "We just got certified. Can I forget about it until it expires?",
    ],
)
def test_a_wrong_validity_is_corrected(engine: Engine, text: str) -> None:
    answer = engine.ask(text).answer
    assert answer.startswith("No"), answer
    assert re.search(r"three years", answer) and "maintenance" in answer, answer


@pytest.mark.parametrize(
    "text",
    ["secor is good for 3 years right?", "It's valid for three years, correct?"],
)
def test_a_right_validity_is_confirmed(engine: Engine, text: str) -> None:
    answer = engine.ask(text).answer
    assert answer.startswith("Yes"), answer
    assert "three years" in answer, answer


@pytest.mark.parametrize(
    "text",
    [
        "A guy at the supplier said we'd get 40 percent of our WCB premiums back. True?",
        "is the PIR refund 10%?",
        "heard secor = 30% rebate on wcb, so worth it",
        "Our accountant figures the refund is fifty percent of premiums once we're certified.",
        "We're told the premium discount is 25 % with a SECOR, that right?",
    ],
)
def test_a_wrong_refund_percent_is_corrected(engine: Engine, text: str) -> None:
    answer = engine.ask(text).answer
    assert answer.startswith("Not quite"), answer
    assert "up to 20%" in answer, answer


def test_the_right_refund_percent_is_confirmed(engine: Engine) -> None:
    answer = engine.ask("so the wcb refund is 20 percent, right?").answer
    assert answer.startswith("Yes"), answer
    assert "up to 20%" in answer, answer


@pytest.mark.parametrize(
    "text",
    [
        "Isn't it true that ACSA sets its own rules for SECOR?",
        "the standards are just whatever ACSA makes up, no?",
        "My partner thinks ACSA writes up their own standards for the audit. Right?",
    ],
)
def test_who_sets_the_standard_is_corrected(engine: Engine, text: str) -> None:
    answer = engine.ask(text).answer
    assert answer.startswith("No"), answer
    assert "provincial" in answer and "Partnerships in Injury Reduction" in answer, answer


@pytest.mark.parametrize(
    "text",
    [
        "Energy Safety Canada SECOR: the assessor just needs the PHSM course, yeah?",
        "we're going through ESC, so our auditor takes the small employer course like ACSA's?",
        "For enform secor, is PHSM what the assessor needs?",
    ],
)
def test_the_esc_assessor_course_is_corrected(engine: Engine, text: str) -> None:
    answer = engine.ask(text).answer
    assert answer.startswith("No"), answer
    assert "Safety Program Development" in answer, answer


@pytest.mark.parametrize(
    "text",
    [
        "If we miss the maintenance this year, do we still keep getting the refund?",
        "Cash is short. We'll skip our SECOR maintenance this round, the PIR money still comes, "
        "right?",
        "can we not do maintenance and still keep the cert valid",
    ],
)
def test_skipping_maintenance_keeps_nothing(engine: Engine, text: str) -> None:
    answer = engine.ask(text).answer
    assert answer.startswith("No. The yearly maintenance is required"), answer
    assert "PIR refunds" in answer, answer


@pytest.mark.parametrize(
    "text",
    [
        "does sending more documents get us a higher score?",
        "Is it better to give them extra paperwork so we look good?",
        "I'm going to send every file we have, more is better?",
    ],
)
def test_more_paper_scores_no_better(engine: Engine, text: str) -> None:
    answer = engine.ask(text).answer
    assert answer.startswith("No"), answer
    assert "returned" in answer and "element" in answer, answer


@pytest.mark.parametrize(
    "text",
    [
        "how long is secor valid for?",
        "what is the refund percentage",
        "3 years ago we peaked at 14, the last two years steady at 6. secor ok?",
        "we've been in business 5 years, can we do secor",
        "how many employees can we have, 10%?",
    ],
)
def test_a_plain_question_states_no_wrong_claim(text: str) -> None:
    assert all(opening.startswith("Yes") for _, opening in checked_claims(text)) or not (
        checked_claims(text)
    ), checked_claims(text)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=9), st.sampled_from(["good for", "valid for"]))
def test_validity_years_compare_with_three(years: int, verb: str) -> None:
    found = checked_claims(f"secor is {verb} {years} years right?")
    assert found and found[0][1] == ("Yes. " if years == 3 else "No. ")


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=99))
def test_refund_percent_compares_with_twenty(percent: int) -> None:
    found = checked_claims(f"the PIR refund is {percent}% of premiums?")
    assert found and found[0][1].startswith("Yes" if percent == 20 else "Not quite")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "My consultant insists Management Commitment is element 1 for SECOR. Correct?",
            "full COR",
        ),
        ("buddy says hazard assessment is element 5 for secor, yeah?", "Element 2"),
        ("Training is element 8 in secor, right?", "Yes"),
    ],
)
def test_an_element_named_first_is_checked(engine: Engine, text: str, said: str) -> None:
    answer = engine.ask(text).answer
    assert said in answer, answer


@pytest.mark.parametrize(
    "text",
    [
        "We'll likely be too big for SECOR soon. How many elements does a COR have, and what "
        "are they?",
        "growing past secor. what's on the COR element list?",
        "we might move up next year; what are COR's elements",
    ],
)
def test_the_cor_list_is_given_when_cor_is_asked(engine: Engine, text: str) -> None:
    answer = engine.ask(text).answer
    assert "1 Management Commitment" in answer, answer


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("how long does a secor last, and how big is the refund", "20%"),
        ("do I send the tool every year? also what's the most we can get back as a refund", "20%"),
        ("who can be our assessor, and how soon can we send the first submission?", "three months"),
        ("earliest we can submit for secor? and do subs count", "three months"),
    ],
)
def test_each_part_keeps_its_figure(engine: Engine, text: str, said: str) -> None:
    answer = engine.ask(text).answer
    assert said in answer, answer


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("where can we download the evaluation tool", "Downloads"),
        ("Courses are done. How do I get hold of the eval tool?", "Downloads"),
        ("our inspections are all handwritten in a notebook, do they need typing up?", "scanned"),
        ("Everything's on paper in binders. Does it have to be digital?", "scanned"),
        ("The tool has a question on legislation. What do they want us to include?", "list"),
        ("about the legislation part of the evaluation tool: what goes there?", "legislation"),
        ("We're landscapers, not construction. How does membership work for us?", "Associate"),
    ],
)
def test_the_asked_detail_is_said(engine: Engine, text: str, said: str) -> None:
    answer = engine.ask(text).answer
    assert said in answer, answer


@pytest.mark.parametrize(
    "text",
    [
        "Only PHSM is running before our due date. Does PHSM count for SECOR?",
        "does principles of health and safety management count for secor or do I need the "
        "small employer one",
        "Can't get into the small employer class. does PHSM work instead?",
    ],
)
def test_phsm_asked_alone_counts(engine: Engine, text: str) -> None:
    answer = engine.ask(text).answer
    assert "either" in answer and "PHSM" in answer, answer


def test_a_part_left_with_only_its_no_is_dropped(engine: Engine) -> None:
    """Two parts answered alike: the second is not left as a bare "No." at the end."""
    answer = engine.ask(
        "Can I just throw every document we own into one big folder and send it? More paper "
        "means a better score, doesn't it?"
    ).answer
    assert not answer.rstrip().endswith("/ No."), answer
    assert answer.count("No.") == 1, answer
