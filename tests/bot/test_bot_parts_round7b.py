"""Issue 11, round 7b: every part of a message answered, and each part's facts first.

Mechanisms (phrasings ours, several of each): questions joined by commas without question
marks are split (bot.questions); greetings and thanks are no context; a belief after a
question is no count; a message that opens with "for Energy Safety Canada" keeps that scope
for its later questions; the year type, a deadline named by a date, the course taken every
three years and what a maintenance year is are read as parts (bot.parts) whose facts answer.
"""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.parts import read_parts
from bot.questions import carry_context, courtesy, split_questions, without_premise
from knowledge.facts import fact


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "How long is the certificate valid, what do we have to do in between, and how big "
            "is the refund?",
            3,
        ),
        ("can we apply now, what do we need to do first", 2),
        ("when is it due, how do we send the files in", 2),
        ("is energy safety canada secor the same size rule as acsa, how many staff max", 1),
        ("how long does it take, roughly?", 1),
        ("what do i send, the evaluation tool and records?", 1),
    ],
)
def test_questions_joined_by_commas_are_split(message: str, parts: int) -> None:
    assert len(split_questions(message)) == parts, split_questions(message)


def test_a_closing_thanks_is_dropped_from_a_question() -> None:
    assert split_questions("how we send the papers after? Thank you very much") == [
        "how we send the papers after?"
    ]


@pytest.mark.parametrize(
    "chunk", ["Hi", "hello there", "writing on behalf of the owner", "Thanks!", "quick question"]
)
def test_courtesy_chunks(chunk: str) -> None:
    assert courtesy(chunk)


@pytest.mark.parametrize("chunk", ["maintenance year", "we are 9 people", "for ESC"])
def test_chunks_that_say_something_are_not_courtesy(chunk: str) -> None:
    assert not courtesy(chunk)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "How many elements does SECOR have? I thought it was 10",
            "How many elements does SECOR have?",
        ),
        ("how long is a secor good for? i heard it was 5 years", "how long is a secor good for?"),
        ("is the pass mark 80? I think it's 80%", "is the pass mark 80?"),
    ],
)
def test_a_belief_after_a_question_is_set_aside(text: str, asked: str) -> None:
    assert without_premise(text) == asked


def test_a_count_is_no_belief() -> None:
    assert without_premise("can we get secor? we have 9 guys") is None


def test_an_esc_scope_is_carried_to_later_questions() -> None:
    asked = carry_context(
        [
            "for energy safety canada secor, what's the pass mark",
            "how long can the on-site part take?",
        ]
    )
    assert asked[1].lower().startswith("for energy safety canada secor, how long")
    asked = carry_context(["ESC binder audit: how many days on site", "and how long to send it?"])
    assert asked[1].startswith("ESC binder audit, ")
    assert carry_context(["what's the pass mark", "and for ACSA?"])[1] == "and for ACSA?"


@pytest.mark.parametrize(
    ("question", "tag"),
    [
        ("it's jan 20 and our ESC maintenance audit still isn't in", "deadline"),
        ("what happens if our audit gets in after the due date", "deadline"),
        ("we missed it, what now", "deadline"),
        ("sorry newbie question but what does maintenance year actually mean", "cycle"),
        ("whats a maintenance year", "cycle"),
        ("got our secor in 2024. what am I supposed to do in 2025 and 2026", "cycle"),
        ("certified in 2023, what do we send in 2024?", "maintenance"),
        ("is the every-three-years course something for a maintenance year", "course_renewal"),
        ("do we need a refresher course to keep secor", "course_renewal"),
    ],
)
def test_parts_read_from_the_question(engine: Engine, question: str, tag: str) -> None:
    assert tag in read_parts(engine.nlp(question)).tags


def test_july_2_students_is_no_deadline(engine: Engine) -> None:
    assert "deadline" not in read_parts(engine.nlp("in july 2 students work with us")).tags


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "Hi, writing on behalf of the owner. How long is the certificate valid, what do we "
            "have to do in between, and how big is the refund?",
            ["three years", "20%"],
        ),
        ("got our secor in 2024. what am I supposed to do in 2025 and 2026", ["three years"]),
        ("what does a maintenance year mean", ["three years", "two years in between"]),
        (
            "we missed it. it's jan 20 and our ESC maintenance audit still isn't in. are we toast?",
            ["January 15", "invalid"],
        ),
        (
            "is the every-three-years course thing something i need to think about in a "
            "maintenance year?",
            ["every three years", "three years"],
        ),
        (
            "for energy safety canada secor, what's the pass mark on a maintenance audit and how "
            "long can the on-site part of a binder audit take?",
            ["60%", "15 days"],
        ),
        (
            "we had a couple of corrective actions from last year's report. in the maintenance "
            "do they want to see those",
            ["action plans"],
        ),
        (
            "for the maintenance year: do I resend the safety policy if nothing changed, and how "
            "many inspection samples per month should go in?",
            ["only if it changed", "one or two"],
        ),
        ("In a maintenance year, is it the same evaluation tool or a different form?", ["same"]),
    ],
)
def test_each_part_gets_its_facts(engine: Engine, question: str, said: list[str]) -> None:
    answer = engine.ask(question)
    for words in said:
        assert words in answer.answer, (words, answer.answer)
    assert answer.sources
    assert "people" not in answer.answer.split(".")[0]  # no head count read from a date


