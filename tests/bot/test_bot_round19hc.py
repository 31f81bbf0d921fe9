"""Head counts that came out wrong, and head-count verdicts given to questions not about the
limit, round 19 (every person and number in the message accounted for).

Rules (each with paraphrases of shapes other than the development questions'):
- an ordinal of a person names a total: "I'm employee number 11", "our 11th guy" is 11
  people at that moment (bot/ordinal_count.py); ordinals of things ("element 11", "the
  11th of May") name none;
- the usual team said again after a busy spell ("now back to 8") is the same people, and
  the extra hands of the spell add to it: the peak of the last 12 months (bot/restated.py);
- a son, daughter, brother or sister named bare in a list already begun is one more person
  ("me wife 2 sons and daughter"), not when asked whether they count (bot/mentions.py);
- people "on the client's WCB" count when the message counts people for that client (a
  consultant's head-count check): the client's account is the one counted
  (bot/firm_people.py);
- a head count told with a question of who counts for Energy Safety Canada gets its
  verdict before the rule (bot/esc_asked.py);
- "hired 2 more last week": the 2 count, like "3 more next month" (bot/mentions.py);
- another company's SECOR asked of as help to one's own ("my dad's company has secor, does
  that help us?") counts nobody: the pages' silence, no verdict (bot/silent.py).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.engine import Engine
from bot.ordinal_count import ordinal_total
from tests.bot.counting import SETTINGS, checked


def _total(engine: Engine, text: str) -> int | None:
    count = engine.nlp(text)._.headcount
    return None if count is None else count.total


# -- (1) an ordinal of a person names a total ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("we just took on our 11th guy, does that mess up our secor?", 11),
        ("My boss says I'm the twelfth employee on the payroll now. We're SECOR certified, is "
         "that ok?", 12),
        ("New hire here, employee #9. Can we still apply for SECOR?", 9),
        ("quick one - I'm hire number 11 at a small framing outfit that holds a SECOR, is that "
         "going to cause them trouble", 11),
        ("Started Monday as their 10th worker. They want to renew SECOR. Fine?", 10),
    ],
)  # fmt: skip
def test_an_ordinal_of_a_person_names_the_total(engine: Engine, text: str, total: int) -> None:
    checked(engine, text, total)
    answer = engine.ask(text).answer
    assert f"{total} people" in answer
    assert "owners and everyone else on your WCB account count too" in answer


@pytest.mark.parametrize(
    "text",
    [
        "what goes in element 11?",
        "we have to send it the 11th of may, is that too late for secor?",
        "this is our 2nd audit, what changes?",
        "is the 3rd year a maintenance year?",
    ],
)
def test_an_ordinal_of_a_thing_names_no_people(engine: Engine, text: str) -> None:
    assert ordinal_total(text) is None
    assert "you are over the limit" not in engine.ask(text).answer


def _suffixed(n: int) -> str:
    """N as an ordinal in digits: 2nd, 11th, 13th, 21st."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


_ORDINAL_SHAPES = (
    "I'm employee number {n} here",
    "we hired our {th} guy",
    "she'd be employee #{n}",
    "I am worker no. {n} at the shop",
    "he's the {th} person on our payroll",
)


@SETTINGS
@given(n=st.integers(min_value=2, max_value=20), shape=st.sampled_from(_ORDINAL_SHAPES))
def test_ordinal_totals(n: int, shape: str) -> None:
    text = shape.format(n=n, th=_suffixed(n))
    found = ordinal_total(text)
    assert found is not None and found[0] == n, text


# -- (2) "back to 8" after a busy spell is the usual team again ---------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("usually its 6 of us, last summer we hired 5 more for a big contract, they left in "
         "september and we went back down to 6. secor ok?", 11),
        ("We run 7 guys most of the year. Added four temps in May for six weeks, back to 7 "
         "since. Do we still qualify?", 11),
        ("we usually run 4 guys. took on 3 more for a job in April, laid them off in June, "
         "back down to 4 now - can we still apply?", 7),
    ],
)  # fmt: skip
def test_back_to_the_usual_size_is_the_same_people(engine: Engine, text: str, total: int) -> None:
    checked(engine, text, total, direction=False)


