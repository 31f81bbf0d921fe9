"""Which element a document goes in, and whether to send it this year, when the document is
described rather than named, or named in an earlier sentence (round 14).

Rules (each tested with paraphrases of shapes other than the development questions', and
look-alikes that keep their answers):
- a document a question points back to ("those", "that", "it", "these forms", "the
  spreadsheet") is the thing the earlier sentence describes: the document classifier (the
  intake's, bot/element_answer.py) reads the earlier sentence's words with it;
- a document described by its content ("a checklist of guardrails and ladders", "injury
  counts and lost days") is classified by that content, before any silent topic its words
  brush against ("extension cords", "first aid cases for the last three years");
- "under COR", "in a full COR", "a COR instead of SECOR" answers from a full COR's element
  list as the element guide gives it;
- things that belong to no element (marketing, photos of finished work, brochures,
  invoices, bids) are said to be no part of the submission;
- a maintenance-year question about a document says what that year asks for it (a record:
  a sample; a program document: on file, sent again if it changed), beside its element.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.element_answer import asked_document, described_document, points_back
from bot.engine import Engine
from bot.questions import with_context

Labeler = Callable[[str], tuple[str, float]]


def _recording(label: str, seen: list[str]) -> Labeler:
    def labeler(text: str) -> tuple[str, float]:
        seen.append(text)
        return label, 0.95

    return labeler


# -- 1. a document pointed back to is described by the sentence before -------------------


@pytest.mark.parametrize(
    ("question", "described"),
    [
        (
            "The foreman ticks off scaffolds, guardrails and housekeeping on a clipboard every "
            "Friday. Where do those sheets go?",
            "The foreman ticks off scaffolds, guardrails and housekeeping on a clipboard every "
            "Friday. those sheets",
        ),
        (
            "We ran a fire drill at the yard in March and took attendance. Which element would "
            "that sheet go in?",
            "We ran a fire drill at the yard in March and took attendance. that sheet",
        ),
        (
            "Our mechanic writes down every oil change and brake check on the trucks. Which "
            "element are these forms for?",
            "Our mechanic writes down every oil change and brake check on the trucks. these forms",
        ),
        (
            "My daughter counts our first aid cases and lost days every year. What element is "
            "the spreadsheet?",
            "My daughter counts our first aid cases and lost days every year. spreadsheet",
        ),
    ],
)
def test_the_classifier_reads_the_earlier_sentence_with_the_pointer(
    engine: Engine, question: str, described: str
) -> None:
    seen: list[str] = []
    Engine(engine.nlp, _recording("inspections", seen)).ask(question)
    assert seen == [described]


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("which element for our toolbox talk sign in sheets", "toolbox talk sign in sheets"),
        ("We do drills twice a year. Which element do the fire drill records go in?",
         "fire drill records"),
    ],
)  # fmt: skip
def test_a_document_named_in_full_is_read_alone(engine: Engine, question: str, named: str) -> None:
    seen: list[str] = []
    Engine(engine.nlp, _recording("training_communication", seen)).ask(question)
    assert seen in ([], [named])  # a cue may decide it first; never with the sentence before
    assert asked_document(question) == named


@pytest.mark.parametrize(
    ("words", "pointing"),
    [
        ("those completed checklists", True),
        ("these forms", True),
        ("the spreadsheet", True),
        ("our binder", True),
        ("that write-up", True),
        ("the completed forms", True),
        ("fire drill records", False),
        ("the spreadsheet of injury counts", False),
        ("harness inspection log", False),
    ],
)
def test_what_points_back(words: str, pointing: bool) -> None:
    assert points_back(words) is pointing


_FILLERS = st.sampled_from(["We", "Our foreman", "The office", "My son"])
_CONTENT = st.sampled_from(
    ["tick off guardrails and ladders", "write down lost days", "list the fire exits"]
)
_POINTERS = st.sampled_from(["those forms", "these sheets", "the binder", "that checklist"])


@settings(max_examples=40, deadline=None)
@given(who=_FILLERS, what=_CONTENT, pointer=_POINTERS)
def test_any_pointer_takes_the_sentence_before(who: str, what: str, pointer: str) -> None:
    question = f"{who} {what} every month. Which element do {pointer} go in?"
    asked = asked_document(question)  # ("the binder" is asked as "binder")
    assert asked in (pointer, pointer.removeprefix("the "))
    assert described_document(question, asked) == f"{who} {what} every month. {asked}"


def test_which_element_is_it_after_a_question_carries_that_question() -> None:
    carried = with_context("maintenance year: do we send our ERP again", "which element is it")
    assert carried == "maintenance year: do we send our ERP again. which element is it"
    assert asked_document(carried) == "ERP"


# -- 2. described by its content, by the intake's classifier ------------------------------


@pytest.mark.parametrize(
    ("question", "element"),
    [
        ("We keep a clipboard in each truck and the foreman ticks off guardrails, scaffolds and "
         "housekeeping every Friday. Where do those sheets go in the SECOR?",
         "Element 9, Inspections"),
        ("Our bookkeeper tracks how many near misses, recordable injuries and lost-time days we "
         "had each year in Excel. Which element is that?", "Element 12, Records and Statistics"),
        ("i made a chart of our first aid cases and wcb claims per year, what element does it "
         "go under", "Element 12, Records and Statistics"),
        ("We log every oil change and brake check on the trucks in a binder. Which element is "
         "the binder?", "Element 7, Maintenance"),
        ("Once a month I go round every site checking the extension cords, ladders and "
         "guardrails and fill in a sheet. Which element do those go under?",
         "Element 9, Inspections"),
    ],
)  # fmt: skip
def test_a_described_document_is_placed_by_its_content(
    classified: Engine, question: str, element: str
) -> None:
    answer = classified.ask(question)
    assert answer.topic == "which_element", answer.answer
    assert f"That goes in {element}." in answer.answer


@pytest.mark.parametrize(
    ("question", "element"),
    [
        ("our office keeps a spreadsheet of injury counts and lost days, which element",
         "Element 12, Records and Statistics"),
        ("the monthly walkaround checklist for housekeeping and guardrails goes in which element",
         "Element 9, Inspections"),
        ("a tally of first aid cases per year - which element?",
         "Element 12, Records and Statistics"),
    ],
)  # fmt: skip
def test_the_element_words_place_a_described_document_without_the_classifier(
    engine: Engine, question: str, element: str
) -> None:
    assert f"That goes in {element}." in engine.ask(question).answer


@pytest.mark.parametrize(
    "question",
    [
        "We check the extension cords and ladders on every site each month with a form. "
        "Which element do those forms go in?",
        "We keep first aid cases for the last three years in a spreadsheet. What element is "
        "that for?",
    ],
)
def test_a_placement_is_not_taken_for_a_silent_topic(classified: Engine, question: str) -> None:
    answer = classified.ask(question)
    assert answer.topic == "which_element"
    assert "do not say" not in answer.answer and "That goes in Element" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "can we get an extension on our SECOR deadline?",
        "how long is a first aid certificate good for?",
    ],
)
def test_the_silent_topics_themselves_keep_their_answer(engine: Engine, question: str) -> None:
    assert "ACSA's pages do not say" in engine.ask(question).answer


# -- 3. a full COR's elements ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "cor"),
    [
        ("Under COR which element do our site inspections go in?",
         "Element 7, Inspection and Maintenance"),
        ("we plan to move from secor to cor once we pass 10. in cor, what element covers "
         "training records?", "Element 4, Training"),
        ("If we end up needing a COR rather than SECOR, where do fire drill records go?",
         "Element 8, Emergency Response"),
        ("Next year we'll probably outgrow SECOR. Under a full COR, which element is the "
         "incident investigation report?", "Element 9, Investigation"),
        ("under cor what element would our evacuation plan and drills be",
         "Element 8, Emergency Response"),
    ],
)  # fmt: skip
def test_under_cor_the_full_cor_elements_answer(engine: Engine, question: str, cor: str) -> None:
    text = engine.ask(question).answer
    assert f"In a full COR that goes in {cor}" in text, text
    assert "a full COR has 10 elements" in text


@pytest.mark.parametrize(
    ("question", "secor"),
    [
        ("what element under secor do our emergency drills go in",
         "Element 11, Emergency Planning"),
        ("which cor element do the fire drill records go in", "Element 11, Emergency Planning"),
        ("for our secor, not cor, which element do site inspections go in",
         "Element 9, Inspections"),
    ],
)  # fmt: skip
def test_secor_or_a_loose_cor_keeps_the_secor_element(
    engine: Engine, question: str, secor: str
) -> None:
    text = engine.ask(question).answer
    assert f"That goes in {secor}." in text and "In a full COR" not in text


# -- 4. no element: business paperwork ------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "should our company website screenshots and job site photos of finished decks be in "
        "the secor package, which element",
        "where do i put the bids and quotes we sent customers",
        "my wife wants to include our marketing flyers and before/after pictures of completed "
        "kitchens. which element?",
        "do our customer invoices go in one of the elements?",
        "should i add the brochure we hand out at home shows to the secor folders? under which one",
        "Is there an element for our company brochure?",
        "We hand out a little booklet about our services at trade shows. Does that go in an "
        "element?",
    ],
)
def test_business_paperwork_is_no_part_of_the_submission(engine: Engine, question: str) -> None:
    text = engine.ask(question).answer
    assert "That is not part of a SECOR evaluation: no element asks for it" in text, text


@pytest.mark.parametrize(
    ("question", "element"),
    [
        ("photos of the guardrail deficiencies from our site inspection, which element",
         "Element 9, Inspections"),
        ("my wife does the fire drill sign-in sheets, which element?",
         "Element 11, Emergency Planning"),
    ],
)  # fmt: skip
def test_safety_records_that_look_alike_keep_their_element(
    engine: Engine, question: str, element: str
) -> None:
    assert f"That goes in {element}." in engine.ask(question).answer


# -- 5. a maintenance year and a document ---------------------------------------------------


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("maint yr, what element do harness inspection tags go in and do i send them",
         "Harness inspection tags are records (Element 6, Personal Protective Equipment): in a "
         "maintenance year send a sample from the past 12 months."),
        ("in our maint year do i need to send the fire drill records? what element are they",
         "Fire drill records are records (Element 11, Emergency Planning): in a maintenance "
         "year send a sample from the past 12 months."),
        ("maintenance year: do we send our ERP again and which element is it",
         "ERP is a program document (Element 11, Emergency Planning): ACSA refers to the copy "
         "on file from your certification, so send it again only if it changed."),
        ("maint yr coming up, do i have to send our confined space sjp again?",
         "Confined space sjp is a program document (Element 4, Safe Job Procedures): ACSA "
         "refers to the copy on file from your certification, so send it again only if it "
         "changed."),
        ("our maintenance year is next. the working-at-heights SWP, do we submit it again?",
         "program document (Element 3, Safe Work Practices): ACSA refers to the copy on file"),
    ],
)  # fmt: skip
def test_a_maintenance_year_says_what_it_asks_of_the_document(
    engine: Engine, question: str, said: str
) -> None:
    assert said in engine.ask(question).answer


def test_the_element_and_the_maintenance_year_are_both_said(engine: Engine) -> None:
    text = engine.ask(
        "maint yr, which element are ppe inspection reports and do we send them"
    ).answer
    assert "That goes in Element 6, Personal Protective Equipment." in text
    assert "PPE inspection reports are records" in text and "sample" in text


def test_the_year_a_question_opens_with_is_no_part_of_the_document(engine: Engine) -> None:
    text = engine.ask("maint yr, do the toolbox talk sheets go in and which element").answer
    assert "Understood: where to file the toolbox talk sheets." in text
    assert "Toolbox talk sheets are records (Element 8, Training and Communication)" in text


def test_a_certification_year_placement_has_no_maintenance_sentence(engine: Engine) -> None:
    text = engine.ask("which element do ppe inspection reports go in").answer
    assert "That goes in Element 6, Personal Protective Equipment." in text
    assert "maintenance year" not in text
