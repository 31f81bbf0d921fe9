"""Round 18 development flips: rules that read the question's own words, not the topic the
intent model ranks first (each with paraphrases of shapes other than the bench sentences').

Rules:
- a bare "element?" / "folder?" asked after a statement that names a document ("... we wrote
  up the investigation. element?") is a placement question (bot/element_answer.py
  ``ELEMENT_QUESTION``, ``_TAIL``);
- an offered element number may carry its name and a tag ("element 4 Training, same as
  COR?", "element 7, don't they?"): still one element offered, checked by the classifier
  (bot/element_answer.py ``_OFFERED_END``);
- a second part that only names a document after a placement question ("... what element?
  and the signed rules sheet?") asks the same of that document (bot/questions.py
  ``_DOCUMENT_ONLY``);
- SECOR's list of elements asked in so many words ("list/name the elements") is the list,
  whatever topic ranks first (bot/element_premise.py ``secor_list_answer``);
- a story that says the company is not an (automatic) ACSA member keeps the membership
  answer, whatever its question asks (bot/answers.py ``_OUTSIDE_ACSA``, bot/engine.py);
- a question after a story that asks whether something "still" holds is read with the story
  (bot/story.py ``_STILL``).
"""

from __future__ import annotations

import pytest

from bot.engine import Engine

# -- (1) a bare "element?" after a statement naming a document ------------------------------


@pytest.mark.parametrize(
    ("text", "element"),
    [
        ("a worker slipped on the stairs last week, nobody hurt, and I filled out the incident "
         "investigation form. element?", "Element 10"),
        ("We do a fire drill at the yard twice a year and keep the drill record. Which folder?",
         "Element 11"),
        ("monthly site inspection checklist. folder?", "Element 9"),
        ("Got our first aid kit inspection checklist signed off! element?", "Element 9"),
        ("so we have the written company rules plus the discipline steps for breaking them. "
         "element?", "Element 5"),
    ],
)  # fmt: skip
def test_a_bare_element_asked_after_a_statement_places_the_document(
    engine: Engine, text: str, element: str
) -> None:
    reply = engine.ask(text)
    assert reply.topic == "which_element", (text, reply.answer)
    assert element in reply.answer, reply.answer


# -- (2) an offered element with its name and a tag ---------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Crew toolbox meeting sign-off sheets: element 4 Training, like in COR?",
         "in a SECOR it is Element 8, Training and Communication."),  # COR named as the frame
        ("new hire orientation checklists - element 4 training, right?",
         "No, not Element 4. That goes in Element 8, Training and Communication."),
        ("Our weekly jobsite inspection forms go in element 9, right?",
         "Yes. That goes in Element 9, Inspections."),
        ("investigation report for the forklift near miss - element 9 Investigation, same as "
         "COR?", "No, not Element 9. That goes in Element 10, Investigations."),
        ("the emergency evacuation plan goes in element 8 emergency response, doesn't it?",
         "No, not Element 8. That goes in Element 11, Emergency Planning."),
    ],
)  # fmt: skip
def test_an_offered_element_with_its_name_is_checked(
    engine: Engine, text: str, verdict: str
) -> None:
    reply = engine.ask(text)
    assert verdict in reply.answer, reply.answer


# -- (3) a second part naming only a document --------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("which element do the fire drill records go in? and the monthly inspection "
         "checklists?", "Element 11", "Element 9"),
        ("What folder for our incident investigation reports? What about the fire drill "
         "records?", "Element 10", "Element 11"),
        ("monthly inspection checklists go in what element? also the written company rules?",
         "Element 9", "Element 5"),
    ],
)  # fmt: skip
def test_a_second_document_named_alone_is_placed_too(
    engine: Engine, text: str, first: str, second: str
) -> None:
    reply = engine.ask(text)
    assert first in reply.answer, reply.answer
    assert second in reply.answer, reply.answer
    assert reply.answer.index(first) < reply.answer.rindex(second), reply.answer


def test_a_second_part_that_asks_its_own_question_is_not_placed(engine: Engine) -> None:
    reply = engine.ask("which element do fire drill records go in? and how long is SECOR good for?")
    assert "Element 11" in reply.answer, reply.answer
    assert "three years" in reply.answer, reply.answer


