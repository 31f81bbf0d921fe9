"""Round 15 (flips of the element class): a "which element" question reaches its route by
its own words, whatever topic the intent model ranks first.

- "under which one", "in which one?" ending a question about the SECOR folders or elements
  asks where a document goes (business paperwork: no element asks for it);
- equipment checked or tagged (ladders) is placed by its words, in Maintenance.
"""

from __future__ import annotations

import pytest

from bot.element_answer import is_element_question
from bot.engine import Engine
from bot.labeler import words_label


@pytest.mark.parametrize(
    "question",
    [
        "we print flyers for the spring home show, do they go in the secor folders? in which one",
        "My husband wants our marketing brochure in one of the elements. Under which one?",
        "thinking of putting our price list into the element folders, into which one?",
    ],
)
def test_under_which_one_after_the_folders_asks_where_it_goes(question: str) -> None:
    assert is_element_question(question)


@pytest.mark.parametrize(
    "question",
    [
        "do our trade show brochures belong in the secor folders? under which one",
        "our advertising flyers, should they be saved in the element folders, in which one?",
        "should the customer invoices be put into the secor folders? into which one",
    ],
)
def test_business_paperwork_under_which_one_is_left_out(engine: Engine, question: str) -> None:
    text = engine.ask(question).answer
    assert "That is not part of a SECOR evaluation: no element asks for it" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "which one is better for us, secor or cor?",
        "there are two courses, which one?",
        "we have two WCB accounts, under which one do we apply?",
    ],
)
def test_which_one_without_folders_is_no_element_question(question: str) -> None:
    assert not is_element_question(question)


@pytest.mark.parametrize(
    "described",
    [
        "we tag our ladders and do a check on them every month",
        "ladders get looked over before each job",
        "monthly equipment check on the trailers",
        "a tool check sheet the guys fill in",
        "equipment inspection tags on the compressors",
    ],
)
def test_equipment_checked_is_maintenance(described: str) -> None:
    assert words_label(described)[0] == "maintenance"
