"""Round 29 (flipa29): rules that read the question's own words, not the topic ranked first.

The harvest of round 29 retrained the intent model and flipped five tests; each rule below
reads the class of question from its words, so the next retraining cannot flip it again:

- the kind of first aid asked ("what kind / type / level of first aid") leads with the
  course the pages name, Standard First Aid, whichever topic answers (bot.asked_fact);
- a question dressed as small talk ("hi, can you explain ...") whose words cue a topic the
  pages answer is read as that question, not greeted (bot.smalltalk_asked);
- a message that names a thing of the program ("the safety meeting", "the orientation") and
  asks nothing of a kind SECOR never answers is not refused as off-topic, however sure the
  model is (bot.foreign_request.program_look_alike);
- the maintenance year told first, misspelled as people type it ("maintenence year:"),
  is carried into the question after it (bot.story);
- "stay in the program" asks what keeps a company eligible, as "stay eligible" does: the
  continuing education (knowledge/data/bot_cues.toml).
"""

from __future__ import annotations

import re

import pytest

from bot.engine import Engine

_SFA_LEAD = "The first aid course the pages ask for is Standard First Aid (SFA)"
_BOTH_KINDS = re.compile(r"formal and site-specific hazard assessments")
_EVERY_THREE = re.compile(r"every three years at least one of your full-time employees")


@pytest.mark.parametrize(
    "text",
    [
        "What kind of first aid do we need?",
        "what type of first aid cert should our full timers have",
        "First aid for SECOR: which level is it?",
        "we have 6 staff, what level of first aid is required?",
        "Is basic first aid enough or which kind does ACSA want?",
    ],
)
def test_first_aid_kind_asked_leads_with_the_course(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.answer.startswith(_SFA_LEAD), answer.answer


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("can you explain the evaluation questions?", r"Evaluation Tool"),
        ("hi! could you explain what the evaluation tool is?", r"Evaluation Tool"),
        ("hello! can you explain who the assessor has to be?", r"assessor"),
        ("hello, can you tell me about the refund?", r"PIR|refund"),
    ],
)
def test_a_question_dressed_as_small_talk_is_answered(engine: Engine, text: str, said: str) -> None:
    answer = engine.ask(text)
    assert answer.kind == "answer", answer.answer
    assert not answer.answer.startswith("Hi! I answer questions"), answer.answer
    assert re.search(said, answer.answer), answer.answer


@pytest.mark.parametrize(
    ("text", "start"),
    [("hey there", "Hi! I answer questions"), ("thanks, that helps", "You're welcome")],
)
def test_small_talk_alone_keeps_its_answer(engine: Engine, text: str, start: str) -> None:
    answer = engine.ask(text)
    assert answer.kind == "smalltalk", answer.answer
    assert answer.answer.startswith(start), answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "Can we hold the safety meeting at the crew barbecue?",
        "Could we do our safety orientation at the lake cabin?",
        "Could we run our toolbox talk at the company picnic?",
        "Is it ok to hold the toolbox meeting at the bowling alley?",
    ],
)
def test_a_program_look_alike_is_not_refused(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.kind != "refusal", answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "whats the best bbq recipe for the crew?",
        "what should I charge per sq ft for safety railing?",
        "who won the hockey game last night?",
    ],
)
def test_an_off_topic_request_stays_refused(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.kind == "refusal", answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "maintenence year: which ones do they want, formal hazard assessments or field level ones?",
        "maintanence yr coming. which ones do they want - formal hazard assessments or field "
        "level?",
        "mainteneance year - which ones do they want, formal hazard assessments or field level "
        "ones?",
        "maintainance year here. what do they want from us, the formal hazard assessments or "
        "the field ones?",
    ],
)
def test_a_misspelled_maintenance_year_is_carried_into_the_question(
    engine: Engine, text: str
) -> None:
    answer = engine.ask(text)
    assert answer.topic == "maintenance_year", answer.answer
    assert _BOTH_KINDS.search(answer.answer), answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "our office flooded in may, everything soaked. got a new laptop. what training must we "
        "keep up to stay in the program?",
        "We lost our shop lease and moved twice this year. What training do we need to keep up "
        "to stay in the program?",
        "new owner took over in march, the old one retired. which courses does somebody have to "
        "retake to stay in the program?",
        "what training keeps us in the secor program after we certify",
    ],
)
def test_staying_in_the_program_asks_the_continuing_education(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.topic == "continuing_education", answer.answer
    assert _EVERY_THREE.search(answer.answer), answer.answer
