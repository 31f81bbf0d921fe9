"""The shortcuts that make the model text faster give exactly what the plain versions gave:
each plain version is kept here, a few lines, as the oracle."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from intake.classify import text as T
from intake.classify.text import Segmenter, content_words, layout

# pieces that trigger (or nearly trigger) every shape, mixed with arbitrary text
_PIECES = [
    *("step 1. a", "12) b", "3 - c", "- x", "* y", "• z", "o w", "·", ",", "|", "\t", "?"),
    *("? yes", "?no", "n/a", "sign", "signed:", "signature _", "initials:", "initial_"),
    *("from:", " to :", "sent:", "subject :", "cc:", "$5", "$ 7", "total 3", "totals 4"),
    *("2024-01-02", "1/2/24", "jan 3, 2024", "3-sept-2024", "12:30", "[x]", "[ ]", "( )"),
    *("(x)", "☐", "✓", "■", "___", "__", "3.5", "1,000", "٣", "\u00a0", "\u2028", "\r\n"),
    *("\n", " ", "  ", "a", "ladder", "inspection", "the", "we", "Total", "SIGN", "x"),
]
_TEXTS = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=8)), max_size=60).map(
    "".join
)


def plain_layout(text: str) -> str:
    """Every shape searched for in every line (the version before the prefilters)."""
    counts = dict.fromkeys((marker for _, marker, _, _ in T._LINE_SHAPES), 0)
    for line in text.splitlines()[: T.MAX_LINES]:
        for pattern, marker, _, _ in T._LINE_SHAPES:
            if counts[marker] < T.MAX_SHAPES and pattern.search(line):
                counts[marker] += 1
    return " ".join(" ".join([marker] * n) for marker, n in counts.items() if n)


def plain_content_words(text: str) -> str:
    """Every shape substituted (the version before the needles and the skip set)."""
    text = text.lower()
    digits = T._DIGIT.search(text) is not None
    for pattern, marker, needs_digit, _ in T._SHAPES:
        if digits or not needs_digit:
            text = pattern.sub(marker, text)
    return " ".join(w for w in T._WORD.findall(text) if len(w) > 1 and w not in T._DROP)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_layout_is_every_shape_on_every_line(text: str) -> None:
    assert layout(text) == plain_layout(text)
    assert layout(text.lower()) == plain_layout(text.lower())


def test_layout_counts_at_most_max_shapes_of_each() -> None:
    text = "\n".join(["what? yes", "a, b, c, d", "signed: x"] * 10)
    assert layout(text) == plain_layout(text)
    assert layout(text).split().count("xxquestion") == T.MAX_SHAPES


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_content_words_is_every_shape_substituted(text: str) -> None:
    assert content_words(text) == plain_content_words(text)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_spaces_are_collapsed_as_one_run_each(text: str) -> None:
    assert T._SPACES.sub(" ", text) == re.sub(r"[ \t\u00a0]+", " ", text)


_SEGMENTER = Segmenter.build(["small engine check face shield hard hat report"] * 2)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["smallengine", "faceshield", "report", "xqzvbnmwrt", "hat", " ", ". "]),
        max_size=20,
    ).map("".join)
)
def test_split_all_is_every_run_split(text: str) -> None:
    expected = T._LETTERS.sub(lambda m: _SEGMENTER.split(m.group(0)), text)
    assert _SEGMENTER.split_all(text) == expected
