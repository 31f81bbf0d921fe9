"""Round 12, refusals and silence: own paraphrases, not the bench's sentences.

- a request whose object is no SECOR thing is refused, whatever trade words it has
  (bot.asked_object); a SECOR thing asked for the same way is answered;
- signing for another person, or naming someone who does not work for the company as its
  assessor, is refused politely (bot.deceive);
- "when do we do X" about a step of the cycle is answered from the cycle (bot.year_cycle);
- a topic named too unsure to answer, with words no fact uses, says which words;
- a yes/no question's predicate, compared with what the facts state (bot.predicate).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.asked_object import asked_objects, foreign_object
from bot.deceive import deception
from bot.engine import Engine
from bot.predicate import proposition

CONTACT = "1-800-661-2272"


@pytest.mark.parametrize(
    "text",
    [
        "can you draft us an estimate for a roofing job",
        "what truck should I buy for my framing crew",
        "recommend a good pair of work boots for my guys",
        "which cell phone is best for a job site",
        "give me a recipe for chili for the crew lunch",
    ],
)
def test_a_request_for_a_thing_secor_never_names_is_refused(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.answer.startswith("Sorry, I can only help with questions about ACSA's SECOR")
    assert not answer.sources and CONTACT in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "which first aid course is best for a small crew",
        "what hazard assessment form is best for a welding crew",
        "which element should our welding crew's FLHA go in",
    ],
)
def test_a_secor_thing_asked_for_the_same_way_is_answered(engine: Engine, text: str) -> None:
    assert foreign_object(engine._coverage, text) is None
    answer = engine.ask(text)
    assert answer.sources and not answer.answer.startswith("Sorry"), answer.answer


@given(st.text(max_size=80))
def test_the_asked_objects_are_words_of_the_message(text: str) -> None:
    for phrase in asked_objects(text):
        assert phrase and phrase in text.lower()


@given(st.text(max_size=80))
def test_a_proposition_is_part_of_the_message(text: str) -> None:
    said = proposition(text)
    assert said is None or said in text


@pytest.mark.parametrize(
    "text",
    [
        "could I sign the form on behalf of him, he's the one with the PHSM",
        "can I just sign the evaluation for her, she took the course but she's off on leave",
        "can I put her name down as our assessor? she isn't working with us",
    ],
)
def test_signing_for_another_person_is_refused_politely(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.answer.startswith("Sorry, I can't help with that.")
    assert CONTACT in answer.answer and not answer.sources


@pytest.mark.parametrize(
    "text",
    [
        "can my consultant sign for us?",
        "our assessor is on holidays, can the owner sign on behalf of the company",
        "he signed for himself, is that ok",
    ],
)
def test_signing_for_the_company_is_no_deception(text: str) -> None:
    assert deception(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "when would we do the maintenance",
        "so when do we recertify",
        "when do we have to do it, the maintenance?",
    ],
)
def test_when_a_step_of_the_cycle_comes_is_its_place_in_the_cycle(
    engine: Engine, text: str
) -> None:
    answer = engine.ask(text)
    assert "two years in between" in answer.answer and answer.sources


def test_a_due_date_is_still_said_to_be_unstated(engine: Engine) -> None:
    answer = engine.ask("when is our maintenance due")
    assert "do not say the due date" in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "could we paint the secor logo on the trailer",
        "can we put the secor badge on our vans?",
    ],
)
def test_a_use_of_the_name_no_fact_covers_gets_the_pages_do_not_say(
    engine: Engine, text: str
) -> None:
    answer = engine.ask(text)
    assert answer.answer.startswith("ACSA's pages do not say") and CONTACT in answer.answer


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("can we lock the zip with a password before we email it", "how_to_submit"),
        ("do the records have to be from months in a row", "documentation"),
        ("would acsa combine our two firms into one for secor", "wcb"),
    ],
)
def test_a_predicate_no_fact_states_scores_low(engine: Engine, text: str, topic: str) -> None:
    assert engine._coverage.predicate(text, topic) < 0.5


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("can we email our submission in", "how_to_submit"),
        ("do we have to do a maintenance every year", "maintenance_year"),
        ("does the assessor need to be an employee", "assessor"),
    ],
)
def test_a_predicate_a_fact_states_scores_high(engine: Engine, text: str, topic: str) -> None:
    assert engine._coverage.predicate(text, topic) >= 0.7


@pytest.mark.parametrize(
    "text",
    [
        "what's the cheapest pickup for hauling tools? F150 or Silverado?",
        "recommend a decent ladder brand for my roofers. werner maybe?",
        "which cordless drill is best for framing. dewalt or milwaukee",
    ],
)
def test_a_follow_up_of_an_off_topic_request_is_part_of_it(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.answer.startswith("Sorry, I can only help") and not answer.sources


def test_a_secor_question_after_an_off_topic_one_is_still_answered(engine: Engine) -> None:
    answer = engine.ask("Which phone plan is better for my crew? and how long is secor good for?")
    assert "three years" in answer.answer and answer.sources
