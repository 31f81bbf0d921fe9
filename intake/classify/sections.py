"""A whole safety manual in one file: which elements its parts are about.

Small employers often send their health and safety manual as one PDF. Read as a
whole it gets one label (often the evaluation tool, whose questions touch every
element), and every other element it holds would be reported missing. So a long
document is also read in windows of a few hundred words, content only, and the
elements that several windows are surely about are its ``covers``. A document the
windows mostly read as the evaluation tool (its questions do name every element)
or as one element's long record covers nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from intake.classify.combine import FloatArray, Weights, label_probs
from knowledge.labels import element_labels, labels

MIN_WORDS = 600  # shorter documents are read whole only
WINDOW_WORDS = 100
STEP_WORDS = 50  # windows overlap by half: a short section still fills most of one
MAX_WINDOWS = 60  # a longer document is read at evenly spaced windows
SURE = 0.8  # a window counts for an element when the content gives it at least this
MIN_ELEMENTS = 4  # elements, each surely read in a window, that make a document a manual
MAX_TOOL_SHARE = 0.3  # windows read as the evaluation tool, above which it is the tool


def windows(text: str) -> list[str]:
    """TEXT cut into overlapping windows of WINDOW_WORDS words (at most MAX_WINDOWS, evenly
    spread); none for a document shorter than MIN_WORDS."""
    if len(text) < 2 * MIN_WORDS - 1:
        return []  # too few characters for MIN_WORDS words: most documents, without a split
    words = text.split()
    if len(words) < MIN_WORDS:
        return []
    cuts = [words[i : i + WINDOW_WORDS] for i in range(0, len(words), STEP_WORDS)]
    cuts = [c for c in cuts if len(c) >= WINDOW_WORDS // 3]
    if len(cuts) > MAX_WINDOWS:
        picks = np.linspace(0, len(cuts) - 1, MAX_WINDOWS).round().astype(int)
        cuts = [cuts[int(i)] for i in picks]
    return [" ".join(c) for c in cuts]


def covered(window_probs: FloatArray) -> tuple[str, ...]:
    """The elements a document's windows are surely about, in element order; () when the
    windows say it is one element's document, the evaluation tool, or not sure."""
    if len(window_probs) == 0:
        return ()
    names = labels()
    top = [names[int(i)] for i in window_probs.argmax(axis=1)]
    sure = [label for row, label in enumerate(top) if window_probs[row].max() >= SURE]
    if top.count("evaluation_tool") > MAX_TOOL_SHARE * len(top):
        return ()
    elements = set(element_labels())
    found = Counter(label for label in sure if label in elements)
    if len(found) < MIN_ELEMENTS:
        return ()
    return tuple(label for label in element_labels() if label in found)


def covers_of(
    texts: Sequence[str],
    score: Callable[[list[str]], FloatArray],
    weights: Weights,
) -> list[tuple[str, ...]]:
    """For each text, the elements its windows cover (SCORE gives raw text-model scores).

    The windows of every long text are scored in one batch (one pass of the pipeline for
    a submission with several manuals), then split back per text; each row is scored on
    its own, so the result is the same as text by text."""
    cut = [windows(text) for text in texts]
    parts = [part for text_parts in cut for part in text_parts]
    if not parts:
        return [() for _ in texts]
    nones: list[str | None] = [None] * len(parts)
    probs = label_probs(score(parts), nones, nones, weights)
    out: list[tuple[str, ...]] = []
    start = 0
    for text_parts in cut:
        out.append(covered(probs[start : start + len(text_parts)]) if text_parts else ())
        start += len(text_parts)
    return out
