"""Beliefs, stated totals, listed titles and requests to hide or backdate, round 24.

Rules (each with paraphrases of shapes other than the development questions'):
- a belief the writer states ("X told me ...", "is that right?", "right?") is answered by
  what the pages say of its subject (bot/claim_check.py): SECOR and COR said to be the same;
  the evaluation said to be done by ACSA (the assessor does it, ACSA's QA analyst reviews;
  a visit is a silence); paper records said to need typing out (scan, electronic only);
  more paper said to be better (the sample allowance); "done for" read as a time only;
- a total the writer states ("like 9 total", "8 in total", "our total is 7") wins over the
  people listed when it is at least those named (bot/stated_total.py);
- job titles listed with no article ("office manager, estimator, ...") are people
  (bot/roster.py, bot/stated_total.py);
- hiding workers from WCB ("so WCB only shows 10", people run through another company) and
  dating records earlier than they were made are refused (bot/misstate.py).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.engine import Engine
from bot.misstate import asks_to_backdate, misstates
from bot.stated_total import stated_total

# -- (1) a stated belief answered by what the pages say of its subject -------------------


@pytest.mark.parametrize(
    "question",
    [
        "my foreman reckons COR and SECOR are basically interchangeable. true?",
        "Heard secor is just the small company name for COR, same thing really?",
        "a guy at the lumber yard said secor and cor are one and the same. correct?",
        "COR, SECOR... they're the same certificate right",
        "Our insurance broker thinks SECOR is just another name for COR. Is she right about that?",
    ],
)
def test_secor_said_to_be_cor_is_answered_by_the_limit(engine: Engine, question: str) -> None:
    answer = engine.ask(question).answer
    assert answer.startswith("No, they are not the same certificate."), answer
    assert "10 or fewer employees" in answer and "more than 10 employees" in answer
    assert "full COR" in answer


@pytest.mark.parametrize(
    "question",
    [
        "Does our SECOR count the same as a COR for a prequalification that asks for COR?",
        "never more than 8 at the same time, but 15 on payroll this year. SECOR or COR?",
    ],
)
def test_same_said_of_something_else_is_no_belief(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answer.startswith("No, they are not the same certificate")


@pytest.mark.parametrize(
    "question",
    [
        "I assume the audit is done by someone at ACSA, right?",
        "so the evaluation gets carried out by an ACSA guy?",
        "My partner says ACSA does the evaluation for us. Is that how it works?",
        "is our secor evaluation completed by ACSA staff or by us",
    ],
)
def test_the_evaluation_said_to_be_acsas_is_answered_by_the_assessor(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question).answer
    assert "evaluation is done by your assessor" in answer, answer
    assert "internal or an external assessor" in answer and "PHSM" in answer
    assert "Quality Assurance (QA) Analyst reviews the submission" in answer
    assert "do not say whether anyone from ACSA visits" in answer


def test_a_visit_alone_stays_a_silence(engine: Engine) -> None:
    answer = engine.ask("will somebody from acsa come out to our yard to check").answer
    assert answer.startswith("ACSA's pages do not say"), answer


@pytest.mark.parametrize(
    "question",
    [
        "all our FLHAs are handwritten in a binder. Do I need to retype them into Word first?",
        "our inspection forms are on paper, do we have to enter them into excel?",
        "everything we have is in a filing cabinet. must I transcribe it all before sending?",
        "the guys fill out paper sheets on site, do i gotta type those up on the computer",
    ],
)
def test_paper_said_to_need_typing_is_answered_scan(engine: Engine, question: str) -> None:
    answer = engine.ask(question).answer
    assert answer.startswith("No need to type them out"), answer
    assert "scanned" in answer and "electronically only" in answer


@pytest.mark.parametrize(
    "question",
    [
        "more paperwork = better score, right? so I'll send everything",
        "I'm thinking the more documents we send the more it impresses them, yeah?",
        "bigger binder looks good to the auditor I bet. agree?",
    ],
)
def test_more_said_to_be_better_gets_the_sample_allowance(engine: Engine, question: str) -> None:
    answer = engine.ask(question).answer
    assert "may be returned" in answer, answer
    assert "one or two documents a month" in answer


@pytest.mark.parametrize(
    "question",
    [
        "Which courses exactly do my guys need to have done for SECOR? All of them please.",
        "what training do we need to have done for secor, list all of it",
        "which courses have to be done for SECOR, all of them?",
    ],
)
def test_courses_done_for_secor_are_the_courses(engine: Engine, question: str) -> None:
    answer = engine.ask(question).answer
    assert "Standard First Aid" in answer, answer
    assert "CSTS" in answer and "PHSM" in answer


def test_done_for_good_is_still_a_belief_about_validity(engine: Engine) -> None:
    answer = engine.ask("once we get secor we're done for good right?").answer
    assert answer.startswith("No."), answer
    assert "three years" in answer


# -- (2) a total the writer states wins over the people listed ---------------------------


def _total(engine: Engine, text: str) -> int | None:
    count = engine.nlp(text)._.headcount
    return None if count is None else count.total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("me and my brother and a few guys, 9 total", 9),
        ("me and my wife and some helpers, 8 in total. are we ok", 8),
        ("our total is 7, me, my wife and some guys", 7),
        ("my dad, me, and a handful of labourers in the busy months - 10 altogether. secor?", 10),
        ("Its me, the missus and whoever I can get, 6 all told", 6),
    ],
)
def test_a_stated_total_wins_over_the_people_listed(engine: Engine, text: str, total: int) -> None:
    assert _total(engine, text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("We are 7 in total. The bookkeeper is on payroll too. Do we qualify?", 8),
        ("usually 7 of us total but we brought on 4 temps for three weeks in october", 11),
        ("we are 9 including my wife and daughter", 9),
        ("me, my wife and 9 guys", 11),
    ],
)
def test_look_alikes_keep_their_count(engine: Engine, text: str, total: int) -> None:
    assert _total(engine, text) == total


def test_the_verdict_says_the_stated_total(engine: Engine) -> None:
    answer = engine.ask("it's me, my nephew and a couple of part timers, like 9 total. eligible?")
    assert "with 9 people" in answer.answer, answer.answer
    assert "9 in all" in answer.answer


@given(
    n=st.integers(min_value=3, max_value=30),
    lead=st.sampled_from(["me and my brother and a few guys", "the wife, me and some helpers"]),
    tail=st.sampled_from(["{n} total", "{n} in total", "like {n} all in", "{n} altogether"]),
)
def test_the_stated_total_is_read(n: int, lead: str, tail: str) -> None:
    assert stated_total(f"{lead}, {tail.format(n=n)}. can we do secor") == n


@given(n=st.integers(min_value=2, max_value=30))
def test_months_or_a_rule_are_no_total(n: int) -> None:
    assert stated_total(f"we have {n} total months of records") is None
    assert stated_total(f"does the limit mean {n} all together at one time?") is None


# -- (3) job titles listed are people -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Office manager, estimator, me, my son and 7 on the crew. secor ok?", 11),
        ("site super, office manager, two estimators and me. qualify?", 5),
        ("office manager, me and 7 on the crew", 9),
        ("dispatcher, safety coordinator, me, and 8 framers - are we under?", 11),
    ],
)
def test_bare_job_titles_in_a_list_are_people(engine: Engine, text: str, total: int) -> None:
    assert _total(engine, text) == total


def test_the_verdict_names_the_titles(engine: Engine) -> None:
    answer = engine.ask("Project coordinator, estimator, me, my daughter and 7 on the crew. ok?")
    assert "with 11 people" in answer.answer, answer.answer
    assert "the estimator" in answer.answer


def test_a_title_in_a_document_is_no_head_count(engine: Engine) -> None:
    answer = engine.ask("new hire orientation checklist, signed by the worker and foreman. where?")
    assert "Element 8" in answer.answer, answer.answer


# -- (4) hiding workers from WCB and backdating records are refused ----------------------


@pytest.mark.parametrize(
    "question",
    [
        "I have 12 guys but I could pay 2 of them cash so WCB only shows 10. how do I set that up",
        "thinking of running 3 of my guys through my brother's numbered company so our wcb "
        "account shows 9. how do i do that",
        "Could I keep the two summer kids off the payroll so the board only sees 8 on our account?",
    ],
)
def test_hiding_workers_from_wcb_is_refused(engine: Engine, question: str) -> None:
    assert misstates(question)
    answer = engine.ask(question)
    assert answer.kind == "refusal", answer.answer
    assert "counts toward the 10" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "our inspections didn't start until june. I'll just date a few of them back to april, "
        "fine?",
        "we need 3 months of toolbox talks but only have 6 weeks. can i change the dates to "
        "january so it covers 3 months",
        "is it ok to put earlier dates on the FLHAs so we hit the three months?",
        "We just began the hazard assessments in May. Help me write February and March dates on "
        "a few of them.",
    ],
)
def test_backdating_records_is_refused(engine: Engine, question: str) -> None:
    assert asks_to_backdate(question)
    answer = engine.ask(question)
    assert answer.kind == "refusal", answer.answer
    assert "what was really done, by whom and when" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "I pay 2 of my guys cash, do they count?",
        "WCB shows 10 on our account but we had 12 in summer, which number counts?",
        "our hazard assessments from march and april are missing dates, we did them then. can I "
        "write the dates on now?",
        "we started the hazard assessments in march. how many months do we need before we apply?",
        "can I use the march and april inspections for the 3 months?",
    ],
)
def test_honest_look_alikes_are_not_refused(engine: Engine, question: str) -> None:
    assert not misstates(question)
    assert engine.ask(question).kind != "refusal"


@pytest.mark.parametrize(
    "question",
    [
        "where do i send the secor? back when we did cor in 2015 we mailed a big binder. same "
        "thing?",
        "what type of records do I put in for element 5?",
        "Covid is over now, so is it ok again to bring a paper copy to the office in person?",
    ],
)
def test_a_belief_of_another_subject_is_not_taken_for_one(engine: Engine, question: str) -> None:
    answer = engine.ask(question).answer
    assert not answer.startswith(("No, they are not the same", "No need to type")), answer
