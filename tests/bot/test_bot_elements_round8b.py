"""Issue 11, round 8b: beliefs about the element lists, checked against the element guide
(bot.element_premise).

- "element 3 in secor": the program named beside the number is the list asked about, even
  when a full COR is named later ("like in the big COR");
- "incident investigations are element 9": a claim with "is/are element N" is checked;
- a name asked to be one of the elements may be quoted or written "one of secor's";
- "committees" is not "commitment": words are compared once singular, on more letters;
- a "No" about SECOR's list gives the 13 elements by name;
- "what element number is that for SECOR": "that" is the document of the sentence before,
  and "for SECOR" / "for our secor submission" names no document (bot.element_answer).

The phrasings are ours; none is a benchmark question.
"""

from __future__ import annotations

import pytest

from bot.element_answer import asked_document
from bot.element_premise import premise_answer
from bot.engine import Engine


@pytest.mark.parametrize(
    ("question", "starts", "says"),
    [
        (
            "is element 3 of secor the committee one like the regular COR?",
            "No: for SECOR, Element 3 is Safe Work Practices.",
            "Element 3 of a full COR",
        ),
        (
            "is element 8 in SECOR the emergency response one, as in a full COR",
            "No: for SECOR, Element 8 is Training and Communication.",
            "Emergency Planning",
        ),
        (
            "my old boss said inspections are element 7. is that right for secor?",
            "No: for SECOR, Element 7 is Maintenance.",
            "Inspections is Element 9",
        ),
        (
            "hazard assessments are element 2, right?",
            "Yes: for SECOR, Element 2 is Hazard Assessments.",
            "13 elements",
        ),
    ],
)
def test_a_stated_element_number_is_checked(question: str, starts: str, says: str) -> None:
    answer = premise_answer(question)
    assert answer is not None and answer.sources
    assert answer.answer.startswith(starts), answer.answer
    assert says in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        'is "Health and Safety Committees" one of the SECOR elements?',
        "is the safety committee one of secor's",
        "is HSE rep one of the secor elements",
    ],
)
def test_a_cor_only_element_is_not_secor_and_the_list_follows(question: str) -> None:
    answer = premise_answer(question)
    assert answer is not None
    text = answer.answer
    assert text.startswith("No: Health and Safety Committees / HSE Rep is not"), text
    assert "Element 3 of a full COR" in text
    assert "13 Contracting Services" in text  # SECOR's 13, by name


def test_management_commitment_is_not_mistaken_for_committees() -> None:
    answer = premise_answer("is management commitment one of the secor elements")
    assert answer is not None
    assert "Management Commitment is not one of SECOR's" in answer.answer
    assert "Committees" not in answer.answer.split(".")[0]


@pytest.mark.parametrize(
    ("question", "document"),
    [
        (
            "one of the crew slipped on ice and we wrote an incident report. What element "
            "number is that for SECOR?",
            "one of the crew slipped on ice and we wrote an incident report",
        ),
        (
            "the toolbox talk sign-in sheets, what element number for the secor submission?",
            "the toolbox talk sign-in sheets",
        ),
        ("we keep a first aid kit log. what element for our secor?", "first aid kit log"),
    ],
)
def test_that_and_the_program_point_back_to_the_document(question: str, document: str) -> None:
    assert asked_document(question) == document


def test_people_in_the_sentence_before_do_not_turn_a_placement_into_a_head_count(
    engine: Engine,
) -> None:
    answer = engine.ask(
        "Two of my guys had a close call with a ladder and we filled in an incident report. "
        "Which element is that for SECOR?"
    )
    assert answer.topic != "eligibility", answer.answer
    assert "I count" not in answer.answer


@pytest.mark.parametrize(
    ("question", "starts"),
    [
        ("Is contracting services an element in SECOR?", "Yes: Contracting Services is Element 13"),
        ("is HSE rep an element of secor", "No: Health and Safety Committees / HSE Rep is not"),
        ("is training an element in the full COR", "Yes: Training is Element 4 of a full COR"),
    ],
)
def test_a_name_asked_to_be_an_element_of_a_program(question: str, starts: str) -> None:
    answer = premise_answer(question)
    assert answer is not None and answer.answer.startswith(starts), answer


@pytest.mark.parametrize(
    "question",
    [
        "how many element folders will the zip need",
        "what number of folders should our submission have",
        "is the tool its own file, and how many elements will I have folders for?",
    ],
)
def test_how_many_element_folders_is_the_thirteen_elements(engine: Engine, question: str) -> None:
    text = engine.ask(question).answer
    assert "SECOR has 13 elements" in text, text
