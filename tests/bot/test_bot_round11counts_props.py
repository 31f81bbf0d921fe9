"""Property tests of head counts, round 11: people mentioned who are not counted.

Each strategy composes a message from interchangeable words with a known total, and mixes
in people the message names but the rule does not count:
- another company's people ("my old boss had 20 guys", "the GC has 60 workers", "I used to
  work for a company with 40 guys"), before or after the asker's own team;
- one person of another party or an authority ("the GC's super", "the WCB inspector",
  "our client's site manager");
- someone who left ("our previous safety coordinator left", "the guy who did our paperwork
  quit");
- the one asking, who says only after the list that they work for the company from outside
  ("I'm their accountant");
- any of these joined in one sentence to a list of the asker's people of several kinds.
The reader gives exactly the asker's team, and the answer opens with the plain direction.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.engine import Engine
from tests.bot.counting import SETTINGS, Case, checked, said

ASKS = ("do we qualify?", "are we small enough for secor?", "secor ok for us?",
        "can we get secor?")  # fmt: skip


@st.composite
def own_team(draw: st.DrawFn) -> Case:
    """The asker's own team, said one of several ways, with its total."""
    crew_word, crew = said(draw, 2, 7)
    workers = draw(st.sampled_from(("guys", "workers", "employees", "labourers")))
    shape = draw(st.sampled_from(("me_and", "plus_me", "we_are", "its_me")))
    if shape == "me_and":
        return f"it's me and {crew_word} {workers}", crew + 1
    if shape == "plus_me":
        return f"I have {crew_word} {workers} plus me", crew + 1
    if shape == "we_are":
        return f"we are {crew_word} people", crew
    return f"its just me, my wife and {crew_word} {workers}", crew + 2


@st.composite
def other_companies(draw: st.DrawFn) -> Case:
    """Another company's people said before or after the asker's own team."""
    team, total = draw(own_team())
    many = draw(st.integers(min_value=12, max_value=80))
    other = draw(
        st.sampled_from(
            (
                f"my old boss had {many} guys",
                f"the GC has about {many} workers",
                f"I used to work for a company with {many} guys",
                f"my former employer ran {many} people",
                f"the general contractor has {many} employees",
            )
        )
    )
    first = draw(st.booleans())
    text = f"{other}. {team}. " if first else f"{team}. {other}. "
    return text + draw(st.sampled_from(ASKS)), total


@st.composite
def outside_singles(draw: st.DrawFn) -> Case:
    """One person of another party or of an authority, then the asker's team."""
    team, total = draw(own_team())
    who = draw(
        st.sampled_from(
            (
                "the GC's super wants our secor",
                "the WCB inspector came by last week",
                "our client's site manager asked for a COR",
                "the general contractor's safety guy told us to get it",
                "an OHS officer visited the site",
            )
        )
    )
    return f"{who}. {team}. {draw(st.sampled_from(ASKS))}", total


@st.composite
def leavers(draw: st.DrawFn) -> Case:
    """Someone who left, named before the team as it is now."""
    team, total = draw(own_team())
    left = draw(
        st.sampled_from(
            (
                "our previous safety coordinator left",
                "the guy who did our paperwork quit",
                "my former foreman quit in march",
                "the lady who did our books retired",
            )
        )
    )
    return f"{left}. {team}. {draw(st.sampled_from(ASKS))}", total


@st.composite
def writers_outside(draw: st.DrawFn) -> Case:
    """A client's list of workers, the one asking introduced after it by their role."""
    first_word, first = said(draw, 2, 6)
    second_word, second = said(draw, 1, 3)
    opener = draw(st.sampled_from(("My client has", "The company has", "They have")))
    kinds = draw(st.sampled_from((("carpenters", "labourers"), ("roofers", "helpers"))))
    role = draw(st.sampled_from(("accountant", "bookkeeper", "outside consultant")))
    text = (
        f"{opener} {first_word} {kinds[0]} and {second_word} {kinds[1]} on their WCB. I'm "
        f"their {role}. Can they get SECOR?"
    )
    return text, first + second


@st.composite
def mixed_lists(draw: st.DrawFn) -> Case:
    """A list of the asker's people of several kinds, with someone not counted joined to
    it in the same sentence ("5 framers, 2 labourers and me, but the GC has 40 guys")."""
    first_word, first = said(draw, 2, 5)
    second_word, second = said(draw, 1, 3)
    kinds = draw(st.sampled_from((("framers", "labourers"), ("roofers", "apprentices"))))
    family = draw(st.sampled_from(("", " my wife,", " my son,")))
    people = f"me,{family} {first_word} {kinds[0]} and {second_word} {kinds[1]}"
    many = draw(st.integers(min_value=15, max_value=60))
    outsider = draw(
        st.sampled_from(
            (
                f"but the GC has {many} guys on the job",
                "but our old foreman quit in may",
                "the general contractor's super is always on site",
                f"our client has like {many} employees",
            )
        )
    )
    join = draw(st.sampled_from((", ", "; ")))
    text = f"{people}{join}{outsider}. {draw(st.sampled_from(ASKS))}"
    return text, 1 + (1 if family else 0) + first + second


@SETTINGS
@given(case=other_companies())
def test_another_companys_people_are_not_counted(engine: Engine, case: Case) -> None:
    checked(engine, *case, direction=False)


@SETTINGS
@given(case=outside_singles())
def test_one_person_of_another_party_is_not_counted(engine: Engine, case: Case) -> None:
    checked(engine, *case, direction=False)


@SETTINGS
@given(case=leavers())
def test_people_who_left_are_not_counted(engine: Engine, case: Case) -> None:
    checked(engine, *case, direction=False)


@SETTINGS
@given(case=writers_outside())
def test_the_writer_introduced_later_as_outsider(engine: Engine, case: Case) -> None:
    checked(engine, *case, direction=False)


@SETTINGS
@given(case=mixed_lists())
def test_people_not_counted_joined_to_a_list(engine: Engine, case: Case) -> None:
    checked(engine, *case, direction=False)
