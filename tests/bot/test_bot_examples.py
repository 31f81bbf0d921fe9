"""The strangers' questions the intent model learns from (tools/harvest_bot_examples.py)."""

from __future__ import annotations

import tomllib

import pytest

from bot.lexicon import examples, intents
from bot.model import EXAMPLE_WEIGHT, training_rows
from tools.harvest_bot_examples import harvest, render


def test_the_rendered_file_reads_back_as_the_same_examples() -> None:
    harvested = {"eligibility": ['we "are" 9, ok?', "me + 3 guys\\crew"], "pir": ["pir? ✓"]}
    assert tomllib.loads(render(harvested)) == harvested


def test_examples_name_known_intents_and_weigh_less_than_paraphrases() -> None:
    assert examples() and set(examples()) <= set(intents())
    weights = {weight for _, _, weight in training_rows()}
    assert weights == {1.0, EXAMPLE_WEIGHT} and 0 < EXAMPLE_WEIGHT < 1
    assert {w for _, _, w in training_rows(with_examples=False)} == {1.0}


def test_no_example_is_refused_as_manipulation() -> None:
    """Refusals rest on the rules of bot.misstate; their words would teach refusing questions."""
    assert "manipulation" not in examples()


def test_given_examples_take_the_place_of_the_committed_ones() -> None:
    """A model for measuring on some sets learns from the other sets' examples only."""
    rows = list(training_rows(given={"pir": ["so what is this pir thing"]}))
    assert [r for r in rows if r[2] == EXAMPLE_WEIGHT] == [
        ("so what is this pir thing", "pir", EXAMPLE_WEIGHT)
    ]
    assert len(rows) == 1 + sum(1 for _ in training_rows(with_examples=False))


@pytest.mark.slow
def test_the_committed_examples_are_a_fresh_harvest() -> None:
    """The examples follow the code that judged them: a change to the bot that changes what
    it answers right must come with `make bot-examples` (else the intent model learns from
    judgements the bot no longer makes). A machine whose floating point differs may judge a
    borderline question or two otherwise, so up to 1 % may differ."""
    fresh = {(intent, text) for intent, texts in harvest().items() for text in texts}
    committed = {(intent, text) for intent, texts in examples().items() for text in texts}
    differ = len(fresh ^ committed)
    assert differ <= len(committed) // 100, (
        f"{differ} examples differ from a fresh harvest: run `make bot-examples` and commit"
    )
