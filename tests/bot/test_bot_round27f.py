"""Round 27 (facts29): a situation-first question the pages answer leads with the fact asked.

Rules:
- where first aid is given, or by whom ("which locations offer it", "which providers are
  acceptable"): the first aid fact naming the approved providers and ACSA's locations;
  "it" in the question stands for the first aid the statements named;
- a "found nothing" abstention (unknown story words) gives way to the concept asked;
- what the PIR refund comes to for one company (its premiums, in dollars): the pages'
  silence on that, with their ceiling (up to 20 %) cited beside it; "what kind of refund
  can we expect" asks the ceiling;
- the training ACSA wants of a company moving from Energy Safety Canada (no assessor named):
  ACSA's three courses first.
"""

from __future__ import annotations

import pytest

from bot.engine import Engine

LOCATIONS = ("Edmonton", "Rocky View", "Fort McMurray")


@pytest.mark.parametrize(
    "question",
    [
        "A buddy said ACSA does St. John first aid now. which cities is that in?",
        "My foreman's SFA ran out last month and he wants to redo it with ACSA. which of "
        "their locations teach it",
        "Heard ACSA has started running standard first aid courses. Where do they hold them? "
        "Two of my crew need it by spring.",
        "we're in red deer, my new guy needs his standard first aid. where does acsa teach it",
        "Who runs the SFA courses ACSA accepts?",
        "Our first aid provider was some outfit from Calgary. Is any first aid course "
        "approved, or does it have to be a certain provider?",
    ],
)
def test_first_aid_where_leads_with_locations(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answer.startswith(("For Standard First Aid", "Understood: where"))
    assert "Government of Alberta" in answer.answer
    for place in LOCATIONS:
        assert place in answer.answer
    assert answer.sources


@pytest.mark.parametrize(
    "question",
    [
        "What kind of first aid do we need?",
        "Is emergency first aid enough for SECOR?",
    ],
)
def test_first_aid_kind_keeps_its_answer(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answer.startswith("The first aid course the pages ask for is Standard First Aid")


def test_first_aid_level_and_providers_both_answered(engine: Engine) -> None:
    answer = engine.ask(
        "My two hands did a first aid class at the rec centre, 8 hours, no clue who taught "
        "it. Which level of first aid does ACSA want for SECOR, and which providers count?"
    )
    assert "Standard First Aid" in answer.answer
    assert "approved first aid training providers" in answer.answer


def test_first_aid_placement_is_not_where_given(engine: Engine) -> None:
    answer = engine.ask("Where do I put first aid certificates in the submission?")
    assert "Element 8, Training and Communication" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "We pay about $18,500 a year to WCB. What kind of refund could we expect under PIR?",
        "Our premiums are $22,000. How much would our PIR refund be in dollars?",
        "WCB premiums last year were 31,000. what would we get back with a SECOR",
    ],
)
def test_own_refund_amount_cites_the_ceiling(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answer.startswith("ACSA's pages do not say when or how the PIR refund")
    assert "Aside, on the same thing: The WCB premium refunds (PIR refunds)" in answer.answer
    assert "up to 20% of your premiums" in answer.answer
    assert answer.sources


@pytest.mark.parametrize(
    "question",
    [
        "We pay roughly 9 grand a year to WCB. If we get our SECOR, what sort of rebate "
        "should we expect?",
        "What kind of refund can a SECOR holder expect from PIR?",
    ],
)
def test_refund_expected_gives_the_ceiling(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert "up to 20% of your premiums" in answer.answer
    assert answer.sources


def test_refund_payout_date_stays_silent(engine: Engine) -> None:
    answer = engine.ask("When will the PIR refund cheque arrive?")
    assert answer.answer.startswith("ACSA's pages do not say when or how the PIR refund")
    assert not answer.sources


@pytest.mark.parametrize(
    "question",
    [
        "had our secor thru ESC for years. what tickets does acsa require that esc doesnt",
        "We're switching our SECOR from Enform to ACSA next year. Which courses will ACSA "
        "need from us?",
        "Energy Safety Canada did our SECOR until now; we do building work these days and "
        "are going over to ACSA. What training does ACSA want from a company like ours?",
    ],
)
def test_acsa_training_after_esc_lists_the_courses(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answer.startswith("For ACSA's SECOR: Full-time employees must hold three")
    assert "Standard First Aid" in answer.answer
    assert "CSTS" in answer.answer


def test_esc_assessor_course_keeps_its_answer(engine: Engine) -> None:
    answer = engine.ask("What course does ACSA want the assessor to have, compared to ESC?")
    assert answer.answer.startswith("For ACSA's SECOR the assessor needs")


def test_go_elsewhere_is_not_a_placement(engine: Engine) -> None:
    answer = engine.ask(
        "Do you folks teach first aid yourselves or do we need to go to some other outfit? "
        "If it's you, in which towns?"
    )
    for place in LOCATIONS:
        assert place in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "the first aid certs, where do they go in the secor",
        "where does our first aid kit checklist go?",
    ],
)
def test_first_aid_documents_placed_keep_their_element(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert "For Standard First Aid, the Government of Alberta" not in answer.answer[:80]
    assert answer.topic == "which_element" or "Element" in answer.answer