# -- (4) the list of SECOR's elements, asked in so many words ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Could you please list the elements? Setting up my folders on the shared drive.",
        "im making binders for secor, can u name all 13 elements for me",
        "Before I start sorting paperwork: what are the SECOR elements called?",
        "give me the elements so I know what to call each folder",
        "Can you go over the 13 elements",
    ],
)
def test_the_list_of_elements_asked_is_the_list(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    for name in ("Corporate Health and Safety Policy", "Contracting Services", "Records and "
                 "Statistics"):  # fmt: skip
        assert name in reply.answer, (text, reply.answer)


@pytest.mark.parametrize(
    "text",
    [
        "what are the elements of a full COR?",
        "what elements do we send in our maintenance year?",
    ],
)
def test_look_alikes_of_the_list_keep_their_answer(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    assert "Contracting Services" not in reply.answer[:200], reply.answer


# -- (5) not an (automatic) ACSA member, then a question ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Found out we're not automatically ACSA members. How do we get in so we can start SECOR?",
        "apparently we aren't acsa members. whats the way in",
        "WCB says we're not an automatic member because of our code. what now, for secor?",
        "We are not members of ACSA. How do we sign up, so we can do the secor?",
    ],
)
def test_not_a_member_is_answered_with_how_to_join(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    assert "Associate Member" in reply.answer, (text, reply.answer)


# -- (6) "still" after a story: the story is part of the question ----------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("We brought in an outside consultant as our SECOR assessor. Does somebody on our own "
         "staff still need the courses?", "full-time employee on its own payroll"),
        ("Our assessor is an external safety guy we pay. Do we still have to have an employee "
         "trained?", "full-time employee on its own payroll"),
        ("Cash is short so we might not do the maintenance this year. Would the WCB refund "
         "still come?", "maintenance is required"),
        ("We're thinking of skipping our yearly maintenance. Do we still get the PIR refund "
         "cheque?", "maintenance is required"),
    ],
)  # fmt: skip
def test_still_after_a_story_is_answered_with_the_story(
    engine: Engine, text: str, said: str
) -> None:
    reply = engine.ask(text)
    assert said in reply.answer, (text, reply.answer)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("We're not automatically ACSA members and we have 6 workers. Do we qualify, and how "
         "do we join?", "with 6 people"),
        ("not an automatic acsa member. 4 guys plus me. can we do secor, how do we get in",
         "with 5"),
    ],
)  # fmt: skip
def test_not_a_member_with_a_count_keeps_the_verdict(engine: Engine, text: str, count: str) -> None:
    reply = engine.ask(text)
    assert count in reply.answer, (text, reply.answer)
    assert "Associate Member" in reply.answer, (text, reply.answer)


# -- (7) an action plan named in a maintenance year: proof it was carried out -------------


@pytest.mark.parametrize(
    "text",
    [
        "Our last audit gave us an action plan. In the maintenance year, do we have to prove "
        "we finished it?",
        "its our maintenance year. we got an action plan back last time, do we send proof the "
        "items got done?",
        "For our second year (maintenance), we have action plans from the evaluation. Do they "
        "need to show completion?",
    ],
)
def test_an_action_plan_in_a_maintenance_year_needs_proof(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    assert "action plans with proof they were carried out" in reply.answer, (text, reply.answer)
    assert "report is a record" not in reply.answer.lower(), reply.answer


# -- (8) something missing from a submission: the QA Analyst asks for more ----------------


@pytest.mark.parametrize(
    "text",
    [
        "if a few records are missing from our package, does ACSA tell us or is it a fail?",
        "will you guys contact me when something is incomplete in my secor submission",
        "We forgot the drill records. Does ACSA call us, or reject the whole thing?",
        "Emailing the zip tomorrow. If we left something out, will someone let us know?",
        "does the evaluation tool go in its own folder? and if something's missing do you "
        "notify us",
    ],
)
def test_something_missing_is_answered_with_the_qa_request(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    assert "Quality Assurance (QA) Analyst" in reply.answer, (text, reply.answer)


def test_a_contact_question_is_not_the_qa_answer(engine: Engine) -> None:
    reply = engine.ask("who do I call about our SECOR, the phone number?")
    assert "Quality Assurance" not in reply.answer, reply.answer
