"""Where a document goes (business paperwork is no element's), and ESC facts by their words."""

from __future__ import annotations

import pytest

from bot.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "which element do i put the customer invoices and the loan papers for the truck in?",
        "what element do our quotes and estimates go in",
        "what element do the customer receipts go in",
    ],
)
def test_business_paperwork_is_no_elements(engine: Engine, question: str) -> None:
    text = engine.ask(question).answer
    assert "That is not part of a SECOR evaluation: no element asks for it" in text, text
    assert "may be returned" in text


@pytest.mark.parametrize(
    ("question", "element"),
    [
        ("got a letter from wcb with our injury claims for the year. does that go somewhere "
         "in the secor?", "Element 12, Records and Statistics"),
        ("new hire orientation checklist, signed by the worker and foreman — where?",
         "Element 8, Training and Communication"),
        ("which element for the truck maintenance log", "Element 7, Maintenance"),
    ],
)  # fmt: skip
def test_more_ways_of_asking_where_a_document_goes(
    engine: Engine, question: str, element: str
) -> None:
    text = engine.ask(question).answer
    assert f"That goes in {element}." in text, text
    assert "does that." not in text and "— where" not in text  # the document, not the question


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("We submit online with Energy Safety Canada. Once our registration is approved, how "
         "long do we have to finish?", "36 days"),
        ("with esc how long does the assessor have to send the report after the site visit",
         "21 days"),
    ],
)  # fmt: skip
def test_a_question_about_esc_gets_the_esc_fact_its_words_name(
    engine: Engine, question: str, figure: str
) -> None:
    """BM25 over Energy Safety Canada's facts, of the type asked for (a duration)."""
    text = engine.ask(question).answer
    assert text.startswith("That is Energy Safety Canada's rule"), text
    assert figure in text


def test_where_people_go_to_take_a_course_is_no_element_question(engine: Engine) -> None:
    text = engine.ask("where can my guys go to take the standard first aid course").answer
    assert "That goes in Element" not in text