def test_business_paperwork_in_one_of_the_elements_is_left_out(engine: Engine) -> None:
    text = engine.ask("do i need to put our customer invoices in one of the elements").answer
    assert "not part of a SECOR evaluation" in text, text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # someone from outside does the SECOR work: a full-time employee still needs the training
        (
            "thinking of hiring a safety consultant to do the whole secor thing, nobody here "
            "has any training. that work?",
            ["full-time employee on its own payroll"],
        ),
        ("can we just pay a consultant to do our secor for us?", ["full-time employee"]),
        (
            "our foreman already has PHSM. The outside guy we hired to do the evaluation tool "
            "doesnt have it. that's fine right since we have it in house?",
            ["their own certificate", "PHSM"],
        ),
        # where a course is taken
        ("where can my guys do the standard first aid", ["approved first aid training providers"]),
        ("where do we take first aid around edmonton?", ["Edmonton"]),
        # the course every three years is not the assessor's alone
        (
            "Our assessor just quit. Does the every-three-years course have to be done by the "
            "assessor specifically?",
            ["no longer has to be the assessor", "anyone full-time"],
        ),
        # ESC's certified auditors and the SECOR assessor
        (
            "I hold current credentials as an Energy Safety Canada certified auditor. Does that "
            "make me a SECOR assessor for the small companies I work with?",
            ["their own auditing company"],
        ),
        # a binder by courier: ACSA's electronic way, and how to send it
        (
            "My buddy couriered his SECOR binder in. Can I do that with ACSA or how does it work?",
            ["electronically only", "cor@youracsa.ca"],
        ),
    ],
)
def test_parts_name_the_facts_that_answer(engine: Engine, question: str, said: list[str]) -> None:
    answer = engine.ask(question)
    for words in said:
        assert words in answer.answer, (words, answer.answer)
    assert answer.sources


@pytest.mark.parametrize(
    "question",
    [
        "the guy who did our evaluation quit last week. how long do i have to get somebody "
        "else trained up",
        "we're changing our company name, will acsa just update the certificate",
    ],
)
def test_look_alikes_are_not_outside_help_or_course_renewal(engine: Engine, question: str) -> None:
    tags = read_parts(engine.nlp(question)).tags
    assert "outside_help" not in tags and "course_renewal" not in tags, tags


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "in the regular COR (not secor) what is element 2 called",
            "For a full COR, Element 2 is Public, Visitor and Contractor Employees.",
        ),
        ("for a full cor, what is element 10 called", "For a full COR, Element 10 is Program"),
        ("what is element 7?", "For SECOR, Element 7 is Maintenance."),
        ("whats element 12 in secor", "For SECOR, Element 12 is Records and Statistics."),
    ],
)
def test_an_element_name_asked_for_by_number(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question)
    assert answer.answer.startswith(said), answer.answer
    assert answer.sources


@pytest.mark.parametrize(
    ("question", "element"),
    [
        (
            "we wrote up the step-by-step for changing the blade on the cut-off saw. is that a "
            "safe work practice or a safe job procedure, and which number?",
            "Element 4, Safe Job Procedures",
        ),
        (
            "written general guideline for working near overhead power lines, is that safe work "
            "practices or safe job procedures and what number",
            "Element 3, Safe Work Practices",
        ),
    ],
)
def test_a_pair_of_elements_then_which_number(engine: Engine, question: str, element: str) -> None:
    answer = engine.ask(question)
    assert element in answer.answer, answer.answer
    assert "we wrote up" not in answer.answer


@pytest.mark.parametrize(
    ("question", "silent"),
    [
        ("Does someone from ACSA come out to the site and interview my workers?", "visits"),
        ("will somebody from acsa come out to one of my jobsites to check", "visits"),
        ("is there a site visit for secor", "visits"),
        ("I own two companies with two separate WCB accounts. Does one SECOR cover both?", "one"),
        ("can one secor cover both of my businesses", "one SECOR"),
    ],
)
def test_what_the_pages_do_not_say_is_said(engine: Engine, question: str, silent: str) -> None:
    answer = engine.ask(question)
    assert answer.answer.startswith("ACSA's pages do not say"), answer.answer
    assert silent in answer.answer and "cor@youracsa.ca" in answer.answer
    assert not answer.sources


