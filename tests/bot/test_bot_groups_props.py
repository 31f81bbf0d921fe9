"""Property tests of the grammar of groups: sentences composed of random groups.

Each generated sentence joins groups of people (owners, family, crews of a size, office
and field lists with and without "and", part-time, seasonal people at the busy time, a
peak inside or outside the past 12 months, planned hires, "not counting me") and knows
its total. The reader must give that total, or say its reading and ask (``unsure``):
a confident wrong total is the one outcome not allowed.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from bot.groups import read_groups
from bot.headcount import HeadCount
from bot.lexicon import lexicon
from tests.bot.counting import said

WORDS = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    12: "twelve",
    13: "thirteen",
    14: "fourteen",
    15: "fifteen",
}
Group = tuple[str, int]


@st.composite
def owners(draw: st.DrawFn) -> Group:
    """You, alone or with a partner, a relative or a shareholder who works in the business."""
    return draw(
        st.sampled_from(
            (
                ("me", 1),
                ("myself", 1),
                ("me and my partner", 2),
                ("me n my brother 50/50", 2),
                ("my wife and i", 2),
                ("two owners (me and my dad)", 2),
                ("me and my business partner", 2),
            )
        )
    )


@st.composite
def family(draw: st.DrawFn) -> Group:
    return draw(
        st.sampled_from(
            (("my son", 1), ("my wife who does the books", 1), ("my mom", 1), ("our bookkeeper", 1))
        )
    )


@st.composite
def crews(draw: st.DrawFn) -> Group:
    """So many groups of so many people: "2 crews of 4", "3 trucks with 2 guys each"."""
    groups = draw(st.integers(min_value=2, max_value=3))
    size = draw(st.integers(min_value=2, max_value=4))
    form = draw(st.sampled_from(("{g} crews of {s}", "{g} trucks with {s} guys each",
                                 "{g} crews of {s} guys", "{g} teams of {s}")))  # fmt: skip
    text = form.format(g=groups, s=size)
    if draw(st.booleans()):
        return f"{text}, each crew with its own foreman", groups * size + groups
    return text, groups * size


@st.composite
def staff(draw: st.DrawFn) -> Group:
    """Field and office people, a list with or without "and"."""
    word, n = said(draw, 2, 6, WORDS)
    noun = draw(st.sampled_from(("field guys", "framers", "labourers", "carpenters", "roofers")))
    if not draw(st.booleans()):
        return f"{word} {noun}", n
    office, m = said(draw, 2, 3, WORDS)
    where = draw(st.sampled_from(("gals in the office", "in the office", "office staff")))
    joiner = draw(st.sampled_from((" ", " and ", ", ")))
    return f"{word} {noun}{joiner}{office} {where}", n + m


@st.composite
def part_time(draw: st.DrawFn) -> Group:
    word, n = said(draw, 2, 3, WORDS)
    return f"{word} {draw(st.sampled_from(('part-timers', 'part time guys')))}", n


@st.composite
def sentence(draw: st.DrawFn) -> tuple[str, int]:
    """A sentence of groups, its total at the busiest time of the past 12 months."""
    parts: list[Group] = [draw(staff())]
    if draw(st.booleans()):
        parts.append(draw(crews()))
    if draw(st.booleans()):
        parts.append(draw(part_time()))
    if draw(st.booleans()):
        parts.append(draw(family()))
    parts = list(draw(st.permutations(parts)))
    owner = draw(owners())
    not_me = draw(st.booleans()) and owner[1] == 1
    if not_me:  # "... not counting me": the owner is on top of the number said
        text = ", ".join(p for p, _ in parts) + ", not counting me"
    else:
        listed = [*parts, owner] if draw(st.booleans()) else [owner, *parts]
        text = ", ".join(p for p, _ in listed[:-1]) + " and " + listed[-1][0]
    total = sum(n for _, n in parts) + 1 if not_me else sum(n for _, n in parts) + owner[1]
    if "wife" in owner[0] and any("wife" in p for p, _ in parts):
        total -= 1  # "my wife and i ... my wife who does the books": one person named twice
    time = draw(st.sampled_from(("", "old_peak", "seasonal", "planned", "recent_peak")))
    if time == "old_peak":
        word, _ = said(draw, 12, 15, WORDS)
        text += draw(st.sampled_from((f". two years ago we had {word}",
                                      f". we peaked at {word} about 14 months ago")))  # fmt: skip
    elif time == "seasonal":
        word, n = said(draw, 2, 3, WORDS)
        text += f", plus {word} students in the summer"
        total += n
    elif time == "planned":
        word, n = said(draw, 2, 3, WORDS)
        text += f". hiring {word} more next month"
        total += n
    elif time == "recent_peak":
        n = total + draw(st.integers(min_value=1, max_value=4))
        text += f". we hit {n} in july this year"
        total = n
    ending = draw(st.sampled_from(("", ". can we get secor?", ". eligible?")))
    return text + ending, total


def _reading(engine: Engine, text: str) -> HeadCount | None:
    return engine.nlp(text)._.headcount  # type: ignore[no-any-return]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=sentence())
def test_the_total_is_right_or_the_reading_is_asked_about(
    engine: Engine, case: tuple[str, int]
) -> None:
    text, total = case
    count = _reading(engine, text)
    assert count is not None, text
    assert count.total == total or count.unsure, f"{text!r}: read {count.total}, is {total}"


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("me and my partner plus 6 framers", 8),
        ("shareholders: me and my brother, we both work on the tools, plus 5 guys", 7),
        ("9 field guys 3 gals in the office and me", 13),
        ("2 crews of 4 guys, each crew with its own foreman, plus me", 11),
        ("3 trucks with 2 guys each, me and the wife in the office", 8),
        ("its me plus 6", 7),
        ("we peaked at 14 about fourteen months ago, now it's 6 of us", 6),
        ("in july this year we hit 12, usually 7", 12),
        ("2 crews of 3, not counting me", 7),
        ("a crew of 5 not counting the two owners", 7),
        ("me, my wife, 4 carpenters and 2 part timers", 8),
        ("owner + 2 office + 5 field", 8),
        ("5 guys plus 2 summer students", 7),
        ("we're 8 now and hiring 2 more in the spring", 10),
        ("ten counting the two of us owners", 10),
        ("just me and 3 guys", 4),
        ("myself and six employees", 7),
        ("a foreman, 6 labourers and me", 8),
    ],
)
def test_hand_written_phrasings(engine: Engine, text: str, total: int) -> None:
    count = _reading(engine, text)
    assert count is not None, text
    assert count.total == total or count.unsure, f"{text!r}: read {count.total}, is {total}"


WORDS_MIX = (
    "me", "my", "wife", "and", "plus", "2", "12", "crews", "of", "each", "with", "its", "own",
    "foreman", "not", "counting", "incl", "guys", ",", ".", "?", "(", ")", "-", ":", "50/50",
    "months", "ago", "in", "july", "2024", "hiring", "more", "next", "the", "office", "x", "+",
    "per", "truck", "i'm", "we", "had", "hit", "leaving", "before", "new", "one", "of", "us",
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from(WORDS_MIX), max_size=25))
def test_any_jumble_of_count_words_is_read_without_error(engine: Engine, words: list[str]) -> None:
    doc = engine.nlp(" ".join(words))
    read_groups(doc, lexicon())  # the grammar itself, without the fallback around it
