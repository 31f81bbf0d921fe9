"""Round 17, silence: questions the pages do not answer are said to be unanswered, with the
COR department, whatever topic the intent model ranks first (bot.unstated_events); and a
statement "and do X" is not cut off as a question of its own (bot.questions).

Rules (each tested with new paraphrases of other shapes, and with look-alikes that keep
their answer):
- what an event (a claim, an injury, an incident, a fine, a late payment) does to a SECOR or
  to the PIR refund is silence;
- procedures no page describes are silence: a limit on resubmissions, a rush or paid faster
  review; using another company's certificate or certificate number is refused (it would
  tell a client what is not so);
- a course taken through another province's body is silence about its acceptance;
- "and do a check on them" after a statement continues it; "and do the part timers count"
  still opens a question.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from bot.questions import split_questions
from bot.silent import silent_topic

CONTACT = "1-800-661-2272"
SILENT = "ACSA's pages do not say"


def _silent_on(engine: Engine, text: str, what: str) -> str:
    answer = engine.ask(text)
    assert answer.answer.startswith(SILENT) or SILENT in answer.answer, answer.answer
    assert what in answer.answer, answer.answer
    assert CONTACT in answer.answer
    assert not answer.answer.startswith("Sorry"), answer.answer  # no refusal
    return answer.answer


# --- what an event does to a SECOR or the refund ------------------------------------------

EVENT = "what an event such as a claim, an injury"


@pytest.mark.parametrize(
    "text",
    [
        "One of my guys fell off a ladder last week and WCB accepted the claim. Will that "
        "count against us when we go for SECOR?",
        "could we lose our secor if somebody gets hurt on the job",
        "is our pir rebate affected if we have an incident this year",
        "we got fined by OHS in the spring. does that mess up our certification?",
        "Quick one - we paid our WCB premiums late twice. Does that affect the refund?",
        "does having a lost time injury mean we fail the audit",
        "hi, my apprentice fractured his ankle in june, its a time loss claim now... "
        "are we still eligible for the pir refund this year or is that gone",
    ],
)
def test_an_events_effect_is_silence(engine: Engine, text: str) -> None:
    answer = _silent_on(engine, text, EVENT)
    assert "up to 20%" in answer  # what the pages do say of the refund


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Where do incident investigation reports go?", "Element 10"),
        ("do we lose our pir refund if we skip the maintenance year", "maintenance"),
        (
            "we had an incident last month, which element does the investigation report go in",
            "Element 10",
        ),
    ],
)
def test_events_named_without_asking_their_effect_keep_their_answer(
    engine: Engine, text: str, expected: str
) -> None:
    answer = engine.ask(text)
    assert EVENT not in answer.answer
    assert expected in answer.answer, answer.answer


# --- procedures no page describes ---------------------------------------------------------

RESUBMIT = "how many times a returned evaluation may be resubmitted"
RUSH = "whether a review can be rushed"
OTHERS = "whether a company may use another company's SECOR"


@pytest.mark.parametrize(
    "text",
    [
        "Our evaluation got returned. Is there a limit on how many resubmissions we get?",
        "how many tries do we get to fix the submission before it's back to square one",
        "if it gets sent back again and again do we have to start from scratch at some point",
        "Do we get unlimited attempts if QA keeps returning the package?",
    ],
)
def test_a_resubmission_limit_is_silence(engine: Engine, text: str) -> None:
    _silent_on(engine, text, RESUBMIT)


@pytest.mark.parametrize(
    "text",
    [
        "Can we pay for expedited processing? Our contract starts in two weeks",
        "is there any way to fast-track the review, we're bidding on a big job",
        "We need SECOR by the 15th for a tender. Could our file be prioritized if we cover a fee?",
        "can you guys bump us up the list, the GC is waiting on our cert",
        "we'd happily pay more if the evaluation could come back faster. possible?",
    ],
)
def test_a_rush_review_is_silence(engine: Engine, text: str) -> None:
    _silent_on(engine, text, RUSH)


@pytest.mark.parametrize(
    "text",
    [
        "our parent company holds a SECOR, can we bid under their certificate?",
        "My dad runs a roofing outfit with SECOR. Can I just use his cert number when I quote "
        "jobs?",
        "we're a sister company of a certified firm - can we list their secor number on our "
        "tenders",
        "Could we borrow the SECOR of my partner's company for one job?",
    ],
)
def test_another_companys_certificate_is_refused(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.kind == "refusal", answer.answer
    assert "another company's SECOR or certificate number" in answer.answer
    assert "1-800-661-2272" in answer.answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rush job is the employer's own busy spell: a head count
        ("we had 11 people on a rush job for two weeks, does that matter", "11"),
        ("How long does the review take?", "how long a review takes"),
        ("Can one SECOR cover both of my companies?", "more than one company"),
    ],
)
def test_procedure_look_alikes_keep_their_answer(engine: Engine, text: str, expected: str) -> None:
    answer = engine.ask(text)
    assert RUSH not in answer.answer and OTHERS not in answer.answer
    assert RESUBMIT not in answer.answer
    assert expected in answer.answer, answer.answer


# --- a course taken through another province's body ---------------------------------------

COURSE = "whether a course taken through another province's safety association"


@pytest.mark.parametrize(
    "text",
    [
        "I did my PHSM through the Saskatchewan Construction Safety Association in 2019. "
        "Will ACSA take it?",
        "does a csts ticket from ontario count for secor here",
        "Got my first aid and management course in BC before moving to Calgary - are those "
        "accepted for SECOR?",
        "is the small employer safety course I took with the BCCSA good for ACSA's SECOR?",
    ],
)
def test_another_provinces_course_is_silence(engine: Engine, text: str) -> None:
    _silent_on(engine, text, COURSE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Is SECOR recognised in BC?", "whether a SECOR is recognised outside Alberta"),
        ("does the small employer course count for secor or do I need phsm", "either"),
        (
            "I have small employer COR from British Columbia. Can ACSA transfer it?",
            "whether a SECOR is recognised outside Alberta",
        ),
    ],
)
def test_province_look_alikes_keep_their_answer(engine: Engine, text: str, expected: str) -> None:
    answer = engine.ask(text)
    assert COURSE not in answer.answer
    assert expected in answer.answer, answer.answer


# --- the rules read the words, not the topic ----------------------------------------------

_EVENTS = ["a lost-time claim", "an injury on site", "an incident", "an OHS fine"]
_EFFECTS = ["hurt our SECOR", "affect our PIR refund", "count against our certificate"]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_EVENTS), st.sampled_from(_EFFECTS), st.sampled_from(["", "so "]))
def test_any_event_and_effect_is_read(event: str, effect: str, lead: str) -> None:
    stated = silent_topic(f"We just had {event} last month. {lead}Will that {effect}?")
    assert stated is not None and stated.what.startswith(EVENT)


# --- "and do X": a statement goes on, a question opens -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "we tag our scaffolds and do a check on them every week, which element does that go in",
        "I service the compressor and do an oil change every 3 months, what element",
        "we hold toolbox talks and do a hazard assessment every morning",
    ],
)
def test_and_do_a_thing_continues_the_statement(text: str) -> None:
    assert split_questions(text) == [text]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("our crew is 6 and do the part timers count", "do the part timers count"),
        ("we have 7 guys and do the summer students count toward it", "do the summer students"),
        ("how do I send it and do I need a zip?", "do I need a zip?"),
    ],
)
def test_and_do_a_question_still_opens_one(text: str, second: str) -> None:
    parts = split_questions(text)
    assert len(parts) == 2 and parts[1].startswith(second), parts


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["we tag our ladders", "I inspect the harnesses", "we log the fire drills"]),
    st.sampled_from(["a check", "an inspection", "a walkaround", "the paperwork"]),
    st.sampled_from(["every month", "weekly", "on them each friday"]),
)
def test_do_with_an_object_never_splits(first: str, thing: str, when: str) -> None:
    text = f"{first} and do {thing} {when}"
    assert split_questions(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "we tag the step ladders and do a check on them monthly. which element would that fall "
        "under?",
        "We label our extension ladders and do an inspection of them every month - what element?",
        "every month we tag the step ladders and do a check on them, which element is that",
    ],
)
def test_the_ladder_check_gets_its_element(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert "Element" in answer.answer and "who counts" not in answer.answer, answer.answer
    assert "Element 7" in answer.answer or "Element 9" in answer.answer, answer.answer


def test_and_do_volunteers_count_is_answered(engine: Engine) -> None:
    answer = engine.ask("how many employees can we have, and do volunteers count?")
    assert "volunteers count toward the 10" in answer.answer, answer.answer