@pytest.mark.parametrize(
    "question",
    [
        "what email address do the secor packages go to?",
        "which email do we use for the secor",
        "what's the email for submissions",
        "where do I email our secor?",
    ],
)
def test_an_email_address_asked_for_is_given(engine: Engine, question: str) -> None:
    """The pages give the COR department's address: never "the pages do not say" for it."""
    answer = engine.ask(question)
    assert "cor@youracsa.ca" in answer.answer and answer.sources, answer.answer
    assert not answer.answer.startswith("ACSA's pages do not say")


def test_a_mailing_address_is_still_not_stated(engine: Engine) -> None:
    assert engine.ask("what is your mailing address").answer.startswith("ACSA's pages do not say")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # how much to send
        (
            "we have like 200 toolbox talk sheets from the last year. do i scan every single one?",
            ["one or two"],
        ),
        ("how many inspection forms do i put in for the maintenance, all of them?", ["one or two"]),
        ("should we just send everything we have to be safe?", ["may be returned"]),
        # whose job it is that training stays current
        (
            "whos responsible for making sure our secor training is all current, acsa or us?",
            ["company's own responsibility"],
        ),
        ("does acsa remind us when our first aid tickets expire?", ["company's own"]),
        # not doing a maintenance
        ("can we just skip the maintenance this year, we're slammed", ["PIR refunds"]),
        ("what if we dont bother with the maintenance", ["to keep the certificate"]),
        # the action plan from the last report
        (
            "do i have to send proof that we actually finished the action plan items from last "
            "time",
            ["action plans with proof"],
        ),
        # the years of the cycle
        ("how long is a secor good for once we get it", ["three years", "maintenance"]),
        ("we got certified last year. what do we have to send in this year", ["operational"]),
        ("whats a maintenance year, we just got certified last month", ["three years"]),
        # the course taken every three years
        (
            "r we still need somebody to take a course in the in-between years?",
            ["every three years"],
        ),
        ("how often does someone need to do training again after we're certified?", ["three"]),
    ],
)
def test_the_shape_of_the_question_names_its_facts(
    engine: Engine, question: str, said: list[str]
) -> None:
    answer = engine.ask(question)
    for words in said:
        assert words in answer.answer, (words, answer.answer)
    assert answer.sources


@pytest.mark.parametrize(
    ("question", "tag"),
    [
        ("when did you start letting people skip resending policies in maintenance years", ""),
        ("how many people do we have", ""),
        ("does the training have to be done in person", ""),
        ("do all of them need first aid?", ""),
        ("does every single worker need to be on the wcb?", ""),
        ("our consultant says we need 6 months of records, is that right?", ""),
        ("do the guys need to take the course again if they change jobs?", ""),
    ],
)
def test_look_alikes_name_no_such_part(engine: Engine, question: str, tag: str) -> None:
    tags = read_parts(engine.nlp(question)).tags
    assert not tags & {
        "skip_maintenance", "how_much", "training_current", "outside_help", "course_renewal"
    }, tags  # fmt: skip


@pytest.mark.parametrize(
    ("message", "pieces"),
    [
        (
            "hi there, quick question, how do we send our secor in?",
            ["how do we send our secor in?"],
        ),
        ("hello", ["hello"]),
        (
            "we're a 4 man framing crew, whats the first step to get secor, how long does it take",
            [
                "we're a 4 man framing crew, whats the first step to get secor",
                "how long does it take",
            ],
        ),
    ],
)
def test_greetings_before_a_question_are_dropped(message: str, pieces: list[str]) -> None:
    assert split_questions(message) == pieces


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "is it true we only need 3 months of records before applying? my friend said 6",
            "is it true we only need 3 months of records before applying?",
        ),
        ("how long is it valid? my buddy says 5 years", "how long is it valid?"),
        ("can we get secor? we think we have 9 guys", None),
    ],
)
def test_what_others_said_is_a_belief_but_people_are_a_count(text: str, asked: str | None) -> None:
    assert without_premise(text) == asked


