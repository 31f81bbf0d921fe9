"""Head counts and the verdict, round 14: totals with their lists, people who belong to
someone else, lists without joiners, and the verdict inside a story.

Rules (each with paraphrases of shapes other than the development questions', and
Hypothesis strategies that compose phrasings with known totals):
- a total said first with its list after a colon, dash or bracket ("6 of us: me, ...",
  "there are nine of us on the account - ...") is one count, checked against the list,
  never added to it (bot/groups.py ``_listed_after_total``);
- people who belong to someone else are named as not counted, with the reason: a GC's or
  client's people and "his foreman" after them (bot/mentions.py ``_theirs``), an outside
  accountant "from her own office", and every person of a phrase said to be "on their own
  WCB" (bot/accounting.py ``_said_after``);
- a list written without joiners ("me partner 5 crew 2 students") reads as a list: "5 crew
  2 students" is no 5 crews of 2 (bot/mentions.py ``_each_after``, ``_listed_without_joiners``);
- in a story, "the two of us" said later holds the one asking named before; descriptive
  words ("two retired guys") do not make people leavers; the verdict is given and an honest
  wrong belief ("they don't get paid so they shouldn't count") is answered from the pages;
  "what does at any given time mean? we had 13" applies the window to the count.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.engine import Engine
from tests.bot.counting import SETTINGS, checked, said

TRADES = ("guys", "framers", "painters", "roofers", "labourers", "carpenters", "employees")
FAMILY = ("my wife", "my son", "my daughter", "my brother", "my dad", "the wife")


def _total(engine: Engine, text: str) -> int:
    count = engine.nlp(text)._.headcount
    assert count is not None, text
    return count.total


# -- (1) a total said with its list ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("6 of us: me, my wife, my son and daughter, and 2 guys", 6),
        ("There are eight of us on the WCB account: myself, my husband and six installers. "
         "Can we go for SECOR?", 8),
        ("we're six altogether: myself, my wife, our son, and three carpenters. do we qualify", 6),
        ("there are 11 of us (me, my brother, 9 guys), can we still do secor", 11),
        ("we are 8 people (me, my partner and 6 framers), can we apply", 8),
        ("we are 8 people (me, my partner and 6 framers) plus 2 summer students, can we apply",
         10),
        ("7 of us year round (me included) and 3 students every summer. ok?", 10),
        ("Quick one. 7 of us - me, the wife and five roofers. Also we hire two sub crews with "
         "their own WCB. Does that change anything?", 7),
    ],
)  # fmt: skip
def test_a_total_with_its_list_is_one_count(engine: Engine, text: str, total: int) -> None:
    checked(engine, text, total, direction=False)


def test_a_list_larger_than_its_total_is_said(engine: Engine) -> None:
    answer = engine.ask("5 of us - me, 2 sons and 4 labourers. secor?")
    assert "The people you list add up to 7, not 5" in answer.answer, answer.answer


def test_the_subs_question_gets_the_verdict(engine: Engine) -> None:
    answer = engine.ask(
        "We're nine people on our own WCB: me, my wife and seven employees. We bring in two "
        "framing sub companies that carry their own WCB and bill us. Are their guys part of "
        "our count?"
    )
    assert "with 9 people you are within the limit" in answer.answer, answer.answer
    assert "subcontractors" in answer.answer, answer.answer


@st.composite
def totals_with_lists(draw: st.DrawFn) -> tuple[str, int]:
    """ "there are 9 of us: me, my wife and 7 guys": the total first, then its people."""
    crew, n = said(draw, 2, 7)
    family = draw(st.lists(st.sampled_from(FAMILY[:5]), max_size=2, unique=True))
    trade = draw(st.sampled_from(TRADES))
    total = 1 + len(family) + n
    words = {6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}
    said_total = words.get(total, str(total)) if draw(st.booleans()) else str(total)
    opener = draw(
        st.sampled_from(
            (f"{said_total} of us", f"there are {said_total} of us", f"we're {said_total} of us "
             "on the wcb account", f"{said_total} people")
        )
    )  # fmt: skip
    items = ["me", *family, f"{crew} {trade}"]
    listed = ", ".join(items[:-1]) + " and " + items[-1]
    opens, closes = draw(st.sampled_from(((": ", ""), (" - ", ""), (" (", ")"))))
    tail = draw(st.sampled_from(("", ". secor ok?", ", can we apply?")))
    return f"{opener}{opens}{listed}{closes}{tail}", total


@SETTINGS
@given(case=totals_with_lists())
def test_totals_with_lists_are_counted_once(engine: Engine, case: tuple[str, int]) -> None:
    checked(engine, *case, direction=False)


# -- (2) people who belong to someone else ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "total", "named"),
    [
        ("the GC's super and his foreman come by daily, we are me and 4 guys. secor ok?", 5,
         "the GC's super and his foreman"),
        ("our client's site manager and her assistant check on us a lot. it's me, my son and "
         "3 carpenters, are we under?", 5, "her assistant"),
    ],
)  # fmt: skip
def test_another_partys_people_are_named_not_counted(
    engine: Engine, text: str, total: int, named: str
) -> None:
    assert _total(engine, text) == total
    answer = engine.ask(text)
    assert named in answer.answer, answer.answer
    assert "people of another company" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("text", "total", "named"),
    [
        ("my accountant does our books from her own office. its me and 5 guys, are we ok", 6,
         "your accountant"),
        ("me, 6 framers, my wife, and my bookkeeper who works out of her own office. secor?", 8,
         "your bookkeeper"),
        ("me, 3 guys, my brother and his son who are on their own wcb. do we qualify", 4,
         "your brother"),
        ("me, 3 guys, my brother and his son who are on their own wcb. do we qualify", 4,
         "his son"),
        ("me, my wife, 7 framers, and my uncle and cousin, they're both on their own wcb. "
         "secor?", 9, "your cousin"),
        ("me, my wife, 7 framers, and my uncle and cousin, they're both on their own wcb. "
         "secor?", 9, "your uncle"),
    ],
)  # fmt: skip
def test_people_of_their_own_account_are_named_not_counted(
    engine: Engine, text: str, total: int, named: str
) -> None:
    assert _total(engine, text) == total
    answer = engine.ask(text)
    assert f"Not counted: {named}, who you say is with another company" in answer.answer, (
        answer.answer
    )


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("me, my wife who does the books from home, and 5 guys. secor?", 7),
        ("me, my brother and his son, plus 4 guys, all on our wcb. under 10?", 7),
        ("my foreman and his apprentice plus me and 3 labourers, secor ok", 6),
    ],
)
def test_our_own_people_with_look_alike_words_still_count(
    engine: Engine, text: str, total: int
) -> None:
    assert _total(engine, text) == total


# -- (3) a list without joiners --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("me partner 5 crew 2 summer students", 9),
        ("me wife 4 guys", 6),
        ("me partner 3 carpenters 1 apprentice, secor?", 6),
        ("3 crews 4 guys each, secor?", 12),
        ("2 crews of 5 and me", 11),
    ],
)
def test_a_list_without_joiners_reads_as_a_list(engine: Engine, text: str, total: int) -> None:
    assert _total(engine, text) == total


@st.composite
def lists_without_joiners(draw: st.DrawFn) -> tuple[str, int]:
    """ "me partner 5 crew 2 summer students": items side by side, no joiners."""
    second = draw(st.sampled_from(("partner", "wife", "")))
    crew, n = said(draw, 2, 6, {})
    word = draw(st.sampled_from(("crew", "guys", "framers", "workers")))
    extra, e = said(draw, 1, 3, {})
    kind = draw(st.sampled_from(("summer students", "part timers", "apprentices", "labourers")))
    items = ["me", second, f"{crew} {word}", f"{extra} {kind}"]
    return " ".join(i for i in items if i), 1 + (1 if second else 0) + n + e


@SETTINGS
@given(case=lists_without_joiners())
def test_lists_without_joiners_are_counted(engine: Engine, case: tuple[str, int]) -> None:
    checked(engine, *case, direction=False)


# -- (4) the verdict in a story --------------------------------------------------------


def test_volunteers_on_the_account_count_though_unpaid(engine: Engine) -> None:
    answer = engine.ask(
        "I have six guys on payroll, plus myself. A couple of retired neighbours help on "
        "our Habitat builds for free, and we registered them on our WCB just in case. Since "
        "they aren't paid they don't count, do they? Where does that leave us?"
    )
    assert "with 9 people you are within the limit" in answer.answer, answer.answer
    assert "volunteers count" in answer.answer, answer.answer


def test_two_retired_guys_are_people_not_leavers(engine: Engine) -> None:
    assert _total(engine, "we have 7 workers plus me, and two retired guys volunteer with us") == 10


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("My buddy and I opened a small roofing company last spring. It's the two of us and my "
         "daughter helps in the office, she's on the WCB too. How many is that for SECOR?", 3),
        ("Me and my cousin started a framing outfit. Right now it's the two of us plus one "
         "labourer. What's our count?", 3),
        ("Me and my partner run the shop. It is the two of us, and we have 3 guys on the tools. "
         "Where are we at?", 5),
    ],
)  # fmt: skip
def test_the_two_of_us_holds_the_one_asking(engine: Engine, text: str, total: int) -> None:
    assert _total(engine, text) == total
    answer = engine.ask(text)
    assert f"with {total} people you are within the limit" in answer.answer, answer.answer


def test_a_story_with_a_planned_hire_gets_one_verdict(engine: Engine) -> None:
    answer = engine.ask(
        "Just turned 60 and me and my nephew started a little plumbing outfit. It's the two "
        "of us and my wife does the invoicing, she's on the WCB account too. We may take on "
        "one more guy in the spring. What does that put us at, and are we OK?"
    )
    assert answer.answer.count("you are within the limit") == 1, answer.answer
    assert "with 4 people you are within the limit" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("what does at any given time mean? we had 13 for a month last fall", 13),
        ("what is meant by at any given time? we were 12 for a few weeks in june", 12),
    ],
)
def test_the_window_question_applies_to_the_count(
    engine: Engine, question: str, total: int
) -> None:
    answer = engine.ask(question)
    assert answer.answer.startswith('"At any given time" means'), answer.answer
    assert f"with {total} people you are over the limit" in answer.answer, answer.answer
