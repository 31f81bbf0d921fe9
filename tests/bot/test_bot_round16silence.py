"""Round 16, silence: when the pages are silent (said, with the COR department) and when they
are not (answered, with sources), and the legislation list.

Rules (each tested with new paraphrases of other shapes, and with look-alikes that keep
their answer):
- a third party's acceptance or preference (a school board, hospital, insurer, developer;
  or whoever "wants COR", then "will they take a SECOR?") is silence (bot.third_party);
- two safety practices asked "both?" or "does X replace Y?" are silence: the pages never
  compare two practices (bot.both_asked);
- "how long is it good for" after a course certificate is named asks of the certificate,
  whose validity the pages do not give (bot.questions._course_named);
- an extension is silence alone, "extension cords" no extension (bot.silent);
- another province named of the WCB account asks the pages' first step, an active Alberta
  WCB account, not whether a SECOR is recognised elsewhere (bot.silent);
- both management courses named and a choice asked: the current page accepts either
  (bot.management_course);
- a ready-made, sample or template legislation list, or using one as it is: the list the
  tool asks for, the samples by industry code, and that they are guidelines with the
  employer responsible (bot.legislation_list).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.both_asked import asks_both
from bot.engine import Engine
from bot.legislation_list import asks_ready_made_list
from bot.management_course import asks_which_course
from bot.silent import silent_topic
from bot.third_party import THIRD_PARTY

CONTACT = "1-800-661-2272"
SILENT = "ACSA's pages do not say"


def _silent_on(engine: Engine, text: str, what: str) -> str:
    answer = engine.ask(text)
    assert SILENT in answer.answer and what in answer.answer, answer.answer
    assert CONTACT in answer.answer
    return answer.answer


# --- a third party's acceptance -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our insurer wants to see COR. Would they accept a SECOR since we're a crew of five?",
        "the hospital requires COR for every trade on site, will they take our secor?",
        "Will the school district accept SECOR in place of COR on its tenders?",
        "We bid a lot of condo work. Do property managers accept a SECOR instead of COR?",
        "Hydro specifically asks for COR on its bids, would they be ok with a SECOR?",
        "the developer on our big job wants COR from all subs. can they take secor instead?",
    ],
)
def test_a_third_partys_acceptance_is_silence(engine: Engine, text: str) -> None:
    answer = _silent_on(engine, text, "will accept or require")
    assert "I count" not in answer  # no head-count verdict in its place


@pytest.mark.parametrize(
    "text",
    [
        "the GC wants secor by june, we are 7 people, can we do it?",
        "We want COR eventually. Will we need to redo everything?",
    ],
)
def test_a_third_party_as_context_is_not_its_decision(text: str) -> None:
    assert THIRD_PARTY.search(text) is None


# --- two practices, "both?" ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Do I have to do both toolbox talks and monthly safety meetings?",
        "We do FLHAs every morning on site. Does that replace the formal hazard assessment?",
        "we keep a written hazard assessment plus tailgate talks, or is one enough",
        "hazard assesment and flha both needed for secor?",
        "we're 6 guys. do we need site inspections and equipment inspections both?",
    ],
)
def test_two_practices_both_is_silence(engine: Engine, text: str) -> None:
    answer = _silent_on(engine, text, "both of the two practices")
    assert "I count" not in answer


@pytest.mark.parametrize(
    "text",
    [
        "for maintenance do we send both the formal hazard assessments and the FLHAs?",
        "Is the SECOR course and PHSM the same, or do I need both?",
        "which element do toolbox talks and safety meetings both go in",
        "do we need a hazard assessment?",
    ],
)
def test_both_of_what_the_pages_answer_is_not_silence(text: str) -> None:
    assert not asks_both(text)


# --- a course certificate's validity, asked with "it" ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our foreman's Standard First Aid is from 2019. Does it need to be current for SECOR, "
        "and how long is it good for?",
        "I took my CSTS back in 2016. Does it still count, and when does it expire?",
        "when does my CSTS expire?",
        "my lead hand did his first aid with St John in 2020, do we need it current for "
        "secor, and how long is that valid for?",
    ],
)
def test_how_long_it_is_good_for_after_a_course_is_the_certificate(
    engine: Engine, text: str
) -> None:
    answer = _silent_on(engine, text, "how long a course certificate stays valid")
    assert "A SECOR is usually good for three years" not in answer


def test_how_long_a_secor_is_good_for_keeps_its_answer(engine: Engine) -> None:
    answer = engine.ask("we got secor in 2022, how long is it good for?")
    assert "three years" in answer.answer and answer.sources


# --- an extension ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ACSA maintenance is due and my partner is off sick. Can ACSA give us an extension?",
        "can acsa give us a couple more weeks for the maintenance, crazy season",
        "My dad is the owner and he's in hospital for a few weeks, right when our audit is due. "
        "Any chance of more time?",
        "we got slammed with work, can we get an extension on the secor?",
    ],
)
def test_an_extension_is_silence_alone(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert SILENT in answer.answer and CONTACT in answer.answer
    assert "January 15" not in answer.answer and not answer.sources


# --- another province's WCB account ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We're a Manitoba outfit doing jobs in Lethbridge. Do we need an Alberta WCB account for "
        "SECOR or is our Manitoba one good enough?",
        "head office is in sask. is our sask wcb account ok for getting secor?",
        "we work out of BC but bid alberta jobs, does the secor need an alberta wcb, or will "
        "our worksafe account do?",
    ],
)
def test_another_provinces_account_is_the_alberta_account_step(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert "active Alberta WCB account" in answer.answer and answer.sources, answer.answer
    assert "recognised outside Alberta" not in answer.answer


def test_a_secor_recognised_in_another_province_stays_silence(engine: Engine) -> None:
    _silent_on(engine, "is our SECOR valid in Saskatchewan too?", "recognised outside Alberta")


# --- which management course ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Does PHSM still count, or do we have to do the new small employer course now?",
        "I heard only the small employer course is accepted these days. My super has Principles "
        "of Health and Safety Management from years back. Does that still count?",
        "our bookkeeper took the Small Employer Health & Safety Management class, not PHSM. "
        "a buddy says only PHSM counts. is he right?",
        "phsm or the secor course - which one counts for the training?",
        "is the small employer course accepted instead of phsm",
    ],
)
def test_which_management_course_counts(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert "accepts either" in answer.answer and answer.sources, answer.answer
    assert "Small Employer Health & Safety Management" in answer.answer
    assert SILENT not in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "My PHSM is from 2012, is it still valid?",
        "how much does the small employer course cost compared to PHSM",
        "our assessor has PHSM, does the other guy also need the small employer course?",
    ],
)
def test_other_course_questions_are_not_the_choice(text: str) -> None:
    assert not asks_which_course(text)


# --- a ready-made legislation list ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Does ACSA have a template of the OHS regulations for drywallers I could just print off "
        "and attach?",
        "We're three guys doing roofing. The tool asks for legislation. If I download the "
        "sample for our industry code, is that the final word?",
        "is there a premade list of which laws apply to painters? can i copy it as is",
        "The eval tool wants the legislation that applies to us. I found ACSA's sample sheets. "
        "Good enough to submit those?",
        "sample legislation list for excavation, use as-is or not",
    ],
)
def test_a_ready_made_legislation_list(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.topic == "legislation", answer.answer
    assert "industry code" in answer.answer and "guidelines only" in answer.answer
    assert "responsible" in answer.answer and answer.sources


@pytest.mark.parametrize(
    "text",
    [
        "which element does the legislation list go in?",
        "what is the legislation list the evaluation tool wants",
        "is there a sample FLHA form we can use",
    ],
)
def test_other_legislation_questions_are_not_the_ready_made_list(text: str) -> None:
    assert not asks_ready_made_list(text)


_LAWS = ["legislation", "OHS Code sections", "OHS regulations", "legislation list"]
_MADE = ["a sample", "a template", "a ready-made", "ACSA's", "a premade"]
_USE = ["can I just copy it", "is that enough", "use it as is", "attach it and be done"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_LAWS), st.sampled_from(_MADE), st.sampled_from(_USE))
def test_the_ready_made_list_is_read_in_any_order(law: str, made: str, use: str) -> None:
    assert asks_ready_made_list(f"is there {made} {law} for my trade? {use}?")
    assert asks_ready_made_list(f"{use.capitalize()}, {made} {law} I found for roofers?")


@pytest.mark.parametrize(
    "text",
    [
        "we check ladders and extension cords every week, which element is that",
        "Our extension cord inspections: where do they go?",
    ],
)
def test_extension_cords_ask_no_extension(text: str) -> None:
    stated = silent_topic(text)
    assert stated is None or "extension" not in stated.what