def test_a_greeting_does_not_hide_the_question(engine: Engine) -> None:
    answer = engine.ask("hi there, quick question, how do we send our secor in?")
    assert "cor@youracsa.ca" in answer.answer and answer.topic != "greeting", answer.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("our zip is 3gb, too big for email, what do we do?", ["pages do not say", "link"]),
        ("the file won't go through, it's 800mb. how else can we send it?", ["online storage"]),
        ("everything we have is on paper in binders, how do we send it in", ["scanned"]),
        ("we dont use computers, our records are paper. how do we submit?", ["scanned"]),
        ("is it a problem if our package is huge?", ["may be returned"]),
        ("can the first aid be done by my foreman and the csts by my son", ["shared out"]),
        ("does one person have to take all three courses?", ["shared out"]),
    ],
)
def test_more_parts_name_their_facts(engine: Engine, question: str, said: list[str]) -> None:
    answer = engine.ask(question)
    for words in said:
        assert words in answer.answer, (words, answer.answer)
    assert answer.sources


def test_a_size_limit_asked_is_still_not_stated(engine: Engine) -> None:
    answer = engine.ask("is there a max size for the zip? ours is 400mb")
    assert answer.answer.startswith("ACSA's pages do not say a size limit"), answer.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "what element number is safe job procedures and what number is safe work practices?",
            "Safe Job Procedures is Element 4",
        ),
        (
            "what number is safe work practices and what number is safe job procedures? always "
            "mix them up",
            "For SECOR: Safe Job Procedures is Element 4.",
        ),
        ("which number is inspections", "Inspections is Element 9"),
        (
            "Is Management Commitment one of the SECOR elements? I saw it listed somewhere.",
            "No: Management Commitment is not one of SECOR's elements; it is Element 1 of a full "
            "COR. (In SECOR, Element 1 is Corporate Health and Safety Policy.)",
        ),
        ("is PPE one of the elements?", "Yes: Personal Protective Equipment is Element 6 of SECOR"),
        (
            "is hazard assessment in the cor elements",
            "Yes: Hazard Assessment is Element 5 of a full",
        ),
    ],
)
def test_element_numbers_and_lists_asked_by_name(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question)
    assert said in answer.answer, answer.answer
    assert answer.sources


@pytest.mark.parametrize(
    "question",
    [
        "my foreman took PHSM a few years back, but I'm the one going to fill out the evaluation "
        "tool. do I need the course too?",
        "our office lady will complete the evaluation tool, does she need phsm if the owner has "
        "it?",
    ],
)
def test_whoever_completes_the_tool_is_the_assessor(engine: Engine, question: str) -> None:
    answer = engine.ask(question).answer
    assert "assessor" in answer and "their own certificate" in answer, answer


def test_an_unsure_intent_beside_the_parts_adds_nothing_unasked(engine: Engine) -> None:
    """ "what do we have to do in between" had been read as the assessor leaving; the part
    (the years between certifications) names the facts, the unsure intent adds none."""
    answer = engine.ask("what do we have to do in between")
    assert "two years in between" in answer.answer, answer.answer
    # nothing of replacing an assessor (the three-yearly course fact may say who takes it)
    leaving = {"assessor-who", "assessor-external-payroll", "esc-assessor-replacement"}
    assert not [i for i in leaving if fact(i).statement in answer.answer], answer.answer


def test_an_email_answers_every_part(engine: Engine) -> None:
    reply = engine.ask_email(
        "Hello,\n\nWriting on behalf of Northstar Roofing. How long is the certificate valid, "
        "what do we have to do in between, and how big is the refund?\n\nThanks,\nDan"
    )
    said = " ".join(item.answer.answer for item in reply.answers)
    assert len(reply.answers) == 3, [i.question for i in reply.answers]
    assert "three years" in said and "20%" in said


@pytest.mark.parametrize(
    "question",
    [
        "how should we set up the folders when we send it",
        "what folder structure do you want for the submission?",
        "how do I organize the files before zipping",
    ],
)
def test_how_to_lay_out_the_submission(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert "one folder per element" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "how far back do you look at our headcount when we apply?",
        "over what period do you count our employees?",
        "how many months back does the staff count go",
    ],
)
def test_how_far_back_the_head_count_is_read(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert "past 12 months" in answer.answer, answer.answer
    assert "cannot see submissions" not in answer.answer


def test_how_far_back_records_go_is_not_the_head_count(engine: Engine) -> None:
    assert "lookback" not in read_parts(engine.nlp("how far back should our records go?")).tags


@pytest.mark.parametrize(
    "question",
    [
        "which element does the list of applicable OHS legislation go in?",
        "where does our legislation list go",
    ],
)
def test_the_legislation_list_has_no_element_the_pages_name(engine: Engine, question: str) -> None:
    text = engine.ask(question).answer
    assert "ACSA's pages do not say which element" in text and "cor@youracsa.ca" in text, text
    assert "attach a list" in text  # what the pages do say about it