def test_back_to_the_same_number_alone_is_one_group(engine: Engine) -> None:
    assert _total(engine, "we were 9 and now back to 9 after the holidays, eligible?") == 9


# -- (3) a bare family word in a list already begun ---------------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("its me my wife 2 sons and daughter", 5),
        ("me and wife and son, plus 4 on the crew", 7),
        ("Me, the wife, 3 carpenters and daughter in the office. secor?", 6),
        ("My buddy reckons relatives are exempt. me, my husband, 2 daughters and son all work "
         "in it plus 4 hired guys", 9),
        ("me, wife and son plus sister and 7 guys, are we too big", 11),
    ],
)  # fmt: skip
def test_a_bare_family_word_in_a_list_is_one_more(engine: Engine, text: str, total: int) -> None:
    checked(engine, text, total)


def test_a_family_word_asked_of_is_no_one_more(engine: Engine) -> None:
    assert _total(engine, "Do son and daughter count for secor?") is None


def test_another_persons_children_stay_theirs(engine: Engine) -> None:
    text = "4 framers, me, and my brother's son and daughter who help on weekends"
    assert "your brother's daughter" in engine.ask(text).answer


# -- (4) the client's WCB is the account counted when counting for the client -------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Doing a head count for my client: 5 carpenters, the owner and his wife, plus 3 "
         "labourers who are on the client's WCB account. Do they qualify for SECOR?", 10),
        ("I'm checking SECOR eligibility on behalf of a client. They have 6 installers, a "
         "bookkeeper and 4 seasonal helpers that are on the client's WCB too.", 11),
        ("for a customer of mine: 3 painters, the owner, 2 students who are on the customer's "
         "WCB. small enough for secor?", 6),
    ],
)  # fmt: skip
def test_people_on_the_clients_account_count_for_that_client(
    engine: Engine, text: str, total: int
) -> None:
    checked(engine, text, total)


def test_a_clients_people_stay_out_of_ones_own_count(engine: Engine) -> None:
    text = (
        "We have 5 guys of our own and the 3 guys the GC sends are on the GC's WCB. "
        "eligible for secor?"
    )
    assert _total(engine, text) == 5


# -- (5) ESC's who-counts question with a head count: the verdict is said ------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("For energy safety canada secor, my wife does the books and we have 8 guys. she "
         "doesnt count right?", "I count 9 people: within the limit of 10"),
        ("Energy Safety Canada question. Me plus 6 hands. The owner isn't included in their "
         "count, is he?", "I count 7 people: within the limit of 10"),
        ("With ESC do the owners count? Its my partner, me and 8 guys", "with 10 people you "
         "are within the limit of 10"),
    ],
)  # fmt: skip
def test_esc_who_counts_with_a_count_gets_the_verdict(
    engine: Engine, text: str, verdict: str
) -> None:
    answer = engine.ask(text).answer
    assert verdict in answer
    assert "Energy Safety Canada" in answer


# -- (6) people hired "last week" count -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("i got 5 guys, just hired 2 more last week", 7),
        ("we had 6 and took on 3 extra last month, eligible?", 9),
        ("Crew of 8, added 3 more last spring. still under for secor?", 11),
    ],
)
def test_hands_hired_in_the_past_count(engine: Engine, text: str, total: int) -> None:
    assert _total(engine, text) == total


def test_more_weeks_are_no_people(engine: Engine) -> None:
    assert _total(engine, "we need two more weeks to finish the records, we have 5 guys") == 5


# -- (7) another company's SECOR counts nobody ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "our parent company already holds a COR, does that cover us for secor?",
        "the company my uncle owns has secor, can we use it for the bid?",
        "My sister's business got SECOR. Does that help us get ours?",
        "hey so my fathers company has secor already... would that count for my new company?",
        "A related company of ours is SECOR certified - does it apply to us as well?",
    ],
)
def test_another_companys_secor_gets_no_verdict(engine: Engine, text: str) -> None:
    answer = engine.ask(text).answer
    assert "ACSA's pages do not say whether another company's SECOR or COR" in answer
    assert "1-800-661-2272" in answer
    assert "within the limit" not in answer and "over the limit" not in answer
