"""Issue 11, round 14 (story14a): a question asked after statements is routed by what it asks.

Rules (phrasings ours, several shapes of each, none the bench's sentence):
- statements first, then a process question: the question's own sentence chooses the topic;
  people counted in the statements give a brief verdict first, not the whole answer;
- "it" in the question stands for the certificate or the submission the statements name;
  "the course" for the course they name; a maintenance year they name is the question's;
- an opening that only announces the questions ("two questions:") is no context;
- look-alikes keep the whole reading: a question about the count the statements give, a
  question that refers back to them ("does that matter", "can we send it now"), a count
  over the limit, and a story the pages are silent on with a vague question.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from bot.story import told_then_asked


def _says(engine: Engine, question: str, *said: str) -> str:
    answer = engine.ask(question)
    for words in said:
        assert words.lower() in answer.answer.lower(), (question, words, answer.answer)
    assert answer.sources, question
    return answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "My brother and I run a small tiling business with three helpers. A client asked us "
        "whether the SECOR is a government thing. Who is it that hands out the actual "
        "certificate?",
        "Me, my wife and three framers, all on our WCB. The general contractor keeps asking "
        "about our safety certificate. Who issues a SECOR certificate in the first place?",
    ],
)
def test_who_issues_the_certificate_after_a_story(engine: Engine, question: str) -> None:
    text = _says(engine, question, "Alberta Government")
    assert text.index("Alberta Government") < 400  # not buried under a head-count answer
    assert "Everyone covered by your WCB account" not in text


def test_how_long_it_lasts_names_the_certificate(engine: Engine) -> None:
    _says(
        engine,
        "We were certified in spring 2023, me plus five roofers. My banker wants to know. "
        "How many years is it good for?",
        "three years",
    )


@pytest.mark.parametrize(
    "question",
    [
        "Our evaluation tool is done and the scanned binders make a huge folder, around 3 GB. "
        "I was going to burn it to a DVD and mail it. How do we get it to you?",
        "The scanned records fill a big folder now that the evaluation is finished. My "
        "bookkeeper wants to hand-deliver a memory stick. What are the ways of sending it in?",
    ],
)
def test_how_to_send_after_a_story_about_size(engine: Engine, question: str) -> None:
    _says(engine, question, "cor@youracsa.ca", "link")


def test_what_happens_when_more_is_wanted_is_the_qa_review(engine: Engine) -> None:
    text = _says(
        engine,
        "We're four people doing siding and it's our first go at SECOR. I only included a "
        "handful of toolbox talk records. Will ACSA reject the whole thing if they want more, "
        "or will they request extra documents?",
        "Quality Assurance",
        "requests more",
    )
    assert text.startswith("Yes — with 4 people")  # the count is said first, briefly


def test_the_benefits_asked_after_a_story(engine: Engine) -> None:
    text = _says(
        engine,
        "I took over my father's plumbing company last year and I'm trying to decide whether "
        "SECOR is worth the paperwork. Apart from the refund, what does having it do for us?",
        "safety culture",
    )
    assert "maintenance" not in text.split(".")[0]


def test_where_to_get_the_tool_after_a_story(engine: Engine) -> None:
    _says(
        engine,
        "We have our three courses done and five months of records in a binder. Where can I "
        "download the evaluation tool from?",
        "Downloads section",
    )


def test_a_story_then_two_questions_answers_both(engine: Engine) -> None:
    _says(
        engine,
        "my wife told me to ask you two things. where do we email our SECOR package to, and "
        "do I count in the ten myself?",
        "cor@youracsa.ca",
        "count",
    )


def test_an_announcing_opening_is_no_context(engine: Engine) -> None:
    _says(
        engine,
        "Two things: how soon can we hand in our very first SECOR, and who may act as the "
        "assessor?",
        "three months",
        "assessor",
    )


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Last spring we had 13 people for a month, now we're 7. Can we apply for SECOR?", "13"),
        ("There are six of us including me and my wife. Are we small enough for SECOR?", "6"),
        ("we grew to 12 workers in our maintenance year. what happens to our secor?", "12"),
    ],
)
def test_a_question_about_the_count_keeps_the_verdict(
    engine: Engine, question: str, said: str
) -> None:
    text = _says(engine, question, said)
    assert "limit" in text


def test_a_question_that_refers_back_reads_the_story(engine: Engine) -> None:
    _says(
        engine,
        "We just started our safety program three weeks ago. Can we send in the evaluation now?",
        "three months",
    )


@pytest.mark.parametrize(
    "question",
    [
        "We're selling the company to our foreman next year. Does the secor go with the business?",
        "Our company earned a small employer COR out in Manitoba. Is ACSA able to transfer it "
        "to Alberta?",
    ],
)
def test_a_silent_story_with_a_vague_question_stays_silent(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert "cor@youracsa.ca" in answer.answer
    assert answer.topic not in ("steps", "courses")


def test_the_split_of_a_story() -> None:
    story = told_then_asked(
        "We got our SECOR in 2022. Our accountant asked about it. How long does it last?"
    )
    assert story is not None
    assert story.asked == "How long does it last?"
    assert story.question() == "How long does SECOR last?"
    named = told_then_asked(
        "My lead hand took PHSM years ago. Someone said it changed. Does the course still count?"
    )
    assert named is not None and "the PHSM course" in named.question()
    year = told_then_asked("It's our maintenance year and things are busy. What do we send in?")
    assert year is not None and year.question().startswith("maintenance year: ")


@pytest.mark.parametrize(
    "text",
    [
        "How long does SECOR last?",  # a question alone: no story
        "how long is it good for? we got it last year",  # question first
        "Hello! How do we submit our evaluation?",  # only a greeting before it
    ],
)
def test_no_story_without_statements_before_the_question(text: str) -> None:
    assert told_then_asked(text) is None


_STATEMENTS = st.lists(
    st.sampled_from(
        [
            "We are a small framing crew.",
            "My wife does the books.",
            "We got certified a while back.",
            "The general contractor keeps asking.",
        ]
    ),
    min_size=1,
    max_size=3,
)
_QUESTIONS = st.sampled_from(
    [
        "How long does the certificate stay valid?",
        "Where do we send the finished evaluation?",
        "Who fills in the evaluation tool for us?",
    ]
)


@settings(max_examples=40, deadline=None)
@given(_STATEMENTS, _QUESTIONS)
def test_story_split_keeps_the_question_whole(told: list[str], question: str) -> None:
    story = told_then_asked(" ".join([*told, question]))
    assert story is not None
    assert story.asked == question
    assert story.told == " ".join(told)
