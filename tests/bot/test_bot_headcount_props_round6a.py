"""Property tests of head counts, round 6a: the shapes employers wrote in the development sets.

Each generated message names people the ways employers do (numbers with person words, "plus
me", "counting me", several owners, family, part-time, seasonal people there at the same
time, volunteers on the WCB account, a group said again with "the", a temp "max one at a
time", growth "we hired 2 more and are now 11", people said not to be on the WCB account)
and knows its total. The reader gives that total or says its reading and asks; the answer
opens with the plain direction for that total ("Yes ..." within 10, "No ..." over).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from tests.bot.counting import said

Part = tuple[str, int]


@st.composite
def owners(draw: st.DrawFn) -> Part:
    return draw(
        st.sampled_from(
            (
                ("me", 1),
                ("me and my brother as owners", 2),
                ("me and my partner", 2),
                ("3 owners working in the company", 3),
                ("its me, the wife (she does the invoices)", 2),
            )
        )
    )


@st.composite
def crew(draw: st.DrawFn) -> tuple[str, int, str]:
    """The steady crew, and the noun it is named by (said again later with "the")."""
    word, n = said(draw, 2, 6)
    noun = draw(st.sampled_from(("guys", "framers", "employees", "full time guys", "labourers")))
    return f"{word} {noun}", n, noun.split()[-1]


@st.composite
def extras(draw: st.DrawFn, noun: str, size: int) -> list[Part]:
    """People beside the crew: family, office, part-time, seasonal at the same time, a temp
    capped at one time, volunteers on the WCB account."""
    out: list[Part] = []
    if draw(st.booleans()):
        beside = (("my mom does the books, on our wcb", 1), ("1 secretary", 1),
                  ("one part-time estimator", 1))  # fmt: skip
        out.append(draw(st.sampled_from(beside)))
    if draw(st.booleans()):
        word, n = said(draw, 2, 3)
        again = f", they work with the {size} {noun} at the same time"
        out.append((f"every summer we hire {word} students{again}", n))
    if draw(st.booleans()):
        out.append(("a temp guy from time to time on our wcb, max one at a time", 1))
    return out


@st.composite
def message(draw: st.DrawFn) -> tuple[str, int]:
    owner, n_owner = draw(owners())
    steady, n_crew, noun = draw(crew())
    others = draw(extras(noun, n_crew))
    total = n_owner + n_crew + sum(n for _, n in others)
    text = f"{owner} and {steady}. " + ". ".join(p for p, _ in others)
    if draw(st.booleans()):
        left, _ = said(draw, 2, 3)  # said not to be on the account: named apart
        text += f". {left} students who are not on our wcb"
    ending = draw(st.sampled_from(("", " do we fit?", " are we small enough for secor?",
                                   " too many?", " how many is that for secor")))  # fmt: skip
    return f"{text.strip(' .')}.{ending}", total


@st.composite
def growth(draw: st.DrawFn) -> tuple[str, int]:
    """ "we hired 2 more and are now 11": the total said holds the people added."""
    added, _ = said(draw, 2, 3)
    total = draw(st.integers(min_value=5, max_value=13))
    form = draw(st.sampled_from(("we hired {a} more and are now {t}",
                                 "we took on {a} more, which brings us to {t}",
                                 "hired {a} more guys this month, we are now {t}")))  # fmt: skip
    return form.format(a=added, t=total) + draw(
        st.sampled_from(("", ". ok?", ". still eligible?"))
    ), total


@st.composite
def counting_me(draw: st.DrawFn) -> tuple[str, int]:
    """ "nine counting me", "10 incl me", "8 plus me", "8 not counting me"."""
    word, n = said(draw, 3, 8)
    form, total = draw(st.sampled_from(((f"we are {word} counting me", n),
                                        (f"{word} people incl me on wcb", n),
                                        (f"{word} guys plus me", n + 1),
                                        (f"{word} guys, not counting me", n + 1))))  # fmt: skip
    if draw(st.booleans()):
        form += ", and a volunteer from church on our wcb"
        total += 1
    return form, total


def _checked(engine: Engine, text: str, total: int) -> None:
    count = engine.nlp(text)._.headcount
    assert count is not None, text
    assert count.total == total or count.unsure, f"{text!r}: read {count.total}, is {total}"
    if count.unsure or count.bound != "exact" or count.planned:
        return
    answer = engine.ask(text)
    if answer.kind != "eligibility":
        return  # a message that asks something else answers that, the count said first
    opening = "Yes \u2014" if total <= 10 else f"No \u2014 with {total} people you are over"
    assert answer.answer.startswith(opening), f"{text!r}: {answer.answer[:120]}"
    assert len(answer.answer) <= 1200


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=message())
def test_messages_of_many_kinds_of_people(engine: Engine, case: tuple[str, int]) -> None:
    _checked(engine, *case)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=growth())
def test_a_total_said_after_hiring(engine: Engine, case: tuple[str, int]) -> None:
    _checked(engine, *case)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=counting_me())
def test_counting_me_plus_me_and_volunteers(engine: Engine, case: tuple[str, int]) -> None:
    _checked(engine, *case)
