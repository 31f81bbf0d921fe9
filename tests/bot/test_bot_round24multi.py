"""Round 24 (multi-part messages and silences), each rule tested with new paraphrases.

- a question for one specific figure or list the pages never give (the largest file the
  COR email takes, the industry codes that make a company an automatic ACSA member,
  whether being paid by dividends or a salary makes someone full-time) is a silence that
  points to the COR department, not the neighbouring fact; the look-alikes the pages do
  answer (a zip too big to email, the refund's size, joining without automatic membership)
  keep their answers;
- every part of a message with a "which element" is answered: the second question after
  the placement is not dropped, and a follow-up asking by a pronoun whether the placed
  document is resent in a maintenance year gets the directive-documents-on-file rule when
  the element holds policies or processes (not for records);
- an Energy Safety Canada consultant question gets ESC's rule in its terms: the assessor
  approves and signs off what a consultant drafted for a binder audit.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.answers import Answer
from bot.engine import Engine
from bot.placed_followup import asks_maintenance_of_it, maintenance_followup, placed_element
from bot.unstated_specifics import FILE_SIZE, INDUSTRY_CODES, PAY_FORM

_COR = "1-800-661-2272"


def _silent(answer: Answer, what: str) -> None:
    """ANSWER says the pages do not say WHAT and points to the COR department."""
    assert answer.topic == "not_stated", answer.answer
    assert answer.answer.startswith("ACSA's pages do not say"), answer.answer
    assert re.search(what, answer.answer, re.I), answer.answer
    assert _COR in answer.answer


# --- a specific figure or list the pages never give -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "how large can the attachment be when I email the evaluation?",
        "whats the maximum upload you guys take",
        "will a 95 MB zip go through to your inbox?",
        "Before I send it: my folder of scans is huge. What's the largest file you can "
        "receive by email?",
        "is there a size limit for the zipped folder, ours is huge with all the photos",
    ],
)
def test_file_size_is_a_silence(engine: Engine, text: str) -> None:
    _silent(engine.ask(text), r"(how large a file|size limit)")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("the zip is too big to email, what now?", r"download link"),
        ("how big is the PIR refund?", r"20%"),
        ("what's the max number of workers for secor", r"\b10\b"),
    ],
)
def test_file_size_look_alikes_keep_their_answer(engine: Engine, text: str, said: str) -> None:
    answer = engine.ask(text)
    assert answer.topic != "not_stated", answer.answer
    assert re.search(said, answer.answer), answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "What industry codes count as automatic members of ACSA?",
        "Is there a list of the WCB rate codes that are automatically ACSA members?",
        "we do roofing. which wcb industry codes are auto members, is roofing covered?",
    ],
)
def test_industry_code_list_is_a_silence(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    _silent(answer, r"which WCB industry codes")
    assert "Associate Member" in answer.answer  # what the pages do say, labelled as such


def test_joining_without_automatic_membership_keeps_its_answer(engine: Engine) -> None:
    answer = engine.ask(
        "Our WCB industry code isn't construction so we're not automatic members. Can we "
        "still join?"
    )
    assert answer.topic == "membership", answer.answer
    assert "Associate Member" in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "I take a salary from my corp but no hourly wage, does that make me count as a "
        "full-time employee for the course requirement?",
        "My partner and I are shareholders and only draw dividends. Are we considered full "
        "time employees for the SECOR courses?",
        "quick q - paid by dividends only, no paycheque. do I still count as full-time for "
        "first aid and the other courses",
    ],
)
def test_pay_form_as_full_time_is_a_silence(engine: Engine, text: str) -> None:
    _silent(engine.ask(text), r"full-time")


def test_full_time_holder_question_keeps_its_answer(engine: Engine) -> None:
    answer = engine.ask("Does the full-time employee with the courses have to be the owner?")
    assert answer.topic != "not_stated", answer.answer
    assert "shared out" in answer.answer


_BIG = st.sampled_from(["biggest", "largest", "maximum", "max"])
_THING = st.sampled_from(["zip", "zip file", "file", "attachment", "zipped folder"])
_TAIL = st.sampled_from(["you accept", "your email takes", "I can send", "allowed", ""])
_OPEN = st.sampled_from(["", "hi, ", "ok so ", "Quick one: we scanned it all. "])


@given(_OPEN, _BIG, _THING, _TAIL)
def test_any_largest_file_phrasing_is_read(opening: str, big: str, thing: str, tail: str) -> None:
    assert FILE_SIZE.search(f"{opening}what's the {big} {thing} {tail}?")


@given(st.sampled_from(["PIR refund", "refund", "WCB rebate", "company", "crew"]))
def test_a_size_of_something_else_is_not_a_file_size(thing: str) -> None:
    assert not FILE_SIZE.search(f"how big is the {thing}?")
    assert not FILE_SIZE.search(f"what's the max {thing} for secor?")


def test_own_code_and_pay_look_alikes_are_not_read() -> None:
    assert not INDUSTRY_CODES.search("does it matter what industry code we have on our account")
    assert not PAY_FORM.search("what wages do we report to WCB for the owner?")


# --- every part of a message with a "which element" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "element", "second"),
    [
        (
            "our harness inspection log and the forms where guys check their hard hats. "
            "which element? and does all that have to be scanned",
            r"Element 6",
            r"electronically only",
        ),
        (
            "the sheet where the crew signs off their ladder and lanyard checks - what "
            "element? also, can I send it as paper copies in the mail?",
            r"Element 6",
            r"electronically only",
        ),
        (
            "Our monthly fire extinguisher checklist: which element does it go under? And "
            "does it have to be scanned?",
            r"Element 9",
            r"electronically only",
        ),
    ],
)
def test_the_question_after_the_element_is_answered(
    engine: Engine, text: str, element: str, second: str
) -> None:
    answer = engine.ask(text)
    assert re.search(element, answer.answer), answer.answer
    assert re.search(second, answer.answer), answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "Where do the step-by-step instructions for changing saw blades go? Do we have to "
        "resubmit them in our maintenance year when they're the same?",
        "our written how-to for each machine in the shop, where does that belong? do I send "
        "it in again every maintenance year even when nothing is different?",
        "Where would the rules for how we do safe lifting with the boom go? And must they be "
        "re-sent each maintenance year if unchanged?",
    ],
)
def test_a_directive_document_resent_in_maintenance(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert re.search(r"Element (3|4)", answer.answer), answer.answer
    assert "refers to the copies on file" in answer.answer
    assert any(s.section.startswith("How can the ACSA evaluate") for s in answer.sources)


def test_records_get_no_directive_rule(engine: Engine) -> None:
    answer = engine.ask(
        "Where do our toolbox talk sign-in sheets go? Do we send them in a maintenance year?"
    )
    assert "Element 8" in answer.answer
    assert "holds directive documents" not in answer.answer


def test_followup_rule_reads_the_placement_and_the_pronoun() -> None:
    placed = Answer("That goes in Element 4, Safe Job Procedures. More.", "which_element", 0.9)
    assert placed_element(placed) == (4, "Safe Job Procedures")
    asked = "and do we resend them every maintenance year?"
    assert asks_maintenance_of_it(asked)
    assert not asks_maintenance_of_it("and how many people can we have?")
    other = Answer("The evaluation tool is needed.", "maintenance_year", 0.9)
    led = maintenance_followup(placed, asked, other)
    assert led.answer.startswith("Element 4, Safe Job Procedures, holds directive documents.")
    records = Answer("That goes in Element 9, Inspections.", "which_element", 0.9)
    assert maintenance_followup(records, asked, other) == other


# --- Energy Safety Canada's rule by its name ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Energy Safety Canada: our consultant wants to fill in the binder audit for us and "
        "mail it off. Allowed?",
        "we're with ESC. can the consultant we hired do our whole binder audit and submit it "
        "himself?",
        "ESC binder audit - how much of it is the consultant allowed to do?",
    ],
)
def test_esc_consultant_needs_the_assessors_approval(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert re.search(r"Energy Safety Canada", answer.answer)
    assert re.search(r"signs off as approved", answer.answer), answer.answer
