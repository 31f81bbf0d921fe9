"""Round 16, process answers that must say the fact asked for, whatever topic answered.

Own paraphrases, not the bench's sentences. Each rule reads the question's own words
(bot.asked_process), so its fact comes first whatever topic the intent model ranks:

- *whose job / will ACSA remind us* about training: keeping it current is the company's
  responsibility, and it must be current at the time of the evaluation;
- *can we do the evaluation before* a course is finished: current at the evaluation;
- *what does SECOR get me*: the PIR refund's figure (up to 20 %);
- *unchanged policies, resend for maintenance?*: they do not need to be sent again;
- *is the maintenance optional / what if we skip it*: the two maintenance years keep the
  certificate and the PIR refunds;
- *what is a maintenance year*: the two years between certifications;
- *how / where do I send it*: the email address and the storage link;
- *too big to email*: the storage link, whatever topic the model read;
- *seasonal work, how do samples work*: one or two a week for the busiest three months;
- *how long must the program run before the tool*: three months of records;
- *what should the submission look like*: labelled, one folder per element.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.asked_fact import asked_concepts
from bot.engine import Engine


def _names(text: str) -> set[str]:
    return {c.name for c in asked_concepts(text)}


def _says(engine: Engine, text: str, *patterns: str) -> str:
    answer = engine.ask(text).answer
    for p in patterns:
        assert re.search(p, answer, re.I), (text, p, answer)
    return answer


@pytest.mark.parametrize(
    "text",
    [
        "do you guys send out a reminder when our tickets are about to run out?",
        "Quick one: is it ACSA that tracks when our courses expire, or us?",
        "We lost track of when the PHSM was due. Shouldn't ACSA have notified us?",
        "who is responsible for making sure our first aid tickets don't expire before we submit",
        "The owner figured somebody at acsa keeps tabs on our training and would warn us. "
        "Is that on us instead?",
        "is it our responsibility or yours to keep the secor courses current",
    ],
)
def test_whose_job_training_is_the_company(engine: Engine, text: str) -> None:
    answer = _says(engine, text, r"company's own responsibility", r"time of the evaluation")
    assert answer.find("company's own responsibility") < 120  # said first


@pytest.mark.parametrize(
    "text",
    [
        "Our foreman's first aid class is booked for March. Can we submit the evaluation "
        "tool before he finishes it?",
        "can i do the self assessment before my csts is done? course starts next week",
        "We want to send the evaluation now but our guy hasn't finished his PHSM yet. Okay?",
        "Is it alright to fill in the tool while our first aid is still booked for next month?",
        "before our training is completed, are we allowed to submit?",
    ],
)
def test_evaluation_before_training_done(engine: Engine, text: str) -> None:
    _says(engine, text, r"time of the evaluation")


@pytest.mark.parametrize(
    "text",
    [
        "Apart from the contractor wanting it, what will SECOR actually do for us?",
        "what does having secor get us, really",
        "whats in it for a small outfit like mine if we go for secor",
        "The wife asks why bother with SECOR at all. What's the point?",
        "Other than the paperwork, what does the certificate give me?",
    ],
)
def test_what_secor_gets_me_says_the_refund(engine: Engine, text: str) -> None:
    _says(engine, text, r"\b20\s?%")


@pytest.mark.parametrize(
    "text",
    [
        "Our company rules are exactly the same as when we certified. Do they go in the "
        "maintenance package again?",
        "maintenance year: the safety manual hasn't been touched since certification, resend it?",
        "We haven't updated our safe work procedures. Does ACSA want them again for the "
        "maintenance submission?",
        "our policies are unchanged, do i include them in the maintenance",
        "For this year's maintenance, the H&S policy is still the same. Send it or not?",
    ],
)
def test_unchanged_policies_not_resent(engine: Engine, text: str) -> None:
    answer = _says(engine, text, r"do not need to be sent again", r"operational samples")
    assert answer.startswith("Policies and procedures (directive documents)")


@pytest.mark.parametrize(
    "text",
    [
        "our office manager thinks the yearly maintenance is optional. is it?",
        "We forgot to send the maintenance last year. Does that matter for the refund?",
        "can we skip the maintenance in year two and just recertify in year three",
        "My partner says since the cert lasts 3 years we don't have to do maintenance. True?",
        "Is the SECOR maintenance mandatory?",
        "what happens if we never do the maintenance",
    ],
)
def test_maintenance_not_optional(engine: Engine, text: str) -> None:
    _says(engine, text, r"two years in between", r"PIR refunds")


@pytest.mark.parametrize(
    "text",
    [
        "what's a maintenance year",
        "Sorry if this is basic, but what does 'maintenance year' mean?",
        "how many maintenance years are there in a cycle",
        "which years are the maintenance years?",
    ],
)
def test_what_is_a_maintenance_year(engine: Engine, text: str) -> None:
    _says(engine, text, r"two years in between")


@pytest.mark.parametrize(
    "text",
    [
        "we have our 3 months of records and the tool is filled in. where do we send it?",
        "Finished everything for the SECOR. How do I get it over to ACSA?",
        "ready to submit, how",
        "The evaluation is done. Where does it get submitted?",
        "so how do we actually hand in the secor once the paperwork is together",
    ],
)
def test_how_to_send_gives_the_address(engine: Engine, text: str) -> None:
    _says(engine, text, r"cor@youracsa\.ca", r"(dropbox|onedrive|link)")


@pytest.mark.parametrize(
    "text",
    [
        "the folder is 900 MB zipped and gmail won't send it. help?",
        "Our submission is too large for an email attachment. What now?",
        "outlook says the zip is over the size limit, what do i do",
        "everything scanned comes to 3gb which is too big to attach. options?",
    ],
)
def test_too_big_gets_the_link(engine: Engine, text: str) -> None:
    answer = _says(engine, text, r"(dropbox|onedrive|google)", r"link")
    assert "industry" not in answer.lower()


@pytest.mark.parametrize(
    "text",
    [
        "we're a snow removal crew that only works december to february. how do we do samples?",
        "Our season is only four months long. For samples, can I just send from those months?",
        "We pour concrete April through October and shut down in winter. What samples do we send?",
        "seasonal outfit here - how do the samples work if we sit idle half the year",
    ],
)
def test_seasonal_samples(engine: Engine, text: str) -> None:
    _says(engine, text, r"one or two a week", r"busiest three months")


@pytest.mark.parametrize(
    "text",
    [
        "Our safety guy left and we only restarted the program three weeks ago. How long "
        "does it have to run before we can send in the tool?",
        "how many months of records do we need to have before we apply for secor",
        "We started keeping forms in March. How much time with the system going do we need "
        "before we're ready to do the evaluation?",
    ],
)
def test_how_long_before_the_tool(engine: Engine, text: str) -> None:
    _says(engine, text, r"three months")


@pytest.mark.parametrize(
    "text",
    [
        "My brother-in-law and I run a roofing crew of five. What layout does ACSA want for "
        "the files so they don't send it back?",
        "how should the submission be put together, any naming rules for files",
        "Is there a structure you want for the folders in the package?",
    ],
)
def test_submission_shape(engine: Engine, text: str) -> None:
    answer = _says(engine, text, r"label", r"folder per element")
    assert "within the limit" not in answer


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # look-alikes that keep their own answer
        ("what training do we need to keep up after certifying", "training_who_tracks"),
        ("how many samples do i send for maintenance", "maintenance_optional"),
        (
            "our preventative maintenance program hasn't changed, do i still send the truck "
            "service records?",
            "maintenance_unchanged",
        ),
        ("how many months of records before I submit?", "submit_how"),
        ("where do I put toolbox talks, which element?", "submit_how"),
        ("what's the maximum file size? ours is 2gb", "too_big_to_email"),
        ("How many elements does SECOR have? I need to label my folders", "submission_shape"),
        ("is the samples-only way mandatory in a maintenance year", "maintenance_optional"),
        ("how long before we hear back after we submit", "records_before_tool"),
    ],
)
def test_look_alikes_keep_their_answer(text: str, absent: str) -> None:
    assert absent not in _names(text)


@given(
    st.sampled_from(["ACSA", "you guys", "the COR department", "somebody at acsa"]),
    st.sampled_from(["remind us", "send reminders", "notify us", "let us know"]),
    st.sampled_from(["tickets", "courses", "training", "first aid"]),
    st.sampled_from(["", "Hi. ", "We got our SECOR in 2022. "]),
)
def test_reminder_shapes_read(who: str, verb: str, what: str, opening: str) -> None:
    assert "training_who_tracks" in _names(f"{opening}Will {who} {verb} when our {what} expire?")


@pytest.mark.parametrize(
    "question",
    [
        "The boss says the maintenance submission is optional because the certificate is good "
        "for three years anyway. Is he right?",
        "My partner thinks we can skip the maintenance year since the certificate lasts three "
        "years. True?",
    ],
)
def test_a_reason_given_is_not_read_as_a_document_to_sort(question: str) -> None:
    """A clause after "because"/"since" names no document: no "X is a record" line for it."""
    from bot.maintenance_docs import documents

    assert documents(question) == []
