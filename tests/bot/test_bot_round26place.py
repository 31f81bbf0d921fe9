"""Placement questions that name several documents, or ask whether one "goes in" (round 26).

Rule 1 (bot.several_documents, bot.element_answer.several_answer): a "which element" question
that names two or more documents places each one separately, by the same classifier as one
document; a list is cut only where each part reads as a document, so one document's own name
("first aid and CPR certificates", "hazard identification and control form") stays whole.

Rule 2 (bot.goes_in): a message asking whether a document it names goes in, belongs in,
counts for or is included in the SECOR submission is a placement question: the answer is the
document's element. People, courses and credentials that "count" keep their answers.

All cases are new paraphrases, none a bench sentence.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from bot.goes_in import goes_in_document
from bot.labeler import SURE, words_label
from bot.several_documents import several_documents


def _split(words: str) -> list[str]:
    return several_documents(words, words_label, SURE)


# -- the parser: where a list of documents is cut -------------------------------------------


@pytest.mark.parametrize(
    ("words", "parts"),
    [
        (
            "the crew sign-in sheet and the ladder inspection checklist",
            ["the crew sign-in sheet", "the ladder inspection checklist"],
        ),
        ("our ERP, the evacuation drill log and the spill kit list", None),
        ("tailgate meeting notes & the vehicle fuel log", None),
        ("the equipment repair log plus our hazard ID forms", None),
        ("both the orientation checklist and the WHMIS certificates", None),
    ],
)
def test_a_list_of_documents_is_cut_into_each(words: str, parts: list[str] | None) -> None:
    found = _split(words)
    assert len(found) >= 2, found
    if parts is not None:
        assert found == parts


@pytest.mark.parametrize(
    "words",
    [
        "first aid and CPR certificates",
        "hazard identification and control form",
        "inspection and maintenance records",
        "the service log for the loader and the dump truck",
        "a sheet listing what could go wrong and what we do about it",
        "the fire drill record, the drill we run every spring",
        "orientation and training records",
        "the truck",
    ],
)
def test_one_documents_own_name_is_never_cut(words: str) -> None:
    assert _split(words) == []


_HEADS = ["sheet", "log", "checklist", "form", "report", "records", "minutes", "binder"]
_SUBJECTS = ["ladder", "forklift", "toolbox talk", "spill kit", "near miss", "crew meeting"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_SUBJECTS), st.sampled_from(_HEADS)),
        min_size=2,
        max_size=4,
        unique_by=lambda t: t[0],
    ),
    st.sampled_from(["the ", "our ", ""]),
)
def test_every_listed_document_comes_back(docs: list[tuple[str, str]], det: str) -> None:
    names = [f"{det}{subject} {head}" for subject, head in docs]
    text = ", ".join(names[:-1]) + " and " + names[-1]
    assert _split(text) == names


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_SUBJECTS), st.sampled_from(_SUBJECTS), st.sampled_from(_HEADS))
def test_two_subjects_sharing_one_head_stay_one(first: str, second: str, head: str) -> None:
    # "ladder and forklift checklist": one name shared by both subjects, no determiner
    assert _split(f"{first} and {second} {head}") == []


# -- rule 1 in the engine: each document placed --------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "where would the toolbox meeting sign-in sheet and the eyewash station checklist go?",
            [r"sign-in sheet: Element 8, Training and Communication", r"Element 11|Element 9"],
        ),
        (
            "I have a truck service log and also our fire drill record. which element do they "
            "go in?",
            [r"service log: Element 7, Maintenance", r"; our fire drill record: Element 11"],
        ),
        (
            "Which SECOR folder gets our near miss reports, the evacuation drill log and the "
            "forklift repair log?",
            [
                r"(?i)near miss reports: Element 10",
                r"drill log: Element 11",
                r"repair log: Element 7",
            ],
        ),
        (
            "our fuel truck maintenance log & the crew orientation checklist - what element?",
            [r"maintenance log: Element 7", r"orientation checklist: Element 8"],
        ),
        (
            "hi, sorting the binder tonight. the injury stats sheet and the emergency phone "
            "list, which folder do they go in?",
            [r"stats sheet: Element 12", r"phone list: Element 11"],
        ),
    ],
)
def test_each_named_document_is_placed(
    classified: Engine, question: str, expected: list[str]
) -> None:
    reply = classified.ask(question).answer
    assert "each placed on its own" in reply
    for pattern in expected:
        assert re.search(pattern, reply), (pattern, reply)


@pytest.mark.parametrize(
    ("question", "element"),
    [
        ("which element do first aid and CPR certificates go in?", "Element 8"),
        ("where does the hazard identification and control form go", "Element 2"),
        ("which element is the eyewash station checklist?", "Element 9"),
    ],
)
def test_one_document_keeps_its_single_answer(
    classified: Engine, question: str, element: str
) -> None:
    reply = classified.ask(question).answer
    assert "each placed on its own" not in reply
    assert f"That goes in {element}" in reply


# -- rule 2: "does X go in SECOR" is a placement question ----------------------------------


@pytest.mark.parametrize(
    ("question", "element"),
    [
        ("Just bought a used skid steer. Does the daily walkaround checklist go in SECOR?", "9"),
        (
            "should our monthly fire extinguisher inspection sheets be included in the submission?",
            "9",
        ),
        ("can I put the crew orientation checklists in our SECOR binder?", "8"),
        ("do the evacuation drill records belong in the secor package", "11"),
        (
            "we started doing toolbox talks in spring; would the sign-in sheets count towards "
            "SECOR?",
            "8",
        ),
    ],
)
def test_goes_in_secor_answers_the_element(classified: Engine, question: str, element: str) -> None:
    answer = classified.ask(question)
    assert answer.topic == "which_element"
    assert f"Element {element}," in answer.answer


def test_goes_in_with_two_documents_places_each(classified: Engine) -> None:
    reply = classified.ask(
        "do the forklift repair log and the crew orientation checklist go in the secor package?"
    ).answer
    assert re.search(r"repair log: Element 7", reply)
    assert re.search(r"orientation checklist: Element 8", reply)


@pytest.mark.parametrize(
    "question",
    [
        "does my brother-in-law count for SECOR?",
        "does my standard first aid ticket count for SECOR?",
        "does the new truck go in SECOR?",
        "where do the fuel logs go in the secor submission?",
        "when is the secor submission due?",
    ],
)
def test_goes_in_look_alikes_are_not_read_as_such(question: str) -> None:
    assert goes_in_document(question) is None


def test_goes_in_look_alikes_keep_their_answers(classified: Engine) -> None:
    assert classified.ask("does my brother-in-law count for SECOR?").topic != "which_element"
    ticket = classified.ask("does my standard first aid ticket count for SECOR?")
    assert ticket.topic != "which_element"
    assert "First Aid" in ticket.answer
