"""Round 29 (flipb29): answers that flipped with the intent model's retraining, each now read
from the question's own words.

Rules:
- Two file formats set side by side ("pdf or word", "word and excel ok") or one required
  ("has to be a pdf") ask which format: a type of answer no fact holds (bot.asks_for).
- "What are the <SECOR thing> again?" asks what a thing the pages name is: not off-topic,
  whatever the model ranks first (bot.asked_object, identity frame).
- A share of the premiums got back ("what percentage back from WCB") asks the refund's size
  (bot.asked_amount).
- Whether both management courses are needed ("both or just one?") is the choice between
  them: either counts (bot.management_course).
- The assessor leaning on another person's management course ("go off his certificate")
  is answered by the assessor's own-certificate fact; a possessive pronoun in a question
  after a story points back to the story (bot.asked_fact, bot.story).
- A course taken in another country is as open as one from another province; "accept it"
  after a story leaves its object to the story (bot.unstated_events, bot.story).
- Whether the records kept so far are enough to fill in the evaluation asks the first
  submission's timing: three months of records (bot.asked_amount).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.asks_for import asked_type
from bot.engine import Engine

CONTACT = "1-800-661-2272"
_FORMATS = ["pdf", "word", "excel", "docx", "xlsx", "jpg", "png", "spreadsheet"]


@pytest.mark.parametrize(
    "text",
    [
        "can I send word docs or only pdf",
        "has the evaluation tool got to be a pdf?",
        "Quick one before we zip it all up: our forms are a mix. is jpg or pdf what they take?",
        "does everything need to be PDF, or are excel and word files fine for the logs",
        "we keep it all in excel and word and pdf, whichever. does the format matter to ACSA?",
    ],
)
def test_file_formats_side_by_side_are_not_stated(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert "do not say which file formats are accepted" in answer.answer, answer.answer
    assert CONTACT in answer.answer


@given(
    st.sampled_from(_FORMATS),
    st.sampled_from(_FORMATS),
    st.sampled_from(["or", "and", "vs", "or is", "and are"]),
    st.sampled_from(["", "do the files have to be ", "we use ", "ok to send "]),
)
def test_two_formats_joined_ask_a_format(first: str, second: str, joint: str, lead: str) -> None:
    kind = asked_type(f"{lead}{first} {joint} {second} ok?")
    assert kind is not None and kind.id == "format"


@pytest.mark.parametrize(
    "text",
    ["I'll take his word or his advice", "what are the elements again", "which one is better"],
)
def test_words_that_are_no_format_pair_ask_none(text: str) -> None:
    kind = asked_type(text)
    assert kind is None or kind.id != "format"


@pytest.mark.parametrize(
    "text",
    [
        "what were the courses we needed, I forgot",
        "It's been two years since our certification and I'm rusty. Whats the three courses?",
        "remind me, what are the required courses for the owner",
        "We did it all back in 2021. what are the three courses again, for the new foreman?",
    ],
)
def test_what_the_courses_are_asked_again_is_answered(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.sources, answer.answer
    assert "Standard First Aid" in answer.answer
    assert re.search(r"PHSM|Small Employer", answer.answer)


def test_an_identity_question_of_a_foreign_thing_stays_refused(engine: Engine) -> None:
    answer = engine.ask("What are the best hockey sticks this year")
    assert answer.answer.startswith("Sorry"), answer.answer
    assert not answer.sources


@pytest.mark.parametrize(
    "text",
    [
        "We're a 6 man framing crew. If we get certified, whats the % back off the WCB?",
        "what percent back do companies get from wcb",
        "how much back on our WCB premiums does having SECOR give?",
    ],
)
def test_a_share_back_from_wcb_is_the_refund_size(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.sources, answer.answer
    assert "up to 20%" in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "do i have to do PHSM and the small employer course both?",
        "The old page only mentions principles of health and safety management but the current "
        "course page lists the SECOR course too. Is one of them enough or do I need the two of "
        "them?",
        "phsm + secor course, just one needed?",
    ],
)
def test_both_management_courses_asked_is_either(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.topic == "phsm", answer.topic
    assert "accepts either Small Employer" in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "Our safety guy holds the PHSM ticket. I'm the owner and want to do the evaluation "
        "myself. Does his course cover me?",
        "My partner took the small employer course last year. Could I be our evaluator using "
        "her certificate, or do I need my own?",
        "can the assessor be me if I use my supervisor's PHSM cert",
        "the super has PHSM. I'll be the assessor. can I go by his ticket?",
    ],
)
def test_the_assessor_needs_a_course_of_their_own(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.topic == "assessor", (answer.topic, answer.answer)
    assert "they need their own certificate" in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "I did my standard first aid back home in the Philippines two years ago. Does that "
        "count or do I retake it here?",
        "does ACSA recognize a first aid ticket I got in England?",
        "We hired a guy with a CSTS-equivalent course from Poland, is that ok for our SECOR?",
        "I took PHSM in Saskatchewan through their association. Will ACSA recognize it?",
        "my first aid card is from india, still good. you accept it?",
    ],
)
def test_a_course_from_abroad_is_not_stated(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert "whether a course taken through another province's safety association" in (
        answer.answer
    ), answer.answer
    assert CONTACT in answer.answer


def test_first_aid_from_an_alberta_provider_keeps_its_answer(engine: Engine) -> None:
    answer = engine.ask(
        "My first aid is from the Red Cross in Calgary. Which first aid course do they want?"
    )
    assert "Standard First Aid" in answer.answer
    assert answer.sources


@pytest.mark.parametrize(
    "text",
    [
        "our program started six weeks ago. do we have enough records to submit the "
        "evaluation tool?",
        "Are we ready to send in the evaluation? We've had the HSMS running since last fall.",
        "Started the safety program March 1st, it's now mid April. Is this long enough to fill "
        "out the evaluation?",
    ],
)
def test_enough_records_to_start_is_three_months(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert re.search(r"at least three months of health and safety records", answer.answer), (
        answer.answer
    )


def test_the_assessor_renewing_their_own_course_is_the_three_year_rule(engine: Engine) -> None:
    answer = engine.ask("our evaluator has to refresh her PHSM every three years, right?")
    assert answer.topic == "continuing_education", answer.topic
    assert "every three years at least one of your full-time employees" in answer.answer
