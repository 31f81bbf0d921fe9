"""Whose people a number belongs to, and who is a person, round 21 (head counts).

Rules (each with paraphrases of shapes other than the development questions'):
- people of one list set aside together: "a roofer, an electrician and a taper who each run
  their own company with their own WCB" are none of the three counted (bot/accounting.py);
- "the two part-timers" after a part-time receptionist and a part-time estimator names them
  again: the people of that kind, as many as it says, count once (bot/restated.py);
- a head count asked after a story that names something the pages are silent on only as the
  reason for asking ("before I pay for the courses") gets the verdict (bot/story.py), and a
  head count asked beside a silence of its own (a name change) gets the verdict with the
  silence said (bot/engine.py);
- "counting me it's eleven" is eleven, the writer in it (bot/groups.py); asking to leave
  the owner off the count is answered no, with the total the owner stays in
  (bot/misstate.py, bot/answers.py);
- people of someone else's company ("my buddy's company has 12 guys, we have 4") and that
  company's owner are not counted (bot/others_firm.py, bot/firm_people.py);
- a list of family members written without commas ("me wife brother and sister") is one
  person each, the writer included (bot/kin_list.py);
- "what number should I use?" after the people are told asks the count (bot/engine.py).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.engine import Engine
from bot.kin_list import with_kin_commas
from tests.bot.counting import SETTINGS, checked


def _total(engine: Engine, text: str) -> int | None:
    count = engine.nlp(text)._.headcount
    return None if count is None else count.total


# -- (1) people of one list set aside together --------------------------------------------


@pytest.mark.parametrize(
    ("text", "total", "named"),
    [
        ("it's me and 6 guys, plus a plumber, a framer, and a painter that all run their own "
         "outfits with their own wcb. are we under 10?", 7, "a framer"),
        ("We're 7 on payroll. A drywaller and an electrician, they each have their own company "
         "and invoice me. Do we qualify for SECOR?", 8, "a drywaller"),
        ("my brother, my cousin and my uncle, who all have their own WCB, plus 5 guys of mine. "
         "secor ok?", 5, "your cousin"),
        ("5 employees and me. I also use two trades (a plumber and a tiler) who both have their "
         "own company and WCB account. Do they count for SECOR?", 6, "a plumber"),
    ],
)  # fmt: skip
def test_people_of_one_list_with_their_own_company_are_set_aside_together(
    engine: Engine, text: str, total: int, named: str
) -> None:
    assert _total(engine, text) == total
    answer = engine.ask(text).answer
    assert f"{total} people" in answer
    assert f"Not counted: {named}, who you say is with another company" in answer


def test_a_list_of_workers_with_no_own_company_still_counts(engine: Engine) -> None:
    text = "it's me and 6 guys, plus a plumber, a framer and a painter. are we under 10?"
    assert _total(engine, text) == 10


# -- (2) "the two part-timers" names the part-time people again ----------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Our office has a part-time bookkeeper, a part-time dispatcher and me, and there are 7 "
         "roofers. The two part-timers come in 3 days a week. Are we within the SECOR limit?", 10),
        ("I have a seasonal labourer and a seasonal flagger plus 6 full-time guys and me. The 2 "
         "seasonals are only here May to Sept. ok for secor?", 9),
        ("a part time cleaner, a part time receptionist, 9 techs. the 2 part-timers only do "
         "mornings. do we qualify?", 11),
    ],
)  # fmt: skip
def test_the_part_time_people_named_again_count_once(engine: Engine, text: str, total: int) -> None:
    checked(engine, text, total)


def test_new_people_of_a_kind_still_count(engine: Engine) -> None:
    # one part-timer named, two more said: not the same people
    text = "6 guys, me, and a part-time bookkeeper. Those 2 part-timers are new."
    assert _total(engine, text) == 10


# -- (3) a head count asked beside a silence ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("We had 9 on the crew this fall and 4 now. Since the fees add up, tell me: are we "
         "under the limit?", 9),
        ("Busiest month we were 12, now 6. Before I spend money on the course fees I need to "
         "know: can we apply for SECOR?", 12),
        ("We hit 8 people in July and we're down to 3. Before paying for training I want to "
         "check: do we qualify for SECOR?", 8),
    ],
)  # fmt: skip
def test_a_count_asked_after_a_price_named_as_a_reason_gets_the_verdict(
    engine: Engine, text: str, total: int
) -> None:
    answer = engine.ask(text)
    assert answer.kind == "eligibility", answer.answer
    assert f"with {total} people you are" in answer.answer


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("we renamed the company in march. 12 guys last august, 7 now. do we qualify?", 12),
        ("Our business got a new name this year but the WCB account is the same. Last summer "
         "we had 9 people, now 5. Does that old count matter for SECOR?", 9),
        ("Name change in January (same WCB number). We peaked at 13 in September. Are we over "
         "the limit?", 13),
    ],
)  # fmt: skip
def test_a_count_asked_beside_a_name_change_gets_the_verdict_and_the_silence(
    engine: Engine, text: str, total: int
) -> None:
    answer = engine.ask(text)
    assert f"with {total} people you are" in answer.answer, answer.answer
    assert "ACSA's pages do not say whether a SECOR carries over" in answer.answer
    assert answer.sources


def test_a_price_asked_with_a_count_stays_unstated(engine: Engine) -> None:
    answer = engine.ask("We're 6 people. How much does the course cost?")
    assert answer.topic == "not_stated"


# -- (4) "counting me it's eleven"; the owner is never left off ---------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Counting me it's 9. Are we ok for SECOR?", 9),
        ("including myself and my wife it's 8 in total, are we ok", 8),
        ("Including me it's twelve. Do we qualify?", 12),
        ("counting me and the 3 lads in the shop we're 11, still ok for secor?", 11),
    ],
)  # fmt: skip
def test_a_total_said_after_counting_me_holds_the_writer(
    engine: Engine, text: str, total: int
) -> None:
    # (a number with no person word is read with "if I read you right", then the verdict)
    checked(engine, text, total, direction=False)


@pytest.mark.parametrize(
    ("text", "total", "over"),
    [
        ("me and 10 guys. cant we just leave me off the headcount, im the boss", 11, True),
        ("We're 11 with me. Can I leave myself out of the count? I own the place.", 11, True),
        ("Including me we're 10. Could we drop me off the count since I'm only the owner?", 10,
         False),
    ],
)  # fmt: skip
def test_leaving_the_owner_off_is_refused_with_the_total(
    engine: Engine, text: str, total: int, over: bool
) -> None:
    answer = engine.ask(text).answer
    assert answer.startswith("No \u2014 owners count toward the 10"), answer
    where = "over the limit" if over else "within the limit"
    assert f"Your count stays at {total}: {where}" in answer


@SETTINGS
@given(n=st.integers(min_value=2, max_value=20), lead=st.sampled_from(["Counting", "Including"]))
def test_counting_me_then_a_total_is_that_total(engine: Engine, n: int, lead: str) -> None:
    assert _total(engine, f"{lead} me it's {n}. do we qualify?") == n


# -- (5) someone else's company's people ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("My brother-in-law's outfit runs about 14 people and he has COR. We're only 5. Can "
         "we do SECOR?", 5),
        ("a friend of mine runs a shop with 15 guys; we are me plus 3. do we qualify", 4),
        ("another company has 20 guys and we have 6, are we small enough", 6),
        ("my wife runs her own business with 3 staff, and I have 6 guys plus me. SECOR ok?", 7),
    ],
)  # fmt: skip
def test_another_companys_people_are_not_counted(engine: Engine, text: str, total: int) -> None:
    checked(engine, text, total)


def test_our_own_company_still_counts(engine: Engine) -> None:
    assert _total(engine, "my company has 12 guys, do we qualify") == 12


@SETTINGS
@given(
    other=st.integers(min_value=11, max_value=40),
    ours=st.integers(min_value=2, max_value=9),
    whose=st.sampled_from(["buddy", "cousin", "neighbour", "brother"]),
    firm=st.sampled_from(["company", "outfit", "shop"]),
)
def test_a_relatives_company_is_never_in_our_count(
    engine: Engine, other: int, ours: int, whose: str, firm: str
) -> None:
    text = f"my {whose}'s {firm} has {other} guys, we have {ours}. can we get secor?"
    assert _total(engine, text) == ours


# -- (6) a list of family members without commas -----------------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("me wife son and 4 guys, secor?", 7),
        ("its me wife and 3 lads. under the limit?", 5),
        ("me missus and our 2 boys plus 5 guys, do we qualify", 9),
    ],
)  # fmt: skip
def test_family_listed_without_commas_is_one_person_each(
    engine: Engine, text: str, total: int
) -> None:
    checked(engine, text, total)


def test_a_possessive_keeps_one_person() -> None:
    assert with_kin_commas("my wife's brother and 3 guys") is None
    assert with_kin_commas("give me wife advice") is None


_KIN = ["wife", "son", "daughter", "brother", "sister", "cousin", "nephew"]


@SETTINGS
@given(
    kin=st.lists(st.sampled_from(_KIN), min_size=1, max_size=4, unique=True),
    guys=st.integers(min_value=2, max_value=9),
)
def test_me_and_family_without_commas(engine: Engine, kin: list[str], guys: int) -> None:
    text = f"me {' '.join(kin)} and {guys} guys, do we qualify"
    assert _total(engine, text) == 1 + len(kin) + guys, text


# -- (7) "what number should I use" asks the count ----------------------------------------


def test_what_number_to_use_gets_the_count(engine: Engine) -> None:
    text = (
        "I have 6 guys and me. Two subs (a framer and a roofer) each run their own company "
        "with their own WCB. Do they count? Which number should we be using?"
    )
    answer = engine.ask(text).answer
    assert "with 7 people you are within the limit" in answer
    assert "samples" not in answer
