"""Round 27 (head counts written by strangers): the people reader's general reasons.

Rules, each with paraphrases of shapes other than the bench's:
- a person brought in with "a"/"an" ("a retired fella who volunteers") or a bare title
  ("office lady") in a list the readers undercount is one more person (bot.stated_total);
  a remark in brackets that counts no one does not end the list (bot.roster);
- "ladies", "deputies": a person word in "-ies" is the plural of its "-y" (bot.roster);
- a part of the company ("2 divisions", "three branches") is no people (bot_lexicon units);
- "on top of the two of us" names again the people said before (bot.restated);
- "plus when it's busy we get 9": a time said of the people, not a second question
  (bot.questions);
- "my son is a first-year apprentice": a hyphenated modifier keeps the role an attribute
  of the person named, not one more (bot.mentions);
- a size held for a year or more, a larger size dated before it, is the count, and the
  larger one is said to be outside the past 12 months (bot.held_size);
- "my wife and 2 guys, so 3 of us. can I apply?": the "I" of the question is not among
  the people the total adds up (bot.stated_total); "we are 7 with me" is 7 people, not
  "7 others" (bot.groups).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.engine import Engine
from bot.headcount import HeadCount
from bot.held_size import with_held_size
from bot.roster import read_roster
from tests.bot.counting import SETTINGS, checked, said


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Me and my partner and 8 hands, plus a retired fella who volunteers with us on "
            "Saturdays. SECOR?",
            11,
        ),
        (
            "we're me, my wife and 8 labourers, and a retired fella helps out on weekends for "
            "free. are we ok for secor",
            11,
        ),
        (
            "My brother and I plus 7 guys, also a retired fella who comes in to do deliveries. "
            "Eligible?",
            10,
        ),
        ("office lady, a foreman, me and my partner (we both own it) and 7 on the tools", 11),
        ("a site super, an estimator, me and my son (he's a partner) and 6 framers. secor?", 10),
        ("shop lady, an estimator, me and my wife (she owns half) and 7 guys on the crew", 11),
    ],
)
def test_people_introduced_in_a_list_count(engine: Engine, text: str, total: int) -> None:
    checked(engine, text, total, direction=False)


def test_a_remark_in_brackets_does_not_end_a_list() -> None:
    members = read_roster("an estimator, me and my wife (we own it) and 7 guys", bare_titles=True)
    assert sum(m.count for m in members) == 10
    kept = read_roster("an estimator, me and my wife (and 2 kids) and 7 guys", bare_titles=True)
    assert sum(m.count for m in kept) < 12  # a bracket that counts people stays a break


@pytest.mark.parametrize(
    ("text", "total", "words"),
    [
        ("me, two office ladies and 6 guys", 9, "2 office ladies"),
        (
            "It's me plus 3 ladies in the office and 5 guys in the field. can we do secor",
            9,
            "ladies",
        ),
    ],
)
def test_plural_in_ies_names_people(engine: Engine, text: str, total: int, words: str) -> None:
    checked(engine, text, total, direction=False)
    assert words in engine.ask(text).answer


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "I own one company, one WCB account, but two divisions. Renovations is me plus 5 "
            "year-round. The snow removal side has 5 seasonal operators. Do they count?",
            11,
        ),
        (
            "One WCB account, three branches: me and 4 guys in the north branch, 3 in the south "
            "branch. secor?",
            8,
        ),
        (
            "We run 2 departments on the same WCB account, framing has 4 carpenters and "
            "finishing has 5 finishers, plus me. do we qualify",
            10,
        ),
    ],
)
def test_parts_of_a_company_are_no_people(engine: Engine, text: str, total: int) -> None:
    checked(engine, text, total, direction=False)


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "just me and my brother, plus when its busiest we got 9 guys on top of us two. can we "
            "do secor",
            11,
        ),
        (
            "me and the wife, and when it gets busy we bring on 9 more on top of the two of us. "
            "secor ok?",
            11,
        ),
        (
            "my son and me run it, and in spring we take on 9 guys besides the 2 of us. can we do "
            "secor",
            11,
        ),
        (
            "Me and my partner, plus when we're slammed there's 7 guys on top of the two of us. "
            "Eligible?",
            9,
        ),
    ],
)
def test_on_top_of_us_two(engine: Engine, text: str, total: int) -> None:
    checked(engine, text, total)
    assert (
        engine.ask(text).answer.count("you are within the limit")
        + engine.ask(text).answer.count("you are over the limit")
        == 1
    )  # one verdict, not one per half


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "My husband and I both own the company. Our son is a first-year apprentice, we have "
            "4 journeymen, and my father-in-law drives the truck. What's our count?",
            8,
        ),
        (
            "me and my wife run it, my nephew is a second-year electrician and we have 5 guys. "
            "how many is that for secor",
            8,
        ),
        (
            "I'm the owner, my brother works as a red-seal carpenter with us, plus 6 labourers. "
            "Eligible?",
            8,
        ),
        ("we have a first-year apprentice, a foreman and 6 guys, plus me", 9),
    ],
)
def test_a_hyphenated_role_of_someone_named(engine: Engine, text: str, total: int) -> None:
    checked(engine, text, total, direction=False)


@pytest.mark.parametrize(
    ("text", "total", "old"),
    [
        (
            "We grew from 5 up to 12 two summers back, but we've been steady at 5 for the last "
            "year and a half. Can we apply for SECOR now?",
            5,
            "the 12",
        ),
        (
            "We had 13 people a couple of years ago. We've been at 7 for the past 18 months. Is "
            "SECOR an option?",
            7,
            "the 13",
        ),
        (
            "Back in 2022 we were 15 strong, been sitting at 8 for over a year now. secor ok?",
            8,
            "the 15",
        ),
    ],
)
def test_a_size_held_for_a_year(engine: Engine, text: str, total: int, old: str) -> None:
    checked(engine, text, total, direction=False)
    answer = engine.ask(text).answer
    assert old in answer and "12 months" in answer, answer[:400]


def test_a_size_held_with_people_on_top_keeps_the_peak(engine: Engine) -> None:
    text = (
        "We were 13 two winters back; we've been at 9 for the last year plus 4 summer "
        "students each July. Eligible?"
    )
    count = engine.nlp(text)._.headcount
    assert count is not None and count.total == 13


@given(st.data())
@SETTINGS
def test_held_size_property(engine: Engine, data: st.DataObject) -> None:
    """Any held size below a dated older peak is the count; a held size of less than a year
    leaves the count as the readers made it."""
    low, n_low = said(data.draw, 2, 8)
    high = data.draw(st.integers(min_value=11, max_value=19))
    span = data.draw(
        st.sampled_from(
            ["the last year and a half", "the past 18 months", "two years", "over a year"]
        )
    )
    text = f"We had {high} guys three years ago, but we've stayed at {low} for {span}. secor?"
    count = HeadCount(total=high, groups=())
    held = with_held_size(text, count)
    assert held is not None and held.total == n_low
    short = text.replace(span, "the last 3 months")
    assert with_held_size(short, count) == count


@pytest.mark.parametrize(
    ("text", "total", "words"),
    [
        ("my wife and 2 guys, so 3 of us. can I do SECOR?", 3, "3"),
        ("the missus and two labourers, so 3 of us total. can I apply?", 3, "3"),
        ("we are 7 with me and my son", 7, "7 people (you and your son included)"),
    ],
)
def test_the_question_s_i_and_who_a_total_holds(
    engine: Engine, text: str, total: int, words: str
) -> None:
    checked(engine, text, total, direction=False)
    assert words in engine.ask(text).answer
