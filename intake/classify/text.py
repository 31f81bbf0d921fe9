"""The text the model reads: the file name's words, then the content's meaningful words.

Scans and phone photos lose spaces in OCR ("SMALLENGINE CHECK", "allok"); long
runs of letters that are not words are split back into known words with a
unigram word-segmentation over the training corpus's vocabulary.
"""

from __future__ import annotations

import itertools
import math
import re
import string
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import PurePosixPath

from spacy.lang.en.stop_words import STOP_WORDS

from knowledge.path_signals import name_words

MAX_CHARS = 6000  # the first pages say what a document is; the rest only costs time
MIN_SPLIT = 5  # letters in a run before it is checked for merged words
MAX_WORD = 20
MEMO_SIZE = 50_000  # split runs remembered per segmenter
_LETTERS = re.compile(rf"[a-z]{{{MIN_SPLIT},}}")
_RUNS = re.compile(rf"({_LETTERS.pattern})")  # the same, kept by re.split
_WORD = re.compile(r"[a-z]+")
NO_TEXT = "xxnotext"
NOTHING_TO_READ = f"{NO_TEXT} {NO_TEXT}"  # the model text of a file with no words at all
# a run of spaces, tabs and no-break spaces becomes one space: matching only the runs that
# change (two or more, or one tab or no-break space) leaves the single spaces alone
_SPACES = re.compile(r"[ \t\u00a0]{2,}|[\t\u00a0]")


class Segmenter:
    """Splits runs of letters into the most probable sequence of known words."""

    def __init__(self, counts: Mapping[str, int]) -> None:
        total = sum(counts.values()) or 1
        self._cost = {w: -math.log(c / total) for w, c in counts.items() if len(w) <= MAX_WORD}
        self._unknown = -math.log(0.5 / total)
        self._memo: dict[str, str] = {}  # runs already split: OCR repeats its merged words

    @classmethod
    def build(cls, texts: Iterable[str], min_count: int = 2) -> Segmenter:
        """A segmenter whose vocabulary is the words of TEXTS seen at least MIN_COUNT times."""
        return cls(vocabulary(texts, min_count))

    def split(self, run: str) -> str:
        """RUN as space-separated known words, or unchanged when it is a word or cannot be split."""
        if run in self._cost or len(run) > 200:
            return run
        done = self._memo.get(run)
        if done is None:
            done = self._split(run)
            if len(self._memo) < MEMO_SIZE:
                self._memo[run] = done
        return done

    def split_all(self, text: str) -> str:
        """TEXT with every run of MIN_SPLIT or more letters split by ``split``. The text is cut
        once at its runs; each distinct run that is not a known word is split once, and the
        text is joined again only when a run changed: the same as substituting every run."""
        parts = _RUNS.split(text)  # text between runs, a run, text between runs, ...
        runs = parts[1::2]
        unknown = set(runs).difference(self._cost)  # a known word stays as it is
        changed = {run: done for run in unknown if (done := self.split(run)) != run}
        if not changed:
            return text
        parts[1::2] = [changed.get(run, run) for run in runs]
        return "".join(parts)

    def _split(self, run: str) -> str:
        n = len(run)
        best = [0.0] + [math.inf] * n
        back = [0] * (n + 1)
        for end in range(1, n + 1):
            for start in range(max(0, end - MAX_WORD), end):
                cost = self._cost.get(run[start:end])
                if cost is None or best[start] + cost >= best[end]:
                    continue
                best[end] = best[start] + cost
                back[end] = start
        if math.isinf(best[n]):
            return run
        words: list[str] = []
        end = n
        while end > 0:
            words.append(run[back[end] : end])
            end = back[end]
        words.reverse()
        # one unknown word is likelier than many short known ones (a word the corpus lacks)
        if any(len(w) == 1 and w not in ("a", "i") for w in words) or len(words) > len(run) / 2.5:
            return run
        return " ".join(words)


