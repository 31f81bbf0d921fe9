"""Round 28: "which part of the SECOR" ends a placement question like "which element" does.

Before, "... - which part of the secor does that go under?" was not read as the question's
tail, and a generic fallback cut the document's own description at its first "go"
("what could go wrong on site" lost "go wrong on site"), so the classifier read a
different document.
"""

from __future__ import annotations

import pytest

from bot.element_answer import asked_document


@pytest.mark.parametrize(
    ("question", "document"),
    [
        (
            "the sheet the crew signs every morning about what could go wrong on site - "
            "which part of the secor does that go under?",
            "the sheet the crew signs every morning about what could go wrong on site",
        ),
        (
            "our weekly walk-around checklist for the yard, what part of the SECOR is it?",
            "our weekly walk-around checklist for the yard",
        ),
        (
            "the form we fill when a machine breaks down, which section of our cor manual "
            "does it go in?",
            "the form we fill when a machine breaks down",
        ),
        (
            "list of things that can go wrong when we pour concrete. what part of the secor "
            "audit would that be in",
            "list of things that can go wrong when we pour concrete",
        ),
    ],
)
def test_the_program_named_as_a_part_ends_the_question(question: str, document: str) -> None:
    """The words before "which part of the SECOR ..." are the document, whole."""
    assert asked_document(question) == document
