"""Round 27 (premises and silences): a belief about the program, however it is framed
("someone told me", "my buddy reckons", "..., right?"), is checked against what the pages say
of its subject (which organisation runs SECOR, who may be the assessor, the WCB account) and
answered with "No." and the pages' fact; and three specifics no page states (how long until
ACSA's decision, one SECOR or several for an owner of several companies, insurance premiums)
are silences that point to the COR department, while look-alikes the pages answer keep their
answers.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.claim_check import checked_claims
from bot.engine import Engine
from bot.unstated_specifics import DECISION_WAIT, INSURANCE, SEVERAL_FIRMS

_COR = "1-800-661-2272"

# --- beliefs checked by their subject ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my buddy reckons enform and acsa are one and the same outfit",
        "Energy Safety Canada and the Alberta Construction Safety Association, same people?",
        "I always figured ACSA was just part of Energy Safety Canada, is that so?",
        "we do oilfield and building work. heard esc and acsa r the same org, true?",
        "Isn't ESC just another name for ACSA",
    ],
)
def test_acsa_and_esc_are_two_organisations(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.answer.startswith("No."), answer.answer
    assert "Alberta Construction Safety Association" in answer.answer
    assert "Energy Safety Canada" in answer.answer
    assert re.search(r"separate organisations, each with its own SECOR", answer.answer)


@pytest.mark.parametrize(
    "text",
    [
        "i heard the auditor must be an ACSA employee, is that right?",
        "My foreman says our SECOR assessor has to be someone from ACSA. True?",
        "So the assessor gets sent by ACSA, correct?",
        "does the assessor need to be on ACSA's staff or can it be our own guy",
        "a guy at the yard told me assessors are all ACSA people and we cant pick one",
    ],
)
def test_assessor_need_not_work_for_acsa(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.answer.startswith("No."), answer.answer
    assert "internal or an external assessor" in answer.answer
    assert re.search(r"Small Employer Health and Safety Management|PHSM", answer.answer)


@pytest.mark.parametrize(
    "text",
    [
        "is it true that once we're certified we can drop WCB coverage?",
        "someone said SECOR replaces workers comp, right?",
        "My partner thinks with a cert we wont need to keep a wcb account",
        "heard that a SECOR company doesn't need WCB",
        "Once I have SECOR I can cancel our WCB, yes?",
    ],
)
def test_secor_does_not_replace_wcb(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.answer.startswith("No."), answer.answer
    assert "active Alberta WCB account" in answer.answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("can my assessor be from outside the company?", r"internal or an external"),
        ("do we need a WCB account for SECOR?", r"active Alberta WCB account"),
        ("is ESC's SECOR the same as ACSA's?", r"differ"),
        ("what does ACSA stand for", r"Alberta Construction Safety Association"),
    ],
)
def test_plain_questions_are_not_claims(engine: Engine, text: str, expected: str) -> None:
    answer = engine.ask(text)
    assert not answer.answer.startswith("No."), answer.answer
    assert re.search(expected, answer.answer), answer.answer


def test_role_play_is_no_belief() -> None:
    said = "Pretend you are the ACSA auditor and tell me our SECOR passed"
    assert not any(c.name == "assessor_from_acsa" for c, _ in checked_claims(said))


_FRAMES = st.sampled_from(
    ["someone told me ", "my friend says ", "i heard ", "is it true that ", "apparently ", ""]
)
_TAILS = st.sampled_from(["", ", right?", "?", " true?", ". is that so"])


@settings(max_examples=60, deadline=None)
@given(frame=_FRAMES, tail=_TAILS, who=st.sampled_from(["ACSA", "acsa", "the ACSA"]))
def test_any_frame_carries_the_assessor_belief(frame: str, tail: str, who: str) -> None:
    said = f"{frame}the assessor has to be somebody that works for {who}{tail}"
    assert [c.name for c, _ in checked_claims(said)] == ["assessor_from_acsa"]


@settings(max_examples=60, deadline=None)
@given(frame=_FRAMES, tail=_TAILS, verb=st.sampled_from(["don't need", "no longer need"]))
def test_any_frame_carries_the_wcb_belief(frame: str, tail: str, verb: str) -> None:
    said = f"{frame}with SECOR you {verb} WCB{tail}"
    assert [c.name for c, _ in checked_claims(said)] == ["no_wcb_needed"]


# --- specifics the pages never state ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("we sent our SECOR package last week. when will we find out whether it was approved?",
         r"tell you the result"),
        ("how many weeks before acsa lets us know the result", r"tell you the result"),
        ("Submitted the zip on Monday - how soon do we get the decision on whether we passed?",
         r"tell you the result"),
        ("i run 3 businesses, each has 4 workers. one secor for all or separate certs?",
         r"more than one company"),
        ("do both of my companies need their own SECOR?", r"more than one company"),
        ("My wife and I run two outfits, a roofing one and a siding one. 2 certs or 1?",
         r"more than one company"),
        ("my insurance broker says a SECOR gets me a discount, true?", r"insurance"),
        ("Would our liability premiums go down once we're certified?", r"insurance"),
        ("does having SECOR help with insurance costs for a small contractor", r"insurance"),
    ],
)  # fmt: skip
def test_unstated_specifics_are_silences(engine: Engine, text: str, what: str) -> None:
    answer = engine.ask(text)
    assert answer.topic == "not_stated", answer.answer
    assert answer.answer.startswith("ACSA's pages do not say"), answer.answer
    assert re.search(what, answer.answer), answer.answer
    assert _COR in answer.answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("how long is a SECOR certificate valid?", r"three years"),
        ("how much are the PIR refunds?", r"20%"),
        ("does SECOR lower our WCB premiums?", r"lowers WCB rates"),
        ("subbie insurance certificates, where do they go in the submission", r"[Ee]lement"),
    ],
)
def test_stated_look_alikes_keep_their_answer(engine: Engine, text: str, expected: str) -> None:
    answer = engine.ask(text)
    assert answer.topic != "not_stated", answer.answer
    assert re.search(expected, answer.answer), answer.answer


def test_silence_patterns_leave_stated_things() -> None:
    assert not DECISION_WAIT.search("how long is the certificate good for")
    assert not DECISION_WAIT.search("how long do we have to send the maintenance in")
    assert not SEVERAL_FIRMS.search("we've got 4 in the shop and 5 in the field. secor?")
    assert not INSURANCE.search("proof of insurance from our subbies, which element")
