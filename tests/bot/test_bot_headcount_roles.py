"""Property-based tests of the head-count reader over job titles, family words and number forms.

Each generated phrasing has a known total: the reader must find it and say whom it counted.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from tests.bot.counting import said

WORDS = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
}
# Job titles counted by number ("7 carpenters").
PLURALS = (
    "carpenters", "framers", "roofers", "electricians", "plumbers", "labourers", "laborers",
    "operators", "drivers", "tradesmen", "hands", "guys", "workers", "employees", "apprentices",
    "journeymen", "installers", "welders", "painters", "helpers", "techs", "drywallers",
    "finishers", "ironworkers", "pipefitters", "concrete guys", "field guys", "crew members",
    "full-timers", "part-timers", "hired hands", "lads", "staff", "people", "masons",
    "glaziers", "insulators", "landscapers", "excavator operators", "truck drivers",
)  # fmt: skip
# One person by job title ("a site super").
TITLES = (
    "a site super", "an estimator", "a receptionist", "a bookkeeper", "a foreman",
    "a project manager", "an office manager", "a safety coordinator", "a dispatcher",
    "a mechanic", "a welder", "an apprentice", "a superintendent", "a yard guy",
    "an admin", "a site supervisor", "a shop hand", "a secretary", "an accountant",
    "a lead hand", "a journeyman", "a labourer", "a driver", "a part-timer",
)  # fmt: skip
# One family member ("the wife").
FAMILY = (
    "my wife", "the wife", "the missus", "my missus", "my husband", "the hubby", "my son",
    "our daughter", "my father-in-law", "my mother in law", "my son-in-law", "my brother",
    "my sister-in-law", "my dad", "the wife's cousin", "my nephew", "my stepson",
    "my daughter in law", "my brother-in-law", "my mom",
)  # fmt: skip
# Several family members ("my two kids").
FAMILY_MANY = ("kids", "sons", "daughters", "boys", "children", "nephews", "brothers")
SELF = ("me", "myself")
JOINERS = (" and ", " plus ", " + ", " & ")
OPENERS = ("", "its ", "it's ", "we are ", "there's ", "we have ", "we got ")
ENDINGS = ("", ", can we get secor?", " - are we eligible", ". do we qualify for SECOR?", " ok?")


@st.composite
def roster(draw: st.DrawFn) -> tuple[str, int]:
    """A list of people by title, family word and number ("a site super, 7 carpenters")."""
    parts: list[tuple[str, int]] = []
    for noun in draw(st.lists(st.sampled_from(PLURALS), min_size=1, max_size=2, unique=True)):
        word, n = said(draw, 2, 9, WORDS)
        parts.append((f"{word} {noun}", n))
    for title in draw(st.lists(st.sampled_from(TITLES), max_size=3, unique=True)):
        parts.append((title, 1))
    for relative in draw(st.lists(st.sampled_from(FAMILY), max_size=2, unique=True)):
        parts.append((relative, 1))
    if draw(st.booleans()):
        word, n = said(draw, 2, 3, WORDS)
        noun = draw(st.sampled_from(FAMILY_MANY))
        parts.append((f"{draw(st.sampled_from(('my', 'our')))} {word} {noun}", n))
    if draw(st.booleans()):
        parts.append((draw(st.sampled_from(SELF)), 1))
    parts = draw(st.permutations(parts))
    joiner = draw(st.sampled_from(JOINERS))
    if len(parts) == 1:
        text = parts[0][0]
    else:
        text = ", ".join(p for p, _ in parts[:-1]) + joiner + parts[-1][0]
    opener = draw(st.sampled_from(OPENERS))
    return f"{opener}{text}{draw(st.sampled_from(ENDINGS))}", sum(n for _, n in parts)


@st.composite
def office_and_field(draw: st.DrawFn) -> tuple[str, int]:
    """ "2 in the office and 5 in the field" """
    a, n = said(draw, 1, 4, WORDS)
    b, m = said(draw, 2, 9, WORDS)
    place = draw(st.sampled_from(("in the field", "on site", "on the tools", "in the shop")))
    office = draw(st.sampled_from(("in the office", "in the office", "at the desk")))
    return f"{a} {office} and {b} {place}{draw(st.sampled_from(ENDINGS))}", n + m


@st.composite
def boss_and_crew(draw: st.DrawFn) -> tuple[str, int]:
    """ "a foreman and his 3 guys", maybe "plus me" """
    boss = draw(st.sampled_from(("a foreman", "a super", "a lead hand", "my foreman")))
    word, n = said(draw, 2, 9, WORDS)
    noun = draw(st.sampled_from(("guys", "workers", "labourers", "helpers", "crew")))
    me = draw(st.booleans())
    tail = " plus me" if me else ""
    return f"{boss} and his {word} {noun}{tail}", n + 1 + me


@st.composite
def owners(draw: st.DrawFn) -> tuple[str, int]:
    """Owners count: "two partners and 7 employees", "sole prop with 6 employees"."""
    word, n = said(draw, 2, 9, WORDS)
    noun = draw(st.sampled_from(("employees", "workers", "guys", "staff", "carpenters")))
    form = draw(st.integers(min_value=0, max_value=3))
    if form == 0:
        sole = draw(st.sampled_from(("sole prop", "sole proprietor", "owner-operator")))
        return f"{sole} with {word} {noun}", n + 1
    p_word, p = said(draw, 2, 3, WORDS)
    partners = draw(st.sampled_from(("partners", "owners", "co-owners")))
    if form == 1:
        return f"{p_word} {partners} and {word} {noun}", n + p
    if form == 2:
        return (
            f"{p_word} {partners} and {word} {noun}, the {p_word} of us don't count right?",
            n + p,
        )
    return f"{p_word} {partners} plus {word} {noun}, do the owners count?", n + p


@st.composite
def temporary_peak(draw: st.DrawFn) -> tuple[str, int]:
    """Temporary people for a few weeks in the past 12 months: the peak counts."""
    base_word, base = said(draw, 3, 9, WORDS)
    extra_word, extra = said(draw, 2, 4, WORDS)
    temps = draw(st.sampled_from(("temps", "temporary workers", "extra guys", "students")))
    weeks = draw(st.sampled_from(("a few weeks", "three weeks", "2 weeks", "a month")))
    form = draw(st.integers(min_value=0, max_value=2))
    if form == 0:
        return f"we're {base_word} normally and brought on {extra_word} {temps} for {weeks}", (
            base + extra
        )
    if form == 1:
        return (
            f"we had {extra_word} {temps} for {weeks} in august on top of our regular {base_word}",
            (base + extra),
        )
    return f"{base_word} full time, plus {extra_word} {temps} for {weeks} last summer", base + extra


# Numbers that count no one: durations, vehicles, elements.
NOISE = (
    "we've been running the program {w} weeks",
    "in business {w} years",
    "our records go back {w} months",
    "we run {w} trucks",
    "question about element {n}",
    "we did {w} inspections last month",
)


@st.composite
def with_noise(draw: st.DrawFn) -> tuple[str, int]:
    """A list of people next to numbers of weeks, years, trucks or an element number."""
    text, total = draw(roster())
    word, n = said(draw, 2, 9, WORDS)
    noise = draw(st.sampled_from(NOISE)).format(w=word, n=n)
    if draw(st.booleans()):
        return f"{noise}. {text}", total
    return f"{text}. {noise}", total


@st.composite
def already_counted(draw: st.DrawFn) -> tuple[str, int]:
    """Already counted: "6 guys, 2 of them part time", "9 including the 2 owners"."""
    word, n = said(draw, 4, 12, WORDS)
    part, _ = said(draw, 1, 3, WORDS)
    if draw(st.booleans()):
        noun = draw(st.sampled_from(("guys", "workers", "employees", "people")))
        what = draw(st.sampled_from(("part time", "are my sons", "seasonal", "family")))
        of = draw(st.sampled_from(("them", "those", "whom")))
        return f"{word} {noun}, {part} of {of} {what}, secor?", n
    who = draw(st.sampled_from(("owners", "partners", "office staff")))
    lead = draw(st.sampled_from(("we are", "we're", "there's")))
    return f"{lead} {word} including the {part} {who}, secor?", n


PHRASINGS = st.one_of(
    roster(),
    office_and_field(),
    boss_and_crew(),
    owners(),
    temporary_peak(),
    with_noise(),
    already_counted(),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=PHRASINGS)
def test_generated_roles_family_and_numbers_have_their_known_total(
    engine: Engine, case: tuple[str, int]
) -> None:
    text, total = case
    assert engine.read_headcount(text) == total, text
