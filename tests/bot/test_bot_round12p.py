"""Issue 11, round 12 (process answers that left out the fact asked): bot.asked_fact.

Rules (phrasings ours, several shapes of each, none the bench's sentence):
- a process question names what it asks (a concept: which first aid course, who may hold
  the courses, when the training must be current, which management course, the course
  every three years, who fills in the evaluation tool, paper records, the records of a
  maintenance year, contractors in a maintenance year, a quiet maintenance year, when the
  operational-only option began, what SECOR brings in money); that concept's fact leads
  the answer, whichever route answered it;
- the people such a question names are whom the fact is about, not a head count asked for
  ("my foreman has emergency first aid" gets no verdict);
- a fact the answer states late is moved to its front, so a long answer sharing a message
  with others keeps what was asked; a concept asked only across a message's parts ("we used
  two subs. do I include them?") is answered as a part of its own;
- a question the pages are known to be silent on stays silent, and Energy Safety Canada's
  facts come only when it is named.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.asked_fact import asked_concepts, people_are_subject
from bot.engine import Engine


def _says(engine: Engine, question: str, *said: str) -> str:
    answer = engine.ask(question)
    for words in said:
        assert words.lower() in answer.answer.lower(), (question, words, answer.answer)
    assert answer.sources, question
    return answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "our site super only has the basic emergency level first aid, does that satisfy secor?",
        "which kind of first aid ticket do we need, the one day or the two day standard?",
        "my lead hand took emergency first aid last spring - will that do?",
        "what type of first aid does secor want us to have",
    ],
)
def test_the_first_aid_course_asked_is_standard_first_aid(engine: Engine, question: str) -> None:
    text = _says(engine, question, "Standard First Aid")
    assert "within the limit" not in text  # the person named is not a head count


@pytest.mark.parametrize(
    "question",
    [
        "can a casual worker of ours be the person who holds our PHSM for secor",
        "our summer student could do the first aid course for us, would that work for secor?",
        "is it fine if the csts is held by one of our temps?",
    ],
)
def test_courses_held_by_someone_not_full_time(engine: Engine, question: str) -> None:
    _says(engine, question, "full-time")


@pytest.mark.parametrize(
    "question",
    [
        "do the courses have to be current on the day we send the evaluation in?",
        "the lady with our first aid cert quit, do we need someone else trained before we submit?",
        "our csts guy retired in june, maintenance is due in october. what about training?",
    ],
)
def test_the_training_must_be_current_at_the_evaluation(engine: Engine, question: str) -> None:
    _says(engine, question, "at the time of the evaluation")


@pytest.mark.parametrize(
    "question",
    [
        "small employer course or principles of health and safety management, which one is "
        "accepted?",
        "is PHSM still needed or will the secor course do instead?",
        "does it have to be the PHSM or can we take the small employer course",
    ],
)
def test_the_management_course_is_either(engine: Engine, question: str) -> None:
    _says(engine, question, "accepts either Small Employer Health & Safety Management")


@pytest.mark.parametrize(
    "question",
    [
        "do we have to choose from an approved list for the course every three years?",
        "for the continuing education every 3 years, are only certain courses allowed?",
        "which acsa training counts for the three year course requirement",
    ],
)
def test_any_acsa_course_every_three_years(engine: Engine, question: str) -> None:
    _says(engine, question, "any ACSA course will do")


@pytest.mark.parametrize(
    "question",
    [
        "who fills in the evaluation tool, can my office manager just do it herself?",
        "for the yearly maintenance, who is allowed to complete the tool?",
        "can I do the evaluation myself as the owner?",
    ],
)
def test_whoever_completes_the_tool_is_the_assessor(engine: Engine, question: str) -> None:
    _says(engine, question, "The assessor is whoever completes the Evaluation Tool")


@pytest.mark.parametrize(
    "question",
    [
        "can we drop off our binders at the acsa office or mail them in?",
        "we keep everything on paper, can I courier the folders to you for our maintenance?",
        "our inspection forms are hard copies only. how do we get them to you?",
    ],
)
def test_paper_records_are_scanned_and_sent_electronically(engine: Engine, question: str) -> None:
    _says(engine, question, "electronically only", "scanned")


@pytest.mark.parametrize(
    "question",
    [
        "for the maintenance submission which types of documents do you need?",
        "what sort of paperwork goes in for a maintenance year",
        "maintenance is coming up - what records are you looking for?",
    ],
)
def test_the_records_of_a_maintenance_year(engine: Engine, question: str) -> None:
    text = _says(engine, question, "hazard assessments")
    assert text.index("hazard assessments") < 400  # the records asked lead the answer


@pytest.mark.parametrize(
    "question",
    [
        "we hired a couple of subs last season, do they go in the maintenance submission?",
        "We had three subcontractors on our jobs. For maintenance, do I send something on them?",
        "Brought in contractors twice this year. Anything about them for the maintenance?",
    ],
)
def test_contractors_in_a_maintenance_year(engine: Engine, question: str) -> None:
    _says(engine, question, "contracting services")


@pytest.mark.parametrize(
    "question",
    [
        "we had a quiet year with no injuries, do we still have to do the maintenance?",
        "nothing happened at all this year. is the maintenance still needed?",
        "must we still send in a maintenance even though we had no incidents?",
    ],
)
def test_a_quiet_year_still_has_its_maintenance(engine: Engine, question: str) -> None:
    _says(engine, question, "each of the two years")


@pytest.mark.parametrize(
    "question",
    [
        "since when can maintenance years send the operational records only?",
        "when was the operational samples option for maintenance introduced?",
        "when did the rule change to just operational documents in maintenance years",
    ],
)
def test_the_operational_option_began_in_2021(engine: Engine, question: str) -> None:
    _says(engine, question, "January 4, 2021")


@pytest.mark.parametrize(
    "question",
    [
        "is there any money back from wcb if we get secor?",
        "honestly what do we get out of this, is it worth it?",
        "Is SECOR worth it money-wise?",
    ],
)
def test_what_secor_brings_is_the_pir_refund(engine: Engine, question: str) -> None:
    _says(engine, question, "up to 20%")


@pytest.mark.parametrize(
    "question",
    [
        "how many years is standard first aid good for before it has to be redone",
        "can the first aid be done online from home",
        "when exactly does wcb pay the pir refund cheque",
    ],
)
def test_what_the_pages_do_not_say_stays_unsaid(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert "1-800-661-2272" in answer.answer
    assert "do not say" in answer.answer or not answer.sources


def test_energy_safety_canada_training_comes_only_when_named(engine: Engine) -> None:
    text = _says(engine, "how is the training different between ESC and ACSA for secor?")
    assert "Safety Program Development" in text
    assert "Safety Program Development" not in engine.ask("which courses do we need?").answer


def test_a_concept_asked_across_parts_is_answered(engine: Engine) -> None:
    text = _says(
        engine,
        "We brought on some subcontractors. For maintenance, what should I include about them, "
        "and where does it go?",
        "contracting services",
    )
    assert len(text) <= 1200


def test_a_head_count_asked_beside_a_course_keeps_its_verdict(engine: Engine) -> None:
    assert (
        "over the limit"
        in engine.ask("we are 12 people, does my foreman's first aid count?").answer
    )
    assert not people_are_subject(
        "we are 9, are we eligible if my foreman has emergency first aid?"
    )


_PEOPLE = st.sampled_from(["my foreman", "our lead hand", "the new guy", "my wife", "one worker"])
_KIND = st.sampled_from(["emergency", "basic"])


@settings(max_examples=40, deadline=None)
@given(_PEOPLE, _KIND, st.sampled_from(["ok?", "good enough?", "does that work?", "acceptable?"]))
def test_first_aid_kind_is_read_whoever_holds_it(person: str, kind: str, tail: str) -> None:
    text = f"{person} has {kind} first aid, {tail}"
    assert "first_aid_kind" in [c.name for c in asked_concepts(text)]
    assert people_are_subject(text)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["valid", "expired", "up to date", "how much", "online", "in french"]),
    st.sampled_from(["first aid", "the SFA", "standard first aid"]),
)
def test_first_aid_questions_of_other_things_are_not_its_kind(asked: str, course: str) -> None:
    text = f"is {course} {asked} for secor, the standard kind?"
    if asked in ("valid", "expired", "online", "in french"):
        assert "first_aid_kind" not in [c.name for c in asked_concepts(text)]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["ESC", "Energy Safety Canada", "enform"]))
def test_acsa_concepts_stay_out_of_esc_questions(name: str) -> None:
    text = f"with {name}, can my part-time guy hold the courses every three years?"
    assert all(c.about_esc for c in asked_concepts(text))


@pytest.mark.parametrize(
    "question",
    [
        "i got my fall protection ticket and h2s alive, that covers the safety course part of "
        "secor right",
        "my guys all have WHMIS and confined space - is that enough instead of CSTS?",
        "Would a forklift certificate take care of the industry training for SECOR?",
    ],
)
def test_other_tickets_are_not_the_industry_course(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert "CSTS" in answer.answer and "RSTS" in answer.answer, answer.answer
    assert "Element 8" not in answer.answer  # not where the ticket is filed


def test_where_a_ticket_is_filed_is_still_placement(engine: Engine) -> None:
    assert "Element 8" in engine.ask("which folder do the fall protection tickets go in?").answer
