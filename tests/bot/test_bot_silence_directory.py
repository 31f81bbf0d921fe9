"""The pages do not say whether there is a public list of the companies holding SECOR: the
bot says so, and a question about listing one's own contractors is not taken for it."""

from __future__ import annotations

import pytest

from bot.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "is there a directory of companies holding secor",
        "where can i look up which contractors are SECOR certified",
        "is there a list of companies that have cor",
        "can i search for employers with a secor certificate",
    ],
)
def test_a_registry_of_holders_is_not_on_the_pages(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert "do not say whether there is a public list" in answer.answer, answer.answer
    assert "1-800-661-2272" in answer.answer


def test_listing_ones_own_contractors_is_another_question(engine: Engine) -> None:
    answer = engine.ask("I need a list of the contractors I hire for secor element 13")
    assert "public list" not in answer.answer
