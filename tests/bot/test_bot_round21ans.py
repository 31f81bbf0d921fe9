"""Round 21 (answers): each message answered by what it asks, read from its own words.

- a request to keep something from WCB, OHS or ACSA, or not to report it to them, is
  refused, in any words; an honest question about reporting keeps its answer;
- a message that describes a document in the employer's own words and asks which element,
  which of the elements, what part of the binder it goes in is answered by the document's
  place, whatever topic the intent model ranks first; a description that denies a cue ("not
  step by step") is not read by that cue; "is it the same one as X?" is answered by X's place;
- a message that names its topic first ("About the continuing education rule:") and then asks
  of it by a pronoun is answered by that topic, not by the details its question names;
- a history of the SECOR by calendar years (a first letter or certificate, a submission, the
  year it is now) is answered with the year it is now and when the recertification comes.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.deceive import deception
from bot.element_answer import cue_label, is_element_question
from bot.engine import Engine
from bot.placement_asked import compared_with, placement_asked
from bot.topic_frame import topic_frame

_SORRY = "Sorry, I can't help with that."


# --- hiding something from WCB, OHS or ACSA -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "how can we keep the guy's back injury away from the board? our premiums are high already",
        "one of my guys cut his hand bad. how can we avoid reporting it to WCB",
        "is there a way to skip telling OHS about the fall last week",
        "we had a near miss with the crane. how do we make sure we don't have to report it to "
        "wcb, we just want it handled quietly",
        "what's the best way to keep an accident from ACSA's auditor during our SECOR",
        "i want to sort out the incident ourselves so wcb doesnt hear about it",
        "Cn u help me keep the injury frm WCB?? dont want our rate going up",
    ],
)
def test_keeping_something_from_wcb_ohs_or_acsa_is_refused(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.answer.startswith(_SORRY), answer.answer
    assert "keep it from WCB" in answer.answer or "has to be true" in answer.answer
    assert answer.sources == ()


@pytest.mark.parametrize(
    "text",
    [
        "how long do we have to keep the letters we got from WCB",
        "do we have to report near misses to WCB?",
        "how do i report an incident to wcb",
        "one of my guys got hurt last week, do we report it to WCB or OHS first?",
        "can we keep first aid records separate from the WCB claims",
    ],
)
def test_an_honest_question_about_reporting_is_not_read_as_hiding(text: str) -> None:
    assert deception(text) is None


# --- where a described document goes -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Our office lady keeps a spreadsheet of injuries, first aids and lost time days, and "
            "what each WCB claim cost us. Which of the SECOR elements does that fit into?",
            "Element 12, Records and Statistics",
        ),
        (
            "we have a sheet for every task, like how to swap the blade on the chop saw, step 1 "
            "unplug, step 2 and so on. which secor element would that be?",
            "Element 4, Safe Job Procedures",
        ),
        (
            "I wrote down general rules of thumb for working safely on roofs, nothing step by "
            "step. What part of the binder is it?",
            "Element 3, Safe Work Practices",
        ),
        (
            "Numbered steps for starting the concrete pump, one page per job. Which of the 13 "
            "elements?",
            "Element 4, Safe Job Procedures",
        ),
    ],
)
def test_a_described_document_gets_its_element(engine: Engine, text: str, place: str) -> None:
    answer = engine.ask(text)
    assert answer.topic == "which_element", answer.answer
    assert f"That goes in {place}." in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("text", "place", "other"),
    [
        (
            "Apart from those we have general do's and don'ts, like keeping walkways clear and "
            "ladder use. Not step by step, just rules of thumb. Which element do those go under? "
            "Is it the same one as the step-by-step sheets?",
            "Element 3, Safe Work Practices",
            "No, not the same one: the other document (the step-by-step sheets) goes in "
            "Element 4, Safe Job Procedures.",
        ),
        (
            "We keep a written how-to for changing the grinder disc. Which element is that? Same "
            "element as our numbered steps for the chop saw?",
            "Element 4, Safe Job Procedures",
            "Yes, the same element: the other document (our numbered steps for the chop saw) "
            "goes in Element 4, Safe Job Procedures too.",
        ),
    ],
)
def test_the_same_one_as_another_document_is_answered_by_its_place(
    engine: Engine, text: str, place: str, other: str
) -> None:
    answer = engine.ask(text)
    assert f"That goes in {place}." in answer.answer, answer.answer
    assert other in answer.answer, answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "not step by step, just general rules of thumb for safe work",
        "general do's and don'ts for the site, no numbered steps",
    ],
)
def test_a_denied_cue_does_not_decide(text: str) -> None:
    assert cue_label(text) == "safe_work_practices"


def test_a_cue_not_denied_still_decides() -> None:
    assert cue_label("a step by step for the cut-off saw") == "safe_job_procedures"


@pytest.mark.parametrize(
    "text",
    [
        "a log of our first aids. which of the SECOR elements does that fit into?",
        "the crane lift plan, what part of the binder is it",
        "our FLHA pad - where in the binder does it go?",
        "what section of our submission do the drill records go under",
    ],
)
def test_other_ways_of_asking_the_place_are_element_questions(text: str) -> None:
    assert is_element_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "Which element do the FLHAs go in? And how many do we send for maintenance?",
        "We keep a log of first aids. How long does SECOR last?",
    ],
)
def test_a_message_asking_more_than_the_place_is_not_placement_alone(text: str) -> None:
    assert placement_asked(text) is None


_DOCUMENTS = st.sampled_from(["the step-by-step sheets", "our FLHAs", "the toolbox talk forms"])
_SHAPES = st.sampled_from(
    [
        "Is it the same one as {}?",
        "is that the same element as {}",
        "Same folder as {}?",
        "or does it go with {}?",
        "are they in the same section as {}?",
    ]
)


@given(_DOCUMENTS, _SHAPES)
def test_the_compared_document_is_read_from_any_shape(document: str, shape: str) -> None:
    assert compared_with(shape.format(document)) == document


# --- a topic named first, then asked about by a pronoun ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About the continuing education rule: does it have to be our assessor, and can it be any "
        "course we like?",
        "Regarding continuing education - who has to take it, and which courses are allowed?",
        "quick question on the continuing ed thing, does it need to be the guy who did our audit?",
        "Re continuing education: is it only the evaluator who can take it, or anyone?",
    ],
)
def test_a_named_topic_answers_the_question_asked_of_it(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.topic == "continuing_education", answer.answer
    assert "It no longer has to be the assessor" in answer.answer, answer.answer
    assert "every three years" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "about fifteen workers, can we apply for secor",
        "About the evaluation tool. Also, how long is SECOR good for?",
        "Regarding our policy: we rewrote the whole manual last year",
    ],
)
def test_no_frame_without_a_question_asked_of_the_topic(text: str) -> None:
    assert topic_frame(text) is None


_TOPIC_WORDS = st.sampled_from(["continuing education", "the PIR refund", "maintenance year"])
_OPENERS = st.sampled_from(["About", "Regarding", "Quick question about", "Re", "As for"])
_QUESTIONS = st.sampled_from(
    ["does it apply to us?", "is it every year?", "who does it?", "how does that work?"]
)


@given(_OPENERS, _TOPIC_WORDS, st.sampled_from([":", ",", " -"]), _QUESTIONS)
def test_the_frame_is_read_in_any_shape(opener: str, topic: str, mark: str, asked: str) -> None:
    frame = topic_frame(f"{opener} {topic}{mark} {asked}")
    assert frame is not None
    assert frame.topic.lower().endswith(topic.lower().removeprefix("the "))
    assert frame.rest == asked


# --- the year of the cycle worked out from a history ----------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "We got our first SECOR certificate in 2023 and sent a maintenance in 2024. It's 2025 "
            "now, what year are we in?",
            "2025 is your second maintenance year",
        ),
        (
            "first secor letter came 2021. we did some paperwork 2022. now its 2023, where are "
            "we in the cycle and when is the full audit again",
            "2023 is your second maintenance year",
        ),
        (
            "Our first SECOR letter came in the fall of 2024 and it's now 2025. What year are we "
            "in?",
            "2025 is your first maintenance year",
        ),
    ],
)
def test_the_year_of_the_cycle_is_worked_out(engine: Engine, text: str, said: str) -> None:
    answer = engine.ask(text)
    assert said in answer.answer, answer.answer
    assert "recertification in" in answer.answer, answer.answer


def test_a_history_asks_when_the_full_certification_comes_again(engine: Engine) -> None:
    answer = engine.ask("Got our first SECOR in 2022. When do we do the full thing again?").answer
    assert "certified in 2022, maintenance in 2023 and 2024, and recertification in 2025" in answer
