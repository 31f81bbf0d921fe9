"""Round 25 (flips): whether a submission is kept confidential or private, or shared with
others, is a silence that points to the COR department (the pages say where to send it and
that the QA Analyst reviews it); look-alikes ("who looks at my submission", "we are a private
company", "a confidential reporting policy") keep their answers.
"""

from __future__ import annotations

import re

import pytest

from bot.engine import Engine
from bot.unstated_specifics import CONFIDENTIAL

_COR = "1-800-661-2272"


# --- confidentiality is a silence -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Is the stuff we send you kept private? it has workers medical info in it",
        "do you share our records with WCB?",
        "Is our submission confidential",
        "Our investigation reports name injured workers. How does ACSA handle "
        "confidentiality of what we upload?",
        "Will the files we email stay confidential? some name our injured workers",
        "quick privacy question before I send the zip",
    ],
)
def test_confidentiality_is_a_silence(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.topic == "not_stated", answer.answer
    assert answer.answer.startswith("ACSA's pages do not say"), answer.answer
    assert re.search(r"confidential", answer.answer), answer.answer
    assert _COR in answer.answer


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("who looks at my submission once it's in", r"Quality Assurance"),
        ("we are a private company with 6 staff, can we do SECOR?", r"within the limit"),
        ("Where do we put our confidential incident reporting policy?", r"Element \d+"),
    ],
)
def test_look_alikes_keep_their_answers(engine: Engine, text: str, said: str) -> None:
    answer = engine.ask(text)
    assert answer.topic != "not_stated", answer.answer
    assert re.search(said, answer.answer), answer.answer


@pytest.mark.parametrize(
    "text",
    ["a private company", "who reviews the submission", "keep records for three years"],
)
def test_confidential_pattern_ignores(text: str) -> None:
    assert CONFIDENTIAL.search(text) is None
