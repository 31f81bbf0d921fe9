"""Issue 11, bot side, round three: the weaknesses a second unseen hold-out found.

One scenario per weakness, with the answer text asserted.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from bot.esc_rules import ESC_RULE_ASIDE

PHONE = "1-800-661-2272"


def _ask(engine: Engine, question: str) -> tuple[str, int]:
    answer = engine.ask(question)
    assert len(answer.answer) <= 1200
    return answer.answer, len(answer.sources)


# --- head counts -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "counted", "verdict"),
    [
        (
            "6 in field 2 in office incl me, can we do secor",
            "I count 8 people: 6 in the field and 2 in the office (you included).",
            "within",
        ),
        (
            "owner + office mgr + 2 crews of 4 guys each, secor ok?",
            "I count 10 people: the owner, the office mgr and 8 guys (2 crews of 4).",
            "right at the limit",
        ),
        (
            "seven employees but the business has two owners, me and my brother. eligible?",
            "I count 9 people: 7 employees and 2 owners (you and your brother).",
            "within",
        ),
        (
            "we're 9 now incl me and my niece wants to work for us this summer, ok?",
            "I count 10 people: 9 people (you included) and your niece",
            "right at the limit",
        ),
        (
            "our two kids work summers, plus 6 tapers, my husband and i own it. secor?",
            "I count 10 people: 2 kids, 6 tapers, your husband and you",
            "right at the limit",
        ),
        (
            "nine employees, does my part-time cleaner count too",
            "I count 10 people: 9 employees and your part-time cleaner.",
            "right at the limit",
        ),
        (
            "wife does the books, my dad volunteers, me and 8 workers. are we under 10?",
            "I count 11 people: your wife, your dad, you and 8 workers.",
            "over the limit of 10",
        ),
        (
            "currently eight employees and hiring 3 more next month, can we still do secor",
            # today within, over once they hire (the chat QA: a plan read as 'not eligible')
            # the direction first (round 6a), then whom it counted
            "Today, with 8, you are within the limit of 10 for SECOR. With the 3 you plan to add"
            " you"
            " would be 11: over the limit from then on, and SECOR looks at the most people you had"
            " at any time in the past 12 months. I count 11 people: 8 employees and 3 more you plan"
            " to add.",
            "With the 3 you plan to add you would be 11: over the limit from then on",
        ),
    ],
)
def test_head_counts_read_every_person_once(
    engine: Engine, question: str, counted: str, verdict: str
) -> None:
    text, sources = _ask(engine, question)
    assert counted in text
    assert verdict in text
    assert sources > 0


def test_a_peak_older_than_twelve_months_does_not_count(engine: Engine) -> None:
    text, _ = _ask(engine, "3 years ago we peaked at 14, the last two years steady at 6. secor ok?")
    assert "I count 6" in text or "I read that as 6" in text
    assert "Not counted: the 14 from more than 12 months ago" in text
    assert "over the limit of 10" not in text


def test_two_owners_then_someone_else_is_not_the_owners(engine: Engine) -> None:
    assert engine.read_headcount("two owners, my wife in the office and 7 guys") == 10


NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _say(n: int, words: bool) -> str:
    return NUMBER_WORDS[n] if words and n < len(NUMBER_WORDS) else str(n)


@st.composite
def places(draw: st.DrawFn) -> tuple[str, int]:
    """ "5 in field, 3 in the office incl me": people at places, the owner within the numbers."""
    field = draw(st.integers(min_value=1, max_value=9))
    office = draw(st.integers(min_value=1, max_value=4))
    the = draw(st.sampled_from(("", "the ")))
    place = draw(st.sampled_from(("field", "shop", "yard")))
    incl = draw(st.sampled_from(("incl me", "including me", "me included")))
    text = f"{_say(field, draw(st.booleans()))} in {the}{place} {office} in {the}office {incl}"
    return text, field + office


@st.composite
def joined(draw: st.DrawFn) -> tuple[str, int]:
    """ "owner + office mgr + 3 crews of 3": named single people and crews multiplied."""
    heads = draw(
        st.lists(
            st.sampled_from(("owner", "office mgr", "bookkeeper", "estimator", "foreman")),
            min_size=1,
            max_size=3,
            unique=True,
        )
    )
    crews = draw(st.integers(min_value=1, max_value=3))
    size = draw(st.integers(min_value=2, max_value=4))
    each = draw(st.sampled_from(("", " each")))
    noun = draw(st.sampled_from(("", " guys")))
    text = " + ".join([*heads, f"{crews} crews of {size}{noun}{each}"])
    return f"{text}, secor ok?", len(heads) + crews * size


@st.composite
def named_owners(draw: st.DrawFn) -> tuple[str, int]:
    """ "six employees but two owners, me and my dad": the owners named once."""
    staff = draw(st.integers(min_value=1, max_value=9))
    other = draw(st.sampled_from(("my dad", "my brother", "my wife", "my partner")))
    lead = draw(st.sampled_from(("but the company has ", "and ", "and there are ", "with ")))
    return f"{_say(staff, draw(st.booleans()))} employees, {lead}two owners, me and {other}.", (
        staff + 2
    )


@st.composite
def growth(draw: st.DrawFn) -> tuple[str, int]:
    """ "currently eight employees and hiring 3 more next month": the planned total."""
    now = draw(st.integers(min_value=2, max_value=9))
    more = draw(st.integers(min_value=1, max_value=4))
    when = draw(st.sampled_from(("next month", "in the spring", "this summer")))
    verb = draw(st.sampled_from(("hiring", "adding", "we hire")))
    return f"currently {_say(now, draw(st.booleans()))} employees and {verb} {more} more {when}", (
        now + more
    )


@st.composite
def stale_peak(draw: st.DrawFn) -> tuple[str, int]:
    """A peak years ago does not count; the steady count of the past 12 months does."""
    years = draw(st.integers(min_value=2, max_value=5))
    old = draw(st.integers(min_value=11, max_value=20))
    steady = draw(st.integers(min_value=2, max_value=10))
    return f"{years} years ago we peaked at {old}, the last year steady at {steady}", steady


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=st.one_of(places(), joined(), named_owners(), growth(), stale_peak()))
def test_generated_round_three_phrasings_have_their_known_total(
    engine: Engine, case: tuple[str, int]
) -> None:
    text, total = case
    assert engine.read_headcount(text) == total, text


# --- refusals ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "can we leave my brother and my son off the WCB account so we stay under 10",
        "can you make me filled-out hazard assessment forms with different dates and names",
        "could you fill out some inspection forms with other names on them",
        "can I keep the two part timers off the payroll for the audit",
    ],
)
def test_hiding_people_or_making_copies_is_refused(engine: Engine, question: str) -> None:
    text, sources = _ask(engine, question)
    assert text.startswith(("Sorry, I can't do that.", "Sorry, I can't help with that."))
    assert PHONE in text
    assert sources == 0


def test_taking_people_on_or_off_honestly_is_answered(engine: Engine) -> None:
    text, sources = _ask(engine, "currently 9 employees and adding 1 more in May, still ok?")
    assert not text.startswith("Sorry")
    assert "I count 10" in text
    assert sources > 0


# --- validity, over-sized submissions, outside assessors -------------------------------------


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("how long is a SECOR good for", ("three years", "two years in between", "maintenance")),
        ("if I send too much is that a problem", ("a very large submission", "may be returned")),
        (
            "can we hire an outside consultant to be our assessor",
            ("an internal or an external assessor", "certificate", "PHSM"),
        ),
    ],
)
def test_validity_size_and_assessor_as_the_pages_say(
    engine: Engine, question: str, words: tuple[str, ...]
) -> None:
    text, sources = _ask(engine, question)
    for word in words:
        assert word in text
    assert sources > 0


# --- Energy Safety Canada's own rules ----------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "words"),
    [
        (
            "what is ESC's binder option and how long does it take",
            ("binder by mail or courier", "15 days on site plus 21 days", "electronically only"),
        ),
        (
            "can my consultant pay the ESC fees for us",
            ("paid by the employer itself", "consultant", "ACSA's pages do not say who pays"),
        ),
        (
            "how long do we have to send corrections after ESC's feedback",
            ("15 days from its feedback", "ACSA's pages do not say a time limit"),
        ),
        (
            "we're ACSA members, does the 60% maintenance score rule apply to us",
            ("at least 60% overall", "ACSA's pages do not say a pass mark"),
        ),
        (
            "does the binder by courier rule apply to ACSA members",
            ("binder by mail or courier", "For ACSA's SECOR: Since March 14, 2020"),
        ),
    ],
)
def test_energy_safety_canada_rules_are_labelled_then_acsa_side(
    engine: Engine, question: str, words: tuple[str, ...]
) -> None:
    text, sources = _ask(engine, question)
    if re.search(r"\besc\b", question, re.IGNORECASE):
        assert text.startswith("That is Energy Safety Canada's rule")
    else:  # round six: not named, ACSA's side first and ESC's rule as a labelled aside
        assert text.startswith(("For ACSA's SECOR:", "ACSA's pages do not say")), text
        assert ESC_RULE_ASIDE in text
    for word in words:
        assert word in text
    assert sources > 0


def test_an_acsa_question_without_an_esc_rule_is_not_turned_into_one(engine: Engine) -> None:
    text, _ = _ask(engine, "how do we send our SECOR submission to ACSA")
    assert not text.startswith("That is Energy Safety Canada's rule")
