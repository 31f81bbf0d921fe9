"""Head counts and the verdict, round 12: lists of roles, the owner named by role, counts
told of another province or of years ago, people who come at times, the asker's own belief.

Rules (each with paraphrases of a shape other than the development question's, and a
property test that composes lists of roles):
- a time unit joined to a person word is how people work, not a duration ("year-round
  staff", "all-year crew");
- "me as owner", "myself as the foreman": the one asking, named once by their role;
- "the owner was not counted" told of another province, or with the asker already counted,
  is a rule spoken of, no one more;
- "a bookkeeper who comes in 2 days a week" listed after counted people is one more person;
- volunteers and part-timers who come at times are added on top of the steady crew;
- "we are only 8" after a count from years ago is today's count;
- "I figure she doesn't count, so we're 9?" is the asker's belief, asked: answered with the
  count and who counts, never refused;
- a maintenance year asked "what do we submit" beside a head count lists the records first.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine import Engine

WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
SETTINGS = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _total(engine: Engine, text: str) -> int:
    count = engine.nlp(text)._.headcount
    assert count is not None, text
    return count.total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("we keep 4 year-round employees and take on 6 students each summer, fine for secor?", 10),
        ("7 year round guys plus 4 seasonal labourers in spring - do we still qualify?", 11),
        ("5 all-year office staff and 3 summer temps. secor ok?", 8),
    ],
)
def test_year_round_people_are_counted(engine: Engine, text: str, total: int) -> None:
    assert _total(engine, text) == total
    assert f"with {total} people" in engine.ask(text).answer


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("myself as the owner, my wife, and 8 guys. are we under the limit?", 10),
        ("9 workers and me as the working foreman, can we apply?", 10),
        ("me being the owner plus 4 installers - eligible?", 5),
    ],
)
def test_the_asker_named_by_role_is_one_person(engine: Engine, text: str, total: int) -> None:
    assert _total(engine, text) == total
    assert f"with {total} people" in engine.ask(text).answer


def test_esc_owner_is_counted_once_and_labelled(engine: Engine) -> None:
    text = "for Energy Safety Canada: myself as owner plus 10 staff. do owners count for ESC?"
    answer = engine.ask(text).answer
    assert "11" in answer
    assert "Energy Safety Canada" in answer


@pytest.mark.parametrize(
    "text",
    [
        "it's myself plus ten guys; back in BC the owner wasn't included. same in alberta?",
        "me + 10 employees. In Saskatchewan the owner never counted, is it the same here?",
        "Me and ten labourers. My buddy says in Manitoba the owner isn't counted. Here?",
    ],
)
def test_a_rule_told_of_another_province_adds_no_one(engine: Engine, text: str) -> None:
    assert _total(engine, text) == 11
    answer = engine.ask(text).answer
    assert "with 11 people you are over the limit" in answer


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("3 labourers, two foremen and an estimator who works from home, plus me", 7),
        ("there's 4 of us, plus a driver who comes in mornings. secor?", 5),
        ("2 apprentices, a bookkeeper who does Fridays only, and my son. do we fit?", 4),
    ],
)
def test_a_listed_person_with_a_schedule_is_one_more(engine: Engine, text: str, total: int) -> None:
    assert _total(engine, text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("it's me and 9 guys, and 1 volunteer who pitches in some saturdays. is that ok?", 11),
        ("we're 8 full time and 3 volunteers at busy times, eligible?", 11),
        ("5 guys, and 2 part-timers in summer. secor?", 7),
    ],
)
def test_people_who_come_at_times_are_added(engine: Engine, text: str, total: int) -> None:
    assert _total(engine, text) == total
    assert f"with {total} people" in engine.ask(text).answer


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Back in 2019 we had 15 guys. These days we are just 6, myself included. secor?", 6),
        ("Three years ago we were 13. For well over a year now we're only 7. Can we apply?", 7),
        ("we were 14 people a couple years back; we are only 9 (me included). ok to apply?", 9),
    ],
)
def test_a_count_from_years_ago_is_not_counted(engine: Engine, text: str, total: int) -> None:
    assert _total(engine, text) == total
    answer = engine.ask(text).answer
    assert f"with {total} people you are within the limit" in answer


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("7 guys, me and my mother. She's retired and helps for free. I guess she doesn't "
         "count, so that's 8?", 9),
        ("We have 8 employees plus my husband and me; he does the books unpaid. I assumed he "
         "doesn't count so we are 9?", 10),
        ("me, my dad and 8 workers. dad isn't on salary so I figure he won't count. 9 then?", 10),
    ],
)  # fmt: skip
def test_the_askers_belief_is_answered_with_the_count(
    engine: Engine, text: str, total: int
) -> None:
    answer = engine.ask(text)
    assert answer.kind == "eligibility", answer.answer
    assert f"with {total} people" in answer.answer
    assert "family members" in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "I figure we just leave her off so we stay under 10",
        "I guess we don't count the students, to stay under 10?",
    ],
)
def test_a_plan_to_leave_people_out_is_still_refused(engine: Engine, text: str) -> None:
    assert engine.ask(text).kind == "refusal"


@pytest.mark.parametrize(
    "text",
    [
        "we're 7 people in our maintenance year. what do we have to submit, and are we ok?",
        "9 of us, maintenance year this time - what exactly do we submit?",
        "our maintenance year is coming, there are 5 of us. what should we send?",
    ],
)
def test_a_maintenance_year_asks_what_to_send(engine: Engine, text: str) -> None:
    answer = engine.ask(text).answer
    assert "within the limit" in answer
    assert "Operational records to sample include" in answer


# --- lists of roles, composed -----------------------------------------------------------
PLURALS = ("partners", "apprentices", "journeymen", "labourers", "foremen", "bookkeepers",
           "estimators", "drivers", "office staff", "temps", "students", "volunteers")  # fmt: skip
SINGLES = ("a bookkeeper", "an estimator", "one driver", "a foreman", "my wife", "my son",
           "our retired dad who volunteers", "my retired uncle", "a labourer",
           "one apprentice")  # fmt: skip
JOINERS = (", ", " and ", " plus ", " as well as ")
OWNERS = (("me", 1), ("myself", 1), ("me as owner", 1), ("the two of us owners", 2))


@st.composite
def role_list(draw: st.DrawFn) -> tuple[str, int]:
    """A list of roles with numbers, number words and singles, the owner(s) somewhere in
    it, and its total."""
    items: list[tuple[str, int]] = []
    plurals = draw(st.lists(st.sampled_from(PLURALS), min_size=1, max_size=3, unique=True))
    for plural in plurals:
        n = draw(st.integers(min_value=2, max_value=4))
        word = WORDS[n] if draw(st.booleans()) else str(n)
        items.append((f"{word} {plural}", n))
    for single in draw(st.lists(st.sampled_from(SINGLES), max_size=2, unique=True)):
        items.append((single, 1))
    items = draw(st.permutations(items))
    if "partners" not in plurals:  # (the partners may be the owners: no owner named beside)
        owner, owners = draw(st.sampled_from(OWNERS))
        first = draw(st.booleans())
        items = [(owner, owners), *items] if first else [*items, (owner, owners)]
    text = items[0][0]
    for item, _ in items[1:]:
        text += draw(st.sampled_from(JOINERS)) + item
    return text, sum(n for _, n in items)


@given(case=role_list(), asked=st.sampled_from(("do we qualify?", "secor ok?", "count?")))
@SETTINGS
def test_a_list_of_roles_is_counted(engine: Engine, case: tuple[str, int], asked: str) -> None:
    text, total = case
    assert _total(engine, f"{text}. {asked}") == total, text


@given(
    case=role_list(),
    years=st.sampled_from(("two years ago", "3 years back", "back in 2019", "years ago")),
    old=st.integers(min_value=12, max_value=30),
)
@SETTINGS
def test_a_past_count_outside_the_year_is_left_out(
    engine: Engine, case: tuple[str, int], years: str, old: int
) -> None:
    text, total = case
    message = f"{years.capitalize()} we were {old} people. Now it's {text}. can we apply?"
    count = engine.nlp(message)._.headcount
    assert count is not None, message
    assert count.total == total, f"{message!r}: read {count.describe()}"


@pytest.mark.parametrize(
    "text",
    [
        "Once we have it, how long is it good for?",
        "once we get secor, how long is it valid?",
        "after we're certified - how long does the certificate last?",
    ],
)
def test_a_clause_after_certification_leaves_the_question(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.topic == "validity", answer.answer
    assert "three years" in answer.answer


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Hello, a few questions:\n1. We are 8 people including me, do we qualify?\n"
            "2. Where do we send the submission?\n3. Once we're certified, how long does it "
            "last?\nThanks, Dana",
            "with 8 people you are within the limit",
        ),
        (
            "Hi there,\n1) after we get it, how long is SECOR good for?\n2) it's me plus 9 guys "
            "and a part-time bookkeeper - are we eligible?\n3) what email do we send it to?",
            "with 11 people you are over the limit",
        ),
    ],
)
def test_a_head_count_is_one_numbered_question_of_three(
    engine: Engine, text: str, verdict: str
) -> None:
    answer = engine.ask(text).answer
    assert verdict in answer
    assert "three years" in answer
    assert "cor@youracsa.ca" in answer


@pytest.mark.parametrize(
    "text",
    [
        "we got 9 people, can we do secor? and would it save us anything on wcb",
        "we're 6 guys, would secor save us anything on premiums?",
        "it's me and 4 workers. does secor save on our WCB at all?",
    ],
)
def test_a_head_count_beside_what_secor_saves(engine: Engine, text: str) -> None:
    answer = engine.ask(text).answer
    assert "you are within the limit" in answer
    assert "PIR refunds of up to 20%" in answer
