"""Round 19: the part of a question that asks picks the fact, whatever else the message says.

Rules (each with paraphrases of shapes other than the bench sentences'):
- what ACSA stands for is its name (bot/asked_named.py ``acsa_name``, fact ``acsa-name``);
- what holding SECOR proves is the PIR standard its HSMS was audited to
  (``secor_proves``);
- the accounts or memberships to have in place before a course are the WCB account and ACSA
  membership (``in_place_before``);
- the financial upside, or a claimed cut of the WCB bill, is the PIR refund of up to 20%
  (``money_upside``);
- "are we set / anything else?" about the courses is the three courses (``courses_all_set``);
- with an outside assessor, the full-time holder on payroll (``outside_assessor_in_house``);
- which course the assessor needs for Energy Safety Canada and for ACSA: both
  (``assessor_course_esc_and_acsa``);
- an Energy Safety Canada audit sent late is answered with its deadlines (``esc_late``);
- a course expired before the submission: current at the time of the evaluation
  (``expired_at_submission``);
- a road (electrical, pipeline) industry course asked for: the four courses
  (``industry_course_kind``);
- paper records before submitting: scan, send electronically (bot/asked_fact.py
  ``paper_records``); the kinds/categories of maintenance records (``maintenance_records_kind``,
  also over an off-topic reading that names the program);
- a full COR's element number named first, its name asked after
  (bot/element_premise.py ``_NAME_ASKED_AFTER``).
"""

from __future__ import annotations

import re

import pytest

from bot.engine import Engine


def _has(answer: str, patterns: list[str]) -> None:
    for p in patterns:
        assert re.search(p, answer, re.I), (p, answer)


