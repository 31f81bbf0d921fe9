"""The text the model reads: the file name's words, then the content's meaningful words.

Scans and phone photos lose spaces in OCR ("SMALLENGINE CHECK", "allok"); long
runs of letters that are not words are split back into known words with a
unigram word-segmentation over the training corpus's vocabulary.
"""

from __future__ import annotations

import math
import re
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
_WORD = re.compile(r"[a-z]+")
NO_TEXT = "xxnotext"
NOTHING_TO_READ = f"{NO_TEXT} {NO_TEXT}"  # the model text of a file with no words at all
_SPACES = re.compile(r"[ \t\u00a0]+")


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
        out = _LETTERS.sub(lambda m: segmenter.split(m.group(0)), out)
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


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# The shape of a record: dates, times, tick boxes, blanks and figures become marker words
# (and whether the pattern needs a digit to match).
_SHAPES: tuple[tuple[re.Pattern[str], str, bool], ...] = (
    (
        re.compile(
            rf"\b\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}\b|\b\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}\b"
            rf"|\b{_MONTH} \d{{1,2}},? \d{{4}}\b|\b\d{{1,2}}[- ]{_MONTH}[- ]\d{{2,4}}\b"
        ),
        " xxdate ",
        True,
    ),
    (re.compile(r"\b\d{1,2}:\d{2}\b"), " xxtime ", True),
    (re.compile(r"[☐☑☒✓✔√■□]|\[\s?[x✓]?\s?\]|\(\s?x?\s?\)"), " xxbox ", False),
    (re.compile(r"_{3,}"), " xxblank ", False),
    (re.compile(r"\d+(?:[.,]\d+)*"), " xxnum ", True),
)
_DIGIT = re.compile(r"\d")


def content_words(text: str) -> str:
    """The words that carry meaning, and marker words for dates, times, tick boxes, blanks and
    figures: no punctuation, no single letters, and no stop words other than the few that tell
    directive from operational documents."""
    text = text.lower()
    digits = _DIGIT.search(text) is not None
    for pattern, marker, needs_digit in _SHAPES:
        if digits or not needs_digit:  # a text without a digit has no date, time or figure
            text = pattern.sub(marker, text)
    return " ".join(w for w in _WORD.findall(text) if len(w) > 1 and w not in _DROP)


STEM = 5  # letters a word's stem keeps: "inspected", "inspection", "inspector" share "inspe"


def stems(words: str) -> str:
    """A stem marker for each long word, so forms of a word the corpus lacks still count."""
    return " ".join(f"xs{w[:STEM]}" for w in words.split() if len(w) > STEM + 1 and w[:2] != "xx")


# The layout of a line: a numbered step, a bullet, a table row, a question, a signature line.
_LINE_SHAPES = (
    (re.compile(r"^\s*(?:step\s*)?\d{1,2}\s*[.):-]\s+[a-z]"), "xxstep"),
    (re.compile(r"^\s*[-*•·o]\s+\w"), "xxbullet"),
    (re.compile(r"^[^,\t]*(?:[,\t|][^,\t|]*){3,}$"), "xxrow"),
    (re.compile(r"\?\s*(?:yes|no|partial|n/?a)?\b.{0,40}$"), "xxquestion"),
    (re.compile(r"\b(?:sign(?:ed|ature)?|initials?)\b\s*[:_]"), "xxsign"),
    (re.compile(r"^\s*(?:from|to|sent|subject|cc)\s*:"), "xxmailhead"),
    (re.compile(r"\$\s?\d|\btotal\b.*\d"), "xxmoney"),
)
MAX_SHAPES = 6  # markers per shape: a long form says no more than a short one


def layout(text: str) -> str:
    """Marker words for the shapes of TEXT's lines (at most MAX_SHAPES of each)."""
    counts = dict.fromkeys((marker for _, marker in _LINE_SHAPES), 0)
    for line in text.splitlines()[:200]:
        for pattern, marker in _LINE_SHAPES:
            if counts[marker] < MAX_SHAPES and pattern.search(line):
                counts[marker] += 1
    return " ".join(" ".join([marker] * n) for marker, n in counts.items() if n)


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
    name = name_words(PurePosixPath(str(member_path)).name).lower()
    content = " ".join(_ALL_WORDS.findall(text[:KIND_CHARS].lower()))
    return f"{name} {content}".strip() or f"{NO_TEXT} {NO_TEXT}"


def model_text(member_path: PurePosixPath | str, text: str, segmenter: Segmenter | None) -> str:
    """What the text model reads for one document: its name's words, then its content."""
    name = PurePosixPath(str(member_path)).name
    words = name_words(name).lower()
    plain = content_text(text, segmenter)
    content = content_words(plain)
    content = " ".join(part for part in (content, stems(content), layout(plain)) if part)
    out = f"{content_words(words)} {content}" if words else content
    if len(out.split()) < 2:  # the bag-of-ngrams model needs two tokens; say "no text" instead
        out = f"{out} {NOTHING_TO_READ}".strip()
    return out
