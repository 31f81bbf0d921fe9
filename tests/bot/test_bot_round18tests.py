"""Issue 11, round 18 (flipt18): rules that read the question's own words, so that a new
harvest of the intent model's examples cannot flip them.

Rules (phrasings ours, several shapes of each):
- a question that restates the total of the people the story listed ("so we're at 3,
  right?") asks about the head count: the verdict answers, not a topic the number alone
  suggests (bot.restated claim_offsets, bot.story);
- a question about someone sent to look at the site, ranked as "which element": the
  parts' words answer (who evaluates, and the pages' silence on visits), not a placement;
- the abstention that found nothing gives way to a concept the question names (another
  ticket asked to stand in for the industry course) (bot.asked_fact);
- how a sent thing (the tool, the binder, the files) should look: the layout of the
  submission (bot.parts layout);
- SECOR's limit named with the program ("more than 10 ... the COR department"): the verdict
  on the count, whatever topic ranks first (bot.own_subject in the engine);
- a follow-up pointing back ("how many days is it?") to a part the pages are silent on,
  read with the thing named in the pronoun's place, is the same silence (bot.silent);
- a later part whose words name the limit ("do we still qualify?") gets the verdict on the
  message's count, whatever topic ranks first (engine._limit_part).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from bot.silent import continues_silence

_VERDICT = "you are within the limit of 10"


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Our bookkeeper says family isn't included. There's me, my wife and 5 labourers. "
         "So that makes us 6 total?", 7),
        ("Me plus 4 framers on the crew. So we are only 4, yeah?", 5),
        ("its me with 2 apprentices and one journeyman. that's 3 right?", 4),
        ("my partner told me owners are exempt. its me, him and 6 guys, so we're at 6, "
         "correct?", 8),
        ("Heard owners don't count!! me + 3 hands in the shop. so were really 3 eh?", 4),
    ],
)  # fmt: skip
def test_a_total_restated_in_the_question_gets_the_verdict(
    engine: Engine, text: str, total: int
) -> None:
    answer = engine.ask(text)
    assert answer.kind == "eligibility", answer.answer
    assert f"with {total} people {_VERDICT}" in answer.answer, answer.answer


def test_a_total_told_before_another_question_leaves_it_asked(engine: Engine) -> None:
    text = "It's me and 3 guys in the field, so we're 4 in all. How long is a SECOR good for?"
    answer = engine.ask(text)
    assert "good for three years" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "will acsa send an inspector out to look at our trucks before we get certified?",
        "Before they sign off, does someone get sent over to check the yard?",
        "do you guys send a rep down to see the shop or is it all paperwork",
    ],
)
def test_someone_sent_to_look_is_no_placement(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert "do not say whether anyone from ACSA visits your work site" in answer.answer
    assert "The assessor is whoever completes the Evaluation Tool" in answer.answer
    assert "belongs in" not in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "does my guys' ground disturbance ticket count as the industry course?",
        "we all did TDG and scaffold training last spring. will that satisfy the trade course "
        "requirement or do we still need one of the named ones",
        "h2s alive + fall arrest for the whole crew, good enough for the industry part?",
    ],
)
def test_another_ticket_gets_the_named_courses(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert "they list no other tickets" in answer.answer, answer.answer
    assert "CSTS" in answer.answer and "RSTS" in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "How is the finished submission supposed to look?",
        "what do the files need to look like before I zip them and send",
        "when it's all done how should the binder look",
    ],
)
def test_how_a_sent_thing_should_look_is_the_layout(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert "label every document clearly" in answer.answer, answer.answer


def test_what_a_document_looks_like_is_no_layout(engine: Engine) -> None:
    answer = engine.ask("what does a hazard assessment look like?")
    assert "Understood: how to lay out the submission" not in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "Our crew was above 10 during harvest. How do I word that in the SECOR submission?",
        "we got bigger than 10 for a month in the summer, what do i tell the COR department",
        "Had more than ten on the crew in July. do I mention that to ACSA or not?",
    ],
)
def test_the_limit_named_with_the_program_gets_the_verdict(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.kind != "refusal", answer.answer
    assert "ACSA cannot accept a SECOR application" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "is PHSM offered in lethbridge? how long is that one",
        "Does ACSA hold the CSTS in Calgary? and how many hours is it",
        "can we take PHSM in edmonton? How many days is it?",
    ],
)
def test_a_follow_up_pointing_back_to_a_silence_is_that_silence(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.answer.startswith("ACSA's pages do not say when, where or how the courses")
    assert "You asked about" not in answer.answer, answer.answer


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["is SECOR free?", "is there a fee for secor?", "does it cost anything?"]),
    st.sampled_from(["how long is it valid?", "and how long is it good for", "who does it?"]),
)
def test_a_follow_up_on_another_subject_is_no_silence(previous: str, follow_up: str) -> None:
    assert not continues_silence(previous, follow_up)


@pytest.mark.parametrize(
    "text",
    [
        "we have 9 on payroll. how long is the certificate good for? and are we small enough "
        "still?",
        "There's 4 of us plus my brother part time. Where do I get the evaluation tool? Is "
        "that within the cap?",
        "Our ESC audit is due in March and we're 5 guys + me. What do we send? Do we still "
        "qualify for SECOR?",
    ],
)
def test_a_later_part_naming_the_limit_gets_the_verdict(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert _VERDICT in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["is secor free", "Is SECOR free to get?"])
def test_free_of_the_program_is_its_cost_not_a_volunteer(engine: Engine, question: str) -> None:
    """ "Free" said of SECOR asks what it costs; only "for free" said of a person is unpaid."""
    answer = engine.ask(question).answer
    assert "volunteers count" not in answer, answer
    assert "what it costs" in answer, answer


def test_working_for_free_is_a_volunteer(engine: Engine) -> None:
    answer = engine.ask("does my buddy who works for free count").answer
    assert "volunteers count toward the 10" in answer, answer
