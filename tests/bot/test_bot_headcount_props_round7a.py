"""Property tests of head counts, round 7a: whom a message counts once.

Each generated message knows its total:
- a role or attribute said of a person already named ("my son comes out as a volunteer",
  "my brother is a journeyman", "my wife (a bookkeeper)") adds nobody, and the person named
  again ("does my son count?") is the same person;
- the whole team's counts at different times ("last August we were 12 ... now we are back
  to 7") are snapshots: the most of them, never their sum; so are lists of the team at
  different times ("now its me and 2 guys but in august it was me and 11 guys");
- the one asking said to be one of a group ("and I'm one of them", "myself included", "of
  which I am one") adds nobody;
- people named in sentences of their own, asides and parentheses ("I run things day to day
  (I'm on the account too)", "Mom volunteers answering phones", "he's still the owner") are
  each counted once;
The reader gives that total or says its reading and asks; the answer opens with the plain
direction for that total.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from tests.bot.counting import said as number

Part = tuple[str, int]


def _checked(engine: Engine, text: str, total: int) -> None:
    count = engine.nlp(text)._.headcount
    assert count is not None, text
    assert count.total == total or count.unsure, f"{text!r}: read {count.total}, is {total}"
    if count.unsure or count.bound != "exact" or count.planned:
        return
    answer = engine.ask(text)
    if answer.kind != "eligibility":
        return  # a message that asks something else answers that, the count said first
    opening = (
        f"Yes \u2014 with {total} people you are within the limit"
        if total <= 10
        else f"No \u2014 with {total} people you are over the limit"
    )
    assert answer.answer.startswith(opening), f"{text!r}: {answer.answer[:120]}"


PEOPLE = (
    "my son", "my nephew", "my brother", "my wife", "my dad", "my cousin", "her sister",
    "my brother-in-law",
)  # fmt: skip
ATTRIBUTES = (
    "comes out saturdays as a volunteer",
    "is a journeyman",
    "works as an apprentice",
    "helps out as a volunteer on weekends",
    "who is a bookkeeper does our invoices",
    "(a part-time labourer) comes in fridays",
    "is an apprentice, he's on our wcb",
    "is our bookkeeper",
    "is still the owner",
    "helps out as a volunteer, on our wcb",
)


@st.composite
def described(draw: st.DrawFn) -> Part:
    """A crew, the one asking, and one person named then described: that person once."""
    word, n = number(draw, 2, 7)
    crew = f"{word} {draw(st.sampled_from(('guys', 'workers', 'carpenters', 'labourers')))}"
    person = draw(st.sampled_from(PEOPLE))
    attribute = draw(st.sampled_from(ATTRIBUTES))
    order = draw(st.integers(min_value=0, max_value=2))
    said = f"{person} {attribute}"
    text = (
        f"me and {crew}, and {said}",
        f"{said}. me and {crew}",
        f"its me, {crew} and {person}. {said}",
    )[order]
    if draw(st.booleans()):
        text += f". does {person} count?"
    ending = draw(st.sampled_from(("", " secor ok?", " are we under?", " how many is that")))
    return f"{text}.{ending}", n + 2


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=described())
def test_a_person_described_is_counted_once(engine: Engine, case: Part) -> None:
    _checked(engine, *case)


EARLIER = ("last august", "in july", "this past summer", "back in march", "in the spring")
THEN = (
    "{when} we were {n}",
    "we had {n} {when}",
    "there were {n} of us {when}",
    "{when} we were {n} people for a few weeks",
    "we peaked at {n} {when}",
)
NOW = ("now we are {n}", "we're back to {n} now", "now we are down to {n}", "now we're {n}")


@st.composite
def snapshots(draw: st.DrawFn) -> Part:
    """The whole team at two or three times: the most of them counts."""
    first = draw(st.integers(min_value=3, max_value=14))
    now = draw(st.integers(min_value=2, max_value=12))
    when = draw(st.sampled_from(EARLIER))
    said = [draw(st.sampled_from(THEN)).format(n=first, when=when)]
    counts = [first]
    if draw(st.booleans()):
        other = draw(st.integers(min_value=2, max_value=14))
        said.append(
            draw(st.sampled_from(("before that we were {n}", "we had {n} before that"))).format(
                n=other
            )
        )
        counts.append(other)
    form = draw(st.sampled_from(NOW if now < first else NOW[:1] + NOW[-1:]))
    if draw(st.booleans()):  # people added then, on top of the team of that time
        more = draw(st.integers(min_value=1, max_value=4))
        said[0] += draw(st.sampled_from((" and we hired {m} more", " and took on {m} more")))
        said[0] = said[0].format(m=more)
        counts[0] += more
    said.append(form.format(n=now))
    counts.append(now)
    joiner = draw(st.sampled_from((", ", ". ", " and ", ", but ")))
    ending = draw(st.sampled_from(("", " can we apply?", " secor ok?", " are we under 10?")))
    return f"{joiner.join(said)}.{ending}", max(counts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=snapshots())
def test_the_team_at_different_times_counts_its_most(engine: Engine, case: Part) -> None:
    _checked(engine, *case)


ONE_OF = (
    "{n} {noun} and I'm one of them",
    "{n} {noun}, myself included",
    "{n} {noun} of which I am one",
    "{n} {noun} including me",
    "{n} {noun}, i am one of them",
)


@st.composite
def one_of_them(draw: st.DrawFn) -> Part:
    """The one asking in a group, and maybe people added beside it."""
    word, n = number(draw, 2, 9)
    noun = draw(st.sampled_from(("permanent staff", "full timers", "employees", "guys")))
    text = draw(st.sampled_from(ONE_OF)).format(n=word, noun=noun)
    total = n
    if draw(st.booleans()):
        more, m = number(draw, 2, 6)
        beside = (". in summer we take on {m} students", ", plus {m} temps from april to june",
                  ". my wife does the books, and {m} part timers")  # fmt: skip
        text += draw(st.sampled_from(beside))
        total += m + (1 if "wife" in text else 0)
        text = text.format(m=more)
    ending = draw(st.sampled_from(("", ". secor ok?", ". are we under?")))
    return text + ending, total


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=one_of_them())
def test_the_one_asking_in_a_group_adds_nobody(engine: Engine, case: Part) -> None:
    _checked(engine, *case)


SENTENCES = (  # what each tells, and who it is about
    ("My dad started the company, he's semi retired but still the owner", "dad"),
    ("I run things day to day (I'm on the account too)", "me"),
    ("Mom volunteers answering phones, she's covered on the account as well", "mom"),
    ("My sister does admin part time", "sister"),
    ("my wife is also the bookkeeper", "wife"),
    ("I work on the tools", "me"),
)


@st.composite
def story(draw: st.DrawFn) -> Part:
    """A crew, and people told about in sentences of their own, in any order."""
    word, n = number(draw, 2, 7)
    crew = f"the crew is {word} {draw(st.sampled_from(('carpenters', 'guys', 'labourers')))}"
    told = draw(st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=4, unique=True))
    at = draw(st.integers(min_value=0, max_value=len(told)))
    parts = [t for t, _ in told]
    parts.insert(at, crew)
    ending = draw(st.sampled_from(("", " Are we allowed to do SECOR?", " how many is that?")))
    return ". ".join(parts) + "." + ending, n + len({who for _, who in told})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=story())
def test_people_told_about_in_sentences_of_their_own_are_counted_once(
    engine: Engine, case: Part
) -> None:
    _checked(engine, *case)


@st.composite
def list_snapshots(draw: st.DrawFn) -> Part:
    """The team listed now and at a busier time: the larger list counts."""
    now, then = draw(st.integers(1, 6)), draw(st.integers(2, 12))
    wife = draw(st.booleans())
    who = "me, my wife and" if wife else "me and"
    first = f"right now its {who} {now} guys"
    when = draw(st.sampled_from(("in august", "last summer", "in july", "this past spring")))
    second = f"{when} it was {who} {then} guys"
    joiner = draw(st.sampled_from((". ", " but ", ", but ")))
    parts = [first, second] if draw(st.booleans()) else [second, first]
    ending = draw(st.sampled_from(("", ". secor ok?", ". are we under?")))
    return joiner.join(parts) + ending, max(now, then) + (2 if wife else 1)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=list_snapshots())
def test_lists_of_the_team_at_different_times_count_the_larger(engine: Engine, case: Part) -> None:
    _checked(engine, *case)


# Round 8a ------------------------------------------------------------------------------
# A person named by name then described, written by someone outside the company ("I do the
# books for ... they have 7 carpenters"): the people described once each, the writer not.
NAMES = ("Dale", "Karen", "Mike", "Sandra", "Kyle", "Priya", "Tom")
DOES = (
    "works on the tools every day",
    "does the payroll part time from home",
    "answers the phones a few hours a week",
    "never goes on site",
    "runs the crew",
)
OUTSIDE = (
    "I do the books for a small framing outfit",
    "I keep the books for a roofing company",
    "I do the payroll for a small excavating company",
)


@st.composite
def described_by_name(draw: st.DrawFn) -> Part:
    """The owner and a relative, each named then described, and the crew: all counted once."""
    word, n = number(draw, 2, 9)
    owner, relative = draw(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True))
    does_owner, does_relative = draw(
        st.lists(st.sampled_from(DOES), min_size=2, max_size=2, unique=True)
    )
    kin = draw(st.sampled_from(("wife", "son", "daughter", "brother")))
    crew = draw(st.sampled_from(("carpenters", "roofers", "labourers", "framers")))
    body = (
        f"The owner {owner} {does_owner}, his {kin} {relative} {does_relative}, and they have "
        f"{word} {crew} on staff"
    )
    if draw(st.booleans()):
        body = f"{draw(st.sampled_from(OUTSIDE))}. {body}"
    ending = draw(st.sampled_from((".", ". Are they small enough for SECOR?", ". secor ok?")))
    return body + ending, n + 2


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=described_by_name())
def test_people_named_then_described_count_once_and_the_outside_writer_not(
    engine: Engine, case: Part
) -> None:
    _checked(engine, *case)


SAID_AGAIN = ("never goes on site", "works from home", "is part time", "only does the phones")


@st.composite
def named_again(draw: st.DrawFn) -> Part:
    """A crew, one office person and the owner; that office person said of again in a
    sentence of its own ("The receptionist never goes on site"): the same person."""
    word, n = number(draw, 2, 9)
    title = draw(st.sampled_from(("receptionist", "bookkeeper", "estimator", "dispatcher")))
    crew = draw(st.sampled_from(("tradespeople", "guys", "electricians", "workers")))
    opener = draw(st.sampled_from(("We have", "There are", "We employ")))
    again = draw(st.sampled_from(SAID_AGAIN))
    text = f"{opener} {word} {crew}, 1 {title} and the owner. The {title} {again}."
    ending = draw(st.sampled_from(("", " Do office people count?", " secor ok?")))
    return text + ending, n + 2


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=named_again())
def test_a_person_named_again_in_a_later_sentence_is_the_same(engine: Engine, case: Part) -> None:
    _checked(engine, *case)


SPEAKERS = ("My foreman", "my accountant", "The guy at the bank", "my buddy", "Our safety guy")
SAYS = ("told me", "says", "reckons", "said")
BELIEFS = ("the owners don't count", "family doesn't count", "owners are not employees")


@st.composite
def wrong_belief(draw: st.DrawFn) -> Part:
    """Someone's belief, the people listed, and the asker's own wrong sum: the people listed
    count, the one who said it adds nobody, the wrong sum is no more people."""
    word, n = number(draw, 2, 9)
    partner = draw(st.booleans())
    who = "me and my business partner plus" if partner else "me and"
    total = n + (2 if partner else 1)
    claim = draw(
        st.sampled_from(("So we're at {n}, right?", "so {n}, correct?", "that's {n} right?"))
    )
    text = (
        f"{draw(st.sampled_from(SPEAKERS))} {draw(st.sampled_from(SAYS))} "
        f"{draw(st.sampled_from(BELIEFS))}. It's {who} {word} guys in the field. "
        + claim.format(n=n)
    )
    return text, total


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=wrong_belief())
def test_a_count_built_on_a_belief_counts_the_people_listed(engine: Engine, case: Part) -> None:
    text, total = case
    count = engine.nlp(text)._.headcount
    assert count is not None and count.total == total, (text, count)
    assert engine.ask(text).kind == "eligibility", text  # corrected, not refused


@st.composite
def including_him(draw: st.DrawFn) -> Part:
    """The one asking by their job, "our headcount is N including him" (the owner named
    before), then more people: the writer and the owner are in N."""
    word, n = number(draw, 3, 9)
    extra, k = number(draw, 1, 3)
    job = draw(st.sampled_from(("Bookkeeper", "Office manager", "Payroll clerk")))
    kind = draw(st.sampled_from(("", "full-time ")))
    more = draw(st.sampled_from(("part-timers in the shop", "summer students", "casual labourers")))
    text = (
        f"{job} here, writing on behalf of the owner. Our {kind}headcount is {word} including "
        f"him. We also have {extra} {more}."
    )
    return text, n + k


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=including_him())
def test_a_count_including_him_holds_the_owner_and_the_writer(engine: Engine, case: Part) -> None:
    _checked(engine, *case)


EVENTS = (
    "had a near miss with a ladder",
    "got hurt on site last week",
    "did the first aid course",
    "found a frayed cord on the saw",
)
ASKED = ("What element is that for SECOR?", "where does the report go", "which element")


@given(
    who=st.sampled_from(("one of our guys", "two of my workers", "one of the apprentices")),
    event=st.sampled_from(EVENTS),
    asked=st.sampled_from(ASKED),
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_people_in_a_question_about_an_event_are_no_head_count(
    engine: Engine, who: str, event: str, asked: str
) -> None:
    text = f"{who} {event}, {asked}"
    assert engine.nlp(text)._.headcount is None, text


SEASONS = ("in summer", "in the summer", "in july", "at our busiest")


@st.composite
def plus_at_a_time(draw: st.DrawFn) -> Part:
    """A period's count with people added to it by "plus" ("12 in summer, plus 2 more
    students in july"), maybe after a quieter period: the period's count and the added."""
    word, n = number(draw, 5, 12)
    extra, k = number(draw, 1, 4)
    more = draw(st.sampled_from(("more students", "students", "summer students", "more temps")))
    season, comma = draw(st.sampled_from(SEASONS)), draw(st.sampled_from((",", "")))
    text = f"{word} {season}{comma} plus {extra} {more}"
    if draw(st.booleans()):
        low = draw(st.integers(min_value=2, max_value=4))
        text = f"{low} in winter, {text}"
    ending = draw(st.sampled_from(("", ". secor ok?", ". are we under?")))
    return text + ending, n + k


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=plus_at_a_time())
def test_people_added_with_plus_join_the_count_of_their_time(engine: Engine, case: Part) -> None:
    text, total = case
    count = engine.nlp(text)._.headcount
    assert count is not None and count.total == total, (text, count)


