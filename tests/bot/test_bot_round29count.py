"""Round 29 (head counts): a verdict needs a count of the workforce (bot.passing_mention).

Rules, each with paraphrases of shapes other than the bench's:
- one or two single people mentioned in passing (a relative, a role, a friend, the writer
  as someone's employee), none of them the writer and not presented as the company's
  people, are no head count: no "with 1 person you are within", no "I count"; whether such
  a person counts is answered by the who-counts rule with their category, anything else by
  what it asks;
- a list that accounts for the company ("just me and my wife", "me and 3 guys", "I have a
  foreman and an office lady, that's it") keeps its verdict;
- the writer named twice ("only me, I'm a one-man show") is one person.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.engine import Engine
from bot.headcount import Group, HeadCount
from bot.passing_mention import is_passing_mention, with_writer_once
from tests.bot.counting import SETTINGS, checked

NO_VERDICT = ("I count", "within the limit", "over the limit", "I read 1 person")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Quick one. My daughter answers the phones for us a couple days a week - is she "
            "included in the head count for secor?",
            "family members",
        ),
        ("does my brother in law count if he only helps out on big jobs", "family members"),
        (
            "hey so our bookkeeper comes in fridays. shes not really staff. does she get "
            "counted toward the ten?",
            "clerical and admin staff",
        ),
        (
            "My son works for me summers and helps on weekends. Does he count toward the ten "
            "or is family exempt?",
            "family members",
        ),
    ],
)
def test_whether_one_person_counts_is_the_who_counts_rule(
    engine: Engine, text: str, category: str
) -> None:
    assert engine.nlp(text)._.headcount is None, text
    answer = engine.ask(text).answer
    assert f"Yes: {category}" in answer, answer[:200]
    assert not any(v in answer for v in NO_VERDICT), answer[:200]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "My neighbour told me the SECOR audit has to be done every year, is that right?",
            "three years",
        ),
        ("My foreman wants to know how long the SECOR certificate is good for.", "three years"),
        (
            "I work as the admin for a small roofing outfit. My boss asked me to find out how "
            "we submit the audit.",
            "cor@youracsa.ca",
        ),
        ("how many elements are in secor? my esc buddy says 10 like cor", "13 elements"),
        (
            "The guy who used to do our safety stuff retired. Who can take over the courses "
            "for us?",
            "courses",
        ),
    ],
)
def test_a_person_in_passing_gets_the_answer_asked(engine: Engine, text: str, asked: str) -> None:
    answer = engine.ask(text).answer
    assert asked in answer, answer[:200]
    assert not any(v in answer for v in NO_VERDICT), answer[:200]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("it's just me and my wife, can we do SECOR?", 2),
        ("me and 3 guys, are we eligible for secor", 4),
        ("only me, I'm a one-man show. can I get SECOR?", 1),
        ("I have a foreman and an office lady, that's it. can we do secor?", 2),
        ("just me and my brother running the company, do we qualify?", 2),
        ("my wife and I run it together. eligible?", 2),
        ("I'm a one man operation, do I qualify for secor", 1),
    ],
)
def test_a_list_of_the_workforce_keeps_its_verdict(engine: Engine, text: str, total: int) -> None:
    checked(engine, text, total)


RELATIVES = ("son", "daughter", "wife", "brother", "bookkeeper", "office manager", "buddy")


@SETTINGS
@given(who=st.sampled_from(RELATIVES), second=st.sampled_from(("", *RELATIVES)))
def test_single_people_not_the_writer_are_a_passing_mention(who: str, second: str) -> None:
    groups = [Group(1, f"your {who}", "single", 0)]
    if second:
        groups.append(Group(1, f"your {second}", "single", 5))
    count = HeadCount(total=len(groups), groups=tuple(groups))
    text = f"my {who} {'and my ' + second if second else ''} helps out. does that count?"
    assert is_passing_mention(text, count)
    with_me = HeadCount(total=len(groups) + 1, groups=(Group(1, "you", "single", 9), *groups))
    assert not is_passing_mention(text, with_me)
    introduced = f"it's just my {who}. does that count?"
    assert not is_passing_mention(introduced, count)


@SETTINGS
@given(others=st.integers(min_value=0, max_value=9))
def test_the_writer_named_twice_is_one_person(others: int) -> None:
    groups = [Group(1, "you", "single", 0), Group(1, "you (the owner)", "single", 2)]
    if others:
        groups.append(Group(others, "guys", "fixed", 4))
    count = with_writer_once(HeadCount(total=2 + others, groups=tuple(groups)))
    assert count is not None
    assert count.total == 1 + others
    assert [g.who for g in count.groups if g.role == "single"] == ["you (the owner)"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "I do the admin for a small plumbing company three days a week. Am I counted "
            "toward the ten?",
            "clerical and admin staff",
        ),
        (
            "hi, I'm the part time bookkeeper for a framing outfit. boss wants to know if I "
            "count toward the secor limit",
            "clerical and admin staff",
        ),
        (
            "I answer phones for my uncle's drywall company on weekends, do I count for "
            "their SECOR number?",
            "family members",
        ),
    ],
)
def test_the_writer_as_an_employee_gets_the_who_counts_rule(
    engine: Engine, text: str, category: str
) -> None:
    answer = engine.ask(text).answer
    assert category in answer, answer[:200]
    assert not any(v in answer for v in NO_VERDICT), answer[:200]


def test_a_person_in_passing_after_a_count_joins_it(engine: Engine) -> None:
    text = (
        "we've got 6 on the crew plus me and my partner, so 8 right? oh and my sister-in-law "
        "does the invoicing a few hours a month, she's on our wcb too. still fine?"
    )
    answer = engine.ask(text).answer
    assert "with 9 people you are within the limit" in answer, answer[:300]
