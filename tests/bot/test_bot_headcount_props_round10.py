"""Property tests of head counts, round 10: messages composed from parts with known totals.

Each strategy composes a message the way employers write one, from interchangeable words,
and knows whom it counts:
- a season told as a team: the quiet season's people ("me and my wife") said again in the
  busy season's team are the same people: busy team = 2 + crew + students;
- a peak told as additions to today's crew, the kids' ages in brackets: 1 + crew + added +
  kids;
- a list of kinds of workers of a client, written by their bookkeeper: the sum of the list,
  the bookkeeper not in it;
- the sole owner described right after "me", and one family member: 2;
- the asker's own staff, and subcontractor companies with their own WCB: 1 + staff;
- the team before and now: the count now, when it is the larger.
The reader gives exactly that total, and the answer opens with the plain direction for it.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.engine import Engine
from tests.bot.counting import SETTINGS, Case, checked, said

FAMILY = ("wife", "husband", "son", "daughter", "brother", "partner")
ASKS = ("does secor work for us?", "are we small enough for secor?", "do we qualify?",
        "secor ok for us or no?")  # fmt: skip


@st.composite
def seasons(draw: st.DrawFn) -> Case:
    """ "winter its just me and my wife. summer the crew is 7 guys plus 2 students, and me
    and my wife are still there": the busy team, the two named once."""
    fam = draw(st.sampled_from(FAMILY))
    quiet = draw(st.sampled_from(("winter", "in the off season", "over the winter months")))
    busy = draw(st.sampled_from(("summer", "from may to october", "in the busy season")))
    crew_word, crew = said(draw, 3, 7)
    students_word, students = said(draw, 1, 3)
    workers = draw(st.sampled_from(("guys", "labourers", "landscapers", "workers")))
    students_noun = draw(st.sampled_from(("students", "summer students")))
    still = draw(st.sampled_from(("are still there", "still work", "are still on the tools")))
    only = draw(st.sampled_from(("just", "only")))
    asks = draw(st.sampled_from(ASKS))
    text = (
        f"{quiet} its {only} me and my {fam}. {busy} the crew is {crew_word} {workers} plus "
        f"{students_word} {students_noun}, and me and my {fam} {still}. {asks}"
    )
    return text, 2 + crew + students


@st.composite
def peaks_as_additions(draw: st.DrawFn) -> Case:
    """ "right now its me and 3 guys. in july i had 2 more guys plus my 2 kids (15 and 17)
    all at the same time": today's crew, those added, the kids; the ages are no people."""
    now = draw(st.sampled_from(("right now", "currently", "today")))
    crew_word, crew = said(draw, 1, 4)
    added_word, added = said(draw, 1, 3)
    kids = draw(st.integers(min_value=1, max_value=2))
    ages = draw(st.lists(st.integers(min_value=14, max_value=19), min_size=kids, max_size=kids))
    kids_noun = draw(st.sampled_from(("kids", "sons", "daughters"))) if kids > 1 else "son"
    kids_said = f"{kids} {kids_noun}" if kids > 1 else "son"
    when = draw(st.sampled_from(("in july and aug", "last august", "this summer")))
    together = draw(st.sampled_from(("all at the same time", "at once", "all together")))
    text = (
        f"{now} its me and {crew_word} guys. {when} i had {added_word} more guys plus my "
        f"{kids_said} ({' and '.join(map(str, ages))}) on the crew {together}, all on wcb. "
        "am i small enough for secor?"
    )
    return text, 1 + crew + added + kids


@st.composite
def clients_lists(draw: st.DrawFn) -> Case:
    """ "Bookkeeper here. Client has 5 full-timers, 3 part-timers and 1 summer student":
    the list's sum, the one writing not in it."""
    opener = draw(
        st.sampled_from(
            (
                "Bookkeeper here. Client has",
                "Accountant here. My client has",
                "I do the payroll for a client. The client has",
            )
        )
    )
    full_word, full = said(draw, 2, 6)
    part_word, part = said(draw, 1, 3)
    season_word, season = said(draw, 1, 2)
    season_noun = "summer student" if season == 1 else "summer students"
    text = (
        f"{opener} {full_word} full-timers, {part_word} part-timers and {season_word} "
        f"{season_noun}. Under the SECOR limit?"
    )
    return text, full + part + season


@st.composite
def sole_owners(draw: st.DrawFn) -> Case:
    """ "Just me, sole owner. My wife helps on weekends but she's on the WCB": two."""
    me = draw(st.sampled_from(("Just me", "Only me", "me")))
    owner = draw(st.sampled_from(("sole owner", "the owner", "sole proprietor")))
    fam = draw(st.sampled_from(("wife", "husband", "son", "daughter")))
    pronoun = "she" if fam in ("wife", "daughter") else "he"
    helps = draw(st.sampled_from(("helps on weekends unpaid", "does the books", "helps out")))
    text = (
        f"{me}, {owner}. My {fam} {helps} but {pronoun} is on the WCB account. Too small for SECOR?"
    )
    return text, 2


@st.composite
def other_companies(draw: st.DrawFn) -> Case:
    """ "Me plus 6 employees on my WCB. I also use 2 subcontractor companies that carry
    their own WCB accounts": you and your staff."""
    staff_word, staff = said(draw, 2, 8)
    subs_word, _ = said(draw, 2, 4)
    use = draw(st.sampled_from(("use", "also use", "hire", "work with")))
    carry = draw(st.sampled_from(("that carry", "with", "who have")))
    account = draw(st.sampled_from(("WCB accounts", "WCB", "WCB coverage")))
    text = (
        f"Me plus {staff_word} employees on my WCB. I {use} {subs_word} subcontractor companies "
        f"{carry} their own {account}. What's my SECOR head count?"
    )
    return text, 1 + staff


@st.composite
def growth(draw: st.DrawFn) -> Case:
    """ "We had a SECOR with 9 people, now we're at 15": the team now, the larger."""
    before = draw(st.integers(min_value=4, max_value=9))
    now = draw(st.integers(min_value=before + 2, max_value=18))
    noun = draw(st.sampled_from(("people", "employees")))
    now_said = draw(st.sampled_from(("now we're at", "now we are at")))
    why = draw(st.sampled_from(("after a big contract", "since we won a tender", "")))
    text = (
        f"We had a SECOR with {before} {noun}, {now_said} {now} {why}. What do we move to "
        "with ACSA?"
    ).replace(" .", ".")
    return text, now


@SETTINGS
@given(case=seasons())
def test_a_season_told_as_a_team(engine: Engine, case: Case) -> None:
    checked(engine, *case)


@SETTINGS
@given(case=peaks_as_additions())
def test_a_peak_told_as_additions(engine: Engine, case: Case) -> None:
    checked(engine, *case)


@SETTINGS
@given(case=clients_lists())
def test_a_clients_list_of_kinds(engine: Engine, case: Case) -> None:
    checked(engine, *case)


@SETTINGS
@given(case=sole_owners())
def test_a_sole_owner_and_family(engine: Engine, case: Case) -> None:
    checked(engine, *case)


@SETTINGS
@given(case=other_companies())
def test_other_companies_with_their_own_wcb(engine: Engine, case: Case) -> None:
    checked(engine, *case)


@SETTINGS
@given(case=growth())
def test_growth_is_the_team_now(engine: Engine, case: Case) -> None:
    checked(engine, *case)
