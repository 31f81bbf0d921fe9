"""A document the employer describes is one document, however many clauses (round 23).

The rule (bot.one_document): a clause opened by a question word in a statement's order ("and
what we're doing about it", "how they'll deal with it", "where everyone meets", "how many
days were lost") asks nothing of its own; it continues the description of the document whose
place the message asks, and the classifier reads the whole description. A clause in a
question's order ("and what do we send?", "and which one for the company rules?", "where do
the first aid tickets go?"), or one about sending, deadlines or cost, stays a question of its
own: two documents asked about separately stay two. Question-first and description-first
shapes both work. All cases are new paraphrases, none a bench sentence.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from bot.one_document import continues_description, rejoined
from bot.questions import split_questions

# -- the parser: a clause in a statement's order continues a description --------------------


@pytest.mark.parametrize(
    "clause",
    [
        "and what we're doing about it",
        "and how they'll deal with it",
        "how we plan to control them",
        "and where everyone meets?",
        "how many days were lost?",
        "what parts we replaced, which element does it go in?",
        "and what's broken",
        "when each one expires",
        "and what their safety program covers?",
        "what to wear while doing it - which element?",
    ],
)
def test_a_clause_in_a_statements_order_continues_the_description(clause: str) -> None:
    assert continues_description(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "and what do we send for them in a maintenance year?",
        "and what is the deadline?",
        "what's the deadline for the submission?",
        "and how long is it valid",
        "where do the first aid certificates go?",
        "which one for the company rules?",
        "and which element folder do they go in?",
        "what number is safe work practices?",
        "and what happens if we miss it",
        "why does it matter",
        "and what we need to send",
        "how many of them do we send?",
    ],
)
def test_a_clause_in_a_questions_order_stays_a_question(clause: str) -> None:
    assert not continues_description(clause)


_HEADS = (
    "What element gets the sheet where the crew lists what could injure someone on site",
    "which element for the checklist where we walk the shop and note what's worn out",
    "What section do we put the spreadsheet of who holds which ticket",
    "which element is the plan for what we do if the shop catches fire",
    "Which element holds the write-up of the near miss at the north pit",
)
_SUBJECTS = ("we", "they", "the crew", "the foreman", "everyone", "our guys")
_VERBS = ("did about it", "changed after", "are doing about it", "fixed", "do next", "need")


@settings(max_examples=60, deadline=None)
@given(
    head=st.sampled_from(_HEADS),
    wh=st.sampled_from(("what", "how", "where", "when")),
    subject=st.sampled_from(_SUBJECTS),
    verb=st.sampled_from(_VERBS),
    end=st.sampled_from(("?", "", "??")),
)
def test_question_first_descriptions_are_one_question(
    head: str, wh: str, subject: str, verb: str, end: str
) -> None:
    text = f"{head} and {wh} {subject} {verb}{end}"
    pieces = rejoined(text, split_questions(text))
    assert len(pieces) == 1, pieces
    assert f"{wh} {subject} {verb}" in pieces[0]


_STORIES = (
    "the foreman fills out a sheet on what could hurt someone at the site",
    "Each truck carries a card with the hospital's address",
    "we keep a log of when every machine was serviced",
    "My office manager tracks every injury",
)
_ASKS = (
    "which element does it go in?",
    "Which element is that?",
    "which of the SECOR elements?",
    "- which element?",
)


@settings(max_examples=60, deadline=None)
@given(
    story=st.sampled_from(_STORIES),
    wh=st.sampled_from(("what", "how", "where")),
    subject=st.sampled_from(_SUBJECTS),
    verb=st.sampled_from(_VERBS),
    ask=st.sampled_from(_ASKS),
    stop=st.sampled_from((". ", ", ", " ")),
)
def test_description_first_messages_are_one_question(
    story: str, wh: str, subject: str, verb: str, ask: str, stop: str
) -> None:
    text = f"{story} and {wh} {subject} {verb}{stop}{ask}"
    pieces = rejoined(text, split_questions(text))
    assert len(pieces) == 1, pieces


@settings(max_examples=40, deadline=None)
@given(
    head=st.sampled_from(_HEADS),
    second=st.sampled_from(
        (
            "what do we send for them in a maintenance year?",
            "how many of them do we send?",
            "what is the deadline for the submission?",
            "which one for the company rules?",
            "where do the first aid tickets go?",
        )
    ),
)
def test_a_second_question_stays_a_question(head: str, second: str) -> None:
    text = f"{head}, and {second}"
    assert len(rejoined(text, split_questions(text))) == 2


# -- the engine: the whole description read, the element said ---------------------------------

_PLACED = [
    # hazard assessments: question first, description first, slang, typos
    (
        "Which element gets the paper where the crew lists what could injure somebody on site "
        "and how they'll deal with it?",
        "how they'll deal with it",
        "Element 2, Hazard Assessments",
    ),
    (
        "hey so what element would I put the form where the lead hand writes down whats "
        "dangerous on the job that day and how the crew is gonna handle it",
        "how the crew is gonna handle it",
        "Element 2, Hazard Assessments",
    ),
    (
        "The sheet my super fills out listing hazards at each new site, and how we plan to "
        "control them - which of the SECOR elements?",
        "how we plan to control them",
        "Element 2, Hazard Assessments",
    ),
    (
        "We have a form for the dangers on that job and how we'll control them, then the guys "
        "sign. Which element is that?",
        "how we'll control them",
        "Element 2, Hazard Assessments",
    ),
    # inspections
    (
        "What section do I put the checklist where we walk the yard and note what's broken and "
        "what we fixed?",
        "what we fixed",
        "Element 9, Inspections",
    ),
    # investigations
    (
        "Which element holds the report on the near miss at the Smith job and what we changed "
        "after?",
        "what we changed after",
        "Element 10, Investigations",
    ),
    # training records
    (
        "which element gets our spreadsheet of who has which tickets and when each one expires",
        "when each one expires",
        "Element 8, Training and Communication",
    ),
    # safe job procedures
    (
        "We wrote down step by step how to change a blade on the table saw and what gloves to "
        "wear. Which element does it belong in?",
        "what gloves to wear",
        "Element 4, Safe Job Procedures",
    ),
    # emergency planning
    (
        "what section is the plan that says who calls 911 and where we muster if there's a gas "
        "leak",
        "where we muster",
        "Element 11, Emergency Planning",
    ),
    # maintenance logs (description first, the question points back)
    (
        "the log of when we serviced each machine and what parts we replaced, which element "
        "does it go in?",
        "what parts we replaced",
        "Element 7, Maintenance",
    ),
    # contractor papers
    (
        "which element gets the forms the subs fill out about their insurance and what their "
        "safety program covers?",
        "what their safety program covers",
        "Element 13, Contracting Services",
    ),
    # records and statistics
    (
        "which element takes our yearly tally of injuries and how many days were lost?",
        "how many days were lost",
        "Element 12, Records and Statistics",
    ),
]


@pytest.mark.parametrize(("text", "clause", "place"), _PLACED)
def test_the_whole_description_is_placed(
    classified: Engine, text: str, clause: str, place: str
) -> None:
    answer = classified.ask(text)
    lead = answer.answer[:400]
    assert place in lead, answer.answer
    assert clause in lead, answer.answer  # the reply quotes the whole description
    assert not lead.startswith("You asked about"), answer.answer  # one question, not two


@pytest.mark.parametrize(
    "text",
    [
        "Which element for the list of OHS acts and codes that apply to roofing and what each "
        "one covers?",
        "we keep a list of the acts and regulations that apply to us and what each one "
        "requires. which element?",
    ],
)
def test_a_described_legislation_list_gets_what_the_pages_say(
    classified: Engine, text: str
) -> None:
    answer = classified.ask(text).answer
    assert "do not say which element the List of applicable OHS legislation" in answer
    assert "what each one" in answer[:300]


def test_where_in_the_binder_reads_the_document_after_go(classified: Engine) -> None:
    answer = classified.ask(
        "where does a sheet go that lists what could hurt somebody on the job and what we "
        "do about it, and the crew signs it?"
    ).answer
    assert re.search(r"where to file (?:a )?sheet that lists what could hurt", answer), answer
    assert "Element 2, Hazard Assessments" in answer


# -- honest look-alikes: two documents asked separately stay two ------------------------------


def test_two_places_asked_each_answered(classified: Engine) -> None:
    answer = classified.ask(
        "which element for the safe work practices and which one for the company rules?"
    ).answer
    assert "Element 3, Safe Work Practices" in answer
    assert "Element 5, Company Rules" in answer


def test_two_documents_asked_separately_stay_two(classified: Engine) -> None:
    answer = classified.ask(
        "where do the toolbox talk sign-in sheets go, and where do the first aid certificates go?"
    ).answer
    assert "where to file toolbox talk sign-in sheets" in answer
    assert "where to file first aid certificates" in answer


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "which element for our FLHAs and what do we send for them in a maintenance year?",
            "operational records",
        ),
        (
            "Which element should our hazard assessments go in, and how many of them do we send?",
            "one or two documents a month",
        ),
        (
            "what element are site inspection forms in and what's the deadline for the submission?",
            "do not say when your submission is due",
        ),
    ],
)
def test_a_second_question_after_a_placement_is_answered(
    classified: Engine, text: str, second: str
) -> None:
    answer = classified.ask(text).answer
    assert "That goes in Element" in answer
    assert second in answer, answer