@st.composite
def plus_sign_joins(draw: st.DrawFn) -> Part:
    """ "9 + me", "6 guys + my wife + me": a plus sign before people joins them (it is no
    "or more"), and each is counted once."""
    n = draw(st.integers(min_value=2, max_value=12))
    noun = draw(st.sampled_from(("", " guys", " workers")))
    people = draw(
        st.lists(st.sampled_from(("me", "my wife", "my son", "my partner")), min_size=1,
                 max_size=3, unique=True)
    )  # fmt: skip
    text = " + ".join([f"{n}{noun}", *people])
    ending = draw(st.sampled_from(("", ", secor ok?", ". are we under 10?")))
    return text + ending, n + len(people)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=plus_sign_joins())
def test_a_plus_sign_before_people_joins_them(engine: Engine, case: Part) -> None:
    text, total = case
    count = engine.nlp(text)._.headcount
    assert count is not None and count.total == total and count.bound == "exact", (text, count)


@st.composite
def job_here(draw: st.DrawFn) -> Part:
    """ "Bookkeeper here" then the team's count said with "we"/"our"/"of us" (the writer in
    it) or the people listed beside the writer (the writer on top)."""
    job = draw(st.sampled_from(("Bookkeeper", "Office admin", "Office manager", "Estimator")))
    word, n = number(draw, 3, 11)
    inside = draw(st.booleans())
    if inside:
        said = draw(
            st.sampled_from(
                ("we are {w} people", "there are {w} of us", "our headcount is {w}",
                 "our total headcount is {w}")
            )
        )  # fmt: skip
        return f"{job} here. {said.format(w=word)}. secor ok?", n
    crew = draw(st.sampled_from(("workers", "guys", "carpenters")))
    return f"{job} here. We have {word} {crew} plus the owner. Eligible?", n + 2


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=job_here())
def test_the_writer_named_by_job_is_counted_once(engine: Engine, case: Part) -> None:
    text, total = case
    count = engine.nlp(text)._.headcount
    assert count is not None and count.total == total, (text, count)


@st.composite
def sum_said_again(draw: st.DrawFn) -> Part:
    """People listed, then their sum said by the asker, right or wrong ("so 5 with me", "so
    we're at 9"): the people listed count once, the sum adds no one."""
    n = draw(st.integers(min_value=2, max_value=12))
    wife = draw(st.booleans())
    listed = f"me, my wife and {n} guys" if wife else f"me and {n} guys"
    total = n + (2 if wife else 1)
    said = draw(st.sampled_from((total, total - 1, n)))
    claim = draw(st.sampled_from(("so {s} of us", "so thats {s}", "so we're at {s}", "= {s}")))
    ending = draw(st.sampled_from(("", ", right?", ". ok for secor?")))
    return f"its {listed}, {claim.format(s=said)}{ending}", total


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=sum_said_again())
def test_the_askers_own_sum_adds_no_one(engine: Engine, case: Part) -> None:
    text, total = case
    count = engine.nlp(text)._.headcount
    assert count is not None and count.total == total, (text, count)
