"""The words a placement question asks about keep every word whole: a lead-in ("our foreman
keeps ...") is dropped at word boundaries, and a noun that is also a verb ("log", "records")
is read as the document's name unless what it logs follows."""

from __future__ import annotations

import pytest

from bot.element_answer import asked_document


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "our harness inspection log and the forms where guys check their hard hats. "
            "which element is that?",
            "our harness inspection log and the forms where guys check their hard hats",
        ),
        ("our foreman keeps andon sheets. which element is that?", "andon sheets"),
        ("we made anchor point checklists. which element is that?", "anchor point checklists"),
        ("the crew records all near misses. which element is that?", "near misses"),
        (
            "our office manager logs the hours of every crew. which element is that?",
            "hours of every crew",
        ),
        ("my wife tracks all first aid. which element?", "first aid"),
        (
            "our safety records and the old binder. which element is that?",
            "our safety records and the old binder",
        ),
    ],
)
def test_the_document_asked_about_keeps_its_words_whole(question: str, asked: str) -> None:
    assert asked_document(question) == asked
