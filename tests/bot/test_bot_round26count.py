"""Round 26 (head counts): a total the employer states leads over the parts we read.

Rules (bot/stated_total.py), each with paraphrases of shapes other than the lead's:
- a sum said after the people it adds up ("..., that makes 10", "which comes to 9", "so 9
  of us", "makes 7") is the employer's own count: when the people we read are fewer, the
  stated total leads and the reply says whom it holds;
- the writer set apart from a number ("not counting me it's 9", "besides myself there are
  10", "apart from me, it's 10") is that number and the writer: one more;
- people added at busy times right after a stated total ("6 all in, plus 3 students in
  summer") are on top of it, and the reply gives the busiest time.
Look-alikes keep their answers: "9 counting me" is 9, "me plus 9" is 10, "12 at peak, 6
now" is 12, "that makes 3 trucks" counts no trucks.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.engine import Engine
from bot.stated_total import read_stated, stated_total
from tests.bot.counting import SETTINGS, checked, said

# -- (1) a sum said after the parts leads ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "total", "named"),
    [
        ("There's my partner and me, and counting the two owners, that makes 10. Can we do "
         "SECOR?", 10, "your partner"),
        ("Hi, it's me, my business partner, and with our two office ladies that makes 9. Is "
         "SECOR an option for us?", 9, "your business partner"),
        ("So there's the wife and I, plus counting our 3 kids who work summers, that comes to "
         "11. do we qualify", 11, "3 kids"),
        ("we have my dad, me and the foreman, which makes 8 altogether with the crew. secor?",
         8, "the foreman"),
        ("2 owners, an estimator and the crew, so 9 of us. eligible for secor?", 9,
         "an estimator"),
        ("our crew plus me and my wife makes 7. can we get SECOR", 7, "your wife"),
    ],
)  # fmt: skip
def test_a_sum_said_after_the_parts_leads(
    engine: Engine, text: str, total: int, named: str
) -> None:
    checked(engine, text, total)
    answer = engine.ask(text).answer
    assert f"I count {total} in all (" in answer, answer
    assert named in answer.split(f"I count {total} in all (")[1].split(")")[0], answer


# -- (2) the writer set apart from the number --------------------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("not counting me it's 9. can we do secor?", 10),
        ("Looking into SECOR. Besides myself there are 10 guys on the crew. Are we small "
         "enough?", 11),
        ("Apart from me, it's 10. Is that over for secor?", 11),
        ("excluding me we have 6 employees, are we within the secor limit", 7),
        ("not counting me theres about 9 guys. secor?", 10),
        ("We've got 10 people not counting me, does that disqualify us from secor?", 11),
    ],
)  # fmt: skip
def test_the_writer_set_apart_is_one_more(engine: Engine, text: str, total: int) -> None:
    checked(engine, text, total)
    answer = engine.ask(text).answer
    assert re.search(rf"I count {total} people: [^.]*\byou\b", answer), answer


# -- (3) people added at busy times after a stated total ---------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("6 all in, plus 3 students in summer. can we do secor?", 9),
        ("we're 8 total, plus 2 seasonal guys over the summer. small enough for secor?", 10),
        ("Our shop is 7 in total, and 5 more in the busy season. SECOR or COR?", 12),
    ],
)
def test_people_added_after_a_stated_total_are_on_top(
    engine: Engine, text: str, total: int
) -> None:
    checked(engine, text, total)
    assert f"I count {total} at your busiest" in engine.ask(text).answer


# -- look-alikes keep their answers -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("9 counting me, can we do SECOR?", 9),
        ("me plus 9, are we eligible for SECOR?", 10),
        ("my wife does the books, me, and 8 guys, that's 10. SECOR ok?", 10),
        ("two owners and 8 workers makes 10, do we qualify for secor?", 10),
        ("we are 7 with me and my son. secor?", 7),
        ("12 at peak, 6 now. can we do SECOR?", 12),
        ("that makes 3 trucks and 4 guys, secor?", 4),
        ("me + my partner + 4 techs, that makes 6 total. can we do secor", 6),
        ("we have six guys not counting me and my brother. secor ok?", 8),
        ("not counting myself and the wife we got 7 on the crew, can we do secor", 9),
    ],
)
def test_look_alikes_keep_their_counts(engine: Engine, text: str, total: int) -> None:
    checked(engine, text, total)


def test_a_number_of_things_is_no_stated_total() -> None:
    assert stated_total("that makes 3 trucks and 4 guys") is None
    assert stated_total("he makes 20 an hour, we are 5") is None
    assert read_stated("does 10 mean 10 all told at one time?") is None


# -- property: parts with a consistent stated total --------------------------------------

_SINGLES = ("me", "my wife", "my brother", "my partner", "our bookkeeper", "my son")
_GROUPS = ("guys", "workers", "labourers", "employees", "roofers", "techs")
_SUMS = (
    "that makes {t}",
    "{t} all told",
    "{t} in total",
    "so {t} of us",
    "which comes to {t}",
    "{t} all in",
    "that's {t} altogether",
)
_ASKS = ("can we do SECOR?", "are we eligible for secor?", "do we qualify for SECOR")


@st.composite
def _parts_with_total(draw: st.DrawFn) -> tuple[str, int]:
    """A list of people (one to three named, one numbered group) and the total they make."""
    singles = draw(st.lists(st.sampled_from(_SINGLES), min_size=1, max_size=3, unique=True))
    word, n = said(draw, 2, 9)
    parts = [*singles, f"{word} {draw(st.sampled_from(_GROUPS))}"]
    draw(st.randoms()).shuffle(parts)
    total = len(singles) + n
    listed = ", ".join(parts[:-1]) + " and " + parts[-1]
    tail = draw(st.sampled_from(_SUMS)).format(t=total)
    return f"{listed}, {tail}. {draw(st.sampled_from(_ASKS))}", total


@SETTINGS
@given(_parts_with_total())
def test_parts_with_a_consistent_stated_total(engine: Engine, case: tuple[str, int]) -> None:
    text, total = case
    checked(engine, text, total)


@st.composite
def _not_counting_me(draw: st.DrawFn) -> tuple[str, int]:
    """A number with the writer set apart, before or after it, and the total (one more)."""
    word, n = said(draw, 2, 11)
    apart = draw(st.sampled_from(("not counting me", "not including me", "besides myself",
                                  "excluding me", "apart from me")))  # fmt: skip
    noun = draw(st.sampled_from(("", " guys", " people", " employees")))
    if draw(st.booleans()):
        body = f"{apart} {draw(st.sampled_from(('its', 'we have', 'there are')))} {word}{noun}"
    else:
        body = f"we have {word}{noun} {apart}"
    return f"{body}. {draw(st.sampled_from(_ASKS))}", n + 1


@SETTINGS
@given(_not_counting_me())
def test_not_counting_me_is_one_more(engine: Engine, case: tuple[str, int]) -> None:
    text, total = case
    checked(engine, text, total)
