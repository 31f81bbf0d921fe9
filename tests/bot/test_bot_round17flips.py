"""Issue 11, round 17 (flips17): rules that read the question's own words, so that a new
harvest of the intent model's examples cannot flip them.

Rules (phrasings ours, several shapes of each):
- a certification year told, then how long "it" (the SECOR, the certificate) lasts, when it
  expires or when to renew: the three years counted from that year, said once; a course's
  certificate stays the pages' silence on course expiry (bot.year_cycle);
- a story, then a question whose own words name its topic while the whole message was
  read as another: the question answers (bot.story);
- courses asked after statements that the company is certified: the cycle's courses, every
  three years an ACSA course (bot.story, bot.year_cycle);
- "do the policies go in or only the records": whether a kind of document is sent, not
  where it goes (bot.element_answer);
- whose job tracking the training is: the company's responsibility said first, however
  the tracking is worded (bot.asked_process, bot.asked_fact);
- the maintenance compared with the original submission: the comparison;
- SECOR's limit named ("over ten" with ACSA) or an injury not to happen again: never
  refused as off-topic (bot.own_subject).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from bot.own_subject import program_subject

_ONCE = "usually good for three years"


def _ask(engine: Engine, question: str) -> str:
    answer = engine.ask(question)
    assert answer.sources, (question, answer.answer)
    return answer.answer


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Got our certificate in 2021, how long does it last", 2021),
        ("we got secor in 2023. when does it expire?", 2023),
        ("Our company was certified in March 2024 - when do we have to renew?", 2024),
        ("How long does the SECOR stay valid? We got it in 2025.", 2025),
        ("we passed our secor audit back in 2023 so when does the cert run out", 2023),
        ("My banker asked. Our SECOR was issued in 2024; what's the expiry date?", 2024),
        ("We got our SECOR in 2022. How long is it good for?", 2022),
    ],
)
def test_validity_is_counted_from_the_year_told(engine: Engine, question: str, start: int) -> None:
    text = _ask(engine, question)
    assert f"usually good until {start + 3}" in text, text
    assert f"maintenance in {start + 1} and {start + 2}" in text, text
    assert text.lower().count(_ONCE) == 1, text  # the three years said once
    assert "head count" not in text.lower() and "cannot see submissions" not in text


@pytest.mark.parametrize(
    "question",
    [
        "we got our first aid in 2022, how long is it good for?",
        "Got my CSTS ticket in 2023, when does it expire?",
    ],
)
def test_a_course_certificate_keeps_its_silence(engine: Engine, question: str) -> None:
    text = engine.ask(question).answer
    assert "do not say how long a course certificate" in text, text
    assert "usually good until" not in text


def test_a_due_step_says_the_three_years_once(engine: Engine) -> None:
    text = _ask(engine, "issued in March 2024. When is our first maintenance due?")
    assert "maintenance in 2025 and 2026" in text and text.lower().count(_ONCE) == 1, text


@pytest.mark.parametrize(
    "question",
    [
        "The scanned records fill a big folder now that the evaluation is finished. My "
        "bookkeeper wants to hand-deliver a memory stick. What are the ways of sending it in?",
        "We finished the evaluation tool and the records are about 2 GB of scans. Our office "
        "manager wants to drop off a USB key. How can we send it in?",
    ],
)
def test_how_to_send_after_a_story_is_answered_by_its_own_words(
    engine: Engine, question: str
) -> None:
    text = _ask(engine, question)
    assert "cor@youracsa.ca" in text and "link" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "We got certified last year. Do we still need to do courses?",
        "Our company got our secor two years ago. What courses do we still need to take?",
        "We passed our SECOR audit in the spring. Does anyone have to take more training now?",
    ],
)
def test_courses_after_a_certification_are_the_cycle_course(engine: Engine, question: str) -> None:
    text = _ask(engine, question)
    assert "every three years" in text and "ACSA course" in text, text
    assert text.find("ACSA course") < 250, text


@pytest.mark.parametrize(
    "question",
    [
        "first time applying, do the policies go in or only records?",
        "it's our first certification - do our written procedures get sent or just the "
        "completed forms?",
        "our first secor: policies included too, or only the records?",
    ],
)
def test_whether_a_kind_of_document_is_sent_is_no_placement(engine: Engine, question: str) -> None:
    text = _ask(engine, question)
    assert "three months" in text and "goes in Element" not in text, text


def test_a_placement_between_two_elements_stays(engine: Engine) -> None:
    text = _ask(engine, "where does the safety policy go, element 1 or 2?")
    assert "Element 1" in text


@pytest.mark.parametrize(
    "question",
    [
        "Quick one: is it ACSA that tracks when our courses expire, or us?",
        "who watches the expiry dates on our SECOR training, you or the company?",
        "Does ACSA monitor our first aid tickets for us or do we?",
        "is it acsa or my company that follows up on when the csts is due",
    ],
)
def test_who_tracks_the_training_is_said_first(engine: Engine, question: str) -> None:
    text = _ask(engine, question)
    assert 0 <= text.find("company's own responsibility") < 120, text


@pytest.mark.parametrize(
    "question",
    [
        "how does the work for the maintenance compare to the original submission",
        "Compared with our original audit, what's different about the maintenance submission?",
        "maintenance vs the first certification - what changes in what we send",
    ],
)
def test_maintenance_compared_with_the_original(engine: Engine, question: str) -> None:
    text = _ask(engine, question)
    assert "Certification year" in text and "operational" in text and "sampl" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "how do I explain to ACSA that we were over ten for a few weeks?",
        "for secor, what do I tell them about the month we went above 10?",
        "We were more than 10 for a stretch last fall; how do I put that to the COR department?",
    ],
)
def test_the_limit_named_is_answered(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.kind != "refusal" and "10" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How do I make sure the same injury doesn't come up again next year?",
        "how do we stop the same injury recurring on our crew",
    ],
)
def test_an_injury_not_to_happen_again_is_not_refused(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.kind != "refusal" and not answer.answer.startswith("Sorry, I can only"), answer


@given(
    st.sampled_from(["over", "above", "more than", "past"]),
    st.sampled_from(["ten", "10"]),
    st.sampled_from(["ACSA", "secor", "the auditor"]),
)
@settings(max_examples=30)
def test_program_subject_reads_the_limit(over: str, ten: str, program: str) -> None:
    assert program_subject(f"what do we tell {program} about being {over} {ten}?") == "over_ten"
    assert program_subject(f"a lot with {over} {ten} spots?") is None


@pytest.mark.parametrize(
    "question",
    [
        "Two guys got hurt the same way. How do we prevent it?",
        "what can we do so that accident doesn't repeat?",
        "how do we keep the same incident from happening again",
    ],
)
def test_preventing_a_recurrence_is_the_pages_silence_with_the_investigations_element(
    engine: Engine, question: str
) -> None:
    """An honest safety question: not refused, not a submission answer; the pages give no
    method, name Element 10 (Investigations), and the COR department."""
    answer = engine.ask(question)
    assert answer.kind == "unknown", answer.answer
    assert "do not say how to keep a particular injury" in answer.answer, answer.answer
    assert "Element 10" in answer.answer and "Investigations" in answer.answer
    assert "1-800-661-2272" in answer.answer


def test_an_injury_asked_about_otherwise_keeps_its_answer(engine: Engine) -> None:
    answer = engine.ask(
        "We had a near miss last month. Where does the investigation go in the submission?"
    )
    assert "how to keep a particular injury" not in answer.answer and "Element 10" in answer.answer
