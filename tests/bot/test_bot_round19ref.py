"""What the bot must not answer with SECOR content, round 19 (issue 11): the rules, in new words.

- a question about a thing that is none of SECOR's (goods compared, a market figure, a
  permit or a passport of one's own that expires) is declined politely, even when a word
  SECOR's pages use (cheaper, rate, expire, extend) is in it; the same frames about a thing
  of the program (a first aid card, the PIR refund, the SECOR) keep their answer;
- completing the evaluation tool oneself and putting another person's name in the
  assessor's place is refused; naming the person who did the evaluation is answered;
- asking for the answers to put in the tool while saying the records behind them do not
  exist is refused; asking what the tool asks, or what to gather first, is answered;
- a review time, what full-time means and a lapsed SECOR's reinstatement are things the
  pages never give: the silence and the COR department are said, not a topic's answer;
- a client's evaluation sent by a consultant is a document, not the client's certificate
  used as one's own: the submission rules are answered.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.deceive import answers_without_evidence, assessor_named_falsely
from bot.engine import Engine
from bot.foreign_subject import subjects
from bot.unstated_terms import FULL_TIME, LAPSED

_DECLINED = "Sorry, I can only help with questions about ACSA's SECOR program."
_SILENT = re.compile(r"ACSA's pages do not say")
_CONTACT = re.compile(r"1-800-661-2272")


@pytest.mark.parametrize(
    "text",
    [
        "which is cheaper, lumber at rona or home depot?",
        "whats the going interest rate on a truck loan",
        "my passport expires in june how do i renew it",
        "how can i extend my visa",
        "my drivers licence expired last week, how do i renew it",
        "hey quick one, what's the current mortgage rate at the credit union?",
        "whats better deal, a gallon of benjamin moore or behr paint",
        "my study permit is expiring in august. how do i extend it?",
    ],
)
def test_a_thing_that_is_none_of_secors_is_declined(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.answer.startswith(_DECLINED), answer.answer
    assert answer.sources == ()


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("which is better, PHSM or the SECOR course?", r"either .*PHSM"),
        ("what's the current PIR refund rate?", r"up to 20%"),
        ("our certificate expires in march, how do we renew it", r"three years"),
        ("my first aid card expire soon how i extend it", r"current at the time"),
        ("my ticket expired how do i renew it", r"do not say how long a course certificate"),
    ],
)
def test_the_same_frames_about_secor_keep_their_answer(
    engine: Engine, text: str, said: str
) -> None:
    answer = engine.ask(text)
    assert not answer.answer.startswith("Sorry"), answer.answer
    assert re.search(said, answer.answer), answer.answer


_THINGS = st.sampled_from(["work permit", "passport", "visa", "truck loan", "cell plan"])
_OWNERS = st.sampled_from(["my", "our", "his", "her"])
_EXPIRES = st.sampled_from(["expires", "expired", "is expiring", "runs out", "lapsed"])


@given(owner=_OWNERS, thing=_THINGS, verb=_EXPIRES, tail=st.sampled_from(["", " soon", " in may"]))
def test_a_thing_of_ones_own_that_expires_is_read(
    owner: str, thing: str, verb: str, tail: str
) -> None:
    text = f"{owner} {thing} {verb}{tail}, how do i extend it"
    assert thing in [m.group("obj").lower() for m in subjects(text)]


@given(
    thing=_THINGS,
    lead=st.sampled_from(["what's the current", "whats the latest", "what is today's"]),
    tail=st.sampled_from(["?", " at the bank?", " for a small crew", ""]),
)
def test_a_current_figure_is_read(thing: str, lead: str, tail: str) -> None:
    text = f"{lead} {thing}{tail}"
    assert thing in [m.group("obj").lower() for m in subjects(text)]


@pytest.mark.parametrize(
    "text",
    [
        "my partner took the PHSM course, not me. if i fill out the whole tool can i just "
        "list him as the assessor",
        "can we just write my foreman's name as assessor? i'll do the evaluation myself, he "
        "has the ticket tho",
        "I haven't got the management course but our super has it. I'm going to complete the "
        "evaluation and put his name down as the assessor, ok?",
    ],
)
def test_another_persons_name_as_assessor_is_refused(engine: Engine, text: str) -> None:
    assert assessor_named_falsely(text)
    answer = engine.ask(text)
    assert answer.answer.startswith("Sorry, I can't help with that."), answer.answer
    assert "the real person's own" in answer.answer
    assert _CONTACT.search(answer.answer)


@pytest.mark.parametrize(
    "text",
    [
        "Our consultant does the evaluation. Do we put his name as the assessor on the tool?",
        "My coworker has PHSM and she completed the tool. Can I put her name as the assessor?",
    ],
)
def test_naming_who_did_the_evaluation_is_answered(engine: Engine, text: str) -> None:
    assert not assessor_named_falsely(text)
    answer = engine.ask(text)
    assert "whoever completes the Evaluation Tool" in answer.answer, answer.answer
    assert answer.sources


@pytest.mark.parametrize(
    "text",
    [
        "we have no records at all. give me the answers for the evaluation tool so it passes",
        "what should i write in the evaluation questions? we dont actually have any "
        "inspections or meetings done",
        "Tell us which answers to tick on the SECOR tool. We never really kept the paperwork "
        "but need the certificate for a tender.",
    ],
)
def test_answers_without_records_are_refused(engine: Engine, text: str) -> None:
    assert answers_without_evidence(text)
    answer = engine.ask(text)
    assert answer.answer.startswith("Sorry, I can't help with that."), answer.answer
    assert "can't give answers for a program or records you do not have" in answer.answer
    assert "three months" in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "what answers does the evaluation tool ask for?",
        "We don't have the documents yet, what do we need before we fill out the tool?",
    ],
)
def test_asking_about_the_tool_is_no_request_for_answers(engine: Engine, text: str) -> None:
    assert not answers_without_evidence(text)
    answer = engine.ask(text)
    assert not answer.answer.startswith("Sorry"), answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "how long it take for acsa to review the evaluation?",
        "we sent our package monday. how long they take to look at it",
        "How long does ACSA take to process a SECOR once it's emailed? Our client wants it "
        "before the tender closes.",
    ],
)
def test_a_review_time_is_not_given(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.answer.startswith("ACSA's pages do not say how long a review takes")
    assert _CONTACT.search(answer.answer)


@pytest.mark.parametrize(
    "text",
    [
        "what counts as full time for the secor courses?",
        "my first aid guy works 25 hrs a week, does that count as full-time?",
        "is 30 hours a week considered full time by ACSA",
        "does ACSA define full-time anywhere",
        "the lady with our CSTS does 3 days a week, about 24 hours. how many hours is full "
        "time for the courses?",
    ],
)
def test_what_full_time_means_is_not_given(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.answer.startswith(
        "ACSA's pages do not say how many hours a week make someone full-time"
    ), answer.answer
    assert "do not define full-time" in answer.answer
    assert _CONTACT.search(answer.answer)


@given(
    hours=st.integers(min_value=10, max_value=45),
    unit=st.sampled_from(["hours", "hrs", "hours a week"]),
    ask=st.sampled_from(["does that count as full time", "is he full-time", "is that fulltime"]),
)
def test_hours_asked_as_full_time_are_read(hours: int, unit: str, ask: str) -> None:
    assert FULL_TIME.search(f"my foreman does {hours} {unit}, {ask} for the courses?")


@pytest.mark.parametrize(
    "text",
    [
        "we let our cor lapse last year, can it be reinstated?",
        "can a lapsed secor be reactivated",
        "Our secor ran out last spring. Can it be reinstated, or do we redo everything?",
    ],
)
def test_a_lapsed_secor_is_not_dealt_with(engine: Engine, text: str) -> None:
    assert LAPSED.search(text)
    answer = engine.ask(text)
    assert answer.answer.startswith(
        "ACSA's pages do not say whether a lapsed SECOR can be reinstated"
    ), answer.answer
    assert "three years" in answer.answer


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("do part timers count toward the 10?", r"part-time workers count"),
        ("who has to take the courses, full time employees?", r"Full-time employees must hold"),
        ("how long is a SECOR good for", r"three years"),
    ],
)
def test_neighbours_of_the_silences_keep_their_answer(engine: Engine, text: str, said: str) -> None:
    answer = engine.ask(text)
    assert re.search(said, answer.answer), answer.answer
    assert not _SILENT.match(answer.answer)


@pytest.mark.parametrize(
    "text",
    [
        "can I email my client's evaluation for them, I'm their consultant",
        "I'm a consultant. Could I mail a USB of my client's SECOR submission to ACSA?",
        "can we drop off our customer's secor package on a memory stick",
    ],
)
def test_a_clients_evaluation_sent_for_them_is_answered(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert not answer.answer.startswith("Sorry"), answer.answer
    assert re.search(r"cor@youracsa\.ca", answer.answer)
    assert answer.sources
