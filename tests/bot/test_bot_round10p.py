"""Issue 11, round 10 (process answers): the fact a process question asks for is in its answer.

Rules (phrasings ours, several of each, none the bench's sentence):
- a part of the question named by its shape gets its facts (bot.parts, bot_combos.toml): what
  happens once the submission is sent (the QA review), registering first (the application
  form), emailed or electronic submissions, whom to call, where to get the evaluation tool,
  the steps in order, a course asked of a worker (full-time employees), samples from a busy
  season, a first certification (three months of records), a course taken again;
- a named year of the cycle keeps the courses or the validity the question also asks for
  (bot.year_cycle), and "certify again" asks when the next certification falls;
- a question about Energy Safety Canada asks what its consultant may do, how long its system
  must have run, and who tells the employer the result (bot.esc_asked);
- the facts say what the pages say: the QA Analyst requests more, ESC's binder carries the
  WCB information on the Summary Sheet and an action plan for the previous report's
  deficiencies, an audit without valid training is not accepted, MECOR starts with a SECOR
  certification assessment;
- a policy or program named by its subject goes with that subject's element (element_cues);
  asked about a full COR's elements, a document whose subject names a COR element is placed
  there, with its SECOR element beside it (bot.element_answer).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from bot.parts import read_parts


def _says(engine: Engine, question: str, *said: str) -> None:
    answer = engine.ask(question)
    for words in said:
        assert words.lower() in answer.answer.lower(), (question, words, answer.answer)
    assert answer.sources, question


@pytest.mark.parametrize(
    "question",
    [
        "we sent our secor package yesterday, now what?",
        "after I submit the evaluation, what happens?",
        "we emailed our secor zip this week, what is the next step?",
    ],
)
def test_what_follows_a_submission_is_the_qa_review(engine: Engine, question: str) -> None:
    _says(engine, question, "Quality Assurance (QA) Analyst")


@pytest.mark.parametrize(
    "question",
    [
        "do I need to sign up with ACSA before sending the evaluation?",
        "is there an application form to fill in?",
        "should we apply first, or just submit when ready",
    ],
)
def test_registering_first_names_the_application_form(engine: Engine, question: str) -> None:
    _says(engine, question, "Application Form")


@pytest.mark.parametrize(
    "question",
    [
        "do you accept secor submissions by email?",
        "can our secor be sent electronically",
        "is it emailed submissions only or can I drop off paper?",
    ],
)
def test_emailed_submissions_are_answered(engine: Engine, question: str) -> None:
    _says(engine, question, "electronically only")


@pytest.mark.parametrize(
    "question",
    [
        "who should I call with questions about our secor?",
        "what's the phone number for the COR people",
        "if we get stuck on the evaluation who do we contact",
    ],
)
def test_whom_to_call_gives_the_number(engine: Engine, question: str) -> None:
    _says(engine, question, "1-800-661-2272")


@pytest.mark.parametrize(
    "question",
    [
        "where can we download the evaluation tool?",
        "how do I get a copy of the SECOR evaluation tool",
        "where would I find the eval tool file",
    ],
)
def test_where_to_get_the_tool_is_the_downloads(engine: Engine, question: str) -> None:
    _says(engine, question, "Downloads")


@pytest.mark.parametrize(
    "question",
    [
        "in what order do we do everything for secor?",
        "list the steps in order please, I don't want to skip one",
        "what do we need to have in place before we apply for secor",
    ],
)
def test_the_steps_in_order(engine: Engine, question: str) -> None:
    _says(engine, question, "The steps, in order", "three months")


@pytest.mark.parametrize(
    "question",
    [
        "does my new hire have to take first aid before he starts?",
        "is CSTS required for every one of our workers",
        "do all the labourers need to take PHSM for secor?",
    ],
)
def test_a_course_asked_of_a_worker_names_full_time(engine: Engine, question: str) -> None:
    _says(engine, question, "full-time")


@pytest.mark.parametrize(
    "question",
    [
        "our busy season is summer, can the samples all come from then?",
        "we're seasonal. can samples be from our peak months only?",
        "work is dead in winter, is it ok if our samples are from the busiest weeks",
    ],
)
def test_samples_from_a_busy_season(engine: Engine, question: str) -> None:
    _says(engine, question, "busiest three months")


@pytest.mark.parametrize(
    "question",
    [
        "first time applying, do the policies go in or only records?",
        "our very first secor: do we include our procedures as well as the forms?",
        "never done secor before. are policies sent too or just the records",
    ],
)
def test_a_first_certification_needs_three_months(engine: Engine, question: str) -> None:
    _says(engine, question, "three months")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("certified in 2023, when do we need to certify again?", "2026"),
        ("we got our secor in 2025, when is the next full certification", "2028"),
        ("We got certified last year. Do we still need to do courses?", "ACSA course"),
        ("we passed our secor 2 years ago, any more training needed?", "full-time"),
        (
            "brand new: how many months of records for our first certification, and how long "
            "does the certificate last?",
            "three years",
        ),
    ],
)
def test_a_year_of_the_cycle_keeps_what_else_is_asked(
    engine: Engine, question: str, said: str
) -> None:
    _says(engine, question, said)


@pytest.mark.parametrize(
    "question",
    [
        "does someone need to take another course now that we're certified?",
        "are we done with training once we have secor",
        "do we need to keep taking courses after certification",
    ],
)
def test_a_course_taken_again_is_the_renewal(engine: Engine, question: str) -> None:
    assert "course_renewal" in read_parts(engine.nlp(question)).tags
    _says(engine, question, "every three years")


@pytest.mark.parametrize(
    "question",
    [
        "do the guys need to take the course again if they change jobs?",
        "is there another course for supervisors",
    ],
)
def test_a_course_named_without_renewal_is_not_the_renewal(engine: Engine, question: str) -> None:
    assert "course_renewal" not in read_parts(engine.nlp(question)).tags


_OPENERS = st.sampled_from(["ok so", "we", "I", "my office manager and I", "today we"])
_SENT = st.sampled_from(["emailed the zip", "sent the link", "submitted everything", "sent it"])
_ASKS = st.sampled_from(["what happens next", "now what", "then what", "what happens now"])


@settings(max_examples=40, deadline=None)
@given(opener=_OPENERS, sent=_SENT, asks=_ASKS)
def test_any_sent_then_what_is_read_as_after_submit(
    engine: Engine, opener: str, sent: str, asks: str
) -> None:
    question = f"{opener} {sent} to cor@youracsa.ca. {asks}?"
    assert "after_submit" in read_parts(engine.nlp(question)).tags


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("I'm the consultant on a client's ESC online audit, what can I do for them?", "organis"),
        (
            "Our HSMS for Energy Safety Canada has been running four months. can we apply?",
            "full year",
        ),
        ("Does Energy Safety Canada tell us whether our audit passed?", "passed or failed"),
        ("ESC binder: where does our WCB information go?", "Summary Sheet"),
        (
            "for energy safety canada do we attach an action plan for last report's gaps",
            "deficienc",
        ),
        ("ESC: our assessor's refresher lapsed, can we still send the audit?", "not accepted"),
        ("how does an Energy Safety Canada MECOR begin?", "SECOR certification assessment"),
    ],
)
def test_energy_safety_canada_facts_asked(engine: Engine, question: str, said: str) -> None:
    _says(engine, question, said)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("which element is our PPE program in", "Element 6, Personal Protective Equipment"),
        ("where do I file the inspection policy?", "Element 9, Inspections"),
        ("which element for the preventative maintenance program", "Element 7, Maintenance"),
    ],
)
def test_a_policy_goes_with_its_subject(engine: Engine, question: str, said: str) -> None:
    _says(engine, question, said)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("why bother with the evaluation tool in a maintenance year, we're already certified",
         "PIR"),
        ("maintenance year: must I send all our policies and the safety manual again?",
         "12 months"),
        ("in the off year how do I send the maintenance in?", "cor@youracsa.ca"),
        ("if the QA analyst wants more records, what happens", "request"),
    ],
)  # fmt: skip
def test_maintenance_year_answers_carry_the_asked_fact(
    engine: Engine, question: str, said: str
) -> None:
    _says(engine, question, said)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("once we move up to COR which element are fire drill records in", "Element 8, Emergency"),
        ("where do site inspection checklists go in a full COR?", "Element 7, Inspection and"),
        ("if we go to COR which COR element holds orientation records", "Element 4, Training"),
    ],
)
def test_a_cor_element_asked_is_placed_in_cor(engine: Engine, question: str, said: str) -> None:
    _says(engine, question, said, "in a SECOR it is Element")


def test_cor_named_loosely_stays_secor(engine: Engine) -> None:
    _says(engine, "what cor element do our toolbox talks go in", "Element 8, Training and")


@pytest.mark.parametrize(
    "question",
    [
        "we want to hire an outside assessor. what training does that person need?",
        "if a consultant does our evaluation, which certificate do they have to hold",
        "what course does our assessor need to take?",
    ],
)
def test_the_training_asked_of_an_assessor_names_the_course(engine: Engine, question: str) -> None:
    _says(engine, question, "PHSM")