def vocabulary(texts: Iterable[str], min_count: int = 2) -> dict[str, int]:
    """Lower-case words of TEXTS with their counts, rare words left out."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(_WORD.findall(_plain(text)))
    return {w: c for w, c in counts.items() if c >= min_count and (len(w) > 1 or w in ("a", "i"))}


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def content_text(text: str, segmenter: Segmenter | None) -> str:
    """TEXT lower-cased, trimmed to its first pages, with merged OCR words split."""
    out = _plain(text[: MAX_CHARS * 2])[:MAX_CHARS]
    out = _SPACES.sub(" ", out)
    if segmenter is not None:
        out = segmenter.split_all(out)
    return out


# Function words that tell a rule or a procedure ("must", "always", "we will") from a record
# ("done", "no"): kept although they are stop words.
KEPT_FUNCTION_WORDS = frozenset(
    (
        "must",
        "should",
        "will",
        "always",
        "never",
        "may",
        "not",
        "each",
        "every",
        "before",
        "after",
        "if",
        "when",
        "we",
        "our",
        "you",
        "your",
        "no",
        "done",
    )
)
_DROP = frozenset(STOP_WORDS) - KEPT_FUNCTION_WORDS
# what content_words leaves out: the dropped stop words and single letters
_SKIP = _DROP | frozenset(string.ascii_lowercase)


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# The shape of a record: dates, times, tick boxes, blanks and figures become marker words
# (and whether the pattern needs a digit to match, and strings of which a text must hold at
# least one for it to match: a text without them is not searched).
_SHAPES: tuple[tuple[re.Pattern[str], str, bool, tuple[str, ...]], ...] = (
    (
        re.compile(
            rf"\b\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}\b|\b\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}\b"
            rf"|\b{_MONTH} \d{{1,2}},? \d{{4}}\b|\b\d{{1,2}}[- ]{_MONTH}[- ]\d{{2,4}}\b"
        ),
        " xxdate ",
        True,
        (),
    ),
    (re.compile(r"\b\d{1,2}:\d{2}\b"), " xxtime ", True, (":",)),
    (
        re.compile(r"[☐☑☒✓✔√■□]|\[\s?[x✓]?\s?\]|\(\s?x?\s?\)"),
        " xxbox ",
        False,
        ("[", "(", *"☐☑☒✓✔√■□"),
    ),
    (re.compile(r"_{3,}"), " xxblank ", False, ("___",)),
    (re.compile(r"\d+(?:[.,]\d+)*"), " xxnum ", True, ()),
)
_DIGIT = re.compile(r"\d")


def content_words(text: str) -> str:
    """The words that carry meaning, and marker words for dates, times, tick boxes, blanks and
    figures: no punctuation, no single letters, and no stop words other than the few that tell
    directive from operational documents."""
    text = text.lower()
    digits = _DIGIT.search(text) is not None
    for pattern, marker, needs_digit, needles in _SHAPES:
        if needs_digit and not digits:  # a text without a digit has no date, time or figure
            continue
        if needles and not any(needle in text for needle in needles):
            continue
        text = pattern.sub(marker, text)
    return " ".join(itertools.filterfalse(_SKIP.__contains__, _WORD.findall(text)))


STEM = 5  # letters a word's stem keeps: "inspected", "inspection", "inspector" share "inspe"


def stems(words: str) -> str:
    """A stem marker for each long word, so forms of a word the corpus lacks still count."""
    return " ".join(f"xs{w[:STEM]}" for w in words.split() if len(w) > STEM + 1 and w[:2] != "xx")


# The layout of a line: a numbered step, a bullet, a table row, a question, a signature line;
# with whether the shape needs a digit, and strings of which a line must hold at least one to
# match it (none: every line is tried). Both only skip searches that cannot match.
_LINE_SHAPES: tuple[tuple[re.Pattern[str], str, bool, tuple[str, ...]], ...] = (
    (re.compile(r"^\s*(?:step\s*)?\d{1,2}\s*[.):-]\s+[a-z]"), "xxstep", True, ()),
    (re.compile(r"^\s*[-*•·o]\s+\w"), "xxbullet", False, ()),
    (re.compile(r"^[^,\t]*(?:[,\t|][^,\t|]*){3,}$"), "xxrow", False, (",", "\t", "|")),
    (re.compile(r"\?\s*(?:yes|no|partial|n/?a)?\b.{0,40}$"), "xxquestion", False, ("?",)),
    (
        re.compile(r"\b(?:sign(?:ed|ature)?|initials?)\b\s*[:_]"),
        "xxsign",
        False,
        ("sign", "initial"),
    ),
    (re.compile(r"^\s*(?:from|to|sent|subject|cc)\s*:"), "xxmailhead", False, (":",)),
    (re.compile(r"\$\s?\d|\btotal\b.*\d"), "xxmoney", True, ("$", "total")),
)
MAX_SHAPES = 6  # markers per shape: a long form says no more than a short one
MAX_LINES = 200  # lines of a text whose shapes count


def layout(text: str) -> str:
    """Marker words for the shapes of TEXT's lines (at most MAX_SHAPES of each).

    A shape is searched for only in the lines that hold one of its strings, and not at all
    in a text without a digit when it needs one: the markers are those of searching every
    line for every shape (tests/classify/test_text.py keeps that version as the oracle)."""
    lines = text.splitlines()[:MAX_LINES]
    digits = _DIGIT.search(text) is not None
    out: list[str] = []
    for pattern, marker, needs_digit, needles in _LINE_SHAPES:
        if needs_digit and not digits:
            continue
        found = 0
        for line in _lines_with(lines, needles, text):
            if pattern.search(line):
                found += 1
                if found == MAX_SHAPES:
                    break
        out.extend([marker] * found)
    return " ".join(out)


def _lines_with(lines: list[str], needles: tuple[str, ...], text: str) -> list[str]:
    """The LINES (of TEXT) that hold at least one of NEEDLES; all of them when there are no
    NEEDLES. Only the needles TEXT holds are looked for, most often one or none."""
    if not needles:
        return lines
    present = [needle for needle in needles if needle in text]
    if not present:
        return []
    if len(present) == 1:
        needle = present[0]
        return [line for line in lines if needle in line]
    return [line for line in lines if any(needle in line for needle in present)]


def as_path(member_path: PurePosixPath | str) -> PurePosixPath:
    """MEMBER_PATH as a path (a path is used as it is, not printed and parsed again)."""
    if isinstance(member_path, PurePosixPath):
        return member_path
    return PurePosixPath(str(member_path))


_ALL_WORDS = re.compile(r"\w+")
KIND_CHARS = 1500  # the first lines say whether a document is a record (as many as 12,000 did)


def kind_text(member_path: PurePosixPath | str, text: str) -> str:
    """What the word model of the kinds reads: every word of the file name and the content,
    lower-cased, none dropped. Whether a document sets a rule or records what was done shows
    in the words the label text drops ("was", "were", "had") and in its figures: read by
    models that never saw their authors, the hand-written training documents got the right
    kind 97 % of the time from these words, 96 % from the label text. A label model reads
    them too (``plain_words``): on the same documents it made the labels' weakest author
    groups better, as the plain TF-IDF baseline's reading of raw text had suggested."""
    name = name_words(as_path(member_path).name).lower()
    content = " ".join(_ALL_WORDS.findall(text[:KIND_CHARS].lower()))
    return f"{name} {content}".strip() or f"{NO_TEXT} {NO_TEXT}"


def model_text(member_path: PurePosixPath | str, text: str, segmenter: Segmenter | None) -> str:
    """What the text model reads for one document: its name's words, then its content."""
    words = name_words(as_path(member_path).name).lower()
    plain = content_text(text, segmenter)
    content = content_words(plain)
    content = " ".join(part for part in (content, stems(content), layout(plain)) if part)
    out = f"{content_words(words)} {content}" if words else content
    if len(out.split(maxsplit=1)) < 2:  # the bag-of-ngrams model needs two tokens: "no text"
        out = f"{out} {NOTHING_TO_READ}".strip()
    return out
