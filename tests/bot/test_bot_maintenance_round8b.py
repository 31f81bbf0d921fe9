"""Issue 11, round 8b: a program document the employer says changed is sent again
(bot.maintenance_docs), and a year type named only to compare is not the year asked about
(bot.parts).

The phrasings are ours; none is a benchmark question.
"""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.maintenance_docs import documents, documents_lead
from bot.parts import read_parts


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("maintenance year and we revised our health and safety policy. send it?",
         "health and safety policy"),
        ("we updated the safe work practices this spring, do they go in for the maintenance?",
         "safe work practices"),
        ("maintenance year: i changed our company rules, do i resend them", "company rules"),
    ],
)  # fmt: skip
def test_a_changed_program_document_is_sent_again(question: str, document: str) -> None:
    lead = documents_lead(question)
    assert lead.startswith(f"Yes — since your {document} changed, send the new version"), lead


@pytest.mark.parametrize(
    "question",
    [
        "maintenance year: do I resend the policy if nothing changed?",
        "for the maintenance, the safe work practices haven't changed, do they go in?",
        "maintenance year - do we send the policy manual again?",
    ],
)
def test_an_unchanged_program_document_stays_on_file(question: str) -> None:
    lead = documents_lead(question)
    assert "send it again only if it changed" in lead or "only if they changed" in lead, lead
    assert not lead.startswith("Yes")


def test_health_and_safety_is_one_name() -> None:
    found = documents("maintenance year, our health and safety policy and the new policy?")
    assert found == [("health and safety policy", True)]


@pytest.mark.parametrize(
    ("question", "dropped"),
    [
        ("for our certification, do we need 12 months of records like the maintenance?",
         "maintenance"),
        ("in a maintenance year, same records as for certification?", "certification"),
        ("first certification year: is it the same as in the maintenance?", "maintenance"),
    ],
)  # fmt: skip
def test_a_year_named_to_compare_is_not_the_year_asked(
    engine: Engine, question: str, dropped: str
) -> None:
    tags = read_parts(engine.nlp(question)).tags
    assert dropped not in tags, tags


def test_records_for_a_first_certification_are_three_months(engine: Engine) -> None:
    text = engine.ask(
        "for our first certification is it a full year of records like the maintenance?"
    ).answer
    assert "three months" in text, text
