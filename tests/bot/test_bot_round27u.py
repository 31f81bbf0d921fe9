"""Round 27 (silences of counting, of ESC's one-year SECOR and of the PIR refund's payment):
questions the five pages leave open, asked inside a situation, are answered "the pages do not
say" with the COR department's contact, while look-alikes the pages answer keep their answer.

- a worker away for a long time (disability, a leave, off on a claim): how he counts;
- separate companies under one owner, each with its own WCB account: counted together?
- Energy Safety Canada's one-year SECOR: what turns it into a regular certificate;
- the PIR refund prorated for part of a year, or when its cheque comes.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from bot.unstated import PIR_MECHANICS
from bot.unstated_specifics import ESC_ONE_YEAR, LONG_LEAVE, SEPARATE_FIRMS

_COR = "1-800-661-2272"


def _silent(engine: Engine, text: str, what: str) -> str:
    answer = engine.ask(text)
    assert answer.topic == "not_stated", answer.answer
    assert answer.answer.startswith("ACSA's pages do not say"), answer.answer
    assert re.search(what, answer.answer), answer.answer
    assert _COR in answer.answer
    return answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "Does a worker off on maternity leave count toward the 10?",
        "Is the foreman who's been on short-term disability since June part of our count?",
        "Our bookkeeper has been on medical leave for 8 months. Is she included in the SECOR "
        "head count?",
        "If somebody is on long term disability, do they count?",
        "Quick one: do we count our welder? He took a leave of absence in January and "
        "hasn't been back.",
    ],
)
def test_a_worker_away_on_leave_is_a_silence(engine: Engine, text: str) -> None:
    said = _silent(engine, text, r"away for a long time")
    assert "everyone covered by your WCB account counts" in said


def test_leave_among_people_counted_keeps_the_count_and_its_note(engine: Engine) -> None:
    said = (
        "we have 9 on payroll plus one guy whos been off on a wcb claim since last spring. "
        "does he still count toward our number"
    )
    answer = engine.ask(said)
    assert "with 10 people you are within the limit" in answer.answer, answer.answer
    assert "do not say whether someone off work counts" in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "my brother and i each own a company, his has 6 guys and mine has 7, separate wcb "
        "accounts. r we lumped together for the 10 or looked at separately?",
        "Are two businesses with the same owner but different WCB numbers counted together "
        "for SECOR?",
        "We run 3 small outfits under one holding company, each with its own wcb account. "
        "Does the head count get combined?",
        "Is my other company's crew added together with this one for the limit of ten?",
    ],
)
def test_separate_companies_counted_together_is_a_silence(engine: Engine, text: str) -> None:
    _silent(engine, text, r"separate companies under one owner")


@pytest.mark.parametrize(
    "text",
    [
        "Energy Safety Canada gave us a one year SECOR. What happens when it runs out?",
        "how do we go from the ESC 1-year secor to a full 3 year one",
        "our enform one-year cert expires in june, what do we need to do to get the regular "
        "secor after that?",
        "With ESC we hold a one-year certificate. Can it be upgraded to a three-year SECOR?",
    ],
)
def test_esc_one_year_conversion_is_a_silence(engine: Engine, text: str) -> None:
    said = _silent(engine, text, r"one-year SECOR from Energy Safety Canada")
    assert "Energy Safety Canada's own SECOR program" in said  # its page's rule, labelled


@pytest.mark.parametrize(
    "text",
    [
        "We certified in March. Do we still get a full year's PIR refund?",
        "is the pir rebate pro-rated if we only had the SECOR for half the year",
        "got our secor in august, the PIR refund - when does the money show up?",
        "Our cert came in late. Will WCB prorate the refund for the months before?",
    ],
)
def test_pir_proration_and_payment_are_a_silence(engine: Engine, text: str) -> None:
    _silent(engine, text, r"prorated for part of a year")


def test_refund_on_own_premiums_cites_the_ceiling(engine: Engine) -> None:
    said = "With WCB premiums of roughly $22,000 a year, what refund would we get back?"
    answer = engine.ask(said)
    assert answer.answer.startswith("ACSA's pages do not say"), answer.answer
    assert re.search(r"Aside, on the same thing: .*up to 20%", answer.answer), answer.answer
    assert answer.sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("what's the refund for PIR, and when is it paid?", r"paid out"),
        ("how big is the pir refund and is it prorated", r"prorated"),
    ],
)
def test_two_part_refund_question_gets_both(engine: Engine, text: str, expected: str) -> None:
    answer = engine.ask(text)
    assert re.search(r"up to 20%", answer.answer), answer.answer
    assert re.search(r"do not say[^.]*" + expected, answer.answer), answer.answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("How much are the PIR refunds?", r"up to 20%"),
        ("Who counts toward the 10 for SECOR?", r"owners, managers"),
        ("Do part-time workers count toward the limit?", r"part-time workers count"),
        ("I own two companies. Do I need two SECORs?", r"more than one company"),
        (
            "What is ESC's one-year SECOR?",
            r"Energy Safety Canada.*one-year SECOR may be possible",
        ),
        (
            "Can we get a one-year SECOR from Energy Safety Canada if our system hasn't been "
            "running a full year?",
            r"one-year SECOR may be possible",
        ),
    ],
)
def test_stated_look_alikes_keep_their_answer(engine: Engine, text: str, expected: str) -> None:
    answer = engine.ask(text)
    assert re.search(expected, answer.answer), answer.answer
    if "two SECORs" not in text:
        assert answer.topic != "not_stated", answer.answer


def test_patterns_leave_stated_things() -> None:
    assert not LONG_LEAVE.search(
        "my office manager never set foot on a site. do they still count for secor?"
    )
    assert not LONG_LEAVE.search("We laid off 3 guys in November, do they still count?")
    assert not SEPARATE_FIRMS.search(
        "we have 2 locations, its all one company one wcb account. do we count both sites together?"
    )
    assert not SEPARATE_FIRMS.search("The company has three staff. Is that enough on its own?")
    assert not ESC_ONE_YEAR.search("Can we get a one-year SECOR if we lack a full year?")
    assert not PIR_MECHANICS.search("How much are the PIR refunds?")


_AWAY = st.sampled_from(
    [
        "on long-term disability",
        "off on mat leave",
        "on parental leave",
        "on sick leave",
        "off on a WCB claim",
        "on stress leave",
    ]
)
_ASK = st.sampled_from(
    [
        "does {p} count",
        "is {p} included in the head count",
        "do we still count {p} toward the 10",
        "does {p} go on the count",
    ]
)


@settings(max_examples=60, deadline=None)
@given(away=_AWAY, ask=_ASK, who=st.sampled_from(["he", "she", "they"]))
def test_any_leave_and_count_question_is_read(away: str, ask: str, who: str) -> None:
    said = f"One of our guys has been {away} since last year. {ask.format(p=who)}?"
    assert LONG_LEAVE.search(said)
    assert LONG_LEAVE.search(f"{ask.format(p='a worker ' + away).capitalize()}?")
