"""Head counts the employer argues or restates, round 17 (bot/restated.py and its readers).

Rules (each with paraphrases of shapes other than the development questions'):
- a total the employer claims or restates after the list ("that's only N", "we're really
  N", "so N in total", "that makes N employees") is a claim about the same people: the list
  is counted, and a claim that differs is answered in plain words (bot/restated.py);
- a negated person noun ("not an employee", "not a worker") is no person (bot/restated.py);
- the same group restated as a state over time ("stayed at 8 since") is one group, and a
  change of size more than 12 months ago leaves only the new size (bot/restated.py);
- "... and I put/hired/brought N people ...": the one asking is the subject of a clause,
  not one more item of the list (bot/mentions.py ``_ACTS_ON_PEOPLE``);
- people hired after a stated total join it ("were 9, then hired 2 in March": 11)
  (bot/groups.py ``_HIRED_BEFORE``);
- a planned hire that takes the count past 10 names the full COR (bot/answers.py).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.engine import Engine
from tests.bot.counting import SETTINGS, checked, said


def _total(engine: Engine, text: str) -> int:
    count = engine.nlp(text)._.headcount
    assert count is not None, text
    return count.total


# -- (1) a claimed total after the list is the same people --------------------------------


@pytest.mark.parametrize(
    ("text", "total", "claimed"),
    [
        ("It's me, my son and 4 roofers. So that's just 4 employees really, correct?", 6, 4),
        ("quick q - we have 7 framers, a site super and my wife does the books. so we're "
         "basically 7 guys, right?", 9, 7),
        ("My partner and I own it, we've got 6 labourers and an office gal. Technically that's "
         "only 6 workers isn't it?", 9, 6),
        ("we r 5 painters plus me and the wife so 5 in total yeah?", 7, 5),
        ("3 carpenters, 2 apprentices and myself - that makes 5 employees, ok?", 6, 5),
        ("Our shop: 4 welders, 2 helpers, my dad and me. That's only 6 staff, right?", 8, 6),
    ],
)  # fmt: skip
def test_a_claimed_total_is_the_list_counted(
    engine: Engine, text: str, total: int, claimed: int
) -> None:
    checked(engine, text, total)
    answer = engine.ask(text).answer
    assert f"you say {claimed}, but counting everyone you named I count {total}" in answer


def test_a_claim_that_the_list_bears_out_adds_no_one(engine: Engine) -> None:
    answer = engine.ask("Me and 6 guys, so 7 of us total, right?").answer
    assert "Yes \u2014 with 7 people you are within the limit" in answer
    assert "you say" not in answer


@pytest.mark.parametrize(
    "text",
    [
        "We have 12 in summer and 6 in winter, so really 6 most of the year, right?",
        "we're at 9 now, we had 12 last summer. eligible?",
    ],
)
def test_a_count_at_another_time_is_no_claim(engine: Engine, text: str) -> None:
    assert _total(engine, text) == 12


_TRADES = ("guys", "framers", "painters", "roofers", "labourers", "techs")
_CLAIMS = (
    "That's only {n} employees, right?",
    "So we're really {n} workers, yeah?",
    "so {n} in total, correct?",
    "Basically that's {n} staff, isn't it?",
    "Really we're just {n} people, ok?",
)
_OTHERS = (("me", 1), ("my wife", 1), ("my brother and me", 2), ("a part-time bookkeeper", 1))


@st.composite
def argued_lists(draw: st.DrawFn) -> tuple[str, int, int]:
    """A list of workers and other people, then a claimed total that leaves some out."""
    n_text, n = said(draw, 2, 8)
    trade = draw(st.sampled_from(_TRADES))
    other, more = draw(st.sampled_from(_OTHERS))
    items = draw(st.permutations([f"{n_text} {trade}", other]))
    claim = draw(st.sampled_from(_CLAIMS)).format(n=n)
    return f"{items[0].capitalize()} and {items[1]}. {claim}", n + more, n


@SETTINGS
@given(case=argued_lists())
def test_property_a_claimed_total_never_adds_people(
    engine: Engine, case: tuple[str, int, int]
) -> None:
    text, total, claimed = case
    checked(engine, text, total)
    assert f"you say {claimed}, but counting everyone you named I count {total}" in (
        engine.ask(text).answer
    )


# -- (2) a negated person noun is no person -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("I run it with 9 guys under me. I'm the boss, not a worker. are we under 10?", 10),
        ("Eight carpenters and me; I'm the owner, not an employee, so is it 8?", 9),
        ("We have 5 installers plus me, and I'm not really an employee. Eligible?", 6),
    ],
)
def test_a_negated_person_noun_is_no_person(engine: Engine, text: str, total: int) -> None:
    assert _total(engine, text) == total


def test_the_owner_who_says_he_is_no_employee_is_told_the_count(engine: Engine) -> None:
    answer = engine.ask("Ten on the crew plus me, I'm not an employee, so we're at 10, right?")
    assert "No \u2014 with 11 people you are over the limit" in answer.answer
    assert "you say 10, but counting everyone you named I count 11" in answer.answer


# -- (3) a group restated over time is one group; an old change leaves the new size ----


@pytest.mark.parametrize(
    ("text", "total", "old"),
    [
        ("we went from 13 down to 7 two years ago and we've been at 7 ever since. eligible?",
         7, 13),
        ("About 18 months ago we cut from 12 to 9 people, and we have stayed at 9 since. "
         "Does the 12 still count?", 9, 12),
        ("Downsized 3 years back, from 15 to 6, held at 6 since then - can we do SECOR now?",
         6, 15),
    ],
)  # fmt: skip
def test_an_old_change_leaves_the_new_size(engine: Engine, text: str, total: int, old: int) -> None:
    assert _total(engine, text) == total
    answer = engine.ask(text).answer
    assert f"with {total} people you are within the limit" in answer
    assert f"Not counted: the {old} before the change more than 12 months ago" in answer


def test_a_kept_size_is_read_once(engine: Engine) -> None:
    text = "Back in 2023 we had 12, cut down to 9 and have stayed at 9 since then. ok for secor?"
    assert _total(engine, text) == 9
    assert "read another way" not in engine.ask(text).answer


def test_a_recent_change_keeps_the_busiest(engine: Engine) -> None:
    text = "we had 13 guys in july, then went from 13 down to 7 in october. eligible?"
    assert _total(engine, text) == 13


# -- (4) "and I put 3 guys on payroll": the one asking acts, not listed --------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("6 full time staff, and I brought 2 summer students onto our WCB in July. do "
         "students count?", 8),
        ("Seven guys on the crew and I added 2 temps for a month last spring. Are we good?", 9),
        ("8 regular staff, and I got 3 casuals on our payroll for the fall rush. still small?",
         11),
    ],
)  # fmt: skip
def test_the_one_who_acts_is_not_listed(engine: Engine, text: str, total: int) -> None:
    assert _total(engine, text) == total


def test_the_one_asking_listed_still_counts(engine: Engine) -> None:
    assert _total(engine, "It's 6 guys and I. Can we do SECOR?") == 7
    assert _total(engine, "me and 4 guys, and I pay them cash. do we qualify?") == 5


# -- (5) growth after a stated total adds ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("We had 8 people counting me in January, then took on 3 labourers in June and nobody "
         "has left. still ok for secor?", 11),
        ("there were 7 of us incl. me in the spring; hired 2 apprentices in May, all still here."
         " eligible?", 9),
        ("We were six including myself, then added 5 framers in August. under the cap?", 11),
    ],
)  # fmt: skip
def test_people_hired_after_a_total_join_it(engine: Engine, text: str, total: int) -> None:
    assert _total(engine, text) == total


# -- (6) a planned hire past 10 names the full COR ------------------------------------------


def test_a_planned_hire_past_the_limit_names_the_cor(engine: Engine) -> None:
    text = (
        "We're 9 counting me and we'll hire 3 more framers next spring. We want SECOR this "
        "winter. Does that hire hurt us, and what then?"
    )
    answer = engine.ask(text).answer
    assert "with the 3 you plan to add you would be 12" in answer.lower()
    assert "a full COR (Certificate of Recognition)" in answer


# -- (7) a cap said of a page or rule is the limit, not the employer's people -------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("The old ACSA page just says max ten. We had 13 in the fall and 7 now, so the old "
         "page is what I go by, ok?", 13),
        ("My buddy said the rule is at most 10; we had 12 in june and 9 now. does the old page "
         "still apply?", 12),
        ("website reads no more than 10 - we peaked at 11 last summer, now 6. fine?", 11),
    ],
)  # fmt: skip
def test_a_cap_said_of_the_rule_is_no_head_count(engine: Engine, text: str, total: int) -> None:
    assert _total(engine, text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("For SECOR we never had more than 8 of us at once, me included. ok?", 8),
        ("to stay under the limit we never went above 7 at the same time. eligible?", 7),
    ],
)
def test_a_cap_of_the_employers_people_still_holds(engine: Engine, text: str, total: int) -> None:
    assert _total(engine, text) == total
