"""Issue 11, round 8b: what a question asks for, when no fact holds it, is "the pages do not
say" (bot.asks_for, bot.abstain).

- A mode of delivery (online, in person) and a change of owner or name are types of answer
  no fact holds: the nearest topic's facts do not answer them.
- A fact's words count for a typed answer only near the value of that type it holds: the
  validity fact's "three years" is not when a PIR refund arrives, though the same sentence
  names the refunds further on.
- Where Standard First Aid is taken, the pages do say (the Government of Alberta's list,
  ACSA's own locations), whatever city is named.

The phrasings are ours; none is a benchmark question.
"""

from __future__ import annotations

import pytest

from bot.asks_for import asked_type
from bot.engine import Engine

SILENT = "ACSA's pages do not say"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("can the first aid be taken online", "delivery"),
        ("is PHSM offered virtually or only in a classroom", "delivery"),
        ("do the guys have to attend the CSTS in person", "delivery"),
        ("we're selling the business next year, does the secor go with it", "ownership"),
        ("my son is taking over the company, do we keep our SECOR", "ownership"),
        ("if we change our business name is the certificate still good", "ownership"),
        ("how do I send the files", None),
    ],
)
def test_what_is_asked_for_is_read(question: str, kind: str | None) -> None:
    found = asked_type(question)
    assert (found.id if found else None) == kind


@pytest.mark.parametrize(
    "question",
    [
        "can the first aid be taken online",
        "is standard first aid something we can do entirely from home",
        "does the small employer course come in an online version",
        "we're selling the business next year, does the secor go with it",
        "my son is taking over the company, do we keep our SECOR or start over",
        "if we change our business name does our secor stay valid",
        "when will the PIR refund arrive once we're certified",
        "if my brother buys me out, does the SECOR stay with the company",  # people named
        "we changed our legal name in the spring, is our certificate still good",
        "we're merging with my cousin's outfit, does our secor cover both now",
        "how long after our maintenance is approved until the pir money comes",
    ],
)
def test_the_pages_are_silent_on_what_is_asked(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert SILENT in answer.answer.split(". ")[0], answer.answer
    assert "1-800-661-2272" in answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how long is a secor good for", "three years"),
        ("how much are the PIR refunds", "20%"),
        ("when did the samples-only option for maintenance start", "January 4, 2021"),
        ("can I submit online with a dropbox link", "Dropbox"),
        ("where can my foreman take standard first aid, we're in lethbridge", "St. John"),
        ("first aid course near red deer?", "Government of Alberta"),
    ],
)
def test_answered_questions_stay_answered(engine: Engine, question: str, expected: str) -> None:
    answer = engine.ask(question)
    assert expected in answer.answer and answer.sources, answer.answer
    assert not answer.answer.startswith(SILENT), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "when do we hear back after emailing the zip",
        "when will acsa get back to us",
        "how long till we get an answer on our evaluation",
    ],
)
def test_hearing_back_is_silent_then_the_mailbox_process(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answer.startswith("ACSA's pages do not say how long a review takes"), answer
    assert "reference number" in answer.answer and "spam" in answer.answer
    assert all(s.authority == "SECOR intake assistant" for s in answer.sources)


@pytest.mark.parametrize(
    "question",
    [
        "how long is a PHSM certificate good for",
        "is my CSTS from 2012 still valid for secor",
        "does the first aid ticket expire for secor purposes",
    ],
)
def test_how_long_a_course_stays_valid_is_silent_with_the_three_yearly_course(
    engine: Engine, question: str
) -> None:
    text = engine.ask(question).answer
    assert text.startswith("ACSA's pages do not say how long a course certificate stays valid")
    assert "every three years" in text


def test_whose_job_it_is_to_track_expiry_is_answered(engine: Engine) -> None:
    text = engine.ask("does acsa remind us when the first aid tickets expire?").answer
    assert "company's own responsibility" in text, text


@pytest.mark.parametrize(
    ("question", "what"),
    [
        ("can we appeal if acsa turns down our secor?", "whether a decision"),
        ("is there a way to dispute the reviewer's result", "whether a decision"),
        ("can we put the secor logo on our website", "whether or how the SECOR name or logo"),
        ("are we allowed to use secor in our advertising", "whether or how the SECOR name"),
        ("could our SECOR get revoked after a bad incident", "whether a SECOR can be suspended"),
        ("do my subtrades need their own SECOR to work on my sites", "whether your subcontractors"),
    ],
)
def test_more_things_the_pages_never_address(engine: Engine, question: str, what: str) -> None:
    text = engine.ask(question).answer
    assert text.startswith(f"ACSA's pages do not say {what}"), text


@pytest.mark.parametrize(
    "question",
    [
        "where is the closest place to do the small employer course",
        "where do my guys go for the construction safety training system",
        "nearest PHSM class to Medicine Hat?",
    ],
)
def test_where_a_course_runs_is_silent_not_a_placement(engine: Engine, question: str) -> None:
    text = engine.ask(question).answer
    assert text.startswith("ACSA's pages do not say when, where or how the courses run"), text


def test_where_a_course_certificate_is_filed_is_still_a_placement(engine: Engine) -> None:
    text = engine.ask("where do I put the PHSM course certificates").answer
    assert "Element 8, Training and Communication" in text, text


def test_a_secor_that_transfers_on_incorporating_is_silent(engine: Engine) -> None:
    text = engine.ask("does the SECOR transfer if I incorporate my sole proprietorship").answer
    assert text.startswith("ACSA's pages do not say whether a SECOR carries over"), text
