"""Round 27 (story28): a situation told first, the question last.

Rules:
- A silence read only from the story's words (the abstention found the statements' unknown
  words, no class of silence reads the message) gives way to the question read alone when
  its own words name the topic (bot.story._silent_on_story).
- A whole message read as its statements' topic gives way to a question read confidently
  alone as another topic; a question that leaves its object to the story ("take one")
  keeps the whole reading.
- Energy Safety Canada's assessor leaving is read when the story says it in common words
  ("gave notice", "handed in his resignation", an appositive between): the 90-day rule.
"""

from __future__ import annotations

import re

import pytest

from bot.engine import Engine


@pytest.mark.parametrize(
    "text",
    [
        "We did our SECOR audit back in 2021 and our PHSM guy took the course in 2020. Nobody "
        "has taken anything since. Renewal is coming up in the spring. Which courses do we "
        "need to stay eligible?",
        "our office flooded in may, everything soaked. got a new laptop. what training must "
        "we keep up to stay in the program?",
        "Renewal is coming up in the spring and the boss is asking about the yacht. what "
        "training keeps the certificate valid",
    ],
)
def test_training_asked_after_a_story_is_answered(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.sources, answer.answer
    assert answer.topic in ("courses", "continuing_education"), answer.topic
    assert re.search(r"ACSA course|three SECOR courses|Standard First Aid", answer.answer)


@pytest.mark.parametrize(
    "text",
    [
        "Quick background: my foreman got a first aid ticket through a church basement class, "
        "2 days, instructor unknown. What first aid course does SECOR require?",
        "Two of my guys have first aid certificates from a course at a community hall, 8 "
        "hours. What level of first aid does SECOR want?",
        "We're 8 people with a rented shop. What first aid does SECOR want?",
    ],
)
def test_first_aid_asked_after_a_story_names_the_course(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.sources, answer.answer
    assert "Standard First Aid" in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "Last year's package was sent back to us because the files were a mess and the "
        "reviewer couldn't find things. We're trying again in the fall. How should we "
        "organize the folders this time?",
        "Our package got bounced in March: too many papers, no order to it. Round two goes "
        "in next month. What's the right way to arrange the folders and documents?",
    ],
)
def test_resubmission_layout_is_the_layout(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.topic == "organise", answer.answer
    assert re.search(r"Send only what each question asks for", answer.answer)


def test_course_left_to_the_story_keeps_the_whole_reading(engine: Engine) -> None:
    answer = engine.ask(
        "Maintenance year next year and it'll be 3 years since anyone here took an ACSA "
        "course. Does someone need to take one, and does it have to be the assessor?"
    )
    assert answer.topic == "continuing_education", answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "Our ESC assessor, who is also our yard foreman, just handed in his resignation. Our "
        "audit is due in October. How much time do we have to find and train a new one?",
        "We're with ESC. The safety guy who is our assessor, the yard boss, gave notice last "
        "week. What's the deadline for replacing him?",
        "Our ESC SECOR assessor, the ops manager, gave notice and leaves in June. The audit "
        "isn't until next year. How long to get somebody trained?",
    ],
)
def test_esc_assessor_leaving_told_in_the_story(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.topic == "assessor_leaves", answer.answer
    assert re.search(r"\b90 days\b", answer.answer)