@pytest.mark.parametrize(
    "text",
    [
        "acsa is short for what?",
        "Sorry if this is basic, but what does ACSA actually stand for? My boss keeps saying it.",
        "whats the full name of acsa",
        "We're filling a tender form and need the ACSA acronym spelled out.",
        "what do the letters acsa mean",
    ],
)
def test_what_acsa_stands_for_is_its_name(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    _has(reply.answer, ["Alberta Construction Safety Association"])
    assert reply.sources


@pytest.mark.parametrize(
    "text",
    [
        "A subcontractor sent us their SECOR certificate. What does it prove?",
        "what does having cor demonstrate about a company",
        "our client wants subs with SECOR - what does that guarantee them about us?",
        "Does a SECOR prove anything about how safe a contractor really is?",
        "I'm on a bid committee. What does SECOR tell you about a bidder?",
    ],
)
def test_what_secor_proves_is_the_audited_hsms(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    _has(reply.answer, [r"HSMS|health and safety management system", r"PIR|provincial standard"])
    assert not reply.answer.startswith("Yes — with"), reply.answer


@pytest.mark.parametrize(
    "text",
    [
        "what accounts do we need in place before anyone takes the courses?",
        "New company here. Before my guys go to any training, which memberships or accounts "
        "should be set up?",
        "is there a membership prerequisite for secor?",
        "Which memberships have to be in place for SECOR?",
    ],
)
def test_accounts_in_place_before_a_course(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    _has(reply.answer, ["WCB", "ACSA", "member"])


@pytest.mark.parametrize(
    "text",
    [
        "a guy at the yard told me SECOR halves your premiums, true?",
        "What is the financial benefit of getting SECOR?",
        "does secor lower our wcb rates by like 30%?",
        "Our accountant asks what savings SECOR brings. Anything I can tell her?",
        "is the upside of secor mainly financial?",
    ],
)
def test_money_upside_is_the_pir_refund(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    _has(reply.answer, [r"20%", r"PIR"])
    assert reply.sources


@pytest.mark.parametrize(
    "text",
    [
        "Owner did PHSM. Nobody else has training. Is that enough for SECOR?",
        "my wife took the secor course and she's doing the evaluation. are we all set?",
        "We have one guy with PHSM. What else do we need, training-wise?",
        "only the boss has phsm; do we need more people trained or are we good",
    ],
)
def test_are_we_set_on_courses_names_the_three(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    _has(reply.answer, ["first aid", r"CSTS|RSTS|industry"])


@pytest.mark.parametrize(
    "text",
    [
        "We're hiring a consultant as our assessor. Does anyone in-house still need training?",
        "if an outside assessor does our evaluation do we need somebody on staff with courses",
        "external assessor doing it - is anything else needed from our own people?",
    ],
)
def test_outside_assessor_still_needs_a_holder_on_payroll(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    _has(reply.answer, [r"payroll|full-time"])


@pytest.mark.parametrize(
    "text",
    [
        "what training does the assessor need with Energy Safety Canada, and what with ACSA?",
        "ESC vs ACSA: which course for the person doing the audit?",
        "For ACSA which course does our assessor take, and is it the same for ESC?",
    ],
)
def test_assessor_course_for_esc_and_for_acsa(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    _has(reply.answer, [r"PHSM|Small Employer Health", r"Safety Program Development"])


@pytest.mark.parametrize(
    "text",
    [
        "We're with Energy Safety Canada and our maintenance audit went in late. Now what?",
        "ESC: anniversary was december and we missed the deadline, is the audit still ok?",
        "energy safety canada audit sent after the anniversary, what happens",
    ],
)
def test_esc_audit_sent_late_gets_its_deadlines(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    _has(reply.answer, [r"January 15", r"invalid|not accepted|too late"])
    assert "I count" not in reply.answer, reply.answer


@pytest.mark.parametrize(
    "text",
    [
        "our foreman's SFA lapsed in june, we submit in august. problem?",
        "first aid ticket expired 2 weeks ago, does that matter for the evaluation?",
        "If the CSTS cert expires before we send our SECOR, is that an issue?",
        "Quick one: we're sending our secor next week and I just saw my first aid card is out "
        "of date. ok?",
    ],
)
def test_a_course_expired_before_submitting_must_be_current(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    _has(reply.answer, [r"current|up to date", r"time of the evaluation|responsib"])


@pytest.mark.parametrize(
    "text",
    [
        "we do electrical work, do we have to do CSTS or is there an electrical one?",
        "Pipeline outfit here. Are we stuck with CSTS?",
        "is there another industry course besides csts? we build highways",
    ],
)
def test_an_industry_course_for_a_trade_names_the_four(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    _has(reply.answer, ["RSTS", "ESTS", "PCST"])


@pytest.mark.parametrize(
    "text",
    [
        "all our records are in binders. anything we need to do before submitting?",
        "We keep paper files only. What has to happen before we send the SECOR in?",
        "hard copies in a binder for everything - before we submit, what do we do?",
    ],
)
def test_paper_records_before_submitting_are_scanned(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    _has(reply.answer, ["scan", r"electronic|email"])


@pytest.mark.parametrize(
    "text",
    [
        "What categories of documents go in a SECOR maintenance submission?",
        "for the maintenance year, which types of operational records do they want?",
        "Which sorts of safety records belong in our maintenance package? Main groups please.",
    ],
)
def test_maintenance_record_categories(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    _has(reply.answer, [r"hazard assessments", r"inspection"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("full COR element 3, what's that?", "Health and Safety Committees"),
        ("in cor, element 9 what is that one", "Investigation"),
        ("cor element 1 - what is it again?", "Management Commitment"),
    ],
)
def test_a_cor_element_number_then_its_name_asked(engine: Engine, text: str, name: str) -> None:
    reply = engine.ask(text)
    assert "For a full COR, Element" in reply.answer, reply.answer
    assert name in reply.answer, reply.answer


@pytest.mark.parametrize(
    ("text", "patterns"),
    [
        # look-alikes that keep their own answers
        ("what does SECOR mean", ["Small Employer Certificate of Recognition"]),
        ("how long is first aid good for?", [r"do not say"]),
        ("we check subs' WCB accounts before they start. which element?", ["13|Contracting"]),
        ("Before we start on SECOR, do we have to be ACSA members?", ["member"]),
    ],
)
def test_look_alikes_keep_their_answers(engine: Engine, text: str, patterns: list[str]) -> None:
    _has(engine.ask(text).answer, patterns)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # a word of ACSA's asked, not its name
        ("what does ACSA mean by an operational record?", "ACSA is short for"),
        # after certification: the continuing education, not the three courses led
        ("we certified last year. more courses now, or are we done?", "Full-time employees must"),
    ],
)
def test_look_alikes_not_led_by_the_concept(engine: Engine, text: str, lead: str) -> None:
    assert not engine.ask(text).answer.startswith(lead)
